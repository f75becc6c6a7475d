import type { TrafficRouter } from '../traffic/router';

/** Test-only router that remembers every weight it was asked to set. */
export class RecordingRouter implements TrafficRouter {
  readonly weights: number[] = [];
  readonly description = 'the test router';
  constructor(readonly shifts = true) {}
  async preflight(): Promise<void> {}
  async setCanaryWeight(canary: number): Promise<void> {
    this.weights.push(canary);
  }
}
