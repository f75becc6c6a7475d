export const id = 9173;
export const ids = [9173,5711];
export const modules = {

/***/ 79173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prChecklist: () => (/* binding */ prChecklist)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 9 modules
var github_src = __webpack_require__(76175);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./actions/pr-checklist/src/dvc.ts

/** .dvc files read per run (two reads each). */
const DVC_LIMIT = 50;
/** The outs of a .dvc file's text; a file that is not a DVC mapping gives an error string instead. */
function parseDvcFile(text) {
    const yaml = (0,src/* yamlParser */.$z)();
    let doc;
    try {
        doc = yaml.parse(text, { maxAliasCount: 50 });
    }
    catch (e) {
        return `not valid YAML (${e.message.split('\n')[0]})`;
    }
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.outs))
        return 'has no `outs:` list';
    const outs = [];
    for (const o of doc.outs) {
        if (!o || typeof o !== 'object')
            continue;
        const r = o;
        if (typeof r.path !== 'string')
            continue;
        // DVC 3 writes `md5:` with `hash: md5`; older files the same key. etag/checksum for cloud outs.
        const md5 = [r.md5, r.etag, r.checksum].find((v) => typeof v === 'string');
        outs.push({ path: r.path, ...(md5 ? { md5 } : {}), ...(typeof r.size === 'number' ? { size: r.size } : {}), ...(typeof r.nfiles === 'number' ? { nfiles: r.nfiles } : {}) });
    }
    return outs;
}
/** Old and new outs of one .dvc file, matched by path. `null` text: the file does not exist on that side. */
function diffDvc(dvcFile, oldText, newText) {
    const before = oldText === null ? [] : parseDvcFile(oldText);
    const after = newText === null ? [] : parseDvcFile(newText);
    if (typeof after === 'string')
        return { rows: [], error: `new ${dvcFile} ${after}` };
    if (typeof before === 'string')
        return { rows: [], error: `old ${dvcFile} ${before}` };
    const paths = [...new Set([...before.map((o) => o.path), ...after.map((o) => o.path)])];
    const rows = paths.map((p) => {
        const o = before.find((x) => x.path === p);
        const n = after.find((x) => x.path === p);
        const change = !o ? 'added' : !n ? 'removed' : o.md5 !== n.md5 || o.size !== n.size || o.nfiles !== n.nfiles ? 'modified' : 'unchanged';
        return { dvcFile, path: p, change, ...(o ? { old: o } : {}), ...(n ? { new: n } : {}) };
    });
    return { rows };
}
/**
 * Old and new outs of the changed .dvc files that made a section apply, read
 * from either side of the change: an added file has no old side, a removed
 * one no new side, a renamed or copied one is read at its old path on the base.
 */
async function readDvcChanges(source, files, sections) {
    const matched = new Set(sections.flatMap((s) => s.files));
    const dvcFiles = files.filter((f) => f.filename.endsWith('.dvc') && matched.has(f.filename));
    const results = await Promise.all(dvcFiles.slice(0, DVC_LIMIT).map(async (f) => {
        const [oldText, newText] = await Promise.all([
            f.status === 'added' ? null : source.readFile('base', f.previous_filename ?? f.filename),
            f.status === 'removed' ? null : source.readFile('head', f.filename),
        ]);
        return diffDvc(f.filename, oldText, newText);
    }));
    return { rows: results.flatMap((r) => r.rows), errors: results.flatMap((r) => (r.error ? [r.error] : [])), skipped: Math.max(0, dvcFiles.length - DVC_LIMIT) };
}
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/** Bytes as a person reads them, in the binary units `du -h` and `dvc` use. */
function humanBytes(n) {
    const sign = n < 0 ? '-' : '';
    let v = Math.abs(n);
    let u = 0;
    while (v >= 1024 && u < UNITS.length - 1) {
        v /= 1024;
        u++;
    }
    return `${sign}${u === 0 ? v : v.toFixed(v < 10 ? 2 : 1)} ${UNITS[u]}`;
}
/** `+12.0 MiB (+3.5%)`; the percentage is left out when there was nothing before. */
function sizeDelta(oldSize, newSize) {
    if (oldSize === undefined || newSize === undefined)
        return '';
    const d = newSize - oldSize;
    if (d === 0)
        return '\u00b10';
    const pct = oldSize > 0 ? ` (${d > 0 ? '+' : ''}${((d / oldSize) * 100).toFixed(1)}%)` : '';
    return `${d > 0 ? '+' : ''}${humanBytes(d)}${pct}`;
}
function countDelta(oldN, newN) {
    if (oldN === undefined && newN === undefined)
        return '';
    if (oldN === undefined)
        return String(newN);
    if (newN === undefined)
        return `${oldN} \u2192 \u2014`;
    const d = newN - oldN;
    return d === 0 ? String(newN) : `${oldN} \u2192 ${newN} (${d > 0 ? '+' : ''}${d})`;
}

;// CONCATENATED MODULE: ./actions/pr-checklist/src/checklist.ts


const COMMENT_KEY = 'pr-checklist';
/** Which rules apply, with their matching files: one pass over the files, every rule tested per file. */
function evaluateRules(rules, files) {
    const matched = rules.map(() => []);
    const globbed = rules.map((r, i) => [r, i]).filter(([r]) => r.match);
    for (const f of files) {
        for (const [r, i] of globbed)
            if (r.match(f))
                matched[i].push(f);
    }
    return rules.flatMap((rule, i) => (!rule.match || matched[i].length ? [{ rule, files: matched[i] }] : []));
}
/** `- [x] text <!-- mlship:item:section/item -->`: a task line of ours and whether it is ticked. */
const ITEM_LINE = /^\s*[-*] \[([ xX])\] .*<!-- mlship:item:([A-Za-z0-9._-]+\/[A-Za-z0-9._-]+) -->\s*$/;
/** Ticks in a previous rendering of the comment, by `section/item` id. Lines that are not ours are ignored. */
function parseTicks(body) {
    const ticks = new Map();
    if (!body)
        return ticks;
    for (const line of body.split(/\r?\n/)) {
        const m = ITEM_LINE.exec(line);
        if (m)
            ticks.set(m[2], m[1] !== ' ');
    }
    return ticks;
}
/**
 * A PR-controlled string (path, branch) as inline markdown that renders
 * literally: a code span longer than any backtick run inside it (so no
 * emphasis, links, HTML, mentions or autolinks apply), line breaks shown as \u23ce
 * so nothing can start a new block, and `|` escaped for tables.
 */
function code(text, inTable = false) {
    // Line breaks show as \u23ce and other control characters as their Unicode control pictures (\u2409, \u241b, \u2421), so a name stays on its one list line and is still recognisable.
    let s = text
        .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\u23ce')
        .replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
        .replace(/\u007f/g, '\u2421');
    if (inTable)
        s = s.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') || s.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
/** Plain text from the config (trusted, but still must not break the list line or our markers). */
const itemText = (t) => t.replace(/\r?\n/g, ' ').replace(/<!--/g, '&lt;!--');
function applyTicks(sections, ticks) {
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
/**
 * The comment, fitted to GitHub's size limit without losing a task line (a
 * cut task line would lose its tick on the next run): file lists shrink
 * first, then the .dvc table goes.
 */
function renderComment(config, state, ctx) {
    let body = '';
    for (const [filesShown, dvc] of [[20, true], [5, true], [0, true], [0, false]]) {
        body = renderWith(config, state, ctx, filesShown, dvc);
        if (body.length <= github_src/* COMMENT_LIMIT */.W$)
            return body;
    }
    return body;
}
function renderWith(config, state, ctx, FILES_SHOWN, withDvc) {
    const lines = [(0,github_src/* stickyMarker */.YL)(COMMENT_KEY), `## ${itemText(config.title)}`, ''];
    const refs = ctx.headRef && ctx.baseRef ? `${code(ctx.headRef)} \u2192 ${code(ctx.baseRef)} \u00b7 ` : '';
    const files = ctx.capped ? `${ctx.changedFiles} changed files (GitHub lists the first ${ctx.listedFiles}; rules saw only those)` : `${ctx.changedFiles} changed file${ctx.changedFiles === 1 ? '' : 's'}`;
    const progress = state.requiredTotal
        ? state.requiredUnchecked.length
            ? `${state.requiredTotal - state.requiredUnchecked.length} of ${state.requiredTotal} required items ticked`
            : `all ${state.requiredTotal} required items ticked \u2705`
        : 'no required items';
    lines.push(`${refs}${files} \u00b7 ${progress}`, '');
    if (ctx.notice)
        lines.push(`> [!NOTE]`, `> ${ctx.notice}`, '');
    for (const { result, items } of state.sections) {
        lines.push(`### ${itemText(result.rule.title)}`);
        for (const it of items)
            lines.push(`- [${it.ticked ? 'x' : ' '}] ${itemText(it.text)}${it.required ? ' _(required)_' : ''} <!-- mlship:item:${it.key} -->`);
        if (result.files.length && FILES_SHOWN === 0)
            lines.push('', `<sub>${result.files.length} matching file${result.files.length === 1 ? '' : 's'} (list left out to fit GitHub's comment size limit)</sub>`);
        else if (result.files.length) {
            const shown = result.files.slice(0, FILES_SHOWN).map((f) => `- ${code(f)}`);
            const more = result.files.length > FILES_SHOWN ? [`- \u2026 and ${result.files.length - FILES_SHOWN} more`] : [];
            lines.push('', `<details><summary>${result.files.length} matching file${result.files.length === 1 ? '' : 's'}</summary>`, '', ...shown, ...more, '', '</details>');
        }
        if (withDvc && ctx.dvc.length && result.files.some((f) => f.endsWith('.dvc')))
            lines.push('', ...renderDvc(ctx));
        lines.push('');
    }
    lines.push(`<sub>Tick the boxes as you go: this comment is regenerated on every push and keeps your ticks; sections whose files are gone are removed. Rules: ${itemText(ctx.configSource)}.</sub>`);
    return lines.join('\n');
}
function renderDvc(ctx) {
    const changed = ctx.dvc.filter((d) => d.change !== 'unchanged');
    const total = changed.reduce((s, d) => s + ((d.new?.size ?? 0) - (d.old?.size ?? 0)), 0);
    const head = `<details open><summary>Data changed by .dvc files: ${changed.length} output${changed.length === 1 ? '' : 's'}, net ${total >= 0 ? '+' : ''}${humanBytes(total)}</summary>`;
    const rows = ctx.dvc.map((d) => {
        const md5 = `${checklist_short(d.old?.md5)} \u2192 ${checklist_short(d.new?.md5)}`;
        const size = d.change === 'added' ? fmt(d.new?.size) : d.change === 'removed' ? `${fmt(d.old?.size)} \u2192 \u2014` : `${fmt(d.old?.size)} \u2192 ${fmt(d.new?.size)}`;
        const delta = d.change === 'added' ? (d.new?.size !== undefined ? `+${humanBytes(d.new.size)}` : '') : d.change === 'removed' ? (d.old?.size !== undefined ? `-${humanBytes(d.old.size)}` : '') : sizeDelta(d.old?.size, d.new?.size);
        return `| ${code(d.dvcFile, true)} | ${code(d.path, true)} | ${d.change} | ${md5} | ${size} | ${delta} | ${countDelta(d.old?.nfiles, d.new?.nfiles)} |`;
    });
    const notes = [
        ...ctx.dvcErrors.map((e) => `- \u26a0\ufe0f ${itemText(e).replace(/[\\`*_[\]|~<>@#]/g, (c) => `\\${c}`)}`),
        ...(ctx.dvcSkipped ? [`- ${ctx.dvcSkipped} more .dvc files not read (the first ${ctx.dvc.length ? 'ones' : 'few'} are shown)`] : []),
    ];
    return [head, '', '| .dvc file | output | change | md5 | size | \u0394 size | files |', '| --- | --- | --- | --- | ---: | ---: | ---: |', ...rows, ...(notes.length ? ['', ...notes] : []), '', '</details>'];
}
const checklist_short = (md5) => (md5 ? `\`${md5.replace(/[^0-9a-zA-Z.]/g, '').slice(0, 8)}${md5.endsWith('.dir') ? '.dir' : ''}\`` : '\u2014');
const fmt = (n) => (n === undefined ? '?' : humanBytes(n));

// EXTERNAL MODULE: ./packages/core/src/glob.ts
var glob = __webpack_require__(19731);
// EXTERNAL MODULE: ./actions/pr-checklist/src/config.ts
var src_config = __webpack_require__(45711);
;// CONCATENATED MODULE: ./actions/pr-checklist/src/report.ts

/** One report for both sources (the pull request through the API, or a local preview). */
function checklistReport(state, x) {
    const checks = state.sections.map(({ result, items }) => {
        const required = items.filter((i) => i.required);
        const open = required.filter((i) => !i.ticked);
        return {
            id: `section:${result.rule.id}`,
            title: result.rule.title,
            // warn, not a failed check: an unticked box is work in progress, not an annotation on every push.
            status: open.length ? 'warn' : 'pass',
            observed: `${required.length - open.length}/${required.length} required ticked`,
            expected: 'all required items ticked',
            ...(open.length ? { detail: `not ticked: ${open.map((i) => i.text).join('; ')}` } : {}),
        };
    });
    if (x.capped)
        checks.push({ id: 'files-capped', title: 'Changed files listed', status: 'warn', observed: x.listed, expected: x.changedFiles, detail: `GitHub lists at most 3000 files of a pull request; ${x.changedFiles - x.listed} were not seen by the rules` });
    const open = state.requiredUnchecked.length;
    return (0,src/* createReport */.LU)({
        action: 'pr-checklist',
        title: x.title,
        summary: `${state.sections.length} section${state.sections.length === 1 ? '' : 's'} apply; ${open ? `${open} of ${state.requiredTotal} required items not ticked yet` : `all ${state.requiredTotal} required items ticked`}. ${x.outcome}`,
        checks,
        tables: [
            { title: 'Sections', columns: ['section', 'items ticked', 'required open', 'matching files'], rows: state.sections.map((s) => [s.result.rule.title, `${s.items.filter((i) => i.ticked).length}/${s.items.length}`, s.items.filter((i) => i.required && !i.ticked).length, s.result.files.length]) },
            ...(x.dvc.length
                ? [{ title: 'DVC outputs', columns: ['.dvc file', 'output', 'change', 'old size', 'new size'], rows: x.dvc.map((d) => [d.dvcFile, d.path, d.change, d.old?.size ?? null, d.new?.size ?? null]), folded: true }]
                : []),
        ],
        ...(x.texts ? { texts: x.texts } : {}),
        data: { sections: state.sections.map((s) => s.result.rule.id), requiredUnchecked: state.requiredUnchecked.map((i) => i.key), ...x.data },
    });
}

;// CONCATENATED MODULE: ./actions/pr-checklist/src/preview.ts








/**
 * The checklist comment a pull request from `head` into `base` would get,
 * computed from the local git repository with the same rules, rendering and
 * .dvc diffing as on GitHub \u2014 and shown, never posted: no token is used and
 * no request leaves the machine, whatever the event or the token input.
 */
async function previewLocally(inputs, io) {
    if (inputs.base === undefined) {
        throw new src/* UserError */.yo('input "head" is set but "base" is not.', { hint: 'A local preview compares head with base: add base (e.g. main), or remove head to check the pull request through the GitHub API.' });
    }
    // Both only act on GitHub; a preview that quietly skipped them would look like it had.
    if (inputs['status-check'] !== 'none') {
        throw new src/* UserError */.yo(`input "status-check" is "${inputs['status-check']}", but base/head make a local preview that writes nothing to GitHub.`, { hint: 'Remove status-check for the preview, or remove base and head to run on the pull request.' });
    }
    if (inputs['tick-permission'] !== 'write') {
        throw new src/* UserError */.yo(`input "tick-permission" is "${inputs['tick-permission']}", but a local preview has no comment whose ticks could be checked.`, { hint: 'Remove tick-permission for the preview, or remove base and head to run on the pull request.' });
    }
    const head = inputs.head ?? 'HEAD';
    await Promise.all([(0,glob/* loadRegexEngine */.cG)(), (0,src/* loadYamlParser */.D7)()]);
    const config = (0,src_config.loadChecklistConfig)(inputs.config, process.cwd());
    const source = await (0,github_src/* gitChanges */.IF)({ cwd: process.cwd(), base: inputs.base, head });
    const listed = await source.listFiles();
    const sections = evaluateRules(config.rules, listed.files.map((f) => f.filename));
    // A new pull request: no earlier comment, so nothing is ticked yet.
    const state = applyTicks(sections, new Map());
    const dvc = await readDvcChanges(source, listed.files, sections);
    const body = renderComment(config, state, {
        headRef: source.headRef,
        baseRef: source.baseRef,
        changedFiles: listed.changedFiles,
        listedFiles: listed.files.length,
        capped: false,
        dvc: dvc.rows,
        dvcErrors: dvc.errors,
        dvcSkipped: dvc.skipped,
        configSource: config.source,
    });
    const labels = [...new Map(sections.flatMap((s) => s.rule.labels).map((l) => [l.name.toLowerCase(), l.name])).values()];
    const commentPath = external_node_path_default().join(external_node_path_default().resolve(inputs['report-path']), 'comment.md');
    await (0,src/* writeFileAtomic */.Zf)(commentPath, body + '\n');
    io.info(`pr-checklist: preview of the checklist comment for ${head} \u2192 ${inputs.base} (${listed.files.length} changed file${listed.files.length === 1 ? '' : 's'} since they diverged at ${source.mergeBase.slice(0, 12)}); not posted, also in ${commentPath}\n`);
    io.info(body);
    return {
        report: checklistReport(state, {
            title: `PR checklist preview for ${head} \u2192 ${inputs.base}`,
            outcome: `Preview only: nothing was posted to GitHub${labels.length ? `; labels it would add: ${labels.join(', ')}` : ''}.`,
            capped: false,
            listed: listed.files.length,
            changedFiles: listed.changedFiles,
            dvc: dvc.rows,
            data: { preview: true, base: inputs.base, head, baseSha: source.baseSha, headSha: source.headSha, mergeBase: source.mergeBase, labelsWouldAdd: labels, files: listed.files },
            texts: [{ title: 'Checklist comment (preview, not posted)', text: body, folded: false }],
        }),
        outputs: { 'required-unchecked': String(state.requiredUnchecked.length), sections: JSON.stringify(state.sections.map((s) => s.result.rule.id)), 'comment-url': '', 'labels-added': '[]' },
    };
}

;// CONCATENATED MODULE: ./actions/pr-checklist/src/action.ts











const TOKEN_DEFAULT = '${{ github.token }}';
const CONTEXT = 'mlship/checklist';
const inputSchema = schemas/* object */.Ikc({
    token: schemas/* string */.YjP().default(TOKEN_DEFAULT),
    config: schemas/* string */.YjP().optional(),
    'status-check': schemas/* enum */.k5n(['none', 'status', 'check-run']).default('none'),
    'tick-permission': schemas/* enum */.k5n(['write', 'author']).default('write'),
    'fail-on': (0,src/* failOnInput */.cR)(),
    'report-path': schemas/* string */.YjP().default('mlship-reports/pr-checklist'),
    base: schemas/* string */.YjP().optional(),
    head: schemas/* string */.YjP().optional(),
});
const prChecklist = (0,src/* defineAction */.QP)({
    name: 'pr-checklist',
    inputs: inputSchema,
    secrets: ['token'],
    async run(inputs, io) {
        // base/head: the changes come from the local repository and nothing is written to GitHub, token or not.
        if (inputs.base !== undefined || inputs.head !== undefined)
            return previewLocally(inputs, io);
        try {
            return await check(inputs, io);
        }
        catch (e) {
            // A refusal by GitHub (token, permissions, fork) is the user's to fix: one line, no stack.
            throw (0,github_src/* gitHubUserError */.F2)(e) ?? e;
        }
    },
});
async function check(inputs, io) {
    const ctx = (0,github_src/* readPullRequestContext */.uV)(io.env);
    if (!ctx)
        return skipped(io, `event "${io.env('GITHUB_EVENT_NAME') ?? ''}" is not about a pull request; nothing to check. Run pr-checklist on pull_request, pull_request_target or issue_comment.`);
    const token = inputs.token === TOKEN_DEFAULT ? '' : inputs.token;
    if (!token)
        throw new src/* UserError */.yo('input "token" is empty.', { hint: 'Pass `token: ${{ github.token }}` (the default) with `permissions: pull-requests: write` (and `statuses: write` / `checks: write` for status-check).' });
    await Promise.all([(0,glob/* loadRegexEngine */.cG)(), (0,src/* loadYamlParser */.D7)()]);
    const config = (0,src_config.loadChecklistConfig)(inputs.config, process.cwd());
    const gh = await (0,github_src/* createGitHub */.Cl)({ token, apiUrl: io.env('GITHUB_API_URL'), log: io });
    let ticksFrom = 'comment';
    let notice;
    let edit;
    if (ctx.eventName === 'issue_comment') {
        edit = readCommentEdit(io);
        if (ctx.action !== 'edited')
            return skipped(io, `issue_comment "${ctx.action}": only edits of the checklist comment are re-evaluated.`);
        if (!edit.body.includes((0,github_src/* stickyMarker */.YL)(COMMENT_KEY)))
            return skipped(io, `comment ${edit.id} is not the checklist comment; nothing to re-evaluate.`);
    }
    const pr = await (0,github_src/* getPullRequest */.T9)(gh, ctx);
    const source = (0,github_src/* pullRequestChanges */.Go)(gh, { ...ctx, changedFiles: pr.changedFiles, baseSha: pr.baseSha, headSha: pr.headSha, baseRef: pr.baseRef, headRef: pr.headRef });
    // Comments first: the file pages would otherwise queue it behind up to 30 requests.
    const [comments, listed] = await Promise.all([(0,github_src/* listIssueComments */.cG)(gh, { ...ctx, issueNumber: ctx.number }), source.listFiles()]);
    const sticky = (0,github_src/* pickSticky */.HS)(comments, COMMENT_KEY, await (0,github_src/* stickyAuthor */.Pn)(gh, comments, COMMENT_KEY));
    if (edit) {
        if (!sticky || sticky.id !== edit.id)
            return skipped(io, `comment ${edit.id} by @${edit.author} carries the checklist marker but is not the checklist${sticky ? ` (that is comment ${sticky.id})` : ''}; ignored.`);
        if (edit.sender === sticky.user?.login)
            return skipped(io, `the checklist was edited by its own author (@${edit.sender}), i.e. by this action; nothing to re-evaluate.`);
        const allowed = edit.sender === pr.author || (inputs['tick-permission'] === 'write' && (0,github_src/* canWrite */._4)(await (0,github_src/* repoPermission */.cc)(gh, { ...ctx, username: edit.sender })));
        if (!allowed) {
            ticksFrom = 'previous';
            const who = inputs['tick-permission'] === 'author' ? `only the pull request's author (@${pr.author})` : `only the pull request's author (@${pr.author}) and people with write access`;
            notice = `@${edit.sender} edited this checklist, but ${who} may tick it; the boxes were restored.`;
            io.warning(`pr-checklist: ${notice}`);
        }
    }
    const files = listed.files.map((f) => f.filename);
    const sections = evaluateRules(config.rules, files);
    const ticks = parseTicks(ticksFrom === 'previous' ? edit?.previousBody : sticky?.body);
    const state = applyTicks(sections, ticks);
    const labels = sections.flatMap((s) => s.rule.labels);
    const unique = [...new Map(labels.map((l) => [l.name.toLowerCase(), l])).values()];
    // The label writes (serial and spaced by the client) overlap the .dvc reads instead of waiting for them.
    const [labelResult, dvc] = await Promise.all([(0,github_src/* addLabels */.Nl)(gh, { ...ctx, issueNumber: ctx.number, labels: unique, current: pr.labels }), readDvcChanges(source, listed.files, sections)]);
    const body = renderComment(config, state, {
        headRef: source.headRef,
        baseRef: source.baseRef,
        changedFiles: listed.changedFiles,
        listedFiles: listed.files.length,
        capped: listed.capped,
        dvc: dvc.rows,
        dvcErrors: dvc.errors,
        dvcSkipped: dvc.skipped,
        configSource: config.source,
        notice,
    });
    await (0,src/* writeFileAtomic */.Zf)(external_node_path_default().join(external_node_path_default().resolve(inputs['report-path']), 'comment.md'), body + '\n');
    const comment = await (0,github_src/* upsertStickyComment */.qD)(gh, { ...ctx, issueNumber: ctx.number, key: COMMENT_KEY, body, comments });
    io.info(`Checklist comment ${comment.action}: ${comment.url}`);
    if (listed.capped)
        io.annotate('warning', `This pull request changes ${pr.changedFiles} files; GitHub's API lists only the first ${listed.files.length}, so rules saw only those.`, { title: 'pr-checklist' });
    await reportStatus(gh, inputs['status-check'], ctx, pr, state, comment.url);
    return {
        report: checklistReport(state, {
            title: `PR checklist for #${pr.number}`,
            outcome: `Comment: ${comment.url}`,
            capped: listed.capped,
            listed: listed.files.length,
            changedFiles: listed.changedFiles,
            dvc: dvc.rows,
            data: { pullRequest: pr.number, labelsAdded: labelResult.added, commentUrl: comment.url },
        }),
        outputs: {
            'required-unchecked': String(state.requiredUnchecked.length),
            sections: JSON.stringify(state.sections.map((s) => s.result.rule.id)),
            'comment-url': comment.url,
            'labels-added': JSON.stringify(labelResult.added),
        },
    };
}
function readCommentEdit(io) {
    const payload = JSON.parse(external_node_fs_default().readFileSync(io.env('GITHUB_EVENT_PATH'), 'utf8'));
    return {
        id: payload.comment?.id ?? 0,
        body: payload.comment?.body ?? '',
        author: payload.comment?.user?.login ?? '',
        sender: payload.sender?.login ?? '',
        previousBody: payload.changes?.body?.from,
    };
}
async function reportStatus(gh, kind, ctx, pr, state, url) {
    if (kind === 'none')
        return;
    const open = state.requiredUnchecked.length;
    const description = open ? `${open} of ${state.requiredTotal} required checklist items not ticked yet` : `All ${state.requiredTotal} required checklist items ticked`;
    if (kind === 'status') {
        await (0,github_src/* setCommitStatus */.MX)(gh, { ...ctx, sha: pr.headSha, context: CONTEXT, state: open ? 'pending' : 'success', description, targetUrl: url });
        return;
    }
    const summary = open ? `Still to tick in the [checklist comment](${url}):\n\n${state.requiredUnchecked.map((i) => `- ${i.text.replace(/\r?\n/g, ' ')}`).join('\n')}` : `Every required item in the [checklist comment](${url}) is ticked.`;
    await (0,github_src/* upsertCheckRun */.BL)(gh, { ...ctx, headSha: pr.headSha, name: CONTEXT, title: description, summary, detailsUrl: url, ...(open ? {} : { conclusion: 'success' }) });
}
function skipped(io, message) {
    io.annotate('notice', message, { title: 'pr-checklist' });
    return {
        report: (0,src/* createReport */.LU)({ action: 'pr-checklist', title: 'PR checklist', summary: message, checks: [{ id: 'event', title: 'Pull request event', status: 'skip', detail: message }] }),
        outputs: { 'required-unchecked': '0', sections: '[]', 'comment-url': '', 'labels-added': '[]' },
    };
}


/***/ }),

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
