import { createRedactor, isSecretName, relevantEnv } from './redact';

describe('redaction', () => {
  const env = {
    PYTORCH_CUDA_ALLOC_CONF: 'expandable_segments:True',
    CUDA_VISIBLE_DEVICES: '0,1',
    NCCL_DEBUG: 'INFO',
    NCCL_SOCKET_IFNAME: 'eth0',
    WANDB_API_KEY: 'a3f9c2e8b1d7a3f9c2e8b1d7a3f9c2e8b1d7a3f9',
    HF_TOKEN: 'hf_abcdefghijklmnopqrstuvwxyzABCDEF1234',
    MLFLOW_TRACKING_URI: 'https://ci:s3cr3t-pass@mlflow.example.com',
    TOKENIZERS_PARALLELISM: 'false',
    RANK: '0',
    HOME: '/root',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    OLDPWD: '/work/main',
    GOOGLE_APPLICATION_CREDENTIALS: '/home/runner/gcp-key.json',
    TF_CLI_CONFIG_FILE: '/root/.terraformrc',
  };
  const redact = createRedactor(env);

  it('keeps the variables that matter for training, secret-looking ones as ***', () => {
    expect(relevantEnv(env, redact)).toEqual({
      CUDA_VISIBLE_DEVICES: '0,1',
      HF_TOKEN: '***',
      MLFLOW_TRACKING_URI: 'https://ci:***@mlflow.example.com',
      NCCL_DEBUG: 'INFO',
      NCCL_SOCKET_IFNAME: 'eth0',
      PYTORCH_CUDA_ALLOC_CONF: 'expandable_segments:True',
      RANK: '0',
      TOKENIZERS_PARALLELISM: 'false',
      WANDB_API_KEY: '***',
    });
  });

  it('names: tokens, keys, passwords are secret; TOKENIZERS_PARALLELISM and PWD are not', () => {
    for (const n of ['GITHUB_TOKEN', 'WANDB_API_KEY', 'DB_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'SENTRY_DSN', 'PRIVATE_KEY']) expect(isSecretName(n)).toBe(true);
    for (const n of ['TOKENIZERS_PARALLELISM', 'PWD', 'CUDA_VISIBLE_DEVICES', 'NCCL_DEBUG']) expect(isSecretName(n)).toBe(false);
  });

  it('scrubs secrets from log text: env values, token shapes, URL passwords, assignments, bearer headers', () => {
    const log = [
      'wandb: key a3f9c2e8b1d7a3f9c2e8b1d7a3f9c2e8b1d7a3f9 accepted',
      'using ghp_0123456789abcdefghijABCDEFGHIJ0123456789 for the checkout',
      'aws: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'remote: s3://user:hunter22@bucket/data',
      'config: password=hunter22 api_key: "abcd1234efgh"',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      'loss 0.25 at step 1000 with RANK=0',
      'reading /work/main/data/train.csv and /home/runner/gcp-key.json',
    ].join('\n');
    const out = redact(log);
    for (const secret of ['a3f9c2e8', 'ghp_', 'AKIA', 'wJalrXUt', 'hunter22', 'abcd1234efgh', 'eyJhbGci']) expect(out).not.toContain(secret);
    expect(out).toContain('s3://user:***@bucket/data');
    expect(out).toContain('loss 0.25 at step 1000 with RANK=0');
    // Paths are not secrets, even in a variable named like one (OLDPWD, *_CREDENTIALS pointing at a file).
    expect(out).toContain('reading /work/main/data/train.csv and /home/runner/gcp-key.json');
  });
});
