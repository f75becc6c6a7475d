import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadYamlParser, UserError, type Check } from '@mlship/core';
import type { Cell } from '../../table';
import { validateDataset, type ValidateOptions, type ValidationOutcome } from '../../validate';
import { loadConfigSupport, parseConfig, type LoadedConfig } from '../load';

/**
 * Test-only helpers for the rule tests: a temp directory to write small CSV /
 * JSONL files into, and validateDataset run on them with a native checks list
 * (parsed like a user's file, so schema defaults are filled in).
 */
export class Workspace {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-rules-'));

  /** Writes `name` (relative) with a header line and one line per row; null is an empty field. */
  csv(name: string, columns: string[], rows: Cell[][]): string {
    return this.text(name, [columns.join(','), ...rows.map((r) => r.map(csvField).join(','))].join('\n') + '\n');
  }

  /** Writes columns given as equal-length arrays. */
  csvColumns(name: string, cols: Record<string, readonly Cell[]>): string {
    const names = Object.keys(cols);
    const n = cols[names[0]!]!.length;
    return this.csv(name, names, Array.from({ length: n }, (_, i) => names.map((c) => cols[c]![i]!)));
  }

  jsonl(name: string, rows: Record<string, unknown>[]): string {
    return this.text(name, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }

  text(name: string, content: string): string {
    const file = path.join(this.dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return name;
  }

  path(name: string): string {
    return path.join(this.dir, name);
  }

  /** Runs validateDataset on `data` (relative to the workspace) with `checks` (native entries) or a loaded config. */
  async validate(checks: unknown[] | LoadedConfig, data: string, options: Partial<Omit<ValidateOptions, 'data' | 'config'>> & { read?: unknown } = {}): Promise<ValidationOutcome> {
    const { read, ...rest } = options;
    // What loadConfig does for a config file.
    await Promise.all([loadYamlParser(), loadConfigSupport(checks)]);
    const config = Array.isArray(checks) ? parseConfig(JSON.stringify({ checks, ...(read ? { read } : {}) }), 'checks.yml') : checks;
    return validateDataset({ data, config, cwd: this.dir, ...rest });
  }

  /** The verdict of a config with a single (non-drift) check. */
  async one(check: Record<string, unknown>, data: string, options: Parameters<Workspace['validate']>[2] = {}): Promise<Check> {
    const o = await this.validate([check], data, options);
    expect(o.checks).toHaveLength(1);
    return o.checks[0]!;
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function csvField(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The four fields every verdict is judged on. */
export const verdict = (c: Check) => ({ status: c.status, observed: c.observed, expected: c.expected, detail: c.detail });

export const byId = (o: ValidationOutcome, id: string): Check => {
  const c = o.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}; have ${o.checks.map((x) => x.id).join(', ')}`);
  return c;
};

/** The message of the UserError a promise rejects with (a config mistake found before reading). */
export const compileError = async (p: Promise<unknown>): Promise<string> => {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return (e as UserError).message;
};
