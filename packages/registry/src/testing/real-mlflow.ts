/**
 * A test's handle on the run's real MLflow 2.12.2 server (started once by
 * __tests__/global-setup.js): it waits for GET /health, seeds models, runs
 * and versions the way MLflow's Python client does (a run, its metrics, then
 * model-versions/create with a source inside the run's artifact directory),
 * reads the registry back for assertions, and puts a recording pass-through
 * proxy in front of the server so a test can see which requests the code
 * under test made (`writes()`), as it could with the contract double.
 *
 * Tests share the server: each one names its models with `name()` (unique per
 * call), so no test sees another's registry state.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { MLFLOW_ENV, MLFLOW_FIX, groupAlive, type MlflowProcess, type MlflowServers } from './mlflow-process.js';
import { recordingProxy, type RecordingProxy } from './recording-proxy';

const ready = new Map<string, Promise<void>>();

function servers(): { open: MlflowProcess; auth: MlflowProcess } {
  const raw = process.env[MLFLOW_ENV];
  if (!raw) throw new Error(`${MLFLOW_ENV} is not set: run the tests through jest with jest.config.js (its globalSetup starts the MLflow servers).`);
  const s = JSON.parse(raw) as MlflowServers;
  if ('error' in s) throw new Error(s.error);
  return s;
}

/** Resolves once GET /health answers OK; fails with the server's own last log lines if its process group ends first. */
function waitHealthy(p: MlflowProcess): Promise<void> {
  let w = ready.get(p.url);
  if (!w) {
    w = (async () => {
      for (;;) {
        try {
          const res = await fetch(`${p.url}/health`);
          if (res.ok && (await res.text()).trim() === 'OK') return;
        } catch {
          // Not listening yet: migrations still running.
        }
        if (!groupAlive(p.pid)) {
          const tail = fs.existsSync(p.log) ? fs.readFileSync(p.log, 'utf8').trim().split('\n').slice(-5).join(' | ') : '(no log)';
          throw new Error(`the MLflow test server (${p.url}) exited before answering /health: ${tail}. To fix: ${MLFLOW_FIX}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    ready.set(p.url, w);
  }
  return w;
}

interface Mv {
  version: string;
  current_stage: string;
  aliases?: string[];
  tags?: { key: string; value: string }[];
  run_id?: string;
}

export interface RealMlflow extends RecordingProxy {
  /** The server itself (seeding and reads in the helpers below go here, not through the proxy). */
  serverUrl: string;
  /** The basic-auth app's admin account (the `auth` instance only). */
  admin?: { username: string; password: string };
  /** A model name no other test uses: `<prefix>-<random>`. */
  name(prefix?: string): string;
  createModel(name: string): Promise<void>;
  /** Registers the next version of `name` from a new finished run with these metrics (runId null: no run, an s3 source); returns its number. */
  createVersion(name: string, init?: { metrics?: Record<string, number>; stage?: string; runId?: null }): Promise<string>;
  setAlias(name: string, alias: string, version: string): Promise<void>;
  version(name: string, version: string): Promise<{ stage: string; aliases: string[]; tags: Record<string, string>; runId?: string }>;
  stages(name: string): Promise<Record<string, string>>;
  aliases(name: string): Promise<Record<string, string>>;
  /** Creates a basic-auth user (auth instance); new users get the server's default permission, READ. */
  createUser(username: string, password: string): Promise<void>;
}

/** The run's open MLflow server (`open`) or the one running MLflow's basic-auth app (`auth`), healthy, behind a fresh recording proxy. */
export async function realMlflow(which: 'open' | 'auth' = 'open'): Promise<RealMlflow> {
  const p = servers()[which];
  await waitHealthy(p);
  const auth = p.admin ? `Basic ${Buffer.from(`${p.admin.username}:${p.admin.password}`).toString('base64')}` : undefined;
  const api = async <T>(method: 'GET' | 'POST' | 'DELETE', endpoint: string, body?: Record<string, unknown>): Promise<T> => {
    let url = `${p.url}/api/2.0/mlflow/${endpoint}`;
    if (method === 'GET' && body) url += `?${new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, String(v)]))}`;
    const res = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      body: method === 'GET' || !body ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`test seeding: MLflow ${method} ${endpoint} answered ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  };
  const created = new Set<string>();
  const createModel = async (name: string) => {
    await api('POST', 'registered-models/create', { name });
    created.add(name);
  };
  const getMv = async (name: string, version: string) => (await api<{ model_version: Mv }>('GET', 'model-versions/get', { name, version })).model_version;
  const proxy = await recordingProxy(p.url);

  return {
    ...proxy,
    serverUrl: p.url,
    ...(p.admin ? { admin: p.admin } : {}),
    name: (prefix = 'model') => `${prefix}-${crypto.randomBytes(4).toString('hex')}`,
    createModel,
    async createVersion(name, init = {}) {
      if (!created.has(name)) await createModel(name);
      let source = 's3://mlship-tests/model';
      let runId: string | undefined;
      if (init.runId !== null) {
        const run = await api<{ run: { info: { run_id: string; artifact_uri: string } } }>('POST', 'runs/create', { experiment_id: '0', start_time: Date.now() });
        runId = run.run.info.run_id;
        const metrics = Object.entries(init.metrics ?? {}).map(([key, value]) => ({ key, value: Number.isFinite(value) ? value : String(value), timestamp: Date.now(), step: 0 }));
        if (metrics.length) await api('POST', 'runs/log-batch', { run_id: runId, metrics });
        await api('POST', 'runs/update', { run_id: runId, status: 'FINISHED', end_time: Date.now() });
        // A local source must lie inside the run's artifact directory (MLflow refuses it otherwise).
        source = `${run.run.info.artifact_uri}/model`;
      }
      const mv = await api<{ model_version: Mv }>('POST', 'model-versions/create', { name, source, ...(runId ? { run_id: runId } : {}) });
      if (init.stage) await api('POST', 'model-versions/transition-stage', { name, version: mv.model_version.version, stage: init.stage, archive_existing_versions: false });
      return mv.model_version.version;
    },
    async setAlias(name, alias, version) {
      await api('POST', 'registered-models/alias', { name, alias, version });
    },
    async version(name, version) {
      const mv = await getMv(name, version);
      return { stage: mv.current_stage, aliases: [...(mv.aliases ?? [])].sort(), tags: Object.fromEntries((mv.tags ?? []).map((t) => [t.key, t.value])), ...(mv.run_id ? { runId: mv.run_id } : {}) };
    },
    async stages(name) {
      const r = await api<{ model_versions?: Mv[] }>('GET', 'model-versions/search', { filter: `name='${name}'`, max_results: 1000 });
      return Object.fromEntries((r.model_versions ?? []).map((v) => [v.version, v.current_stage]));
    },
    async aliases(name) {
      const r = await api<{ registered_model: { aliases?: { alias: string; version: string }[] } }>('GET', 'registered-models/get', { name });
      return Object.fromEntries((r.registered_model.aliases ?? []).map((a) => [a.alias, a.version]));
    },
    async createUser(username, password) {
      await api('POST', 'users/create', { username, password });
    },
  };
}
