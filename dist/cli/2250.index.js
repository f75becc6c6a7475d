export const id = 2250;
export const ids = [2250];
export const modules = {

/***/ 32250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evalGate: () => (/* binding */ evalGate)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _mlship_metrics__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74622);
/* harmony import */ var _mlship_notify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76460);
/* harmony import */ var _mlship_registry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78967);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12311);







const evalGate = (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'eval-gate',
    inputs: zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
        predictions: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
        'baseline-predictions': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        config: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        'model-path': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        'latency-samples': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        'latency-endpoint': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().url().optional(),
        'latency-requests': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().pipe(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(1).max(100000)).default(200),
        'latency-timeout': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().pipe(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().positive().max(3600)).default(60),
        'latency-payload': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        'train-data': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        'test-data': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        'model-name': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        'baseline-stage': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        'baseline-alias': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        ..._mlship_registry__WEBPACK_IMPORTED_MODULE_3__/* .registryInputs */ .P4,
        'pr-comment': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE)().default(false),
        'fail-on': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .failOnInput */ .cR)(),
        'report-path': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().default('mlship-reports/eval-gate'),
    }),
    secrets: [..._mlship_registry__WEBPACK_IMPORTED_MODULE_3__/* .registrySecrets */ .ZN],
    async run(inputs, io) {
        const cwd = process.cwd();
        const config = await (0,_mlship_metrics__WEBPACK_IMPORTED_MODULE_1__.loadGateConfig)(inputs.config, cwd);
        if (inputs['latency-samples'] && inputs['latency-endpoint']) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('set latency-samples or latency-endpoint, not both', { hint: 'Use recorded samples, or let the action measure the endpoint.' });
        }
        const payload = inputs['latency-payload'];
        const outcome = await (0,_mlship_metrics__WEBPACK_IMPORTED_MODULE_1__.runGate)({
            predictions: inputs.predictions,
            baseline: inputs['baseline-predictions'],
            baselineMetrics: await registryBaseline(inputs, io),
            config,
            modelPath: inputs['model-path'],
            latencySamples: inputs['latency-samples'],
            latencyProbe: inputs['latency-endpoint']
                ? { url: inputs['latency-endpoint'], requests: inputs['latency-requests'], budgetMs: inputs['latency-timeout'] * 1000, payload: payload === undefined ? undefined : readPayload(payload, cwd) }
                : undefined,
            trainData: inputs['train-data'],
            testData: inputs['test-data'],
            cwd,
            progress: (line) => io.info(line),
        });
        // A metric the task reports but that could not be computed is null, never absent; the reason goes to the log and the report.
        const metrics = Object.fromEntries(Object.entries(outcome.candidate).map(([k, v]) => [k, Number.isNaN(v) ? null : v]));
        for (const [k, why] of Object.entries(outcome.unavailable)) {
            metrics[k] = null;
            io.info(`${k}: not computed (null in metrics-json): ${why}`);
        }
        const report = (0,_mlship_metrics__WEBPACK_IMPORTED_MODULE_1__.buildGateReport)(outcome, config);
        // Loaded only when asked for: the GitHub client is most of the bundle and slows every cold start.
        if (inputs['pr-comment'])
            await (await __webpack_require__.e(/* import() */ 6787).then(__webpack_require__.bind(__webpack_require__, 36787))).postStickyComment(io, { action: 'eval-gate', token: inputs['github-token'], body: (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .renderComment */ .wQ)(report, { runUrl: (0,_mlship_notify__WEBPACK_IMPORTED_MODULE_2__/* .runUrl */ .Vp)(io.env) }) });
        return { report, outputs: { 'metrics-json': JSON.stringify(metrics) } };
    },
});
/**
 * Production's metrics as recorded in the registry, for teams that keep no
 * production predictions: the version in `baseline-stage`/`baseline-alias`.
 * An empty stage (the first model ever) is not an error: there is nothing to
 * beat, and any improvement gate then reports that it has nothing to measure.
 */
async function registryBaseline(inputs, io) {
    const model = inputs['model-name'];
    const stage = inputs['baseline-stage'];
    const alias = inputs['baseline-alias'];
    if (!model) {
        if (stage || alias)
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`baseline-${stage ? 'stage' : 'alias'} needs model-name`, { hint: 'Name the registered model whose production version the candidate is compared with.' });
        return undefined;
    }
    if (inputs['baseline-predictions'])
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('set baseline-predictions or model-name (a registry baseline), not both', { hint: 'Row-level production predictions give the stronger comparison (bootstrap, McNemar); keep one.' });
    if (!stage === !alias)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(stage ? 'set baseline-stage or baseline-alias, not both' : 'model-name needs baseline-stage or baseline-alias', { hint: 'Say where production lives, e.g. baseline-stage: prod (git) / Production (MLflow), or baseline-alias: champion.' });
    const target = stage ? { kind: 'stage', name: stage } : { kind: 'alias', name: alias };
    const registry = (0,_mlship_registry__WEBPACK_IMPORTED_MODULE_3__/* .openRegistry */ .Me)(inputs, io);
    const version = await registry.latestVersion(model, target);
    const where = `${target.kind} "${target.name}"`;
    if (!version) {
        io.annotate('notice', `No version of ${model} is in ${where} yet, so there is no production model to compare with.`, { title: 'eval-gate' });
        return undefined;
    }
    const values = await registry.versionMetrics(model, version.version);
    const source = `${model} ${version.version} (${where}, ${registry.kind} registry)`;
    if (Object.keys(values).length === 0)
        io.warning(`${source} has no recorded metrics; improvement gates have nothing to compare with.`);
    else
        io.info(`baseline: ${source}: ${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(', ')}`);
    return { values, source };
}
function readPayload(spec, cwd) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_5___default().resolve(cwd, spec);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_4___default().existsSync(file))
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`latency-payload file "${spec}" not found`, { hint: 'Point it at the request body to send (e.g. one JSON example).' });
    return node_fs__WEBPACK_IMPORTED_MODULE_4___default().readFileSync(file, 'utf8');
}


/***/ })

};
