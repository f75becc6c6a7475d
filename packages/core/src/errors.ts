/**
 * A mistake the user can fix: a missing file, a bad config key, an unreachable
 * server. It ends the step with one line — what, where, how to fix — and no stack.
 * Anything else that escapes an action is a bug in mlship and keeps its stack.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly details: { where?: string; hint?: string } = {},
  ) {
    super(message);
  }

  /** `where: message. hint` — the one line the user sees. */
  get line(): string {
    const where = this.details.where ? `${this.details.where}: ` : '';
    return `${where}${sentences(this.message, this.details.hint)}`.replace(/\s*\n\s*/g, ' ');
  }
}

/**
 * A message and the hint after it, read as two sentences: "no such file or
 * directory. Check the path…", not "no such file or directory Check the path…".
 * A message that already ends a sentence (or introduces the hint with a colon)
 * is left as written.
 */
export function sentences(message: string, hint?: string): string {
  if (!hint) return message;
  const first = message.trimEnd();
  return /[.!?:]$/.test(first) ? `${first} ${hint}` : `${first}. ${hint}`;
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

export function describeError(e: unknown): string {
  if (isUserError(e)) return e.line;
  if (e instanceof Error) return e.message;
  return String(e);
}
