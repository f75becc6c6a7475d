import { StringDecoder } from 'node:string_decoder';
import { ANSI } from './log-tail';

/**
 * Lines that say the *loss* is NaN or ±inf, as trainers print them:
 * `loss: nan`, `loss=inf`, `loss: -inf`, Keras' `- loss: nan`, a Hugging Face
 * Trainer dict `{'loss': nan, 'grad_norm': …}` or `'eval_loss': nan`, a
 * PyTorch Lightning progress bar `train_loss=nan` / `train_loss_step=nan`,
 * Lightning's EarlyStopping `val_loss = nan is not finite`, `Loss is NaN`,
 * `nan loss detected`, `loss 2.3 … loss nan`.
 *
 * They are strict on purpose, because they can stop a running job: between
 * the word loss and its `=`/`:` only quotes, brackets or spaces may stand, so
 * `loss: 0.41, grad_norm: nan` is not a NaN loss (an inf gradient norm is what
 * fp16 loss scaling skips every so often), and `nan`/`inf` must be whole words
 * (`nanoseconds`, `info`, `finance` never match).
 */
export const NAN_LOSS_LINE: RegExp[] = [
  /(?:\b|_)loss(?:_(?:step|epoch))?\b['"\])]?\s*[=:]\s*['"]?(?:tensor\()?[-+]?(?:nan|inf(?:inity)?)\b/i,
  /\b(?:train_|val_|total_)?loss\s+[-+]?(?:nan|inf)\b/i,
  /\bLoss is (?:nan|inf)/i,
  /\bnan loss\b|\bloss (?:is|became|went) [-+]?(?:nan|inf)/i,
  /\bloss returned in `?training_step`? is [-+]?(?:nan|inf)/i,
];

export const isNanLossLine = (line: string): boolean => NAN_LOSS_LINE.some((p) => p.test(line));

/** A partial line longer than this is not a log line anyone prints; it is dropped rather than kept growing. */
const MAX_PARTIAL = 64 * 1024;

/**
 * Splits one output stream into lines as they arrive and reports the first
 * that says the loss went NaN/inf. `\r` ends a line too: tqdm and Lightning
 * progress bars redraw with carriage returns and may not print a newline
 * until the epoch ends. UTF-8 split across chunks is decoded whole.
 */
export class NanLossWatcher {
  private decoder = new StringDecoder('utf8');
  private partial = '';
  private found = false;

  constructor(private readonly onNanLoss: (line: string) => void) {}

  push(chunk: Buffer): void {
    if (this.found) return;
    const text = this.partial + this.decoder.write(chunk);
    const parts = text.split(/\r\n|\r|\n/);
    this.partial = parts.pop() ?? '';
    if (this.partial.length > MAX_PARTIAL) this.partial = '';
    for (const raw of parts) {
      const line = raw.replace(ANSI, '');
      if (line && isNanLossLine(line)) {
        this.found = true;
        this.onNanLoss(line.trim());
        return;
      }
    }
  }
}
