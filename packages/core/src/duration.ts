import { UserError } from './errors';

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 };

/** `90`, `90s`, `45m`, `2h`, `1h30m` → seconds. */
export function parseDuration(text: string, input: string): number {
  const s = text.trim().toLowerCase();
  const parts = [...s.matchAll(/(\d+(?:\.\d+)?)\s*([smh]?)/g)];
  const consumed = parts.map((p) => p[0]).join('');
  if (!parts.length || consumed.replace(/\s/g, '') !== s.replace(/\s/g, '') || (parts.length > 1 && parts.some((p) => p[2] === ''))) {
    throw new UserError(`input "${input}" is "${text}", not a duration`, { hint: 'Write seconds (5400) or with a unit: 90m, 2h, 1h30m.' });
  }
  const seconds = parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]!]!, 0);
  if (seconds <= 0) throw new UserError(`input "${input}" must be longer than 0 seconds`, { hint: 'Leave it unset for no timeout.' });
  return seconds;
}
