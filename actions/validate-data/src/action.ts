import { UserError, defineAction, failOnInput, failedChecks } from '@mlship/core';
import { ENGINES, buildValidationReport, loadConfig, loadParameters, defaultConfig, validateDataset, type EngineOptions } from '@mlship/data';
import { notifyReportFailure } from '@mlship/notify';
import { z } from 'zod';

export const validateData = defineAction({
  name: 'validate-data',
  inputs: z.object({
    data: z.string().optional(),
    config: z.string().optional(),
    parameters: z.string().optional(),
    reference: z.string().optional(),
    'test-data': z.string().optional(),
    engine: z.enum(ENGINES).default('local'),
    connection: z.string().optional(),
    table: z.string().optional(),
    query: z.string().optional(),
    'memory-limit': z.string().optional(),
    'fail-on': failOnInput(),
    'report-path': z.string().default('mlship-reports/validate-data'),
    'slack-webhook': z.string().url().optional(),
  }),
  secrets: ['slack-webhook', 'connection'],
  async run(inputs, io) {
    const parameters = inputs.parameters ? await loadParameters(inputs.parameters) : undefined;
    if (parameters && !inputs.config) throw new UserError('parameters is set without config; it fills the {"$PARAMETER": …} values of a Great Expectations suite', { hint: 'Set config to the suite, or remove parameters.' });
    const config = inputs.config ? await loadConfig(inputs.config, process.cwd(), { parameters }) : defaultConfig();
    const outcome = await validateDataset({
      data: inputs.data,
      engine: engineOptions(inputs),
      config,
      reference: inputs.reference,
      testData: inputs['test-data'],
      progress: (line) => io.info(line),
    });
    const report = buildValidationReport(outcome);
    if (inputs['slack-webhook'] && failedChecks(report).length > 0) {
      await notifyReportFailure(inputs['slack-webhook'], report, io);
    }
    return { report };
  },
});

type EngineInputs = { engine: (typeof ENGINES)[number]; data?: string; connection?: string; table?: string; query?: string; 'memory-limit'?: string };

/** engine: local reads the files on the runner; any other engine's inputs are only read by that engine. */
function engineOptions(inputs: EngineInputs): EngineOptions | undefined {
  if (inputs.engine === 'local') {
    const stray = (['connection', 'table', 'query', 'memory-limit'] as const).find((k) => inputs[k] !== undefined);
    if (stray) throw new UserError(`${stray} is set but engine is local, which reads data on the runner`, { hint: `Set engine (${ENGINES.filter((e) => e !== 'local').join(', ')}), or remove ${stray}.` });
    if (inputs.data === undefined) throw new UserError('input "data" is required with engine local', { hint: 'Give the dataset to validate (a file, a directory or a glob), or set engine with table or query.' });
    return undefined;
  }
  return { name: inputs.engine, connection: inputs.connection, table: inputs.table, query: inputs.query, memoryLimit: inputs['memory-limit'] };
}
