export const id = 7812;
export const ids = [7812,817];
export const modules = {

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createShadowCheck: () => (/* binding */ createShadowCheck),
  shadowCheck: () => (/* binding */ shadowCheck)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
// EXTERNAL MODULE: ./packages/rollout/src/index.ts + 35 modules
var rollout_src = __webpack_require__(92902);
// EXTERNAL MODULE: ./packages/data/src/drift/exact.ts
var exact = __webpack_require__(58157);
// EXTERNAL MODULE: ./packages/data/src/drift/ks.ts
var drift_ks = __webpack_require__(74026);
// EXTERNAL MODULE: ./packages/data/src/drift/psi.ts
var psi = __webpack_require__(77606);
;// CONCATENATED MODULE: ./packages/rollout/src/shadow/agreement.ts

/** The label of requests whose segment neither log holds. */
const NO_SEGMENT = '(none)';
function compareLogs(live, shadow, o) {
    let matched = 0;
    let agreements = 0;
    let scoreMissing = 0;
    const liveScores = [];
    const shadowScores = [];
    const bySegment = new Map();
    for (const [id, l] of live.byId) {
        const s = shadow.byId.get(id);
        if (!s)
            continue;
        matched++;
        // A missing prediction on either side is a disagreement: the user would not have got the live answer.
        const same = l.prediction !== null && l.prediction === s.prediction;
        if (same)
            agreements++;
        if (o.scores) {
            if (Number.isNaN(l.score) || Number.isNaN(s.score))
                scoreMissing++;
            else {
                liveScores.push(l.score);
                shadowScores.push(s.score);
            }
        }
        if (o.segments) {
            const segment = l.segment ?? s.segment ?? NO_SEGMENT;
            const g = bySegment.get(segment) ?? { matched: 0, disagreements: 0 };
            g.matched++;
            if (!same)
                g.disagreements++;
            bySegment.set(segment, g);
        }
    }
    const disagreements = matched - agreements;
    let score = null;
    if (liveScores.length > 0) {
        const reference = (0,exact/* exactNumeric */.v)(liveScores);
        const current = (0,exact/* exactNumeric */.v)(shadowScores);
        const ks = (0,drift_ks/* ksTwoSample */.X)(reference, current);
        score = { count: liveScores.length, liveMean: mean(liveScores), shadowMean: mean(shadowScores), psi: (0,psi/* psi */.js)(reference, current).value, ksStatistic: ks.statistic, ksPValue: ks.pValue };
    }
    const segments = o.segments
        ? [...bySegment]
            .map(([segment, g]) => ({ segment, ...g, rate: g.disagreements / g.matched, share: disagreements ? g.disagreements / disagreements : 0 }))
            .sort((a, b) => b.disagreements - a.disagreements || b.rate - a.rate || (a.segment < b.segment ? -1 : a.segment > b.segment ? 1 : 0))
        : null;
    return {
        matched,
        liveOnly: live.byId.size - matched,
        shadowOnly: shadow.byId.size - matched,
        agreements,
        disagreements,
        agreement: matched ? agreements / matched : null,
        score,
        scoreMissing,
        segments,
    };
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

// EXTERNAL MODULE: ./packages/rollout/src/argv.ts
var src_argv = __webpack_require__(47011);
// EXTERNAL MODULE: ./packages/rollout/src/traffic/exec.ts
var exec = __webpack_require__(9826);
// EXTERNAL MODULE: ./packages/rollout/src/traffic/kubectl-object.ts
var kubectl_object = __webpack_require__(72549);
;// CONCATENATED MODULE: ./packages/rollout/src/shadow/mirror.ts




/** `mirror-percentage`: 0\u2013100, fractions allowed (Istio's mirrorPercentage is a double). */
function parseMirrorPercentage(text, where = 'input "mirror-percentage"') {
    const t = text.trim().replace(/%$/, '');
    const n = /^(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : NaN;
    if (!(n >= 0 && n <= 100))
        throw new src/* UserError */.yo(`"${text}" is not a percentage within 0\u2013100.`, { where, hint: 'The share of live requests copied to the shadow, e.g. 100 (every request) or 10.' });
    return n;
}
/** `mirror: command`: an argv template with `{{percent}}`, run with the percentage to mirror and with 0 to remove the mirror. */
function parseMirrorCommand(text, where = 'input "mirror-command"') {
    const argv = (0,src_argv/* parseArgvTemplate */.Q)(text, where, ['percent']);
    if (!argv.some((a) => /\{\{\s*percent\s*\}\}/.test(a))) {
        throw new src/* UserError */.yo('never mentions {{percent}}, so it cannot set or remove the mirror.', { where, hint: 'Pass the percentage as an argument, e.g. ./scripts/set-mirror.sh {{percent}}' });
    }
    return argv;
}
class NoMirror {
    changes = false;
    description = 'no mirror provider (the traffic is already mirrored)';
    async preflight() { }
    async start() { }
    async remove() { }
}
class CommandMirror {
    argv;
    log;
    changes = true;
    description;
    constructor(argv, log) {
        this.argv = argv;
        this.log = log;
        this.description = `the command \`${argv.join(' ')}\``;
    }
    /** A command cannot be asked whether it would work; parseMirrorCommand already checked its shape. */
    async preflight() { }
    async start(percent) {
        await this.run(percent);
    }
    async remove() {
        await this.run(0);
    }
    async run(percent) {
        await (0,exec/* run */.e)((0,src_argv/* fillArgv */.A)(this.argv, { percent: String(percent) }), { where: 'input "mirror-command"', log: (line) => this.log(`  ${line}`) });
    }
}
/**
 * Istio VirtualService: every http route that sends to the live subset gets
 * `mirror: {host, subset: shadow}` and `mirrorPercentage: {value}`; removing
 * takes exactly those two fields away again. A route that already mirrors
 * somewhere is refused rather than overwritten (and later removed).
 */
class IstioMirror {
    o;
    changes = true;
    description;
    target;
    constructor(o) {
        this.o = o;
        this.description = `VirtualService ${o.virtualService} -n ${o.namespace}`;
        this.target = { resource: 'virtualservice', name: o.virtualService, namespace: o.namespace, where: 'input "virtual-service"' };
    }
    routes(spec) {
        return Array.isArray(spec?.http) ? spec.http : [];
    }
    isOurs(h) {
        return h.mirror?.subset === this.o.shadowSubset && (this.o.host === undefined || h.mirror.host === this.o.host);
    }
    /** The http routes to mirror, each with the host the shadow's copy goes to. */
    live(spec) {
        const seen = new Set();
        const out = [];
        this.routes(spec).forEach((h, index) => {
            const destinations = (Array.isArray(h.route) ? h.route : []).map((r) => r.destination ?? {});
            for (const d of destinations)
                if (d.subset)
                    seen.add(d.subset);
            const live = destinations.find((d) => d.subset === this.o.liveSubset);
            if (!live)
                return;
            if (h.mirror && !this.isOurs(h)) {
                throw new src/* UserError */.yo(`http[${index}] of VirtualService ${this.o.virtualService} already mirrors to ${h.mirror.host ?? '?'}${h.mirror.subset ? ` subset ${h.mirror.subset}` : ''}; shadow-check will not overwrite another mirror.`, {
                    where: this.target.where,
                    hint: 'Remove that mirror first, or set mirror: none if it already copies traffic to the shadow.',
                });
            }
            const host = this.o.host ?? live.host;
            if (!host)
                throw new src/* UserError */.yo(`http[${index}] of VirtualService ${this.o.virtualService} routes to subset "${this.o.liveSubset}" without a host.`, { where: this.target.where, hint: 'Set mirror-host to the shadow Service host.' });
            out.push({ index, host });
        });
        if (out.length === 0) {
            throw new src/* UserError */.yo(`VirtualService ${this.o.virtualService} -n ${this.o.namespace} has no http route to subset "${this.o.liveSubset}" (subsets found: ${[...seen].join(', ') || 'none'}).`, {
                where: this.target.where,
                hint: 'Set live-subset to the subset of the live model in its DestinationRule.',
            });
        }
        return out;
    }
    async preflight() {
        this.live((await (0,kubectl_object/* readObject */.A)(this.target)).spec);
    }
    async start(percent) {
        const obj = await (0,kubectl_object/* readObject */.A)(this.target);
        const ops = this.live(obj.spec).flatMap(({ index, host }) => [
            // `add` replaces a member that exists (our own mirror from an earlier, interrupted run).
            { op: 'add', path: `/spec/http/${index}/mirror`, value: { host, subset: this.o.shadowSubset } },
            { op: 'add', path: `/spec/http/${index}/mirrorPercentage`, value: { value: percent } },
        ]);
        await (0,kubectl_object/* patchObject */.o)(this.target, obj, ops);
    }
    async remove() {
        const obj = await (0,kubectl_object/* readObject */.A)(this.target);
        const ops = this.routes(obj.spec).flatMap((h, index) => this.isOurs(h) ? [{ op: 'remove', path: `/spec/http/${index}/mirror` }, ...('mirrorPercentage' in h ? [{ op: 'remove', path: `/spec/http/${index}/mirrorPercentage` }] : [])] : []);
        if (ops.length)
            await (0,kubectl_object/* patchObject */.o)(this.target, obj, ops);
    }
}
function createMirror(config, log) {
    switch (config.provider) {
        case 'none':
            return new NoMirror();
        case 'command':
            return new CommandMirror(config.argv, log);
        case 'istio':
            return new IstioMirror(config);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(50194);
// EXTERNAL MODULE: ./packages/data/src/read/index.ts
var read = __webpack_require__(40711);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./packages/data/src/read/remote-files.ts
var remote_files = __webpack_require__(65591);
;// CONCATENATED MODULE: ./packages/data/src/read/remote.ts





/**
 * Data in object storage, read through a local copy: `s3://bucket/key` (one
 * object), `s3://bucket/prefix/` (every object under it, as a directory) and
 * `https://\u2026` (one object, e.g. a presigned URL) are downloaded to a temporary
 * directory under RUNNER_TEMP, and the local path goes to the ordinary readers.
 * The S3 client is loaded only when an s3:// location is read, so bundles that
 * never read one do not carry it.
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
/** Whether `spec` names a URL rather than a local path, glob or directory. */
const isRemoteSpec = (spec) => SCHEME.test(spec.trim());
const REFUSED_HINT = 'Object storage is read from s3:// URLs (AWS S3, or an S3-compatible store such as MinIO, Cloudflare R2, Ceph or Google Cloud Storage with HMAC keys, through AWS_ENDPOINT_URL_S3) or from an https:// URL such as a presigned or signed URL.';
/** The location `spec` names, or undefined for a local path. Schemes that cannot be read are refused here. */
function parseRemote(spec, where) {
    const url = spec.trim();
    const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
    if (scheme === undefined)
        return undefined;
    if (scheme === 'http' || scheme === 'https') {
        if (!URL.canParse(url))
            throw new src/* UserError */.yo(`"${(0,remote_files/* showRemote */.GT)(url)}" is not a valid URL.`, { where, hint: 'Give the full URL of the object, e.g. a presigned URL.' });
        return { scheme: 'http', url };
    }
    if (scheme === 's3') {
        const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/is.exec(url);
        const bucket = m?.[1] ?? '';
        // S3's bucket naming rules (lower case, digits, dots, hyphens; 3\u201363 characters).
        if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
            throw new src/* UserError */.yo(`"${url}" does not name a valid bucket ("${bucket}").`, { where, hint: 'Write s3://bucket/key for one object or s3://bucket/prefix/ for every object under a prefix; bucket names are 3\u201363 lower-case letters, digits, dots and hyphens.' });
        }
        const key = m?.[2] ?? '';
        return { scheme: 's3', url, bucket, key, directory: key === '' || key.endsWith('/') };
    }
    const gcs = scheme === 'gs' ? ' Google Cloud Storage is read through its S3-compatible XML API: s3://bucket/key with AWS_ENDPOINT_URL_S3=https://storage.googleapis.com and an HMAC key as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or a signed https:// URL.' : '';
    throw new src/* UserError */.yo(`"${(0,remote_files/* showRemote */.GT)(url)}": ${scheme}:// locations cannot be read.${gcs}`, { where, hint: REFUSED_HINT });
}
/**
 * Checks that the location can be read (credentials, access, the bucket)
 * without downloading it. A location with nothing there yet throws RemoteMissing.
 */
async function checkRemote(location, options) {
    if (location.scheme === 's3')
        return (await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(7572)]).then(__webpack_require__.bind(__webpack_require__, 47572))).checkS3(location, options);
    return (await __webpack_require__.e(/* import() */ 1886).then(__webpack_require__.bind(__webpack_require__, 31886))).checkHttp(location.url, options);
}
/** Downloads the location to a fresh directory under RUNNER_TEMP (or the system's temp directory). */
async function downloadRemote(location, options) {
    const root = process.env.RUNNER_TEMP || external_node_os_default().tmpdir();
    const dir = await promises_default().mkdtemp(external_node_path_default().join(root, 'mlship-remote-'));
    const cleanup = () => promises_default().rm(dir, { recursive: true, force: true });
    try {
        const got = location.scheme === 's3' ? await (await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(7572)]).then(__webpack_require__.bind(__webpack_require__, 47572))).downloadS3(location, dir, options) : await (await __webpack_require__.e(/* import() */ 1886).then(__webpack_require__.bind(__webpack_require__, 31886))).downloadHttp(location.url, dir, options);
        return { ...got, shown: (0,remote_files/* showRemote */.GT)(location.url), cleanup };
    }
    catch (e) {
        await cleanup();
        throw e;
    }
}
/**
 * Runs `read` on a local copy of `spec` (or on `spec` itself when it is a
 * local path) and removes the copy afterwards, whatever `read` does.
 */
async function withLocalCopy(spec, options, read) {
    const location = parseRemote(spec, options.where);
    if (!location)
        return read(spec.trim(), spec.trim());
    const copy = await downloadRemote(location, options);
    try {
        return await read(copy.path, copy.shown);
    }
    finally {
        await copy.cleanup();
    }
}
const isRemoteMissing = (e) => e instanceof remote_files/* RemoteMissing */.lm;

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/predictions.ts





/** Text a prediction or id compares by: numbers in JavaScript's shortest form, booleans as true/false. */
const key = (v) => ((0,table/* isMissing */.b2)(v) ? null : typeof v === 'string' ? v : String(v));
/** The remote location `spec` names, or undefined for a local path; an empty spec or a scheme that cannot be read is refused. */
function parseLogLocation(spec, where) {
    const trimmed = spec.trim();
    if (trimmed === '')
        throw new src/* UserError */.yo('is empty.', { where, hint: 'Give the path of the predictions log (a file, directory or glob), an s3:// URL or an https:// URL.' });
    return parseRemote(trimmed, where);
}
/**
 * The log at `local` as a dataset with its columns checked, or why it cannot
 * be judged (not there, empty). Messages name it as `shown`: the path as
 * given, or the URL a local copy was downloaded from.
 */
async function openLog(local, shown, columns, where, cwd) {
    if (!/[*?[{]/.test(local) && !external_node_fs_default().existsSync(external_node_path_default().resolve(cwd, local)))
        return { spec: shown, missing: `${shown} does not exist` };
    let dataset;
    try {
        dataset = await (0,read/* openDataset */.Jp)(local, { cwd, role: where });
    }
    catch (e) {
        // A local copy's temporary path means nothing to the user: its messages name the URL.
        const rename = (text) => (shown.endsWith('/') ? text.replaceAll(`${local}${(external_node_path_default()).sep}`, shown) : text).replaceAll(local, shown);
        const named = local === shown || !(0,src/* isUserError */.iU)(e) ? e : new src/* UserError */.yo(rename(e.message), { where: e.details.where && rename(e.details.where), hint: e.details.hint });
        // An empty file or directory, or a glob matching nothing, is a log nobody wrote yet, like a missing file.
        if ((0,src/* isUserError */.iU)(named) && /matches no files|holds no data files|the file is empty|^no rows/.test(named.message))
            return { spec: shown, missing: `${shown}: ${named.message}` };
        throw named;
    }
    const fields = new Map(dataset.schema.fields.map((f) => [f.name, f]));
    const need = (input, name) => {
        const f = fields.get(name);
        if (!f)
            throw new src/* UserError */.yo(`${shown} has no column "${name}" (columns: ${[...fields.keys()].join(', ') || 'none'}).`, { where: `input "${input}"`, hint: `Name the column the log keeps it in.` });
        return f;
    };
    need('id-column', columns.id);
    need('prediction-column', columns.prediction);
    if (columns.scoreRequired || fields.has(columns.score)) {
        const f = need('score-column', columns.score);
        if (!(0,table/* isNumericKind */.kw)(f.kind))
            throw new src/* UserError */.yo(`column "${columns.score}" of ${shown} holds ${f.kind} values, not numbers.`, { where: 'input "score-column"', hint: 'The score is the model\u2019s numeric output (a probability, a regression value).' });
    }
    if (columns.segment !== undefined)
        need('segment-column', columns.segment);
    return dataset;
}
/**
 * Before anything is mirrored: a log that is already there must have the
 * columns asked for, so a misnamed column fails now rather than after the
 * mirrored period. A log not written yet is fine here. A remote log is only
 * checked for access (credentials, bucket, permissions), not downloaded: it
 * may be large, and it is read in full after the mirrored period.
 */
async function preflightLog(spec, columns, where, options = {}) {
    const remote = parseLogLocation(spec, where);
    if (!remote) {
        await openLog(spec.trim(), spec.trim(), columns, where, options.cwd ?? process.cwd());
        return;
    }
    await checkRemote(remote, { where, log: options.log }).catch((e) => {
        if (!isRemoteMissing(e))
            throw e;
    });
}
async function readPredictions(spec, columns, where, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const remote = parseLogLocation(spec, where);
    if (!remote)
        return readLog(spec.trim(), spec.trim(), columns, where, cwd);
    let copy;
    try {
        copy = await downloadRemote(remote, { where, log: options.log });
    }
    catch (e) {
        // Nothing there (no such key, an empty prefix) is a log nobody wrote, as a missing local file is.
        if (isRemoteMissing(e))
            return { spec: (0,remote_files/* showRemote */.GT)(remote.url), missing: e.message };
        throw e;
    }
    try {
        return await readLog(copy.path, copy.shown, columns, where, cwd);
    }
    finally {
        await copy.cleanup();
    }
}
async function readLog(local, shown, columns, where, cwd) {
    const dataset = await openLog(local, shown, columns, where, cwd);
    if ('missing' in dataset)
        return dataset;
    const score = dataset.schema.fields.some((f) => f.name === columns.score) ? columns.score : undefined;
    // The same column may play two parts (a segment that is the prediction): each is read once.
    const read = [...new Set([columns.id, columns.prediction, score, columns.segment].filter((c) => c !== undefined))];
    const log = { spec: shown, hasScore: score !== undefined, rows: 0, byId: new Map(), duplicates: 0, missingIds: 0 };
    // Batches hold the asked-for columns in the dataset's column order.
    const order = dataset.schema.fields.map((f) => f.name).filter((n) => read.includes(n));
    for await (const batch of dataset.batches({ columns: read })) {
        const col = (name) => (name === undefined ? undefined : batch.columns[order.indexOf(name)]);
        const [ids, predictions, scores, segments] = [col(columns.id), col(columns.prediction), col(score), col(columns.segment)];
        for (let r = 0; r < batch.numRows; r++) {
            log.rows++;
            const id = key(ids[r]);
            if (id === null) {
                log.missingIds++;
                continue;
            }
            if (log.byId.has(id)) {
                log.duplicates++;
                continue;
            }
            const s = scores?.[r];
            log.byId.set(id, { prediction: key(predictions[r]), score: typeof s === 'number' ? s : NaN, segment: segments ? key(segments[r]) : null });
        }
    }
    if (log.rows === 0)
        return { spec: shown, missing: `${shown} holds no rows` };
    return log;
}
const isUnreadable = (log) => 'missing' in log;

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/thresholds.ts

/**
 * The `thresholds` input: limits on how the shadow's answers compare with the
 * live model's, written as every mlship threshold is (`agreement >= 0.97,
 * score_psi < 0.1, score_ks_pvalue > 0.01`).
 */
const AGREEMENT_METRICS = {
    agreement: 'share of matched requests given the same prediction',
    disagreement: 'share of matched requests given a different prediction',
    score_psi: 'PSI of the shadow scores against the live scores',
    score_ks: 'KS statistic D between the live and shadow scores',
    score_ks_pvalue: 'two-sample KS p-value of the live and shadow scores',
};
const SCORE_METRICS = ['score_psi', 'score_ks', 'score_ks_pvalue'];
function parseAgreementThresholds(text, where = 'input "thresholds"') {
    const list = (0,src/* parseThresholdList */.b2)(text, where);
    if (list.length === 0)
        throw new src/* UserError */.yo('has no thresholds, so the predictions would not be judged.', { where, hint: 'e.g. "agreement >= 0.97, score_psi < 0.1".' });
    const seen = new Set();
    return list.map((t) => {
        if (!(t.metric in AGREEMENT_METRICS)) {
            throw new src/* UserError */.yo(`unknown metric "${t.metric}".${(0,src/* suggestion */.h)(t.metric, Object.keys(AGREEMENT_METRICS))}`, { where, hint: `Use ${Object.keys(AGREEMENT_METRICS).join(', ')}; the shadow's error rate and latency go in metrics.` });
        }
        if (seen.has(t.metric))
            throw new src/* UserError */.yo(`metric "${t.metric}" is listed twice.`, { where, hint: 'Give each metric one threshold.' });
        seen.add(t.metric);
        return t;
    });
}
/** Whether a threshold is on the scores: then both logs must hold score-column. */
const needsScores = (thresholds) => thresholds.some((t) => SCORE_METRICS.includes(t.metric));
/** The metric's value; null when it cannot be computed (no matched request, no scores). */
function agreementValue(a, metric) {
    switch (metric) {
        case 'agreement':
            return a.agreement;
        case 'disagreement':
            return a.matched ? a.disagreements / a.matched : null;
        case 'score_psi':
            return a.score?.psi ?? null;
        case 'score_ks':
            return a.score?.ksStatistic ?? null;
        case 'score_ks_pvalue':
            return a.score?.ksPValue ?? null;
    }
}
const judgeThresholds = (a, thresholds) => thresholds.map((threshold) => {
    const value = agreementValue(a, threshold.metric);
    return { threshold, value, passed: value === null ? null : (0,src/* compare */.UD)(value, threshold.op, threshold.value) };
});

// EXTERNAL MODULE: ./packages/core/src/digits.ts
var digits = __webpack_require__(15259);
;// CONCATENATED MODULE: ./packages/rollout/src/shadow/verdict.ts


function judgeShadow(j) {
    const failures = [];
    const unjudged = [];
    const failedMetrics = [];
    if (j.cancelled)
        unjudged.push(`the run was cancelled (${j.cancelled}) before the mirror period ended`);
    if (j.health.health === 'unhealthy') {
        for (const c of j.health.conditions.filter((x) => x.passed === false))
            failedMetrics.push(c.id);
        failures.push(`the shadow ${j.health.reasons.filter((r) => /breaks/.test(r)).join('; ')}`);
    }
    else if (j.health.health === 'inconclusive')
        unjudged.push(`the shadow's metrics cannot be judged: ${j.health.reasons.join('; ')}`);
    for (const log of [j.live, j.shadow])
        if (isUnreadable(log))
            unjudged.push(`${log === j.live ? 'live' : 'shadow'} predictions log: ${log.missing}`);
    if (j.agreement && j.agreement.matched < j.minMatched)
        unjudged.push(`${j.agreement.matched} request(s) are in both predictions logs, fewer than min-matched ${j.minMatched}`);
    if (j.agreement && j.agreement.matched >= j.minMatched) {
        for (const t of j.thresholds) {
            if (t.passed === false) {
                failedMetrics.push(t.threshold.metric);
                failures.push(`${t.threshold.metric} ${formatValue(t.value)} breaks ${t.threshold.source}`);
            }
            else if (t.passed === null)
                unjudged.push(`${t.threshold.metric} cannot be computed (${t.threshold.metric.startsWith('score') ? 'no matched request has a score in both logs' : 'no matched request'})`);
        }
    }
    if (failures.length)
        return { verdict: 'reject', reasons: [...failures, ...unjudged], failedMetrics };
    if (unjudged.length)
        return { verdict: 'inconclusive', reasons: unjudged, failedMetrics };
    return { verdict: 'promote', reasons: ['the shadow met every metric and agreement threshold'], failedMetrics };
}
const formatValue = (v) => (v === 0 ? '0' : Math.abs(v) < 0.001 ? v.toPrecision(3) : String(Number(v.toPrecision(4))));
/** What would have changed for users, in one sentence. */
function userImpact(a) {
    if (!a || a.matched === 0)
        return 'No request is in both predictions logs, so what users would have seen cannot be told.';
    const n = (0,digits/* groupDigits */.K)(a.matched);
    if (a.disagreements === 0)
        return `Every one of the ${n} mirrored requests would have received the same prediction.`;
    const pct = `${Number(((a.disagreements / a.matched) * 100).toPrecision(3))}%`;
    const top = a.segments?.[0];
    const where = top && top.disagreements > 0 && a.segments.length > 1 ? `; most in segment ${top.segment} (${top.disagreements} of ${a.disagreements})` : '';
    return `${pct} of requests (${(0,digits/* groupDigits */.K)(a.disagreements)} of ${n} mirrored) would have received a different prediction${where}.`;
}

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/report.ts



const verdictWord = { promote: 'promote', reject: 'reject', inconclusive: 'inconclusive (not promoted)' };
function buildShadowReport(run, j, outcome) {
    const a = j.agreement;
    const checks = [
        { id: 'verdict', title: 'Shadow verdict', status: outcome.verdict === 'promote' ? 'pass' : 'fail', observed: outcome.verdict, expected: 'promote', detail: `${outcome.reasons.join('; ')}.` },
        {
            id: 'shadow-traffic',
            title: 'Shadow traffic',
            status: j.health.requests !== null && j.health.requests.requests >= run.minRequests ? 'pass' : 'fail',
            observed: j.health.requests?.requests ?? null,
            expected: `\u2265 ${run.minRequests} requests`,
            detail: j.health.requests === null ? 'no request data for the shadow' : undefined,
        },
        ...j.health.conditions.map((c) => ({
            id: `metric.${c.id}`,
            title: `Shadow ${c.id}`,
            status: c.passed === null ? 'skip' : c.passed ? 'pass' : 'fail',
            observed: c.value === null ? null : formatValue(c.value),
            expected: (0,src/* formatThreshold */.B6)(c.threshold),
            detail: c.passed === null ? `no data for ${c.id}` : undefined,
        })),
        {
            id: 'predictions',
            title: 'Requests in both predictions logs',
            status: a && a.matched >= j.minMatched ? 'pass' : 'fail',
            observed: a?.matched ?? null,
            expected: `\u2265 ${j.minMatched} (min-matched)`,
            detail: [j.live, j.shadow].filter(isUnreadable).map((l) => l.missing).join('; ') || undefined,
        },
        ...j.thresholds.map((t) => ({
            id: `agreement.${t.threshold.metric}`,
            title: t.threshold.metric,
            status: t.passed === null ? 'skip' : t.passed ? 'pass' : 'fail',
            observed: t.value === null ? null : formatValue(t.value),
            expected: (0,src/* formatThreshold */.B6)(t.threshold),
            detail: t.passed === null ? 'not computable: no matched requests (or no scores on both sides)' : undefined,
        })),
    ];
    const skipped = [j.live, j.shadow].filter((l) => !isUnreadable(l) && (l.duplicates > 0 || l.missingIds > 0));
    if (skipped.length) {
        checks.push({
            id: 'predictions.unjoinable',
            title: 'Log rows left out of the join',
            status: 'warn',
            detail: skipped.map((l) => `${l.spec}: ${l.duplicates} repeated request id(s) (the first row counts), ${l.missingIds} row(s) without a request id`).join('; '),
        });
    }
    const tables = [logsTable(j)];
    if (a?.score) {
        tables.push({
            title: 'Score distribution, live vs shadow (matched requests)',
            columns: ['Requests with both scores', 'Live mean', 'Shadow mean', 'PSI', 'KS D', 'KS p-value', 'Without a score'],
            rows: [[a.score.count, formatValue(a.score.liveMean), formatValue(a.score.shadowMean), formatValue(a.score.psi), formatValue(a.score.ksStatistic), formatValue(a.score.ksPValue), a.scoreMissing]],
        });
    }
    const charts = [];
    if (a?.segments?.length) {
        tables.push({
            title: 'Disagreements by segment',
            folded: false,
            columns: ['Segment', 'Matched requests', 'Different prediction', 'Rate', 'Share of all disagreements'],
            rows: a.segments.map((s) => [s.segment, s.matched, s.disagreements, pct(s.rate), pct(s.share)]),
        });
        const top = a.segments.slice(0, 20);
        charts.push({ title: `Disagreement % by segment${a.segments.length > top.length ? ` (${top.length} of ${a.segments.length} segments with most disagreements)` : ''}`, kind: 'bar', x: top.map((s) => s.segment), yLabel: 'different prediction %', series: [{ name: 'disagreement', values: top.map((s) => s.rate * 100) }] });
    }
    return (0,src/* createReport */.LU)({
        action: 'shadow-check',
        title: 'Shadow analysis',
        summary: `Verdict: **${verdictWord[outcome.verdict]}** \u2014 ${outcome.reasons.join('; ')}. ${userImpact(a)} ${run.mirror ? `Mirror: ${run.percent}% of live requests on ${run.mirror}` : 'Mirror: set outside this step (mirror: none)'}, judged over ${Math.round(run.seconds)} s; the live model answered every request.`,
        checks,
        tables,
        charts,
        data: { verdict: outcome.verdict, reasons: outcome.reasons, impact: userImpact(a), failedMetrics: outcome.failedMetrics, mirror: run, agreement: a, thresholds: j.thresholds.map((t) => ({ metric: t.threshold.metric, threshold: t.threshold.source, value: t.value, passed: t.passed })), health: j.health },
    });
}
const pct = (v) => `${Number((v * 100).toPrecision(3))}%`;
function logsTable(j) {
    const a = j.agreement;
    const row = (name, log, only) => isUnreadable(log) ? [name, log.spec, null, null, null, null, null, log.missing] : [name, log.spec, log.rows, log.byId.size, log.duplicates, log.missingIds, log.hasScore ? 'yes' : 'no', only ?? null];
    return {
        title: 'Predictions logs, joined on request id',
        folded: false,
        columns: ['Log', 'Path', 'Rows', 'Request ids', 'Repeated ids (first row kept)', 'Rows without id', 'Score column', `Only in this log (${a?.matched ?? 0} in both)`],
        rows: [row('live', j.live, a?.liveOnly), row('shadow', j.shadow, a?.shadowOnly)],
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./packages/rollout/src/source-inputs.ts
var source_inputs = __webpack_require__(37248);
;// CONCATENATED MODULE: ./packages/rollout/src/shadow/source-inputs.ts



/**
 * The metric-source inputs as shadow-check names them: only the shadow is
 * read (its errors and latency), through the shared metric layer's `canary`
 * track, so `shadow-metrics-url` and `shadow-track` stand in for the canary's
 * and nothing about a stable track is asked for.
 */
const { 'canary-track': _canaryTrack, 'stable-track': _stableTrack, 'canary-metrics-url': _canaryUrl, 'stable-metrics-url': _stableUrl, ...shared } = source_inputs/* metricSourceInputs */.$b;
const shadowSourceInputs = {
    ...shared,
    'shadow-track': schemas/* string */.YjP().default('shadow'),
    'shadow-metrics-url': schemas/* string */.YjP().optional(),
};
/** The shared inputs the metric layer reads, with the shadow as its canary track. */
function toMetricSourceInputs(i) {
    const url = i['shadow-metrics-url'];
    if (i.source === 'scrape' && url !== undefined && !/^https?:\/\//i.test(url.trim())) {
        throw new src/* UserError */.yo(`"${url}" is not an http(s) URL.`, { where: 'input "shadow-metrics-url"', hint: "Give the shadow service's metrics page, e.g. http://model-shadow.prod:8080/metrics." });
    }
    return { ...i, 'canary-track': i['shadow-track'], 'stable-track': 'stable', 'canary-metrics-url': url, 'stable-metrics-url': undefined };
}
/** What the shared metric layer's messages call its tracks here. */
const SHADOW_TRACK_NAMES = { canary: 'shadow', stable: 'live' };

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/index.ts








;// CONCATENATED MODULE: ./actions/shadow-check/src/state.ts
/** GITHUB_STATE keys shared by the main step and the post: step (kept apart so the post bundle stays small). */
const STATE_MIRROR = 'shadow-mirror';
const STATE_REMOVED = 'shadow-mirror-removed';

;// CONCATENATED MODULE: ./actions/shadow-check/src/action.ts





const inputs = schemas/* object */.Ikc({
    ...shadowSourceInputs,
    metrics: schemas/* string */.YjP().default('error-rate < 0.01, p95-latency < 0.5'),
    duration: (0,rollout_src/* durationInput */.Ts)().default(300),
    'mirror-percentage': schemas/* string */.YjP().default('100'),
    'min-requests': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(0)).default(20),
    mirror: schemas/* enum */.k5n(['none', 'command', 'istio']).default('none'),
    'mirror-command': schemas/* string */.YjP().optional(),
    'virtual-service': schemas/* string */.YjP().optional(),
    'live-subset': schemas/* string */.YjP().default('stable'),
    'shadow-subset': schemas/* string */.YjP().default('shadow'),
    'mirror-host': schemas/* string */.YjP().optional(),
    'live-predictions': schemas/* string */.YjP(),
    'shadow-predictions': schemas/* string */.YjP(),
    'id-column': schemas/* string */.YjP().default('request_id'),
    'prediction-column': schemas/* string */.YjP().default('prediction'),
    'score-column': schemas/* string */.YjP().default('score'),
    'segment-column': schemas/* string */.YjP().optional(),
    thresholds: schemas/* string */.YjP().default('agreement >= 0.97, score_psi < 0.1'),
    'min-matched': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(1)).default(100),
    'fail-on': (0,src/* failOnInput */.cR)(),
    'report-path': schemas/* string */.YjP().default('mlship-reports/shadow-check'),
});
function mirrorConfig(i) {
    const need = (name, hint) => {
        const v = i[name];
        if (!v)
            throw new src/* UserError */.yo(`input "${name}" is required with mirror: ${i.mirror}.`, { hint });
        return v;
    };
    switch (i.mirror) {
        case 'none':
            return { provider: 'none' };
        case 'command':
            return { provider: 'command', argv: parseMirrorCommand(need('mirror-command', 'e.g. ./scripts/set-mirror.sh {{percent}}')) };
        case 'istio':
            return {
                provider: 'istio',
                virtualService: need('virtual-service', 'Name the VirtualService that routes to the live model, e.g. ml-model.'),
                namespace: need('namespace', 'The namespace of the VirtualService, e.g. production.'),
                liveSubset: i['live-subset'],
                shadowSubset: i['shadow-subset'],
                ...(i['mirror-host'] ? { host: i['mirror-host'] } : {}),
            };
    }
}
function createShadowCheck(options = {}) {
    return (0,src/* defineAction */.QP)({
        name: 'shadow-check',
        inputs,
        secrets: [...rollout_src/* metricSourceSecrets */.lO],
        async run(i, io) {
            // Its query maps, metric lists and command lists may be YAML.
            await (0,src/* loadYamlParser */.D7)();
            const conditions = (0,rollout_src/* parseHealthConditions */.Ws)(i.metrics, i, { action: 'shadow-check', input: 'metrics', example: '"error-rate < 0.01, p95-latency < 0.5"' });
            const percent = parseMirrorPercentage(i['mirror-percentage']);
            const thresholds = parseAgreementThresholds(i.thresholds);
            const columns = {
                id: i['id-column'],
                prediction: i['prediction-column'],
                score: i['score-column'],
                scoreRequired: needsScores(thresholds),
                ...(i['segment-column'] ? { segment: i['segment-column'] } : {}),
            };
            // A presigned URL's query is its credential: masked wherever the runner might echo it.
            for (const spec of [i['live-predictions'], i['shadow-predictions']]) {
                const query = /^https?:\/\/[^?#]*(\?[^#]+)/i.exec(spec.trim())?.[1];
                if (query)
                    io.setSecret(query);
            }
            const logOptions = { log: (line) => io.info(line) };
            await preflightLog(i['live-predictions'], columns, 'input "live-predictions"', logOptions);
            await preflightLog(i['shadow-predictions'], columns, 'input "shadow-predictions"', logOptions);
            if (!(i.duration > 0))
                throw new src/* UserError */.yo(`must be more than 0 seconds, got ${i.duration}.`, { where: 'input "duration"', hint: 'How long the shadow gets mirrored traffic, e.g. 10m.' });
            // A rate needs two readings of the counters inside the mirrored period.
            if (i.duration < 2 * i['scrape-interval']) {
                throw new src/* UserError */.yo(`duration (${i.duration} s) must span at least two scrapes (scrape-interval ${i['scrape-interval']} s).`, { where: 'input "duration"', hint: 'Lengthen duration, or shorten scrape-interval.' });
            }
            const config = mirrorConfig(i);
            const mirror = createMirror(config, (l) => io.info(l));
            const source = await (0,rollout_src/* createMetricSource */.QB)(toMetricSourceInputs(i), io, { tracks: ['canary'], trackNames: SHADOW_TRACK_NAMES });
            try {
                await (0,rollout_src/* preflightMetricSource */.PH)(source, [{ track: 'canary', name: 'shadow', urlInput: 'shadow-metrics-url', url: i['shadow-metrics-url'] }], conditions.map((c) => c.metric), { interval: i.duration });
                await mirror.preflight();
                io.info(`Shadow analysis: ${mirror.changes ? `mirroring ${percent}% of live requests to the shadow on ${mirror.description}` : 'observe only (mirror: none \u2014 the traffic is already mirrored)'} for ${i.duration} s; the live model answers every request. Shadow metrics ${conditions.map((c) => c.threshold.source).join(', ')}; agreement ${thresholds.map((t) => t.source).join(', ')}.`);
                // Saved before the mirror is set: a cancelled job's post: step removes it.
                if (mirror.changes)
                    io.saveState(STATE_MIRROR, JSON.stringify(config));
                let cancelled;
                let start = Date.now() / 1000;
                try {
                    await mirror.start(percent);
                    start = Date.now() / 1000;
                    if (mirror.changes)
                        io.info(`Mirror set: ${percent}% of live requests are copied to the shadow.`);
                    await (0,src/* sleep */.yy)(i.duration * 1000, options.signal).catch((e) => {
                        if (!options.signal?.aborted)
                            throw e;
                        cancelled = (0,src/* describeError */.Uc)(options.signal.reason);
                    });
                }
                finally {
                    // Whatever happened, the shadow must not keep receiving copies (the CLI has no post: step).
                    if (mirror.changes) {
                        await mirror.remove().then(() => {
                            io.saveState(STATE_REMOVED, 'true');
                            io.info(`Mirror removed from ${mirror.description}.`);
                        }, (e) => io.warning(`could not remove the mirror (${(0,src/* describeError */.Uc)(e)}); the post: step will try again.`));
                    }
                }
                const mirrored = { start, end: Date.now() / 1000 };
                if (cancelled)
                    io.info(`Stopping: the run was cancelled (${cancelled}); judging what was mirrored so far.`);
                const health = await (0,rollout_src/* checkHealth */.Ns)(source, 'canary', mirrored, conditions, i['min-requests']).catch((e) => {
                    if (!(e instanceof rollout_src/* MetricSourceUnavailable */.i7))
                        throw e;
                    return { health: 'inconclusive', requests: null, conditions: [], reasons: [`metrics unavailable: ${e.line}`] };
                });
                const live = await readPredictions(i['live-predictions'], columns, 'input "live-predictions"', logOptions);
                const shadow = await readPredictions(i['shadow-predictions'], columns, 'input "shadow-predictions"', logOptions);
                const agreement = isUnreadable(live) || isUnreadable(shadow) ? null : compareLogs(live, shadow, { scores: live.hasScore && shadow.hasScore, segments: columns.segment !== undefined });
                const judged = agreement ? judgeThresholds(agreement, thresholds) : thresholds.map((threshold) => ({ threshold, value: null, passed: null }));
                const judgement = { health, live, shadow, agreement, thresholds: judged, minMatched: i['min-matched'], cancelled };
                const outcome = judgeShadow(judgement);
                io.info(`${outcome.verdict === 'promote' ? 'Promote' : outcome.verdict === 'reject' ? 'Reject' : 'Inconclusive'}: ${outcome.reasons.join('; ')}. ${userImpact(agreement)}`);
                const report = buildShadowReport({ mirror: mirror.changes ? mirror.description : null, percent, seconds: mirrored.end - mirrored.start, minRequests: i['min-requests'] }, judgement, outcome);
                return {
                    report,
                    outputs: {
                        verdict: outcome.verdict,
                        agreement: String(agreement?.agreement ?? ''),
                        impact: userImpact(agreement),
                        'failed-metrics': JSON.stringify(outcome.failedMetrics),
                        'segments-json': JSON.stringify(agreement?.segments ?? []),
                    },
                };
            }
            finally {
                await source.close();
            }
        },
    });
}
const shadowCheck = createShadowCheck();


/***/ }),

/***/ 58157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ exactCategorical),
/* harmony export */   RN: () => (/* binding */ categoricalFromCounts),
/* harmony export */   v: () => (/* binding */ exactNumeric)
/* harmony export */ });
/* harmony import */ var _stats_sorted__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30817);

/**
 * An exact NumericDistribution over every value (NaN = missing, dropped).
 * Meant for small columns and reference sets; memory is one Float64Array.
 * quantile() reproduces numpy.quantile(method='linear') to the last bit, because
 * PSI bin edges come from it and a tie sitting exactly on an edge moves a whole
 * block of rows between bins.
 */
function exactNumeric(values) {
    const all = Array.from(values).filter((v) => !Number.isNaN(v));
    const sorted = Float64Array.from(all).sort();
    const n = sorted.length;
    let distinct;
    return {
        count: n,
        exact: true,
        cdf: (x) => (n === 0 || Number.isNaN(x) ? 0 : (0,_stats_sorted__WEBPACK_IMPORTED_MODULE_0__/* .upperBound */ .K)(sorted, x) / n),
        quantile: (q) => {
            if (n === 0 || Number.isNaN(q))
                return NaN;
            const virtual = (n - 1) * Math.min(1, Math.max(0, q));
            if (virtual >= n - 1)
                return sorted[n - 1];
            const prev = Math.floor(virtual);
            const a = sorted[prev];
            const b = sorted[prev + 1];
            const t = virtual - prev;
            const diff = b - a;
            // numpy's _lerp: interpolate from the nearer end so t = 1 returns b exactly.
            return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
        },
        support: () => {
            if (!distinct) {
                let k = 0;
                const out = new Float64Array(n);
                for (let i = 0; i < n; i++)
                    if (i === 0 || sorted[i] !== sorted[i - 1])
                        out[k++] = sorted[i];
                distinct = out.slice(0, k);
            }
            return distinct;
        },
    };
}
/** An exact CategoricalDistribution; null/undefined are missing, everything else counts under String(value). */
function exactCategorical(values) {
    const counts = new Map();
    let n = 0;
    for (const v of values) {
        if (v === null || v === undefined)
            continue;
        const key = String(v);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        n++;
    }
    return { count: n, exact: true, counts: () => counts };
}
/** An exact CategoricalDistribution from counts already tallied (zero and negative counts are dropped). */
function categoricalFromCounts(counts) {
    const map = new Map();
    let n = 0;
    for (const [k, c] of counts) {
        if (!(c > 0))
            continue;
        map.set(k, (map.get(k) ?? 0) + c);
        n += c;
    }
    return { count: n, exact: true, counts: () => map };
}


/***/ }),

/***/ 65591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ localFileName),
/* harmony export */   GT: () => (/* binding */ showRemote),
/* harmony export */   M: () => (/* binding */ DownloadProgress),
/* harmony export */   SI: () => (/* binding */ saveStream),
/* harmony export */   lm: () => (/* binding */ RemoteMissing),
/* harmony export */   yX: () => (/* binding */ localPathFor)
/* harmony export */ });
/* unused harmony export LARGE_DOWNLOAD_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31873);
/* harmony import */ var _read_progress__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24470);






/**
 * What the remote readers share: where a downloaded object lands, how its
 * bytes reach the disk, and the progress lines of a long download.
 */
/** The object or prefix is not there (yet): the caller decides whether that is an error or an inconclusive read. */
class RemoteMissing extends _mlship_core__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
}
/**
 * A URL as it may be printed: a presigned URL's query is its credential
 * (X-Amz-Signature, X-Amz-Credential, a SAS token) and a `user:password@`
 * is one too, so neither is ever shown.
 */
function showRemote(url) {
    const m = /^(https?:\/\/)([^/?#]*@)?([^?#]*)([?#].*)?$/i.exec(url.trim());
    if (!m)
        return url.trim();
    return `${m[1]}${m[2] ? '***@' : ''}${m[3]}${m[4] ? '?\u2026' : ''}`;
}
/** Objects at least this large (in all) get progress lines as they download. */
const LARGE_DOWNLOAD_BYTES = 64 * 1024 * 1024;
/**
 * Progress of one download of `total` bytes (undefined when the server does
 * not say): a line at each quarter, or every `largeBytes` when the size is
 * unknown. Counted in bytes, not time, so the lines are the same on every run.
 */
class DownloadProgress {
    shown;
    total;
    options;
    bytes = 0;
    next;
    step;
    constructor(shown, total, options) {
        this.shown = shown;
        this.total = total;
        this.options = options;
        const large = options.largeBytes ?? LARGE_DOWNLOAD_BYTES;
        this.step = total === undefined ? large : total >= large ? total / 4 : Infinity;
        this.next = this.step;
    }
    add(n) {
        this.bytes += n;
        while (this.bytes >= this.next && (this.total === undefined || this.next < this.total)) {
            const share = this.total === undefined ? '' : `${Math.round((this.next / this.total) * 100)}% \u2014 `;
            this.options.log?.(`Downloading ${this.shown}: ${share}${(0,_read_progress__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(this.bytes)}${this.total === undefined ? '' : ` of ${(0,_read_progress__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(this.total)}`}`);
            this.next += this.step;
        }
    }
}
/** Streams `body` to `file` chunk by chunk (never the whole object in memory), counting into `progress`. */
async function saveStream(body, file, progress) {
    let bytes = 0;
    const count = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _enc, done) {
            bytes += chunk.length;
            progress.add(chunk.length);
            done(null, chunk);
        },
    });
    await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(body, count, node_fs__WEBPACK_IMPORTED_MODULE_0___default().createWriteStream(file));
    return bytes;
}
/**
 * Where an object under a prefix lands inside `dir`: its key after the
 * prefix. A key that would leave the directory or name no file (`a/../../x`,
 * `a//b`) is refused, since object keys are free text and the files are read
 * from the runner's disk.
 */
function localPathFor(dir, relative, shown, where) {
    const segments = relative.split('/');
    if (relative === '' || segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\') || s.includes('\0'))) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`object "${relative}" under ${shown} cannot be saved as a file (an empty, "." or ".." path segment, or a backslash).`, { where, hint: 'Rename the object, or name a prefix that holds only the log files.' });
    }
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...segments);
}
/**
 * A downloaded object's file name, with the characters a glob would read
 * (`*?[]{}()!`) replaced: the copy is opened as a path, and its extension is
 * all the readers need from the name.
 */
const localFileName = (name) => name.replace(/[*?[\]{}()!]/g, '_');


/***/ }),

/***/ 30817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ upperBound),
/* harmony export */   r: () => (/* binding */ linearQuantile)
/* harmony export */ });
/** Index of the first element > x in an ascending array (the count of elements <= x). */
function upperBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * pandas' default ('linear') quantile of n values, `at(k)` giving the k-th
 * smallest. On an order statistic (or between equal ones) the answer is that
 * value: a + (b - a) * 0 would be NaN next to an infinity (NumPy 1.24 does
 * return NaN there, e.g. the median of [1, 2, inf]).
 */
function linearQuantile(n, q, at) {
    const pos = q * (n - 1);
    const lo = Math.floor(pos);
    const a = at(lo);
    const b = at(Math.min(lo + 1, n - 1));
    const t = pos - lo;
    return t === 0 || a === b ? a : a + (b - a) * t;
}


/***/ })

};
