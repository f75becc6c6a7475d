import { UserError, defineAction, failOnInput, failedChecks } from '@mlship/core';
import { buildValidationReport, loadConfig, loadParameters, defaultConfig, validateDataset } from '@mlship/data';
import { notifyReportFailure } from '@mlship/notify';
import { z } from 'zod';

export const validateData = defineAction({
  name: 'validate-data',
  inputs: z.object({
    data: z.string(),
    config: z.string().optional(),
    parameters: z.string().optional(),
    reference: z.string().optional(),
    'test-data': z.string().optional(),
    'fail-on': failOnInput(),
    'report-path': z.string().default('mlship-reports/validate-data'),
    'slack-webhook': z.string().url().optional(),
  }),
  secrets: ['slack-webhook'],
  async run(inputs, io) {
    const parameters = inputs.parameters ? loadParameters(inputs.parameters) : undefined;
    if (parameters && !inputs.config) throw new UserError('parameters is set without config; it fills the {"$PARAMETER": …} values of a Great Expectations suite', { hint: 'Set config to the suite, or remove parameters.' });
    const config = inputs.config ? loadConfig(inputs.config, process.cwd(), { parameters }) : defaultConfig();
    const outcome = await validateDataset({
      data: inputs.data,
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
