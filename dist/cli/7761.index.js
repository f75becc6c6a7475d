export const id = 7761;
export const ids = [7761];
export const modules = {

/***/ 87761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATE_SETTLED: () => (/* binding */ STATE_SETTLED),
/* harmony export */   STATE_TRAFFIC: () => (/* binding */ STATE_TRAFFIC),
/* harmony export */   canaryCheck: () => (/* binding */ canaryCheck),
/* harmony export */   createCanaryCheck: () => (/* binding */ createCanaryCheck)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _mlship_rollout__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92902);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);



/** GITHUB_STATE keys the post: step reads (see post.ts). */
const STATE_TRAFFIC = 'canary-traffic';
const STATE_SETTLED = 'canary-traffic-settled';
const inputs = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    ..._mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .metricSourceInputs */ .$b,
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('error-rate < 0.01, p95-latency < 0.5'),
    comparison: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['absolute', 'relative']).default('absolute'),
    'max-increase': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('20%'),
    duration: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .durationInput */ .Ts)().default(300),
    interval: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .durationInput */ .Ts)().default(60),
    steps: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('5, 10, 25, 50, 100'),
    'min-requests': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0)).default(20),
    'max-failed-intervals': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0)).default(2),
    significance: (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().default(0.05),
    ..._mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .trafficInputs */ .bq,
    'fail-on': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .failOnInput */ .cR)(),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('mlship-reports/canary-check'),
});
function createCanaryCheck(options = {}) {
    return (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
        name: 'canary-check',
        inputs,
        secrets: [..._mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .metricSourceSecrets */ .lO],
        async run(i, io) {
            // Its query maps, metric lists and command lists may be YAML.
            await (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .loadYamlParser */ .D7)();
            const queries = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .parseQueries */ .S0)(i);
            const plan = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .buildPlan */ .Gg)({
                metrics: i.metrics,
                comparison: i.comparison,
                maxIncrease: i['max-increase'],
                steps: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .parseSteps */ .$i)(i.steps),
                stepDuration: i.duration,
                interval: i.interval,
                minRequests: i['min-requests'],
                maxFailedIntervals: i['max-failed-intervals'],
                significance: i.significance,
                resolve: (name, where) => (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .metricKind */ .fK)(name, i, queries, where),
            });
            (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .requireTwoScrapes */ .tX)(plan.interval, 'interval', i);
            const config = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .trafficConfig */ .Gi)(i);
            const router = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .createRouter */ .aE)(config, (l) => io.info(l));
            const source = await (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .createMetricSource */ .QB)(i, io, { tracks: ['canary', 'stable'] });
            try {
                await (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .preflightSource */ .z3)(source, i, plan.metrics.map((m) => m.kind), i.interval);
                await router.preflight();
                const analysed = plan.steps.filter((s) => s < 100).length;
                io.info(`Canary analysis: ${analysed} step(s) of ${plan.stepDuration} s (${plan.intervalsPerStep} \u00d7 ${plan.interval} s), weights ${plan.steps.join(' \u2192 ')}%, ${router.shifts ? `traffic on ${router.description}` : 'observe only (traffic: none \u2014 weights are labels, nothing is shifted)'}; metrics ${plan.metrics.map((m) => m.threshold?.source ?? m.name).join(', ')} (${plan.comparison}).`);
                // Saved before the first shift: a cancelled job's post: step puts all traffic back on stable.
                if (router.shifts)
                    io.saveState(STATE_TRAFFIC, JSON.stringify(config));
                const result = await (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .runAnalysis */ .A1)({ plan, source, router, log: (l) => io.info(l), signal: options.signal }).catch(async (e) => {
                    // Whatever broke, a half-judged canary must not keep its traffic (the CLI has no post: step).
                    if (router.shifts) {
                        await router.setCanaryWeight(0).then(() => io.saveState(STATE_SETTLED, 'true'), (again) => io.warning(`could not set the canary weight back to 0 (${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(again)}); the post: step will try again.`));
                    }
                    throw e;
                });
                if (router.shifts)
                    io.saveState(STATE_SETTLED, 'true');
                const report = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .buildCanaryReport */ .BU)(plan, result, router.description);
                return {
                    report,
                    outputs: { verdict: result.verdict, 'failed-metrics': JSON.stringify(result.failedMetrics), 'steps-json': JSON.stringify((0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .stepsJson */ .gk)(result.steps)) },
                };
            }
            finally {
                await source.close();
            }
        },
    });
}
const canaryCheck = createCanaryCheck();


/***/ })

};
