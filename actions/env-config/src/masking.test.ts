import { userErrorLine } from '@mlship/core/testing';
import { compileMaskKeys, DEFAULT_MASK_KEYS, maskReason, secretsOf } from './masking';
import { loadRegexEngine } from '@mlship/core/user-regex';

// Before the module-level compiles below.
await loadRegexEngine();

const keys = compileMaskKeys(DEFAULT_MASK_KEYS);

describe('maskReason', () => {
  it.each(['db_password', 'API_KEY', 'slack_token', 'sentry_dsn', 'aws_secret_access_key', 'oauth_client', 'private_key_path', 'db_connection_string', 'gcp_credentials', 'apikey', 'ldap_passwd'])('masks the value of %s', (name) => {
    expect(maskReason(name, 'x', keys)).toEqual({ byKey: true, credential: undefined });
  });

  it.each(['model_batch_size', 'deployment_resources_gpu', 'monitoring_alert_threshold_latency', 'database_host'])('shows the value of %s', (name) => {
    expect(maskReason(name, 'plain-value', keys)).toBeUndefined();
  });

  it.each([
    ['postgres://ml:hunter2@db.internal:5432/features', 'URL with user:password@'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n', 'private key'],
    ['AKIAIOSFODNN7EXAMPLE', 'AWS access key id'],
    [`ghp_${'a1B2'.repeat(9)}`, 'GitHub token'],
    [`github_pat_11ABCDEFG0123456789_${'x'.repeat(40)}`, 'GitHub token'],
    ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'Slack webhook'],
    ['xoxb-123456789012-abcdefghijkl', 'Slack token'],
  ])('masks %j whatever its key (%s)', (value, kind) => {
    expect(maskReason('endpoint', value, keys)).toEqual({ byKey: false, credential: kind });
  });

  it('leaves credential-free URLs and empty values alone', () => {
    expect(maskReason('endpoint', 'https://api.example.com:8443/v1', keys)).toBeUndefined();
    expect(maskReason('db_password', '', keys)).toBeUndefined();
  });

  it('refuses a mask-keys that is not a regular expression', () => {
    expect(userErrorLine(() => compileMaskKeys('secret|(token'))).toMatch(/^input "mask-keys" "secret\|\(token" is not a valid regular expression: missing closing \) at .*\. Patterns use RE2 syntax/);
  });

  it('matches names case-insensitively, as before the engine changed', () => {
    expect(maskReason('DB_PASSWORD', 'x', compileMaskKeys('password'))).toEqual({ byKey: true, credential: undefined });
  });
});

describe('secretsOf', () => {
  it('registers a multi-line value whole and line by line, since the runner masks one line at a time', () => {
    expect(secretsOf('-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n')).toEqual([
      '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
      '-----BEGIN PRIVATE KEY-----',
      'MIIE',
      '-----END PRIVATE KEY-----',
    ]);
    expect(secretsOf('s3cret')).toEqual(['s3cret']);
  });
});
