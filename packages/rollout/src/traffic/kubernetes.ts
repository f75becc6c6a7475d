import { UserError } from '@mlship/core';
import { patchObject, readObject, type KubeObject, type KubectlTarget } from './kubectl-object';
import type { TrafficRouter } from './router';

/**
 * Weight shifting on a Kubernetes route object through kubectl: read the
 * object (`kubectl get -o json`), find the route whose destinations are the
 * stable and the canary, and change only their weights with a JSON patch that
 * first tests the resourceVersion read, so a concurrent edit fails the patch
 * instead of being overwritten.
 */
interface Destination {
  /** JSON-pointer path of the weight field. */
  path: string;
  role: 'canary' | 'stable';
}

type Role = 'canary' | 'stable' | null;

/**
 * The weight fields of the route lists (`roles[i][j]`: what entry j of list i
 * points at) that split traffic between the stable and the canary. A list with
 * only one of the two (a header-matched route to the canary alone) is left as
 * it is; a list that has both and something else cannot be split, and `mixed`
 * throws for it.
 */
function splitWeights(roles: Role[][], weightPath: (list: number, entry: number) => string, mixed: (list: number) => never): Destination[] {
  const out: Destination[] = [];
  roles.forEach((list, i) => {
    if (!list.includes('canary') || !list.includes('stable')) return;
    if (list.includes(null)) mixed(i);
    list.forEach((role, j) => out.push({ path: weightPath(i, j), role: role! }));
  });
  return out;
}

abstract class KubectlRouter implements TrafficRouter {
  readonly shifts = true;
  abstract readonly description: string;
  protected abstract readonly resource: string;
  protected abstract readonly where: string;

  constructor(
    protected readonly name: string,
    protected readonly namespace: string,
    protected readonly log: (line: string) => void,
  ) {}

  protected abstract destinations(spec: Record<string, unknown>): Destination[];

  private get target(): KubectlTarget {
    return { resource: this.resource, name: this.name, namespace: this.namespace, where: this.where };
  }

  private async read(): Promise<{ obj: KubeObject; found: Destination[] }> {
    const obj = await readObject(this.target);
    return { obj, found: this.destinations(obj.spec ?? {}) };
  }

  async preflight(): Promise<void> {
    await this.read();
  }

  async setCanaryWeight(canary: number): Promise<void> {
    const { obj, found } = await this.read();
    // `add` sets a member whether or not a weight was written before (`replace` needs one).
    await patchObject(this.target, obj, found.map((d) => ({ op: 'add', path: d.path, value: d.role === 'canary' ? canary : 100 - canary })));
  }
}

export interface IstioOptions {
  virtualService: string;
  namespace: string;
  canarySubset: string;
  stableSubset: string;
  /** Only destinations of this host; any host when unset. */
  host?: string;
  /** The inputs naming the two subsets, for the hint; default `stable-subset/canary-subset`. */
  subsetInputs?: string;
}

/** Istio VirtualService: `spec.http[].route[].destination.subset` (seed 000 section 4.2's 95/5). */
export class IstioRouter extends KubectlRouter {
  readonly description: string;
  protected readonly resource = 'virtualservice';
  protected readonly where = 'input "virtual-service"';

  constructor(
    private readonly o: IstioOptions,
    log: (line: string) => void,
  ) {
    super(o.virtualService, o.namespace, log);
    this.description = `VirtualService ${o.virtualService} -n ${o.namespace}`;
  }

  protected destinations(spec: Record<string, unknown>): Destination[] {
    const http = Array.isArray(spec.http) ? (spec.http as { route?: { destination?: { host?: string; subset?: string } }[] }[]) : [];
    const seen = new Set<string>();
    const roles = http.map((h) =>
      (Array.isArray(h.route) ? h.route : []).map((r) => {
        const d = r.destination ?? {};
        if (d.subset) seen.add(d.subset);
        if (this.o.host && d.host !== this.o.host) return null;
        return d.subset === this.o.canarySubset ? 'canary' : d.subset === this.o.stableSubset ? 'stable' : null;
      }),
    );
    const out = splitWeights(roles, (i, j) => `/spec/http/${i}/route/${j}/weight`, (i) => {
      throw new UserError(`http[${i}] of VirtualService ${this.o.virtualService} also routes to other destinations, so its weights cannot be split between "${this.o.stableSubset}" and "${this.o.canarySubset}" alone.`, { where: this.where });
    });
    if (out.length === 0) {
      throw new UserError(
        `VirtualService ${this.o.virtualService} -n ${this.o.namespace} has no http route with both subset "${this.o.stableSubset}" and subset "${this.o.canarySubset}"${this.o.host ? ` of host ${this.o.host}` : ''} (subsets found: ${[...seen].join(', ') || 'none'}).`,
        { where: this.where, hint: `Set ${this.o.subsetInputs ?? 'stable-subset/canary-subset'} to the subset names of its DestinationRule.` },
      );
    }
    return out;
  }
}

export interface GatewayApiOptions {
  httpRoute: string;
  namespace: string;
  canaryBackend: string;
  stableBackend: string;
  /** The inputs naming the two backends, for the hint; default `stable-backend/canary-backend`. */
  backendInputs?: string;
}

/** Gateway API HTTPRoute: `spec.rules[].backendRefs[].weight` of the two Services. */
export class GatewayApiRouter extends KubectlRouter {
  readonly description: string;
  protected readonly resource = 'httproute';
  protected readonly where = 'input "http-route"';

  constructor(
    private readonly o: GatewayApiOptions,
    log: (line: string) => void,
  ) {
    super(o.httpRoute, o.namespace, log);
    this.description = `HTTPRoute ${o.httpRoute} -n ${o.namespace}`;
  }

  protected destinations(spec: Record<string, unknown>): Destination[] {
    const rules = Array.isArray(spec.rules) ? (spec.rules as { backendRefs?: { name?: string }[] }[]) : [];
    const seen = new Set<string>();
    const roles = rules.map((rule) =>
      (Array.isArray(rule.backendRefs) ? rule.backendRefs : []).map((b) => {
        if (b.name) seen.add(b.name);
        return b.name === this.o.canaryBackend ? 'canary' : b.name === this.o.stableBackend ? 'stable' : null;
      }),
    );
    const out = splitWeights(roles, (i, j) => `/spec/rules/${i}/backendRefs/${j}/weight`, (i) => {
      throw new UserError(`rules[${i}] of HTTPRoute ${this.o.httpRoute} also sends traffic to other backends, so its weights cannot be split between "${this.o.stableBackend}" and "${this.o.canaryBackend}" alone.`, { where: this.where });
    });
    if (out.length === 0) {
      throw new UserError(
        `HTTPRoute ${this.o.httpRoute} -n ${this.o.namespace} has no rule with both backend "${this.o.stableBackend}" and backend "${this.o.canaryBackend}" (backends found: ${[...seen].join(', ') || 'none'}).`,
        { where: this.where, hint: `Set ${this.o.backendInputs ?? 'stable-backend/canary-backend'} to the Service names in its backendRefs.` },
      );
    }
    return out;
  }
}
