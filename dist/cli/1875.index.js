export const id = 1875;
export const ids = [1875];
export const modules = {

/***/ 1875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  autoRollback: () => (/* binding */ autoRollback)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
// EXTERNAL MODULE: ./packages/notify/src/index.ts + 4 modules
var notify_src = __webpack_require__(76460);
// EXTERNAL MODULE: ./packages/rollout/src/index.ts + 35 modules
var rollout_src = __webpack_require__(92902);
// EXTERNAL MODULE: ./packages/registry/src/index.ts + 11 modules
var registry_src = __webpack_require__(78967);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./actions/auto-rollback/src/inputs.ts




const inputs = schemas/* object */.Ikc({
    ...rollout_src/* metricSourceInputs */.$b,
    // The live service as a whole, as the seed's queries read it; set a label to watch one track of it.
    'track-label': schemas/* string */.YjP().default('none'),
    stabilization: (0,rollout_src/* durationInput */.Ts)().default(300),
    window: (0,rollout_src/* durationInput */.Ts)().optional(),
    thresholds: schemas/* string */.YjP().default('error-rate <= 0.05, p95-latency <= 2.0'),
    baseline: (0,rollout_src/* durationInput */.Ts)().optional(),
    'max-increase': schemas/* string */.YjP().default('2x'),
    'min-requests': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(0)).default(20),
    'on-inconclusive': schemas/* enum */.k5n(['rollback', 'fail']).default('rollback'),
    targets: schemas/* string */.YjP().default('registry'),
    deployment: schemas/* string */.YjP().optional(),
    'rollout-timeout': (0,rollout_src/* durationInput */.Ts)().default(300),
    'kube-context': schemas/* string */.YjP().optional(),
    ...registry_src/* registryInputs */.P4,
    'model-name': schemas/* string */.YjP().optional(),
    stage: schemas/* string */.YjP().optional(),
    alias: schemas/* string */.YjP().optional(),
    version: schemas/* string */.YjP().optional(),
    'previous-version': schemas/* string */.YjP().optional(),
    'rollback-command': schemas/* string */.YjP().optional(),
    'webhook-url': schemas/* string */.YjP().optional(),
    'active-service': schemas/* string */.YjP().optional(),
    'selector-label': schemas/* string */.YjP().default('version'),
    'switch-back-to': schemas/* string */.YjP().optional(),
    'slack-webhook': schemas/* string */.YjP().optional(),
    'create-issue': (0,src/* booleanInput */.tE)().default(false),
    'issue-labels': schemas/* string */.YjP().default('rollback'),
    force: (0,src/* booleanInput */.tE)().default(false),
    'dry-run': (0,src/* booleanInput */.tE)().default(false),
    'fail-on': (0,src/* failOnInput */.cR)(),
    'report-path': schemas/* string */.YjP().default('mlship-reports/auto-rollback'),
});
const secrets = [...rollout_src/* metricSourceSecrets */.lO, ...registry_src/* registrySecrets */.ZN, 'webhook-url', 'slack-webhook'];

;// CONCATENATED MODULE: ./actions/auto-rollback/src/watch.ts


const formatDuration = (s) => {
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    return m ? `${m}m${String(rest).padStart(2, '0')}s` : `${rest}s`;
};
const formatRate = (v) => (v === null ? 'no data' : `${(v * 100).toFixed(2)} %`);
const formatSeconds = (v) => (v === null ? 'no data' : `${Number(v.toPrecision(4))} s`);
/**
 * The seed's `sleep 300`, with a progress line per tick saying how the
 * service is doing so far \u2014 the samples become the report's charts. A
 * source that cannot answer mid-wait is a warning and a gap here; the health
 * check at the end decides.
 */
async function watchStabilization(source, o) {
    const now = o.now ?? (() => Date.now() / 1000);
    const wait = o.sleep ?? src/* sleep */.yy;
    const start = now();
    const samples = [];
    if (o.seconds <= 0)
        return samples;
    o.log(`Waiting ${formatDuration(o.seconds)} for the deployment to stabilize (a progress line every ${formatDuration(o.tick)}).`);
    let from = start;
    for (;;) {
        const elapsed = now() - start;
        if (elapsed >= o.seconds)
            break;
        await wait(Math.min(o.tick, o.seconds - elapsed) * 1000);
        const to = now();
        const window = { start: from, end: to };
        try {
            const [counts, errorRate, p95] = await Promise.all([
                source.requests(o.track, window),
                source.read({ kind: 'error-rate' }, o.track, window),
                source.read({ kind: 'latency', quantile: 0.95 }, o.track, window),
            ]);
            const sample = { at: to - start, requests: counts?.requests ?? null, errorRate: errorRate.value, p95: p95.value };
            samples.push(sample);
            o.log(`  ${formatDuration(Math.min(o.seconds, sample.at))} of ${formatDuration(o.seconds)}: ${sample.requests ?? 'no'} requests, error rate ${formatRate(sample.errorRate)}, p95 ${formatSeconds(sample.p95)}`);
        }
        catch (e) {
            if (!(e instanceof rollout_src/* MetricSourceUnavailable */.i7))
                throw e;
            samples.push({ at: to - start, requests: null, errorRate: null, p95: null });
            o.warn(`  ${formatDuration(to - start)}: no reading (${(0,src/* describeError */.Uc)(e)})`);
        }
        from = to;
    }
    return samples;
}

;// CONCATENATED MODULE: ./actions/auto-rollback/src/notify.ts



/** The seed's numbers as the seed printed them (a plain rate, seconds with an `s`), rounded so float noise stays out of chat. */
const plain = (v) => (v === null ? '' : String(Number(v.toPrecision(6))));
function headline(i) {
    if (i.dryRun)
        return ':warning: Production rollback needed (dry run: nothing was changed)';
    if (i.steps.some((s) => s.result === 'failed'))
        return ':rotating_light: Production rollback FAILED: a person is needed';
    if (i.steps.length === 0)
        return ':warning: Production is unhealthy (no rollback target configured)';
    return ':warning: Production rollback executed';
}
/** Seed 000 6.4's Slack message (danger attachment, Error Rate and P95 Latency fields), plus what was rolled back and why. */
function slackMessage(i) {
    const fields = [
        { title: 'Error Rate', value: i.errorRate === null ? 'no data' : `${plain(i.errorRate)} (${formatRate(i.errorRate)})`, short: true },
        { title: 'P95 Latency', value: i.p95 === null ? 'no data' : `${plain(i.p95)}s`, short: true },
        { title: 'Service', value: i.subject, short: true },
        { title: 'Health', value: i.health, short: true },
        { title: 'Why', value: i.reasons.join('\n') || '\u2014', short: false },
    ];
    if (i.steps.length)
        fields.push({ title: 'Rollback', value: i.steps.map((s) => `${s.target} ${s.subject}: ${s.result} \u2014 ${s.detail}`).join('\n'), short: false });
    return {
        text: headline(i),
        attachments: [{ color: 'danger', fallback: `${headline(i)}: ${i.subject}`, fields, ...(i.runUrl ? { title: 'Workflow run', title_link: i.runUrl } : {}) }],
    };
}
async function notifySlack(webhook, incident, io) {
    const r = await (0,notify_src/* sendSlack */.pY)(webhook, slackMessage(incident), { onRetry: (i) => io.warning(`Slack: ${i.error}; retry ${i.attempt} in ${(i.delayMs / 1000).toFixed(1)} s`) });
    return r.delivered ? { channel: 'slack', ok: true, detail: 'posted to Slack' } : { channel: 'slack', ok: false, detail: `Slack message not delivered: ${r.error}` };
}
/** The title of the run's rollback issue: one per workflow run and subject, so a re-run finds it. */
const issueTitle = (incident, runId) => `${incident.dryRun ? '[dry run] ' : ''}Production rollback: ${incident.subject}${runId ? ` (run ${runId})` : ''}`;
/**
 * The line a completed rollback leaves in its issue (body or comment), hidden
 * in the rendered markdown: the incident it settled, so a re-run of the same
 * workflow run knows the rollback happened and does not run the command,
 * call the webhook or post to Slack again. Percent-encoded, so no `--` can end
 * the HTML comment early.
 */
const rollbackRecord = (incidentKey) => `<!-- mlship auto-rollback: rolled back ${encodeURIComponent(incidentKey).replace(/-/g, '%2D')} -->`;
/**
 * Opens an issue for the rollback \u2014 or, when this run already opened one (a
 * re-run), comments on it instead of opening a second. `record` (a completed
 * rollback) is appended to what is written. Never throws: a notification
 * failure must not hide the rollback's own result.
 */
async function notifyIssue(o, io) {
    const [owner, repo] = o.repository.split('/');
    if (!owner || !repo)
        return { channel: 'issue', ok: false, detail: `GITHUB_REPOSITORY "${o.repository}" is not owner/name; no issue opened` };
    const title = issueTitle(o.incident, o.runId);
    const body = o.record ? `${o.body}\n\n${o.record}\n` : o.body;
    try {
        const gh = await github(o.token, io);
        const existing = await findIssue(gh, owner, repo, title, o.labels, 'open');
        if (existing) {
            await gh.rest.issues.createComment({ owner, repo, issue_number: existing.number, body });
            return { channel: 'issue', ok: true, detail: `commented on the run's issue #${existing.number} (re-run)` };
        }
        const created = await gh.rest.issues.create({ owner, repo, title, body, labels: o.labels });
        return { channel: 'issue', ok: true, detail: `opened issue #${created.data.number}` };
    }
    catch (e) {
        return { channel: 'issue', ok: false, detail: `GitHub issue not opened: ${(0,src/* describeError */.Uc)(e).split('\n')[0]}` };
    }
}
/**
 * Looks in this run's rollback issue (open or closed) for the record an
 * earlier attempt left after rolling back: the issue number when found, null
 * when not. Throws on a GitHub API failure; the caller decides.
 */
async function findRollbackRecord(o, io) {
    const [owner, repo] = o.repository.split('/');
    if (!owner || !repo)
        return null;
    const gh = await github(o.token, io);
    const issue = await findIssue(gh, owner, repo, issueTitle({ dryRun: false, subject: o.subject }, o.runId), o.labels, 'all');
    if (!issue)
        return null;
    const record = rollbackRecord(o.incidentKey);
    if (issue.body?.includes(record))
        return issue.number;
    const comments = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: issue.number, per_page: 100 });
    return comments.some((c) => c.body?.includes(record)) ? issue.number : null;
}
async function github(token, io) {
    // Loaded only when an issue is asked for: the GitHub client is most of a bundle's cold start.
    const { createGitHub } = await __webpack_require__.e(/* import() */ 2994).then(__webpack_require__.bind(__webpack_require__, 32994));
    return createGitHub({ token, log: io });
}
async function findIssue(gh, owner, repo, title, labels, state) {
    const issues = await gh.paginate(gh.rest.issues.listForRepo, { owner, repo, state, labels: labels.join(','), per_page: 100 });
    return issues.find((i) => i.title === title && !i.pull_request);
}

;// CONCATENATED MODULE: ./actions/auto-rollback/src/report.ts


const STEP_STATUS = { 'rolled-back': 'pass', 'already-done': 'pass', 'would-roll-back': 'skip', failed: 'error' };
const observed = (v) => (v === null ? 'no data' : Number(v.toPrecision(6)));
const thresholdText = (c) => c.id.endsWith(':vs-baseline') ? c.threshold.source.slice(c.threshold.metric.length + 1) : (0,src/* formatThreshold */.B6)(c.threshold);
function title(o) {
    if (o.forced)
        return o.dryRun ? 'auto-rollback: manual rollback (dry run)' : o.steps.some((s) => s.result === 'failed') ? 'auto-rollback: ROLLBACK FAILED' : 'auto-rollback: rolled back (manual override)';
    if (!o.health)
        return 'auto-rollback: health could not be checked';
    if (!o.needsRollback)
        return o.health.health === 'healthy' ? 'auto-rollback: healthy' : `auto-rollback: ${o.health.health}, not rolled back (on-inconclusive: fail)`;
    if (o.dryRun)
        return 'auto-rollback: rollback needed (dry run)';
    if (o.steps.some((s) => s.result === 'failed'))
        return 'auto-rollback: ROLLBACK FAILED';
    if (o.steps.length === 0)
        return 'auto-rollback: unhealthy, no rollback target configured';
    return o.steps.every((s) => s.result === 'already-done') ? 'auto-rollback: already rolled back' : 'auto-rollback: rolled back';
}
function summary(o) {
    if (o.forced)
        return `${o.subject}: rolled back on request (force: true), without a health check. ${o.steps.map((s) => `${s.target}: ${s.result}`).join(', ') || 'No rollback target is configured.'}`;
    if (!o.health)
        return `${o.subject}: ${o.unavailable} Nothing was rolled back.`;
    const numbers = `error rate ${formatRate(o.errorRate)}, p95 ${formatSeconds(o.p95)} over the last ${formatDuration(o.windowSeconds)}`;
    if (o.health.health === 'healthy')
        return `${o.subject} is healthy: ${numbers}. No rollback needed.`;
    const why = o.health.reasons.join('; ');
    if (!o.needsRollback)
        return `${o.subject} is ${o.health.health} (${why}); on-inconclusive is fail, so nothing was rolled back.`;
    const did = o.steps.length === 0 ? 'No rollback target is configured.' : o.dryRun ? 'Dry run: nothing was changed.' : o.steps.map((s) => `${s.target}: ${s.result}`).join(', ') + '.';
    return `${o.subject} is ${o.health.health} (${why}). ${did}`;
}
function buildReport(o) {
    const checks = [];
    const tables = [];
    const charts = [];
    if (o.forced) {
        checks.push({ id: 'health', title: 'Health check', status: 'skip', detail: 'manual override (force: true)' });
    }
    else if (!o.health) {
        checks.push({ id: 'health', title: 'Health check', status: 'error', detail: o.unavailable });
    }
    else {
        const r = o.health.requests;
        const enough = r !== null && r.requests >= o.minRequests;
        checks.push({
            id: 'requests',
            title: 'Requests in the window',
            status: enough ? 'pass' : 'fail',
            observed: r?.requests ?? 'no data',
            expected: `>= ${o.minRequests}`,
            ...(enough ? {} : { detail: r === null ? 'no request data: not counted as healthy' : `only ${r.requests} requests: too few to call the service healthy` }),
        });
        for (const c of o.health.conditions) {
            checks.push({
                id: `health:${c.id}`,
                title: c.threshold.source,
                status: c.passed ? 'pass' : 'fail',
                observed: observed(c.value),
                expected: thresholdText(c),
                ...(c.passed === null ? { detail: `no data for ${c.threshold.metric}: not counted as healthy` } : {}),
            });
        }
        tables.push({
            title: `Health over the last ${formatDuration(o.windowSeconds)}`,
            columns: ['Check', 'Observed', 'Threshold', 'Result'],
            rows: [
                ['requests', r?.requests ?? 'no data', `>= ${o.minRequests}`, enough ? 'pass' : 'inconclusive'],
                ...o.health.conditions.map((c) => [c.threshold.metric, observed(c.value), thresholdText(c), c.passed === null ? 'no data' : c.passed ? 'pass' : 'FAIL']),
            ],
        });
        for (const n of o.baselineNotes)
            checks.push({ id: `health:${n.id}`, title: `${n.id.split(':')[0]} against its baseline`, status: 'skip', detail: n.detail });
    }
    for (const s of o.steps) {
        checks.push({ id: `rollback:${s.target}`, title: `Roll back ${s.target} ${s.subject}`, status: STEP_STATUS[s.result], detail: s.detail });
    }
    if (o.needsRollback) {
        tables.push({
            title: o.dryRun ? 'Rollback (dry run: would do)' : 'Rollback',
            columns: ['#', 'Target', 'What', 'Result', 'Detail'],
            rows: o.steps.length ? o.steps.map((s, i) => [i + 1, s.target, s.subject, s.result, s.detail]) : [['\u2014', 'none', '\u2014', 'no target configured', 'set targets to roll back automatically']],
        });
    }
    for (const n of o.notifications) {
        checks.push({ id: `notify:${n.channel}`, title: n.channel === 'slack' ? 'Slack notification' : 'GitHub issue', status: n.ok ? 'pass' : 'fail', severity: 'warning', detail: n.detail });
    }
    if (o.samples.length) {
        tables.push({
            title: 'During stabilization',
            folded: true,
            columns: ['Time', 'Requests', 'Error rate', 'p95 latency'],
            rows: o.samples.map((s) => [formatDuration(s.at), s.requests ?? 'no data', formatRate(s.errorRate), formatSeconds(s.p95)]),
        });
        const errors = o.samples.filter((s) => s.errorRate !== null);
        if (errors.length >= 2) {
            charts.push({ title: 'Error rate during stabilization (%)', kind: 'line', x: errors.map((s) => formatDuration(s.at)), yLabel: '%', series: [{ name: 'error rate', values: errors.map((s) => s.errorRate * 100) }] });
        }
        const latency = o.samples.filter((s) => s.p95 !== null);
        if (latency.length >= 2) {
            const series = [{ name: 'p95 latency (s)', values: latency.map((s) => s.p95) }];
            if (o.p95Threshold !== undefined)
                series.push({ name: 'threshold', values: latency.map(() => o.p95Threshold) });
            charts.push({ title: 'p95 latency during stabilization (s)', kind: 'line', x: latency.map((s) => formatDuration(s.at)), yLabel: 's', series });
        }
    }
    return (0,src/* createReport */.LU)({
        action: 'auto-rollback',
        title: title(o),
        summary: summary(o),
        checks,
        tables,
        charts,
        data: {
            health: o.forced ? 'overridden' : (o.health?.health ?? 'unknown'),
            needsRollback: o.needsRollback,
            rolledBack: o.rolledBack,
            errorRate: o.errorRate,
            p95Latency: o.p95,
            requests: o.health?.requests ?? null,
            windowSeconds: o.windowSeconds,
            reasons: o.health?.reasons ?? [],
            steps: o.steps,
            samples: o.samples,
        },
    });
}

;// CONCATENATED MODULE: ./actions/auto-rollback/src/targets.ts



const KINDS = ['kubectl', 'registry', 'command', 'webhook', 'blue-green'];
const need = (i, name, target, hint) => {
    const v = i[name];
    if (!v)
        throw new src/* UserError */.yo(`input "${name}" is required with the ${target} rollback target.`, { hint });
    return v;
};
function parseTargets(text) {
    const names = text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (names.length === 1 && names[0] === 'none')
        return [];
    const out = [];
    for (const n of names) {
        if (!KINDS.includes(n)) {
            throw new src/* UserError */.yo(`unknown rollback target "${n}".${(0,src/* suggestion */.h)(n, [...KINDS, 'none'])}`, { where: 'input "targets"', hint: `Use one or more of ${KINDS.join(', ')} (run in the order given), or none.` });
        }
        if (out.includes(n))
            throw new src/* UserError */.yo(`"${n}" is listed twice.`, { where: 'input "targets"' });
        out.push(n);
    }
    if (out.length === 0)
        throw new src/* UserError */.yo('is empty.', { where: 'input "targets"', hint: 'Name the targets to roll back (kubectl, registry, command, webhook, blue-green), or none to only check and notify.' });
    return out;
}
function planRollback(i, io) {
    const plan = { order: parseTargets(i.targets) };
    for (const kind of plan.order) {
        switch (kind) {
            case 'kubectl':
                plan.kubectl = {
                    deployment: need(i, 'deployment', kind, 'Name the Deployment to undo, e.g. ml-model (for kubectl rollout undo deployment/ml-model -n production).'),
                    namespace: i.namespace,
                    context: i['kube-context'],
                    timeoutSeconds: i['rollout-timeout'],
                };
                if (i['rollout-timeout'] <= 0)
                    throw new src/* UserError */.yo('must be more than 0 seconds.', { where: 'input "rollout-timeout"' });
                break;
            case 'registry': {
                const model = need(i, 'model-name', kind, 'Name the registered model whose stage or alias to restore.');
                if (!!i.stage === !!i.alias) {
                    throw new src/* UserError */.yo(`${i.stage ? '"stage" and "alias" both' : 'neither "stage" nor "alias"'} given; say which one the bad version was promoted to with exactly one of them.`, { hint: 'Use the to-stage / to-alias you gave promote-model.' });
                }
                const previous = need(i, 'previous-version', kind, "Pass promote-model's previous-version output; write none when the promotion was the first (the stage/alias is then emptied), e.g. ${{ steps.promote.outputs.previous-version || 'none' }}.");
                plan.registry = {
                    registry: (0,registry_src/* openRegistry */.Me)(i, io),
                    model,
                    target: i.stage ? { kind: 'stage', name: i.stage } : { kind: 'alias', name: i.alias },
                    previous: previous === 'none' ? null : previous,
                    version: i.version,
                };
                break;
            }
            case 'command':
                plan.command = (0,rollout_src/* parseArgvTemplate */.Qx)(need(i, 'rollback-command', kind, 'e.g. ./scripts/rollback.sh {{deployment}} {{previous-version}}'), 'input "rollback-command"', rollout_src/* COMMAND_PLACEHOLDERS */.bj);
                break;
            case 'webhook':
                plan.webhook = need(i, 'webhook-url', kind, 'The URL that receives the rollback request as a JSON POST.');
                break;
            case 'blue-green':
                plan.blueGreen = {
                    service: need(i, 'active-service', kind, 'Name the Service blue-green switched, e.g. ml-model.'),
                    namespace: need(i, 'namespace', kind, 'The namespace of the Service, e.g. production.'),
                    label: i['selector-label'],
                    to: need(i, 'switch-back-to', kind, "Pass blue-green's previous output, e.g. ${{ steps.bg.outputs.previous }}."),
                };
                break;
        }
    }
    return plan;
}

;// CONCATENATED MODULE: ./actions/auto-rollback/src/action.ts








const now = () => Date.now() / 1000;
const autoRollback = (0,src/* defineAction */.QP)({
    name: 'auto-rollback',
    inputs: inputs,
    secrets: [...secrets],
    async run(i, io) {
        // Its query maps, metric lists and command lists may be YAML.
        await (0,src/* loadYamlParser */.D7)();
        // Everything a typo could break is checked before the wait, not five minutes into it.
        const conditions = parseConditions(i);
        const ratio = parseMaxIncrease(i['max-increase']);
        const windowSeconds = i.window ?? i.stabilization;
        if (windowSeconds <= 0 && !i.force)
            throw new src/* UserError */.yo('the health window is 0 seconds.', { where: 'input "window"', hint: 'Set window (e.g. 5m) when stabilization is 0.' });
        if (i.source === 'scrape' && i.stabilization <= 0 && !i.force) {
            throw new src/* UserError */.yo('source: scrape sees only the traffic served while this step runs, so it needs a stabilization period.', { where: 'input "stabilization"', hint: 'Set stabilization (e.g. 5m), or use source: prometheus to judge past traffic.' });
        }
        if (i.baseline !== undefined && (i.source !== 'prometheus' || i.baseline <= 0)) {
            throw new src/* UserError */.yo(i.baseline <= 0 ? 'must be more than 0 seconds.' : 'a baseline is the traffic before this step, which only Prometheus remembers.', { where: 'input "baseline"', hint: 'Use source: prometheus, or drop baseline and judge on absolute thresholds.' });
        }
        const plan = planRollback(i, io);
        const subject = describeSubject(i);
        let health;
        let unavailable;
        let errorRate = null;
        let p95 = null;
        let samples = [];
        const baselineNotes = [];
        if (plan.registry) {
            await plan.registry.registry.getModel(plan.registry.model);
            if (plan.registry.previous !== null)
                await plan.registry.registry.getVersion(plan.registry.model, plan.registry.previous);
        }
        if (i.force)
            io.info('force: true \u2014 rolling back without a health check (manual override).');
        else {
            const source = await (0,rollout_src/* createMetricSource */.QB)(i, io, { tracks: ['stable'] });
            try {
                const ready = now();
                if (i.source === 'prometheus')
                    await (0,rollout_src/* probeMetrics */.qj)(source, 'stable', conditions.map((c) => c.metric), { start: ready - windowSeconds, end: ready });
                const relative = i.baseline ? await baselineConditions(source, conditions, { start: ready - i.baseline, end: ready }, ratio, baselineNotes, io) : [];
                samples = await watchStabilization(source, {
                    seconds: i.stabilization,
                    tick: tickSeconds(i.stabilization, i['scrape-interval'], i.source),
                    track: 'stable',
                    log: (l) => io.info(l),
                    warn: (l) => io.warning(l),
                });
                const end = now();
                const window = { start: end - windowSeconds, end };
                try {
                    health = await (0,rollout_src/* checkHealth */.Ns)(source, 'stable', window, [...conditions, ...relative], i['min-requests']);
                    errorRate = action_valueOf(health, 'error-rate') ?? (await source.read({ kind: 'error-rate' }, 'stable', window)).value;
                    p95 = action_valueOf(health, 'p95-latency') ?? (await source.read({ kind: 'latency', quantile: 0.95 }, 'stable', window)).value;
                }
                catch (e) {
                    if (!(e instanceof rollout_src/* MetricSourceUnavailable */.i7))
                        throw e;
                    unavailable = `health could not be checked: ${e.line}`;
                    health = undefined;
                }
            }
            finally {
                await source.close();
            }
        }
        const needsRollback = i.force || (health !== undefined && (health.health === 'unhealthy' || (health.health === 'inconclusive' && i['on-inconclusive'] === 'rollback')));
        if (health)
            io.info(`Health: ${health.health}${health.reasons.length ? ` (${health.reasons.join('; ')})` : ''}.`);
        const steps = [];
        const incidentKey = incidentOf(io, subject);
        // A re-run of this workflow run for the same incident: the earlier attempt recorded its rollback on the run's issue or the Deployment.
        const recordedOn = needsRollback && !i['dry-run'] && plan.order.length > 0 ? await earlierRollback(i, io, plan, subject, incidentKey) : null;
        if (recordedOn !== null) {
            io.info(`Already rolled back: an earlier attempt of this run rolled back ${subject} (recorded on ${recordedOn}); no target is run again and nobody is notified again.`);
            for (const kind of plan.order) {
                steps.push({ target: kind, subject: subjectOf(kind, plan), result: 'already-done', detail: `already rolled back by an earlier attempt of this run (recorded on ${recordedOn}); not run again.` });
            }
        }
        else if (needsRollback) {
            io.info(i['dry-run'] ? 'Dry run: showing what a rollback would do.' : `Rolling back: ${plan.order.join(', ') || 'no target configured'}.`);
            for (const kind of plan.order)
                steps.push(await runTarget(kind, plan, i, io, { errorRate, p95, health: healthWord(i.force, health), subject }));
        }
        const rolledBack = needsRollback && !i['dry-run'] && steps.length > 0 && steps.every((s) => s.result === 'rolled-back' || s.result === 'already-done');
        if (rolledBack && recordedOn === null && plan.kubectl)
            await recordOnDeployment(plan.kubectl, incidentKey, io);
        const notifications = [];
        const reasons = i.force ? ['manual override (force: true)'] : (health?.reasons ?? []);
        const incident = { subject, health: healthWord(i.force, health), errorRate, p95, reasons, steps, dryRun: i['dry-run'], runUrl: (0,notify_src/* runUrl */.Vp)(io.env) };
        const outcome = {
            subject,
            health,
            unavailable,
            errorRate,
            p95,
            p95Threshold: conditions.find((c) => c.threshold.metric === 'p95-latency')?.threshold.value,
            minRequests: i['min-requests'],
            windowSeconds,
            needsRollback,
            rolledBack,
            onInconclusive: i['on-inconclusive'],
            dryRun: i['dry-run'],
            steps,
            notifications,
            samples,
            forced: i.force,
            baselineNotes,
        };
        if (needsRollback && recordedOn === null) {
            if (i['slack-webhook'])
                notifications.push(await notifySlack(i['slack-webhook'], incident, io));
            if (i['create-issue'])
                notifications.push(await openIssue(i, io, incident, (0,src/* renderSummary */.Br)(buildReport(outcome)), rolledBack ? rollbackRecord(incidentKey) : undefined));
            else if (rolledBack && !plan.kubectl) {
                io.info('No record of this rollback is kept (create-issue is off and kubectl is not a target): a re-run of this workflow run finds the registry already rolled back, but runs the command, calls the webhook and posts to Slack again.');
            }
            for (const n of notifications) {
                if (n.ok)
                    io.info(n.detail);
                else
                    io.warning(n.detail);
            }
        }
        return {
            report: buildReport(outcome),
            outputs: {
                needs_rollback: String(needsRollback),
                error_rate: plain(errorRate),
                latency: plain(p95),
                rolled_back: String(rolledBack),
                health: healthWord(i.force, health),
            },
        };
    },
});
const healthWord = (forced, h) => (forced ? 'overridden' : (h?.health ?? 'unknown'));
/** `2x`, `2` or `1.5x`: how many times its pre-deployment value a metric may reach. */
function parseMaxIncrease(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*x?\s*$/i.exec(text);
    const ratio = m ? Number(m[1]) : NaN;
    if (!(ratio >= 1))
        throw new src/* UserError */.yo(`"${text}" is not a ratio of 1 or more.`, { where: 'input "max-increase"', hint: 'Write it like 2x: a metric may reach at most twice its value before the deployment.' });
    return ratio;
}
/**
 * Seed 002's "error rate spike (> 2x baseline)": each error-rate and latency
 * condition also gets a limit of max-increase times its value over the
 * baseline window before this step. No baseline data, or a baseline of 0 (no
 * ratio of 0 means anything), leaves only the absolute threshold \u2014 noted in
 * the report, never counted as a pass of the deployment itself.
 */
async function baselineConditions(source, conditions, window, ratio, notes, io) {
    const out = [];
    for (const c of conditions) {
        if (c.metric.kind !== 'error-rate' && c.metric.kind !== 'latency')
            continue;
        const id = `${c.threshold.metric}:vs-baseline`;
        if (out.some((o) => o.id === id))
            continue;
        const { value } = await source.read(c.metric, 'stable', window);
        if (value === null || value === 0) {
            notes.push({ id, detail: `${value === null ? 'no data' : '0'} for ${c.threshold.metric} in the ${Math.round(window.end - window.start)} s before this step: only the absolute threshold applies` });
            continue;
        }
        io.info(`Baseline ${c.threshold.metric}: ${plain(value)} (the ${Math.round(window.end - window.start)} s before this step); limit ${ratio}x = ${plain(ratio * value)}.`);
        out.push({ id, metric: c.metric, threshold: { metric: c.threshold.metric, op: '<=', value: ratio * value, source: `${c.threshold.metric} <= ${ratio}x baseline (${plain(value)})` } });
    }
    return out;
}
function parseConditions(i) {
    return (0,rollout_src/* parseHealthConditions */.Ws)(i.thresholds, i, { action: 'auto-rollback', input: 'thresholds', example: '"error-rate <= 0.05, p95-latency <= 2.0" (the defaults: at most 5 % errors, p95 at most 2 s)' });
}
/** About ten progress lines per wait, each over at least two scrapes (a rate needs two samples), at most a minute apart. */
const tickSeconds = (stabilization, scrapeInterval, source) => Math.min(60, Math.max(source === 'prometheus' ? 2 * scrapeInterval : scrapeInterval, stabilization / 10, 1));
const action_valueOf = (h, metric) => {
    const c = h.conditions.find((x) => x.id === metric);
    return c ? c.value : null;
};
function describeSubject(i) {
    const parts = [];
    if (i.deployment)
        parts.push(`deployment/${i.deployment}${i.namespace ? ` -n ${i.namespace}` : ''}`);
    else if (i.service)
        parts.push(`service ${i.service}${i.namespace ? ` -n ${i.namespace}` : ''}`);
    if (i['model-name'])
        parts.push(`${i['model-name']}${i.version ? ` ${i.version}` : ''}`);
    return parts.join(', ') || 'production';
}
async function runTarget(kind, plan, i, io, ctx) {
    const dryRun = i['dry-run'];
    const log = (l) => io.info(l);
    io.info(`${kind}:`);
    try {
        let step;
        switch (kind) {
            case 'kubectl':
                step = await (0,rollout_src/* rollbackDeployment */.cW)({ ...plan.kubectl, dryRun, log });
                break;
            case 'registry': {
                const r = plan.registry;
                step = await (0,rollout_src/* rollbackRegistry */.gQ)(r.registry, {
                    model: r.model,
                    target: r.target,
                    previous: r.previous,
                    version: r.version,
                    dryRun,
                    provenance: { runUrl: (0,notify_src/* runUrl */.Vp)(io.env), commit: io.env('GITHUB_SHA'), gate: `auto-rollback: ${ctx.health} (error rate ${plain(ctx.errorRate) || 'no data'}, p95 ${plain(ctx.p95) || 'no data'} s)` },
                });
                break;
            }
            case 'command':
                step = await (0,rollout_src/* rollbackCommand */.Ct)(plan.command, templateValues(i, ctx, io), { dryRun, log });
                break;
            case 'webhook':
                step = await (0,rollout_src/* rollbackWebhook */.WF)(plan.webhook, webhookPayload(i, ctx, io), { dryRun, onRetry: (m) => io.warning(m) });
                break;
            case 'blue-green':
                step = await (0,rollout_src/* switchBack */.P_)({ ...plan.blueGreen, where: 'input "active-service"', dryRun, log });
                break;
        }
        io.info(`  ${step.result}: ${step.detail}`);
        return step;
    }
    catch (e) {
        // One target failing must not stop the others: a half-rolled-back system is worse than a fully rolled-back one with one error.
        if (!(0,src/* isUserError */.iU)(e))
            throw e;
        io.warning(`${kind} rollback failed: ${(0,src/* describeError */.Uc)(e)}`);
        return { target: kind, subject: subjectOf(kind, plan), result: 'failed', detail: (0,src/* describeError */.Uc)(e) };
    }
}
function subjectOf(kind, plan) {
    if (kind === 'kubectl')
        return `deployment/${plan.kubectl.deployment}${plan.kubectl.namespace ? ` -n ${plan.kubectl.namespace}` : ''}`;
    if (kind === 'registry')
        return `${plan.registry.model} ${plan.registry.target.kind} "${plan.registry.target.name}"`;
    if (kind === 'command')
        return plan.command[0];
    if (kind === 'blue-green')
        return `service/${plan.blueGreen.service} -n ${plan.blueGreen.namespace}`;
    try {
        return new URL(plan.webhook).host;
    }
    catch {
        return 'webhook';
    }
}
function templateValues(i, ctx, io) {
    return {
        deployment: i.deployment ?? '',
        namespace: i.namespace ?? '',
        model: i['model-name'] ?? '',
        version: i.version ?? '',
        'previous-version': i['previous-version'] ?? '',
        'error-rate': plain(ctx.errorRate),
        latency: plain(ctx.p95),
        health: ctx.health,
        'run-url': (0,notify_src/* runUrl */.Vp)(io.env) ?? '',
    };
}
/** One incident: this workflow run (re-runs included) rolling back this subject. The webhook's idempotency key, and what the issue records. */
const incidentOf = (io, subject) => `${io.env('GITHUB_REPOSITORY') ?? 'local'}/${io.env('GITHUB_RUN_ID') ?? 'local'}/${subject}`;
/**
 * Where an earlier attempt of this run recorded the incident as rolled back \u2014 its issue, or the
 * Deployment's annotation \u2014 or null (no record found, or it could not be read \u2014 then said).
 */
async function earlierRollback(i, io, plan, subject, incidentKey) {
    const token = i['github-token'];
    const repository = io.env('GITHUB_REPOSITORY');
    if (i['create-issue'] && token && repository) {
        try {
            const issue = await findRollbackRecord({ token, repository, runId: io.env('GITHUB_RUN_ID'), labels: issueLabels(i), subject, incidentKey }, io);
            if (issue !== null)
                return `issue #${issue}`;
        }
        catch (e) {
            io.warning(`could not read this run's rollback issue (${(0,src/* describeError */.Uc)(e).split('\n')[0]}); looking for another record.`);
        }
    }
    if (plan.kubectl) {
        try {
            if (await (0,rollout_src/* deploymentRecordsIncident */.gI)(plan.kubectl, incidentKey))
                return `deployment/${plan.kubectl.deployment} (annotation ${rollout_src/* ROLLBACK_INCIDENT */.Sw})`;
        }
        catch (e) {
            io.warning(`could not read deployment/${plan.kubectl.deployment}'s rollback record (${(0,src/* describeError */.Uc)(e).split('\n')[0]}); rolling back as if no earlier attempt had.`);
        }
    }
    return null;
}
/** A record a re-run finds without create-issue; failing to write it leaves the rollback standing, so it only warns. */
async function recordOnDeployment(target, incidentKey, io) {
    try {
        await (0,rollout_src/* recordIncidentOnDeployment */.cp)(target, incidentKey, (l) => io.info(l));
    }
    catch (e) {
        io.warning(`could not record the rollback on deployment/${target.deployment} (${(0,src/* describeError */.Uc)(e).split('\n')[0]}); a re-run of this run would notify and run the command and webhook targets again.`);
    }
}
const issueLabels = (i) => i['issue-labels'].split(',').map((l) => l.trim()).filter(Boolean);
function webhookPayload(i, ctx, io) {
    return {
        event: 'rollback',
        // The same for every attempt of one workflow run, so a receiver can drop repeats from a re-run.
        idempotency_key: incidentOf(io, ctx.subject),
        subject: ctx.subject,
        health: ctx.health,
        error_rate: ctx.errorRate,
        p95_latency_seconds: ctx.p95,
        deployment: i.deployment ?? null,
        namespace: i.namespace ?? null,
        model: i['model-name'] ?? null,
        version: i.version ?? null,
        previous_version: i['previous-version'] ?? null,
        repository: io.env('GITHUB_REPOSITORY') ?? null,
        run_url: (0,notify_src/* runUrl */.Vp)(io.env) ?? null,
        sha: io.env('GITHUB_SHA') ?? null,
    };
}
async function openIssue(i, io, incident, body, record) {
    const token = i['github-token'];
    const repository = io.env('GITHUB_REPOSITORY');
    if (!token || !repository)
        return { channel: 'issue', ok: false, detail: `no GitHub issue: ${!token ? 'input "github-token" is not set' : 'GITHUB_REPOSITORY is not set'}` };
    return notifyIssue({ token, repository, runId: io.env('GITHUB_RUN_ID'), labels: issueLabels(i), incident, body, record }, io);
}


/***/ })

};
