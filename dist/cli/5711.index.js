export const id = 5711;
export const ids = [5711];
export const modules = {

/***/ 45711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RULES: () => (/* binding */ DEFAULT_RULES),
/* harmony export */   checklistConfigJsonSchema: () => (/* binding */ checklistConfigJsonSchema),
/* harmony export */   checklistConfigSchema: () => (/* binding */ checklistConfigSchema),
/* harmony export */   defaultChecklistConfig: () => (/* binding */ defaultChecklistConfig),
/* harmony export */   itemId: () => (/* binding */ itemId),
/* harmony export */   loadChecklistConfig: () => (/* binding */ loadChecklistConfig),
/* harmony export */   parseChecklistDocument: () => (/* binding */ parseChecklistDocument)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31873);
/* harmony import */ var _mlship_core_glob__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19731);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);




const itemObject = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    text: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    /** An unticked required item keeps the mlship/checklist status pending. */
    required: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    /** Stable id, so a tick survives rewording the text; default: derived from the text. */
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, ".", "_" or "-"').optional(),
})
    .strict();
const labelObject = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(50),
    color: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^#?[0-9a-fA-F]{6}$/, 'expected six hex digits such as "0e8a16"').optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(100).optional(),
})
    .strict();
const ruleSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, ".", "_" or "-"').optional(),
    title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    /** picomatch globs over changed paths (relative to the repository root); omitted = the section always applies. */
    paths: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).min(1).optional(),
    /** Changed paths matching these never count for the rule. */
    'paths-ignore': zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
    labels: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(50), labelObject])).default([]),
    items: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), itemObject])).min(1),
    /** Items are required unless they say otherwise. */
    required: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true),
    /** Only shown when named in `enable` (the built-in CI and CD checklists are optional). */
    optional: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(false),
})
    .strict();
const checklistConfigSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    /** Heading of the comment. */
    title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).default('PR Checklist'),
    /** Start from the built-in rules (model, data, general, and the optional ci and cd sections). */
    defaults: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true),
    /** Optional sections to show, by id (e.g. [ci, cd]). */
    enable: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).default([]),
    /** Added after the built-in ones; a rule with a built-in id replaces it. */
    rules: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(ruleSchema).default([]),
})
    .strict();
/**
 * Seed 000 \u00a77.2 exactly: `git diff --name-only | grep -E "^(src/model|models/)"`
 * and `grep -E "\.dvc$"` as globs (dot files included, like the regex), the
 * item texts verbatim, General always; \u00a75.2's CI and CD checklists as optional
 * sections. `src/model*` keeps the regex's prefix match (src/models/, src/model_utils.py).
 */
const DEFAULT_RULES = [
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
        title: 'CI \uccb4\ud06c\ub9ac\uc2a4\ud2b8',
        labels: [],
        items: ['\ucf54\ub4dc \ub9b0\ud2b8 \ud1b5\uacfc', '\ub2e8\uc704 \ud14c\uc2a4\ud2b8 \ud1b5\uacfc (\ucee4\ubc84\ub9ac\uc9c0 > 80%)', '\ub370\uc774\ud130 \uac80\uc99d \ud1b5\uacfc', '\ubaa8\ub378 \ud559\uc2b5 \uc131\uacf5 (\uc0d8\ud50c \ub370\uc774\ud130)', '\ubaa8\ub378 \ud3c9\uac00 \uae30\uc900 \ud1b5\uacfc'],
        required: true,
        optional: true,
    },
    {
        id: 'cd',
        title: 'CD \uccb4\ud06c\ub9ac\uc2a4\ud2b8',
        labels: [],
        items: ['\uc804\uccb4 \ub370\uc774\ud130 \ud559\uc2b5 \uc644\ub8cc', '\ubaa8\ub378 \ub808\uc9c0\uc2a4\ud2b8\ub9ac \ub4f1\ub85d', 'Staging \ubc30\ud3ec \uc131\uacf5', '\ud1b5\ud569 \ud14c\uc2a4\ud2b8 \ud1b5\uacfc', '\uc131\ub2a5 \ud14c\uc2a4\ud2b8 \ud1b5\uacfc (P95 < 500ms)', 'Canary \uac80\uc99d \ud1b5\uacfc (Error < 1%)', 'Production \ubc30\ud3ec \uc2b9\uc778'],
        required: true,
        optional: true,
    },
];
const slug = (s) => s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** A rule's id: its own, else from its title, else from its position. */
const ruleId = (r, index) => r.id ?? (slug(r.title) || `rule-${index + 1}`);
/** An item's id from its text: short, stable, and the same for any script (the seed's CI/CD items are Korean). */
const itemId = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 8);
/** Compiles one glob; a pattern that can never match a path from the API is a config error, not a silent no-op. */
function compileGlob(pattern, where, rule) {
    const fail = (why, hint) => {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`rule "${rule}": glob "${pattern}" ${why}.`, { where, hint });
    };
    if (pattern.trim() === '')
        fail('is empty', 'Remove it or write a pattern such as "models/**".');
    if (pattern.startsWith('/') || pattern.startsWith('./'))
        fail('starts with "/" or "./"', 'Changed paths are relative to the repository root: write "src/model/**", not "/src/model/**".');
    if (pattern.includes('\\') && !/\\[[\]{}()*?!+@]/.test(pattern))
        fail('contains "\\"', 'Paths use "/" as the separator.');
    try {
        // dotAll: picomatch's `**` compiles to `.`, which stops at a line break, so `models/x\n.pt` escaped every rule; a file name is data, and one with control characters is matched like any other.
        // Linear-time matching: changed paths are the pull request author's, and a backtracking `**/a*a*a*b` held the job on a long name.
        return (0,_mlship_core_glob__WEBPACK_IMPORTED_MODULE_2__/* .compileGlob */ .SO)(pattern, { dot: true, strictBrackets: true, dotAll: true });
    }
    catch (e) {
        if (e instanceof _mlship_core_glob__WEBPACK_IMPORTED_MODULE_2__/* .GlobRefusal */ .FG)
            return fail(e.problem, 'List the paths to leave out under paths-ignore.');
        return fail(`is not a valid glob: ${e.message}`, 'See https://github.com/micromatch/picomatch#globbing-features.');
    }
}
function toRule(r, at, path, index) {
    const id = ruleId(r, index);
    const name = r.title;
    const include = r.paths?.map((p, i) => compileGlob(p, at([...path, 'paths', i]), name));
    const exclude = r['paths-ignore']?.map((p, i) => compileGlob(p, at([...path, 'paths-ignore', i]), name)) ?? [];
    const seen = new Set();
    const items = r.items.map((it, i) => {
        const o = typeof it === 'string' ? { text: it } : it;
        const iid = o.id ?? itemId(o.text);
        if (seen.has(iid))
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`rule "${name}": item "${o.text}" appears twice`, { where: at([...path, 'items', i]), hint: 'Remove the duplicate or give one an `id:`.' });
        seen.add(iid);
        return { id: iid, text: o.text, required: o.required ?? r.required };
    });
    return {
        id,
        title: r.title,
        ...(include
            ? {
                paths: r.paths,
                match: (p) => {
                    let hit = false;
                    for (const m of include)
                        if (m(p)) {
                            hit = true;
                            break;
                        }
                    if (!hit)
                        return false;
                    for (const m of exclude)
                        if (m(p))
                            return false;
                    return true;
                },
            }
            : {}),
        labels: r.labels.map((l) => (typeof l === 'string' ? { name: l } : { name: l.name, ...(l.color ? { color: l.color.replace(/^#/, '') } : {}), ...(l.description ? { description: l.description } : {}) })),
        items,
    };
}
function build(data, doc) {
    const builtIn = data.defaults ? DEFAULT_RULES : [];
    const known = new Set([...builtIn.map((r) => r.id), ...data.rules.map(ruleId)]);
    data.enable.forEach((id, i) => {
        if (!known.has(id))
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`enable: no rule with id "${id}"`, { where: doc.at(['enable', i]), hint: `Known ids: ${[...known].join(', ')}.` });
    });
    const enabled = new Set(data.enable);
    const rules = [];
    const ids = new Set();
    const add = (r, i, own) => {
        const rule = toRule(r, own ? doc.at : () => 'built-in rules', ['rules', i], i);
        if (ids.has(rule.id))
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`rules[${i}]: id "${rule.id}" is used twice`, { where: doc.at(['rules', i]), hint: 'Give one of them another `id:`.' });
        ids.add(rule.id);
        if (!r.optional || enabled.has(rule.id))
            rules.push(rule);
    };
    const replaced = new Set();
    // A rule with a built-in id takes the built-in's place, so the comment keeps the built-in order.
    builtIn.forEach((r, i) => {
        const j = data.rules.findIndex((o, k) => ruleId(o, k) === r.id);
        if (j < 0)
            return add(r, i, false);
        replaced.add(j);
        add(data.rules[j], j, true);
    });
    data.rules.forEach((r, i) => {
        if (!replaced.has(i))
            add(r, i, true);
    });
    return { title: data.title, rules, source: doc.source };
}
function defaultChecklistConfig() {
    return build(checklistConfigSchema.parse({}), { source: 'built-in rules', at: () => 'built-in rules' });
}
/** The `config` input: a YAML/JSON file or inline YAML; undefined \u2192 the built-in rules. Needs loadYamlParser() and, for its globs, loadRegexEngine() first. */
function loadChecklistConfig(value, cwd) {
    if (!value)
        return defaultChecklistConfig();
    const doc = (0,_mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .readConfigDocument */ .AA)(value, cwd, 'checklist config');
    return parseChecklistDocument(doc);
}
function parseChecklistDocument(doc) {
    const value = doc.value ?? {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('expected a mapping with `rules:`', { where: doc.source });
    const data = (0,_mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .validateConfig */ .$r)(checklistConfigSchema, value, doc.at, { knownKeys: (_parent, p) => knownKeys(p) });
    return build(data, doc);
}
function knownKeys(p) {
    if (p.length === 0)
        return Object.keys(checklistConfigSchema.shape);
    if (p[0] === 'rules' && p.length === 2)
        return Object.keys(ruleSchema.shape);
    if (p[0] === 'rules' && p[2] === 'items')
        return Object.keys(itemObject.shape);
    if (p[0] === 'rules' && p[2] === 'labels')
        return Object.keys(labelObject.shape);
    return [];
}
function checklistConfigJsonSchema() {
    return (0,_mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .configJsonSchema */ .Mk)('pr-checklist', 'Checklist rules: changed-path globs (picomatch), labels to add, and checklist items (required or not).', [checklistConfigSchema]);
}


/***/ }),

/***/ 19731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ GlobRefusal),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   cG: () => (/* reexport safe */ _regex_engine__WEBPACK_IMPORTED_MODULE_0__.c)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _regex_engine__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13621);



/** A glob picomatch accepts but RE2 cannot run: `problem` reads after the pattern, `hint` says what to write. */
class GlobRefusal extends Error {
    problem;
    hint;
    constructor(problem, hint) {
        super(problem);
        this.problem = problem;
        this.hint = hint;
    }
}
// Lone surrogates, which no UTF-8 file name decodes to: HIDDEN starts a dot
// segment a wildcard may not match, DOT_SEGMENT starts `.` and `..`, which
// not even a pattern segment starting with a literal dot (`.*`) matches.
const HIDDEN = '\udfff';
const DOT_SEGMENT = '\udffe';
const MARKS = HIDDEN + DOT_SEGMENT;
// picomatch's spellings of the dot rule (with `dot: true`, which leaves only the `.`/`..` part).
const DOT_SEGMENT_LOOKAHEADS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?!\\.{0,1}(?:\\/|$))'];
const NONEMPTY_LOOKAHEAD = '(?=.)';
/**
 * Compiles `pattern` (a picomatch glob, `!` in front negating it) to a
 * linear-time matcher of `/`-separated paths. Throws picomatch's own error for
 * an invalid glob and a GlobRefusal for one RE2 cannot run (a `!(\u2026)` extglob).
 */
function compileGlob(pattern, options = {}) {
    let negated = false;
    let body = pattern;
    // picomatch's negation: leading `!`s, each flipping the result; `!(` starts an extglob.
    while (body.startsWith('!') && body[1] !== '(') {
        negated = !negated;
        body = body.slice(1);
    }
    const dot = options.dot ?? false;
    const re = picomatch__WEBPACK_IMPORTED_MODULE_1___default().makeRe(markPattern(body, dot), { dot: true, strictBrackets: options.strictBrackets });
    const regex = (0,_regex_engine__WEBPACK_IMPORTED_MODULE_0__/* .regexEngine */ .y)().RE2JS.compile(toRe2(re.source, options.dotAll ?? false));
    const match = (path) => {
        if (path === '' || path.endsWith('/'))
            return negated;
        // picomatch negates with `^(?!\u2026).*$`, whose `.` stops at a line break unless dotAll.
        if (negated && !options.dotAll && /[\n\r\u2028\u2029]/.test(path))
            return false;
        // picomatch's own shortcut: a path equal to the glob matches it.
        const hit = path === body || regex.test(markPath(path, dot));
        return hit !== negated;
    };
    return Object.assign(match, { regex });
}
/** The path with the leading dot of each segment a wildcard may not match replaced by its mark. */
function markPath(path, dot) {
    if (!path.includes('.'))
        return path;
    return path
        .split('/')
        .map((seg) => (seg === '.' || seg === '..' ? DOT_SEGMENT + seg.slice(1) : !dot && seg.startsWith('.') ? HIDDEN + seg.slice(1) : seg))
        .join('/');
}
/**
 * The glob with each dot that starts a segment literally replaced by the
 * mark markPath gives the same path segment: `.github/**`, `{.env,src}/*`, `@(.a|b)`. Brace
 * and extglob alternatives start where their group starts.
 */
function markPattern(glob, dot) {
    let out = '';
    let atStart = true;
    const groups = [];
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '\\' && i + 1 < glob.length) {
            const next = glob[i + 1];
            out += next === '.' && atStart ? (mark(glob, i + 1, dot) ?? c + next) : c + next;
            i++;
            atStart = false;
        }
        else if (c === '.' && atStart) {
            out += mark(glob, i, dot) ?? c;
            atStart = false;
        }
        else if (c === '[') {
            const close = glob.indexOf(']', i + 2);
            const end = close < 0 ? i : close;
            out += glob.slice(i, end + 1);
            i = end;
            atStart = false;
        }
        else if (c === '{' || c === '(' || ('@!*+?'.includes(c) && glob[i + 1] === '(')) {
            const open = c === '{' || c === '(' ? c : c + '(';
            groups.push(atStart);
            out += open;
            i += open.length - 1;
        }
        else if ((c === ',' || c === '|') && groups.length > 0) {
            out += c;
            atStart = groups[groups.length - 1];
        }
        else if ((c === '}' || c === ')') && groups.length > 0) {
            groups.pop();
            out += c;
            atStart = false;
        }
        else {
            out += c;
            atStart = c === '/';
        }
    }
    return out;
}
/** The mark markPath gives a path segment spelled as the pattern segment starting with the dot at `i`; undefined when it keeps its dot. */
function mark(glob, i, dot) {
    let j = i + 1;
    if (glob[j] === '.')
        j++;
    if (j >= glob.length || '/,|})'.includes(glob[j]))
        return DOT_SEGMENT;
    return dot ? undefined : HIDDEN;
}
/**
 * picomatch's regular expression (compiled with `dot: true`) as RE2 syntax:
 * the dot-segment lookaheads go (the marks do their work), wildcards and
 * negated classes leave the marks out, and any other lookaround is refused.
 */
function toRe2(source, dotAll) {
    let s = source;
    for (const look of DOT_SEGMENT_LOOKAHEADS)
        s = s.split(look).join('');
    s = s.split(NONEMPTY_LOOKAHEAD).join('');
    let out = '';
    let inClass = false;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') {
            // picomatch escapes a mark in some places; RE2 takes only punctuation escaped.
            const next = s[i + 1] ?? '';
            out += MARKS.includes(next) && next !== '' ? next : c + next;
            i++;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
        }
        else if (c === '[') {
            inClass = true;
            if (s[i + 1] === '^') {
                out += '[^' + MARKS;
                i++;
            }
            else
                out += c;
            // A `]` right after the opening is a member, not the end.
            if (s[i + 1] === ']')
                out += s[++i];
        }
        else if (c === '.') {
            out += dotAll ? `[^${MARKS}]` : `[^\\n\\r\\x{2028}\\x{2029}${MARKS}]`;
        }
        else if (c === '(' && s[i + 1] === '?' && (s[i + 2] === '=' || s[i + 2] === '!' || s[i + 2] === '<')) {
            throw new GlobRefusal('uses a negated extglob !(\u2026), which the linear-time matcher cannot run', 'Name the files to match rather than the ones to leave out.');
        }
        else
            out += c;
    }
    return out;
}


/***/ }),

/***/ 13621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ loadRegexEngine),
/* harmony export */   y: () => (/* binding */ regexEngine)
/* harmony export */ });
/* harmony import */ var _on_demand__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5582);

const re2js = (0,_on_demand__WEBPACK_IMPORTED_MODULE_0__/* .onDemand */ .h)(() => __webpack_require__.e(/* import() */ 2856).then(__webpack_require__.bind(__webpack_require__, 2856)), 'a pattern was compiled before loadRegexEngine() was awaited');
/**
 * Loads re2js, the linear-time engine behind user patterns and globs. It is
 * 260 kB of a bundle and ~13 ms of a cold start, which a run without a config
 * or a glob (validate-data on one file) need not pay, so it is a chunk of its
 * own, loaded by whoever is about to compile a pattern: a config loader, a
 * glob resolver, an action's run.
 */
const loadRegexEngine = re2js.load;
/** re2js, once loaded. */
const regexEngine = re2js.get;


/***/ })

};
