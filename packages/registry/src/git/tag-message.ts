/**
 * What the git registry keeps in an annotated tag's message: a human first line
 * (what `git tag -n` and `gto history` show), a blank line, then one JSON object.
 * Tags written by other tools (plain `gto register -m "…"`) simply have no JSON.
 */
export interface TagMetadata {
  /** The version an assignment is for; disambiguates versions registered on the same commit. */
  version?: string;
  metrics?: Record<string, number>;
  runUrl?: string;
  commit?: string;
  actor?: string;
  gate?: string;
  /** An assignment's target as `stage:prod` / `alias:champion` (in the tag name both are `name#<stage>#N`). */
  target?: string;
  /** The holder an assignment replaced. */
  previous?: string;
}

const KEYS: Record<Exclude<keyof TagMetadata, 'metrics'>, string> = { version: 'version', target: 'target', previous: 'previous', runUrl: 'run_url', commit: 'commit', actor: 'actor', gate: 'gate' };

export function formatTagMessage(headline: string, meta: TagMetadata): string {
  const json: Record<string, unknown> = {};
  for (const [k, key] of Object.entries(KEYS)) {
    const v = meta[k as keyof typeof KEYS];
    if (v !== undefined) json[key] = v;
  }
  if (meta.metrics) json.metrics = meta.metrics;
  return `${headline.replace(/\s*\n\s*/g, ' ')}\n\n${JSON.stringify(json, null, 2)}\n`;
}

export function parseTagMessage(message: string): TagMetadata {
  const start = message.search(/^\{/m);
  if (start < 0) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(message.slice(start));
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const obj = raw as Record<string, unknown>;
  const meta: TagMetadata = {};
  for (const [k, key] of Object.entries(KEYS)) {
    if (typeof obj[key] === 'string') meta[k as keyof typeof KEYS] = obj[key] as string;
  }
  if (typeof obj.metrics === 'object' && obj.metrics !== null) {
    meta.metrics = {};
    for (const [name, v] of Object.entries(obj.metrics as Record<string, unknown>)) {
      // JSON has no NaN; a writer that meant it wrote the string, and NaN must reach the gate to fail it.
      const n = typeof v === 'number' ? v : v === 'NaN' ? NaN : undefined;
      if (n !== undefined) meta.metrics[name] = n;
    }
  }
  return meta;
}
