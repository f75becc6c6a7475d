export const id = 988;
export const ids = [988];
export const modules = {

/***/ 90988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteModel: () => (/* binding */ promoteModel)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31873);
/* harmony import */ var _mlship_notify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76460);
/* harmony import */ var _mlship_registry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78967);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12311);





const promoteModel = (0,_mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .defineAction */ .QP)({
    name: 'promote-model',
    inputs: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        ..._mlship_registry__WEBPACK_IMPORTED_MODULE_3__/* .registryInputs */ .P4,
        'model-name': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
        'from-stage': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
        'from-alias': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
        'to-stage': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
        'to-alias': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
        'min-metrics': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default('accuracy >= 0.85'),
        'archive-existing': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .booleanInput */ .tE)().default(true),
        'dry-run': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .booleanInput */ .tE)().default(false),
        environment: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
        'environment-url': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().url().optional(),
        'fail-on': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .failOnInput */ .cR)(),
        'report-path': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default('mlship-reports/promote-model'),
    }),
    secrets: [..._mlship_registry__WEBPACK_IMPORTED_MODULE_3__/* .registrySecrets */ .ZN],
    async run(inputs, io) {
        const source = pickSource(inputs.version, inputs['from-stage'], inputs['from-alias']);
        const to = exactlyOne('to', { 'to-stage': inputs['to-stage'] && { kind: 'stage', name: inputs['to-stage'] }, 'to-alias': inputs['to-alias'] && { kind: 'alias', name: inputs['to-alias'] } });
        const minMetrics = inputs['min-metrics'].trim().toLowerCase() === 'none' ? [] : (0,_mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .parseThresholdList */ .b2)(inputs['min-metrics'], 'min-metrics');
        const registry = (0,_mlship_registry__WEBPACK_IMPORTED_MODULE_3__/* .openRegistry */ .Me)(inputs, io);
        if (inputs.environment && !inputs['github-token']) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`environment "${inputs.environment}" needs github-token to record the deployment`, { hint: 'Pass github-token: ${{ github.token }} with permissions: deployments: write, or drop environment.' });
        }
        const deployment = inputs.environment && !inputs['dry-run']
            ? await (await __webpack_require__.e(/* import() */ 3414).then(__webpack_require__.bind(__webpack_require__, 33414))).startDeployment(io, {
                action: 'promote-model',
                token: inputs['github-token'],
                environment: inputs.environment,
                description: `${inputs['model-name']} to ${to.kind} ${to.name}`,
                payload: { model: inputs['model-name'], target: to, registry: inputs.registry },
                logUrl: (0,_mlship_notify__WEBPACK_IMPORTED_MODULE_2__/* .runUrl */ .Vp)(io.env),
            })
            : undefined;
        let outcome;
        try {
            outcome = await (0,_mlship_registry__WEBPACK_IMPORTED_MODULE_3__/* .promote */ .pt)(registry, {
                model: inputs['model-name'],
                source,
                to,
                minMetrics,
                archiveExisting: inputs['archive-existing'],
                dryRun: inputs['dry-run'],
                provenance: { runUrl: (0,_mlship_notify__WEBPACK_IMPORTED_MODULE_2__/* .runUrl */ .Vp)(io.env), commit: io.env('GITHUB_SHA'), actor: eventActor(io) },
                log: (line) => io.info(line),
            });
        }
        catch (e) {
            await deployment?.finish('error', `promotion failed: ${e.message}`.slice(0, 140));
            throw e;
        }
        if (deployment) {
            const moved = `${outcome.model} ${outcome.version.version} in ${to.kind} ${to.name}`;
            if (outcome.result === 'blocked')
                await deployment.finish('failure', `${outcome.model} ${outcome.version.version} blocked by the metric gate`);
            else
                await deployment.finish('success', outcome.previous && outcome.previous !== outcome.version.version ? `${moved} (was ${outcome.previous})` : moved, inputs['environment-url']);
        }
        if (outcome.result === 'already-there')
            io.annotate('notice', `${outcome.model} ${outcome.version.version} is already in ${to.kind} "${to.name}"; nothing to do.`, { title: 'promote-model' });
        const url = registry.url(outcome.model, outcome.version.version);
        return {
            report: (0,_mlship_registry__WEBPACK_IMPORTED_MODULE_3__/* .buildPromotionReport */ .wm)(outcome, url),
            outputs: { version: outcome.version.version, 'previous-version': outcome.previous ?? '', 'registry-url': url },
        };
    },
});
function pickSource(version, fromStage, fromAlias) {
    return exactlyOne('from', {
        version: version && (version === 'latest' ? { latest: true } : { version }),
        'from-stage': fromStage && { from: { kind: 'stage', name: fromStage } },
        'from-alias': fromAlias && { from: { kind: 'alias', name: fromAlias } },
    });
}
/** Exactly one of a group of mutually exclusive inputs. */
function exactlyOne(group, given) {
    const set = Object.entries(given).filter(([, v]) => v);
    const names = Object.keys(given).map((n) => `"${n}"`);
    if (set.length !== 1) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${set.length === 0 ? 'none' : set.map(([n]) => `"${n}"`).join(' and ')} given; ${group === 'to' ? 'say where to promote to with' : 'pick the version with'} exactly one of ${names.join(', ')}.`, {
            hint: 'Fix the `with:` block of this step (or the matching --flag).',
        });
    }
    return set[0][1];
}
/** Who triggered the run, from the event payload (GITHUB_EVENT_PATH), for provenance. */
function eventActor(io) {
    const file = io.env('GITHUB_EVENT_PATH');
    if (!file)
        return undefined;
    try {
        const login = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, 'utf8')).sender?.login;
        return typeof login === 'string' ? login : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
