/**
 * A contract-faithful test double of the MLflow tracking server's model
 * registry REST API 2.0, on 127.0.0.1. The tests run against a real MLflow
 * 2.12.2 (real-mlflow.ts); this double stays beside it for what a real server
 * does not do on demand: injected 5xx answers, slow or hanging requests, and
 * Databricks' bearer-token auth. It implements the endpoints promote-model uses
 * as MLflow's REST docs and mlflow/protos/model_registry.proto define them,
 * checked against the real 2.12.2 server:
 *
 * - JSON bodies with proto field names; empty repeated fields omitted, but a
 *   model version keeps `description: ""` and `run_link: ""` as 2.12.2 sends them;
 *   non-finite metric values as the strings "NaN" / "Infinity".
 * - A POST without `Content-Type: application/json` is 400, as the real server answers.
 * - Errors as `{"error_code": …, "message": …}` with MLflow's statuses:
 *   RESOURCE_DOES_NOT_EXIST 404, INVALID_PARAMETER_VALUE 400, INTERNAL_ERROR 500,
 *   and MLflow's own message texts ("Registered Model with name=x not found", …).
 * - Stages canonicalised case-insensitively (None, Staging, Production, Archived);
 *   `archive_existing_versions` only for Staging/Production (else 500, as MLflow).
 * - get-latest-versions: per stage, the highest version number in it.
 * - model-versions/search pages with `max_results` and an opaque base64
 *   `{"offset": n}` page_token, ordered last_updated_timestamp DESC, version DESC.
 * - An unset alias is 400 INVALID_PARAMETER_VALUE "Registered model alias x not found.".
 * - The basic-auth app's 401 (text body, WWW-Authenticate) and a bearer 401.
 *
 * Faults can be injected per request: an HTTP status N times, a delay, or a hang.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeVersion {
  name: string;
  version: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  current_stage: string;
  description: string;
  source: string;
  run_id: string;
  status: 'READY';
  tags: Map<string, string>;
}

interface FakeModel {
  name: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  versions: Map<number, FakeVersion>;
  aliases: Map<string, number>;
  tags: Map<string, string>;
}

export interface Fault {
  /** Only requests whose path ends with this (e.g. `model-versions/transition-stage`); default every request. */
  endpoint?: string;
  /** How many requests it affects; default 1. */
  times?: number;
  /** Answer with this status and an MLflow error body (5xx: TEMPORARILY_UNAVAILABLE / INTERNAL_ERROR). */
  status?: number;
  /** Wait this long before handling the request normally. */
  delayMs?: number;
  /** Never answer. */
  hang?: boolean;
}

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string[]>;
  body: unknown;
  authorization?: string;
}

export interface MlflowServerOptions {
  /** Require `Authorization: Bearer <token>`. */
  token?: string;
  /** Require basic auth, as the MLflow basic-auth app does. */
  basic?: { username: string; password: string };
}

const STAGES = ['None', 'Staging', 'Production', 'Archived'];
const ACTIVE = ['Staging', 'Production'];
const MAX_RESULTS_THRESHOLD = 200_000;

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
const invalid = (message: string) => new ApiError(400, 'INVALID_PARAMETER_VALUE', message);
const missing = (param: string) => invalid(`Missing value for required parameter '${param}'. See the API docs for more information about request parameters.`);

export async function mlflowServer(options: MlflowServerOptions = {}) {
  const models = new Map<string, FakeModel>();
  const runs = new Map<string, Map<string, number>>();
  const faults: Fault[] = [];
  const calls: RecordedCall[] = [];
  const hung = new Set<http.ServerResponse>();
  let clock = 1_700_000_000_000;
  const tick = () => ++clock;

  const getModel = (name: string | undefined) => {
    if (!name) throw missing('name');
    const m = models.get(name);
    if (!m) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
    return m;
  };
  const getVersion = (name: string | undefined, version: string | undefined) => {
    if (!name) throw missing('name');
    if (version === undefined || version === '') throw missing('version');
    if (!/^-?\d+$/.test(version)) throw invalid(`Parameter 'version' must be an integer, got '${version}'.`);
    const mv = models.get(name)?.versions.get(Number(version));
    if (!mv) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Model Version (name=${name}, version=${version}) not found`);
    return mv;
  };
  const canonicalStage = (stage: string) => {
    const s = STAGES.find((x) => x.toLowerCase() === stage.toLowerCase());
    if (!s) throw invalid(`Invalid Model Version stage: ${stage}. Value must be one of ${STAGES.join(', ')}.`);
    return s;
  };
  const aliasesOf = (m: FakeModel, version: number) => [...m.aliases].filter(([, v]) => v === version).map(([a]) => a);
  const versionJson = (mv: FakeVersion) => {
    const m = models.get(mv.name)!;
    return {
      ...omitEmpty({
        name: mv.name,
        version: mv.version,
        creation_timestamp: mv.creation_timestamp,
        last_updated_timestamp: mv.last_updated_timestamp,
        current_stage: mv.current_stage,
        source: mv.source,
        run_id: mv.run_id,
        status: mv.status,
        tags: [...mv.tags].map(([key, value]) => ({ key, value })),
        aliases: aliasesOf(m, Number(mv.version)),
      }),
      description: mv.description,
      run_link: '',
    };
  };
  /** Per stage, the highest version in it (registered_model.latest_versions). */
  const latestVersions = (m: FakeModel, stages: string[]) => {
    const out: FakeVersion[] = [];
    for (const stage of stages) {
      const inStage = [...m.versions.values()].filter((v) => v.current_stage === stage);
      const top = inStage.sort((a, b) => Number(b.version) - Number(a.version))[0];
      if (top) out.push(top);
    }
    return out;
  };

  type Handler = (q: Record<string, string[]>, body: Record<string, unknown>) => unknown;
  const first = (q: Record<string, string[]>, body: Record<string, unknown>, key: string): string | undefined => {
    const v = body[key] ?? q[key]?.[0];
    return v === undefined || v === null ? undefined : String(v);
  };
  const routes: Record<string, Handler> = {
    'GET registered-models/get': (q, b) => {
      const m = getModel(first(q, b, 'name'));
      return {
        registered_model: omitEmpty({
          name: m.name,
          creation_timestamp: m.creation_timestamp,
          last_updated_timestamp: m.last_updated_timestamp,
          latest_versions: latestVersions(m, STAGES).map(versionJson),
          tags: [...m.tags].map(([key, value]) => ({ key, value })),
          aliases: [...m.aliases].map(([alias, version]) => ({ alias, version: String(version) })),
        }),
      };
    },
    'POST registered-models/get-latest-versions': (q, b) => latestVersionsHandler(q, b),
    'GET registered-models/get-latest-versions': (q, b) => latestVersionsHandler(q, b),
    'GET model-versions/get': (q, b) => ({ model_version: versionJson(getVersion(first(q, b, 'name'), first(q, b, 'version'))) }),
    'GET model-versions/search': (q, b) => {
      const filter = first(q, b, 'filter') ?? '';
      const maxResults = Number(first(q, b, 'max_results') ?? 10_000);
      if (!Number.isInteger(maxResults) || maxResults < 1) throw invalid(`Invalid value for max_results. It must be a positive integer, but got ${maxResults}`);
      if (maxResults > MAX_RESULTS_THRESHOLD) throw invalid(`Invalid value ${maxResults} for parameter 'max_results' supplied. Hint: Value was of type 'str'. See the API docs for more information about request parameters.`);
      const token = first(q, b, 'page_token');
      let offset = 0;
      if (token) {
        try {
          const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { offset?: unknown };
          if (typeof parsed.offset !== 'number') throw new Error();
          offset = parsed.offset;
        } catch {
          throw invalid(`Invalid page token, could not base64-decode`);
        }
      }
      const cond = /^\s*(name|run_id)\s*=\s*(['"])(.*)\2\s*$/.exec(filter);
      if (filter.trim() !== '' && !cond) throw invalid(`Invalid filter '${filter}'. This double supports name='…' and run_id='…'.`);
      const all = [...models.values()]
        .flatMap((m) => [...m.versions.values()])
        .filter((v) => !cond || (cond[1] === 'name' ? v.name === cond[3]!.replace(/\\'/g, "'") : v.run_id === cond[3]))
        .sort((a, b) => b.last_updated_timestamp - a.last_updated_timestamp || a.name.localeCompare(b.name) || Number(b.version) - Number(a.version));
      const page = all.slice(offset, offset + maxResults);
      const next = offset + maxResults < all.length ? Buffer.from(JSON.stringify({ offset: offset + maxResults })).toString('base64') : undefined;
      return omitEmpty({ model_versions: page.map(versionJson), next_page_token: next });
    },
    'GET runs/get': (q, b) => {
      const runId = first(q, b, 'run_id') ?? first(q, b, 'run_uuid');
      if (!runId) throw missing('run_id');
      const metrics = runs.get(runId);
      if (!metrics) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Run with id=${runId} not found`);
      return {
        run: {
          info: { run_id: runId, run_uuid: runId, experiment_id: '0', status: 'FINISHED', lifecycle_stage: 'active', artifact_uri: `mlflow-artifacts:/0/${runId}/artifacts` },
          data: omitEmpty({ metrics: [...metrics].map(([key, value]) => ({ key, value: Number.isFinite(value) ? value : String(value), timestamp: clock, step: 0 })) }),
        },
      };
    },
    'POST model-versions/transition-stage': (q, b) => {
      const name = first(q, b, 'name');
      const version = first(q, b, 'version');
      const stageIn = first(q, b, 'stage');
      if (!stageIn) throw missing('stage');
      if (b.archive_existing_versions === undefined) throw missing('archive_existing_versions');
      const stage = canonicalStage(stageIn);
      if (b.archive_existing_versions === true && !ACTIVE.includes(stage)) {
        throw new ApiError(500, 'INTERNAL_ERROR', `Model version transition cannot archive existing model versions because '${stageIn}' is not an Active stage. Valid stages are ${JSON.stringify(ACTIVE).replace(/"/g, "'")}`);
      }
      const mv = getVersion(name, version);
      const now = tick();
      if (b.archive_existing_versions === true) {
        for (const other of models.get(mv.name)!.versions.values()) {
          if (other !== mv && other.current_stage === stage) {
            other.current_stage = 'Archived';
            other.last_updated_timestamp = now;
          }
        }
      }
      mv.current_stage = stage;
      mv.last_updated_timestamp = now;
      models.get(mv.name)!.last_updated_timestamp = now;
      return { model_version: versionJson(mv) };
    },
    'POST registered-models/alias': (q, b) => {
      const name = first(q, b, 'name');
      const alias = first(q, b, 'alias');
      if (!alias) throw missing('alias');
      if (alias.toLowerCase() === 'latest' || /^v\d+$/i.test(alias)) throw invalid(`'${alias}' alias name (case insensitive) is reserved.`);
      const mv = getVersion(name, first(q, b, 'version'));
      models.get(mv.name)!.aliases.set(alias, Number(mv.version));
      return {};
    },
    'DELETE registered-models/alias': (q, b) => {
      const m = getModel(first(q, b, 'name'));
      const alias = first(q, b, 'alias');
      if (!alias) throw missing('alias');
      m.aliases.delete(alias);
      return {};
    },
    'GET registered-models/alias': (q, b) => {
      const m = getModel(first(q, b, 'name'));
      const alias = first(q, b, 'alias');
      if (!alias) throw missing('alias');
      const v = m.aliases.get(alias);
      if (v === undefined) throw invalid(`Registered model alias ${alias} not found.`);
      return { model_version: versionJson(getVersion(m.name, String(v))) };
    },
    'POST model-versions/set-tag': (q, b) => {
      const mv = getVersion(first(q, b, 'name'), first(q, b, 'version'));
      const key = first(q, b, 'key');
      const value = first(q, b, 'value');
      if (!key) throw missing('key');
      if (value === undefined) throw missing('value');
      mv.tags.set(key, value);
      return {};
    },
  };
  function latestVersionsHandler(q: Record<string, string[]>, b: Record<string, unknown>) {
    const m = getModel(first(q, b, 'name'));
    const requested = Array.isArray(b.stages) ? (b.stages as unknown[]).map(String) : (q.stages ?? []);
    const stages = requested.length ? requested.map(canonicalStage) : STAGES;
    return omitEmpty({ model_versions: latestVersions(m, stages).map(versionJson) });
  }

  const authorized = (header: string | undefined) => {
    if (options.token) return header === `Bearer ${options.token}`;
    if (options.basic) return header === `Basic ${Buffer.from(`${options.basic.username}:${options.basic.password}`).toString('base64')}`;
    return true;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const query: Record<string, string[]> = {};
      for (const [k, v] of url.searchParams) (query[k] ??= []).push(v);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> = {};
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': typeof payload === 'string' ? 'text/plain; charset=utf-8' : 'application/json', ...headers });
        res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
      };
      calls.push({ method: req.method ?? '', path: url.pathname, query, body: raw ? safeJson(raw) : undefined, authorization: req.headers.authorization });

      const fault = faults.find((f) => (f.times ?? 1) > 0 && (!f.endpoint || url.pathname.endsWith(f.endpoint)));
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.hang) return void hung.add(res);
        if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
        if (fault.status) {
          const code = fault.status === 503 ? 'TEMPORARILY_UNAVAILABLE' : fault.status === 429 ? 'REQUEST_LIMIT_EXCEEDED' : 'INTERNAL_ERROR';
          return send(fault.status, { error_code: code, message: `injected fault: HTTP ${fault.status}` });
        }
      }
      if (!authorized(req.headers.authorization)) {
        if (options.basic) {
          return send(401, 'You are not authenticated. Please see https://www.mlflow.org/docs/latest/auth/index.html#authenticating-to-mlflow on how to authenticate.', {
            'www-authenticate': 'Basic realm="mlflow"',
          });
        }
        return send(401, { error_code: 'UNAUTHENTICATED', message: 'Credential was not sent or was of an unsupported type for this API.' });
      }
      const prefix = '/api/2.0/mlflow/';
      const route = url.pathname.startsWith(prefix) ? routes[`${req.method} ${url.pathname.slice(prefix.length)}`] : undefined;
      if (!route) return send(404, { error_code: 'ENDPOINT_NOT_FOUND', message: `No API endpoint for ${req.method} ${url.pathname}` });
      if (req.method === 'POST' && !String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(400, { error_code: 'INVALID_PARAMETER_VALUE', message: "Bad Request. Content-Type must be one of ['application/json']." });
      }
      if (raw) {
        const parsed = safeJson(raw);
        if (typeof parsed !== 'object' || parsed === null) return send(400, { error_code: 'MALFORMED_REQUEST', message: 'Malformed JSON request body' });
        body = parsed as Record<string, unknown>;
      }
      try {
        send(200, route(query, body));
      } catch (e) {
        if (e instanceof ApiError) send(e.status, { error_code: e.code, message: e.message });
        else send(500, { error_code: 'INTERNAL_ERROR', message: String(e) });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    /** Registers a model (the test's "mlflow.register_model" side). */
    createModel(name: string) {
      const now = tick();
      models.set(name, { name, creation_timestamp: now, last_updated_timestamp: now, versions: new Map(), aliases: new Map(), tags: new Map() });
    },
    /** Adds the next version of `name` from a new run with these metrics; returns its number. */
    createVersion(name: string, init: { metrics?: Record<string, number>; stage?: string; runId?: string | null } = {}): string {
      const m = models.get(name) ?? (this.createModel(name), models.get(name)!);
      const n = Math.max(0, ...m.versions.keys()) + 1;
      const runId = init.runId === null ? '' : (init.runId ?? `run${name.replace(/\W/g, '')}${n}`);
      if (runId && !runs.has(runId)) runs.set(runId, new Map(Object.entries(init.metrics ?? {})));
      const now = tick();
      m.versions.set(n, {
        name,
        version: String(n),
        creation_timestamp: now,
        last_updated_timestamp: now,
        current_stage: init.stage ? canonicalStage(init.stage) : 'None',
        description: '',
        source: `models:/m-${n}`,
        run_id: runId,
        status: 'READY',
        tags: new Map(),
      });
      return String(n);
    },
    setAlias(name: string, alias: string, version: string) {
      models.get(name)!.aliases.set(alias, Number(version));
    },
    setStage(name: string, version: string, stage: string) {
      const mv = models.get(name)!.versions.get(Number(version))!;
      mv.current_stage = canonicalStage(stage);
      mv.last_updated_timestamp = tick();
    },
    /** Current stage, aliases and tags of a version, for assertions. */
    version(name: string, version: string) {
      const mv = models.get(name)!.versions.get(Number(version))!;
      return { stage: mv.current_stage, aliases: aliasesOf(models.get(name)!, Number(version)).sort(), tags: Object.fromEntries(mv.tags) };
    },
    stages(name: string): Record<string, string> {
      return Object.fromEntries([...models.get(name)!.versions.values()].map((v) => [v.version, v.current_stage]));
    },
    aliases(name: string): Record<string, string> {
      return Object.fromEntries([...models.get(name)!.aliases].map(([a, v]) => [a, String(v)]));
    },
    fault(f: Fault) {
      faults.push({ ...f });
    },
    /** Requests that changed something (POST/DELETE), as `METHOD endpoint`. */
    writes() {
      return calls.filter((c) => c.method !== 'GET' && !c.path.endsWith('get-latest-versions')).map((c) => `${c.method} ${c.path.replace('/api/2.0/mlflow/', '')}`);
    },
    async close() {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type MlflowServer = Awaited<ReturnType<typeof mlflowServer>>;

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

/** MLflow's message_to_json drops unset and empty fields. */
function omitEmpty<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as Partial<T>;
}
