import { UserError } from '@mlship/core';
import { RaceError, describeTarget, type AssignOptions, type AssignResult, type ModelRegistry, type ModelVersion, type PromotionRecord, type Provenance, type Target, type UnassignOptions, type UnassignResult } from '../registry';
import { GitCommandError, runGit, tokenAuthEnv } from './exec';
import { buildState, holderOf, latestRegistered, stagesOf, versionsInStage, type ArtifactState, type TagRecord } from './state';
import { formatTagMessage, type TagMetadata } from './tag-message';
import { compareSemver, formatTagName, isValidArtifactName, isValidStageName, isValidVersion, normalizeVersion, parseTagName } from './tag-names';

export interface GitRegistryOptions {
  /** Working directory inside the repository. */
  cwd: string;
  /** Remote to fetch tags from and push them to; undefined works on the local repository only. */
  remote?: string;
  /** Token for an http(s) remote (the workflow's GITHUB_TOKEN). */
  token?: string;
  /** Repository web page, e.g. https://github.com/o/r, for browsable URLs. */
  webUrl?: string;
  /** Tagger identity when git has none configured (fresh CI runners). */
  tagger?: { name: string; email: string };
}

const FIELD = '%00';
const FORMAT = ['%(refname:strip=2)', '%(objecttype)', '%(objectname)', '%(*objectname)', '%(taggerdate:unix)', '%(contents)'].join(FIELD) + FIELD;
const provenanceMeta = (p: Provenance): TagMetadata => ({ runUrl: p.runUrl, commit: p.commit, actor: p.actor, gate: p.gate });
const DEFAULT_TAGGER = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/**
 * The embedded registry: GTO-compatible annotated tags in the repository
 * itself (see tag-names.ts). Stages are GTO stages; an alias is the same thing
 * under another name — a stage that only ever holds one version — so
 * `to-alias: champion` writes `name#champion#N` and always unassigns the
 * previous holder, which is exactly what an MLflow alias move does.
 */
export class GitTagRegistry implements ModelRegistry {
  readonly kind = 'git' as const;
  private fetched = false;
  private remoteUrl: string | undefined;

  constructor(private readonly opts: GitRegistryOptions) {}

  url(model?: string, version?: string): string {
    const base = this.opts.webUrl?.replace(/\/+$/, '') ?? this.opts.cwd;
    if (!model) return base;
    if (!version) return this.opts.webUrl ? `${base}/tags` : base;
    const tag = formatTagName(model, { action: 'register', version: normalizeVersion(version) });
    return this.opts.webUrl ? `${base}/releases/tag/${encodeURIComponent(tag)}` : `${base}#${tag}`;
  }

  async getModel(name: string) {
    const state = await this.state(name);
    if (state.tags.size === 0) {
      throw new UserError(`model "${name}" not found in the git registry: the repository has no ${formatTagName(name, { action: 'register', version: 'v…' })} tags.`, {
        hint: this.opts.remote ? `Check the model name; tags are read from remote "${this.opts.remote}".` : 'Check the model name, or register a version first (git tag -a …).',
      });
    }
    if (state.deprecated) throw new UserError(`model "${name}" is deprecated in the git registry (tag ${name}@deprecated).`, { hint: 'Deprecated models cannot be promoted.' });
    return { name, url: this.url(name) };
  }

  async getVersion(name: string, version: string): Promise<ModelVersion> {
    const state = await this.state(name);
    return this.describe(state, this.version(name, version, state));
  }

  async latestVersion(name: string, target?: Target): Promise<ModelVersion | null> {
    const state = await this.state(name);
    const v = target ? holderOf(state, this.stageName(target)) : latestRegistered(state);
    return v === null ? null : this.describe(state, v);
  }

  async versionMetrics(name: string, version: string): Promise<Record<string, number>> {
    const state = await this.state(name);
    const v = this.version(name, version, state);
    return state.versions.get(v)?.meta.metrics ?? {};
  }

  /** Tags `commit` as version `version` (what a training workflow does once a model is built). */
  async register(name: string, version: string, commit: string, meta: TagMetadata = {}): Promise<string> {
    if (!isValidArtifactName(name)) throw new UserError(`"${name}" is not a valid GTO artifact name.`, { hint: "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit." });
    const v = normalizeVersion(version);
    if (!isValidVersion(v)) throw new UserError(`"${version}" is not a semantic version.`, { hint: 'The git registry names versions like v1.2.0.' });
    const tag = formatTagName(name, { action: 'register', version: v });
    await this.tag(tag, commit, formatTagMessage(`Register ${name} ${v}`, { ...meta, version: v }));
    if (this.opts.remote) await this.push([tag]);
    return tag;
  }

  async assign(name: string, version: string, o: AssignOptions): Promise<AssignResult> {
    const stage = this.stageName(o.target);
    const state = await this.freshState(name, o.target, o.expectedHolder);
    const v = this.version(name, version, state);
    const previous = o.expectedHolder;
    if (previous === v) return { previous, changed: false, archived: [], warnings: [] };

    const others = versionsInStage(state, stage).filter((x) => x !== v);
    const archive = o.target.kind === 'alias' || o.archiveExisting;
    if (!archive && others.length > 0 && compareSemver(others[0]!, v) > 0) {
      throw new UserError(`${others[0]} would stay the version of ${describeTarget(o.target)}: it is newer than ${v} and archive-existing is false.`, {
        hint: 'Set archive-existing: true to replace it (that is how a rollback to an older version works).',
      });
    }
    const meta: TagMetadata = { version: v, ...provenanceMeta(o.provenance) };
    let counter = state.counter;
    const writes = (archive ? others : []).map((old) => this.unassignTag(state, stage, old, ++counter, `(replaced by ${v})`, meta));
    // Each assignment is its own immutable tag, so the history is the tags; target and previous make each one self-describing.
    const assignMeta: TagMetadata = { ...meta, target: `${o.target.kind}:${o.target.name}`, ...(previous === null ? {} : { previous }) };
    writes.push({ tag: formatTagName(name, { action: 'assign', stage }, ++counter), commit: state.versions.get(v)!.commit, message: formatTagMessage(`Assign ${stage} to ${name} ${v}`, assignMeta) });
    await this.publish(name, o.target, o.expectedHolder, state, writes, state.versions.get(v)!.tag);
    return { previous, changed: true, archived: archive ? others : [], warnings: [] };
  }

  async unassign(name: string, o: UnassignOptions): Promise<UnassignResult> {
    const stage = this.stageName(o.target);
    const state = await this.freshState(name, o.target, o.expectedHolder);
    const holders = versionsInStage(state, stage);
    if (holders.length === 0) return { previous: null, changed: false };
    let counter = state.counter;
    const writes = holders.map((old) => this.unassignTag(state, stage, old, ++counter, '(emptied)', provenanceMeta(o.provenance)));
    await this.publish(name, o.target, o.expectedHolder, state, writes);
    return { previous: o.expectedHolder, changed: true };
  }

  async promotions(name: string, version: string): Promise<PromotionRecord[]> {
    const state = await this.state(name);
    const v = this.version(name, version, state);
    return state.assignments
      .filter((a) => a.version === v)
      .map(({ stage, time, meta }) => ({
        // Tags written before mlship recorded the target are stage assignments as GTO writes them.
        target: meta.target ?? `stage:${stage}`,
        previous: meta.previous ?? null,
        ...(meta.runUrl ? { runUrl: meta.runUrl } : {}),
        ...(meta.commit ? { commit: meta.commit } : {}),
        ...(meta.actor ? { actor: meta.actor } : {}),
        ...(meta.gate ? { gate: meta.gate } : {}),
        ...(time ? { at: new Date(time * 1000).toISOString() } : {}),
      }));
  }

  /** Re-reads the target from the remote as it is now and throws RaceError when its holder is not the expected one. */
  private async freshState(name: string, target: Target, expected: string | null): Promise<ArtifactState> {
    this.fetched = false;
    const state = await this.state(name);
    const now = holderOf(state, this.stageName(target));
    if (now !== expected) throw new RaceError(name, target, expected, now);
    return state;
  }

  private unassignTag(state: ArtifactState, stage: string, version: string, counter: number, why: string, meta: TagMetadata) {
    return {
      tag: formatTagName(state.name, { action: 'unassign', stage }, counter),
      commit: state.versions.get(version)?.commit ?? version,
      message: formatTagMessage(`Unassign ${stage} from ${state.name} ${version} ${why}`, { ...meta, version }),
    };
  }

  /** Writes the tags locally, checks the remote is unchanged, and pushes them (with the version's registration if the remote lacks it) in one atomic push. */
  private async publish(name: string, target: Target, expected: string | null, state: ArtifactState, writes: { tag: string; commit: string; message: string }[], registration?: string) {
    const created: string[] = [];
    try {
      for (const w of writes) {
        await this.tag(w.tag, w.commit, w.message);
        created.push(w.tag);
      }
      if (this.opts.remote) {
        await this.checkRemoteUnchanged(name, target, state, expected);
        const missing = registration && !(await this.remoteTags()).has(registration) ? [registration] : [];
        await this.push([...missing, ...created], name, target, expected);
      }
    } catch (e) {
      // No half-done promotion: tags that did not reach the remote are taken back.
      for (const t of created) await this.git(['tag', '-d', t]).catch(() => undefined);
      throw e;
    }
  }

  private stageName(target: Target): string {
    if (!isValidStageName(target.name)) {
      throw new UserError(`${describeTarget(target)} is not a valid GTO stage name.`, { hint: "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit (e.g. prod, Production, champion)." });
    }
    return target.name;
  }

  private version(name: string, version: string, state: ArtifactState): string {
    const v = normalizeVersion(version);
    const found = state.versions.get(v);
    if (!found?.active) {
      const known = [...state.versions.values()].filter((x) => x.active).map((x) => x.version).sort(compareSemver).slice(-5);
      throw new UserError(`version ${v} of model "${name}" not found in the git registry${found ? ' (it was deregistered)' : ''}.`, {
        hint: known.length ? `Registered versions: ${known.join(', ')}${known.length === 5 ? ', …' : ''}.` : `No versions are registered; tag one as ${name}@v1.0.0.`,
      });
    }
    return v;
  }

  private describe(state: ArtifactState, version: string): ModelVersion {
    const v = state.versions.get(version);
    return { model: state.name, version, stages: stagesOf(state, version), aliases: [], ...(v ? { commit: v.commit } : {}), url: this.url(state.name, version) };
  }

  private async state(name: string): Promise<ArtifactState> {
    if (!this.fetched && this.opts.remote) {
      await this.fetchTags();
      this.fetched = true;
    }
    return buildState(name, await this.readTags());
  }

  private async readTags(): Promise<TagRecord[]> {
    const out = await this.git(['for-each-ref', `--format=${FORMAT}`, 'refs/tags']);
    const fields = out.split('\0');
    const records: TagRecord[] = [];
    for (let i = 0; i + 6 <= fields.length; i += 6) {
      const [tag, type, object, peeled, time, message] = fields.slice(i, i + 6) as [string, string, string, string, string, string];
      records.push({ tag: tag.replace(/^\n/, ''), commit: type === 'tag' ? peeled : object, time: Number(time) || 0, message });
    }
    return records;
  }

  private async remoteUrlOf(): Promise<string> {
    if (this.remoteUrl === undefined) {
      try {
        this.remoteUrl = (await runGit(['remote', 'get-url', this.opts.remote!], { cwd: this.opts.cwd })).trim();
      } catch {
        throw new UserError(`the repository has no remote "${this.opts.remote}".`, { where: this.opts.cwd, hint: 'Set `remote` to one of `git remote` (actions/checkout creates "origin"), or to none to work on local tags only.' });
      }
    }
    return this.remoteUrl;
  }

  private async fetchTags() {
    // `+`: the remote's tags win over stale local ones; no prune, so local registrations survive.
    await this.network(['fetch', '--quiet', '--no-tags', this.opts.remote!, '+refs/tags/*:refs/tags/*'], 'fetch tags from');
  }

  private async remoteTags(): Promise<Set<string>> {
    const out = await this.network(['ls-remote', '--tags', '--refs', this.opts.remote!], 'list tags of');
    return new Set(out.split('\n').filter(Boolean).map((l) => l.split('\t')[1]!.replace(/^refs\/tags\//, '')));
  }

  /** The lease: the model's tags on the remote are still the ones the decision was made on. */
  private async checkRemoteUnchanged(name: string, target: Target, seen: ArtifactState, expected: string | null) {
    const now = [...(await this.remoteTags())].filter((t) => parseTagName(t)?.artifact === name);
    const added = now.filter((t) => !seen.tags.has(t));
    if (added.length > 0) throw new RaceError(name, target, expected, `new tags ${added.join(', ')}`);
  }

  private async push(tags: string[], name?: string, target?: Target, expected?: string | null) {
    try {
      // Atomic: the unassignments and the assignment land together or not at all. Without
      // --force an existing tag name is rejected, so two promotions that read the same
      // state collide on their counter-numbered tag instead of both landing.
      await this.network(['push', '--atomic', '--quiet', this.opts.remote!, ...tags.map((t) => `refs/tags/${t}:refs/tags/${t}`)], 'push tags to', true);
    } catch (e) {
      if (e instanceof GitCommandError && /already exists|stale info/i.test(e.stderr) && name && target) {
        throw new RaceError(name, target, expected ?? null, `tags pushed by someone else (${e.stderr.trim().split('\n')[0]})`);
      }
      throw e instanceof GitCommandError ? this.networkError(e, 'push tags to') : e;
    }
  }

  private async network(args: string[], what: string, raw = false): Promise<string> {
    const url = await this.remoteUrlOf();
    const env = this.opts.token ? tokenAuthEnv(url, this.opts.token) : {};
    try {
      return await runGit(args, { cwd: this.opts.cwd, env });
    } catch (e) {
      if (raw || !(e instanceof GitCommandError)) throw e;
      throw this.networkError(e, what);
    }
  }

  private networkError(e: GitCommandError, what: string): UserError {
    const text = e.stderr.trim();
    const auth = /403|401|Authentication failed|could not read Username|Permission to .* denied|terminal prompts disabled/i.test(text);
    const last = text.split('\n').filter(Boolean).at(-1) ?? '';
    return new UserError(`could not ${what} remote "${this.opts.remote}": ${last.replace(/^fatal: /, '')}`, {
      hint: auth
        ? 'Pass a token that may push tags (`github-token: ${{ secrets.GITHUB_TOKEN }}` with `permissions: contents: write`).'
        : 'Check that the remote is reachable and that the checkout has full history (actions/checkout with fetch-depth: 0).',
    });
  }

  private async tag(tag: string, commit: string, message: string) {
    await this.git(['tag', '-a', '-m', message, tag, commit], await this.identity());
  }

  private identityEnv: Record<string, string> | undefined;
  /** git refuses to write an annotated tag without a tagger; fresh runners have none configured. */
  private async identity(): Promise<Record<string, string>> {
    if (this.identityEnv) return this.identityEnv;
    const configured = await runGit(['config', 'user.email'], { cwd: this.opts.cwd }).then(
      (email) => email.trim() !== '',
      () => false,
    );
    const who = this.opts.tagger ?? DEFAULT_TAGGER;
    this.identityEnv = configured && !this.opts.tagger ? {} : { GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
    return this.identityEnv;
  }

  private async git(args: string[], env?: Record<string, string>): Promise<string> {
    try {
      return await runGit(args, { cwd: this.opts.cwd, env });
    } catch (e) {
      if (e instanceof GitCommandError && /not a git repository/i.test(e.stderr)) {
        throw new UserError('not a git repository, so there is no git registry here.', { where: this.opts.cwd, hint: 'Check out the repository first (actions/checkout with fetch-depth: 0), or use registry: mlflow.' });
      }
      throw e;
    }
  }
}
