import { UserError } from '@mlship/core';
import { z } from 'zod';
import { parseCommand } from './command';
import type { TrafficConfig } from './index';

/**
 * The traffic inputs every strategy that splits traffic between stable (or
 * control) and a canary (or candidate) shares: one fragment spread into each
 * action's zod schema, and the one function that turns it into a TrafficConfig.
 */
export const trafficInputs = {
  traffic: z.enum(['none', 'command', 'istio', 'gateway-api']).default('none'),
  'traffic-command': z.string().optional(),
  'virtual-service': z.string().optional(),
  'canary-subset': z.string().default('canary'),
  'stable-subset': z.string().default('stable'),
  'http-route': z.string().optional(),
  'canary-backend': z.string().optional(),
  'stable-backend': z.string().optional(),
};

export type TrafficInputs = z.output<z.ZodObject<typeof trafficInputs>> & { namespace?: string };

export function trafficConfig(i: TrafficInputs): TrafficConfig {
  const need = (name: keyof TrafficInputs & string, why: string): string => {
    const v = i[name];
    if (typeof v !== 'string' || v === '') throw new UserError(`input "${name}" is required with traffic: ${i.traffic}.`, { hint: why });
    return v;
  };
  switch (i.traffic) {
    case 'none':
      return { provider: 'none' };
    case 'command':
      return { provider: 'command', argv: parseCommand(need('traffic-command', 'e.g. ./scripts/set-weight.sh {{canary}} {{stable}}')) };
    case 'istio':
      return {
        provider: 'istio',
        virtualService: need('virtual-service', 'Name the VirtualService whose route splits stable and canary, e.g. ml-model.'),
        namespace: need('namespace', 'The namespace of the VirtualService, e.g. production.'),
        canarySubset: i['canary-subset'],
        stableSubset: i['stable-subset'],
      };
    case 'gateway-api':
      return {
        provider: 'gateway-api',
        httpRoute: need('http-route', 'Name the HTTPRoute whose backendRefs split stable and canary.'),
        namespace: need('namespace', 'The namespace of the HTTPRoute, e.g. production.'),
        canaryBackend: need('canary-backend', "The canary Service's name in backendRefs."),
        stableBackend: need('stable-backend', "The stable Service's name in backendRefs."),
      };
  }
}
