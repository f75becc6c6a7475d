/**
 * Secrets in a training log, end to end: the committed training-diagnostics
 * bundle runs a command that prints credentials of every kind the redactor
 * knows (fake, format-correct: a Slack webhook, an AWS secret key, W&B and
 * Hugging Face keys, GitHub tokens, *_TOKEN/_SECRET/_KEY/_PASSWORD assignments,
 * a bearer header, a multi-line PEM private key) among lines that only look
 * like them, then fails with a traceback quoting a token. None of the secrets
 * may reach training_diagnostics.json, the log tail file or comment.md; every
 * near-miss must reach them intact.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle } from './harness';

const SECRETS = {
  slack: 'https://hooks.slack.com/services/T0A1B2C3D/B0E4F5G6H/AbCdEfGhIjKlMnOpQrStUvWx',
  aws: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  wandb: '0123456789abcdef0123456789abcdef01234567',
  hf: 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567',
  pat: 'github_pat_11ABCDEFG0AbCdEfGhIjKl_MnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz0123',
  ghs: 'ghs_16C7e42F292c6912E7710c838347Ae178B4a',
  token: 'tok-9f8e7d6c5b4a',
  secret: 's3cr3t value',
  password: 'correct horse battery staple',
  bearer: '0a1b2c3d4e5f6a7b',
  pemBody: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
};

const NEAR_MISSES = [
  'commit 3f786850e387550fdab836ed7e6dc881de23001b',
  'run 123e4567-e89b-12d3-a456-426614174000',
  'image sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'step 100: loss=0.2500 tokens_per_second=1234 max_tokens=512',
  'KEY_COLUMNS=id',
  'sample data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
];

const LOG = [
  `alerts -> ${SECRETS.slack}`,
  `aws_secret_access_key = ${SECRETS.aws}`,
  `+ wandb login --relogin ${SECRETS.wandb}`,
  `HUGGING_FACE_HUB_TOKEN=${SECRETS.hf}`,
  `token ${SECRETS.pat} and ${SECRETS.ghs}`,
  `MY_SERVICE_TOKEN=${SECRETS.token}`,
  `export DB_SECRET='${SECRETS.secret}'`,
  `config: {"password": "${SECRETS.password}", "epochs": 3}`,
  `> Authorization: Bearer ${SECRETS.bearer}`,
  'deploy key:',
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  SECRETS.pemBody,
  'QyNTUxOQAAACBGVzZIZXJlSXNBRmFrZUtleUZvclRlc3RzT25seQAAAJhd0bH5XdGx',
  '-----END OPENSSH PRIVATE KEY-----',
  ...NEAR_MISSES,
  'Traceback (most recent call last):',
  '  File "/home/runner/work/ml/ml/train.py", line 12, in <module>',
  '    login(token)',
  `PermissionError: token ${SECRETS.hf} was refused by ${SECRETS.slack}`,
];

it('no secret of the log reaches training_diagnostics.json, the log tail or comment.md; the look-alikes all do', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-td-secrets-'));
  const script = path.join(dir, 'train.mjs');
  fs.writeFileSync(script, `process.stdout.write(${JSON.stringify(LOG.join('\n') + '\n')}); process.exitCode = 1;\n`);
  const reportDir = path.join(dir, 'report');
  const r = await runBundle('training-diagnostics', { inputs: { command: `${process.execPath} ${script}`, 'report-path': reportDir, 'upload-artifact': 'false' }, timeoutMs: 60000 });
  expect(r.exitCode).toBe(1);
  const json = fs.readFileSync(path.join(reportDir, 'training_diagnostics.json'), 'utf8');
  const tail = fs.readFileSync(path.join(reportDir, 'training-log-tail.txt'), 'utf8');
  const comment = fs.readFileSync(path.join(reportDir, 'comment.md'), 'utf8');
  for (const [name, text] of Object.entries({ json, tail, comment })) {
    for (const secret of Object.values(SECRETS)) expect(`${name}: ${text.includes(secret) ? secret : 'clean'}`).toBe(`${name}: clean`);
  }
  for (const line of NEAR_MISSES) {
    expect(tail).toContain(line);
    expect(comment).toContain(line);
  }
  // The key's lines are blanked one for one, so the lines around it keep their place.
  expect(tail).toContain('deploy key:\n***\n***\n***\n***\ncommit 3f786850e387550fdab836ed7e6dc881de23001b\n');
  const d = JSON.parse(json);
  expect(d.error).toMatchObject({ type: 'PermissionError', message: 'token *** was refused by https://hooks.slack.com/services/***' });
  expect(comment).toContain('PermissionError: token *** was refused by https://hooks.slack.com/services/***');
});
