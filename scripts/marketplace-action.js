#!/usr/bin/env node
// @ts-check
/**
 * The root action.yml and the dispatcher's table (dist/marketplace/actions.json), both
 * generated from actions/<name>/action.yml. The Marketplace lists only a repository's root
 * action, so the root action takes `action: <name>` and runs that action's committed bundle;
 * its inputs and outputs are the union of the JavaScript actions' ones.
 *
 * An input gets a default in the root only when every action that has it agrees on it: the
 * runner sets INPUT_x from the root default for whichever action runs, so a shared default
 * would override an action's own (report-path differs per action). Without one, an absent
 * INPUT_x falls back to the action's zod default, which a contract test keeps equal to its
 * action.yml. The one default zod cannot know is the workflow token, so the root carries it
 * in `workflow-token` and the dispatcher hands it to the inputs whose own default it is.
 *
 * `node scripts/marketplace-action.js [root] [action.yml|actions.json]` prints one of them; build.js writes both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const WORKFLOW_TOKEN = '${{ github.token }}';
const CARRIER = 'workflow-token';

/**
 * @typedef {{ description: string, required?: boolean, default?: unknown }} Input
 * @typedef {{ name: string, inputs: Record<string, Input>, outputs: Record<string, { description: string }>, runs: Record<string, string> }} Action
 */

/**
 * The JavaScript actions under actions/, by name; composite actions have no bundle to dispatch to.
 * @param {string} root
 */
function readActions(root) {
  /** @type {Action[]} */
  const actions = [];
  for (const dir of fs.readdirSync(path.join(root, 'actions')).sort()) {
    const file = path.join(root, 'actions', dir, 'action.yml');
    if (!fs.existsSync(file)) continue;
    const yml = parse(fs.readFileSync(file, 'utf8'));
    if (yml.runs?.using === 'composite') continue;
    const where = `actions/${dir}/action.yml`;
    if (yml.runs?.using !== 'node24' || yml.runs.main !== `../../dist/${dir}/index.js`) throw new Error(`${where}: the root action can only run node24 actions whose runs.main is ../../dist/${dir}/index.js`);
    if (yml.runs.pre) throw new Error(`${where}: runs.pre is not dispatched by the root action; add it to packages/marketplace`);
    for (const reserved of ['action', CARRIER]) if (yml.inputs?.[reserved]) throw new Error(`${where}: input "${reserved}" is reserved by the root action.yml; rename it`);
    actions.push({ name: dir, inputs: yml.inputs ?? {}, outputs: yml.outputs ?? {}, runs: yml.runs });
  }
  return actions;
}

/** `[a, b] text`, one line per distinct text, so a reader sees which action means what. */
function describeFor(/** @type {[string, string][]} */ byAction) {
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const [action, text] of byAction) groups.set(text.trim(), [...(groups.get(text.trim()) ?? []), action]);
  return [...groups].map(([text, names]) => `[${names.join(', ')}] ${text}`).join('\n');
}

/**
 * Every name in `items` of the actions, sorted, with the actions that declare it.
 * @param {Action[]} actions
 * @param {(a: Action) => Record<string, any>} items
 */
function union(actions, items) {
  /** @type {Map<string, [string, any][]>} */
  const all = new Map();
  for (const a of actions) for (const [name, v] of Object.entries(items(a))) all.set(name, [...(all.get(name) ?? []), [a.name, v]]);
  return [...all].sort(([x], [y]) => x.localeCompare(y, 'en'));
}

/** @param {string} root */
export function generateMarketplace(root) {
  const actions = readActions(root);
  const names = actions.map((a) => a.name);
  const posts = actions.filter((a) => a.runs.post);
  const postIfs = [...new Set(posts.map((a) => a.runs['post-if'] ?? 'always()'))];
  if (postIfs.length > 1) throw new Error(`actions with a post step disagree on post-if (${postIfs.join(' / ')}); the root action has one post-if`);

  /** @type {Record<string, Input>} */
  const inputs = {
    action: { description: `Which mlship action to run: ${names.join(', ')}. The other inputs are that action's; each says which actions read it.`, required: true },
    [CARRIER]: { description: `The workflow token, given to the inputs whose default it is in the chosen action (${actions.flatMap((a) => Object.entries(a.inputs).filter(([, i]) => i.default === WORKFLOW_TOKEN).map(([n]) => `${a.name}: ${n}`)).join(', ')}). Leave it unset; set those inputs to pass another token.`, required: false, default: WORKFLOW_TOKEN },
  };
  /** @type {Record<string, string[]>} */
  const workflowToken = {};
  const defaulted = [CARRIER];
  for (const [name, uses] of union(actions, (a) => a.inputs)) {
    const defaults = new Set(uses.map(([, i]) => (i.default === undefined ? undefined : String(i.default))));
    const agreed = defaults.size === 1 ? [...defaults][0] : undefined;
    const notes = [];
    const required = uses.filter(([, i]) => i.required).map(([a]) => a);
    if (required.length) notes.push(`Required by ${required.join(', ')}.`);
    if (defaults.size > 1) {
      notes.push(`Default: ${uses.map(([a, i]) => `${a} ${i.default === undefined ? 'none' : String(i.default)}`).join('; ')}.`);
      for (const [a, i] of uses) {
        if (i.default === WORKFLOW_TOKEN) (workflowToken[a] ??= []).push(name);
        else if (String(i.default ?? '').includes('${{')) throw new Error(`actions/${a}/action.yml: input "${name}" defaults to the expression ${i.default}, which the other actions do not share; the root action cannot give it per action`);
      }
    }
    inputs[name] = { description: [describeFor(uses.map(([a, i]) => [a, i.description])), ...notes].join('\n'), required: false, ...(agreed !== undefined ? { default: agreed } : {}) };
    if (agreed !== undefined) defaulted.push(name);
  }
  const outputs = Object.fromEntries(union(actions, (a) => a.outputs).map(([name, uses]) => [name, { description: describeFor(uses.map(([a, o]) => [a, o.description])) }]));

  const doc = {
    name: 'mlship — ML CI/CD gates',
    description: 'Data validation, model gates, promotion, canary analysis and rollback for ML CI/CD: choose one with `action`.',
    author: 'mlship',
    branding: { icon: 'shield', color: 'green' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/marketplace/index.js', ...(posts.length ? { post: 'dist/marketplace/post/index.js', 'post-if': postIfs[0] } : {}) },
  };
  const header = [
    '# Generated by scripts/build.js from actions/*/action.yml: edit those and run `npm run build`.',
    '# The GitHub Marketplace lists only a repository\'s root action; this one runs the action named',
    '# in `action` (uses: mlship/mlship@v1). The documented form is uses: mlship/mlship/actions/<name>@v1.',
  ].join('\n');
  const actionYml = `${header}\n${stringify(doc, { lineWidth: 0 })}`;

  const manifest = {
    actions: Object.fromEntries(
      actions.map((a) => [
        a.name,
        {
          main: `${a.name}/index.js`,
          ...(a.runs.post ? { post: path.posix.relative('dist', path.posix.join('actions', a.name, a.runs.post)) } : {}),
          inputs: Object.keys(a.inputs),
          ...(workflowToken[a.name] ? { workflowToken: workflowToken[a.name] } : {}),
        },
      ]),
    ),
    defaulted,
  };
  return { actionYml, manifest: JSON.stringify(manifest, null, 2) + '\n' };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [dir = '.', what = 'action.yml'] = process.argv.slice(2);
  try {
    const generated = generateMarketplace(path.resolve(dir));
    process.stdout.write(what === 'actions.json' ? generated.manifest : generated.actionYml);
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
