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

/** A value that is a path or a number says nothing secret, and blanking it would blank every path in a log. */
const plainValue = (v: string): boolean => /^(?:\/[\w.@+-]*)+\/?$|^\d+$/.test(v);

/** Shapes of well-known credentials, recognised wherever they appear. */
const SECRET_VALUES: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, // AWS access key ids
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, // Slack
  /\bhf_[A-Za-z0-9]{30,}\b/g, // Hugging Face
  /\bsk-[A-Za-z0-9_-]{20,}\b/g, // OpenAI-style keys
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
];

/** `scheme://user:password@host` → `scheme://user:***@host`. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)@/gi;
/** `password=…`, `"api_key": "…"`, `Authorization: Bearer …`. */
const ASSIGNMENT = /\b((?:[A-Za-z0-9_]*?(?:token|secret|password|passwd|api[_-]?key|access[_-]?key|private[_-]?key|credentials?))["']?\s*[:=]\s*["']?)([^\s"',;]{4,})/gi;
const BEARER = /\b(Authorization:\s*(?:Bearer|Basic|token)\s+)(\S+)/gi;

export interface Redactor {
  (text: string): string;
}

/**
 * A redactor that also replaces the literal values of secret-looking
 * variables in `env` (six characters or more, so `RANK=0` cannot blank out
 * every zero in a log).
 */
export function createRedactor(env: Record<string, string | undefined>): Redactor {
  const literals = Object.entries(env)
    .filter(([k, v]) => v !== undefined && v.length >= 6 && isSecretName(k) && !plainValue(v))
    .map(([, v]) => v!)
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const lit of literals) if (out.includes(lit)) out = out.split(lit).join(REDACTED);
    for (const re of SECRET_VALUES) out = out.replace(re, REDACTED);
    out = out.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
    out = out.replace(BEARER, `$1${REDACTED}`);
    out = out.replace(ASSIGNMENT, (m, key: string, value: string) => (value === REDACTED ? m : `${key}${REDACTED}`));
    return out;
  };
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
