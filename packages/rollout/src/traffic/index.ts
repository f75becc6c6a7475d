import { CommandRouter } from './command';
import { GatewayApiRouter, IstioRouter, type GatewayApiOptions, type IstioOptions } from './kubernetes';
import type { TrafficRouter } from './router';

export type { TrafficRouter } from './router';
export { parseCommand, fillWeights, CommandRouter } from './command';
export { IstioRouter, GatewayApiRouter, type IstioOptions, type GatewayApiOptions } from './kubernetes';
export { trafficInputs, trafficConfig, type TrafficInputs } from './inputs';
export { restoreTrafficInPost, type TrafficStateKeys } from './restore';

/** Everything needed to rebuild a router: plain JSON, so the post: step can restore traffic from saved state. */
export type TrafficConfig =
  | { provider: 'none' }
  | { provider: 'command'; argv: string[] }
  | ({ provider: 'istio' } & IstioOptions)
  | ({ provider: 'gateway-api' } & GatewayApiOptions);

/** `traffic: none`: observe only; the weights are whatever the deployment already does. */
export class ObserveOnly implements TrafficRouter {
  readonly shifts = false;
  readonly description = 'no traffic provider (observe only)';
  async setCanaryWeight(): Promise<void> {}
  async preflight(): Promise<void> {}
}

export function createRouter(config: TrafficConfig, log: (line: string) => void): TrafficRouter {
  switch (config.provider) {
    case 'none':
      return new ObserveOnly();
    case 'command':
      return new CommandRouter(config.argv, log);
    case 'istio':
      return new IstioRouter(config, log);
    case 'gateway-api':
      return new GatewayApiRouter(config, log);
  }
}
