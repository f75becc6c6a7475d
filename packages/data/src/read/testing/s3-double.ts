/**
 * An S3 stand-in on 127.0.0.1 for tests. No real S3 (nor MinIO) can run in
 * this workplace, so this double keeps to the parts of the S3 REST contract
 * the remote reader relies on, as documented by AWS:
 *
 * - path-style addressing only (`/bucket/key`), as S3-compatible endpoints are used;
 * - every request must carry a valid AWS Signature Version 4, in the
 *   Authorization header or in a presigned URL's query; it is recomputed here
 *   from the test's secret key, so a request signed with the wrong secret fails
 *   with SignatureDoesNotMatch exactly as on S3 (an unknown key id with
 *   InvalidAccessKeyId, an unsigned request with AccessDenied);
 * - GetObject (with a single `Range: bytes=a-b`), HeadObject (no body on errors,
 *   as S3 sends none) and ListObjectsV2 (prefix, max-keys capped by the double so
 *   tests can force paging, opaque continuation tokens);
 * - S3's XML error bodies: NoSuchBucket, NoSuchKey, AccessDenied and the rest.
 *
 * Anything outside that (a delimiter, another sub-resource, a write) is answered
 * NotImplemented so a test never passes against behaviour the double does not have.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface S3DoubleOptions {
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
  /** bucket → key → object bytes. */
  buckets: Record<string, Record<string, string | Buffer>>;
  /** The most keys one ListObjectsV2 page holds, whatever max-keys asks (S3's own cap is 1000). */
  maxKeys?: number;
  /** Keys (`bucket/key`) or buckets (`bucket`) this access key may not read: answered AccessDenied. */
  denied?: string[];
  /** The double's clock (S3 refuses requests signed more than 15 minutes away from it, and expired presigned URLs). */
  now?: () => Date;
}

export interface S3Double {
  /** The endpoint, e.g. http://127.0.0.1:41234, for AWS_ENDPOINT_URL_S3. */
  url: string;
  /** Every request as `METHOD path?query`, with its outcome's status. */
  requests: { method: string; target: string; status: number }[];
  /** A presigned GET URL for an object, as `getSignedUrl` makes it. */
  presign(bucket: string, key: string, options?: { expiresSeconds?: number; secretAccessKey?: string; now?: Date }): string;
  close(): Promise<void>;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding, as SigV4 canonicalises query keys and values. */
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An object key path-encoded the way the SDK sends it: each segment encoded, slashes kept. */
const encodeKey = (key: string) => key.split('/').map(rfc3986).join('/');

function signingKey(secret: string, date: string, region: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), 's3'), 'aws4_request');
}

/** The raw query pairs, decoded (`+` stays a plus, as S3 reads it). */
function queryPairs(raw: string): [string, string][] {
  if (raw === '') return [];
  return raw.split('&').map((p) => {
    const i = p.indexOf('=');
    return (i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)]).map((s) => decodeURIComponent(s)) as [string, string];
  });
}

function canonicalQuery(pairs: [string, string][]): string {
  return pairs
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

const canonicalHeaderValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : (v ?? '')).trim().replace(/\s+/g, ' ');

class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
  }
}

interface Signed {
  accessKeyId: string;
  date: string;
  amzDate: string;
  region: string;
  signedHeaders: string[];
  signature: string;
  payloadHash: string;
  /** Query pairs that are part of the canonical request (a presigned URL's signature is not). */
  query: [string, string][];
}

function readSignature(req: http.IncomingMessage, query: [string, string][], now: number): Signed {
  const fromQuery = new Map(query);
  if (fromQuery.has('X-Amz-Algorithm')) {
    if (fromQuery.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') throw new S3Error(400, 'AuthorizationQueryParametersError', 'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
    const [accessKeyId = '', date = '', region = '', service, terminal] = (fromQuery.get('X-Amz-Credential') ?? '').split('/');
    if (service !== 's3' || terminal !== 'aws4_request') throw new S3Error(400, 'AuthorizationQueryParametersError', 'Error parsing the X-Amz-Credential parameter');
    const amzDate = fromQuery.get('X-Amz-Date') ?? '';
    const expires = Number(fromQuery.get('X-Amz-Expires'));
    const signedAt = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (!Number.isFinite(signedAt) || !(expires >= 1 && expires <= 604800)) throw new S3Error(400, 'AuthorizationQueryParametersError', 'X-Amz-Date or X-Amz-Expires is malformed');
    if (now > signedAt + expires * 1000) throw new S3Error(403, 'AccessDenied', 'Request has expired', { Expires: new Date(signedAt + expires * 1000).toISOString() });
    return {
      accessKeyId,
      date,
      amzDate,
      region,
      signedHeaders: (fromQuery.get('X-Amz-SignedHeaders') ?? '').split(';'),
      signature: fromQuery.get('X-Amz-Signature') ?? '',
      payloadHash: 'UNSIGNED-PAYLOAD',
      query: query.filter(([k]) => k !== 'X-Amz-Signature'),
    };
  }
  const auth = req.headers.authorization;
  if (!auth) throw new S3Error(403, 'AccessDenied', 'Access Denied');
  const m = /^AWS4-HMAC-SHA256 Credential=([^,]+),\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) throw new S3Error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed');
  const [accessKeyId = '', date = '', region = '', service, terminal] = m[1]!.split('/');
  if (service !== 's3' || terminal !== 'aws4_request') throw new S3Error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed; the credential scope is not s3/aws4_request');
  const amzDate = canonicalHeaderValue(req.headers['x-amz-date']);
  if (!amzDate.startsWith(date)) throw new S3Error(403, 'AccessDenied', 'X-Amz-Date is missing or does not match the credential scope');
  const signedAt = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  if (!(Math.abs(now - signedAt) <= 15 * 60 * 1000)) throw new S3Error(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', { RequestTime: amzDate, ServerTime: new Date(now).toISOString() });
  const payloadHash = canonicalHeaderValue(req.headers['x-amz-content-sha256']);
  if (!payloadHash) throw new S3Error(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256');
  return { accessKeyId, date, amzDate, region, signedHeaders: m[2]!.split(';'), signature: m[3]!, payloadHash, query };
}

/** Recomputes the request's SigV4 signature with the secret key; S3's checks, in S3's order. */
function verify(req: http.IncomingMessage, rawPath: string, query: [string, string][], body: Buffer, o: Required<Pick<S3DoubleOptions, 'accessKeyId' | 'secretAccessKey' | 'region' | 'now'>>): void {
  const s = readSignature(req, query, o.now().getTime());
  if (s.accessKeyId !== o.accessKeyId) throw new S3Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', { AWSAccessKeyId: s.accessKeyId });
  if (s.region !== o.region) throw new S3Error(400, 'AuthorizationHeaderMalformed', `the region '${s.region}' is wrong; expecting '${o.region}'`, { Region: o.region });
  if (!s.signedHeaders.includes('host')) throw new S3Error(400, 'AuthorizationHeaderMalformed', 'the host header must be signed');
  if (s.payloadHash !== 'UNSIGNED-PAYLOAD' && s.payloadHash !== sha256(body)) throw new S3Error(400, 'XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.');
  const canonical = [
    req.method,
    // S3 signs the path as sent: the SDK encodes each key segment once and S3 does not normalise it.
    rawPath,
    canonicalQuery(s.query),
    s.signedHeaders.map((h) => `${h}:${canonicalHeaderValue(req.headers[h])}\n`).join(''),
    s.signedHeaders.join(';'),
    s.payloadHash,
  ].join('\n');
  const toSign = ['AWS4-HMAC-SHA256', s.amzDate, `${s.date}/${s.region}/s3/aws4_request`, sha256(canonical)].join('\n');
  const expected = createHmac('sha256', signingKey(o.secretAccessKey, s.date, s.region)).update(toSign).digest('hex');
  if (expected !== s.signature) {
    throw new S3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', { AWSAccessKeyId: s.accessKeyId, StringToSign: toSign });
  }
}

const etag = (body: Buffer) => `"${createHash('md5').update(body).digest('hex')}"`;

export async function startS3Double(options: S3DoubleOptions): Promise<S3Double> {
  const o = { region: 'us-east-1', now: () => new Date(), ...options };
  const created = new Date('2026-12-01T00:00:00.000Z');
  const buckets = new Map(Object.entries(o.buckets).map(([b, objects]) => [b, new Map(Object.entries(objects).map(([k, v]) => [k, Buffer.from(v)]))]));
  const denied = new Set(o.denied ?? []);
  const requests: S3Double['requests'] = [];

  function respondError(res: http.ServerResponse, method: string, e: S3Error) {
    res.statusCode = e.status;
    res.setHeader('x-amz-request-id', randomUUID());
    // HEAD answers carry no body on S3; the client sees only the status.
    if (method === 'HEAD') return res.end();
    res.setHeader('content-type', 'application/xml');
    const extra = Object.entries(e.extra).map(([k, v]) => `<${k}>${xml(v)}</${k}>`).join('');
    res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${e.code}</Code><Message>${xml(e.message)}</Message>${extra}<RequestId>${randomUUID()}</RequestId></Error>`);
  }

  function listObjects(res: http.ServerResponse, bucket: string, objects: Map<string, Buffer>, q: Map<string, string>) {
    if (q.has('delimiter')) throw new S3Error(501, 'NotImplemented', 'the double does not implement delimiter');
    const prefix = q.get('prefix') ?? '';
    const asked = q.has('max-keys') ? Number(q.get('max-keys')) : 1000;
    if (!Number.isInteger(asked) || asked < 0) throw new S3Error(400, 'InvalidArgument', 'Provided max-keys not an integer or within integer range');
    const max = Math.min(asked, o.maxKeys ?? 1000);
    const token = q.get('continuation-token');
    let after = q.get('start-after') ?? '';
    if (token !== undefined) {
      const decoded = Buffer.from(token, 'base64url').toString('utf8');
      if (!decoded.startsWith('after:')) throw new S3Error(400, 'InvalidArgument', 'The continuation token provided is incorrect');
      after = decoded.slice('after:'.length);
    }
    // S3 lists keys in UTF-8 binary order.
    const keys = [...objects.keys()].filter((k) => k.startsWith(prefix) && Buffer.compare(Buffer.from(k), Buffer.from(after)) > 0).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const page = keys.slice(0, max);
    const truncated = keys.length > page.length;
    const contents = page
      .map((k) => `<Contents><Key>${xml(k)}</Key><LastModified>${created.toISOString()}</LastModified><ETag>${xml(etag(objects.get(k)!))}</ETag><Size>${objects.get(k)!.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`)
      .join('');
    const next = truncated ? `<NextContinuationToken>${Buffer.from(`after:${page[page.length - 1]}`).toString('base64url')}</NextContinuationToken>` : '';
    res.setHeader('content-type', 'application/xml');
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${xml(bucket)}</Name><Prefix>${xml(prefix)}</Prefix>${token !== undefined ? `<ContinuationToken>${xml(token)}</ContinuationToken>` : ''}<KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${next}${contents}</ListBucketResult>`,
    );
  }

  function getObject(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) {
    res.setHeader('etag', etag(body));
    res.setHeader('last-modified', created.toUTCString());
    res.setHeader('accept-ranges', 'bytes');
    res.setHeader('content-type', 'application/octet-stream');
    const range = req.headers.range;
    if (range !== undefined) {
      const m = /^bytes=(\d*)-(\d*)$/.exec(range);
      if (!m || (m[1] === '' && m[2] === '')) throw new S3Error(501, 'NotImplemented', `the double implements one "bytes=a-b" range, not ${range}`);
      const start = m[1] === '' ? Math.max(0, body.length - Number(m[2])) : Number(m[1]);
      const end = m[1] === '' || m[2] === '' ? body.length - 1 : Math.min(Number(m[2]), body.length - 1);
      if (start >= body.length || start > end) throw new S3Error(416, 'InvalidRange', 'The requested range is not satisfiable', { RangeRequested: range, ActualObjectSize: String(body.length) });
      res.statusCode = 206;
      res.setHeader('content-range', `bytes ${start}-${end}/${body.length}`);
      res.setHeader('content-length', end - start + 1);
      return res.end(req.method === 'HEAD' ? undefined : body.subarray(start, end + 1));
    }
    res.setHeader('content-length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = req.url ?? '/';
      const method = req.method ?? 'GET';
      const [rawPath = '/', rawQuery = ''] = target.split(/\?(.*)/s, 2);
      try {
        let query: [string, string][];
        try {
          query = queryPairs(rawQuery);
        } catch {
          throw new S3Error(400, 'InvalidArgument', 'The query string is not valid percent-encoding');
        }
        verify(req, rawPath, query, Buffer.concat(chunks), o);
        const q = new Map(query.filter(([k]) => !k.startsWith('X-Amz-')));
        // The SDK names its operation in an `x-id` parameter; S3 ignores it.
        q.delete('x-id');
        const [, bucket = '', ...rest] = rawPath.split('/');
        const key = rest.map((s) => decodeURIComponent(s)).join('/');
        if (bucket === '') throw new S3Error(501, 'NotImplemented', 'the double does not implement ListBuckets');
        const objects = buckets.get(bucket);
        if (!objects) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
        if (denied.has(bucket)) throw new S3Error(403, 'AccessDenied', 'Access Denied');
        if (key === '') {
          if (method !== 'GET' || q.get('list-type') !== '2') throw new S3Error(501, 'NotImplemented', `the double implements only ListObjectsV2 on a bucket, not ${method} ${target}`);
          q.delete('list-type');
          for (const k of q.keys()) if (!['prefix', 'max-keys', 'continuation-token', 'start-after', 'encoding-type', 'fetch-owner'].includes(k)) throw new S3Error(501, 'NotImplemented', `the double does not implement ${k}`);
          return listObjects(res, bucket, objects, q);
        }
        if (method !== 'GET' && method !== 'HEAD') throw new S3Error(501, 'NotImplemented', `the double does not implement ${method} on an object`);
        if (q.size > 0) throw new S3Error(501, 'NotImplemented', `the double does not implement ${[...q.keys()].join(', ')} on an object`);
        if (denied.has(`${bucket}/${key}`)) throw new S3Error(403, 'AccessDenied', 'Access Denied');
        const body = objects.get(key);
        if (!body) throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
        getObject(req, res, body);
      } catch (e) {
        if (!(e instanceof S3Error)) throw e;
        respondError(res, method, e);
      } finally {
        requests.push({ method, target, status: res.statusCode });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    presign(bucket, key, p = {}) {
      const now = p.now ?? new Date();
      const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
      const date = amzDate.slice(0, 8);
      const path = `/${bucket}/${encodeKey(key)}`;
      const query: [string, string][] = [
        ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
        ['X-Amz-Credential', `${o.accessKeyId}/${date}/${o.region}/s3/aws4_request`],
        ['X-Amz-Date', amzDate],
        ['X-Amz-Expires', String(p.expiresSeconds ?? 900)],
        ['X-Amz-SignedHeaders', 'host'],
      ];
      const host = new URL(url).host;
      const canonical = ['GET', path, canonicalQuery(query), `host:${host}\n`, 'host', 'UNSIGNED-PAYLOAD'].join('\n');
      const toSign = ['AWS4-HMAC-SHA256', amzDate, `${date}/${o.region}/s3/aws4_request`, sha256(canonical)].join('\n');
      const signature = createHmac('sha256', signingKey(p.secretAccessKey ?? o.secretAccessKey, date, o.region)).update(toSign).digest('hex');
      return `${url}${path}?${canonicalQuery(query)}&X-Amz-Signature=${signature}`;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
