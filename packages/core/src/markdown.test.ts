import { codeBlock, escapeMarkdown, formatNumber, markdownTable } from './markdown';
import { mermaidChart } from './mermaid';
import { renderSummary } from './summary';
import { createReport } from './report';

describe('markdown', () => {
  it('escapes table breakers, HTML and mentions from data', () => {
    expect(escapeMarkdown('a|b <img src=x> @team `x`\nnext [link](x)')).toBe('a\\|b &lt;img src=x> @\u200bteam \\`x\\` next \\[link\\](x)');
  });

  it('formats numbers for people', () => {
    expect(formatNumber(1234567)).toBe('1234567');
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(1e-7)).toBe('1.000e-7');
    expect(formatNumber(NaN)).toBe('NaN');
  });

  it('renders a table', () => {
    expect(markdownTable(['a', 'b'], [[1, 'x|y'], [null, 0.5]])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |\n|  | 0.5 |');
  });

  it('renders an xychart-beta bar chart with quoted labels and a legend for several series', () => {
    const md = mermaidChart({ title: 'Null "%"', kind: 'bar', x: ['a', 'b'], yLabel: '%', series: [{ name: 'n', values: [1.5, 3] }] });
    expect(md).toBe(['```mermaid', 'xychart-beta', `  title "Null '%'"`, '  x-axis ["a", "b"]', '  y-axis "%" 0 --> 3', '  bar [1.5, 3]', '```'].join('\n'));
    const two = mermaidChart({ title: 't', kind: 'line', x: ['1'], series: [{ name: 'canary', values: [1] }, { name: 'stable', values: [2] }] });
    expect(two).toContain('1. canary · 2. stable');
  });

  it('puts failures first and folds long tables', () => {
    const r = createReport({
      action: 'x',
      title: 'Report',
      checks: [
        { id: 'ok', title: 'OK', status: 'pass' },
        { id: 'bad', title: 'Bad', status: 'fail', observed: 3, expected: '<= 1' },
      ],
      tables: [{ title: 'Profile', columns: ['c'], rows: [['v']] }],
    });
    const md = renderSummary(r);
    expect(md.indexOf('Bad (bad)')).toBeLessThan(md.indexOf('OK (ok)'));
    expect(md).toContain('## ❌ FAIL Report');
    expect(md).toContain('<details><summary>Profile</summary>');
  });
});

describe('codeBlock and report texts', () => {
  it('fences text with more backticks than it holds, so nothing inside can end the block', () => {
    expect(codeBlock('plain')).toBe('```\nplain\n```');
    const nasty = 'x ```` y\n</details>\n<script>';
    const block = codeBlock(nasty);
    expect(block.startsWith('`````\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
    expect(block).toContain(nasty);
  });

  it('renders a report text folded by default and open when folded is false', () => {
    const r = createReport({
      action: 'x',
      title: 'Report',
      checks: [],
      texts: [
        { title: 'Traceback', text: 'Traceback (most recent call last):\n  File "a.py"' },
        { title: 'Tail', text: 'last line', folded: false },
      ],
    });
    const md = renderSummary(r);
    expect(md).toContain('<details><summary>Traceback</summary>\n\n```\nTraceback (most recent call last):\n  File "a.py"\n```\n\n</details>');
    expect(md).toContain('### Tail\n\n```\nlast line\n```');
  });
});
