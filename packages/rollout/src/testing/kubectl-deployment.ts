import fs from 'node:fs';
import { installKubectlScript, type KubectlStandIn } from './kubectl-stand-in';

/**
 * A recording stand-in for kubectl's Deployment rollbacks (no cluster can run
 * here), installed as an executable `kubectl` in a temp directory put first on
 * PATH. Every argument list is appended as a JSON line to calls.jsonl; the
 * Deployments live in state.json and behave as the API server and kubectl do
 * for the commands auto-rollback uses:
 *   get deployment NAME [-n NS] -o json   the Deployment, its current revision in the
 *                                         deployment.kubernetes.io/revision annotation
 *   rollout undo deployment/NAME [-n NS]  the previous revision's template becomes current
 *                                         under a new revision number (max + 1), as the
 *                                         deployment controller renumbers it
 *   rollout status deployment/NAME …      "successfully rolled out" (or a timeout error)
 *   annotate deployment/NAME … --overwrite k=v …
 * Errors use kubectl's wording (NotFound, "no rollout history found"); `failing`
 * makes any command starting with the given words fail with a given message
 * (e.g. RBAC Forbidden). Anything else exits 1 with "unknown command".
 */
const script = String.raw`
const fs = require('node:fs');
const path = require('node:path');
const dir = __dirname;
const args = process.argv.slice(2);
fs.appendFileSync(path.join(dir, 'calls.jsonl'), JSON.stringify(args) + '\n');
const statePath = path.join(dir, 'state.json');
const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
const fail = (msg) => { process.stderr.write(msg + '\n'); process.exit(1); };
const opt = (flag) => { const i = args.indexOf(flag); return i < 0 ? undefined : args[i + 1]; };
const ns = opt('-n') || 'default';
if (state.failing && args.join(' ').startsWith(state.failing.prefix)) fail(state.failing.message);
const positional = args.filter((a, i) => !a.startsWith('-') && !(i > 0 && ['-n', '-o'].includes(args[i - 1])));
const lookup = (name) => {
  const d = state.deployments[ns + '/' + name];
  if (!d) fail('Error from server (NotFound): deployments.apps "' + name + '" not found');
  return d;
};
const current = (d) => d.revisions.reduce((a, b) => (b.revision > a.revision ? b : a));
const save = () => fs.writeFileSync(statePath, JSON.stringify(state));
const [verb, sub] = positional;
if (verb === 'get' && sub === 'deployment' && opt('-o') === 'json') {
  const name = positional[2];
  const d = lookup(name);
  const cur = current(d);
  process.stdout.write(JSON.stringify({
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name, namespace: ns, generation: d.revisions.length, annotations: { ...d.annotations, 'deployment.kubernetes.io/revision': String(cur.revision) } },
    spec: { replicas: 3, template: { spec: { containers: [{ name: 'model', image: cur.image }] } } },
  }, null, 4) + '\n');
} else if (verb === 'rollout' && (sub === 'undo' || sub === 'status')) {
  const ref = positional[2] || '';
  if (!ref.startsWith('deployment/')) fail('error: unknown command "' + args.join(' ') + '" for "kubectl"');
  const name = ref.slice('deployment/'.length);
  const d = lookup(name);
  if (sub === 'undo') {
    if (d.revisions.length < 2) fail('error: no rollout history found for deployment "' + name + '"');
    const sorted = [...d.revisions].sort((a, b) => b.revision - a.revision);
    sorted[1].revision = sorted[0].revision + 1;
    save();
    process.stdout.write('deployment.apps/' + name + ' rolled back\n');
  } else {
    if (d.statusFails) fail('error: timed out waiting for the condition');
    process.stdout.write('deployment "' + name + '" successfully rolled out\n');
  }
} else if (verb === 'annotate' && (sub || '').startsWith('deployment/')) {
  const d = lookup(sub.slice('deployment/'.length));
  for (const kv of positional.slice(2)) {
    const at = kv.indexOf('=');
    if (at < 0) fail('error: all resources must be specified before annotation changes: ' + kv);
    if (d.annotations[kv.slice(0, at)] !== undefined && !args.includes('--overwrite')) fail("error: --overwrite is false but found the following declared annotation(s): '" + kv.slice(0, at) + "' already has a value");
    d.annotations[kv.slice(0, at)] = kv.slice(at + 1);
  }
  save();
  process.stdout.write('deployment.apps/' + sub.slice('deployment/'.length) + ' annotated\n');
} else {
  fail('error: unknown command "' + args.join(' ') + '" for "kubectl"');
}
`;

export interface DeploymentState {
  /** Oldest first; the highest revision is the one running. */
  revisions: { revision: number; image: string }[];
  annotations: Record<string, string>;
  statusFails?: boolean;
}

export interface DeploymentKubectl extends KubectlStandIn {
  deployment(namespace: string, name: string): DeploymentState;
  /** Image of the revision now running. */
  image(namespace: string, name: string): string;
  /** Make every command whose arguments start with `prefix` fail with `message` on stderr. */
  failing(prefix: string, message: string): void;
}

export function installDeploymentKubectl(deployments: Record<string, DeploymentState>): DeploymentKubectl {
  const standIn = installKubectlScript(script, { deployments });
  const { statePath } = standIn;
  const read = () => JSON.parse(fs.readFileSync(statePath, 'utf8')) as { deployments: Record<string, DeploymentState>; failing?: { prefix: string; message: string } };
  const deployment = (ns: string, name: string) => read().deployments[`${ns}/${name}`]!;
  return {
    ...standIn,
    deployment,
    image: (ns, name) => deployment(ns, name).revisions.reduce((a, b) => (b.revision > a.revision ? b : a)).image,
    failing(prefix, message) {
      fs.writeFileSync(statePath, JSON.stringify({ ...read(), failing: { prefix, message } }));
    },
  };
}
