/**
 * uploadArtifact against the contract double of the results service and Azure
 * Blob Storage (testing/artifact-service.ts): the real @actions/artifact
 * client builds the zip, creates, uploads and finalizes; the test reads the
 * zip the double received back with an independent unzipper.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as realSleep } from 'node:timers/promises';
import { jest } from '@jest/globals';
import { uploadArtifact, type UploadArtifactResult } from './artifact';
import { runtimeToken, startArtifactService, zipEntries, type ArtifactServiceDouble } from './testing/artifact-service';

let service: ArtifactServiceDouble;
let dir: string;
let stdout: string;
const savedEnv = { ...process.env };

beforeEach(async () => {
  service = await startArtifactService();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-artifact-'));
  // @actions/artifact reads process.env itself; GITHUB_SERVER_URL off github.com would make it refuse (GHES).
  Object.assign(process.env, service.env, { GITHUB_SERVER_URL: 'https://github.com' });
  // The client logs through @actions/core to stdout; keep it for assertions instead of the test output.
  stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});
afterEach(async () => {
  jest.restoreAllMocks();
  jest.useRealTimers();
  process.env = { ...savedEnv };
  await service.close();
});

const write = (name: string, data: string | Buffer) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return file;
};

describe('uploadArtifact to the results service', () => {
  test('uploads the files as one zip: created, staged as blocks, committed, finalized with its size and sha256', async () => {
    const json = write('training_diagnostics.json', JSON.stringify({ error: { type: 'RuntimeError' } }));
    const tail = write('logs/tail.txt', 'line 1\nline 2\n');
    const r = await uploadArtifact({ name: 'diag', files: [json, tail], rootDirectory: dir });

    const a = service.artifact('diag');
    expect(a).toBeDefined();
    expect(r).toEqual({ uploaded: true, id: a!.id, size: a!.blob!.length });
    expect(a).toMatchObject({ workflowRunBackendId: service.ids.workflowRunBackendId, workflowJobRunBackendId: service.ids.workflowJobRunBackendId, version: 7, mimeType: 'application/zip', blobContentType: 'application/zip' });
    expect(a!.finalized).toEqual({ size: a!.blob!.length, hash: `sha256:${crypto.createHash('sha256').update(a!.blob!).digest('hex')}` });
    const entries = zipEntries(a!.blob!);
    expect(Object.keys(entries).sort()).toEqual(['logs/tail.txt', 'training_diagnostics.json']);
    expect(entries['training_diagnostics.json']!.toString()).toBe(fs.readFileSync(json, 'utf8'));
    expect(entries['logs/tail.txt']!.toString()).toBe('line 1\nline 2\n');
    expect(service.requests.map((q) => `${q.route} ${q.status}`)).toEqual(['CreateArtifact 200', 'PutBlock 201', 'PutBlockList 201', 'FinalizeArtifact 200']);
    // The SAS signature is a secret: the client masks it before anything could log it.
    expect(stdout).toMatch(/^::add-mask::\S+$/m);
  });

  test('a zip over the 8 MB buffer goes up as several blocks, reassembled in block-list order', async () => {
    // Random bytes do not compress, so the zip spans two 8 MB buffers.
    const big = crypto.randomBytes(9 * 1024 * 1024);
    write('weights.bin', big);
    const r = await uploadArtifact({ name: 'big', files: [path.join(dir, 'weights.bin')], rootDirectory: dir });
    expect(r.uploaded).toBe(true);
    expect(service.requests.filter((q) => q.route === 'PutBlock')).toHaveLength(2);
    expect(zipEntries(service.artifact('big')!.blob!)['weights.bin']!.equals(big)).toBe(true);
  });

  test('retention days become expires_at', async () => {
    const r = await uploadArtifact({ name: 'kept', files: [write('a.txt', 'a')], rootDirectory: dir, retentionDays: 3 });
    expect(r.uploaded).toBe(true);
    const days = (Date.parse(service.artifact('kept')!.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThanOrEqual(3.01);
  });
});

/** Runs `upload` with the clients' retry sleeps on fake time, so minutes of backoff take milliseconds. */
async function withFastBackoff(upload: () => Promise<UploadArtifactResult>): Promise<UploadArtifactResult> {
  // Only the timer functions: Date stays real (the blob upload's stall check compares Date.now()).
  jest.useFakeTimers({ doNotFake: ['Date', 'hrtime', 'performance', 'nextTick', 'queueMicrotask', 'setImmediate', 'clearImmediate'] });
  let done = false;
  const p = upload().finally(() => (done = true));
  while (!done) {
    // Real time for the loopback I/O, then a second of fake time for the backoff timers.
    await realSleep(2);
    jest.advanceTimersByTime(1000);
  }
  return p;
}

describe('a failed upload returns the reason and never throws', () => {
  test('401 from the results service for a runtime token it did not sign', async () => {
    // Right shape and scope, wrong key: the client accepts it, the service does not.
    process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken(service.ids, 'some other key');
    const r = await uploadArtifact({ name: 'diag', files: [write('a.json', '{}')], rootDirectory: dir });
    expect(r).toEqual({ uploaded: false, reason: 'artifact "diag" not uploaded: Failed to CreateArtifact: Received non-retryable error: Failed request: (401) Unauthorized: the token signature is invalid' });
    expect(service.artifacts).toEqual([]);
  });

  test('a runtime token without the Actions.Results scope stops the client before any request', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"scp":"Actions.GenericRead:1"}').toString('base64url')}.sig`;
    const r = await uploadArtifact({ name: 'diag', files: [write('a.json', '{}')], rootDirectory: dir });
    expect(r).toEqual({ uploaded: false, reason: 'artifact "diag" not uploaded: Failed to get backend IDs: The provided JWT token is invalid and/or missing claims' });
    expect(service.requests).toEqual([]);
  });

  test('a 503 from the results service that outlasts the client\'s 5 attempts', async () => {
    service.inject('CreateArtifact', 503, 5);
    const r = await withFastBackoff(() => uploadArtifact({ name: 'diag', files: [write('a.json', '{}')], rootDirectory: dir }));
    expect(r).toEqual({ uploaded: false, reason: 'artifact "diag" not uploaded: Failed to CreateArtifact: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable: injected 503' });
    expect(service.requests.map((q) => q.status)).toEqual([503, 503, 503, 503, 503]);
  });

  test('a 500 from blob storage that outlasts the SDK\'s 4 tries; a transient one is retried through', async () => {
    service.inject('PutBlock', 500, 4);
    const failed = await withFastBackoff(() => uploadArtifact({ name: 'diag', files: [write('a.json', '{}')], rootDirectory: dir }));
    expect(failed).toEqual({ uploaded: false, reason: 'artifact "diag" not uploaded: The server encountered an internal error. Please retry the request.' });
    expect(service.artifact('diag')).toBeUndefined();

    service.inject('PutBlock', 500, 1);
    const ok = await withFastBackoff(() => uploadArtifact({ name: 'again', files: [write('b.json', '{}')], rootDirectory: dir }));
    expect(ok.uploaded).toBe(true);
    expect(zipEntries(service.artifact('again')!.blob!)['b.json']!.toString()).toBe('{}');
  });

  test('403 from blob storage (an expired or wrong SAS) fails at once', async () => {
    service.inject('PutBlock', 403);
    const r = await uploadArtifact({ name: 'diag', files: [write('a.json', '{}')], rootDirectory: dir });
    expect(r).toEqual({ uploaded: false, reason: expect.stringMatching(/^artifact "diag" not uploaded: Server failed to authenticate the request\./) });
  });

  test('a second artifact of the same name in the run is a 409, as on GitHub', async () => {
    const file = write('a.json', '{}');
    expect((await uploadArtifact({ name: 'diag', files: [file], rootDirectory: dir })).uploaded).toBe(true);
    const r = await uploadArtifact({ name: 'diag', files: [file], rootDirectory: dir });
    expect(r).toEqual({ uploaded: false, reason: 'artifact "diag" not uploaded: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run' });
  });
});

describe('the artifact service double itself', () => {
  test('Twirp errors: 401 unauthenticated for a token it did not sign, 404 bad_route for an unknown method', async () => {
    const post = (method: string, token: string) =>
      fetch(`${service.url}twirp/github.actions.results.api.v1.ArtifactService/${method}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    const forged = service.token.replace(/\.[^.]+$/, '.AAAA');
    const r401 = await post('CreateArtifact', forged);
    expect(r401.status).toBe(401);
    expect(await r401.json()).toEqual({ code: 'unauthenticated', msg: 'the token signature is invalid' });
    const r404 = await post('MigrateArtifact', service.token);
    expect(r404.status).toBe(404);
    expect(await r404.json()).toMatchObject({ code: 'bad_route' });
  });
});
