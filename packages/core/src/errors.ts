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
    const hint = this.details.hint ? ` ${this.details.hint}` : '';
    return `${where}${this.message}${hint}`.replace(/\s*\n\s*/g, ' ');
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

export function describeError(e: unknown): string {
  if (isUserError(e)) return e.line;
  if (e instanceof Error) return e.message;
  return String(e);
}
