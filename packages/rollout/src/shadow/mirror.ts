import { UserError } from '@mlship/core';
import { fillArgv, parseArgvTemplate } from '../argv';
import { run } from '../traffic/exec';
import { patchObject, readObject, type KubectlTarget } from '../traffic/kubectl-object';

/**
 * Copies of live requests sent to the shadow, whose answers are dropped: the
 * live model still answers every request. `start` turns the mirror on at a
 * percentage of requests, `remove` takes it away again (also from the post:
 * step, so a cancelled job leaves no mirror behind).
 */
export interface Mirror {
  /** For messages: `VirtualService ml-model -n production`. */
  readonly description: string;
  /** False for `mirror: none`: someone else mirrors, nothing is changed or removed. */
  readonly changes: boolean;
  /** Checks, without changing anything, that the mirror can be set. */
  preflight(): Promise<void>;
  start(percent: number): Promise<void>;
  remove(): Promise<void>;
}

export interface IstioMirrorOptions {
  virtualService: string;
  namespace: string;
  /** DestinationRule subset of the live model: routes sending to it get the mirror. */
  liveSubset: string;
  shadowSubset: string;
  /** Host of the shadow; the live destination's host when unset. */
  host?: string;
}

/** Plain JSON, so the post: step can rebuild the mirror from saved state. */
export type MirrorConfig = { provider: 'none' } | { provider: 'command'; argv: string[] } | ({ provider: 'istio' } & IstioMirrorOptions);

/** `mirror-percentage`: 0–100, fractions allowed (Istio's mirrorPercentage is a double). */
export function parseMirrorPercentage(text: string, where = 'input "mirror-percentage"'): number {
  const t = text.trim().replace(/%$/, '');
  const n = /^(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : NaN;
  if (!(n >= 0 && n <= 100)) throw new UserError(`"${text}" is not a percentage within 0–100.`, { where, hint: 'The share of live requests copied to the shadow, e.g. 100 (every request) or 10.' });
  return n;
}

/** `mirror: command`: an argv template with `{{percent}}`, run with the percentage to mirror and with 0 to remove the mirror. */
export function parseMirrorCommand(text: string, where = 'input "mirror-command"'): string[] {
  const argv = parseArgvTemplate(text, where, ['percent']);
  if (!argv.some((a) => /\{\{\s*percent\s*\}\}/.test(a))) {
    throw new UserError('never mentions {{percent}}, so it cannot set or remove the mirror.', { where, hint: 'Pass the percentage as an argument, e.g. ./scripts/set-mirror.sh {{percent}}' });
  }
  return argv;
}

export class NoMirror implements Mirror {
  readonly changes = false;
  readonly description = 'no mirror provider (the traffic is already mirrored)';
  async preflight(): Promise<void> {}
  async start(): Promise<void> {}
  async remove(): Promise<void> {}
}

export class CommandMirror implements Mirror {
  readonly changes = true;
  readonly description: string;
  constructor(
    private readonly argv: string[],
    private readonly log: (line: string) => void,
  ) {
    this.description = `the command \`${argv.join(' ')}\``;
  }
  /** A command cannot be asked whether it would work; parseMirrorCommand already checked its shape. */
  async preflight(): Promise<void> {}
  async start(percent: number): Promise<void> {
    await this.run(percent);
  }
  async remove(): Promise<void> {
    await this.run(0);
  }
  private async run(percent: number): Promise<void> {
    await run(fillArgv(this.argv, { percent: String(percent) }), { where: 'input "mirror-command"', log: (line) => this.log(`  ${line}`) });
  }
}

interface HttpRoute {
  route?: { destination?: { host?: string; subset?: string } }[];
  mirror?: { host?: string; subset?: string };
}

/**
 * Istio VirtualService: every http route that sends to the live subset gets
 * `mirror: {host, subset: shadow}` and `mirrorPercentage: {value}`; removing
 * takes exactly those two fields away again. A route that already mirrors
 * somewhere is refused rather than overwritten (and later removed).
 */
export class IstioMirror implements Mirror {
  readonly changes = true;
  readonly description: string;
  private readonly target: KubectlTarget;

  constructor(private readonly o: IstioMirrorOptions) {
    this.description = `VirtualService ${o.virtualService} -n ${o.namespace}`;
    this.target = { resource: 'virtualservice', name: o.virtualService, namespace: o.namespace, where: 'input "virtual-service"' };
  }

  private routes(spec: Record<string, unknown> | undefined): HttpRoute[] {
    return Array.isArray(spec?.http) ? (spec.http as HttpRoute[]) : [];
  }

  private isOurs(h: HttpRoute): boolean {
    return h.mirror?.subset === this.o.shadowSubset && (this.o.host === undefined || h.mirror.host === this.o.host);
  }

  /** The http routes to mirror, each with the host the shadow's copy goes to. */
  private live(spec: Record<string, unknown> | undefined): { index: number; host: string }[] {
    const seen = new Set<string>();
    const out: { index: number; host: string }[] = [];
    this.routes(spec).forEach((h, index) => {
      const destinations = (Array.isArray(h.route) ? h.route : []).map((r) => r.destination ?? {});
      for (const d of destinations) if (d.subset) seen.add(d.subset);
      const live = destinations.find((d) => d.subset === this.o.liveSubset);
      if (!live) return;
      if (h.mirror && !this.isOurs(h)) {
        throw new UserError(`http[${index}] of VirtualService ${this.o.virtualService} already mirrors to ${h.mirror.host ?? '?'}${h.mirror.subset ? ` subset ${h.mirror.subset}` : ''}; shadow-check will not overwrite another mirror.`, {
          where: this.target.where,
          hint: 'Remove that mirror first, or set mirror: none if it already copies traffic to the shadow.',
        });
      }
      const host = this.o.host ?? live.host;
      if (!host) throw new UserError(`http[${index}] of VirtualService ${this.o.virtualService} routes to subset "${this.o.liveSubset}" without a host.`, { where: this.target.where, hint: 'Set mirror-host to the shadow Service host.' });
      out.push({ index, host });
    });
    if (out.length === 0) {
      throw new UserError(`VirtualService ${this.o.virtualService} -n ${this.o.namespace} has no http route to subset "${this.o.liveSubset}" (subsets found: ${[...seen].join(', ') || 'none'}).`, {
        where: this.target.where,
        hint: 'Set live-subset to the subset of the live model in its DestinationRule.',
      });
    }
    return out;
  }

  async preflight(): Promise<void> {
    this.live((await readObject(this.target)).spec);
  }

  async start(percent: number): Promise<void> {
    const obj = await readObject(this.target);
    const ops = this.live(obj.spec).flatMap(({ index, host }) => [
      // `add` replaces a member that exists (our own mirror from an earlier, interrupted run).
      { op: 'add', path: `/spec/http/${index}/mirror`, value: { host, subset: this.o.shadowSubset } },
      { op: 'add', path: `/spec/http/${index}/mirrorPercentage`, value: { value: percent } },
    ]);
    await patchObject(this.target, obj, ops);
  }

  async remove(): Promise<void> {
    const obj = await readObject(this.target);
    const ops = this.routes(obj.spec).flatMap((h, index) =>
      this.isOurs(h) ? [{ op: 'remove', path: `/spec/http/${index}/mirror` }, ...('mirrorPercentage' in h ? [{ op: 'remove', path: `/spec/http/${index}/mirrorPercentage` }] : [])] : [],
    );
    if (ops.length) await patchObject(this.target, obj, ops);
  }
}

export function createMirror(config: MirrorConfig, log: (line: string) => void): Mirror {
  switch (config.provider) {
    case 'none':
      return new NoMirror();
    case 'command':
      return new CommandMirror(config.argv, log);
    case 'istio':
      return new IstioMirror(config);
  }
}
