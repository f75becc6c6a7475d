export const id = 1808;
export const ids = [1808];
export const modules = {

/***/ 1808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATE_SETTLED: () => (/* binding */ STATE_SETTLED),
/* harmony export */   STATE_SWITCH: () => (/* binding */ STATE_SWITCH),
/* harmony export */   blueGreen: () => (/* binding */ blueGreen),
/* harmony export */   createBlueGreen: () => (/* binding */ createBlueGreen)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _mlship_rollout__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92902);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);



/** GITHUB_STATE keys the post: step reads (see post.ts). */
const STATE_SWITCH = 'blue-green-switch';
const STATE_SETTLED = 'blue-green-settled';
const inputs = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    'deploy-command': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    blue: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('blue'),
    green: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('green'),
    'green-health-url': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'health-timeout': (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .durationInput */ .Ts)().default(60),
    'smoke-url': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'smoke-requests': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(1000)).default(10),
    'smoke-timeout': (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .durationInput */ .Ts)().default(5),
    'smoke-status': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(100).max(599)).default(200),
    'smoke-body': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'preview-metrics': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'preview-duration': (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .durationInput */ .Ts)().default(60),
    switch: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['service-selector', 'istio', 'gateway-api', 'command']).default('service-selector'),
    'active-service': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'selector-label': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('version'),
    'virtual-service': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'green-subset': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('green'),
    'blue-subset': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('blue'),
    'http-route': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'green-backend': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'blue-backend': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'switch-command': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    ..._mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .blueGreenSourceInputs */ .Go,
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('error-rate < 0.01, p95-latency < 0.5'),
    'max-increase': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('20%'),
    duration: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .durationInput */ .Ts)().default(300),
    interval: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .durationInput */ .Ts)().default(60),
    'min-requests': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0)).default(20),
    'max-failed-intervals': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0)).default(2),
    significance: (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .numberInput */ .QR)().default(0.05),
    'scale-down-delay': (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .durationInput */ .Ts)().default(30),
    'scale-down-command': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'fail-on': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .failOnInput */ .cR)(),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('mlship-reports/blue-green'),
});
function need(i, name, hint) {
    const v = i[name];
    if (!v)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input "${name}" is required with switch: ${i.switch}.`, { hint });
    return v;
}
function switchConfig(i) {
    const values = { blue: i.blue, green: i.green };
    switch (i.switch) {
        case 'service-selector':
            return {
                provider: 'service-selector',
                service: need(i, 'active-service', 'Name the Service users reach, whose selector picks blue or green, e.g. ml-model.'),
                namespace: need(i, 'namespace', 'The namespace of the Service, e.g. production.'),
                label: i['selector-label'],
                values,
            };
        case 'istio':
            return {
                provider: 'weights',
                traffic: {
                    provider: 'istio',
                    virtualService: need(i, 'virtual-service', 'Name the VirtualService whose route splits the blue and green subsets, e.g. ml-model.'),
                    namespace: need(i, 'namespace', 'The namespace of the VirtualService, e.g. production.'),
                    canarySubset: i['green-subset'],
                    stableSubset: i['blue-subset'],
                    subsetInputs: 'blue-subset/green-subset',
                },
            };
        case 'gateway-api':
            return {
                provider: 'weights',
                traffic: {
                    provider: 'gateway-api',
                    httpRoute: need(i, 'http-route', 'Name the HTTPRoute whose backendRefs send to the blue and green Services.'),
                    namespace: need(i, 'namespace', 'The namespace of the HTTPRoute, e.g. production.'),
                    canaryBackend: need(i, 'green-backend', "The green Service's name in backendRefs."),
                    stableBackend: need(i, 'blue-backend', "The blue Service's name in backendRefs."),
                    backendInputs: 'blue-backend/green-backend',
                },
            };
        case 'command':
            return { provider: 'command', argv: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .parseSwitchCommand */ .dy)(need(i, 'switch-command', 'e.g. ./scripts/switch.sh {{active}}')), values };
    }
}
function createBlueGreen(options = {}) {
    return (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
        name: 'blue-green',
        inputs,
        secrets: [..._mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .metricSourceSecrets */ .lO],
        async run(i, io) {
            // Its query maps, metric lists and command lists may be YAML.
            await (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .loadYamlParser */ .D7)();
            // Everything a typo could break is checked before green is deployed or any user moves.
            if (i.blue === i.green)
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`blue and green are both "${i.blue}".`, { where: 'input "green"', hint: "Give green the new Deployment's value of selector-label, e.g. green." });
            if (!i['green-health-url'] && !i['smoke-url'] && !i['preview-metrics']) {
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('green would get users without any check.', { where: 'input "green-health-url"', hint: "Set green-health-url (e.g. green's /healthz through its preview Service), smoke-url or preview-metrics." });
            }
            const sourceInputs = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .toMetricSourceInputs */ .Ir)(i);
            const queries = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .parseQueries */ .S0)(sourceInputs);
            const plan = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .buildJudgingPlan */ .se)({
                metrics: i.metrics,
                comparison: 'absolute',
                maxIncrease: i['max-increase'],
                stepDuration: i.duration,
                interval: i.interval,
                minRequests: i['min-requests'],
                maxFailedIntervals: i['max-failed-intervals'],
                significance: i.significance,
                resolve: (name, where) => (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .metricKind */ .fK)(name, sourceInputs, queries, where),
                names: { canary: 'green', stable: 'blue' },
            });
            if (plan.interval < 2 * i['scrape-interval']) {
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`interval (${plan.interval} s) must span at least two scrapes (scrape-interval ${i['scrape-interval']} s).`, { where: 'input "interval"', hint: 'Lengthen interval or shorten scrape-interval, so each interval sees at least two readings.' });
            }
            const preview = i['preview-metrics']
                ? { conditions: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .parseHealthConditions */ .Ws)(i['preview-metrics'], sourceInputs, { action: 'blue-green', input: 'preview-metrics', example: '"error-rate < 0.01, p95-latency < 0.5"' }), seconds: i['preview-duration'], lead: i['scrape-interval'] }
                : undefined;
            if (preview && preview.seconds < 2 * i['scrape-interval']) {
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`preview-duration (${preview.seconds} s) must span at least two scrapes (scrape-interval ${i['scrape-interval']} s).`, { where: 'input "preview-duration"', hint: "Lengthen it: green's preview traffic is judged over this long." });
            }
            for (const name of ['health-timeout', 'smoke-timeout'])
                if (!(i[name] > 0))
                    throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('must be more than 0 seconds.', { where: `input "${name}"` });
            const smokeBody = i['smoke-body'];
            if (smokeBody !== undefined) {
                try {
                    JSON.parse(smokeBody);
                }
                catch (e) {
                    throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is not JSON: ${e.message}.`, { where: 'input "smoke-body"', hint: 'Give the request body the model expects, e.g. {"features": [1, 2, 3]}.' });
                }
            }
            for (const name of ['green-health-url', 'smoke-url', 'green-metrics-url', 'blue-metrics-url'])
                checkUrl(name, i[name]);
            const deploy = i['deploy-command'] ? (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .parseArgvTemplate */ .Qx)(i['deploy-command'], 'input "deploy-command"', []) : undefined;
            const scaleDown = i['scale-down-command'] ? (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .parseArgvTemplate */ .Qx)(i['scale-down-command'], 'input "scale-down-command"', _mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .SWITCH_PLACEHOLDERS */ .Mr) : undefined;
            const config = switchConfig(i);
            const sw = (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .createSwitch */ .VY)(config, (l) => io.info(l));
            const active = await sw.preflight();
            if (active === 'green') {
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`green (${i['selector-label']}=${i.green}) already serves users on ${sw.description}: there is nothing to switch.`, { where: 'input "green"', hint: 'Give blue the value that serves users now and green the new Deployment\'s value.' });
            }
            const values = { blue: i.blue, green: i.green };
            io.info(`Blue-green: blue (${i.blue}) serves users; green (${i.green}) is checked (${[i['green-health-url'] && 'health', i['smoke-url'] && `${i['smoke-requests']} smoke requests`, preview && 'preview metrics'].filter(Boolean).join(', ')}), then switched on ${sw.description} and judged for ${plan.intervalsPerStep} \u00d7 ${plan.interval} s on ${plan.metrics.map((m) => m.threshold?.source ?? m.name).join(', ')}.`);
            const result = await (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .runBlueGreen */ .lQ)({
                plan,
                openSource: async () => {
                    const tracks = i['blue-metrics-url'] || i.source === 'prometheus' ? ['canary', 'stable'] : ['canary'];
                    const source = await (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .createMetricSource */ .QB)(sourceInputs, io, { tracks: [...tracks], trackNames: _mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .BLUE_GREEN_TRACKS */ .O7 });
                    try {
                        await (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .preflightMetricSource */ .PH)(source, tracks.map((track) => ({ track, name: _mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .BLUE_GREEN_TRACKS */ .O7[track], urlInput: `${_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .BLUE_GREEN_TRACKS */ .O7[track]}-metrics-url`, url: i[`${_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .BLUE_GREEN_TRACKS */ .O7[track]}-metrics-url`] })), [...plan.metrics.map((m) => m.kind), ...(preview?.conditions.map((c) => c.metric) ?? [])], { interval: plan.interval, histograms: true });
                    }
                    catch (e) {
                        await source.close();
                        throw e;
                    }
                    return tracks.length === 2 ? source : (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .withoutBlue */ .n0)(source);
                },
                sw,
                values,
                deploy,
                health: i['green-health-url'] ? { url: i['green-health-url'], timeoutSeconds: i['health-timeout'] } : undefined,
                smoke: i['smoke-url'] ? { url: i['smoke-url'], count: i['smoke-requests'], timeoutSeconds: i['smoke-timeout'], expectedStatus: i['smoke-status'], body: smokeBody } : undefined,
                preview,
                scaleDown: { delaySeconds: i['scale-down-delay'], argv: scaleDown },
                log: (l) => io.info(l),
                signal: options.signal,
                // Saved before users move: a cancelled job's post: step switches them back to blue.
                beforeSwitch: () => io.saveState(STATE_SWITCH, JSON.stringify(config)),
                settled: () => io.saveState(STATE_SETTLED, 'true'),
            });
            return {
                report: (0,_mlship_rollout__WEBPACK_IMPORTED_MODULE_1__/* .buildBlueGreenReport */ .wL)(plan, result, { values, switchDescription: sw.description }),
                outputs: { active: values[result.active], previous: result.previous === null ? '' : values[result.previous], verdict: result.verdict },
            };
        },
    });
}
const URL_EXAMPLES = {
    'green-health-url': "green's health endpoint through its preview Service, e.g. http://ml-model-preview.production/healthz",
    'smoke-url': "green's prediction endpoint through its preview Service, e.g. http://ml-model-preview.production/predict",
    'green-metrics-url': "green's /metrics page, e.g. http://ml-model-green.production:8000/metrics",
    'blue-metrics-url': "blue's /metrics page, e.g. http://ml-model-blue.production:8000/metrics",
};
function checkUrl(name, url) {
    if (!url)
        return;
    let ok = false;
    try {
        ok = ['http:', 'https:'].includes(new URL(url).protocol);
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${url}" is not an http(s) URL.`, { where: `input "${name}"`, hint: `Give ${URL_EXAMPLES[name]}.` });
}
const blueGreen = createBlueGreen();


/***/ })

};
