import fs from 'node:fs';
import { parse } from 'yaml';
import { escapeMarkdown } from './markdown';

export interface ActionYml {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string; pre?: string; 'post-if'?: string };
}

export const readActionYml = (file: string): ActionYml => parse(fs.readFileSync(file, 'utf8')) as ActionYml;

/** The inputs/outputs tables of an action's README section, generated from action.yml so the two never drift. */
export function referenceTables(a: ActionYml): string {
  const cell = (s: string) => escapeMarkdown(s.trim());
  const inputs = Object.entries(a.inputs).map(([n, i]) => `| \`${n}\` | ${i.required ? 'yes' : 'no'} | ${i.default !== undefined ? `\`${i.default}\`` : ''} | ${cell(i.description)} |`);
  const outputs = Object.entries(a.outputs).map(([n, o]) => `| \`${n}\` | ${cell(o.description)} |`);
  return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...inputs, '', '| Output | Description |', '| --- | --- |', ...outputs].join('\n');
}
