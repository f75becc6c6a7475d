import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLogTail, TailBuffer, toLines } from './log-tail';

describe('log tail', () => {
  it('keeps only the last bytes of a stream, however much arrives', () => {
    const t = new TailBuffer(100);
    for (let i = 0; i < 1000; i++) t.push(Buffer.from(`line ${i}\n`));
    expect(t.truncated).toBe(true);
    expect(t.bytes().length).toBe(100);
    expect(t.bytes().toString().endsWith('line 999\n')).toBe(true);
    const lines = toLines(t.bytes(), t.truncated, t.total).lines;
    // The cut first line is dropped: a half line is not evidence.
    expect(lines[0]).toMatch(/^line \d+$/);
    expect(lines[lines.length - 1]).toBe('line 999');
  });

  it('stays bounded with 300,000 tiny chunks', () => {
    const t = new TailBuffer(64 * 1024);
    for (let i = 0; i < 300_000; i++) t.push(Buffer.from(`${i}\n`));
    expect(t.bytes().length).toBe(64 * 1024);
    expect(t.bytes().toString().endsWith('299999\n')).toBe(true);
    expect(t.total).toBe(Array.from({ length: 300_000 }, (_, i) => String(i).length + 1).reduce((a, b) => a + b, 0));
  });

  it('reads only the tail of a large file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tail-')), 'big.log');
    fs.writeFileSync(file, 'x'.repeat(3 * 1024 * 1024) + '\nlast line\n');
    const tail = readLogTail(file, 1024);
    expect(tail).toMatchObject({ truncated: true, totalBytes: 3 * 1024 * 1024 + 11, lines: ['last line'] });
  });

  it('drops the timestamps of a log downloaded from GitHub', () => {
    const log = '2024-05-01T10:00:00.1234567Z epoch 1\n2024-05-01T10:00:01.0000000Z ModuleNotFoundError: No module named \'x\'\n';
    expect(toLines(Buffer.from(log), false).lines).toEqual(['epoch 1', "ModuleNotFoundError: No module named 'x'"]);
  });

  it('survives binary junk, ANSI colours, progress bars and invalid UTF-8', () => {
    const junk = Buffer.concat([
      Buffer.from('\u001b[31mERROR\u001b[0m something\n'),
      Buffer.from('Epoch 1:  10%\rEpoch 1:  50%\rEpoch 1: 100%\n'),
      Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x0a]),
      Buffer.from('caf\xc3\xa9 ok \x07bell\n', 'latin1'),
    ]);
    const tail = toLines(junk, false);
    expect(tail.lines[0]).toBe('ERROR something');
    expect(tail.lines[1]).toBe('Epoch 1: 100%');
    expect(tail.lines[2]).toMatch(/^\[binary data: \d+ bytes\]$/);
    expect(tail.lines[tail.lines.length - 1]).toBe('café ok \uFFFDbell');
    expect(tail.binaryLines).toBeGreaterThanOrEqual(1);
    // eslint-disable-next-line no-control-regex
    for (const line of tail.lines) expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
