import { UserError } from '@mlship/core';
import { fillArgv, parseArgvTemplate } from '../argv';
import { run } from '../traffic/exec';
import { createRouter, type TrafficConfig } from '../traffic';
import { readSelector, setSelector } from './service-selector';

/** The two deployments; the value each stands for (a selector value, a subset, a backend) is configured. */
export type Color = 'blue' | 'green';

export const other = (c: Color): Color => (c === 'blue' ? 'green' : 'blue');

/**
 * How users are moved from blue to green and back: plain JSON, so the post:
 * step can rebuild the switch from the step's saved state and switch back.
 */
export type SwitchConfig =
  /** A Service's selector `label`: blue's value → green's value. */
  | { provider: 'service-selector'; service: string; namespace: string; label: string; values: Record<Color, string> }
  /** Route weights through the canary routers: green is the canary side, 100 = green serves everything. */
  | { provider: 'weights'; traffic: Extract<TrafficConfig, { provider: 'istio' | 'gateway-api' }> }
  /** A program run with {{active}} and {{previous}} filled with the colours' values. */
  | { provider: 'command'; argv: string[]; values: Record<Color, string> };

export interface BlueGreenSwitch {
  /** For messages: `Service ml-model -n production (selector version)`. */
  readonly description: string;
  /**
   * Checks, changing nothing, that the switch can be made (the object exists and
   * splits blue and green); resolves to the colour serving users now when the
   * provider can tell (a Service selector can, weights and a command cannot).
   */
  preflight(): Promise<Color | undefined>;
  /** Sends every user to `color`. */
  switchTo(color: Color): Promise<void>;
}

export const SWITCH_PLACEHOLDERS = ['active', 'previous'] as const;

/** `switch-command`: an argv template that must say which colour to activate. */
export function parseSwitchCommand(text: string, where = 'input "switch-command"'): string[] {
  const argv = parseArgvTemplate(text, where, SWITCH_PLACEHOLDERS);
  if (!argv.some((a) => a.includes('{{active}}'))) {
    throw new UserError('never mentions {{active}}, so it cannot tell which deployment to switch to.', { where, hint: 'Pass the colour as an argument, e.g. ./scripts/switch.sh {{active}}' });
  }
  return argv;
}

export function createSwitch(config: SwitchConfig, log: (line: string) => void): BlueGreenSwitch {
  switch (config.provider) {
    case 'service-selector': {
      const o = { service: config.service, namespace: config.namespace, label: config.label, where: 'input "active-service"' };
      const colorOf = (value: string): Color | undefined => (value === config.values.blue ? 'blue' : value === config.values.green ? 'green' : undefined);
      return {
        description: `Service ${config.service} -n ${config.namespace} (selector ${config.label})`,
        preflight: async () => {
          const value = await readSelector(o);
          const color = colorOf(value);
          if (!color) {
            throw new UserError(`Service ${config.service} -n ${config.namespace} selects ${config.label}=${value}, which is neither blue (${config.values.blue}) nor green (${config.values.green}).`, {
              where: o.where,
              hint: 'Set blue to the value the Service selects now and green to the new Deployment\'s value.',
            });
          }
          return color;
        },
        switchTo: async (color) => {
          const change = await setSelector(o, config.values[color], [config.values.blue, config.values.green]);
          log(change.changed ? `  ${config.label}: ${change.before} → ${config.values[color]}` : `  ${config.label} is already ${config.values[color]}; nothing patched.`);
        },
      };
    }
    case 'weights': {
      const router = createRouter(config.traffic, log);
      return {
        description: router.description,
        preflight: async () => {
          await router.preflight();
          return undefined;
        },
        switchTo: (color) => router.setCanaryWeight(color === 'green' ? 100 : 0),
      };
    }
    case 'command':
      return {
        description: `the command \`${config.argv.join(' ')}\``,
        preflight: async () => undefined,
        switchTo: async (color) => {
          const argv = fillArgv(config.argv, { active: config.values[color], previous: config.values[other(color)] });
          await run(argv, { where: 'input "switch-command"', log: (line) => log(`  ${line}`) });
        },
      };
  }
}
