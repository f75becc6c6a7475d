export const id = 8270;
export const ids = [8270];
export const modules = {

/***/ 68270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATE_SETTLED: () => (/* binding */ STATE_SETTLED),
/* harmony export */   STATE_TRAFFIC: () => (/* binding */ STATE_TRAFFIC),
/* harmony export */   abTest: () => (/* binding */ abTest),
/* harmony export */   createAbTest: () => (/* binding */ createAbTest)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _mlship_rollout__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92902);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);



/** GITHUB_STATE keys the post: step reads (see post.ts). */
const STATE_TRAFFIC = 'ab-traffic';
const STATE_SETTLED = 'ab-traffic-settled';
const inputs = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    ..._mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .metricSourceInputs */ .$b,
    successes: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    trials: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    split: (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().default(50),
    horizon: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .durationInput */ .Ts)().default(3600),
    interval: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .durationInput */ .Ts)().default(300),
    alpha: (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().default(0.05),
    'min-detectable-effect': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('0.01'),
    tau: (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().optional(),
    'ship-on': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['candidate-wins', 'no-difference', 'inconclusive']).default('candidate-wins'),
    'promote-on-win': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE)().default(false),
    guardrails: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('error-rate < 0.01, p95-latency < 0.5'),
    'max-increase': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('20%'),
    'min-requests': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0)).default(20),
    'max-failed-intervals': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0)).default(2),
    ..._mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .trafficInputs */ .bq,
    'fail-on': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .failOnInput */ .cR)(),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('mlship-reports/ab-test'),
});
function createAbTest(options = {}) {
    return (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
        name: 'ab-test',
        inputs,
        secrets: [..._mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .metricSourceSecrets */ .lO],
        async run(i, io) {
            // Its query maps, metric lists and command lists may be YAML.
            await (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .loadYamlParser */ .D7)();
            const queries = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .parseQueries */ .S0)(i);
            const plan = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .buildAbPlan */ .Bt)({
                successes: i.successes,
                trials: i.trials,
                source: i.source,
                split: i.split,
                horizon: i.horizon,
                interval: i.interval,
                alpha: i.alpha,
                tau: i.tau,
                mde: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .parseEffect */ .d6)(i['min-detectable-effect']),
                shipOn: i['ship-on'],
                promoteOnWin: i['promote-on-win'],
                guardrails: i.guardrails,
                maxIncrease: i['max-increase'],
                minRequests: i['min-requests'],
                maxFailedIntervals: i['max-failed-intervals'],
                resolve: (name, where) => (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .metricKind */ .fK)(name, i, queries, where),
            });
            (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .requireTwoScrapes */ .tX)(plan.interval, 'interval', i);
            const config = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .trafficConfig */ .Gi)(i);
            const router = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .createRouter */ .aE)(config, (l) => io.info(l));
            const business = [...new Set([plan.successes.stable, plan.successes.canary, plan.trials.stable, plan.trials.canary])];
            const counters = business.filter((m) => m.kind === 'counter');
            const source = await (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .createMetricSource */ .QB)(i, io, { tracks: ['canary', 'stable'], counters });
            try {
                const tracks = [
                    { track: 'stable', name: 'control', urlInput: 'stable-metrics-url', url: i['stable-metrics-url'] },
                    { track: 'canary', name: 'candidate', urlInput: 'canary-metrics-url', url: i['canary-metrics-url'] },
                ];
                await (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .preflightMetricSource */ .PH)(source, tracks, [...business, ...(plan.guardrails?.metrics.map((m) => m.kind) ?? [])], { interval: plan.interval, histograms: true });
                await router.preflight();
                io.info(`A/B test: candidate ${plan.split}% / control ${100 - plan.split}%, ${router.shifts ? `traffic on ${router.description}` : 'observe only (traffic: none \u2014 the split is a label, nothing is shifted)'}; peeks every ${plan.interval} s up to ${plan.horizon} s; mixture SPRT at alpha ${plan.alpha}, tau ${plan.tau}, min-detectable-effect ${plan.mde}; ships on ${plan.shipOn}; guardrails ${plan.guardrails ? plan.guardrails.metrics.map((m) => m.threshold?.source ?? m.name).join(', ') : 'none'}.`);
                // Saved before the split is applied: a cancelled job's post: step gives control all traffic back.
                if (router.shifts)
                    io.saveState(STATE_TRAFFIC, JSON.stringify(config));
                const result = await (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .runAbTest */ .xI)({ plan, source, router, log: (l) => io.info(l), signal: options.signal });
                if (router.shifts)
                    io.saveState(STATE_SETTLED, 'true');
                const report = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .buildAbReport */ .uX)(plan, result, router.description);
                const data = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .abJson */ .sN)(result);
                const last = [...result.peeks].reverse().find((p) => p.stats);
                return {
                    report,
                    outputs: {
                        verdict: result.verdict,
                        difference: last?.stats ? String(last.stats.difference) : '',
                        lift: last?.stats?.lift == null ? '' : String(last.stats.lift),
                        'confidence-sequence': JSON.stringify(data.interval),
                        'p-value': String(result.state.pValue),
                        'trials-needed': last?.trialsNeeded == null ? '' : String(Math.max(0, last.trialsNeeded - last.control.trials - last.candidate.trials)),
                        'failed-guardrails': JSON.stringify(result.failedGuardrails),
                        'peeks-json': JSON.stringify((0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .peeksJson */ .hC)(result.peeks)),
                    },
                };
            }
            finally {
                await source.close();
            }
        },
    });
}
const abTest = createAbTest();


/***/ })

};
