import { lastTraceback } from './traceback';

describe('lastTraceback', () => {
  it('takes the last block, its frames with source lines, type and message', () => {
    const log = `Traceback (most recent call last):
  File "old.py", line 1, in <module>
ValueError: an earlier, handled error
training continues
Traceback (most recent call last):
  File "/w/train.py", line 10, in <module>
    main()
  File "/w/train.py", line 5, in main
    return 1 / 0
           ~~^~~
ZeroDivisionError: division by zero
after`;
    const tb = lastTraceback(log.split('\n'))!;
    expect(tb.type).toBe('ZeroDivisionError');
    expect(tb.message).toBe('division by zero');
    expect(tb.frames).toEqual([
      { file: '/w/train.py', line: 10, function: '<module>', code: 'main()' },
      { file: '/w/train.py', line: 5, function: 'main', code: 'return 1 / 0' },
    ]);
    expect(tb.text.startsWith('Traceback (most recent call last):\n  File "/w/train.py"')).toBe(true);
    expect(tb.text.endsWith('ZeroDivisionError: division by zero')).toBe(true);
  });

  it('keeps a chained exception whole and reports the final one', () => {
    const log = `Traceback (most recent call last):
  File "a.py", line 2, in load
    open("x")
FileNotFoundError: [Errno 2] No such file or directory: 'x'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "a.py", line 9, in <module>
    load()
RuntimeError: could not load the dataset`;
    const tb = lastTraceback(log.split('\n'))!;
    expect(tb.type).toBe('RuntimeError');
    expect(tb.frames).toHaveLength(1);
    expect(tb.text).toContain('FileNotFoundError');
    expect(tb.text.startsWith('Traceback')).toBe(true);
  });

  it('strips torchrun rank prefixes and GitHub log timestamps', () => {
    const ranked = ['[rank0]: Traceback (most recent call last):', '[rank0]:   File "t.py", line 3, in <module>', '[rank0]:     f()', '[rank0]: KeyError: \'label\''];
    const a = lastTraceback(ranked)!;
    expect(a).toMatchObject({ type: 'KeyError', message: "'label'", frames: [{ file: 't.py', line: 3, function: '<module>', code: 'f()' }] });
    const stamped = [
      '2024-05-01T10:00:00.1234567Z Traceback (most recent call last):',
      '2024-05-01T10:00:00.1234568Z   File "t.py", line 3, in <module>',
      '2024-05-01T10:00:00.1234569Z     f()',
      '2024-05-01T10:00:00.1234570Z torch.OutOfMemoryError: CUDA out of memory.',
    ];
    expect(lastTraceback(stamped)).toMatchObject({ type: 'torch.OutOfMemoryError', message: 'CUDA out of memory.', frames: [{ line: 3 }] });
  });

  it('returns the frames of a traceback the kill cut off', () => {
    const tb = lastTraceback(['Traceback (most recent call last):', '  File "t.py", line 3, in <module>'])!;
    expect(tb.type).toBe('UnfinishedTraceback');
    expect(tb.frames).toHaveLength(1);
  });

  it('reads a traceback whose header was cut off by the tail window', () => {
    const lines = [...Array.from({ length: 3 }, (_, i) => [`  File "r.py", line ${i + 1}, in f`, '    return f(n - 1)']).flat(), '  [Previous line repeated 996 more times]', 'RecursionError: maximum recursion depth exceeded'];
    const tb = lastTraceback(lines)!;
    expect(tb).toMatchObject({ type: 'RecursionError', message: 'maximum recursion depth exceeded' });
    expect(tb.frames).toHaveLength(3);
    expect(tb.frames[0]).toEqual({ file: 'r.py', line: 1, function: 'f', code: 'return f(n - 1)' });
    expect(lastTraceback(['epoch 3', 'Done'])).toBeUndefined();
  });

  it('is undefined without a traceback', () => {
    expect(lastTraceback(['loss 0.1', 'Killed'])).toBeUndefined();
  });
});
