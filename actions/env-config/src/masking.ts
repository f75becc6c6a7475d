import { compileUserRegex, type UserRegex } from '@mlship/core/user-regex';

export const DEFAULT_MASK_KEYS = 'secret|token|password|passwd|api_key|apikey|access_key|private|credential|auth|dsn|connection_string';

/**
 * Shapes that are credentials whatever key holds them. Each is specific
 * enough not to fire on ordinary settings (a URL without user:password@,
 * a hostname, a model name).
 */
export const CREDENTIAL_PATTERNS: { kind: string; pattern: RegExp }[] = [
  { kind: 'URL with user:password@', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i },
  { kind: 'private key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/ },
  { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/ },
  { kind: 'Slack webhook', pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/ },
  { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
];

/**
 * mask-keys meets every variable name of the config file, which a pull request
 * can edit: it runs on the linear-time engine, so no name can stall the step.
 */
export function compileMaskKeys(source: string): UserRegex {
  return compileUserRegex(source, { what: 'input "mask-keys"', caseInsensitive: true });
}

/** Why a value is masked: its key name matched mask-keys, or it has a credential's shape; undefined when it is shown. */
export function maskReason(name: string, value: string, keys: UserRegex): { byKey: boolean; credential?: string } | undefined {
  if (value === '') return undefined;
  const credential = CREDENTIAL_PATTERNS.find((c) => c.pattern.test(value))?.kind;
  const byKey = keys.test(name);
  return byKey || credential ? { byKey, credential } : undefined;
}

/**
 * The strings to register with the runner's masker. It masks log lines one
 * at a time, so a multi-line value (a PEM key) is registered whole and line by line.
 */
export function secretsOf(value: string): string[] {
  const lines = value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  return [...new Set([value, ...(lines.length > 1 ? lines : [])])];
}
