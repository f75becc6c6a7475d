/**
 * The last Python traceback in a log: its exception type, message and frames.
 *
 * Logs rarely hold a bare traceback. torchrun prefixes every line with the
 * rank (`[rank0]: `, `[default0]:`), GitHub's downloaded logs with a timestamp,
 * and a chained exception prints several blocks, the last one being the one
 * that ended the process. The prefix is taken from the `Traceback` line and
 * stripped from the block's lines.
 */
export interface Frame {
  file: string;
  line: number;
  function: string;
  code?: string;
}

export interface PythonTraceback {
  /** As printed: `torch.OutOfMemoryError`, `ModuleNotFoundError`. */
  type: string;
  message: string;
  frames: Frame[];
  /** The block as it appeared, prefixes removed (the chained blocks before it included). */
  text: string;
}

const HEADER = 'Traceback (most recent call last):';
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const FRAME = /^ {2}File "(.+)", line (\d+)(?:, in (.+))?$/;
// Whatever line follows the frames is the exception: built-in, dotted (`torch.OutOfMemoryError`) or user-defined.
const EXCEPTION = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/;
const CHAIN = /^(During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)$/;

export function lastTraceback(lines: string[]): PythonTraceback | undefined {
  let at = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.includes(HEADER)) {
      at = i;
      break;
    }
  }
  if (at < 0) return undefined;
  const prefix = lines[at]!.slice(0, lines[at]!.indexOf(HEADER));
  const strip = prefixStripper(prefix);

  // Walk back over chained blocks so the text shows the whole story.
  let start = at;
  for (;;) {
    const before = strip(lines[start - 2] ?? '');
    const chainAt = CHAIN.test(strip(lines[start - 1] ?? '').trim()) ? start - 1 : CHAIN.test(before.trim()) ? start - 2 : -1;
    if (chainAt < 0) break;
    let prev = -1;
    for (let i = chainAt - 1; i >= Math.max(0, chainAt - 400); i--) {
      if (strip(lines[i]!).startsWith(HEADER)) {
        prev = i;
        break;
      }
    }
    if (prev < 0) break;
    start = prev;
  }

  const frames: Frame[] = [];
  let type: string | undefined;
  let message = '';
  let end = at;
  for (let i = at + 1; i < lines.length; i++) {
    const line = strip(lines[i]!);
    const frame = FRAME.exec(line);
    if (frame) {
      frames.push({ file: frame[1]!, line: Number(frame[2]), function: frame[3] ?? '<module>' });
      end = i;
      continue;
    }
    if (line.startsWith('    ') || /^\s+[~^]+\s*$/.test(line) || line.trim() === '' || /^\s+\.\.\.|^\s*\[Previous line repeated/.test(line)) {
      // Source lines under a frame, the ^^^^ markers of Python 3.11+, elided recursion.
      const last = frames[frames.length - 1];
      if (last && last.code === undefined && line.startsWith('    ') && !/^\s+[~^]+\s*$/.test(line)) last.code = line.trim();
      end = i;
      continue;
    }
    const exc = EXCEPTION.exec(line.trim());
    if (exc && !line.startsWith(' ')) {
      type = exc[1]!;
      message = (exc[2] ?? '').trim();
      end = i;
    }
    break;
  }
  if (type === undefined) {
    // A traceback cut off by the kill: the frames are still worth showing.
    type = 'UnfinishedTraceback';
    message = 'the log ends inside a traceback (the process was killed while printing it, or the log was truncated)';
  }
  const text = lines
    .slice(start, end + 1)
    .map(strip)
    .join('\n');
  return { type, message, frames, text };
}

function prefixStripper(prefix: string): (line: string) => string {
  if (prefix === '') return (l) => l;
  if (TIMESTAMP.test(prefix)) {
    const rest = prefix.replace(TIMESTAMP, '');
    return (l) => {
      const t = l.replace(TIMESTAMP, '');
      return rest && t.startsWith(rest) ? t.slice(rest.length) : t;
    };
  }
  return (l) => (l.startsWith(prefix) ? l.slice(prefix.length) : l.startsWith(prefix.trimEnd()) ? l.slice(prefix.trimEnd().length) : l);
}
