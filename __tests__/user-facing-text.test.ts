/**
 * Text users read describes the behaviour itself, never the course texts the
 * product was specified from: see spec-citations.ts for what counts as a
 * citation and which files and strings are read.
 */
import { formatFinding, scanDocument, scanRepository, scanSource, userFacingDocuments, userFacingSources } from './spec-citations';
import { repoRoot } from './harness';

describe('the citation scanner', () => {
  it('finds a citation on a markdown line and names its line', () => {
    const md = ['# Tool', '', 'Runs the checks.', 'The rules are seed 000 §7.2, verbatim.', '| `a` | the seed\'s remedy |'].join('\n');
    expect(scanDocument('x.md', md).map(formatFinding)).toEqual(['x.md:4: The rules are seed 000 §7.2, verbatim.', "x.md:5: | `a` | the seed's remedy |"]);
  });

  it('finds a citation in a YAML comment and a description, and not a random seed', () => {
    const yml = ['# Reusable workflow: table 6.1 as one job', 'inputs:', '  config:', '    description: Gate config (see DESIGN.md).', 'bootstrap: { seed: 42 }', 'env:', "  PYTHONHASHSEED: '0'  # pin the hash seed"].join('\n');
    expect(scanDocument('w.yml', yml).map((f) => f.line)).toEqual([1, 4]);
  });

  it('finds each pattern, including seeds spelled with a curly apostrophe or without a space', () => {
    for (const text of ['seed 002', 'seed002', 'Seed’s limits', 'as in the seeds', '§ 5', 'Table 6.1', 'DESIGN.md', 'the seed defaults run', '(seed min_rows)', 'e.g. ml-model (seed: kubectl rollout undo)']) {
      expect([text, scanDocument('t.md', text).length]).toEqual([text, 1]);
    }
    for (const text of ['bootstrap: { resamples: 1000, seed: 42 }', '(seed: 7)', 'the same seed gives the same interval', 'a seeded PRNG', "PYTHONHASHSEED: '0'", 'random seed not fixed', "format: 'seed-002'"]) {
      expect([text, scanDocument('t.md', text).length]).toEqual([text, 0]);
    }
  });

  it('finds citations in TypeScript string literals and template text, not in comments or identifiers', () => {
    const ts = [
      '// seed 000 §6.4: the comment may say where this comes from',
      '/** Seed 002\'s defaults. */',
      'const seed = 42;',
      "const rng = { seed: 42, format: 'seed-002' };",
      "const hint = 'Write it like 2x (the seed\\'s \"error rate spike\").';",
      'const summary = `Troubleshooting:',
      '${rng.seed} table 6.1 row`;',
      'const plain = "no citation here";',
    ].join('\n');
    expect(scanSource('s.ts', ts).map(formatFinding)).toEqual([
      's.ts:5: Write it like 2x (the seed\'s "error rate spike").',
      's.ts:7: table 6.1 row',
    ]);
  });

  it('exempts no section of any file, the README\'s credit section included', () => {
    const readme = ['# mlship', 'Uses seed 000.', '## Where the defaults come from', 'Code comments call them seed 000 and seed 002.', 'Rules from §7.2.', '### Detail', "The seed's keys.", '## License', 'Not seed 002.'].join('\n');
    expect(scanDocument('README.md', readme).map((f) => f.line)).toEqual([2, 4, 5, 7, 9]);
  });
});

describe('user-facing text', () => {
  it('is read from the docs, action metadata, workflows, examples, schemas and action sources', () => {
    expect(userFacingDocuments(repoRoot)).toEqual(expect.arrayContaining(['README.md', 'actions/validate-data/action.yml', 'actions/pr-checklist/README.md', 'schemas/validate-data.config.schema.json', 'workflows-examples/ml-ci.yml', '.github/workflows/model-gate.yml', 'examples/checks.yml']));
    const sources = userFacingSources(repoRoot);
    expect(sources).toEqual(expect.arrayContaining(['packages/cli/src/main.ts', 'actions/training-diagnostics/src/render.ts', 'packages/data/src/checks/config.ts']));
    expect(sources.filter((f) => /\.test\.ts$|\/testing\/|__golden__/.test(f))).toEqual([]);
  });

  it('cites none of the specification texts', () => {
    expect(scanRepository(repoRoot).map(formatFinding)).toEqual([]);
  });
});
