import { COMMENT_LIMIT, stickyMarker } from '@mlship/github';
import type { ChecklistConfig, Item, Rule } from './config';
import { countDelta, humanBytes, sizeDelta, type DvcOutDiff } from './dvc';

export const COMMENT_KEY = 'pr-checklist';

export interface SectionResult {
  rule: Rule;
  /** Changed paths that made the rule apply (empty for an always-on section). */
  files: string[];
}

/** Which rules apply, with their matching files: one pass over the files, every rule tested per file. */
export function evaluateRules(rules: Rule[], files: string[]): SectionResult[] {
  const matched = rules.map(() => [] as string[]);
  const globbed = rules.map((r, i) => [r, i] as const).filter(([r]) => r.match);
  for (const f of files) {
    for (const [r, i] of globbed) if (r.match!(f)) matched[i]!.push(f);
  }
  return rules.flatMap((rule, i) => (!rule.match || matched[i]!.length ? [{ rule, files: matched[i]! }] : []));
}

/** `- [x] text <!-- mlship:item:section/item -->`: a task line of ours and whether it is ticked. */
const ITEM_LINE = /^\s*[-*] \[([ xX])\] .*<!-- mlship:item:([A-Za-z0-9._-]+\/[A-Za-z0-9._-]+) -->\s*$/;

/** Ticks in a previous rendering of the comment, by `section/item` id. Lines that are not ours are ignored. */
export function parseTicks(body: string | undefined): Map<string, boolean> {
  const ticks = new Map<string, boolean>();
  if (!body) return ticks;
  for (const line of body.split(/\r?\n/)) {
    const m = ITEM_LINE.exec(line);
    if (m) ticks.set(m[2]!, m[1] !== ' ');
  }
  return ticks;
}

/**
 * A PR-controlled string (path, branch) as inline markdown that renders
 * literally: a code span longer than any backtick run inside it (so no
 * emphasis, links, HTML, mentions or autolinks apply), line breaks shown as ⏎
 * so nothing can start a new block, and `|` escaped for tables.
 */
export function code(text: string, inTable = false): string {
  // Line breaks show as ⏎ and other control characters as their Unicode control pictures (␉, ␛, ␡), so a name stays on its one list line and is still recognisable.
  let s = text
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '⏎')
    .replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/\u007f/g, '␡');
  if (inTable) s = s.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || s.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** Plain text from the config (trusted, but still must not break the list line or our markers). */
const itemText = (t: string) => t.replace(/\r?\n/g, ' ').replace(/<!--/g, '&lt;!--');

export interface ItemState extends Item {
  key: string;
  ticked: boolean;
}

export interface ChecklistState {
  sections: { result: SectionResult; items: ItemState[] }[];
  requiredTotal: number;
  requiredUnchecked: ItemState[];
}

export function applyTicks(sections: SectionResult[], ticks: Map<string, boolean>): ChecklistState {
  const out = sections.map((result) => ({
    result,
    items: result.rule.items.map((it) => {
      const key = `${result.rule.id}/${it.id}`;
      return { ...it, key, ticked: ticks.get(key) ?? false };
    }),
  }));
  const required = out.flatMap((s) => s.items.filter((i) => i.required));
  return { sections: out, requiredTotal: required.length, requiredUnchecked: required.filter((i) => !i.ticked) };
}

export interface RenderContext {
  headRef?: string;
  baseRef?: string;
  changedFiles: number;
  listedFiles: number;
  capped: boolean;
  dvc: DvcOutDiff[];
  dvcErrors: string[];
  dvcSkipped: number;
  configSource: string;
  /** Why ticks were restored, shown under the heading. */
  notice?: string;
}

/**
 * The comment, fitted to GitHub's size limit without losing a task line (a
 * cut task line would lose its tick on the next run): file lists shrink
 * first, then the .dvc table goes.
 */
export function renderComment(config: ChecklistConfig, state: ChecklistState, ctx: RenderContext): string {
  let body = '';
  for (const [filesShown, dvc] of [[20, true], [5, true], [0, true], [0, false]] as const) {
    body = renderWith(config, state, ctx, filesShown, dvc);
    if (body.length <= COMMENT_LIMIT) return body;
  }
  return body;
}

function renderWith(config: ChecklistConfig, state: ChecklistState, ctx: RenderContext, FILES_SHOWN: number, withDvc: boolean): string {
  const lines: string[] = [stickyMarker(COMMENT_KEY), `## ${itemText(config.title)}`, ''];
  const refs = ctx.headRef && ctx.baseRef ? `${code(ctx.headRef)} → ${code(ctx.baseRef)} · ` : '';
  const files = ctx.capped ? `${ctx.changedFiles} changed files (GitHub lists the first ${ctx.listedFiles}; rules saw only those)` : `${ctx.changedFiles} changed file${ctx.changedFiles === 1 ? '' : 's'}`;
  const progress = state.requiredTotal
    ? state.requiredUnchecked.length
      ? `${state.requiredTotal - state.requiredUnchecked.length} of ${state.requiredTotal} required items ticked`
      : `all ${state.requiredTotal} required items ticked ✅`
    : 'no required items';
  lines.push(`${refs}${files} · ${progress}`, '');
  if (ctx.notice) lines.push(`> [!NOTE]`, `> ${ctx.notice}`, '');
  for (const { result, items } of state.sections) {
    lines.push(`### ${itemText(result.rule.title)}`);
    for (const it of items) lines.push(`- [${it.ticked ? 'x' : ' '}] ${itemText(it.text)}${it.required ? ' _(required)_' : ''} <!-- mlship:item:${it.key} -->`);
    if (result.files.length && FILES_SHOWN === 0) lines.push('', `<sub>${result.files.length} matching file${result.files.length === 1 ? '' : 's'} (list left out to fit GitHub's comment size limit)</sub>`);
    else if (result.files.length) {
      const shown = result.files.slice(0, FILES_SHOWN).map((f) => `- ${code(f)}`);
      const more = result.files.length > FILES_SHOWN ? [`- … and ${result.files.length - FILES_SHOWN} more`] : [];
      lines.push('', `<details><summary>${result.files.length} matching file${result.files.length === 1 ? '' : 's'}</summary>`, '', ...shown, ...more, '', '</details>');
    }
    if (withDvc && ctx.dvc.length && result.files.some((f) => f.endsWith('.dvc'))) lines.push('', ...renderDvc(ctx));
    lines.push('');
  }
  lines.push(`<sub>Tick the boxes as you go: this comment is regenerated on every push and keeps your ticks; sections whose files are gone are removed. Rules: ${itemText(ctx.configSource)}.</sub>`);
  return lines.join('\n');
}

function renderDvc(ctx: RenderContext): string[] {
  const changed = ctx.dvc.filter((d) => d.change !== 'unchanged');
  const total = changed.reduce((s, d) => s + ((d.new?.size ?? 0) - (d.old?.size ?? 0)), 0);
  const head = `<details open><summary>Data changed by .dvc files: ${changed.length} output${changed.length === 1 ? '' : 's'}, net ${total >= 0 ? '+' : ''}${humanBytes(total)}</summary>`;
  const rows = ctx.dvc.map((d) => {
    const md5 = `${short(d.old?.md5)} → ${short(d.new?.md5)}`;
    const size = d.change === 'added' ? fmt(d.new?.size) : d.change === 'removed' ? `${fmt(d.old?.size)} → —` : `${fmt(d.old?.size)} → ${fmt(d.new?.size)}`;
    const delta = d.change === 'added' ? (d.new?.size !== undefined ? `+${humanBytes(d.new.size)}` : '') : d.change === 'removed' ? (d.old?.size !== undefined ? `-${humanBytes(d.old.size)}` : '') : sizeDelta(d.old?.size, d.new?.size);
    return `| ${code(d.dvcFile, true)} | ${code(d.path, true)} | ${d.change} | ${md5} | ${size} | ${delta} | ${countDelta(d.old?.nfiles, d.new?.nfiles)} |`;
  });
  const notes = [
    ...ctx.dvcErrors.map((e) => `- ⚠️ ${itemText(e).replace(/[\\`*_[\]|~<>@#]/g, (c) => `\\${c}`)}`),
    ...(ctx.dvcSkipped ? [`- ${ctx.dvcSkipped} more .dvc files not read (the first ${ctx.dvc.length ? 'ones' : 'few'} are shown)`] : []),
  ];
  return [head, '', '| .dvc file | output | change | md5 | size | Δ size | files |', '| --- | --- | --- | --- | ---: | ---: | ---: |', ...rows, ...(notes.length ? ['', ...notes] : []), '', '</details>'];
}

const short = (md5: string | undefined) => (md5 ? `\`${md5.replace(/[^0-9a-zA-Z.]/g, '').slice(0, 8)}${md5.endsWith('.dir') ? '.dir' : ''}\`` : '—');
const fmt = (n: number | undefined) => (n === undefined ? '?' : humanBytes(n));
