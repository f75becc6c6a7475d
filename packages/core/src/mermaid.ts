import type { Chart } from './report';

// xychart-beta labels are double-quoted strings with no escape syntax.
const label = (s: string): string => `"${s.replace(/["\n\r]/g, "'").slice(0, 40)}"`;
const num = (n: number): string => (Number.isFinite(n) ? String(Number(n.toPrecision(6))) : '0');

/** A Mermaid `xychart-beta` block, which GitHub renders in job summaries and comments. */
export function mermaidChart(chart: Chart): string {
  const lines = ['```mermaid', 'xychart-beta', `  title ${label(chart.title)}`];
  lines.push(`  x-axis [${chart.x.map(label).join(', ')}]`);
  const all = chart.series.flatMap((s) => s.values.filter(Number.isFinite));
  const [lo, hi] = chart.yRange ?? [Math.min(0, ...all), Math.max(...all, 0) || 1];
  lines.push(`  y-axis ${label(chart.yLabel ?? '')} ${num(lo)} --> ${num(hi)}`);
  for (const s of chart.series) lines.push(`  ${chart.kind} [${s.values.map(num).join(', ')}]`);
  lines.push('```');
  if (chart.series.length > 1) {
    // xychart-beta has no legend; name the series in order under the chart.
    lines.push(`<sub>${chart.series.map((s, i) => `${i + 1}. ${s.name.replace(/</g, '&lt;')}`).join(' · ')}</sub>`);
  }
  return lines.join('\n');
}
