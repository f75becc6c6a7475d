/**
 * What `mlship --help` and `mlship <action> --help` print. The words are each action's
 * action.yml (embedded by the build in action-docs.ts, since an installed CLI has no
 * action.yml beside it); the examples are here, one realistic command per action.
 */
export interface ActionDocs {
  description: string;
  inputs: { name: string; description: string; required: boolean; default?: string }[];
}

/** One command per action, the way people start with it; a test runs each through the flag parser. */
export const examples: Record<string, string> = {
  'validate-data': 'mlship validate-data --data data/train/ --config checks.yml --reference data/reference.parquet',
  'eval-gate': 'mlship eval-gate --predictions out/candidate.csv --baseline-predictions out/production.csv --config eval_gate.yml',
  'promote-model': 'mlship promote-model --model-name churn --version v1.1.0 --to-stage prod --dry-run true',
  'pr-checklist': 'mlship pr-checklist --base main --head feature',
  'canary-check': 'mlship canary-check --canary-metrics-url http://localhost:8081/metrics --stable-metrics-url http://localhost:8080/metrics --traffic none',
  'blue-green': 'mlship blue-green --green-health-url http://localhost:8081/healthz --switch command --switch-command "./scripts/switch.sh {{active}}" --green-metrics-url http://localhost:8081/metrics --duration 5m',
  'ab-test': 'mlship ab-test --canary-metrics-url http://localhost:8081/metrics --stable-metrics-url http://localhost:8080/metrics --successes conversions_total --trials visits_total --min-detectable-effect 1pp --horizon 2h --traffic none',
  'shadow-check': 'mlship shadow-check --shadow-metrics-url http://localhost:8082/metrics --live-predictions logs/live.jsonl --shadow-predictions logs/shadow.jsonl --segment-column plan --duration 5m',
  'auto-rollback': 'mlship auto-rollback --stable-metrics-url http://localhost:8080/metrics --targets registry --model-name churn --stage prod --dry-run true',
  'training-diagnostics': 'mlship training-diagnostics --command "python train.py" --stop-on-nan true --upload-artifact false --comment false',
  'run-tests': 'mlship run-tests --command "pytest -q --junitxml=junit.xml" --junit junit.xml --retries 2',
  'env-config': 'mlship env-config --environment staging',
};

/** The first sentence of an action.yml description: up to a stop that is followed by a capital or the end ("e.g. x" is no stop). */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?= [A-Z]|$)/.exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}

const WIDTH = 100;

/** Words wrapped at WIDTH columns, each line indented by `indent`. */
function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

export function usage(docs: Record<string, ActionDocs>): string {
  const width = Math.max(...Object.keys(docs).map((n) => n.length));
  return [
    'usage: mlship <action> [--<input> <value> …] [--summary FILE]',
    '       mlship <action> --help       every input of the action: description, default, required',
    "       mlship schema <action>       the JSON Schema of the action's config file",
    '       mlship --version',
    '',
    'actions:',
    ...Object.entries(docs).map(([name, d]) => `  ${name.padEnd(width)}  ${firstSentence(d.description)}`),
    '',
    'Each --<input> is the action input of the same name (`with:` in a workflow).',
    '',
  ].join('\n');
}

export function actionHelp(name: string, docs: ActionDocs): string {
  const required = docs.inputs.filter((i) => i.required).map((i) => ` --${i.name} <value>`).join('');
  const inputs = docs.inputs.map((i) => {
    const note = i.required ? ' (required)' : i.default !== undefined && i.default !== '' ? ` (default: ${i.default})` : '';
    return `  --${i.name}${note}\n${wrap(i.description, '      ')}`;
  });
  return [
    `mlship ${name}: ${firstSentence(docs.description)}`,
    '',
    `usage: mlship ${name}${required} [--<input> <value> …] [--summary FILE]`,
    '',
    'inputs:',
    ...inputs,
    '  --summary FILE',
    '      Also write the job summary (markdown) to FILE.',
    '',
    'example:',
    `  ${examples[name]}`,
    '',
  ].join('\n');
}
