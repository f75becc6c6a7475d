export const id = 711;
export const ids = [711];
export const modules = {

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


/***/ }),

/***/ 40711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ openDataset),
/* harmony export */   yA: () => (/* reexport safe */ _resolve__WEBPACK_IMPORTED_MODULE_1__.yA),
/* harmony export */   yM: () => (/* reexport safe */ _csv__WEBPACK_IMPORTED_MODULE_0__.y)
/* harmony export */ });
/* harmony import */ var _open_files__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41081);
/* harmony import */ var _resolve__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81811);
/* harmony import */ var _csv__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90535);




/** Opens a file, directory or glob as one dataset (openFiles, once the spec is resolved to its files). */
async function openDataset(spec, options) {
    const files = await (0,_resolve__WEBPACK_IMPORTED_MODULE_1__/* .resolveDataFiles */ .A6)(spec, options.cwd, options.role);
    options.onFiles?.(files);
    return (0,_open_files__WEBPACK_IMPORTED_MODULE_2__/* .openFiles */ .K)(files, spec, options);
}


/***/ }),

/***/ 81811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yA: () => (/* binding */ hivePartitions),
  A6: () => (/* binding */ resolveDataFiles)
});

// UNUSED EXPORTS: rel

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
// EXTERNAL MODULE: ./packages/core/src/glob.ts
var src_glob = __webpack_require__(19731);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./packages/data/src/read/confine.ts


/**
 * Where a dataset may lead. A pull request controls the files under `data/`, so a
 * link in them (`ln -s ../../.git/config data/train/p2.csv`) would make the data
 * gate read the runner's files into report.json. Links are followed only while
 * their real path stays inside the dataset's root (and the named root inside the
 * workspace); every check runs on the path before it is opened or listed.
 */
const HINT_OUT = 'Replace the link with the file itself, or name the real location directly; links that leave the named data are refused so that a pull request cannot make the step read other files on the runner (such as .git/config).';
/** The link's own text, as `ls -l` shows it; the message names where it points as the user wrote it. */
const target = (link) => promises_default().readlink(link);
/**
 * The real path of a link met while walking a dataset, or undefined when it dangles.
 * A loop is refused here: whatever the link is named, it can never be read.
 */
async function followLink(link, at) {
    try {
        return await promises_default().realpath(link);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ELOOP')
            throw new src/* UserError */.yo(`${at.show(link)} is a link loop (it points to ${await target(link)})`, { where: at.where, hint: 'Replace the link with the file or directory it should point to.' });
        throw new src/* UserError */.yo(`cannot follow the link ${at.show(link)} (${code ?? e.message})`, { where: at.where });
    }
}
const danglingLink = async (link, at) => new src/* UserError */.yo(`${at.show(link)} is a link to ${await target(link)}, which does not exist`, { where: at.where, hint: 'Remove the link or restore the file it points to.' });
const linkOutOfDataset = async (link, root, at) => new src/* UserError */.yo(`${at.show(link)} is a link to ${await target(link)}, outside the dataset ${at.show(root)}`, { where: at.where, hint: HINT_OUT });
const linkLoop = async (link, at) => new src/* UserError */.yo(`${at.show(link)} is a link loop: it points to ${await target(link)}, a directory that contains it`, { where: at.where, hint: 'Remove the link; a dataset directory cannot contain itself.' });
const readTwice = (again, first, at) => new src/* UserError */.yo(`${at.show(again)} and ${at.show(first)} are the same file or directory (one is reached through a link), so its rows would be read twice`, { where: at.where, hint: 'Remove the link, or point the data at one of the two paths.' });
/**
 * The named root's real path. It may be a link (`data/latest -> v3`), but a root
 * named inside the workspace must stay in it (see refuseLinkOutOfWorkspace).
 */
async function realRoot(root, at) {
    (0,src/* refuseLinkOutOfWorkspace */.ND)(root, at.where, at.show);
    return promises_default().realpath(root);
}

// EXTERNAL MODULE: ./packages/data/src/read/file-formats.ts
var file_formats = __webpack_require__(92100);
// EXTERNAL MODULE: ./packages/data/src/read/table-formats.ts
var table_formats = __webpack_require__(70870);
;// CONCATENATED MODULE: ./packages/data/src/read/walk.ts




/**
 * The files below a dataset root, as paths through the root as named (so hive
 * keys and messages follow the user's names), sorted. Files and directories whose
 * names start with `.` or `_` (`_SUCCESS`, `_delta_log/`, `.crc`) are not data,
 * as in pyarrow.dataset, and are never looked at. A link is followed only when its
 * real path stays inside the root's real path, checked before it is opened or
 * listed; each real file and directory is reached once, so a link loop ends the
 * walk with one line instead of running forever.
 */
async function walkDataset(root, rootReal, rules, at) {
    const files = [];
    /** Real path \u2192 the path it was first reached by. */
    const reached = new Map([[rootReal, root]]);
    const visit = async (dir, dirReal, relDir) => {
        const listed = await promises_default().readdir(dir, { withFileTypes: true }).catch((e) => {
            throw new src/* UserError */.yo(`cannot list ${at.show(dir)} (${e.code ?? e.message})`, { where: at.where, hint: 'Check that the job can read every directory of the dataset.' });
        });
        const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (entry.name.startsWith('.') || entry.name.startsWith('_'))
                continue;
            const abs = external_node_path_default().join(dir, entry.name);
            const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
            let real = external_node_path_default().join(dirReal, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                const followed = await followLink(abs, at);
                if (followed === undefined) {
                    if (rules.keep(rel))
                        throw await danglingLink(abs, at);
                    continue;
                }
                real = followed;
                const stat = await promises_default().stat(real);
                isDir = stat.isDirectory();
                isFile = stat.isFile();
                const wanted = isDir ? rules.descend(rel) : rules.keep(rel);
                if (!wanted)
                    continue;
                if (!(0,src/* isInside */.FK)(rootReal, real))
                    throw await linkOutOfDataset(abs, root, at);
                if (isDir && (0,src/* isInside */.FK)(real, dirReal))
                    throw await linkLoop(abs, at);
            }
            if (isDir) {
                if (!rules.descend(rel))
                    continue;
                const first = reached.get(real);
                if (first !== undefined)
                    throw readTwice(abs, first, at);
                reached.set(real, abs);
                await visit(abs, real, rel);
            }
            else if (rules.keep(rel)) {
                if (!isFile)
                    throw new src/* UserError */.yo(`${at.show(abs)} is not a regular file`, { where: at.where, hint: 'A dataset holds regular files only; move pipes, sockets and devices out of it.' });
                const first = reached.get(real);
                if (first !== undefined)
                    throw readTwice(abs, first, at);
                reached.set(real, abs);
                files.push(abs);
            }
        }
    };
    await visit(root, rootReal, '');
    return files.sort();
}

;// CONCATENATED MODULE: ./packages/data/src/read/resolve.ts









const KNOWN = 'Data must be .parquet, .csv, .tsv or .jsonl (optionally .csv.gz / .jsonl.gz).';
/**
 * Turns what the user passed \u2014 a file, a directory (read recursively, hive
 * partitions included) or a glob \u2014 into the sorted list of data files.
 */
async function resolveDataFiles(spec, cwd, role) {
    const where = `${role} ${spec}`;
    const trimmed = spec.trim();
    if (!trimmed)
        throw new src/* UserError */.yo(`no ${role} path given`, { where: role, hint: 'Pass a file, directory or glob.' });
    const at = { show: (abs) => rel(cwd, abs), where };
    let base;
    let paths;
    if ((0,dist/* isDynamicPattern */.ey)(trimmed)) {
        const pattern = trimmed.replace(/\\/g, '/');
        await (0,src_glob/* loadRegexEngine */.cG)();
        base = external_node_path_default().resolve(cwd, globBase(pattern));
        // A base that is missing (or a file) matches nothing, as a glob over it would.
        const baseStat = await promises_default().stat(base).catch((e) => {
            if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
                return undefined;
            throw new src/* UserError */.yo(`cannot read ${rel(cwd, base)} (${e.code ?? e.message})`, { where });
        });
        const baseReal = baseStat?.isDirectory() ? await realRoot(base, at) : undefined;
        paths = baseReal === undefined ? [] : await walkDataset(base, baseReal, globRules(external_node_path_default().relative(base, external_node_path_default().resolve(cwd, pattern)).split((external_node_path_default()).sep).join('/'), where), at);
        if (paths.length === 0) {
            throw new src/* UserError */.yo('the pattern matches no files', { where, hint: 'Check the path relative to the working directory; quote the glob so the shell does not expand it.' });
        }
        const unknown = paths.find((p) => !(0,file_formats/* formatOf */.b)(p));
        if (unknown)
            throw new src/* UserError */.yo(`${rel(cwd, unknown)} is not a data file`, { where, hint: `${KNOWN} Narrow the pattern, e.g. **/*.parquet.` });
    }
    else {
        const abs = external_node_path_default().resolve(cwd, trimmed);
        const stat = await promises_default().stat(abs).catch((e) => {
            if (e.code === 'ENOENT')
                throw new src/* UserError */.yo('no such file or directory', { where, hint: 'Check the path relative to the working directory (and that the data was downloaded, e.g. by `dvc pull`).' });
            if (e.code === 'ELOOP')
                throw new src/* UserError */.yo(`${trimmed} is a link loop`, { where, hint: 'Replace the link with the file or directory it should point to.' });
            throw new src/* UserError */.yo(`cannot read (${e.code ?? e.message})`, { where });
        });
        const real = await realRoot(abs, at);
        if (stat.isDirectory()) {
            const table = await (0,table_formats/* tableFormatOf */.$)(abs);
            if (table) {
                throw new src/* UserError */.yo(`${trimmed} is ${table_formats/* TABLE_FORMAT_NAMES */.i[table]}: its data files hold rows that later versions deleted or rewrote, so reading them as files would count the wrong rows`, {
                    where,
                    hint: 'Use engine: duckdb, which reads the current snapshot of the table, or export the snapshot to parquet and validate that.',
                });
            }
            base = abs;
            paths = await walkDataset(abs, real, { keep: (p) => (0,file_formats/* formatOf */.b)(p) !== undefined, descend: () => true }, at);
            if (paths.length === 0)
                throw new src/* UserError */.yo('the directory holds no data files', { where, hint: KNOWN });
        }
        else {
            base = external_node_path_default().dirname(abs);
            paths = [abs];
        }
    }
    const files = await Promise.all(paths.map((p) => describeFile(p, base, cwd)));
    const formats = [...new Set(files.map((f) => f.format))];
    if (formats.length > 1) {
        throw new src/* UserError */.yo(`mixes ${formats.join(' and ')} files`, { where, hint: 'Point at one format, e.g. a glob ending in *.parquet.' });
    }
    checkPartitionKeys(files, where);
    return files;
}
async function describeFile(abs, base, cwd) {
    const shown = rel(cwd, abs);
    const stat = await promises_default().stat(abs);
    const format = (0,file_formats/* formatOf */.b)(abs) ?? (await sniffFormat(abs));
    if (!format)
        throw new src/* UserError */.yo('unknown file type', { where: shown, hint: KNOWN });
    if (stat.size === 0)
        throw new src/* UserError */.yo('the file is empty', { where: shown, hint: 'Regenerate it, or remove it from the dataset.' });
    return { path: shown, format, sizeBytes: stat.size, mtimeMs: stat.mtimeMs, partitions: hivePartitions(external_node_path_default().relative(base, external_node_path_default().dirname(abs))) };
}
/** An explicitly named file without a known extension is identified by parquet's magic bytes. */
async function sniffFormat(abs) {
    const fh = await promises_default().open(abs, 'r');
    try {
        const { buffer, bytesRead } = await fh.read(Buffer.alloc(4), 0, 4, 0);
        return bytesRead === 4 && buffer.toString('latin1') === 'PAR1' ? 'parquet' : undefined;
    }
    finally {
        await fh.close();
    }
}
/** `year=2024/month=05` \u2192 { year: '2024', month: '05' }; values are URL-decoded as Hive writes them. */
function hivePartitions(relDir) {
    const out = {};
    for (const seg of relDir.split(/[\\/]/)) {
        const eq = seg.indexOf('=');
        if (eq <= 0)
            continue;
        const value = decodeURIComponent(seg.slice(eq + 1));
        out[decodeURIComponent(seg.slice(0, eq))] = value;
    }
    return out;
}
function checkPartitionKeys(files, where) {
    const keysOf = (f) => Object.keys(f.partitions).join('/');
    const first = keysOf(files[0]);
    const odd = files.find((f) => keysOf(f) !== first);
    if (odd) {
        throw new src/* UserError */.yo(`${odd.path} is partitioned by "${keysOf(odd) || 'nothing'}" but ${files[0].path} by "${first || 'nothing'}"`, {
            where,
            hint: 'Every file of a partitioned dataset needs the same key=value directories.',
        });
    }
}
/**
 * The part of a glob after its base directory, as walk rules: a file is kept when it
 * matches; a directory is entered only when it can lead to a match, so `*.csv`
 * never lists the subdirectories. Braces and extglobs may hold a `/`, so they are
 * not split into segments and every directory is entered.
 */
function globRules(rest, where) {
    // Linear-time matching: a directory's file names are not the config author's to choose.
    const compile = (glob) => {
        try {
            return (0,src_glob/* compileGlob */.SO)(glob);
        }
        catch (e) {
            if (e instanceof src_glob/* GlobRefusal */.FG)
                throw new src/* UserError */.yo(`the pattern ${e.problem}`, { where, hint: e.hint });
            throw e;
        }
    };
    const keep = compile(rest);
    if (/[{(]/.test(rest))
        return { keep, descend: () => true };
    const segs = rest.split('/');
    const globstar = segs.findIndex((s) => s.includes('**'));
    const prefixes = segs.map((_, i) => compile(segs.slice(0, i + 1).join('/')));
    return {
        keep,
        descend(relDir) {
            const depth = relDir.split('/').length;
            if (globstar >= 0 && depth > globstar)
                return true;
            return depth < segs.length && prefixes[depth - 1](relDir);
        },
    };
}
/** The directory part of a glob before its first wildcard segment. */
function globBase(pattern) {
    const segs = pattern.split('/');
    const i = segs.findIndex((s) => (0,dist/* isDynamicPattern */.ey)(s));
    return segs.slice(0, i < 0 ? segs.length - 1 : i).join('/') || '.';
}
const rel = (cwd, abs) => {
    const r = external_node_path_default().relative(cwd, abs);
    return r && !r.startsWith('..') && !external_node_path_default().isAbsolute(r) ? r : abs;
};


/***/ }),

/***/ 70870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ tableFormatOf),
/* harmony export */   i: () => (/* binding */ TABLE_FORMAT_NAMES)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const TABLE_FORMAT_NAMES = { delta: 'a Delta Lake table', iceberg: 'an Iceberg table' };
const isDir = (p) => node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(p).then((s) => s.isDirectory(), () => false);
/**
 * Delta Lake keeps its transaction log in `_delta_log/`; Iceberg its table
 * metadata in `metadata/*.metadata.json`. Their data directories hold every
 * version's files, rows later deleted or rewritten included, so a table read
 * as plain files counts the wrong rows.
 */
async function tableFormatOf(dir) {
    if (await isDir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '_delta_log')))
        return 'delta';
    const metadata = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'metadata');
    if (await isDir(metadata)) {
        const names = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(metadata).catch(() => []);
        if (names.some((n) => n.endsWith('.metadata.json')))
            return 'iceberg';
    }
    return undefined;
}


/***/ })

};
