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
/** Python 3.11+'s ^^^^ / ~~~~ markers under a source line. */
const MARKER = /^\s+[~^]+\s*$/;
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
  if (at < 0) return headlessTraceback(lines);
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
    // Frames, source lines under a frame, the ^^^^ markers of Python 3.11+, elided recursion.
    if (collectFrame(frames, line) || line.startsWith('    ') || MARKER.test(line) || line.trim() === '' || /^\s+\.\.\.|^\s*\[Previous line repeated/.test(line)) {
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

/** A `File "…", line N` line becomes a frame (true); the first source line under the last frame becomes its code. */
function collectFrame(frames: Frame[], line: string): boolean {
  const m = FRAME.exec(line);
  if (m) {
    frames.push({ file: m[1]!, line: Number(m[2]), function: m[3] ?? '<module>' });
    return true;
  }
  const last = frames.at(-1);
  if (last && last.code === undefined && line.startsWith('    ') && !MARKER.test(line)) last.code = line.trim();
  return false;
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

/**
 * A traceback whose header fell outside the log tail (a 2 MB recursion
 * traceback, read from its end): the frames at the end of the tail followed
 * by the exception line.
 */
function headlessTraceback(lines: string[]): PythonTraceback | undefined {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === '') last--;
  const exc = last >= 0 ? EXCEPTION.exec(lines[last]!.trim()) : null;
  if (!exc || lines[last]!.startsWith(' ')) return undefined;
  let first = last;
  const inFrames = (l: string) => FRAME.test(l) || l.startsWith('    ') || MARKER.test(l) || /^\s*\[Previous line repeated/.test(l);
  while (first > 0 && inFrames(lines[first - 1]!)) first--;
  const block = lines.slice(first, last);
  if (!block.some((l) => FRAME.test(l))) return undefined;
  const frames: Frame[] = [];
  for (const line of block) collectFrame(frames, line);
  return {
    type: exc[1]!,
    message: (exc[2] ?? '').trim(),
    frames,
    text: ['Traceback (most recent call last):', '  … (the start of this traceback is before the part of the log that was read)', ...lines.slice(first, last + 1)].join('\n'),
  };
}
