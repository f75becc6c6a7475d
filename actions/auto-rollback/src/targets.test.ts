import { cliIO, parseInputs } from '@mlship/core';
import { inputs } from './inputs';
import { planRollback } from './targets';

const plan = (given: Record<string, string>) => planRollback(parseInputs(inputs, (n) => given[n]), cliIO({ inputs: given, write: () => {} }));

describe('blue-green rollback target', () => {
  it("switches the Service given back to blue-green's previous deployment", () => {
    expect(plan({ targets: 'blue-green', 'active-service': 'ml-model', namespace: 'production', 'switch-back-to': 'blue' }).blueGreen).toEqual({ service: 'ml-model', namespace: 'production', label: 'version', to: 'blue' });
  });

  it('names what is missing before the wait', () => {
    expect(() => plan({ targets: 'blue-green', namespace: 'production', 'switch-back-to': 'blue' })).toThrow('input "active-service" is required with the blue-green rollback target.');
    expect(() => plan({ targets: 'blue-green', 'active-service': 'ml-model', namespace: 'production' })).toThrow('input "switch-back-to" is required with the blue-green rollback target.');
    expect(() => plan({ targets: 'blue-grene' })).toThrow('unknown rollback target "blue-grene". Did you mean "blue-green"?');
  });
});
