import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openDataset } from './index';
import { checkRemote, downloadRemote, parseRemote, RemoteMissing, showRemote, withLocalCopy, type RemoteLocation } from './remote';
import { startS3Double, type S3Double } from './testing/s3-double';

const KEY = { accessKeyId: 'AKIAMLSHIPTEST000001', secretAccessKey: 'mlship/test/secret+key/0123456789abcdefgh' };
const where = 'input "data"';
const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => JSON.stringify({ request_id: from + i, prediction: (from + i) % 2 })).join('\n') + '\n';
const objects: Record<string, string> = {
  'live/2026-12-06.jsonl': rows(3),
  // Six objects and a folder marker under one prefix: with two keys a page the listing takes four pages.
  ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`shadow/part=${i}/p.jsonl`, rows(2, 10 * i)])),
  'shadow/': '',
  'other/nested/deep/p.jsonl': rows(1, 99),
  'secret/live.jsonl': rows(1),
  'odd/../escape.jsonl': rows(1),
};

let s3: S3Double;
const env = { ...process.env };
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-remote-test-'));
beforeAll(async () => {
  s3 = await startS3Double({ ...KEY, buckets: { 'ml-logs': objects, 'empty-bucket': {} }, maxKeys: 2, denied: ['ml-logs/secret/live.jsonl'] });
});
beforeEach(() => {
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: KEY.accessKeyId,
    AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey,
    AWS_ENDPOINT_URL_S3: s3.url,
    AWS_REGION: 'us-east-1',
    RUNNER_TEMP: temp,
    // No developer's ~/.aws and no instance metadata service may answer for the missing credentials.
    AWS_SHARED_CREDENTIALS_FILE: path.join(temp, 'no-credentials'),
    AWS_CONFIG_FILE: path.join(temp, 'no-config'),
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_ENDPOINT_URL;
});
afterAll(async () => {
  process.env = env;
  await s3.close();
  fs.rmSync(temp, { recursive: true, force: true });
});

const s3loc = (url: string) => parseRemote(url, where) as RemoteLocation;
const lineOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    return (e as { line: string }).line;
  }
  throw new Error('expected a rejection');
};
/** Every file under dir, relative, with its contents. */
const tree = (dir: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [path.relative(dir, path.join(d.parentPath, d.name)), fs.readFileSync(path.join(d.parentPath, d.name), 'utf8')]),
  );

describe('locations', () => {
  it('reads s3 keys, prefixes and http(s) URLs; local paths are not remote', () => {
    expect(parseRemote('s3://ml-logs/live/a.jsonl', where)).toEqual({ scheme: 's3', url: 's3://ml-logs/live/a.jsonl', bucket: 'ml-logs', key: 'live/a.jsonl', directory: false });
    expect(parseRemote(' s3://ml-logs/live/ ', where)).toMatchObject({ key: 'live/', directory: true });
    expect(parseRemote('s3://ml-logs', where)).toMatchObject({ key: '', directory: true });
    expect(parseRemote('https://example.com/a.jsonl?X-Amz-Signature=abc', where)).toEqual({ scheme: 'http', url: 'https://example.com/a.jsonl?X-Amz-Signature=abc' });
    expect(parseRemote('logs/live/*.jsonl', where)).toBeUndefined();
  });

  it('refuses gs:// with the S3-compatible and signed-URL ways, and any other scheme', () => {
    expect(() => parseRemote('gs://ml-logs/live.jsonl', where)).toThrow(expect.objectContaining({ line: expect.stringMatching(/^input "data": "gs:\/\/ml-logs\/live\.jsonl": gs:\/\/ locations cannot be read\. Google Cloud Storage is read through its S3-compatible XML API: s3:\/\/bucket\/key with AWS_ENDPOINT_URL_S3=https:\/\/storage\.googleapis\.com and an HMAC key/) }));
    expect(() => parseRemote('ftp://host/a.csv', where)).toThrow(expect.objectContaining({ line: expect.stringMatching(/^input "data": "ftp:\/\/host\/a\.csv": ftp:\/\/ locations cannot be read\. Object storage is read from s3:\/\/ URLs/) }));
    expect(() => parseRemote('s3://ML_Logs/a.jsonl', where)).toThrow(expect.objectContaining({ line: expect.stringMatching(/does not name a valid bucket \("ML_Logs"\)/) }));
  });

  it('never shows a presigned URL’s signature or a password', () => {
    expect(showRemote('https://b.s3.amazonaws.com/a.jsonl?X-Amz-Credential=AKIA%2Fx&X-Amz-Signature=abc')).toBe('https://b.s3.amazonaws.com/a.jsonl?…');
    expect(showRemote('https://user:pw@host/a.jsonl')).toBe('https://***@host/a.jsonl');
  });
});

describe('s3:// through the SDK, against the S3 double', () => {
  it('downloads one object under RUNNER_TEMP and removes it afterwards', async () => {
    const copy = await downloadRemote(s3loc('s3://ml-logs/live/2026-12-06.jsonl'), { where });
    expect(copy.path).toBe(path.join(path.dirname(copy.path), '2026-12-06.jsonl'));
    expect(copy.path.startsWith(temp + path.sep)).toBe(true);
    expect(fs.readFileSync(copy.path, 'utf8')).toBe(objects['live/2026-12-06.jsonl']);
    expect({ objects: copy.objects, bytes: copy.bytes }).toEqual({ objects: 1, bytes: Buffer.byteLength(objects['live/2026-12-06.jsonl']!) });
    await copy.cleanup();
    expect(fs.existsSync(path.dirname(copy.path))).toBe(false);
  });

  it('downloads every object under a prefix, page by page, as a directory (folder markers are not files)', async () => {
    const before = s3.requests.length;
    await withLocalCopy('s3://ml-logs/shadow/', { where }, async (local, shown) => {
      expect(shown).toBe('s3://ml-logs/shadow/');
      const want = Object.fromEntries(Object.entries(objects).filter(([k]) => k.startsWith('shadow/') && k !== 'shadow/').map(([k, v]) => [k.slice('shadow/'.length), v]));
      expect(tree(local)).toEqual(want);
      // The copy is an ordinary directory to the readers: hive keys in the object names become a column.
      const dataset = await openDataset(local, { cwd: temp, role: 'data' });
      expect(dataset.schema.fields.map((f) => f.name)).toEqual(['request_id', 'prediction', 'part']);
    });
    const lists = s3.requests.slice(before).filter((r) => r.target.includes('list-type=2'));
    expect(lists).toHaveLength(4);
    expect(lists.slice(1).every((r) => r.target.includes('continuation-token='))).toBe(true);
  });

  it('takes a key that is no object as a prefix (s3://bucket/dir without the slash)', async () => {
    await withLocalCopy('s3://ml-logs/other/nested', { where }, async (local) => expect(tree(local)).toEqual({ 'deep/p.jsonl': objects['other/nested/deep/p.jsonl'] }));
  });

  it('logs progress by bytes for a large download', async () => {
    const lines: string[] = [];
    await withLocalCopy('s3://ml-logs/shadow/', { where, log: (l) => lines.push(l), largeBytes: 10 }, async () => {});
    expect(lines[0]).toMatch(/^Downloading s3:\/\/ml-logs\/shadow\/: 6 object\(s\), \d+ bytes\.$/);
    expect(lines.slice(1).map((l) => l.replace(/ — .*/, ''))).toEqual(['Downloading s3://ml-logs/shadow/: 25%', 'Downloading s3://ml-logs/shadow/: 50%', 'Downloading s3://ml-logs/shadow/: 75%']);
  });

  it('a missing key and an empty prefix are RemoteMissing (the caller decides); nothing is left on disk', async () => {
    const missing = downloadRemote(s3loc('s3://ml-logs/live/never.jsonl'), { where });
    await expect(missing).rejects.toBeInstanceOf(RemoteMissing);
    expect(await lineOf(downloadRemote(s3loc('s3://ml-logs/live/never.jsonl'), { where }))).toBe('input "data": s3://ml-logs/live/never.jsonl does not exist (NoSuchKey, and no objects under s3://ml-logs/live/never.jsonl/)');
    await expect(checkRemote(s3loc('s3://empty-bucket/logs/'), { where })).rejects.toMatchObject({ line: 'input "data": s3://empty-bucket/logs/ holds no objects' });
    expect(fs.readdirSync(temp).filter((f) => f.startsWith('mlship-remote-'))).toEqual([]);
  });

  it.each([
    ['a missing bucket', 's3://no-such-bucket/a.jsonl', {}, /^input "data": bucket "no-such-bucket" does not exist on http:\/\/127\.0\.0\.1:\d+ \(NoSuchBucket, s3:\/\/no-such-bucket\/a\.jsonl\)\. Check the bucket name/],
    ['access denied', 's3://ml-logs/secret/live.jsonl', {}, /^input "data": access denied to s3:\/\/ml-logs\/secret\/live\.jsonl on http:\/\/127\.0\.0\.1:\d+ \(AccessDenied, 403\)\. The credentials need s3:GetObject/],
    ['a wrong secret key', 's3://ml-logs/live/2026-12-06.jsonl', { AWS_SECRET_ACCESS_KEY: 'not-the-secret' }, /^input "data": the store refused the request signature for s3:\/\/ml-logs\/live\/2026-12-06\.jsonl on http:\/\/127\.0\.0\.1:\d+ \(SignatureDoesNotMatch\): the secret key does not belong to the access key id\. Check AWS_SECRET_ACCESS_KEY/],
    ['an unknown access key id', 's3://ml-logs/live/2026-12-06.jsonl', { AWS_ACCESS_KEY_ID: 'AKIAUNKNOWN000000000' }, /^input "data": the access key id is unknown to http:\/\/127\.0\.0\.1:\d+ \(InvalidAccessKeyId\)/],
    ['no credentials', 's3://ml-logs/live/2026-12-06.jsonl', { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }, /^input "data": no AWS credentials to read s3:\/\/ml-logs\/live\/2026-12-06\.jsonl\. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/],
    ['an endpoint that is not a URL', 's3://ml-logs/live/2026-12-06.jsonl', { AWS_ENDPOINT_URL_S3: 'minio:9000' }, /^input "data": AWS_ENDPOINT_URL_S3 "minio:9000" is not an http\(s\) URL\./],
    ['an endpoint nobody listens on', 's3://ml-logs/live/2026-12-06.jsonl', { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:1' }, /^input "data": cannot reach http:\/\/127\.0\.0\.1:1 to read s3:\/\/ml-logs\/live\/2026-12-06\.jsonl \(ECONNREFUSED\)\./],
  ])('%s: one line naming the URL and the fix, never the secret', async (_name, url, overrides, message) => {
    for (const [k, v] of Object.entries(overrides)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    for (const run of [() => checkRemote(s3loc(url), { where }), () => downloadRemote(s3loc(url), { where })]) {
      const line = await lineOf(run());
      expect(line).toMatch(message);
      expect(line).not.toContain(KEY.secretAccessKey);
      expect(line).not.toContain('\n');
    }
  });

  it('refuses an object key that would leave the download directory', async () => {
    expect(await lineOf(downloadRemote(s3loc('s3://ml-logs/odd/'), { where }))).toMatch(/^input "data": object "\.\.\/escape\.jsonl" under s3:\/\/ml-logs\/odd\/ cannot be saved as a file/);
    expect(fs.existsSync(path.join(temp, 'escape.jsonl'))).toBe(false);
  });
});

describe('http(s):// URLs (a presigned URL from the S3 double)', () => {
  it('downloads a presigned object; the check fetches one byte with a Range', async () => {
    const url = s3.presign('ml-logs', 'live/2026-12-06.jsonl');
    const before = s3.requests.length;
    await checkRemote(s3loc(url), { where });
    expect(s3.requests[before]).toMatchObject({ method: 'GET', status: 206 });
    await withLocalCopy(url, { where }, async (local, shown) => {
      expect(path.basename(local)).toBe('2026-12-06.jsonl');
      expect(fs.readFileSync(local, 'utf8')).toBe(objects['live/2026-12-06.jsonl']);
      expect(shown).toBe(`${s3.url}/ml-logs/live/2026-12-06.jsonl?…`);
    });
  });

  it.each([
    ['expired', () => s3.presign('ml-logs', 'live/2026-12-06.jsonl', { expiresSeconds: 60, now: new Date(Date.now() - 3_600_000) }), /access denied to http:\/\/127\.0\.0\.1:\d+\/ml-logs\/live\/2026-12-06\.jsonl\?… \(HTTP 403, AccessDenied\)\. A presigned or signed URL may have expired/],
    ['signed with another secret', () => s3.presign('ml-logs', 'live/2026-12-06.jsonl', { secretAccessKey: 'other' }), /access denied to .*\(HTTP 403, SignatureDoesNotMatch\)/],
  ])('a URL %s is one line without its signature', async (_name, url, message) => {
    const u = url();
    const line = await lineOf(downloadRemote(s3loc(u), { where }));
    expect(line).toMatch(message);
    expect(line).not.toContain('X-Amz-Signature');
  });

  it('a 404 is RemoteMissing; a URL ending in "/" names no file', async () => {
    await expect(downloadRemote(s3loc(s3.presign('ml-logs', 'live/never.jsonl')), { where })).rejects.toBeInstanceOf(RemoteMissing);
    expect(await lineOf(downloadRemote(s3loc('https://example.com/logs/'), { where }))).toMatch(/^input "data": https:\/\/example\.com\/logs\/ names no file/);
  });

  it('asks for the bytes as stored (no transparent gunzip of a .gz log)', async () => {
    const seen: (string | undefined)[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers['accept-encoding']);
      res.end('{"a":1}\n');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as { port: number };
      await withLocalCopy(`http://127.0.0.1:${port}/x/a.jsonl`, { where }, async (local) => expect(fs.readFileSync(local, 'utf8')).toBe('{"a":1}\n'));
      expect(seen).toEqual(['identity']);
    } finally {
      server.close();
    }
  });
});
