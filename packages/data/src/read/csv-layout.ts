/**
 * What the first lines of a CSV say about its layout beyond the delimiter: a
 * first line that is a count line or data rather than a header, and a file
 * that parses into one column although its lines hold more fields. These run
 * once per file on the sniffed prefix, never per row.
 */
import type { DataFile, ReadNote } from '../table';
import { WHITESPACE } from './csv-tokenizer';

const CANDIDATES = [',', '\t', ';', '|', WHITESPACE];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export const isNumberText = (s: string): boolean => NUMBER.test(s.trim());

/**
 * The prefix's complete lines as the tokenizer will see them: the first
 * `skip` lines dropped, comments cut, blank lines left out.
 */
export function dataLines(prefix: string, skip: number, comment: string | undefined): string[] {
  const lines = prefix.split(/\r?\n/);
  if (lines.length > 1) lines.pop(); // possibly cut off mid-line
  return lines
    .slice(skip)
    .map((l) => (comment !== undefined && l.includes(comment) ? l.slice(0, l.indexOf(comment)) : l))
    .filter((l) => l.trim().length > 0)
    .slice(0, 20);
}

/** Fields of one line (quotes ignored: an estimate for messages, not the tokenizer). */
export const splitLine = (line: string, delimiter: string): string[] =>
  delimiter === WHITESPACE ? line.trim().split(/[ \t]+/) : line.split(delimiter);

const delimiterOption = (d: string) => (d === WHITESPACE ? 'delimiter: whitespace' : `delimiter: ${JSON.stringify(d)}`);
const delimiterName = (d: string) => (d === WHITESPACE ? 'runs of blanks' : JSON.stringify(d));

const nameList = (n: number) => `[${Array.from({ length: Math.min(n, 3) }, (_, i) => `c${i + 1}`).join(', ')}${n > 3 ? ', …' : ''}]`;

/**
 * The message for a first record whose field count differs from the lines
 * after it, when those lines agree among themselves: the first line is a
 * count line or a title, not the header. Undefined when the lines do not agree.
 */
export function preambleMessage(lines: string[], delimiter: string, firstCount: number, secondLine: string[]): string | undefined {
  const rest = lines.slice(1).map((l) => splitLine(l, delimiter).length);
  if (rest.length === 0 || rest.some((c) => c !== rest[0]) || rest[0] === firstCount) return undefined;
  const noHeader = secondLine.every(isNumberText);
  const fix = noHeader
    ? `set read.csv { skip_rows: 1, header: false, names: ${nameList(rest[0]!)} } (the next line is data, so name the ${rest[0]} columns)`
    : 'set read.csv { skip_rows: 1 } to skip it (the next line becomes the header)';
  return `line 1 has ${firstCount} field${firstCount === 1 ? '' : 's'} but the lines after it have ${rest[0]}: it is not a header row (a count line or a title?). To read the file, ${fix}.`;
}

/** A header row whose names start with numbers reads like a count line or data. */
export function headerNote(file: DataFile, header: string[], line: number): ReadNote | undefined {
  if (header.length === 0 || !isNumberText(header[0]!)) return undefined;
  const numeric = header.filter(isNumberText);
  const all = numeric.length === header.length;
  const fix = all
    ? `If it is data, set read.csv { header: false, names: ${nameList(header.length)} }.`
    : `If it is a count line with no header after it, set read.csv { skip_rows: 1, header: false, names: ${nameList(header.length)} }; if a header follows it, set { skip_rows: 1 }.`;
  return {
    id: 'csv_header',
    title: 'CSV header row looks like data',
    file: file.path,
    line,
    detail: `line ${line} was read as the header, which names columns ${numeric.slice(0, 5).join(', ')}${numeric.length > 5 ? ', …' : ''}: names that are numbers suggest it is ${all ? 'data' : 'a count line'}, not a header. ${fix}`,
  };
}

/** One column, although the first lines split into more fields on another delimiter. */
export function oneColumnNote(file: DataFile, lines: string[], used: string): ReadNote | undefined {
  if (lines.length === 0) return undefined;
  for (const d of CANDIDATES) {
    if (d === used) continue;
    const counts = lines.map((l) => splitLine(l, d).length);
    // Free text has blanks in every line too; blank-separated data has the same count on each.
    const fits = d === WHITESPACE ? counts.every((c) => c > 1 && c === counts[0]) : counts.every((c) => c > 1);
    if (fits) {
      const lo = Math.min(...counts);
      const hi = Math.max(...counts);
      const fields = lo === hi ? `${lo} fields` : `${lo} to ${hi} fields`;
      return {
        id: 'csv_one_column',
        title: 'CSV read as one column',
        file: file.path,
        detail: `the file parsed into one column, but its first lines split into ${fields} on ${delimiterName(d)}. Set read.csv { ${delimiterOption(d)} } if that is its delimiter.`,
      };
    }
  }
  return undefined;
}
