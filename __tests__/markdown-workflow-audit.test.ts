/**
 * The workflow audit's expression-in-run rule over the YAML code blocks of the
 * Markdown users read (README.md, CONTRIBUTING.md, actions/ and packages/
 * READMEs, docs/): a snippet is copied into a workflow as is, so a
 * `${{ steps.*.outputs.* }}` in its `run:` becomes a template injection there.
 * A planted document with each snippet shape must fail on the offending line;
 * its env: variants must pass; and every document of the repository passes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditMarkdown, markdownFiles } from '../scripts/workflow-audit.js';
import { repoRoot } from './harness';

const PLANTED = `# Using the action

Steps, in a list item:

1. Add the steps:

   \`\`\`yaml
   - id: promote
     uses: mlship/mlship/actions/promote-model@v1
   - run: echo "deployed \${{ steps.promote.outputs.version }}"
   \`\`\`

A job:

\`\`\`yml
steps:
  - run: |
      echo start
      echo "\${{ needs.train.outputs.run-id }}"
\`\`\`

A workflow:

~~~yaml
on: pull_request
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
      - uses: actions/github-script@v7
        with:
          script: console.log("\${{ inputs.name }}")
~~~

One step:

\`\`\`yaml
run: ./deploy.sh \${{ inputs.version }}
\`\`\`

Not a workflow, so not checked:

\`\`\`yaml
checks:
  - type: regex
    pattern: "\${{ not an expression here }}"
\`\`\`

\`\`\`sh
echo "\${{ steps.x.outputs.y }}"   # shell, not YAML
\`\`\`
`;

const lineOf = (text: string, snippet: string) => text.split('\n').findIndex((l) => l.includes(snippet)) + 1;

describe('YAML blocks in Markdown', () => {
  it('flags ${{ }} in run: and github-script in every snippet shape, on the offending line', () => {
    expect(auditMarkdown(PLANTED, 'planted.md').map((f) => `${f.file}:${f.line}: ${f.rule}`)).toEqual(
      ['steps.promote.outputs.version', 'needs.train.outputs', 'github.event.pull_request.title', 'inputs.name', './deploy.sh'].map((s) => `planted.md:${lineOf(PLANTED, s)}: expression-in-run`),
    );
  });

  it('passes the same snippets with the values passed through env:', () => {
    const fixed = `\`\`\`yaml
- id: promote
  uses: mlship/mlship/actions/promote-model@v1
- env:
    VERSION: \${{ steps.promote.outputs.version }}
  run: echo "deployed $VERSION"
\`\`\`
`;
    expect(auditMarkdown(fixed, 'fixed.md')).toEqual([]);
  });

  it('a block that reads like steps but does not parse is a finding, not skipped', () => {
    const broken = '```yaml\n- run: echo "${{ steps.a.outputs.b }}"\n   bad: indent\n```\n';
    expect(auditMarkdown(broken, 'broken.md').map((f) => [f.line, f.rule])).toEqual([[2, 'yaml']]);
  });
});

describe('the repository documents', () => {
  const files = markdownFiles(repoRoot);

  it('cover the READMEs, CONTRIBUTING.md and docs/', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'actions/promote-model/README.md', 'actions/env-config/README.md', 'packages/cli/README.md', 'docs/gpu-runners.md']));
  });

  it.each(files)('%s passes', (rel) => {
    expect(auditMarkdown(fs.readFileSync(path.join(repoRoot, rel), 'utf8'), rel)).toEqual([]);
  });

  it('node scripts/workflow-audit.js audits a Markdown file given on the command line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-audit-'));
    fs.writeFileSync(path.join(dir, 'planted.md'), PLANTED);
    let out = '';
    let code = 0;
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts/workflow-audit.js'), 'planted.md'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      code = (e as { status: number }).status;
      out = (e as { stderr: string }).stderr;
    }
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe(`planted.md:${lineOf(PLANTED, 'steps.promote.outputs.version')}: expression-in-run: \${{ }} in a script is pasted into it before it runs (template injection): pass the value through env: and read it as "$NAME" (process.env.NAME in github-script)`);
  });
});
