import { UserError } from '@mlship/core';

/**
 * Splits the `command` input into argv the way a POSIX shell splits words —
 * single quotes literal, double quotes with \" \\ \$ \` escapes, backslash
 * outside quotes, `#` comments — and then runs it with no shell at all.
 *
 * What a shell would do *beyond* splitting (pipes, `&&`, redirections,
 * `$VAR`, `$(…)`, globs) cannot happen here, so rather than pass `&&` or
 * `$LR` to the program as a literal word, those are rejected with a hint: run
 * a script on purpose (`command: bash train.sh`) when shell features are wanted.
 */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  const fail = (what: string, hint: string): never => {
    throw new UserError(`input "command" ${what}`, { hint });
  };
  const shellOnly = (c: string): never =>
    fail(
      `uses the shell syntax "${c}", but the command runs without a shell (inputs are never interpolated into one)`,
      'Put the pipeline in a script and run it deliberately, e.g. `command: bash train.sh`, or quote the character if it is meant literally.',
    );

  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    if (c === '#' && !inWord) {
      while (i < command.length && command[i] !== '\n') i++;
      continue;
    }
    if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) fail('has an unterminated single quote', "Close the quote: `python train.py --name 'run 1'`.");
      word += command.slice(i + 1, end);
      inWord = true;
      i = end;
      continue;
    }
    if (c === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) {
        const d = command[j]!;
        if (d === '\\' && j + 1 < command.length) {
          const next = command[j + 1]!;
          if (next === '\n') {
            j++;
            continue;
          }
          if ('"\\$`'.includes(next)) {
            word += next;
            j++;
            continue;
          }
          word += d;
          continue;
        }
        if (d === '$' || d === '`') shellOnly(d === '$' ? '$' : '`');
        word += d;
      }
      if (j >= command.length) fail('has an unterminated double quote', 'Close the quote: `python train.py --name "run 1"`.');
      i = j;
      continue;
    }
    if (c === '\\') {
      if (i + 1 >= command.length) fail('ends with a lone backslash', 'Remove it, or write \\\\ for a literal backslash.');
      const next = command[++i]!;
      // Backslash-newline is a line continuation, as in sh.
      if (next !== '\n') {
        word += next;
        inWord = true;
      }
      continue;
    }
    if ('|&;<>()$`*?'.includes(c)) shellOnly(c);
    if (c === '~' && !inWord) shellOnly('~');
    word += c;
    inWord = true;
  }
  if (inWord) words.push(word);
  if (words.length === 0) fail('is empty', 'Give the training command, e.g. `command: python train.py --epochs 10`.');
  return words;
}

/** argv back to one line a person can paste into sh (for logs and the summary). */
export function quoteArgv(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
