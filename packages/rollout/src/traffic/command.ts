import { parseDocument } from 'yaml';
import { UserError } from '@mlship/core';
import { run } from './exec';
import type { TrafficRouter } from './router';

/**
 * `traffic: command`: a program and its arguments, with `{{canary}}` and
 * `{{stable}}` replaced by the weights in each argument, run with @actions/exec.
 * Written as a YAML/JSON list (`["./set-weight.sh", "{{canary}}"]`) or as words
 * with '…' / "…" quoting; no shell ever sees it, so no `$VAR`, pipes or globs.
 */
export function parseCommand(text: string, where = 'input "traffic-command"'): string[] {
  const t = text.trim();
  let argv: string[];
  if (t.startsWith('[') || t.startsWith('- ')) {
    const doc = parseDocument(t);
    const value: unknown = doc.errors.length ? undefined : doc.toJS();
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
      throw new UserError('is not a list of strings.', { where, hint: 'e.g. ["./scripts/set-weight.sh", "--canary", "{{canary}}", "--stable", "{{stable}}"].' });
    }
    argv = value.map(String);
  } else argv = splitWords(t, where);
  if (argv.length === 0) throw new UserError('is empty.', { where, hint: 'e.g. ./scripts/set-weight.sh {{canary}} {{stable}}' });
  if (!argv.some((a) => a.includes('{{canary}}') || a.includes('{{stable}}'))) {
    throw new UserError('never mentions {{canary}} or {{stable}}, so it cannot set a weight.', { where, hint: 'Pass the weights as arguments, e.g. ./scripts/set-weight.sh {{canary}} {{stable}}' });
  }
  const unknown = argv.join(' ').match(/\{\{\s*(?!canary\}\}|stable\}\})[^}]*\}\}/);
  if (unknown) throw new UserError(`has an unknown placeholder ${unknown[0]}.`, { where, hint: 'Only {{canary}} and {{stable}} are replaced.' });
  return argv;
}

function splitWords(text: string, where: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && (text[i + 1] === '"' || text[i + 1] === '\\')) word += text[++i]!;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + ch;
  }
  if (quote) throw new UserError(`has an unclosed ${quote} quote.`, { where, hint: 'Close the quote, or write the command as a YAML list.' });
  if (word !== null) words.push(word);
  return words;
}

export const fillWeights = (argv: string[], canary: number): string[] => argv.map((a) => a.replaceAll('{{canary}}', String(canary)).replaceAll('{{stable}}', String(100 - canary)));

export class CommandRouter implements TrafficRouter {
  readonly shifts = true;
  readonly description: string;
  constructor(
    private readonly argv: string[],
    private readonly log: (line: string) => void,
  ) {
    this.description = `the command \`${argv.join(' ')}\``;
  }

  /** A command cannot be asked whether it would work; parseCommand already checked its shape. */
  async preflight(): Promise<void> {}

  async setCanaryWeight(canary: number): Promise<void> {
    const argv = fillWeights(this.argv, canary);
    const out = await run(argv, { where: 'input "traffic-command"' });
    for (const line of out.trim().split('\n').filter(Boolean)) this.log(`  ${line}`);
  }
}
