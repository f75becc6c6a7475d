import { UserError } from '../errors';

/** The one line a user would see for what `f` throws; anything but a UserError (a bug) is rethrown. */
export function userErrorLine(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.line;
    throw e;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

/** As userErrorLine, for a promise that must reject. */
export async function rejectionLine(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e.line;
    throw e;
  }
  throw new Error('expected a UserError, the promise resolved');
}
