// A workflow file parsed twice over: as plain data for the rules to read, and as
// the yaml package's node tree so that a finding names the line of the node it is
// about rather than the line of its job.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/**
 * @param {string} text
 * @returns {{ data: any, errors: string[], isWorkflow: boolean, line: (path: (string|number)[], needle?: string) => number }}
 */
export function readWorkflowSource(text) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const data = doc.errors.length ? undefined : doc.toJS();
  // A Helm values file or an action.yml is YAML too; a workflow is what has both.
  const isWorkflow = !!data && typeof data === 'object' && !Array.isArray(data) && 'on' in data && 'jobs' in data;

  /**
   * Line of the node at `path`, or of its nearest ancestor present in the file. With
   * `needle`, the line where that text first occurs inside the node (a line of a
   * multi-line `run:` script, say).
   */
  const line = (path, needle) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth ? doc.getIn(path.slice(0, depth), true) : doc.contents;
      const range = node && typeof node === 'object' ? node.range : undefined;
      if (!range) continue;
      // A mapping's value (a job, say) starts on the line after its key: name the key's line.
      const parent = depth ? doc.getIn(path.slice(0, depth - 1), true) : undefined;
      const key = needle === undefined && isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path[depth - 1])?.key : undefined;
      if (key?.range) return lineCounter.linePos(key.range[0]).line;
      const at = needle === undefined ? -1 : text.indexOf(needle, range[0]);
      const offset = at >= 0 && at < range[1] ? at : range[0];
      return lineCounter.linePos(offset).line;
    }
    return 1;
  };

  return { data, errors: doc.errors.map((e) => e.message.split('\n')[0]), isWorkflow, line };
}
