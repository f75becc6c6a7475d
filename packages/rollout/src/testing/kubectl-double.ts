import fs from 'node:fs';
import { installKubectlScript, type KubectlStandIn } from './kubectl-stand-in';

/**
 * A recording stand-in for kubectl (no cluster can run here), installed as an
 * executable `kubectl` in a temp directory put first on PATH. It appends every
 * argument list it receives as a JSON line to calls.jsonl, and keeps one object
 * in state.json the way the API server would for the commands the traffic
 * providers use:
 *   kubectl get <kind> <name> -n <ns> -o json   prints the object (NotFound for another name)
 *   kubectl patch <kind> <name> -n <ns> --type=json -p <ops>
 *                                               applies RFC 6902 add/replace/remove/test, bumps
 *                                               metadata.resourceVersion, prints "<kind>/<name> patched";
 *                                               a failed test op is rejected like the API server's 422
 * Anything else exits 1 with "unknown command", so a test notices a call it did not expect.
 */
const script = String.raw`
const fs = require('node:fs');
const path = require('node:path');
const dir = __dirname;
const args = process.argv.slice(2);
fs.appendFileSync(path.join(dir, 'calls.jsonl'), JSON.stringify(args) + '\n');
const state = JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8'));
const [verb, kind, name] = args;
const plural = { virtualservice: 'virtualservices.networking.istio.io', httproute: 'httproutes.gateway.networking.k8s.io', service: 'services' }[kind] || kind;
const fail = (msg) => { process.stderr.write(msg + '\n'); process.exit(1); };
const opt = (flag) => { const i = args.indexOf(flag); return i < 0 ? undefined : args[i + 1]; };
if (verb === 'get' || verb === 'patch') {
  if (!state.object || name !== state.object.metadata.name || opt('-n') !== state.object.metadata.namespace || kind !== state.kind) {
    fail('Error from server (NotFound): ' + plural + ' "' + name + '" not found');
  }
}
if (verb === 'get' && opt('-o') === 'json') {
  process.stdout.write(JSON.stringify(state.object, null, 4) + '\n');
} else if (verb === 'patch' && args.includes('--type=json')) {
  let ops;
  try { ops = JSON.parse(opt('-p')); } catch (e) { fail('error: unable to parse "' + opt('-p') + '": ' + e.message); }
  const obj = state.object;
  const walk = (p) => {
    const parts = p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let cur = obj;
    for (const k of parts.slice(0, -1)) {
      cur = cur[Array.isArray(cur) ? Number(k) : k];
      if (cur === undefined) fail('The request is invalid: the server rejected our request due to an error in our request');
    }
    return [cur, parts[parts.length - 1]];
  };
  for (const op of ops) {
    const [parent, key] = walk(op.path);
    if (op.op === 'test') {
      if (JSON.stringify(parent[key]) !== JSON.stringify(op.value)) fail('The request is invalid: the server rejected our request due to an error in our request');
    } else if (op.op === 'add' || op.op === 'replace') {
      if (op.op === 'replace' && !(key in parent)) fail('The request is invalid: the server rejected our request due to an error in our request');
      parent[Array.isArray(parent) ? Number(key) : key] = op.value;
    } else if (op.op === 'remove') {
      if (!(key in parent)) fail('The request is invalid: the server rejected our request due to an error in our request');
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else fail('unsupported op ' + op.op);
  }
  obj.metadata.resourceVersion = String(Number(obj.metadata.resourceVersion || '0') + 1);
  fs.writeFileSync(path.join(dir, 'state.json'), JSON.stringify(state));
  // kubectl names core kinds without a group: service/ml-model, virtualservice.networking.istio.io/ml-model.
  const [resource, ...group] = plural.split('.');
  process.stdout.write([resource.replace(/s$/, ''), ...group].join('.') + '/' + name + ' patched\n');
} else {
  fail('error: unknown command "' + args.join(' ') + '" for "kubectl"');
}
`;

export interface KubectlDouble extends KubectlStandIn {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-only view of the stored object
  object(): any;
}

export function installKubectl(kind: 'virtualservice' | 'httproute' | 'service', object: unknown): KubectlDouble {
  const standIn = installKubectlScript(script, { kind, object });
  return { ...standIn, object: () => JSON.parse(fs.readFileSync(standIn.statePath, 'utf8')).object };
}

/** Seed 000 section 4.2's VirtualService: a header-matched route to the canary, then stable 95 / canary 5. */
export const seedVirtualService = () => ({
  apiVersion: 'networking.istio.io/v1alpha3',
  kind: 'VirtualService',
  metadata: { name: 'ml-model', namespace: 'production', resourceVersion: '1001' },
  spec: {
    hosts: ['ml-model'],
    http: [
      { match: [{ headers: { canary: { exact: 'true' } } }], route: [{ destination: { host: 'ml-model', subset: 'canary' } }] },
      {
        route: [
          { destination: { host: 'ml-model', subset: 'stable' }, weight: 95 },
          { destination: { host: 'ml-model', subset: 'canary' }, weight: 5 },
        ],
      },
    ],
  },
});

/** A VirtualService before a shadow run: a header-matched route to the shadow for testers, then every request to stable; `live` adds fields to that route. */
export const liveVirtualService = (live: Record<string, unknown> = {}) => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'VirtualService',
  metadata: { name: 'ml-model', namespace: 'production', resourceVersion: '41' },
  spec: {
    hosts: ['ml-model'],
    http: [
      { match: [{ headers: { shadow: { exact: 'true' } } }], route: [{ destination: { host: 'ml-model', subset: 'shadow' } }] },
      { route: [{ destination: { host: 'ml-model', subset: 'stable' }, weight: 100 }], ...live },
    ],
  },
});

export const sampleHttpRoute = () => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: { name: 'ml-model', namespace: 'production', resourceVersion: '7' },
  spec: {
    parentRefs: [{ name: 'public-gateway' }],
    rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/predict' } }], backendRefs: [{ name: 'ml-model-stable', port: 80 }, { name: 'ml-model-canary', port: 80, weight: 0 }] }],
  },
});

/** Seed 000 section 4.1's Service: users reach the pods labelled version: blue until the selector says green. */
export const seedService = (version = 'blue') => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'ml-model', namespace: 'production', resourceVersion: '501' },
  spec: { selector: { app: 'ml-model', version }, ports: [{ port: 80, targetPort: 8000 }] },
});
