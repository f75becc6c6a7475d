import { compileUserRegex, type UserRegex } from '@mlship/core/user-regex';
import type { CheckSpec } from '../config';
import { checkId } from '../load';
import type { CompileContext } from '../rule';

/**
 * A check's pattern, compiled once when the suite is set up (never per row) on
 * the linear-time engine: a value in the data cannot make a check take longer
 * than the length of that value. A pattern the engine cannot run stops the
 * suite before any row is read, naming the check, the key and the construct.
 */
export function checkPattern(spec: CheckSpec, ctx: CompileContext, key: string, pattern: string): UserRegex {
  return compileUserRegex(pattern, { what: `check "${checkId(spec)}" ${key}`, where: ctx.where });
}
