import fs from 'node:fs';
import path from 'node:path';
import { defineAction, failOnInput, loadYamlParser, UserError } from '@mlship/core';
import { z } from 'zod';
import { flattenConfig } from './flatten';
import { locateConfig } from './locate';
import { loadRegexEngine } from '@mlship/core/user-regex';
import { compileMaskKeys, DEFAULT_MASK_KEYS, maskReason, secretsOf } from './masking';
import { buildReport, type ExportResult } from './report';
import { checkPrefix, nameVariables } from './variables';

export const envConfig = defineAction({
  name: 'env-config',
  inputs: z.object({
    environment: z.string().optional(),
    directory: z.string().default('configs/environments'),
    file: z.string().optional(),
    prefix: z.string().optional(),
    case: z.enum(['keep', 'upper']).default('keep'),
    'copy-to': z.string().optional(),
    'mask-keys': z.string().default(DEFAULT_MASK_KEYS),
    'fail-on': failOnInput(),
    'report-path': z.string().default('mlship-reports/env-config'),
  }),
  async run(inputs, io) {
    const cwd = process.cwd();
    const prefix = checkPrefix(inputs.prefix);
    await Promise.all([loadRegexEngine(), loadYamlParser()]);
    const maskKeys = compileMaskKeys(inputs['mask-keys']);
    const { file, environment } = locateConfig({ environment: inputs.environment, directory: inputs.directory, file: inputs.file, cwd });
    const source = path.relative(cwd, file) || file;
    const text = fs.readFileSync(file, 'utf8');
    const { leaves, empty } = flattenConfig(text, source);
    // Everything is named and checked before anything is exported: a refused key exports nothing.
    const named = nameVariables(leaves, { prefix, case: inputs.case, source });
    const variables = named.map((v) => {
      const reason = maskReason(v.name, v.value, maskKeys);
      return { ...v, masked: reason !== undefined, credential: reason?.credential };
    });
    // Masks go out before any line that could carry a value.
    for (const v of variables) if (v.masked) for (const s of secretsOf(v.value)) io.setSecret(s);

    let copiedTo: string | undefined;
    if (inputs['copy-to']) {
      const target = path.resolve(cwd, inputs['copy-to']);
      if (target === file) throw new UserError(`input "copy-to" is the config file itself (${source})`, { hint: 'Copy it somewhere else, e.g. config.yaml, or drop copy-to.' });
      if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new UserError(`input "copy-to": ${inputs['copy-to']} is a directory`, { hint: 'Give the file name to write, e.g. config.yaml.' });
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
      copiedTo = path.relative(cwd, target) || target;
    }

    for (const v of variables) io.exportVariable(v.envName, v.value);
    io.info(`env-config: exported ${variables.length} variable${variables.length === 1 ? '' : 's'} from ${source}${copiedTo ? ` (copied to ${copiedTo})` : ''}:`);
    for (const v of variables) io.info(`  ${v.envName}=${v.masked ? '***' : v.value.split('\n')[0]}${!v.masked && v.value.includes('\n') ? ' …' : ''}`);

    const result: ExportResult = { environment, source, variables, empty, copiedTo };
    return {
      report: buildReport(result),
      outputs: { 'config-path': file, environment, variables: JSON.stringify(variables.map((v) => v.envName)) },
    };
  },
});
