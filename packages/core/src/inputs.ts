import { z } from 'zod';
import { UserError } from './errors';

/**
 * Inputs arrive as strings (INPUT_* on a runner, flags in the CLI). An action
 * declares them as one zod object keyed by the action.yml input names; a test
 * checks that object against action.yml (names, required, defaults).
 */
export type InputSchema = z.ZodObject<Record<string, z.ZodType>>;

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** The YAML 1.2 core-schema booleans that core.getBooleanInput accepts, and nothing else. */
export const booleanInput = () =>
  z.string().transform((v, ctx) => {
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got "${v}"` });
    return z.NEVER;
  });

export const numberInput = () =>
  z.string().transform((v, ctx) => {
    const n = Number(v.trim());
    if (v.trim() === '' || !Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: `expected a number, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });

export const failOnInput = () => z.enum(['error', 'warning', 'never']).default('error');

export function parseInputs<S extends InputSchema>(schema: S, read: (name: string) => string | undefined): z.output<S> {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const v = read(name);
    if (v !== undefined && v !== '') raw[name] = v;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0] ?? '');
  const message = issue.code === 'invalid_type' && raw[name] === undefined ? 'is required' : issue.message;
  throw new UserError(`input "${name}" ${message}`, { hint: 'Fix the `with:` block of this step (or the matching --flag).' });
}

/** What action.yml should say about each input, derived from the schema (used by the sync test and docs). */
export function describeInputs(schema: InputSchema): { name: string; required: boolean; default?: string }[] {
  return Object.entries(schema.shape).map(([name, s]) => {
    const empty = s.safeParse(undefined);
    if (!empty.success) return { name, required: true };
    return empty.data === undefined ? { name, required: false } : { name, required: false, default: String(empty.data) };
  });
}
