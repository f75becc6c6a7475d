/**
 * Finds citations of the course texts mlship was specified from ("seed 000 §7.2",
 * "the seed's remedy", "table 6.1", "DESIGN.md") in text users read. Users never
 * had those texts, so a citation explains nothing to them: the text has to say
 * what the behaviour is. A random seed (`seed: 42`, PYTHONHASHSEED) is not a
 * citation and matches none of the patterns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import ts from 'typescript';

export const citationPatterns: readonly RegExp[] = [
  /\bseed\s*0\d\d\b/i,
  /\bseed['’]s\b/i,
  /\bthe seeds?\b/i,
  /§\s*\d/,
  /\btable\s+6\.\d/i,
  /DESIGN\.md/,
  // "the seed defaults", "seed min_rows", "(seed: ml-model)": the texts named as an adjective or a source.
  /\bseed\s+(?:configs?|defaults?|gates?|thresholds?|limits?|rules|keys|format|min_|max_|required_|feature_|check_)/i,
  /\(seed:(?!\s*\d)/i,
];

/** Files shown to users as they are: docs, action metadata, workflows to call or copy, examples, schemas. */
export const documentGlobs = [
  'README.md',
  'CHANGELOG.md',
  'SECURITY.md',
  'CONTRIBUTING.md',
  'action.{yml,yaml}',
  'actions/*/README.md',
  'actions/*/action.{yml,yaml}',
  'packages/*/README.md',
  '.github/**/*.{yml,yaml,md}',
  'workflows-examples/**/*',
  'action-templates/**/*',
  'docs/**/*',
  'examples/**/*.{yml,yaml,json,md,py,js}',
  'schemas/*.json',
];

/** Sources whose string literals become job summaries, reports, PR comments, messages, errors and CLI help. */
export const sourceGlobs = ['packages/*/src/**/*.ts', 'actions/*/src/**/*.ts'];
const testOnly = ['**/*.test.ts', '**/testing/**', '**/__golden__/**', '**/__fixtures__/**', '**/__tests__/**'];

export interface Finding {
  file: string;
  line: number;
  text: string;
}

export const formatFinding = (f: Finding) => `${f.file}:${f.line}: ${f.text}`;

const list = (root: string, patterns: string[], ignore: string[] = []) =>
  globSync(patterns, { cwd: root, dot: true, onlyFiles: true, ignore: ['**/node_modules/**', ...ignore] }).sort();

export const userFacingDocuments = (root: string) => list(root, documentGlobs);
export const userFacingSources = (root: string) => list(root, sourceGlobs, testOnly);

/** Every line of a user-facing file, comments included (a workflow's comments are read by whoever copies it). */
export function scanDocument(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (citationPatterns.some((p) => p.test(line))) findings.push({ file, line: i + 1, text: line.trim() });
  }
  return findings;
}

/** The string literals and template-literal text of a TypeScript source; comments are not looked at. */
export function scanSource(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      // Template text keeps its line breaks, so a match can be placed on its own line.
      for (const [i, line] of node.text.split('\n').entries()) {
        if (citationPatterns.some((p) => p.test(line))) findings.push({ file, line: start + 1 + (ts.isStringLiteral(node) ? 0 : i), text: line.trim() });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** All citations in the repository at `root`, as file:line findings. */
export function scanRepository(root: string): Finding[] {
  const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
  return [
    ...userFacingDocuments(root).flatMap((rel) => scanDocument(rel, read(rel))),
    ...userFacingSources(root).flatMap((rel) => scanSource(rel, read(rel))),
  ];
}
