export const id = 9608;
export const ids = [9608];
export const modules = {

/***/ 49608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  envConfig: () => (/* binding */ envConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./actions/env-config/src/flatten.ts

/**
 * A key as a shell identifier part, by yq's rules (encoder_shellvariables.go):
 * Unicode NFKD (so `\u00e9` keeps its `e`), characters outside printable ASCII
 * dropped, every other character that is not a letter, digit or `_` becomes `_`.
 */
function shellKey(key) {
    let out = '';
    for (const ch of key.normalize('NFKD')) {
        const c = ch.codePointAt(0);
        if (/[A-Za-z0-9_]/.test(ch))
            out += ch;
        else if (c >= 32 && c <= 126)
            out += '_';
    }
    return out;
}
/** yq prepends `_` to a top-level key that does not start with a letter or `_` (e.g. `2fa`), so the name stays valid. */
const rootName = (key) => (/^[A-Za-z_]/.test(key) ? key : `_${key}`);
/** Reads a config file's text into its leaves; `source` names the file in every message. Needs loadYamlParser() first. */
function flattenConfig(text, source) {
    const { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } = (0,src/* yamlParser */.$z)();
    const lines = new LineCounter();
    const all = parseAllDocuments(text, { lineCounter: lines });
    const docs = all.filter((d) => d.contents !== null);
    if (docs.length > 1) {
        throw new src/* UserError */.yo(`holds ${docs.length} YAML documents (separated by ---); only one can be exported`, { where: source, hint: "Keep one environment's settings in one document, one file per environment." });
    }
    // Syntax errors as file:line, worded as for every other config file mlship reads (it throws on the first).
    if (all.some((d) => d.errors.length))
        (0,src/* parseConfigDocument */.Tm)(text, source);
    const doc = docs[0];
    if (!doc)
        throw new src/* UserError */.yo('the config file is empty', { where: source, hint: "Write the environment's settings as a YAML mapping, e.g. `model: {batch_size: 64}`." });
    const lineOf = (n) => {
        const range = n?.range;
        return range ? lines.linePos(range[0]).line : undefined;
    };
    const root = doc.contents;
    if (!isMap(root)) {
        const what = isSeq(root) ? 'a list' : 'a single value';
        throw new src/* UserError */.yo(`the top level is ${what}, not a mapping of keys`, { where: `${source}:${lineOf(root) ?? 1}`, hint: 'Write the settings as keys, e.g. `model: {batch_size: 64}`; variables are named after the key path.' });
    }
    const out = { leaves: [], empty: [] };
    const walk = (node, name, keyPath, line) => {
        const resolved = isAlias(node) ? node.resolve(doc) : node;
        if (isMap(resolved)) {
            if (resolved.items.length === 0)
                out.empty.push({ keyPath, line });
            for (const pair of resolved.items) {
                if (!isPair(pair) || !isScalar(pair.key)) {
                    throw new src/* UserError */.yo(`${keyPath ? `${keyPath}: ` : ''}a key that is not a plain value (a list or mapping used as a key) cannot name a variable`, { where: `${source}:${lineOf(pair.key) ?? line}`, hint: 'Use text keys.' });
                }
                const raw = String(pair.key.source ?? pair.key.value ?? '');
                if (raw === '<<') {
                    throw new src/* UserError */.yo(`${keyPath ? `${keyPath}: ` : ''}the merge key "<<" is not supported (yq would export it as a variable named "__\u2026")`, { where: `${source}:${lineOf(pair.key) ?? line}`, hint: 'Write the merged keys out in this mapping.' });
                }
                const part = shellKey(raw);
                walk(pair.value, name === '' ? rootName(part) : `${name}_${part}`, keyPath ? `${keyPath}.${raw}` : raw, lineOf(pair.key) ?? line);
            }
            return;
        }
        if (isSeq(resolved)) {
            if (resolved.items.length === 0)
                out.empty.push({ keyPath, line });
            resolved.items.forEach((item, i) => walk(item, `${name}_${i}`, `${keyPath}[${i}]`, lineOf(item) ?? line));
            return;
        }
        if (resolved === null || resolved === undefined || (isScalar(resolved) && resolved.value === null)) {
            out.leaves.push({ name, keyPath, value: '', isNull: true, line });
            return;
        }
        if (isScalar(resolved)) {
            out.leaves.push({ name, keyPath, value: String(resolved.source ?? resolved.value), isNull: false, line });
            return;
        }
        throw new src/* UserError */.yo(`${keyPath}: unsupported YAML node`, { where: `${source}:${line}` });
    };
    walk(root, '', '', 1);
    return out;
}

;// CONCATENATED MODULE: ./actions/env-config/src/locate.ts



const EXTENSIONS = ['.yaml', '.yml'];
/** The environments a directory offers: its *.yaml / *.yml files, by name. */
function listEnvironments(dir) {
    if (!external_node_fs_default().existsSync(dir) || !external_node_fs_default().statSync(dir).isDirectory())
        return [];
    return external_node_fs_default().readdirSync(dir)
        .filter((f) => EXTENSIONS.includes(external_node_path_default().extname(f)) && external_node_fs_default().statSync(external_node_path_default().join(dir, f)).isFile())
        .map((f) => f.slice(0, -external_node_path_default().extname(f).length))
        .sort();
}
/**
 * `environment` + `directory`, or an explicit `file`: exactly one of the two ways. The file
 * found is the checkout's, so on a runner a link out of the workspace is refused before its
 * values could be exported.
 */
function locateConfig(o) {
    const found = findConfig(o);
    const shown = (p) => external_node_path_default().relative(o.cwd, p) || p;
    (0,src/* refuseLinkOutOfWorkspace */.ND)(found.file, `config ${shown(found.file)}`, shown);
    return found;
}
function findConfig(o) {
    if (o.environment && o.file) {
        throw new src/* UserError */.yo('inputs "environment" and "file" are both given; give one of them', { hint: 'environment reads <directory>/<environment>.yaml; file reads that path.' });
    }
    if (o.file) {
        const file = external_node_path_default().resolve(o.cwd, o.file);
        if (!external_node_fs_default().existsSync(file) || !external_node_fs_default().statSync(file).isFile()) {
            throw new src/* UserError */.yo(`input "file": ${o.file} not found (looked in ${o.cwd})`, { hint: 'Check out the repository first (actions/checkout), or fix the path.' });
        }
        return { file, environment: external_node_path_default().basename(file).replace(/\.(ya?ml|json)$/i, '') };
    }
    if (!o.environment) {
        throw new src/* UserError */.yo('neither "environment" nor "file" is given', { hint: 'Give environment (e.g. production, read from configs/environments/production.yaml) or file.' });
    }
    // The name becomes a path: refuse anything that could leave the directory.
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(o.environment) || o.environment.includes('..')) {
        throw new src/* UserError */.yo(`input "environment" is "${o.environment}", which is not an environment name`, { hint: 'Use letters, digits, ., _ and - (e.g. production); use file for a path.' });
    }
    const dir = external_node_path_default().resolve(o.cwd, o.directory);
    if (!external_node_fs_default().existsSync(dir) || !external_node_fs_default().statSync(dir).isDirectory()) {
        throw new src/* UserError */.yo(`input "directory": ${o.directory} is not a directory (looked in ${o.cwd})`, { hint: 'Check out the repository first (actions/checkout), or set directory to where the <environment>.yaml files are.' });
    }
    const found = EXTENSIONS.map((ext) => external_node_path_default().join(dir, o.environment + ext)).filter((f) => external_node_fs_default().existsSync(f) && external_node_fs_default().statSync(f).isFile());
    if (found.length > 1) {
        throw new src/* UserError */.yo(`both ${external_node_path_default().join(o.directory, `${o.environment}.yaml`)} and ${external_node_path_default().join(o.directory, `${o.environment}.yml`)} exist`, { hint: 'Keep one of them, or pick one with file.' });
    }
    if (found.length === 0) {
        const known = listEnvironments(dir);
        const listed = known.length ? `environments in ${o.directory}: ${known.join(', ')}.` : `${o.directory} holds no .yaml or .yml files.`;
        throw new src/* UserError */.yo(`${external_node_path_default().join(o.directory, `${o.environment}.yaml`)} not found; ${listed}${(0,src/* suggestion */.h)(o.environment, known)}`, { hint: 'Add the file, or fix environment.' });
    }
    return { file: found[0], environment: o.environment };
}

// EXTERNAL MODULE: ./packages/core/src/user-regex.ts
var user_regex = __webpack_require__(73596);
;// CONCATENATED MODULE: ./actions/env-config/src/masking.ts

const DEFAULT_MASK_KEYS = 'secret|token|password|passwd|api_key|apikey|access_key|private|credential|auth|dsn|connection_string';
/**
 * Shapes that are credentials whatever key holds them. Each is specific
 * enough not to fire on ordinary settings (a URL without user:password@,
 * a hostname, a model name).
 */
const CREDENTIAL_PATTERNS = [
    { kind: 'URL with user:password@', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i },
    { kind: 'private key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/ },
    { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { kind: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/ },
    { kind: 'Slack webhook', pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/ },
    { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
];
/**
 * mask-keys meets every variable name of the config file, which a pull request
 * can edit: it runs on the linear-time engine, so no name can stall the step.
 */
function compileMaskKeys(source) {
    return (0,user_regex/* compileUserRegex */._u)(source, { what: 'input "mask-keys"', caseInsensitive: true });
}
/** Why a value is masked: its key name matched mask-keys, or it has a credential's shape; undefined when it is shown. */
function maskReason(name, value, keys) {
    if (value === '')
        return undefined;
    const credential = CREDENTIAL_PATTERNS.find((c) => c.pattern.test(value))?.kind;
    const byKey = keys.test(name);
    return byKey || credential ? { byKey, credential } : undefined;
}
/**
 * The strings to register with the runner's masker. It masks log lines one
 * at a time, so a multi-line value (a PEM key) is registered whole and line by line.
 */
function secretsOf(value) {
    const lines = value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
    return [...new Set([value, ...(lines.length > 1 ? lines : [])])];
}

;// CONCATENATED MODULE: ./actions/env-config/src/report.ts

/** Long values are cut in the table; the variable itself holds all of it. */
const shown = (v) => (v.length > 120 ? `${v.slice(0, 117)}\u2026` : v);
function buildReport(r) {
    const nulls = r.variables.filter((v) => v.isNull);
    const credentials = r.variables.filter((v) => v.credential);
    const masked = r.variables.filter((v) => v.masked).length;
    const checks = [
        {
            id: 'exported',
            title: 'Variables exported',
            status: r.variables.length ? 'pass' : 'fail',
            severity: 'error',
            observed: r.variables.length,
            expected: '>= 1',
            detail: r.variables.length ? `${masked} masked` : `${r.source} has no value to export (only empty lists or mappings)`,
            location: r.variables.length ? undefined : { file: r.source },
        },
        {
            id: 'null_values',
            title: 'Null values',
            status: nulls.length ? 'fail' : 'pass',
            severity: 'warning',
            observed: nulls.length,
            expected: 0,
            detail: nulls.length ? `exported as empty strings: ${nulls.map((v) => `${v.keyPath} (line ${v.line})`).join(', ')}` : undefined,
            location: nulls[0] ? { file: r.source, line: nulls[0].line } : undefined,
        },
        {
            id: 'empty_collections',
            title: 'Empty lists and mappings',
            status: r.empty.length ? 'fail' : 'pass',
            severity: 'warning',
            observed: r.empty.length,
            expected: 0,
            detail: r.empty.length ? `nothing exported for: ${r.empty.map((e) => `${e.keyPath} (line ${e.line})`).join(', ')}` : undefined,
            location: r.empty[0] ? { file: r.source, line: r.empty[0].line } : undefined,
        },
        {
            id: 'committed_credentials',
            title: 'Credentials in the config file',
            status: credentials.length ? 'fail' : 'pass',
            severity: 'warning',
            observed: credentials.length,
            expected: 0,
            detail: credentials.length
                ? `masked, but committed to the repository: ${credentials.map((v) => `${v.keyPath} (${v.credential}, line ${v.line})`).join(', ')}; keep them in GitHub secrets and pass them with env:`
                : undefined,
            location: credentials[0] ? { file: r.source, line: credentials[0].line } : undefined,
        },
    ];
    return (0,src/* createReport */.LU)({
        action: 'env-config',
        title: `Environment config: ${r.environment}`,
        summary: `${r.variables.length} variable${r.variables.length === 1 ? '' : 's'} from \`${r.source}\` exported to the following steps${r.copiedTo ? `; the file was copied to \`${r.copiedTo}\`` : ''}.`,
        checks,
        tables: [
            {
                title: 'Exported variables',
                columns: ['Variable', 'Value', 'Key', 'Line'],
                rows: r.variables.map((v) => [v.envName, v.masked ? '***' : shown(v.value), v.keyPath, v.line]),
                folded: false,
            },
        ],
        data: {
            environment: r.environment,
            file: r.source,
            copiedTo: r.copiedTo ?? null,
            variables: r.variables.map((v) => ({ name: v.envName, key: v.keyPath, line: v.line, masked: v.masked, null: v.isNull, ...(v.masked ? {} : { value: v.value }) })),
        },
    });
}

;// CONCATENATED MODULE: ./actions/env-config/src/variables.ts

/**
 * Names a runner, a shell or a language runtime reads to decide what runs
 * and how: a config file must never be able to set them for later steps
 * (PATH or LD_PRELOAD pointing into the workspace runs attacker code).
 * Compared case-insensitively, because Windows runners treat `path` as PATH.
 */
const PROTECTED = new Set([
    'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'ENV', 'BASH_ENV', 'IFS', 'PS4', 'PROMPT_COMMAND', 'SHELLOPTS', 'BASHOPTS', 'CDPATH', 'GLOBIGNORE', 'TMPDIR', 'CI',
    'LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT', 'GCONV_PATH',
    'NODE_OPTIONS', 'NODE_PATH', 'NODE_EXTRA_CA_CERTS', 'NPM_CONFIG_USERCONFIG',
    'PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP', 'PYTHONUSERBASE', 'PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL',
    'PERL5OPT', 'PERL5LIB', 'PERLLIB', 'RUBYOPT', 'RUBYLIB', 'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'DOTNET_STARTUP_HOOKS',
    'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_EXEC_PATH', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_TEMPLATE_DIR', 'GIT_PROXY_COMMAND', 'GIT_EXTERNAL_DIFF',
    'SSL_CERT_FILE', 'SSL_CERT_DIR', 'CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY',
]);
const PROTECTED_PREFIXES = ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'STATE_', 'LD_', 'DYLD_', 'BASH_FUNC_', 'GIT_CONFIG'];
function isProtectedName(name) {
    const upper = name.toUpperCase();
    return PROTECTED.has(upper) || PROTECTED_PREFIXES.some((p) => upper.startsWith(p));
}
function checkPrefix(prefix) {
    if (prefix === undefined)
        return '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(prefix)) {
        throw new src/* UserError */.yo(`input "prefix" is "${prefix}", which cannot start a variable name`, { hint: 'Use letters, digits and _ only, starting with a letter or _, e.g. CFG_.' });
    }
    return prefix;
}
/** Final names for every leaf; refuses protected names and two keys that would land on one name. */
function nameVariables(leaves, o) {
    const byName = new Map();
    const out = [];
    for (const leaf of leaves) {
        const envName = o.prefix + (o.case === 'upper' ? leaf.name.toUpperCase() : leaf.name);
        if (isProtectedName(envName)) {
            throw new src/* UserError */.yo(`key "${leaf.keyPath}" would set ${envName}, which controls how later steps run; it is never exported`, {
                where: `${o.source}:${leaf.line}`,
                hint: 'Rename the key, or namespace every variable with the prefix input (e.g. prefix: CFG_).',
            });
        }
        // Windows runners (and `case: upper`) cannot tell Model_x from model_x apart either.
        const seen = byName.get(envName.toUpperCase());
        if (seen) {
            throw new src/* UserError */.yo(`keys "${seen.keyPath}" (line ${seen.line}) and "${leaf.keyPath}" would both set ${envName}`, {
                where: `${o.source}:${leaf.line}`,
                hint: 'Rename one of the keys: names join the key path with _ and replace other characters with _.',
            });
        }
        const v = { ...leaf, envName };
        byName.set(envName.toUpperCase(), v);
        out.push(v);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/env-config/src/action.ts










const envConfig = (0,src/* defineAction */.QP)({
    name: 'env-config',
    inputs: schemas/* object */.Ikc({
        environment: schemas/* string */.YjP().optional(),
        directory: schemas/* string */.YjP().default('configs/environments'),
        file: schemas/* string */.YjP().optional(),
        prefix: schemas/* string */.YjP().optional(),
        case: schemas/* enum */.k5n(['keep', 'upper']).default('keep'),
        'copy-to': schemas/* string */.YjP().optional(),
        'mask-keys': schemas/* string */.YjP().default(DEFAULT_MASK_KEYS),
        'fail-on': (0,src/* failOnInput */.cR)(),
        'report-path': schemas/* string */.YjP().default('mlship-reports/env-config'),
    }),
    async run(inputs, io) {
        const cwd = process.cwd();
        const prefix = checkPrefix(inputs.prefix);
        await Promise.all([(0,user_regex/* loadRegexEngine */.cG)(), (0,src/* loadYamlParser */.D7)()]);
        const maskKeys = compileMaskKeys(inputs['mask-keys']);
        const { file, environment } = locateConfig({ environment: inputs.environment, directory: inputs.directory, file: inputs.file, cwd });
        const source = external_node_path_default().relative(cwd, file) || file;
        const text = external_node_fs_default().readFileSync(file, 'utf8');
        const { leaves, empty } = flattenConfig(text, source);
        // Everything is named and checked before anything is exported: a refused key exports nothing.
        const named = nameVariables(leaves, { prefix, case: inputs.case, source });
        const variables = named.map((v) => {
            const reason = maskReason(v.name, v.value, maskKeys);
            return { ...v, masked: reason !== undefined, credential: reason?.credential };
        });
        // Masks go out before any line that could carry a value.
        for (const v of variables)
            if (v.masked)
                for (const s of secretsOf(v.value))
                    io.setSecret(s);
        let copiedTo;
        if (inputs['copy-to']) {
            const target = external_node_path_default().resolve(cwd, inputs['copy-to']);
            if (target === file)
                throw new src/* UserError */.yo(`input "copy-to" is the config file itself (${source})`, { hint: 'Copy it somewhere else, e.g. config.yaml, or drop copy-to.' });
            if (external_node_fs_default().existsSync(target) && external_node_fs_default().statSync(target).isDirectory())
                throw new src/* UserError */.yo(`input "copy-to": ${inputs['copy-to']} is a directory`, { hint: 'Give the file name to write, e.g. config.yaml.' });
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
            external_node_fs_default().copyFileSync(file, target);
            copiedTo = external_node_path_default().relative(cwd, target) || target;
        }
        for (const v of variables)
            io.exportVariable(v.envName, v.value);
        io.info(`env-config: exported ${variables.length} variable${variables.length === 1 ? '' : 's'} from ${source}${copiedTo ? ` (copied to ${copiedTo})` : ''}:`);
        for (const v of variables)
            io.info(`  ${v.envName}=${v.masked ? '***' : v.value.split('\n')[0]}${!v.masked && v.value.includes('\n') ? ' \u2026' : ''}`);
        const result = { environment, source, variables, empty, copiedTo };
        return {
            report: buildReport(result),
            outputs: { 'config-path': file, environment, variables: JSON.stringify(variables.map((v) => v.envName)) },
        };
    },
});


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

/***/ 73596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _u: () => (/* binding */ compileUserRegex),
/* harmony export */   cG: () => (/* reexport safe */ _regex_engine__WEBPACK_IMPORTED_MODULE_1__.c),
/* harmony export */   eO: () => (/* binding */ regexRefusal)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _regex_engine__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13621);



const LOOKAROUND_HINT = 'Match the text itself, or split it into a pattern that must match and one that must not (in a data check: a regex and a not_regex check on the same column).';
const SYNTAX_HINT = 'Patterns use RE2 syntax (https://github.com/google/re2/wiki/Syntax), which runs in time linear in the value.';
/** A construct RE2 refuses, named as the user would look it up, with what to write instead. */
function unsupported(error, input, pattern) {
    if (/^\\[1-9]/.test(input))
        return { construct: `a backreference (${input.slice(0, 2)})`, hint: 'Spell out the repeated text.' };
    if (input === '\\k' || (input === '(?P' && pattern.includes('(?P=')))
        return { construct: 'a named backreference', hint: 'Spell out the repeated text.' };
    if (input.startsWith('(?=') || input.startsWith('(?!'))
        return { construct: `a lookahead (${input.slice(0, 3)}\u2026))`, hint: LOOKAROUND_HINT };
    if (input.startsWith('(?<=') || input.startsWith('(?<!'))
        return { construct: `a lookbehind (${input.slice(0, 4)}\u2026))`, hint: LOOKAROUND_HINT };
    if (input.startsWith('(?>'))
        return { construct: 'an atomic group ((?>\u2026))', hint: 'Write a plain group (?:\u2026): RE2 never backtracks, so it needs no atomic groups.' };
    if (input.startsWith('(?('))
        return { construct: 'a conditional group ((?(\u2026)\u2026|\u2026))', hint: 'Write the alternatives as separate patterns.' };
    if (error.includes('nested repetition') && input.endsWith('+'))
        return { construct: `a possessive quantifier (${input})`, hint: 'Drop the trailing +: RE2 never backtracks, so a plain quantifier does the same.' };
    if (input.startsWith('(?#'))
        return { construct: 'a comment group ((?#\u2026))', hint: 'Remove the comment.' };
    if (input === '\\u' || input === '\\U')
        return { construct: `the escape ${input}`, hint: 'Write a code point as \\x{e9} (hex digits in braces).' };
    if (input === '\\Z')
        return { construct: 'the end-of-text escape \\Z', hint: 'Write \\z (end of text) or $.' };
    return undefined;
}
function compileOrExplain(pattern, flags) {
    const { RE2JS, RE2JSSyntaxException } = (0,_regex_engine__WEBPACK_IMPORTED_MODULE_1__/* .regexEngine */ .y)();
    try {
        return RE2JS.compile(pattern, flags);
    }
    catch (e) {
        if (!(e instanceof RE2JSSyntaxException))
            throw e;
        const input = e.input ?? '';
        const known = unsupported(e.error, input, pattern);
        if (known)
            return { problem: `uses ${known.construct}, which the linear-time regular expression engine (RE2 syntax) cannot run`, hint: known.hint };
        return { problem: `is not a valid regular expression: ${e.error}${input ? ` at ${JSON.stringify(input)}` : ''}`, hint: SYNTAX_HINT };
    }
}
/** Why `pattern` cannot be run, or undefined when it can: for a config read before its checks are compiled. */
function regexRefusal(pattern) {
    const r = compileOrExplain(pattern, 0);
    return r instanceof (0,_regex_engine__WEBPACK_IMPORTED_MODULE_1__/* .regexEngine */ .y)().RE2JS ? undefined : r;
}
/** Compiles `pattern` once, for many values; a pattern RE2 cannot run is a UserError naming what holds it and the construct. */
function compileUserRegex(pattern, options) {
    const { RE2JS } = (0,_regex_engine__WEBPACK_IMPORTED_MODULE_1__/* .regexEngine */ .y)();
    const re = compileOrExplain(pattern, options.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
    if (!(re instanceof RE2JS))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${options.what} ${JSON.stringify(pattern)} ${re.problem}`, { where: options.where, hint: re.hint });
    return { source: pattern, test: (text) => re.test(text) };
}


/***/ })

};
