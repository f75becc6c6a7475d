import parsePrometheusTextFormat from 'parse-prometheus-text-format';

/** One sample line of the text exposition format. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * Every sample of a /metrics page, by metric name (`x_bucket`, `x_count` apart).
 *
 * The parser folds a histogram's or summary's lines into one prom2json object
 * and, doing so, merges every label set of the family into one (a histogram
 * with a `track` or `code` label comes back as a single set of buckets). So
 * those families are declared untyped before parsing: each `_bucket` line then
 * stays a sample with its own labels, `le` included.
 */
export function parseExposition(text: string): Map<string, Sample[]> {
  const untyped = text.replace(/^(#\s*TYPE\s+\S+\s+)(histogram|summary|gaugehistogram)\s*$/gim, '$1untyped');
  const byName = new Map<string, Sample[]>();
  for (const family of parsePrometheusTextFormat(untyped)) {
    for (const m of family.metrics) {
      if (m.value === undefined) continue;
      const value = Number(m.value.replace(/^\+?Inf$/i, 'Infinity').replace(/^-Inf$/i, '-Infinity'));
      const list = byName.get(family.name) ?? [];
      list.push({ name: family.name, labels: m.labels ?? {}, value });
      byName.set(family.name, list);
    }
  }
  return byName;
}
