/**
 * Keeps secrets out of the diagnostics JSON, the artifact and the PR comment.
 * The runner masks registered secrets in the step log only; text this action
 * uploads or posts is not masked by anyone else, and a training log can print
 * a token (an echoed env, a URL with credentials, a library's debug line).
 */

/** Names of variables worth having when debugging a training job. */
const RELEVANT = [
  /^PYTORCH_/, /^TORCH_/, /^CUDA_/, /^NCCL_/, /^CUDNN_/, /^NVIDIA_/, /^TF_(?!CLI_)/, /^XLA_/, /^JAX_/, /^HF_/, /^TRANSFORMERS_/, /^TOKENIZERS_/,
  /^ACCELERATE_/, /^DEEPSPEED_/, /^OMP_/, /^MKL_/, /^OPENBLAS_/, /^KMP_/, /^PYTHON/, /^WANDB_/, /^MLFLOW_/, /^DVC_/,
  /^(?:MASTER_ADDR|MASTER_PORT|WORLD_SIZE|RANK|LOCAL_RANK|LOCAL_WORLD_SIZE|NODE_RANK|GROUP_RANK)$/,
  /^(?:LD_LIBRARY_PATH|VIRTUAL_ENV|CONDA_PREFIX|CONDA_DEFAULT_ENV|TMPDIR)$/,
];

const SECRET_NAME = /(?:TOKEN(?!IZER)|SECRET|PASSWORD|PASSWD|PASS$|(?<!OLD)PWD$|API_?KEY|ACCESS_KEY|PRIVATE|CREDENTIAL|AUTH|SESSION|COOKIE|SIGNATURE|DSN|_KEY$|^KEY$)/i;

export const REDACTED = '***';

export const isSecretName = (name: string): boolean => SECRET_NAME.test(name) && name !== 'PWD';

/**
 * A value that says nothing secret, and blanking it would blank every path,
 * counter and flag in a log: a path, a number, a boolean or null, a tokenizer's
 * special token (`<pad>`, `</s>`, `[CLS]`, `<|endoftext|>`) or a reference to
 * another variable (`$HF_TOKEN`).
 */
const plainValue = (v: string): boolean =>
  /^(?:\/[\w.@+-]*)+\/?$|^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$|^(?:true|false|none|null|nil)$|^<\/?\|?[\w-]{1,20}\|?>$|^\[[A-Z_]{2,12}\]$|^\$\{?\w+\}?$/i.test(v);

const PEM = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
const PEM_END = /-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;

/** Shapes of well-known credentials, recognised wherever they appear. */
const SECRET_VALUES: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, // AWS access key ids
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, // Slack
  /\bhf_[A-Za-z0-9]{30,}\b/g, // Hugging Face
  /\bsk-[A-Za-z0-9_-]{20,}\b/g, // OpenAI-style keys
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs
  // A whole block, on one line or several; a block the text ends inside is blanked to the end.
  new RegExp(`${PEM.source}[\\s\\S]*?(?:${PEM_END.source}(?:\\\\n)?|$)`, 'g'),
];

/** Credentials recognised by what precedes them: `$1` is kept, `$2` becomes ***. */
const AFTER_NAME: RegExp[] = [
  // A Slack incoming-webhook (or workflow trigger) URL is itself the credential.
  /\b(hooks\.slack\.com\/(?:services|workflows|triggers)\/)[\w/-]+/g,
  // AWS secret access keys: 40 base64 characters after their name, `=`/`:` or a space apart (`aws configure set`).
  /\b((?:aws_?)?secret_?access_?key["']?(?:\s*[:=]\s*|\s+)["']?)([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
  // Weights & Biases keys on the login command line, in wandb.login(key=…), and in the netrc it writes.
  /\b(wandb\s+login\b[^\n]*?\s)((?:local-)?[0-9a-f]{40})\b/gi,
  /\b(wandb\.login\([^)\n]*?\bkey\s*=\s*["'])([^"'\n]+)/g,
  /\b(machine\s+\S+\s+login\s+\S+\s+password\s+)(\S+)/g,
];

/** `scheme://user:password@host` → `scheme://user:***@host`. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)@/gi;
/** Credentials in HTTP headers as curl -v, urllib3's debug output or a printed dict show them; the scheme word is kept. */
const HEADER = /\b((?:proxy-)?authorization|x-api-key|api-key|x-auth-token|private-token|x-goog-api-key)(["']?\s*[:=]\s*["']?)((?:bearer|basic|token|digest|bot)\s+)?([^\s"',\\]+)/gi;
/** `Bearer <token>` anywhere (a token has a digit: "the bearer of this checkpoint" is prose). */
const BEARER = /\b(bearer\s+)(?=[\w.~+/-]*\d)[\w.~+/-]{8,}=*/gi;

/** Names whose value is a credential: …token, …secret, …password, api/access/secret/private…key; `*_KEY` in env-style upper case. */
const NAME = String.raw`[\w.-]*?(?:token|secret|password|passwd|passphrase|credentials?|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|signing[_-]?key|encryption[_-]?key|client[_-]?key|master[_-]?key|_key)`;
/**
 * `name=value`, `name: value`, `"name": "value"`, `export NAME='value'`,
 * `\"name\": \"value\"` (JSON inside a string): the value, quoted (spaces and
 * all) or up to a delimiter, becomes ***.
 */
const ASSIGNMENT = new RegExp(String.raw`(?<![\w.-])(${NAME})(\\?["']?\s*[:=]\s*)(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'|(\\?["']?)([^\s"'\x60,;\\}\])]+))`, 'gi');
/** `--hub-token value`, `--password value` on a logged command line. */
const FLAG = new RegExp(String.raw`(--${NAME.replace('_key)', '-key)')}(?:\s+|=))([^\s"'-][^\s"']*)`, 'gi');
/** A generic `_key` is a credential only as an upper-case environment variable: `sort_key: timestamp` is a column. */
const GENERIC_KEY = /(?:^|[^a-z])key$/i;
const SPECIFIC_KEY = /(?:api|access|secret|private|signing|encryption|client|master)[_-]?key$/i;

function assignment(m: string, name: string, sep: string, dq?: string, sq?: string, lead?: string, bare?: string): string {
  const value = dq ?? sq ?? bare ?? '';
  if (value.startsWith(REDACTED) || plainValue(value)) return m;
  if (GENERIC_KEY.test(name) && !SPECIFIC_KEY.test(name) && !/^[A-Z0-9_]+$/.test(name)) return m;
  if (dq !== undefined) return `${name}${sep}"${REDACTED}"`;
  if (sq !== undefined) return `${name}${sep}'${REDACTED}'`;
  return `${name}${sep}${lead ?? ''}${REDACTED}`;
}

export interface Redactor {
  (text: string): string;
}

/**
 * A redactor that also replaces the literal values of secret-looking
 * variables in `env` (six characters or more, so `RANK=0` cannot blank out
 * every zero in a log; a multi-line value line by line, as a log prints it).
 */
export function createRedactor(env: Record<string, string | undefined>): Redactor {
  const literals = Object.entries(env)
    .filter(([k, v]) => v !== undefined && isSecretName(k))
    .flatMap(([, v]) => [v!, ...v!.split(/\r?\n/).map((l) => l.trim())])
    .filter((v) => v.length >= 6 && !plainValue(v))
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const lit of literals) if (out.includes(lit)) out = out.split(lit).join(REDACTED);
    for (const re of SECRET_VALUES) out = out.replace(re, REDACTED);
    for (const re of AFTER_NAME) out = out.replace(re, `$1${REDACTED}`);
    out = out.replace(URL_CREDENTIALS, (m, head: string, value: string) => (value === REDACTED ? m : `${head}${REDACTED}@`));
    out = out.replace(HEADER, (m, name: string, sep: string, scheme: string | undefined, value: string) => (value === REDACTED ? m : `${name}${sep}${scheme ?? ''}${REDACTED}`));
    out = out.replace(BEARER, `$1${REDACTED}`);
    out = out.replace(FLAG, (m, head: string, value: string) => (value.startsWith(REDACTED) || plainValue(value) ? m : `${head}${REDACTED}`));
    out = out.replace(ASSIGNMENT, assignment);
    return out;
  };
}

/**
 * Redacts a log read as lines. A PEM private key spans lines, which a
 * line-at-a-time redactor would see only as base64 noise after its BEGIN
 * line; here every line from BEGIN to END is blanked — from the first line
 * when the tail begins inside a block (its BEGIN was cut off), and to the last
 * when the log ends inside one.
 */
export function redactLines(lines: readonly string[], redact: Redactor): string[] {
  const firstBegin = lines.findIndex((l) => PEM.test(l));
  const firstEnd = lines.findIndex((l) => PEM_END.test(l));
  let inKey = firstEnd >= 0 && (firstBegin < 0 || firstEnd < firstBegin);
  return lines.map((line) => {
    if (inKey) {
      const end = PEM_END.exec(line);
      if (!end) return REDACTED;
      inKey = false;
      const rest = line.slice(end.index + end[0].length);
      return REDACTED + (rest ? redact(rest) : '');
    }
    const begin = PEM.exec(line);
    if (begin && !PEM_END.test(line.slice(begin.index))) {
      inKey = true;
      return redact(line.slice(0, begin.index)) + REDACTED;
    }
    return redact(line);
  });
}

/** The relevant variables, sorted by name, secret-looking ones redacted. */
export function relevantEnv(env: Record<string, string | undefined>, redact: Redactor): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(env).sort()) {
    const value = env[name];
    if (value === undefined || !RELEVANT.some((re) => re.test(name))) continue;
    out[name] = isSecretName(name) ? REDACTED : redact(value);
  }
  return out;
}
