import { UserError, suggestion, yamlParser } from '@mlship/core';

/**
 * A command as an argument list with `{{name}}` placeholders filled per
 * argument: written as a YAML/JSON list (`["./notify.sh", "{{deployment}}"]`)
 * or as words with '…' / "…" quoting. It is never given to a shell, so a
 * value cannot become `;`, `$(…)` or a glob. A list needs loadYamlParser() first.
 */
export function parseArgvTemplate(text: string, where: string, placeholders: readonly string[]): string[] {
  const t = text.trim();
  let argv: string[];
  if (t.startsWith('[') || t.startsWith('- ')) {
    const doc = yamlParser().parseDocument(t);
    const value: unknown = doc.errors.length ? undefined : doc.toJS();
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
      throw new UserError('is not a list of strings.', { where, hint: `e.g. ${JSON.stringify(['./script.sh', ...placeholders.map((p) => `{{${p}}}`)])}.` });
    }
    argv = value.map(String);
  } else argv = splitWords(t, where);
  if (argv.length === 0) throw new UserError('is an empty command.', { where, hint: `e.g. ./script.sh ${placeholders.map((p) => `{{${p}}}`).join(' ')}` });
  for (const m of argv.join(' ').matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if (!placeholders.includes(m[1]!)) {
      throw new UserError(`has an unknown placeholder {{${m[1]}}}.${suggestion(m[1]!, placeholders)}`, { where, hint: `Placeholders: ${placeholders.map((p) => `{{${p}}}`).join(', ')}.` });
    }
  }
  return argv;
}

export const fillArgv = (argv: string[], values: Record<string, string>): string[] => argv.map((a) => a.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, k: string) => values[k] ?? ''));

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
