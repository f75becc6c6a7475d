// The YAML code blocks of Markdown documents, audited as the workflows users copy
// them into: a README's ```yaml snippet of steps is pasted into a workflow as is,
// so it is held to the expression-in-run rule of the workflows themselves — the
// same rule code (./rules.js), applied to the snippet wrapped as a one-job workflow.
import { expressionInRun, messages } from './rules.js';
import { readWorkflowSource } from './source.js';

/** Rules that apply to a snippet: the rest need a whole workflow (triggers, permissions). */
const SNIPPET_RULES = [expressionInRun];

const OPENING = /^(\s*)(`{3,}|~{3,})\s*(\S*)/;

/**
 * The fenced code blocks tagged yaml or yml (CommonMark: a fence closes with at
 * least as many of the same character; an unclosed one runs to the end), each with
 * the 1-based line of its first line of content. Indentation of the fence (a block
 * inside a list item) is removed from the block's lines.
 *
 * @param {string} markdown
 * @returns {{ line: number, text: string }[]}
 */
export function yamlBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  let open;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!open) {
      const m = OPENING.exec(line);
      if (m) open = { indent: m[1].length, fence: m[2], yaml: /^ya?ml$/i.test(m[3]), line: i + 2, body: [] };
      continue;
    }
    const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
    if (close && close[1][0] === open.fence[0] && close[1].length >= open.fence.length) {
      if (open.yaml) blocks.push({ line: open.line, text: open.body.join('\n') });
      open = undefined;
      continue;
    }
    open.body.push(line.slice(Math.min(open.indent, /^ */.exec(line)[0].length)));
  }
  if (open?.yaml) blocks.push({ line: open.line, text: open.body.join('\n') });
  return blocks;
}

const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
const isStep = (v) => isObject(v) && ('run' in v || 'uses' in v);

/**
 * What a snippet is, as a workflow the rules can read, and how a path in that
 * workflow maps back to the snippet: a workflow (with or without `on:`), one job
 * (`steps:`), a list of steps, or one step. Anything else (a checks file, a Helm
 * values file) is not a workflow snippet.
 */
function asWorkflow(data) {
  const JOB = '(snippet)';
  if (isObject(data) && isObject(data.jobs)) return { workflow: data, path: (p) => p };
  if (isObject(data) && Array.isArray(data.steps)) return { workflow: { jobs: { [JOB]: data } }, path: (p) => p.slice(2) };
  if (Array.isArray(data) && data.some(isStep)) return { workflow: { jobs: { [JOB]: { steps: data } } }, path: (p) => p.slice(3) };
  if (isStep(data)) return { workflow: { jobs: { [JOB]: { steps: [data] } } }, path: (p) => p.slice(4) };
  return undefined;
}

/** A block that does not parse but reads like workflow YAML cannot be audited, so it is a finding itself. */
const LOOKS_LIKE_WORKFLOW = /^\s*(?:-\s+)?(?:run|uses|steps|jobs):/m;

/**
 * @param {string} markdown
 * @param {string} file name to put in the findings
 * @returns {{ file: string, line: number, rule: string, message: string }[]}
 */
export function auditMarkdown(markdown, file) {
  const findings = [];
  for (const block of yamlBlocks(markdown)) {
    const source = readWorkflowSource(block.text);
    if (source.errors.length) {
      if (LOOKS_LIKE_WORKFLOW.test(block.text)) findings.push({ file, line: block.line, rule: 'yaml', message: `this YAML block reads like workflow steps but does not parse, so it cannot be checked: ${source.errors[0]}` });
      continue;
    }
    const shape = asWorkflow(source.data);
    if (!shape) continue;
    const report = (rule, at, needle) => findings.push({ file, line: block.line - 1 + source.line(shape.path(at), needle), rule, message: messages[rule] });
    for (const rule of SNIPPET_RULES) rule(shape.workflow, report);
  }
  return findings.sort((a, b) => a.line - b.line);
}
