import { createHash } from 'node:crypto';
import { configJsonSchema, readConfigDocument, UserError, validateConfig, type ConfigDocument } from '@mlship/core';
import { compileGlob as compileLinearGlob, GlobRefusal } from '@mlship/core/glob';
import { z } from 'zod';

const itemObject = z
  .object({
    text: z.string().min(1),
    /** An unticked required item keeps the mlship/checklist status pending. */
    required: z.boolean().optional(),
    /** Stable id, so a tick survives rewording the text; default: derived from the text. */
    id: z.string().regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, ".", "_" or "-"').optional(),
  })
  .strict();

const labelObject = z
  .object({
    name: z.string().min(1).max(50),
    color: z.string().regex(/^#?[0-9a-fA-F]{6}$/, 'expected six hex digits such as "0e8a16"').optional(),
    description: z.string().max(100).optional(),
  })
  .strict();

const ruleSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, ".", "_" or "-"').optional(),
    title: z.string().min(1),
    /** picomatch globs over changed paths (relative to the repository root); omitted = the section always applies. */
    paths: z.array(z.string()).min(1).optional(),
    /** Changed paths matching these never count for the rule. */
    'paths-ignore': z.array(z.string()).optional(),
    labels: z.array(z.union([z.string().min(1).max(50), labelObject])).default([]),
    items: z.array(z.union([z.string().min(1), itemObject])).min(1),
    /** Items are required unless they say otherwise. */
    required: z.boolean().default(true),
    /** Only shown when named in `enable` (the built-in CI and CD checklists are optional). */
    optional: z.boolean().default(false),
  })
  .strict();

export const checklistConfigSchema = z
  .object({
    /** Heading of the comment. */
    title: z.string().min(1).default('PR Checklist'),
    /** Start from the built-in rules (model, data, general, and the optional ci and cd sections). */
    defaults: z.boolean().default(true),
    /** Optional sections to show, by id (e.g. [ci, cd]). */
    enable: z.array(z.string()).default([]),
    /** Added after the built-in ones; a rule with a built-in id replaces it. */
    rules: z.array(ruleSchema).default([]),
  })
  .strict();

export type RuleConfig = z.output<typeof ruleSchema>;

export interface Item {
  id: string;
  text: string;
  required: boolean;
}

export interface Rule {
  id: string;
  title: string;
  /** Undefined: applies to every pull request. */
  match?: (path: string) => boolean;
  paths?: string[];
  labels: { name: string; color?: string; description?: string }[];
  items: Item[];
}

export interface ChecklistConfig {
  title: string;
  rules: Rule[];
  source: string;
}

/**
 * Seed 000 §7.2 exactly: `git diff --name-only | grep -E "^(src/model|models/)"`
 * and `grep -E "\.dvc$"` as globs (dot files included, like the regex), the
 * item texts verbatim, General always; §5.2's CI and CD checklists as optional
 * sections. `src/model*` keeps the regex's prefix match (src/models/, src/model_utils.py).
 */
export const DEFAULT_RULES: RuleConfig[] = [
  {
    id: 'model',
    title: 'Model Changes Detected',
    paths: ['src/model*', 'src/model*/**', 'models/**'],
    labels: [],
    items: ['Model performance validated', 'Backward compatibility checked', 'Model size acceptable'],
    required: true,
    optional: false,
  },
  {
    id: 'data',
    title: 'Data Changes Detected',
    paths: ['**/*.dvc'],
    labels: [],
    items: ['Data quality validated', 'DVC push completed', 'Data documentation updated'],
    required: true,
    optional: false,
  },
  { id: 'general', title: 'General', labels: [], items: ['Tests pass locally', 'Code review completed'], required: true, optional: false },
  {
    id: 'ci',
    title: 'CI 체크리스트',
    labels: [],
    items: ['코드 린트 통과', '단위 테스트 통과 (커버리지 > 80%)', '데이터 검증 통과', '모델 학습 성공 (샘플 데이터)', '모델 평가 기준 통과'],
    required: true,
    optional: true,
  },
  {
    id: 'cd',
    title: 'CD 체크리스트',
    labels: [],
    items: ['전체 데이터 학습 완료', '모델 레지스트리 등록', 'Staging 배포 성공', '통합 테스트 통과', '성능 테스트 통과 (P95 < 500ms)', 'Canary 검증 통과 (Error < 1%)', 'Production 배포 승인'],
    required: true,
    optional: true,
  },
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A rule's id: its own, else from its title, else from its position. */
const ruleId = (r: RuleConfig, index: number): string => r.id ?? (slug(r.title) || `rule-${index + 1}`);

/** An item's id from its text: short, stable, and the same for any script (the seed's CI/CD items are Korean). */
export const itemId = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8);

/** Compiles one glob; a pattern that can never match a path from the API is a config error, not a silent no-op. */
function compileGlob(pattern: string, where: string, rule: string): (p: string) => boolean {
  const fail = (why: string, hint: string) => {
    throw new UserError(`rule "${rule}": glob "${pattern}" ${why}.`, { where, hint });
  };
  if (pattern.trim() === '') fail('is empty', 'Remove it or write a pattern such as "models/**".');
  if (pattern.startsWith('/') || pattern.startsWith('./')) fail('starts with "/" or "./"', 'Changed paths are relative to the repository root: write "src/model/**", not "/src/model/**".');
  if (pattern.includes('\\') && !/\\[[\]{}()*?!+@]/.test(pattern)) fail('contains "\\"', 'Paths use "/" as the separator.');
  try {
    // dotAll: picomatch's `**` compiles to `.`, which stops at a line break, so `models/x\n.pt` escaped every rule; a file name is data, and one with control characters is matched like any other.
    // Linear-time matching: changed paths are the pull request author's, and a backtracking `**/a*a*a*b` held the job on a long name.
    return compileLinearGlob(pattern, { dot: true, strictBrackets: true, dotAll: true });
  } catch (e) {
    if (e instanceof GlobRefusal) return fail(e.problem, 'List the paths to leave out under paths-ignore.');
    return fail(`is not a valid glob: ${(e as Error).message}`, 'See https://github.com/micromatch/picomatch#globbing-features.');
  }
}

function toRule(r: RuleConfig, at: (p: PropertyKey[]) => string, path: PropertyKey[], index: number): Rule {
  const id = ruleId(r, index);
  const name = r.title;
  const include = r.paths?.map((p, i) => compileGlob(p, at([...path, 'paths', i]), name));
  const exclude = r['paths-ignore']?.map((p, i) => compileGlob(p, at([...path, 'paths-ignore', i]), name)) ?? [];
  const seen = new Set<string>();
  const items = r.items.map((it, i) => {
    const o = typeof it === 'string' ? { text: it } : it;
    const iid = o.id ?? itemId(o.text);
    if (seen.has(iid)) throw new UserError(`rule "${name}": item "${o.text}" appears twice`, { where: at([...path, 'items', i]), hint: 'Remove the duplicate or give one an `id:`.' });
    seen.add(iid);
    return { id: iid, text: o.text, required: o.required ?? r.required };
  });
  return {
    id,
    title: r.title,
    ...(include
      ? {
          paths: r.paths,
          match: (p: string) => {
            let hit = false;
            for (const m of include) if (m(p)) { hit = true; break; }
            if (!hit) return false;
            for (const m of exclude) if (m(p)) return false;
            return true;
          },
        }
      : {}),
    labels: r.labels.map((l) => (typeof l === 'string' ? { name: l } : { name: l.name, ...(l.color ? { color: l.color.replace(/^#/, '') } : {}), ...(l.description ? { description: l.description } : {}) })),
    items,
  };
}

function build(data: z.output<typeof checklistConfigSchema>, doc: Pick<ConfigDocument, 'source' | 'at'>): ChecklistConfig {
  const builtIn = data.defaults ? DEFAULT_RULES : [];
  const known = new Set([...builtIn.map((r) => r.id!), ...data.rules.map(ruleId)]);
  data.enable.forEach((id, i) => {
    if (!known.has(id)) throw new UserError(`enable: no rule with id "${id}"`, { where: doc.at(['enable', i]), hint: `Known ids: ${[...known].join(', ')}.` });
  });
  const enabled = new Set(data.enable);
  const rules: Rule[] = [];
  const ids = new Set<string>();
  const add = (r: RuleConfig, i: number, own: boolean) => {
    const rule = toRule(r, own ? doc.at : () => 'built-in rules', ['rules', i], i);
    if (ids.has(rule.id)) throw new UserError(`rules[${i}]: id "${rule.id}" is used twice`, { where: doc.at(['rules', i]), hint: 'Give one of them another `id:`.' });
    ids.add(rule.id);
    if (!r.optional || enabled.has(rule.id)) rules.push(rule);
  };
  const replaced = new Set<number>();
  // A rule with a built-in id takes the built-in's place, so the comment keeps the built-in order.
  builtIn.forEach((r, i) => {
    const j = data.rules.findIndex((o, k) => ruleId(o, k) === r.id);
    if (j < 0) return add(r, i, false);
    replaced.add(j);
    add(data.rules[j]!, j, true);
  });
  data.rules.forEach((r, i) => {
    if (!replaced.has(i)) add(r, i, true);
  });
  return { title: data.title, rules, source: doc.source };
}

export function defaultChecklistConfig(): ChecklistConfig {
  return build(checklistConfigSchema.parse({}), { source: 'built-in rules', at: () => 'built-in rules' });
}

/** The `config` input: a YAML/JSON file or inline YAML; undefined → the built-in rules. Needs loadYamlParser() and, for its globs, loadRegexEngine() first. */
export function loadChecklistConfig(value: string | undefined, cwd: string): ChecklistConfig {
  if (!value) return defaultChecklistConfig();
  const doc = readConfigDocument(value, cwd, 'checklist config');
  return parseChecklistDocument(doc);
}

export function parseChecklistDocument(doc: ConfigDocument): ChecklistConfig {
  const value = doc.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new UserError('expected a mapping with `rules:`', { where: doc.source });
  const data = validateConfig(checklistConfigSchema, value, doc.at, { knownKeys: (_parent, p) => knownKeys(p) });
  return build(data, doc);
}

function knownKeys(p: PropertyKey[]): string[] {
  if (p.length === 0) return Object.keys(checklistConfigSchema.shape);
  if (p[0] === 'rules' && p.length === 2) return Object.keys(ruleSchema.shape);
  if (p[0] === 'rules' && p[2] === 'items') return Object.keys(itemObject.shape);
  if (p[0] === 'rules' && p[2] === 'labels') return Object.keys(labelObject.shape);
  return [];
}

export function checklistConfigJsonSchema(): unknown {
  return configJsonSchema('pr-checklist', 'Checklist rules: changed-path globs (picomatch), labels to add, and checklist items (required or not).', [checklistConfigSchema]);
}
