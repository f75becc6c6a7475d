/**
 * A corpus of credentials as training logs print them — fake, but in each
 * issuer's real format — and of near-misses that look alike and must stay
 * intact, since a diagnosis with every hash and counter blanked is no
 * diagnosis. No environment is given to the redactor: every line here must be
 * caught by its shape or its name alone (a secret that is not in the job's env,
 * read from a file or printed by a library).
 */
import { createRedactor, redactLines } from './redact';

const redact = createRedactor({});

/** [what a log line says, what it must say once redacted]. */
const SECRETS: [string, string][] = [
  // Slack incoming webhooks: the URL is the credential.
  ['alerts -> https://hooks.slack.com/services/T0A1B2C3D/B0E4F5G6H/AbCdEfGhIjKlMnOpQrStUvWx', 'alerts -> https://hooks.slack.com/services/***'],
  ['SLACK_URL="https://hooks.slack.com/workflows/T0A1B2C3D/A0123/456789/aBcDeF"', 'SLACK_URL="https://hooks.slack.com/workflows/***"'],
  // AWS secret access keys, after their names in every spelling tools use.
  ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = ***'],
  ['export AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', 'export AWS_SECRET_ACCESS_KEY="***"'],
  ['    "SecretAccessKey": "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",', '    "SecretAccessKey": "***",'],
  ['+ aws configure set aws_secret_access_key je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', '+ aws configure set aws_secret_access_key ***'],
  // Weights & Biases: 40 hex after its variable, on the login command line, in the netrc it writes.
  ['WANDB_API_KEY=0123456789abcdef0123456789abcdef01234567', 'WANDB_API_KEY=***'],
  ['+ wandb login --relogin 0123456789abcdef0123456789abcdef01234567', '+ wandb login --relogin ***'],
  ['wandb.login(key="0123456789abcdef0123456789abcdef01234567")', 'wandb.login(key="***")'],
  ['machine api.wandb.ai login user password 0123456789abcdef0123456789abcdef01234567', 'machine api.wandb.ai login user password ***'],
  // Hugging Face user access tokens.
  ['+ huggingface-cli login --token hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567', '+ huggingface-cli login --token ***'],
  ['HUGGING_FACE_HUB_TOKEN=hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567', 'HUGGING_FACE_HUB_TOKEN=***'],
  // GitHub: fine-grained PATs, OAuth, app installation and user-to-server tokens.
  ['remote: https://x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a@github.com/o/r', 'remote: https://x-access-token:***@github.com/o/r'],
  ['token github_pat_11ABCDEFG0AbCdEfGhIjKl_MnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz0123 set', 'token *** set'],
  ['gho_16C7e42F292c6912E7710c838347Ae178B4a ghu_16C7e42F292c6912E7710c838347Ae178B4a', '*** ***'],
  // *_TOKEN / *_SECRET / *_KEY / *_PASSWORD, env-style and JSON/YAML-style.
  ['MY_SERVICE_TOKEN=tok-9f8e7d6c5b4a', 'MY_SERVICE_TOKEN=***'],
  ['export DB_SECRET=\'s3cr3t value\'', 'export DB_SECRET=\'***\''],
  ['ENCRYPTION_KEY=Zm9vYmFyYmF6cXV4', 'ENCRYPTION_KEY=***'],
  ['STRIPE_KEY: rk_live_51H8abcdEFGH', 'STRIPE_KEY: ***'],
  ['PGPASSWORD=hunter22 psql -h db', 'PGPASSWORD=*** psql -h db'],
  ['config: {"token": "s3cr3t-value-123", "password": "correct horse battery staple", "epochs": 3}', 'config: {"token": "***", "password": "***", "epochs": 3}'],
  ['client_secret: abcDEF123456', 'client_secret: ***'],
  ['{\\"api_key\\": \\"abcd1234efgh\\"}', '{\\"api_key\\": \\"***\\"}'],
  ['trainer --hub-token tok-9f8e7d6c5b4a --epochs 3', 'trainer --hub-token *** --epochs 3'],
  // Bearer tokens in logged HTTP headers: curl -v, requests/urllib3 debug, a printed dict.
  ['> Authorization: Bearer tok_9f8e7d6c5b4a3f2e', '> Authorization: Bearer ***'],
  ["send: b'GET /api HTTP/1.1\\r\\nHost: x\\r\\nAuthorization: Bearer tok_9f8e7d6c5b4a\\r\\n\\r\\n'", "send: b'GET /api HTTP/1.1\\r\\nHost: x\\r\\nAuthorization: Bearer ***\\r\\n\\r\\n'"],
  ["headers={'Authorization': 'Bearer 0a1b2c3d4e5f6a7b', 'Accept': 'application/json'}", "headers={'Authorization': 'Bearer ***', 'Accept': 'application/json'}"],
  ['x-api-key: 9f8e7d6c5b4a3f2e', 'x-api-key: ***'],
  ['retrying with bearer 0a1b2c3d4e5f6a7b', 'retrying with bearer ***'],
  // A PEM key printed on one line (a JSON service-account file).
  ['"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n",', '"private_key": "***",'],
];

/** Lines that look like secrets to a careless pattern and must stay exactly as they are. */
const NEAR_MISSES = [
  'commit 3f786850e387550fdab836ed7e6dc881de23001b (HEAD -> main)',
  'run 123e4567-e89b-12d3-a456-426614174000 started',
  'pulled ml-base@sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'step 100: loss=0.2500 tokens_per_second=1234 lr=3e-4',
  'generate(max_tokens=512, temperature=0.7)',
  '"max_tokens": 512, "num_tokens": 2048',
  'KEY_COLUMNS=id',
  'TOKENIZERS_PARALLELISM=false',
  'tokenizer: {"pad_token": "<pad>", "eos_token": "</s>", "eos_token_id": 2, "cls_token": "[CLS]"}',
  'use_auth_token=True, token=None',
  'sample: data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'weights: /CkZ3mR+x1/hQ9sWqLpT0bV8yN4e2aJfKcU5oG7iD6nEtXzMrYl2BvAwSu+Oj3PdgIh7',
  'wandb: Appending key for api.wandb.ai to your netrc file: /root/.netrc',
  'the bearer of this checkpoint is rank 0',
  'AWS_REGION=us-east-1 AWS_DEFAULT_OUTPUT=json',
  'password prompt skipped (non-interactive)',
  'HF_TOKEN=$HF_TOKEN python train.py',
];

describe('redacting a training log', () => {
  it.each(SECRETS)('%s', (line, expected) => {
    expect(redact(line)).toBe(expected);
  });

  it.each(NEAR_MISSES)('keeps %s', (line) => {
    expect(redact(line)).toBe(line);
  });
});

describe('a PEM private key across lines of the log tail', () => {
  const key = ['-----BEGIN OPENSSH PRIVATE KEY-----', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 'QyNTUxOQAAACBGVzZIZXJlSXNBRmFrZUtleUZvclRlc3RzT25seQAAAJhd0bH5XdGx', '-----END OPENSSH PRIVATE KEY-----'];

  it('blanks every line from BEGIN to END and keeps the lines around it', () => {
    expect(redactLines(['epoch 1', `deploy key: ${key[0]}`, ...key.slice(1), 'epoch 2'], redact)).toEqual(['epoch 1', 'deploy key: ***', '***', '***', '***', 'epoch 2']);
  });

  it('blanks the key body when the tail begins inside the block (its BEGIN line was cut off)', () => {
    expect(redactLines([...key.slice(2), 'epoch 2'], redact)).toEqual(['***', '***', 'epoch 2']);
  });

  it('blanks to the end when the log ends inside the block', () => {
    expect(redactLines(['epoch 1', ...key.slice(0, 3)], redact)).toEqual(['epoch 1', '***', '***', '***']);
  });

  it('PGP and RSA blocks too, and the single-string redactor takes a multi-line value whole', () => {
    const rsa = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----';
    expect(redact(`key=${rsa} done`)).toBe('key=*** done');
    expect(redactLines(['-----BEGIN PGP PRIVATE KEY BLOCK-----', 'lQOYBF0Z', '-----END PGP PRIVATE KEY BLOCK-----', 'ok'], redact)).toEqual(['***', '***', '***', 'ok']);
  });
});
