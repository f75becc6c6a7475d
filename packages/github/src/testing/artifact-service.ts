/**
 * A contract double of the GitHub Actions results service (artifact upload)
 * and of the Azure Blob Storage endpoint it hands out, for tests: a real HTTP
 * server on 127.0.0.1, because neither service can run here. It implements
 * what @actions/artifact 6.2 (with @azure/storage-blob 12.32) does to upload
 * one artifact, and nothing more. Sources followed:
 *
 * - @actions/artifact lib/internal/upload/upload-artifact.js (CreateArtifact →
 *   blob upload → FinalizeArtifact), shared/artifact-twirp-client.js (POST
 *   `<origin of ACTIONS_RESULTS_URL>/twirp/<service>/<method>`, `Authorization:
 *   Bearer <ACTIONS_RUNTIME_TOKEN>`, JSON body; a 2xx body is JSON, a non-2xx
 *   JSON body's `msg` is quoted in the error; 500/502/503/504/429 are retried
 *   5 times from 3 s, anything else fails at once), shared/util.js
 *   (getBackendIdsFromToken: the token is a JWT whose `scp` claim holds
 *   `Actions.Results:<workflow run backend id>:<job run backend id>`),
 *   generated/results/api/v1/artifact.js (message fields; sent with
 *   `useProtoFieldName`, so snake_case; google.protobuf wrappers and
 *   Timestamp use their proto3 JSON forms, int64 is a string).
 * - Twirp wire protocol v7 (twitchtv/twirp docs/spec_v7.md): POST only, errors
 *   are `{"code","msg","meta"}` with the spec's code → HTTP status table,
 *   an unknown method is `bad_route` 404.
 * - @azure/storage-blob dist/esm/Clients.js BlockBlobClient.uploadStream: it
 *   always stages blocks (`PUT ?comp=block&blockid=<base64>`, one per 8 MB
 *   buffer of the zip, several in flight, so out of order) and then commits
 *   them (`PUT ?comp=blocklist`, XML `<BlockList><Latest>id</Latest>…`,
 *   `x-ms-blob-content-type`); generated/src/operations/blockBlob.js: both
 *   succeed only with 201, anything else is parsed as a StorageError XML body
 *   (`<Error><Code/><Message/></Error>`); @azure/storage-common
 *   StorageRetryPolicyV2: 500 and 503 are retried (4 tries, 0/4/12 s apart).
 *   Response headers are those of the Put Block / Put Block List REST pages
 *   (x-ms-request-id, x-ms-version, Date, ETag and Last-Modified on commit);
 *   the SDK reads none of them on this path, so x-ms-content-crc64 is left out
 *   rather than computed wrongly. Uploads are authorised by the SAS `sig` this
 *   double put in the signed URL, as Azure authorises a SAS.
 *
 * The URL is IP-style (`/<account>/<container>/<blob>`, as Azurite serves),
 * the form the SDK expects for a numeric host. GITHUB_SERVER_URL must stay
 * github.com for the client: it refuses any other host as GHES.
 *
 * Error bodies follow the two formats above; the `msg` texts are the
 * double's own (the client only quotes them), except the 409 for a name
 * already used in the run, which is the service's text as runner logs show it.
 *
 * Recorded: every request, and per artifact its CreateArtifact fields, the
 * committed blob (the zip) with its content type, and FinalizeArtifact's
 * size and hash. Faults: the next N requests to a route answer a status.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';

/** Routes faults can target: the two Twirp methods and the two blob operations. */
export type ArtifactRoute = 'CreateArtifact' | 'FinalizeArtifact' | 'PutBlock' | 'PutBlockList';

export interface RecordedArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  version: number;
  mimeType?: string;
  /** RFC 3339, present when the client asked for a retention period. */
  expiresAt?: string;
  /** The committed blob: the zip the client built. */
  blob?: Buffer;
  blobContentType?: string;
  /** What FinalizeArtifact reported; `hash` is `sha256:<hex>`. */
  finalized?: { size: number; hash?: string };
}

export interface ArtifactServiceRequest {
  method: string;
  path: string;
  route: ArtifactRoute | 'other';
  status: number;
}

export interface RuntimeTokenClaims {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** Seconds from now until `exp`; default one hour. */
  expiresIn?: number;
}

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/**
 * An ACTIONS_RUNTIME_TOKEN the artifact client accepts: an HS256 JWT whose
 * `scp` carries the Actions.Results scope in the form util.js documents
 * ("Actions.ExampleScope Actions.Results:<run>:<job>"). The client only
 * decodes it; the double verifies the signature with `key`.
 */
export function runtimeToken(claims: RuntimeTokenClaims, key: Buffer | string = 'mlship-artifact-double'): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const payload = b64url(
    JSON.stringify({
      scp: `Actions.ExampleScope Actions.Results:${claims.workflowRunBackendId}:${claims.workflowJobRunBackendId}`,
      iat: now,
      nbf: now,
      exp: now + (claims.expiresIn ?? 3600),
    }),
  );
  const signature = crypto.createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** The backend ids of a token this double signed, or why it is not one. */
function verifyToken(token: string, key: Buffer): { run: string; job: string } | string {
  const parts = token.split('.');
  if (parts.length !== 3) return 'the token is not a JWT';
  const expected = crypto.createHmac('sha256', key).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return 'the token signature is invalid';
  let claims: { scp?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as typeof claims;
  } catch {
    return 'the token payload is not JSON';
  }
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return 'the token has expired';
  const scope = typeof claims.scp === 'string' ? claims.scp.split(' ').find((s) => s.startsWith('Actions.Results:')) : undefined;
  const ids = scope?.split(':');
  if (!ids || ids.length !== 3) return 'the token has no Actions.Results scope';
  return { run: ids[1]!, job: ids[2]! };
}

/** Twirp v7 error codes by the HTTP status the spec assigns them (one code per status). */
const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  408: 'deadline_exceeded',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
  503: 'unavailable',
};

/** Azure Storage common error codes and messages (learn.microsoft.com, "Common REST API error codes"). */
const AZURE_ERRORS: Record<number, [string, string]> = {
  400: ['InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid.'],
  403: ['AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.'],
  404: ['ResourceNotFound', 'The specified resource does not exist.'],
  405: ['UnsupportedHttpVerb', 'The resource doesn\'t support specified Http Verb.'],
  500: ['InternalError', 'The server encountered an internal error. Please retry the request.'],
  503: ['ServerBusy', 'The server is currently unable to receive requests. Please retry your request.'],
};

class TwirpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = TWIRP_CODES[status] ?? 'internal',
  ) {
    super(message);
  }
}

class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ArtifactServiceOptions {
  workflowRunBackendId?: string;
  workflowJobRunBackendId?: string;
}

export async function startArtifactService(options: ArtifactServiceOptions = {}) {
  const ids = { workflowRunBackendId: options.workflowRunBackendId ?? crypto.randomUUID(), workflowJobRunBackendId: options.workflowJobRunBackendId ?? crypto.randomUUID() };
  const key = crypto.randomBytes(32);
  const token = runtimeToken(ids, key);
  const artifacts: RecordedArtifact[] = [];
  const requests: ArtifactServiceRequest[] = [];
  const faults: { route: ArtifactRoute; status: number; remaining: number }[] = [];
  /** Per blob path: its SAS signature, the artifact it belongs to, and staged (uncommitted) blocks. */
  const blobs = new Map<string, { sig: string; artifact: RecordedArtifact; staged: Map<string, Buffer>; committed: Map<string, Buffer> }>();
  let nextId = 1;
  let origin = '';

  const twirp = (method: string, body: Record<string, unknown>, auth: { run: string; job: string }): Record<string, unknown> => {
    const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const name = str('name');
    if (!name) throw new TwirpError(400, 'name is required');
    if (str('workflow_run_backend_id') !== auth.run || str('workflow_job_run_backend_id') !== auth.job) {
      throw new TwirpError(403, 'the workflow run / job backend ids do not match the token');
    }
    const existing = artifacts.find((a) => a.workflowRunBackendId === auth.run && a.name === name);
    if (method === 'CreateArtifact') {
      // A name is uploaded once per workflow run; the msg is the service's own, as quoted in runner
      // logs (e.g. actions/upload-artifact#634: "(409) Conflict: an artifact with this name …").
      if (existing) throw new TwirpError(409, 'an artifact with this name already exists on the workflow run');
      const artifact: RecordedArtifact = {
        id: nextId++,
        name,
        workflowRunBackendId: auth.run,
        workflowJobRunBackendId: auth.job,
        version: typeof body.version === 'number' ? body.version : 0,
        ...(typeof body.mime_type === 'string' ? { mimeType: body.mime_type } : {}),
        ...(typeof body.expires_at === 'string' ? { expiresAt: body.expires_at } : {}),
      };
      artifacts.push(artifact);
      const blobPath = `/devstoreaccount1/actions-results/${auth.run}/workflow-job-run-${auth.job}/artifacts/${crypto.randomUUID()}.zip`;
      const sig = crypto.randomBytes(24).toString('base64');
      blobs.set(blobPath, { sig, artifact, staged: new Map(), committed: new Map() });
      const se = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
      const sas = new URLSearchParams({ sv: '2025-01-05', se, sr: 'b', sp: 'cw', sig });
      return { ok: true, signed_upload_url: `${origin}${blobPath}?${sas}` };
    }
    // FinalizeArtifact
    if (!existing) throw new TwirpError(404, 'artifact not found');
    if (!existing.blob) throw new TwirpError(412, 'the artifact has no uploaded content');
    const size = Number(body.size ?? 0);
    existing.finalized = { size, ...(typeof body.hash === 'string' ? { hash: body.hash } : {}) };
    return { ok: true, artifact_id: String(existing.id) };
  };

  const putBlob = (url: URL, headers: http.IncomingHttpHeaders, body: Buffer): Record<string, string> => {
    const blob = blobs.get(url.pathname);
    if (!blob) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
    if (url.searchParams.get('sig') !== blob.sig) throw new BlobError(403, ...AZURE_ERRORS[403]!);
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid') ?? '';
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blockId) || Buffer.from(blockId, 'base64').length > 64) throw new BlobError(400, 'InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid.');
      // Azure: every block id of one blob has the same length.
      const other = [...blob.staged.keys()][0];
      if (other !== undefined && other.length !== blockId.length) throw new BlobError(400, 'InvalidBlobOrBlock', 'The specified blob or block content is invalid.');
      if (headers['content-length'] === undefined) throw new BlobError(411, 'MissingContentLengthHeader', 'Content-Length HTTP header is missing.');
      if (Number(headers['content-length']) !== body.length) throw new BlobError(400, 'InvalidHeaderValue', 'The value for one of the HTTP headers is not in the correct format.');
      blob.staged.set(blockId, body);
      return {};
    }
    if (comp === 'blocklist') {
      const xml = body.toString('utf8');
      if (!/<BlockList>[\s\S]*<\/BlockList>/.test(xml)) throw new BlobError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
      const parts: Buffer[] = [];
      const blocks = new Map<string, Buffer>();
      for (const m of xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) {
        const id = m[2]!;
        const data = m[1] === 'Committed' ? blob.committed.get(id) : m[1] === 'Uncommitted' ? blob.staged.get(id) : (blob.staged.get(id) ?? blob.committed.get(id));
        if (!data) throw new BlobError(400, 'InvalidBlockList', 'The specified block list is invalid.');
        parts.push(data);
        blocks.set(id, data);
      }
      // Committing discards the uncommitted blocks, as Azure does.
      blob.committed = blocks;
      blob.staged.clear();
      blob.artifact.blob = Buffer.concat(parts);
      const type = headers['x-ms-blob-content-type'];
      if (typeof type === 'string') blob.artifact.blobContentType = type;
      return { etag: `"0x${Date.now().toString(16).toUpperCase()}"`, 'last-modified': new Date().toUTCString() };
    }
    throw new BlobError(400, 'InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid.');
  };

  const routeOf = (method: string, url: URL): ArtifactRoute | 'other' => {
    const twirpMethod = url.pathname.startsWith(`/twirp/${ARTIFACT_SERVICE}/`) ? url.pathname.slice(`/twirp/${ARTIFACT_SERVICE}/`.length) : '';
    if (method === 'POST' && (twirpMethod === 'CreateArtifact' || twirpMethod === 'FinalizeArtifact')) return twirpMethod;
    if (method === 'PUT' && url.searchParams.get('comp') === 'block') return 'PutBlock';
    if (method === 'PUT' && url.searchParams.get('comp') === 'blocklist') return 'PutBlockList';
    return 'other';
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin);
      const method = req.method ?? 'GET';
      const route = routeOf(method, url);
      const record: ArtifactServiceRequest = { method, path: url.pathname, route, status: 0 };
      requests.push(record);
      const isTwirp = url.pathname.startsWith('/twirp/');
      const send = (status: number, headers: Record<string, string>, body: string) => {
        record.status = status;
        res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers });
        res.end(body);
      };
      const twirpError = (status: number, msg: string, code = TWIRP_CODES[status] ?? 'internal') => send(status, { 'content-type': 'application/json' }, JSON.stringify({ code, msg }));
      const blobHeaders = () => ({
        'x-ms-request-id': crypto.randomUUID(),
        'x-ms-version': String(req.headers['x-ms-version'] ?? '2025-01-05'),
        date: new Date().toUTCString(),
        ...(req.headers['x-ms-client-request-id'] ? { 'x-ms-client-request-id': String(req.headers['x-ms-client-request-id']) } : {}),
      });
      // Azure's error bodies start with a UTF-8 BOM; the SDK's XML parser must cope, so the double sends it too.
      const blobError = (status: number, code: string, message: string) =>
        send(
          status,
          { ...blobHeaders(), 'content-type': 'application/xml', 'x-ms-error-code': code },
          `\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:${crypto.randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`,
        );

      const fault = faults.find((f) => f.remaining > 0 && f.route === route);
      if (fault) {
        fault.remaining--;
        if (isTwirp) twirpError(fault.status, `injected ${fault.status}`);
        else blobError(fault.status, ...(AZURE_ERRORS[fault.status] ?? AZURE_ERRORS[500]!));
        return;
      }
      try {
        if (isTwirp) {
          // Twirp: a method other than POST, an unknown method or an unknown Content-Type is bad_route.
          if (route === 'other') throw new TwirpError(404, `no handler for path "${url.pathname}"`, 'bad_route');
          const auth = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''));
          const who = auth ? verifyToken(auth[1]!, key) : 'no bearer token';
          if (typeof who === 'string') throw new TwirpError(401, who);
          if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) throw new TwirpError(404, 'unexpected Content-Type; this double speaks Twirp JSON only', 'bad_route');
          let body: unknown;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            throw new TwirpError(400, 'the request body is not JSON');
          }
          if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TwirpError(400, 'the request body is not a JSON object');
          send(200, { 'content-type': 'application/json' }, JSON.stringify(twirp(route, body as Record<string, unknown>, who)));
          return;
        }
        if (method !== 'PUT') throw new BlobError(405, ...AZURE_ERRORS[405]!);
        const extra = putBlob(url, req.headers, Buffer.concat(chunks));
        send(201, { ...blobHeaders(), 'x-ms-request-server-encrypted': 'true', ...extra }, '');
      } catch (e) {
        if (e instanceof TwirpError) twirpError(e.status, e.message, e.code);
        else if (e instanceof BlobError) blobError(e.status, e.code, e.message);
        else if (isTwirp) twirpError(500, (e as Error).message);
        else blobError(500, ...AZURE_ERRORS[500]!);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    /** ACTIONS_RESULTS_URL (the client uses its origin). */
    url: `${origin}/`,
    token,
    ids,
    /** The two variables a runner gives a JavaScript action for artifacts. */
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${origin}/` },
    artifacts,
    requests,
    /** The finalized artifact called `name`, if any. */
    artifact(name: string): RecordedArtifact | undefined {
      return artifacts.find((a) => a.name === name && a.finalized);
    },
    /** The next `times` requests to `route` answer `status` (a Twirp error or an Azure XML error). */
    inject(route: ArtifactRoute, status: number, times = 1) {
      faults.push({ route, status, remaining: times });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The entries of a zip, read by CPython's zipfile (an implementation
 * independent of the archiver that wrote it), after `testzip()` has checked
 * every entry's CRC. Needs /usr/bin/python3, as the other tests here do.
 */
export function zipEntries(zip: Buffer): Record<string, Buffer> {
  const script = [
    'import base64, io, json, sys, zipfile',
    'z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))',
    'bad = z.testzip()',
    'if bad: sys.exit("bad CRC in " + bad)',
    'print(json.dumps({i.filename: base64.b64encode(z.read(i)).decode() for i in z.infolist()}))',
  ].join('\n');
  const out = execFileSync('/usr/bin/python3', ['-c', script], { input: zip, maxBuffer: 1 << 30 }).toString('utf8');
  return Object.fromEntries(Object.entries(JSON.parse(out) as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64')]));
}

export type ArtifactServiceDouble = Awaited<ReturnType<typeof startArtifactService>>;
