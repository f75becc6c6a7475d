/**
 * Moves traffic between stable and canary. Weights are whole percentages; the
 * stable side gets the rest. `setCanaryWeight(0)` is the rollback.
 */
export interface TrafficRouter {
  /** For messages: `istio VirtualService ml-model -n production`. */
  readonly description: string;
  /** False for `none`: the weights are someone else's business and are only reported. */
  readonly shifts: boolean;
  setCanaryWeight(canary: number): Promise<void>;
  /** Checks, without changing anything, that weights can be set (the route object exists and splits the two). */
  preflight(): Promise<void>;
}
