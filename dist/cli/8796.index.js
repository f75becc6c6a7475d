export const id = 8796;
export const ids = [8796,5171,1448];
export const modules = {

/***/ 58796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
;// CONCATENATED MODULE: ./packages/cli/src/actions.ts
// Each action is its own chunk, loaded only when it runs: `mlship validate-data` reads the
// data while another action's code (its zod schemas, HTTP clients, SQL engines) stays on disk.
const def = (load) => load;
/** Every action the CLI can run, by the name used in `uses: \u2026/actions/<name>`, in the order of the ML loop. */
const actions = {
    'validate-data': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382), __webpack_require__.e(1081), __webpack_require__.e(711), __webpack_require__.e(8088), __webpack_require__.e(402), __webpack_require__.e(8147), __webpack_require__.e(9892), __webpack_require__.e(7491)]).then(__webpack_require__.bind(__webpack_require__, 26651))).validateData),
    'eval-gate': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382), __webpack_require__.e(1081), __webpack_require__.e(636), __webpack_require__.e(711), __webpack_require__.e(4622), __webpack_require__.e(2250)]).then(__webpack_require__.bind(__webpack_require__, 32250))).evalGate),
    'promote-model': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(636), __webpack_require__.e(988)]).then(__webpack_require__.bind(__webpack_require__, 90988))).promoteModel),
    'pr-checklist': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(6175), __webpack_require__.e(9173)]).then(__webpack_require__.bind(__webpack_require__, 79173))).prChecklist),
    'canary-check': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(1260), __webpack_require__.e(636), __webpack_require__.e(2902), __webpack_require__.e(7761)]).then(__webpack_require__.bind(__webpack_require__, 87761))).canaryCheck),
    'blue-green': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(1260), __webpack_require__.e(636), __webpack_require__.e(2902), __webpack_require__.e(1808)]).then(__webpack_require__.bind(__webpack_require__, 1808))).blueGreen),
    'shadow-check': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382), __webpack_require__.e(1260), __webpack_require__.e(1081), __webpack_require__.e(636), __webpack_require__.e(711), __webpack_require__.e(2902), __webpack_require__.e(402), __webpack_require__.e(7812)]).then(__webpack_require__.bind(__webpack_require__, 7812))).shadowCheck),
    'ab-test': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(1260), __webpack_require__.e(636), __webpack_require__.e(2902), __webpack_require__.e(8270)]).then(__webpack_require__.bind(__webpack_require__, 68270))).abTest),
    'auto-rollback': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(1260), __webpack_require__.e(636), __webpack_require__.e(2902), __webpack_require__.e(1875)]).then(__webpack_require__.bind(__webpack_require__, 1875))).autoRollback),
    'training-diagnostics': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382), __webpack_require__.e(1081), __webpack_require__.e(711), __webpack_require__.e(7237)]).then(__webpack_require__.bind(__webpack_require__, 67237))).trainingDiagnostics),
    'run-tests': def(async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382), __webpack_require__.e(6780), __webpack_require__.e(7727)]).then(__webpack_require__.bind(__webpack_require__, 7727))).runTests),
    'env-config': def(async () => (await __webpack_require__.e(/* import() */ 9608).then(__webpack_require__.bind(__webpack_require__, 49608))).envConfig),
};
/** Published JSON Schemas for config files, by action name. */
const configSchemas = {
    'validate-data': async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382), __webpack_require__.e(1081), __webpack_require__.e(711), __webpack_require__.e(8088), __webpack_require__.e(402), __webpack_require__.e(8147), __webpack_require__.e(9892), __webpack_require__.e(6964)]).then(__webpack_require__.bind(__webpack_require__, 6964))).validationConfigJsonSchema(),
    'eval-gate': async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382), __webpack_require__.e(1081), __webpack_require__.e(711), __webpack_require__.e(4622)]).then(__webpack_require__.bind(__webpack_require__, 74622))).gateConfigJsonSchema(),
    'pr-checklist': async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(5711)]).then(__webpack_require__.bind(__webpack_require__, 45711))).checklistConfigJsonSchema(),
};

;// CONCATENATED MODULE: ./packages/cli/src/embedded.ts
const cliVersion = "1.0.0";
const actionDocs = {
    "ab-test": {
        "description": "A/B test on a business metric in production: splits traffic between control and a candidate, counts successes and trials per variant, and decides with an always-valid sequential test (mixture SPRT) that stays honest however often it is looked at; guardrails stop it early when the candidate hurts.",
        "inputs": [
            {
                "name": "source",
                "description": "Where metrics come from: scrape (read the canary and stable /metrics pages directly, no Prometheus needed) or prometheus (HTTP API at prometheus-url).",
                "required": false,
                "default": "scrape"
            },
            {
                "name": "prometheus-url",
                "description": "Prometheus server root, e.g. http://prometheus.monitoring:9090 (source: prometheus).",
                "required": false
            },
            {
                "name": "prometheus-token",
                "description": "Bearer token for Prometheus (masked in logs).",
                "required": false
            },
            {
                "name": "prometheus-username",
                "description": "Basic-auth user for Prometheus.",
                "required": false
            },
            {
                "name": "prometheus-password",
                "description": "Basic-auth password for Prometheus (masked in logs).",
                "required": false
            },
            {
                "name": "prometheus-ca",
                "description": "PEM file with the CA that signed the Prometheus server certificate.",
                "required": false
            },
            {
                "name": "prometheus-timeout",
                "description": "Seconds per Prometheus request (30, 30s, 1m); failed requests are retried with backoff.",
                "required": false,
                "default": "30"
            },
            {
                "name": "namespace",
                "description": "Kubernetes namespace: the {{namespace}} of PromQL templates, and where the VirtualService / HTTPRoute lives (traffic: istio, gateway-api).",
                "required": false
            },
            {
                "name": "service",
                "description": "Service name, the {{service}} of PromQL templates.",
                "required": false
            },
            {
                "name": "track-label",
                "description": "Label that tells canary and stable series apart (the {{track}} label of the built-in queries).",
                "required": false,
                "default": "track"
            },
            {
                "name": "canary-track",
                "description": "Value of track-label on the candidate's series.",
                "required": false,
                "default": "canary"
            },
            {
                "name": "stable-track",
                "description": "Value of track-label on control's series.",
                "required": false,
                "default": "stable"
            },
            {
                "name": "queries",
                "description": "PromQL templates for guardrails as a YAML/JSON map (inline or a file): metric name \u2192 query with {{track}}, {{namespace}}, {{service}}, {{interval}}; overrides error-rate / pNN-latency or adds metrics (source: prometheus).",
                "required": false
            },
            {
                "name": "canary-metrics-url",
                "description": "The candidate service's /metrics page (source: scrape).",
                "required": false
            },
            {
                "name": "stable-metrics-url",
                "description": "The control service's /metrics page (source: scrape).",
                "required": false
            },
            {
                "name": "scrape-interval",
                "description": "Seconds between scrapes: of the /metrics pages (source: scrape), or Prometheus' own scrape interval (source: prometheus); each interval must span at least two.",
                "required": false,
                "default": "15"
            },
            {
                "name": "successes",
                "description": "The counter of successes (conversions, clicks): a metric name with optional label matchers, e.g. conversions_total or http_requests_total{code=\"200\"}, read on each variant's track; with source: prometheus also a PromQL template counting over {{interval}}; or a map \"control: \u2026\" / \"candidate: \u2026\" giving each variant its own.",
                "required": true
            },
            {
                "name": "trials",
                "description": "The counter of trials (requests, impressions), in the same forms as successes; successes must count a subset of trials.",
                "required": true
            },
            {
                "name": "split",
                "description": "Candidate traffic percentage while the test runs, 1..99 (50 is an even split).",
                "required": false,
                "default": "50"
            },
            {
                "name": "horizon",
                "description": "Longest the test runs (3600, 90m, 6h); reaching it before a decision is inconclusive.",
                "required": false,
                "default": "3600"
            },
            {
                "name": "interval",
                "description": "Time between peeks (300, 5m); each peek reads the counts since the start and may decide.",
                "required": false,
                "default": "300"
            },
            {
                "name": "alpha",
                "description": "False-positive bound of the sequential test, however often it peeks; also the significance level of the guardrail comparisons.",
                "required": false,
                "default": "0.05"
            },
            {
                "name": "min-detectable-effect",
                "description": "Smallest difference of success rates worth shipping, absolute: 0.01 or 1pp (one percentage point). no-difference needs the always-valid interval inside \u00b1 this.",
                "required": false,
                "default": "0.01"
            },
            {
                "name": "tau",
                "description": "Standard deviation of the normal mixing distribution over effects, as a difference of rates; empty: min-detectable-effect.",
                "required": false
            },
            {
                "name": "ship-on",
                "description": "The weakest verdict that passes: candidate-wins, no-difference (candidate-wins or no-difference) or inconclusive (anything but control-wins, once some peek was judged).",
                "required": false,
                "default": "candidate-wins"
            },
            {
                "name": "promote-on-win",
                "description": "true: when the verdict passes, send all traffic to the candidate at the end; otherwise control gets all traffic back.",
                "required": false,
                "default": "false"
            },
            {
                "name": "guardrails",
                "description": "Metrics the candidate must not hurt, judged every interval against control as canary-check judges its metrics: thresholds like \"error-rate < 0.01\" and \"p95-latency < 0.5\", or bare names (worse than control by more than max-increase, significantly); one per line or comma, or a YAML list; none to judge none.",
                "required": false,
                "default": "error-rate < 0.01, p95-latency < 0.5"
            },
            {
                "name": "max-increase",
                "description": "How much worse than control a guardrail may be: a percentage of control's value (20%) or an amount in the metric's unit (0.005).",
                "required": false,
                "default": "20%"
            },
            {
                "name": "min-requests",
                "description": "Candidate requests an interval needs for its guardrails to be judged; fewer makes that interval's guardrails inconclusive.",
                "required": false,
                "default": "20"
            },
            {
                "name": "max-failed-intervals",
                "description": "Intervals with a failed guardrail tolerated; one more stops the test: control-wins.",
                "required": false,
                "default": "2"
            },
            {
                "name": "traffic",
                "description": "How the split is applied: none (observe only), command (traffic-command), istio (VirtualService route weights) or gateway-api (HTTPRoute backendRefs weights). On cancellation the candidate weight goes to 0.",
                "required": false,
                "default": "none"
            },
            {
                "name": "traffic-command",
                "description": "traffic: command: program and arguments, e.g. ./scripts/set-weight.sh {{canary}} {{stable}} or a YAML list; {{canary}} is the candidate's weight and {{stable}} control's, replaced in each argument. Run without a shell.",
                "required": false
            },
            {
                "name": "virtual-service",
                "description": "traffic: istio: the VirtualService whose http route splits control and candidate subsets (in namespace).",
                "required": false
            },
            {
                "name": "canary-subset",
                "description": "traffic: istio: DestinationRule subset of the candidate.",
                "required": false,
                "default": "canary"
            },
            {
                "name": "stable-subset",
                "description": "traffic: istio: DestinationRule subset of control.",
                "required": false,
                "default": "stable"
            },
            {
                "name": "http-route",
                "description": "traffic: gateway-api: the HTTPRoute whose backendRefs split control and candidate (in namespace).",
                "required": false
            },
            {
                "name": "canary-backend",
                "description": "traffic: gateway-api: Service name of the candidate in backendRefs.",
                "required": false
            },
            {
                "name": "stable-backend",
                "description": "traffic: gateway-api: Service name of control in backendRefs.",
                "required": false
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (the verdict does not pass), warning (also when some peeks or guardrail intervals could not be judged), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory to write report.json and report.md into.",
                "required": false,
                "default": "mlship-reports/ab-test"
            }
        ]
    },
    "auto-rollback": {
        "description": "Watches a fresh production deployment through its stabilization period, checks its health on real metrics (no data is never healthy) and, when it is unhealthy, rolls back: kubectl rollout undo, the model registry, a command or a webhook; then tells Slack and GitHub. Idempotent and dry-runnable.",
        "inputs": [
            {
                "name": "source",
                "description": "Where metrics come from: scrape (read the service's /metrics page directly while waiting, no Prometheus needed) or prometheus (HTTP API at prometheus-url).",
                "required": false,
                "default": "scrape"
            },
            {
                "name": "prometheus-url",
                "description": "Prometheus server root, e.g. http://prometheus.monitoring:9090 (source: prometheus).",
                "required": false
            },
            {
                "name": "prometheus-token",
                "description": "Bearer token for Prometheus (masked in logs).",
                "required": false
            },
            {
                "name": "prometheus-username",
                "description": "Basic-auth user for Prometheus.",
                "required": false
            },
            {
                "name": "prometheus-password",
                "description": "Basic-auth password for Prometheus (masked in logs).",
                "required": false
            },
            {
                "name": "prometheus-ca",
                "description": "PEM file with the CA that signed the Prometheus server certificate.",
                "required": false
            },
            {
                "name": "prometheus-timeout",
                "description": "Seconds per Prometheus request (30, 30s, 1m); 5xx and connection errors are retried with backoff.",
                "required": false,
                "default": "30"
            },
            {
                "name": "namespace",
                "description": "Kubernetes namespace: where the Deployment lives (kubectl -n) and the namespace label the built-in queries match.",
                "required": false
            },
            {
                "name": "service",
                "description": "Service name: the service label the built-in queries match, the {{service}} of PromQL templates.",
                "required": false
            },
            {
                "name": "track-label",
                "description": "Label that picks the watched series out of a shared service (its value is stable-track); none watches the whole service (all its series summed).",
                "required": false,
                "default": "none"
            },
            {
                "name": "canary-track",
                "description": "Value of track-label on canary series (not read by auto-rollback; shared with canary-check).",
                "required": false,
                "default": "canary"
            },
            {
                "name": "stable-track",
                "description": "Value of track-label on the live (stable) series when track-label is set.",
                "required": false,
                "default": "stable"
            },
            {
                "name": "queries",
                "description": "PromQL templates as a YAML/JSON map (inline or a file): metric name \u2192 query with {{namespace}}, {{service}}, {{interval}}, {{track}}, {{selector}}; overrides error-rate / pNN-latency (e.g. with a model_errors_total counter) or adds metrics for thresholds (source: prometheus).",
                "required": false
            },
            {
                "name": "canary-metrics-url",
                "description": "Not read by auto-rollback (shared with canary-check).",
                "required": false
            },
            {
                "name": "stable-metrics-url",
                "description": "The live service's /metrics page (source: scrape), e.g. http://ml-model.production:8080/metrics.",
                "required": false
            },
            {
                "name": "scrape-interval",
                "description": "source: scrape: seconds between scrapes. source: prometheus: Prometheus' own scrape interval, so rate windows span at least two samples.",
                "required": false,
                "default": "15"
            },
            {
                "name": "stabilization",
                "description": "How long to wait after the deployment before judging it (300, 300s, 5m), with a progress line about every tenth of it. The default waits 5 minutes.",
                "required": false,
                "default": "300"
            },
            {
                "name": "window",
                "description": "Length of the metric window judged at the end (e.g. 5m); default: the stabilization period. Required when stabilization is 0.",
                "required": false
            },
            {
                "name": "thresholds",
                "description": "What healthy means, comma or newline separated: error-rate (a fraction; 5% works too), request-rate (per second), p50/p90/p95/p99-latency (seconds), or a name from queries. Any one failing is unhealthy.",
                "required": false,
                "default": "error-rate <= 0.05, p95-latency <= 2.0"
            },
            {
                "name": "baseline",
                "description": "Also judge against the service before this step (source: prometheus): error-rate and latency over this long before the step (e.g. 1h) times max-increase is a limit too (with 2x: an error-rate spike to more than twice the baseline rolls back). No data or 0 before leaves only the absolute thresholds.",
                "required": false
            },
            {
                "name": "max-increase",
                "description": "How many times its baseline value a metric may reach (with baseline), e.g. 2x.",
                "required": false,
                "default": "2x"
            },
            {
                "name": "min-requests",
                "description": "Fewest requests in the window for a verdict; with fewer, or no data at all, the health is inconclusive (never healthy).",
                "required": false,
                "default": "20"
            },
            {
                "name": "on-inconclusive",
                "description": "What an inconclusive check does: rollback (treat it as unhealthy: a release that serves nothing is usually broken) or fail (roll nothing back, fail the step for a person to look).",
                "required": false,
                "default": "rollback"
            },
            {
                "name": "targets",
                "description": "What to roll back, in order, comma separated: kubectl, registry, command, webhook, blue-green; none only checks and notifies. A failing target does not stop the next.",
                "required": false,
                "default": "registry"
            },
            {
                "name": "deployment",
                "description": "Deployment to undo (kubectl target): kubectl rollout undo deployment/NAME -n namespace, then rollout status.",
                "required": false
            },
            {
                "name": "rollout-timeout",
                "description": "How long kubectl rollout status may wait for the undone rollout (300, 10m).",
                "required": false,
                "default": "300"
            },
            {
                "name": "kube-context",
                "description": "kubeconfig context for kubectl (--context); the cluster comes from KUBECONFIG in the step's env.",
                "required": false
            },
            {
                "name": "registry",
                "description": "Model registry for the registry target: git (GTO-style tags in this repository) or mlflow.",
                "required": false,
                "default": "git"
            },
            {
                "name": "tracking-uri",
                "description": "MLflow tracking server or Databricks workspace URL (registry: mlflow).",
                "required": false
            },
            {
                "name": "mlflow-token",
                "description": "Bearer token for MLflow. Pass it from secrets.",
                "required": false
            },
            {
                "name": "mlflow-username",
                "description": "MLflow basic-auth user.",
                "required": false
            },
            {
                "name": "mlflow-password",
                "description": "MLflow basic-auth password. Pass it from secrets.",
                "required": false
            },
            {
                "name": "github-token",
                "description": "Token for pushing registry tags (registry: git) and for the rollback issue (create-issue), e.g. secrets.GITHUB_TOKEN with contents: write and issues: write.",
                "required": false
            },
            {
                "name": "remote",
                "description": "Git remote the registry tags are fetched from and pushed to; none works on local tags only.",
                "required": false,
                "default": "origin"
            },
            {
                "name": "model-name",
                "description": "Registered model whose stage or alias is restored (registry target).",
                "required": false
            },
            {
                "name": "stage",
                "description": "Stage the bad version was promoted to, e.g. Production (registry target; promote-model's to-stage). Give stage or alias.",
                "required": false
            },
            {
                "name": "alias",
                "description": "Alias the bad version was pointed at, e.g. champion (registry target; promote-model's to-alias).",
                "required": false
            },
            {
                "name": "version",
                "description": "The version being rolled back (promote-model's version output). When the stage or alias holds something else, it was changed since and is left alone.",
                "required": false
            },
            {
                "name": "previous-version",
                "description": "Version to restore (promote-model's previous-version output), or none when the promotion was the first (the stage or alias is emptied). Required by the registry target.",
                "required": false
            },
            {
                "name": "rollback-command",
                "description": "Command for the command target, as words or a YAML list, never run by a shell; {{deployment}}, {{namespace}}, {{model}}, {{version}}, {{previous-version}}, {{error-rate}}, {{latency}}, {{health}}, {{run-url}} are filled per argument.",
                "required": false
            },
            {
                "name": "webhook-url",
                "description": "URL that receives the rollback request as a JSON POST (webhook target), with an idempotency_key that is the same on a re-run. Masked in logs.",
                "required": false
            },
            {
                "name": "active-service",
                "description": "Service whose selector blue-green switched (blue-green target, in namespace): its selector-label goes back to switch-back-to.",
                "required": false
            },
            {
                "name": "selector-label",
                "description": "Selector key that tells the blue and green Deployments apart (blue-green target).",
                "required": false,
                "default": "version"
            },
            {
                "name": "switch-back-to",
                "description": "Value of selector-label to switch the Service back to: blue-green's previous output (blue-green target). A Service already selecting it is left as it is.",
                "required": false
            },
            {
                "name": "slack-webhook",
                "description": "Slack incoming webhook: when a rollback is needed, posts a red attachment with Error Rate and P95 Latency fields, what was rolled back and why. Masked in logs.",
                "required": false
            },
            {
                "name": "create-issue",
                "description": "Open a GitHub issue for the rollback (a re-run of the same workflow run comments on it instead); a completed rollback is recorded there, so a re-run runs no target and notifies nobody again. Needs github-token with issues: write.",
                "required": false,
                "default": "false"
            },
            {
                "name": "issue-labels",
                "description": "Labels for the rollback issue, comma separated.",
                "required": false,
                "default": "rollback"
            },
            {
                "name": "force",
                "description": "Roll back now without waiting or checking health: the manual override (human in the loop) for a workflow_dispatch run.",
                "required": false,
                "default": "false"
            },
            {
                "name": "dry-run",
                "description": "Check health and report what would be rolled back, without changing anything (kubectl is only asked to get the Deployment).",
                "required": false,
                "default": "false"
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (unhealthy or inconclusive, even when rolled back; a rollback target failed; metrics unreadable), warning (also when a notification failed), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory to write report.json and report.md into.",
                "required": false,
                "default": "mlship-reports/auto-rollback"
            }
        ]
    },
    "blue-green": {
        "description": "Blue-green deployment: checks green beside blue before any user reaches it (health endpoint, smoke requests, preview metrics), switches every user at once (Service selector, Istio or Gateway API weights, or a command), judges green on production metrics and switches back to blue automatically when it fails.",
        "inputs": [
            {
                "name": "deploy-command",
                "description": "Program and arguments that deploy green beside blue (e.g. kubectl apply -f k8s/green.yaml, or a YAML list), run without a shell before the checks; leave empty when green already runs.",
                "required": false
            },
            {
                "name": "blue",
                "description": "The value of selector-label on the deployment serving users now (and of track-label on its metrics); {{previous}} of the commands.",
                "required": false,
                "default": "blue"
            },
            {
                "name": "green",
                "description": "The value of selector-label on the new deployment (and of track-label on its metrics); {{active}} of the switch command.",
                "required": false,
                "default": "green"
            },
            {
                "name": "green-health-url",
                "description": "Green's health endpoint, reached without user traffic (e.g. through a preview Service): it must answer 2xx within health-timeout before anything else runs.",
                "required": false
            },
            {
                "name": "health-timeout",
                "description": "How long green may take to answer its health endpoint with 2xx, polled about every second (60, 60s, 2m).",
                "required": false,
                "default": "60"
            },
            {
                "name": "smoke-url",
                "description": "Address the smoke requests are sent to on green (e.g. its /predict through the preview Service): a POST of smoke-body, or a GET without it.",
                "required": false
            },
            {
                "name": "smoke-requests",
                "description": "How many smoke requests are sent, one after another (1..1000); every one must answer smoke-status within smoke-timeout.",
                "required": false,
                "default": "10"
            },
            {
                "name": "smoke-timeout",
                "description": "Seconds each smoke request may take (5, 5s, 1m).",
                "required": false,
                "default": "5"
            },
            {
                "name": "smoke-status",
                "description": "HTTP status every smoke request must answer with.",
                "required": false,
                "default": "200"
            },
            {
                "name": "smoke-body",
                "description": "JSON body of each smoke request (sent as a POST with content-type application/json).",
                "required": false
            },
            {
                "name": "preview-metrics",
                "description": "Thresholds judged on green's own (preview) traffic before the switch, comma or newline separated, e.g. error-rate < 0.01, p95-latency < 0.5; fewer than min-requests requests (or no data) keeps users on blue.",
                "required": false
            },
            {
                "name": "preview-duration",
                "description": "How long green's preview traffic is watched before preview-metrics are judged, counted from the first smoke request; at least two scrapes.",
                "required": false,
                "default": "60"
            },
            {
                "name": "switch",
                "description": "How users are switched: service-selector (patch the Service selector selector-label from blue to green), istio (VirtualService route weights 0/100), gateway-api (HTTPRoute backendRefs weights 0/100) or command (switch-command).",
                "required": false,
                "default": "service-selector"
            },
            {
                "name": "active-service",
                "description": "switch: service-selector: the Service users reach, whose selector picks the blue or green pods (in namespace).",
                "required": false
            },
            {
                "name": "selector-label",
                "description": "switch: service-selector: the selector key whose value tells blue from green.",
                "required": false,
                "default": "version"
            },
            {
                "name": "virtual-service",
                "description": "switch: istio: the VirtualService whose http route splits the blue and green subsets (in namespace).",
                "required": false
            },
            {
                "name": "green-subset",
                "description": "switch: istio: DestinationRule subset of green.",
                "required": false,
                "default": "green"
            },
            {
                "name": "blue-subset",
                "description": "switch: istio: DestinationRule subset of blue.",
                "required": false,
                "default": "blue"
            },
            {
                "name": "http-route",
                "description": "switch: gateway-api: the HTTPRoute whose backendRefs send to the blue and green Services (in namespace).",
                "required": false
            },
            {
                "name": "green-backend",
                "description": "switch: gateway-api: Service name of green in backendRefs.",
                "required": false
            },
            {
                "name": "blue-backend",
                "description": "switch: gateway-api: Service name of blue in backendRefs.",
                "required": false
            },
            {
                "name": "switch-command",
                "description": "switch: command: program and arguments, e.g. ./scripts/switch.sh {{active}} or a YAML list; {{active}} is the value of the colour to serve (green, or blue on a switch back) and {{previous}} the other. Run without a shell.",
                "required": false
            },
            {
                "name": "source",
                "description": "Where metrics come from: scrape (read the green and blue /metrics pages directly, no Prometheus needed) or prometheus (HTTP API at prometheus-url).",
                "required": false,
                "default": "scrape"
            },
            {
                "name": "prometheus-url",
                "description": "Prometheus server root, e.g. http://prometheus.monitoring:9090 (source: prometheus).",
                "required": false
            },
            {
                "name": "prometheus-token",
                "description": "Bearer token for Prometheus (masked in logs).",
                "required": false
            },
            {
                "name": "prometheus-username",
                "description": "Basic-auth user for Prometheus.",
                "required": false
            },
            {
                "name": "prometheus-password",
                "description": "Basic-auth password for Prometheus (masked in logs).",
                "required": false
            },
            {
                "name": "prometheus-ca",
                "description": "PEM file with the CA that signed the Prometheus server certificate.",
                "required": false
            },
            {
                "name": "prometheus-timeout",
                "description": "Seconds per Prometheus request (30, 30s, 1m); failed requests are retried with backoff.",
                "required": false,
                "default": "30"
            },
            {
                "name": "namespace",
                "description": "Kubernetes namespace: where the Service / VirtualService / HTTPRoute lives, and the {{namespace}} of PromQL templates.",
                "required": false
            },
            {
                "name": "service",
                "description": "Service name, the {{service}} of PromQL templates.",
                "required": false
            },
            {
                "name": "track-label",
                "description": "Label that tells green and blue series apart; its values are the blue and green inputs.",
                "required": false,
                "default": "version"
            },
            {
                "name": "queries",
                "description": "PromQL templates as a YAML/JSON map (inline or a file): metric name \u2192 query with {{track}}, {{namespace}}, {{service}}, {{interval}}; overrides error-rate / pNN-latency or adds metrics (source: prometheus).",
                "required": false
            },
            {
                "name": "green-metrics-url",
                "description": "Green's /metrics page (source: scrape).",
                "required": false
            },
            {
                "name": "blue-metrics-url",
                "description": "Blue's /metrics page (source: scrape; optional): when blue still serves min-requests in an interval, green is also compared with it.",
                "required": false
            },
            {
                "name": "scrape-interval",
                "description": "Seconds between scrapes: of the /metrics pages (source: scrape), or Prometheus' own scrape interval (source: prometheus); each interval must span at least two.",
                "required": false,
                "default": "15"
            },
            {
                "name": "metrics",
                "description": "What green must hold after the switch, one threshold per line or comma, e.g. error-rate < 0.01 and p95-latency < 0.5 (seconds); or a YAML list of such strings or {metric, threshold, max-increase} maps. Built-ins: error-rate, request-rate, p50/p90/p95/p99-latency; more via queries.",
                "required": false,
                "default": "error-rate < 0.01, p95-latency < 0.5"
            },
            {
                "name": "max-increase",
                "description": "When blue still serves min-requests in an interval: how much worse than blue green may be, a percentage of blue's value (20%) or an amount in the metric's unit; the excess must also be significant at significance.",
                "required": false,
                "default": "20%"
            },
            {
                "name": "duration",
                "description": "The analysis window after the switch when every interval passes (300, 300s, 5m).",
                "required": false,
                "default": "300"
            },
            {
                "name": "interval",
                "description": "Length of one judged interval (60, 1m); the window needs duration / interval passing intervals.",
                "required": false,
                "default": "60"
            },
            {
                "name": "min-requests",
                "description": "Green requests an interval (and the preview window) needs to be judged; fewer or no data is inconclusive, which never counts as a pass.",
                "required": false,
                "default": "20"
            },
            {
                "name": "max-failed-intervals",
                "description": "Failed or inconclusive intervals tolerated after the switch (each lengthens the window by an interval); one more switches users back to blue.",
                "required": false,
                "default": "2"
            },
            {
                "name": "significance",
                "description": "Significance level of the comparison with blue (two-proportion test on errors, Mann\u2013Whitney U on latencies), when blue still serves traffic.",
                "required": false,
                "default": "0.05"
            },
            {
                "name": "scale-down-delay",
                "description": "How long blue is kept running after the analysis passed, so a switch back stays instant, before scale-down-command runs (30, 30s, 10m).",
                "required": false,
                "default": "30"
            },
            {
                "name": "scale-down-command",
                "description": "Program and arguments that scale blue down after scale-down-delay, e.g. kubectl scale deployment/ml-model-{{previous}} --replicas=0 -n production; {{previous}} is blue, {{active}} green. Without it blue keeps running.",
                "required": false
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (not switched or switched back), warning (also when some intervals were inconclusive), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory to write report.json and report.md into.",
                "required": false,
                "default": "mlship-reports/blue-green"
            }
        ]
    },
    "canary-check": {
        "description": "Canary analysis on production metrics: shifts traffic step by step (5 \u2192 10 \u2192 25 \u2192 50 \u2192 100 %), judges canary against thresholds and against stable with two-proportion and Mann\u2013Whitney tests, and rolls traffic back when the canary is worse or there is not enough data.",
        "inputs": [
            {
                "name": "source",
                "description": "Where metrics come from: scrape (read the canary and stable /metrics pages directly, no Prometheus needed) or prometheus (HTTP API at prometheus-url).",
                "required": false,
                "default": "scrape"
            },
            {
                "name": "prometheus-url",
                "description": "Prometheus server root, e.g. http://prometheus.monitoring:9090 (source: prometheus).",
                "required": false
            },
            {
                "name": "prometheus-token",
                "description": "Bearer token for Prometheus (masked in logs).",
                "required": false
            },
            {
                "name": "prometheus-username",
                "description": "Basic-auth user for Prometheus.",
                "required": false
            },
            {
                "name": "prometheus-password",
                "description": "Basic-auth password for Prometheus (masked in logs).",
                "required": false
            },
            {
                "name": "prometheus-ca",
                "description": "PEM file with the CA that signed the Prometheus server certificate.",
                "required": false
            },
            {
                "name": "prometheus-timeout",
                "description": "Seconds per Prometheus request (30, 30s, 1m); failed requests are retried with backoff.",
                "required": false,
                "default": "30"
            },
            {
                "name": "namespace",
                "description": "Kubernetes namespace: the {{namespace}} of PromQL templates, and where the VirtualService / HTTPRoute lives (traffic: istio, gateway-api).",
                "required": false
            },
            {
                "name": "service",
                "description": "Service name, the {{service}} of PromQL templates.",
                "required": false
            },
            {
                "name": "track-label",
                "description": "Label that tells canary and stable series apart (the {{track}} label of the built-in queries).",
                "required": false,
                "default": "track"
            },
            {
                "name": "canary-track",
                "description": "Value of track-label on canary series.",
                "required": false,
                "default": "canary"
            },
            {
                "name": "stable-track",
                "description": "Value of track-label on stable series.",
                "required": false,
                "default": "stable"
            },
            {
                "name": "queries",
                "description": "PromQL templates as a YAML/JSON map (inline or a file): metric name \u2192 query with {{track}}, {{namespace}}, {{service}}, {{interval}}; overrides error-rate / pNN-latency or adds metrics, and latency-buckets gives the requests per histogram bucket for the latency comparison (source: prometheus).",
                "required": false
            },
            {
                "name": "canary-metrics-url",
                "description": "The canary service's /metrics page (source: scrape).",
                "required": false
            },
            {
                "name": "stable-metrics-url",
                "description": "The stable service's /metrics page (source: scrape).",
                "required": false
            },
            {
                "name": "scrape-interval",
                "description": "Seconds between scrapes: of the /metrics pages (source: scrape), or Prometheus' own scrape interval (source: prometheus); each interval must span at least two.",
                "required": false,
                "default": "15"
            },
            {
                "name": "metrics",
                "description": "What to judge, one per line or comma: thresholds like \"error-rate < 0.01\" and \"p95-latency < 0.5\" (seconds; 1% works too), or bare names in relative mode; or a YAML list of such strings or {metric, threshold, max-increase} maps. Built-ins: error-rate, request-rate, p50/p90/p95/p99-latency; more via queries.",
                "required": false,
                "default": "error-rate < 0.01, p95-latency < 0.5"
            },
            {
                "name": "comparison",
                "description": "absolute: every metric needs a threshold on the canary value; relative: the canary may be worse than stable by at most max-increase (thresholds written on metrics still apply). In both modes a canary significantly worse than stable by more than max-increase fails.",
                "required": false,
                "default": "absolute"
            },
            {
                "name": "max-increase",
                "description": "How much worse than stable the canary may be: a percentage of stable's value (20%) or an amount in the metric's unit (0.005). For error-rate and latencies the excess must also be significant at `significance` to fail.",
                "required": false,
                "default": "20%"
            },
            {
                "name": "duration",
                "description": "Analysis time per traffic step when every interval passes (300, 300s, 5m).",
                "required": false,
                "default": "300"
            },
            {
                "name": "interval",
                "description": "Length of one judged interval (60, 1m); a step needs duration / interval passing intervals.",
                "required": false,
                "default": "60"
            },
            {
                "name": "steps",
                "description": "Canary traffic percentages, increasing, within 1..100. Steps below 100 are analysed; a final 100 sends all traffic to the canary once every step passed.",
                "required": false,
                "default": "5, 10, 25, 50, 100"
            },
            {
                "name": "min-requests",
                "description": "Canary requests an interval needs to be judged; fewer (or no data) makes it inconclusive, which counts as failed, never as a pass.",
                "required": false,
                "default": "20"
            },
            {
                "name": "max-failed-intervals",
                "description": "Failed or inconclusive intervals tolerated over the whole analysis (each one lengthens its step by an interval); one more ends it with traffic back on stable.",
                "required": false,
                "default": "2"
            },
            {
                "name": "significance",
                "description": "Significance level of the one-sided two-proportion test (error counts) and Mann\u2013Whitney U test (latencies: every request of the interval, ranked by its histogram bucket).",
                "required": false,
                "default": "0.05"
            },
            {
                "name": "traffic",
                "description": "How weights are shifted: none (observe only), command (traffic-command), istio (VirtualService route weights) or gateway-api (HTTPRoute backendRefs weights). On rollback or cancellation the canary weight goes to 0.",
                "required": false,
                "default": "none"
            },
            {
                "name": "traffic-command",
                "description": "traffic: command: program and arguments, e.g. ./scripts/set-weight.sh {{canary}} {{stable}} or a YAML list; {{canary}}/{{stable}} are replaced by the weights in each argument. Run without a shell.",
                "required": false
            },
            {
                "name": "virtual-service",
                "description": "traffic: istio: the VirtualService whose http route splits the stable and canary subsets (in namespace).",
                "required": false
            },
            {
                "name": "canary-subset",
                "description": "traffic: istio: DestinationRule subset of the canary.",
                "required": false,
                "default": "canary"
            },
            {
                "name": "stable-subset",
                "description": "traffic: istio: DestinationRule subset of stable.",
                "required": false,
                "default": "stable"
            },
            {
                "name": "http-route",
                "description": "traffic: gateway-api: the HTTPRoute whose backendRefs split stable and canary (in namespace).",
                "required": false
            },
            {
                "name": "canary-backend",
                "description": "traffic: gateway-api: Service name of the canary in backendRefs.",
                "required": false
            },
            {
                "name": "stable-backend",
                "description": "traffic: gateway-api: Service name of stable in backendRefs.",
                "required": false
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (verdict rollback or inconclusive), warning (also when some intervals were inconclusive), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory to write report.json and report.md into.",
                "required": false,
                "default": "mlship-reports/canary-check"
            }
        ]
    },
    "env-config": {
        "description": "Loads an environment's YAML config (e.g. configs/environments/production.yaml), flattens it to variables named as yq -o=shell names them (model_batch_size), masks secret-looking values and exports them to the following steps of the job.",
        "inputs": [
            {
                "name": "environment",
                "description": "Environment name, e.g. production or staging: reads <directory>/<environment>.yaml (or .yml). Required unless file is given; give one of the two.",
                "required": false
            },
            {
                "name": "directory",
                "description": "Directory holding one <environment>.yaml per environment.",
                "required": false,
                "default": "configs/environments"
            },
            {
                "name": "file",
                "description": "Explicit path of the config file, instead of environment and directory.",
                "required": false
            },
            {
                "name": "prefix",
                "description": "Prepended as written to every variable name, e.g. CFG_ gives CFG_model_batch_size; must start with a letter or _ and hold only letters, digits and _.",
                "required": false
            },
            {
                "name": "case",
                "description": "keep: the names yq -o=shell prints (model_batch_size), so scripts written for `source env_vars.sh` keep working; upper: MODEL_BATCH_SIZE.",
                "required": false,
                "default": "keep"
            },
            {
                "name": "copy-to",
                "description": "Also copy the config file here (e.g. config.yaml), for programs that read it.",
                "required": false
            },
            {
                "name": "mask-keys",
                "description": "Regular expression (case-insensitive) matched against each variable name without the prefix; matching values are masked in the log. Values that look like credentials (URLs with user:password@, private keys, AWS access key ids, GitHub tokens, Slack webhooks and tokens) are masked whatever their key.",
                "required": false,
                "default": "secret|token|password|passwd|api_key|apikey|access_key|private|credential|auth|dsn|connection_string"
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (the config could not be exported), warning (also when a null value was exported as an empty string or an empty list/map had nothing to export), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory to write report.json and report.md into.",
                "required": false,
                "default": "mlship-reports/env-config"
            }
        ]
    },
    "eval-gate": {
        "description": "Model evaluation gate: scikit-learn metrics, improvement over production with bootstrap intervals, fairness, slices, latency, size and leakage; blocks the model when any gate fails.",
        "inputs": [
            {
                "name": "predictions",
                "description": "Candidate predictions: a parquet/CSV/JSONL file (or directory/glob) with y_true, y_pred and optional y_score / proba_<label> and group columns; or a metrics JSON ({\"accuracy\": 0.93, ...}).",
                "required": true
            },
            {
                "name": "baseline-predictions",
                "description": "Production model's predictions on the same rows (same format), or its metrics JSON. Enables improvement gates, the paired bootstrap and McNemar's test.",
                "required": false
            },
            {
                "name": "config",
                "description": "Gates: path to a YAML/JSON file (native, or the flat configs/eval_gate.json keys min_accuracy, max_latency_p99_ms, min_improvement, max_model_size_mb), or inline YAML. Without it the default gates apply to whatever was measured: accuracy >= 0.92, p99 <= 50 ms, improvement >= 0.005, no leakage, size <= 500 MiB.",
                "required": false
            },
            {
                "name": "model-path",
                "description": "Model file or directory, for the model_size_mb gate (MiB).",
                "required": false
            },
            {
                "name": "latency-samples",
                "description": "Recorded latencies in milliseconds: a data file with a latency_ms column (columns.latency) or a text file with one number per line.",
                "required": false
            },
            {
                "name": "latency-endpoint",
                "description": "Model server URL to time instead: the action sends latency-requests sequential requests (3 warm-up requests not counted).",
                "required": false
            },
            {
                "name": "latency-requests",
                "description": "How many timed requests to send to latency-endpoint.",
                "required": false,
                "default": "200"
            },
            {
                "name": "latency-timeout",
                "description": "Time budget for the whole latency measurement, in seconds; the probe stops early rather than overrun it.",
                "required": false,
                "default": "60"
            },
            {
                "name": "latency-payload",
                "description": "File whose content is POSTed to latency-endpoint (JSON or text); GET when unset.",
                "required": false
            },
            {
                "name": "train-data",
                "description": "Training data, for the leakage.rows gate (rows shared with test-data).",
                "required": false
            },
            {
                "name": "test-data",
                "description": "Test data the predictions were made on, for the leakage.rows gate.",
                "required": false
            },
            {
                "name": "model-name",
                "description": "Registered model whose production version is the baseline, when there are no baseline-predictions: its recorded metrics (git tag message / MLflow run) are compared with the candidate. Needs baseline-stage or baseline-alias.",
                "required": false
            },
            {
                "name": "baseline-stage",
                "description": "Stage holding the production version of model-name, e.g. prod (git registry) or Production (MLflow). An empty stage means a first model: nothing to compare with.",
                "required": false
            },
            {
                "name": "baseline-alias",
                "description": "Alias pointing at the production version of model-name, e.g. champion (instead of baseline-stage).",
                "required": false
            },
            {
                "name": "registry",
                "description": "Where model-name is registered: git (GTO-style tags in this repository) or mlflow (MLflow REST API 2.0).",
                "required": false,
                "default": "git"
            },
            {
                "name": "tracking-uri",
                "description": "MLflow tracking server or Databricks workspace URL (registry: mlflow).",
                "required": false
            },
            {
                "name": "mlflow-token",
                "description": "Bearer token for MLflow. Pass it from secrets.",
                "required": false
            },
            {
                "name": "mlflow-username",
                "description": "MLflow basic-auth user.",
                "required": false
            },
            {
                "name": "mlflow-password",
                "description": "MLflow basic-auth password. Pass it from secrets.",
                "required": false
            },
            {
                "name": "github-token",
                "description": "Token for the PR comment (permissions: pull-requests: write) and for fetching registry tags (registry: git) when the checkout did not persist credentials, e.g. github.token.",
                "required": false
            },
            {
                "name": "remote",
                "description": "Git remote the registry tags are fetched from; none reads local tags only.",
                "required": false,
                "default": "origin"
            },
            {
                "name": "pr-comment",
                "description": "Post the verdict as one sticky comment on the pull request (updated in place on every run): failed gates in a table, the full report folded. Needs github-token.",
                "required": false,
                "default": "false"
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (a gate with severity error failed), warning (any failed gate), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory to write report.json and report.md into.",
                "required": false,
                "default": "mlship-reports/eval-gate"
            }
        ]
    },
    "pr-checklist": {
        "description": "One sticky checklist comment per pull request from path rules (model, data, general by default): keeps ticks, adds labels, diffs .dvc data, optional pending status until required items are ticked.",
        "inputs": [
            {
                "name": "token",
                "description": "Token for the GitHub API (pull request files, comments, labels, contents, statuses). Needs pull-requests: write and issues: write; statuses: write or checks: write for status-check.",
                "required": false,
                "default": "${{ github.token }}"
            },
            {
                "name": "config",
                "description": "Checklist rules: a YAML/JSON file in the workspace or inline YAML. Omitted: the built-in rules (model, data, general; ci and cd available through enable).",
                "required": false
            },
            {
                "name": "status-check",
                "description": "Report on the head commit as mlship/checklist: none, status (a commit status) or check-run. It stays pending until every required item is ticked.",
                "required": false,
                "default": "none"
            },
            {
                "name": "tick-permission",
                "description": "Whose ticks count when the checklist comment is edited: write (the pull request's author and anyone with write access) or author (the author only). Other edits are reverted.",
                "required": false,
                "default": "write"
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (the API or config failed), warning (also while required items are unticked), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory to write report.json, report.md and comment.md (the checklist comment as posted, or as previewed) into.",
                "required": false,
                "default": "mlship-reports/pr-checklist"
            },
            {
                "name": "base",
                "description": "Preview locally: the branch, tag or commit a pull request would merge into (e.g. main). With base, the changed files and .dvc contents come from the git repository in the working directory (the diff from where head branched off base, as GitHub lists a pull request's files) and the comment is only shown (output, summary, comment.md in report-path): nothing is written to GitHub and the token is not used.",
                "required": false
            },
            {
                "name": "head",
                "description": "Preview locally: the branch, tag or commit with the changes; needs base. Default when base is given: HEAD.",
                "required": false
            }
        ]
    },
    "promote-model": {
        "description": "Moves a model version to a stage or alias in a git-tag (GTO) or MLflow registry, after re-checking its metrics; idempotent and race-safe.",
        "inputs": [
            {
                "name": "registry",
                "description": "Where models are registered: git (GTO-style tags in this repository, no server) or mlflow (MLflow REST API 2.0, Databricks included).",
                "required": false,
                "default": "git"
            },
            {
                "name": "model-name",
                "description": "Registered model name (git: the GTO artifact name, e.g. churn-model).",
                "required": true
            },
            {
                "name": "version",
                "description": "Version to promote: git v1.2.0, MLflow 3, or latest for the newest registered version. Give exactly one of version, from-stage, from-alias.",
                "required": false
            },
            {
                "name": "from-stage",
                "description": "Promote the version currently in this stage (e.g. Staging); fails when the stage is empty.",
                "required": false
            },
            {
                "name": "from-alias",
                "description": "Promote the version this alias points at (e.g. challenger).",
                "required": false
            },
            {
                "name": "to-stage",
                "description": "Stage to move the version to (MLflow: Staging, Production, Archived; git: any GTO stage name such as prod). Give exactly one of to-stage, to-alias.",
                "required": false
            },
            {
                "name": "to-alias",
                "description": "Alias to point at the version (e.g. champion). In the git registry an alias is a stage that holds one version.",
                "required": false
            },
            {
                "name": "min-metrics",
                "description": "Thresholds re-checked against the version's recorded metrics (MLflow: its run; git: its registration tag), comma or newline separated, e.g. \"accuracy >= 0.85, latency_p99_ms <= 50\". none disables the check. A metric the version did not record is an error.",
                "required": false,
                "default": "accuracy >= 0.85"
            },
            {
                "name": "archive-existing",
                "description": "Move every other version out of the target stage (MLflow archive_existing_versions; git: unassign tags), so the stage holds exactly the promoted version.",
                "required": false,
                "default": "true"
            },
            {
                "name": "dry-run",
                "description": "Resolve the version, check the metrics and report what would change, without writing anything.",
                "required": false,
                "default": "false"
            },
            {
                "name": "environment",
                "description": "GitHub environment to record the promotion in as a deployment (in_progress, then success, failure when the gate blocks, error when the promotion fails), e.g. production. Needs github-token with permissions: deployments: write. Not recorded in dry-run.",
                "required": false
            },
            {
                "name": "environment-url",
                "description": "URL shown on the environment page for a successful deployment, e.g. https://api.example.com.",
                "required": false
            },
            {
                "name": "tracking-uri",
                "description": "MLflow tracking server or Databricks workspace URL (registry: mlflow), e.g. https://mlflow.example.com.",
                "required": false
            },
            {
                "name": "mlflow-token",
                "description": "Bearer token for MLflow: a Databricks personal access token or a server token. Pass it from secrets.",
                "required": false
            },
            {
                "name": "mlflow-username",
                "description": "MLflow basic-auth user (MLFLOW_TRACKING_USERNAME).",
                "required": false
            },
            {
                "name": "mlflow-password",
                "description": "MLflow basic-auth password (MLFLOW_TRACKING_PASSWORD). Pass it from secrets.",
                "required": false
            },
            {
                "name": "github-token",
                "description": "Token used to fetch and push registry tags (registry: git), e.g. secrets.GITHUB_TOKEN with permissions: contents: write (not needed when actions/checkout persisted its credentials, its default), and to record the environment deployment.",
                "required": false
            },
            {
                "name": "remote",
                "description": "Git remote the registry tags are fetched from and pushed to; none works on local tags only.",
                "required": false,
                "default": "origin"
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (a min-metric failed or the promotion could not be made), warning (also when provenance could not be recorded), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory to write report.json and report.md into.",
                "required": false,
                "default": "mlship-reports/promote-model"
            }
        ]
    },
    "run-tests": {
        "description": "Runs the test command like a run: step, retries it when it fails, and reports from the JUnit XML files which tests needed a retry (flaky) and which still fail; a suite that passes only after a retry is a warning.",
        "inputs": [
            {
                "name": "command",
                "description": "The test command, a shell script run like a run: step (bash --noprofile --norc -eo pipefail -c), so &&, pipes and $VARS work. It comes from your workflow file and is trusted: never build it from pull-request text (titles, branch names, comments).",
                "required": true
            },
            {
                "name": "shell",
                "description": "bash (bash --noprofile --norc -eo pipefail -c) or sh (sh -e -c). Any other value is refused.",
                "required": false,
                "default": "bash"
            },
            {
                "name": "retries",
                "description": "How many times a failed command is run again: 0 runs it once, at most 10.",
                "required": false,
                "default": "0"
            },
            {
                "name": "retry-delay",
                "description": "Seconds to wait before each retry.",
                "required": false,
                "default": "5"
            },
            {
                "name": "junit",
                "description": "Path or glob of the JUnit XML files the command writes (one per line for several), e.g. reports/junit-*.xml. With it the report names flaky and failing tests; an attempt that runs to its end without writing a matching file is an error. Without it only attempt-level results exist.",
                "required": false
            },
            {
                "name": "timeout",
                "description": "Time limit per attempt (300, 90s, 15m, 1h30m): the attempt's process group gets SIGTERM, then SIGKILL 10 s later, and the attempt counts as failed.",
                "required": false
            },
            {
                "name": "working-directory",
                "description": "Directory the command runs in; relative junit paths are resolved from it.",
                "required": false,
                "default": "."
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (tests still fail after the last attempt), warning (also when the suite passed only after a retry, i.e. it is flaky), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory for report.json, report.md and the JUnit files of every attempt (attempt-1/, attempt-2/, \u2026).",
                "required": false,
                "default": "mlship-reports/run-tests"
            }
        ]
    },
    "shadow-check": {
        "description": "Shadow deployment analysis: mirrors live requests to a candidate model whose answers are dropped, judges the shadow on its errors and latency and on how often it agrees with the live model (predictions logs joined on request id, score shift by PSI and KS, disagreements per segment), then removes the mirror. The live model answers every request throughout.",
        "inputs": [
            {
                "name": "source",
                "description": "Where the shadow's metrics come from: scrape (read its /metrics page directly, no Prometheus needed) or prometheus (HTTP API at prometheus-url).",
                "required": false,
                "default": "scrape"
            },
            {
                "name": "prometheus-url",
                "description": "Prometheus server root, e.g. http://prometheus.monitoring:9090 (source: prometheus).",
                "required": false
            },
            {
                "name": "prometheus-token",
                "description": "Bearer token for Prometheus (masked in logs).",
                "required": false
            },
            {
                "name": "prometheus-username",
                "description": "Basic-auth user for Prometheus.",
                "required": false
            },
            {
                "name": "prometheus-password",
                "description": "Basic-auth password for Prometheus (masked in logs).",
                "required": false
            },
            {
                "name": "prometheus-ca",
                "description": "PEM file with the CA that signed the Prometheus server certificate.",
                "required": false
            },
            {
                "name": "prometheus-timeout",
                "description": "Seconds per Prometheus request (30, 30s, 1m); failed requests are retried with backoff.",
                "required": false,
                "default": "30"
            },
            {
                "name": "namespace",
                "description": "Kubernetes namespace: the {{namespace}} of PromQL templates, and where the VirtualService lives (mirror: istio).",
                "required": false
            },
            {
                "name": "service",
                "description": "Service name, the {{service}} of PromQL templates.",
                "required": false
            },
            {
                "name": "track-label",
                "description": "Label that tells the shadow's series apart (the {{track}} label of the built-in queries).",
                "required": false,
                "default": "track"
            },
            {
                "name": "queries",
                "description": "PromQL templates as a YAML/JSON map (inline or a file): metric name \u2192 query with {{track}}, {{namespace}}, {{service}}, {{interval}}; overrides error-rate / pNN-latency or adds metrics (source: prometheus).",
                "required": false
            },
            {
                "name": "scrape-interval",
                "description": "Seconds between scrapes: of the shadow's /metrics page (source: scrape), or Prometheus' own scrape interval (source: prometheus); duration must span at least two.",
                "required": false,
                "default": "15"
            },
            {
                "name": "shadow-track",
                "description": "Value of track-label on the shadow series (source: prometheus).",
                "required": false,
                "default": "shadow"
            },
            {
                "name": "shadow-metrics-url",
                "description": "The shadow service's /metrics page (source: scrape).",
                "required": false
            },
            {
                "name": "metrics",
                "description": "Thresholds on the shadow over the mirrored period, one per line or comma, e.g. \"error-rate < 0.01\" and \"p95-latency < 0.5\" (seconds). Built-ins: error-rate, request-rate, p50/p90/p95/p99-latency; more via queries.",
                "required": false,
                "default": "error-rate < 0.01, p95-latency < 0.5"
            },
            {
                "name": "duration",
                "description": "How long live requests are mirrored to the shadow (300, 300s, 5m).",
                "required": false,
                "default": "300"
            },
            {
                "name": "mirror-percentage",
                "description": "Share of live requests copied to the shadow, 0 to 100 (fractions allowed).",
                "required": false,
                "default": "100"
            },
            {
                "name": "min-requests",
                "description": "Requests the shadow must serve in the mirrored period for its metrics to be judged; fewer (or no data) is inconclusive, never a pass.",
                "required": false,
                "default": "20"
            },
            {
                "name": "mirror",
                "description": "How the mirror is set and removed: none (the traffic is already mirrored), command (mirror-command) or istio (VirtualService mirror and mirrorPercentage).",
                "required": false,
                "default": "none"
            },
            {
                "name": "mirror-command",
                "description": "mirror: command: program and arguments, e.g. ./scripts/set-mirror.sh {{percent}} or a YAML list; run with the percentage to mirror, then with 0 to remove the mirror. Run without a shell.",
                "required": false
            },
            {
                "name": "virtual-service",
                "description": "mirror: istio: the VirtualService whose http routes send to the live subset (in namespace).",
                "required": false
            },
            {
                "name": "live-subset",
                "description": "mirror: istio: DestinationRule subset of the live model; every http route sending to it is mirrored.",
                "required": false,
                "default": "stable"
            },
            {
                "name": "shadow-subset",
                "description": "mirror: istio: DestinationRule subset of the shadow.",
                "required": false,
                "default": "shadow"
            },
            {
                "name": "mirror-host",
                "description": "mirror: istio: host of the shadow's destination; the live destination's host when empty.",
                "required": false
            },
            {
                "name": "live-predictions",
                "description": "The live model's predictions log: a JSONL, parquet or CSV file, a directory or a glob on a local path; s3://bucket/key or s3://bucket/prefix/ (AWS credentials from the environment; AWS_ENDPOINT_URL_S3 for MinIO, R2 or GCS); or an https:// URL such as a presigned URL.",
                "required": true
            },
            {
                "name": "shadow-predictions",
                "description": "The shadow's predictions log, in the same shape as the live one and in any of the same locations.",
                "required": true
            },
            {
                "name": "id-column",
                "description": "Column of both logs holding the request id the two are joined on.",
                "required": false,
                "default": "request_id"
            },
            {
                "name": "prediction-column",
                "description": "Column holding the prediction (a class, label or value); the same text on both sides is agreement.",
                "required": false,
                "default": "prediction"
            },
            {
                "name": "score-column",
                "description": "Column holding the model's numeric score, compared by PSI and KS; both logs must have it when a threshold is on the score (score_psi, score_ks, score_ks_pvalue), otherwise it is used when they do.",
                "required": false,
                "default": "score"
            },
            {
                "name": "segment-column",
                "description": "Column whose values break the disagreements down (e.g. country or plan); taken from the live log, else the shadow log.",
                "required": false
            },
            {
                "name": "thresholds",
                "description": "Limits on the comparison with the live model, one per line or comma: agreement, disagreement (shares of matched requests), score_psi, score_ks, score_ks_pvalue, e.g. \"agreement >= 0.97, score_psi < 0.1, score_ks_pvalue > 0.01\".",
                "required": false,
                "default": "agreement >= 0.97, score_psi < 0.1"
            },
            {
                "name": "min-matched",
                "description": "Requests that must be in both logs for the agreement to be judged; fewer (or a missing or empty log) is inconclusive, never a pass.",
                "required": false,
                "default": "100"
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (verdict reject or inconclusive), warning (also when log rows were left out of the join), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory to write report.json and report.md into.",
                "required": false,
                "default": "mlship-reports/shadow-check"
            }
        ]
    },
    "training-diagnostics": {
        "description": "Runs the training command (or reads its log after a failed step), classifies why it failed (CUDA OOM, OOM kill, NCCL, DVC, timeout, disk full, missing module, NaN loss, image pull) with the remedy, and writes training_diagnostics.json, a job summary with GPU charts, an artifact and a sticky PR comment.",
        "inputs": [
            {
                "name": "mode",
                "description": "run: execute `command` and watch it. collect: after a failed step of your own (`if: failure()`), read `log-file` and the environment. cleanup: in an `if: always()` step at the end of a GPU job, list the GPU processes and end those this job left behind (never fails the job).",
                "required": false,
                "default": "run"
            },
            {
                "name": "command",
                "description": "mode run: the training command, split into words like a shell would (quotes, backslashes) but run without a shell: no pipes, &&, redirections or $VARS. For shell features run a script on purpose: `bash train.sh`.",
                "required": false
            },
            {
                "name": "working-directory",
                "description": "Directory the command runs in and relative paths are resolved from.",
                "required": false,
                "default": "."
            },
            {
                "name": "timeout",
                "description": "mode run: kill the command's process group after this long (5400, 90m, 2h, 1h30m): SIGTERM, then SIGKILL after kill-grace seconds; the cause is timeout.",
                "required": false
            },
            {
                "name": "kill-grace",
                "description": "Seconds between SIGTERM and SIGKILL on timeout or an early stop (and for the processes mode cleanup ends), for the trainer to save a checkpoint.",
                "required": false,
                "default": "10"
            },
            {
                "name": "gpu-sample-interval",
                "description": "Seconds between nvidia-smi samples (utilisation, memory) while the command runs; only when nvidia-smi is on PATH.",
                "required": false,
                "default": "5"
            },
            {
                "name": "gpu-count",
                "description": "mode run: the number of GPUs the job needs (an integer >= 1). Before the command starts, nvidia-smi must list at least this many, else the step fails at once with cause gpu-unavailable and the command never runs (also when nvidia-smi is missing or fails). Empty: no check.",
                "required": false
            },
            {
                "name": "stop-on-nan",
                "description": "mode run: stop the command (SIGTERM to its process group, SIGKILL after kill-grace) as soon as an output line says the loss is NaN or inf, e.g. `loss: nan`, `{'loss': nan, ...}`, `train_loss=inf`; the cause is nan-loss. Other metrics (grad_norm: nan) do not count.",
                "required": false,
                "default": "false"
            },
            {
                "name": "stall-minutes",
                "description": "mode run: stop the command when the utilisation of every GPU stays at or below stall-utilization for this many minutes (fractions allowed), judged by the nvidia-smi sample times; the cause is gpu-stall. Missing or failed samples never count as a stall. Empty: off.",
                "required": false
            },
            {
                "name": "stall-utilization",
                "description": "Percent (0-100) of GPU utilisation at or below which a GPU counts as idle for stall-minutes.",
                "required": false,
                "default": "5"
            },
            {
                "name": "log-file",
                "description": "mode run: where the output is teed (default a new file in RUNNER_TEMP). mode collect: the failed step's log to read (only its last 256 KiB; binary junk tolerated).",
                "required": false
            },
            {
                "name": "exit-code",
                "description": "mode collect: the failed command's exit code, if you kept it (137 means the OOM killer).",
                "required": false
            },
            {
                "name": "data-path",
                "description": "Training data (parquet/CSV/JSONL file, directory or glob) for data_stats: rows, columns, null counts and pandas dtypes.",
                "required": false
            },
            {
                "name": "python",
                "description": "Interpreter probed for python_version, torch/CUDA versions and GPUs (absent or without torch: null fields, not a failure).",
                "required": false,
                "default": "python3"
            },
            {
                "name": "probe-timeout",
                "description": "Seconds each probe (python, nvidia-smi, also each GPU sample) may take before it is killed and left out.",
                "required": false,
                "default": "30"
            },
            {
                "name": "runner-labels",
                "description": "Comma-separated labels of the runner (steps are not told them), e.g. self-hosted,linux,gpu; falls back to a RUNNER_LABELS variable.",
                "required": false
            },
            {
                "name": "upload-artifact",
                "description": "Upload training_diagnostics.json and the redacted log tail as an artifact when training failed.",
                "required": false,
                "default": "true"
            },
            {
                "name": "artifact-name",
                "description": "Name of that artifact (make it unique per matrix job); also keys the sticky PR comment.",
                "required": false,
                "default": "training-diagnostics"
            },
            {
                "name": "comment",
                "description": "On pull_request events, post the failure (error, cause, remedy, data stats, traceback) as one sticky comment, and mark it resolved when a later run passes.",
                "required": false,
                "default": "true"
            },
            {
                "name": "github-token",
                "description": "Token for the PR comment; needs pull-requests: write.",
                "required": false,
                "default": "${{ github.token }}"
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (the command failed in mode run), warning (also in mode collect, where a diagnosed failure is a warning), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory for training_diagnostics.json, training-log-tail.txt, report.json, report.md and comment.md (the PR comment, also when none is posted).",
                "required": false,
                "default": "mlship-reports/training-diagnostics"
            }
        ]
    },
    "validate-data": {
        "description": "Data gate before training: schema, nulls, ranges, duplicates, class balance, freshness, drift and leakage checks on parquet/CSV/JSONL.",
        "inputs": [
            {
                "name": "data",
                "description": "Dataset to validate: a file, a directory (partitioned datasets included) or a glob of parquet / csv / jsonl files. With engine duckdb also an s3:// gs:// https:// URL or glob. Not used by engine postgres (give table or query).",
                "required": false
            },
            {
                "name": "config",
                "description": "Checks: path to a YAML/JSON checks file (native, the flat configs/data_validation.json keys such as min_rows and max_null_percent, or a Great Expectations suite), or inline YAML. Without it, the built-in defaults run (min 1000 rows, <= 5% nulls per column, <= 1% duplicates, every target class >= 1%).",
                "required": false
            },
            {
                "name": "parameters",
                "description": "Values for the {\"$PARAMETER\": ...} kwargs of a Great Expectations suite: path to a JSON/YAML file of name: value pairs, or inline JSON/YAML. Expressions such as now() - timedelta(days=7) need none. Refused with any other config shape.",
                "required": false
            },
            {
                "name": "reference",
                "description": "Reference dataset (e.g. last accepted training data) for drift checks.",
                "required": false
            },
            {
                "name": "test-data",
                "description": "Test/holdout dataset for the leakage check (rows shared with the training data).",
                "required": false
            },
            {
                "name": "engine",
                "description": "Where the checks run: local (the runner reads every row), duckdb (DuckDB in the step reads the files, larger than memory, local or in object storage), postgres (the database scans; needs connection and table or query), clickhouse (the server scans, a Distributed table on every shard; needs connection and table or query), or bigquery, snowflake, databricks, trino (the warehouse scans through its vendor's client, installed at first use; needs connection and table or query; checked here by their SQL, not against a live warehouse).",
                "required": false,
                "default": "local"
            },
            {
                "name": "connection",
                "description": "engine postgres: the connection string (postgres://user:password@host:port/database), from a secret; it is masked in the log. engine duckdb: a DuckDB database file holding table (opened read-only). engine clickhouse: clickhouse://user:password@host:8123/database (or the http:// or https:// URL of its HTTP interface). engine bigquery: bigquery://project[/dataset][?location=EU] (credentials from GOOGLE_APPLICATION_CREDENTIALS); snowflake: snowflake://user:password@account/database/schema?warehouse=\u2026&role=\u2026; databricks: databricks://token:<token>@host/sql/1.0/warehouses/<id>; trino: trino://user[:password]@host:port/catalog/schema.",
                "required": false
            },
            {
                "name": "table",
                "description": "The table to validate on a SQL engine, e.g. public.training_rows (schema.table).",
                "required": false
            },
            {
                "name": "query",
                "description": "A SELECT whose rows are validated on a SQL engine (instead of table), run in a read-only transaction on postgres and with readonly=1 on clickhouse.",
                "required": false
            },
            {
                "name": "memory-limit",
                "description": "engine duckdb: DuckDB's memory_limit, e.g. 1GB; past it DuckDB spills to a temporary directory.",
                "required": false
            },
            {
                "name": "fail-on",
                "description": "When the step fails: error (a check with severity error failed), warning (any failed check), never.",
                "required": false,
                "default": "error"
            },
            {
                "name": "report-path",
                "description": "Directory to write report.json and report.md into.",
                "required": false,
                "default": "mlship-reports/validate-data"
            },
            {
                "name": "slack-webhook",
                "description": "Slack incoming-webhook URL; one message with the failed checks is sent when validation fails. Delivery problems never fail the step.",
                "required": false
            }
        ]
    }
};

;// CONCATENATED MODULE: ./packages/cli/src/help.ts
/** One command per action, the way people start with it; a test runs each through the flag parser. */
const examples = {
    'validate-data': 'mlship validate-data --data data/train/ --config checks.yml --reference data/reference.parquet',
    'eval-gate': 'mlship eval-gate --predictions out/candidate.csv --baseline-predictions out/production.csv --config eval_gate.yml',
    'promote-model': 'mlship promote-model --model-name churn --version v1.1.0 --to-stage prod --dry-run true',
    'pr-checklist': 'mlship pr-checklist --base main --head feature',
    'canary-check': 'mlship canary-check --canary-metrics-url http://localhost:8081/metrics --stable-metrics-url http://localhost:8080/metrics --traffic none',
    'blue-green': 'mlship blue-green --green-health-url http://localhost:8081/healthz --switch command --switch-command "./scripts/switch.sh {{active}}" --green-metrics-url http://localhost:8081/metrics --duration 5m',
    'ab-test': 'mlship ab-test --canary-metrics-url http://localhost:8081/metrics --stable-metrics-url http://localhost:8080/metrics --successes conversions_total --trials visits_total --min-detectable-effect 1pp --horizon 2h --traffic none',
    'shadow-check': 'mlship shadow-check --shadow-metrics-url http://localhost:8082/metrics --live-predictions logs/live.jsonl --shadow-predictions logs/shadow.jsonl --segment-column plan --duration 5m',
    'auto-rollback': 'mlship auto-rollback --stable-metrics-url http://localhost:8080/metrics --targets registry --model-name churn --stage prod --dry-run true',
    'training-diagnostics': 'mlship training-diagnostics --command "python train.py" --stop-on-nan true --upload-artifact false --comment false',
    'run-tests': 'mlship run-tests --command "pytest -q --junitxml=junit.xml" --junit junit.xml --retries 2',
    'env-config': 'mlship env-config --environment staging',
};
/** The first sentence of an action.yml description: up to a stop that is followed by a capital or the end ("e.g. x" is no stop). */
function firstSentence(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const end = /[.!?](?= [A-Z]|$)/.exec(flat);
    return end ? flat.slice(0, end.index + 1) : flat;
}
const WIDTH = 100;
/** Words wrapped at WIDTH columns, each line indented by `indent`. */
function wrap(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
        if (line && indent.length + line.length + 1 + word.length > WIDTH) {
            lines.push(indent + line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(indent + line);
    return lines.join('\n');
}
function usage(docs) {
    const width = Math.max(...Object.keys(docs).map((n) => n.length));
    return [
        'usage: mlship <action> [--<input> <value> \u2026] [--summary FILE]',
        '       mlship <action> --help       every input of the action: description, default, required',
        "       mlship schema <action>       the JSON Schema of the action's config file",
        '       mlship --version',
        '',
        'actions:',
        ...Object.entries(docs).map(([name, d]) => `  ${name.padEnd(width)}  ${firstSentence(d.description)}`),
        '',
        'Each --<input> is the action input of the same name (`with:` in a workflow).',
        '',
    ].join('\n');
}
function actionHelp(name, docs) {
    const required = docs.inputs.filter((i) => i.required).map((i) => ` --${i.name} <value>`).join('');
    const inputs = docs.inputs.map((i) => {
        const note = i.required ? ' (required)' : i.default !== undefined && i.default !== '' ? ` (default: ${i.default})` : '';
        return `  --${i.name}${note}\n${wrap(i.description, '      ')}`;
    });
    return [
        `mlship ${name}: ${firstSentence(docs.description)}`,
        '',
        `usage: mlship ${name}${required} [--<input> <value> \u2026] [--summary FILE]`,
        '',
        'inputs:',
        ...inputs,
        '  --summary FILE',
        '      Also write the job summary (markdown) to FILE.',
        '',
        'example:',
        `  ${examples[name]}`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/cli/src/run.ts





/** The actions in the order of the ML loop (the CLI's own table), each with its action.yml words. */
const docsInLoopOrder = () => Object.fromEntries(Object.keys(actions).map((name) => [name, actionDocs[name]]));
/** `mlship <action> --flag \u2026`: the action's own definition run through the CLI IO \u2014 the runner's code path. */
async function runCli(argv, streams) {
    const [command, ...rest] = argv;
    // `mlship` alone is a mistake that still deserves the usage: printed, exit 1 (packages/cli/README.md).
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        streams.out(usage(docsInLoopOrder()));
        return command ? 0 : 1;
    }
    if (command === '--version') {
        streams.out(`${cliVersion}\n`);
        return 0;
    }
    try {
        if (command === 'schema') {
            const make = configSchemas[rest[0] ?? ''];
            if (!make)
                throw new src/* UserError */.yo(`no config schema for "${rest[0] ?? ''}"`, { hint: `Known: ${Object.keys(configSchemas).join(', ')}.` });
            streams.out(JSON.stringify(await make(), null, 2) + '\n');
            return 0;
        }
        const load = actions[command];
        if (!load)
            throw new src/* UserError */.yo(`unknown action "${command}".${(0,src/* suggestion */.h)(command, Object.keys(actions))}`, { hint: 'Run `mlship --help` for the list.' });
        if (command === 'validate-data')
            await warmForData(rest);
        return await runOne(await load(), rest, streams);
    }
    catch (e) {
        streams.err(`error: ${(0,src/* describeError */.Uc)(e)}\n`);
        return 1;
    }
}
/** The data's threads start loading before the action does; runOne still parses every flag strictly. */
async function warmForData(args) {
    const { values } = (0,external_node_util_.parseArgs)({ args, options: { data: { type: 'string' }, engine: { type: 'string' } }, strict: false, allowPositionals: true });
    const text = (v) => (typeof v === 'string' ? v : undefined);
    (await Promise.all(/* import() */[__webpack_require__.e(1081), __webpack_require__.e(8088), __webpack_require__.e(8147), __webpack_require__.e(817)]).then(__webpack_require__.bind(__webpack_require__, 8147))).warmWorkersForInput(text(values.data), text(values.engine));
}
async function runOne(def, args, streams) {
    const names = Object.keys(def.inputs.shape);
    const options = Object.fromEntries([...names, 'summary'].map((n) => [n, { type: 'string' }]));
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({ args, options: { ...options, help: { type: 'boolean' } }, strict: true, allowPositionals: false }));
    }
    catch (e) {
        const flag = /'(--?[\w-]+)/.exec(e.message)?.[1]?.replace(/^-+/, '') ?? '';
        throw new src/* UserError */.yo(`${e.message.split('\n')[0]}.${(0,src/* suggestion */.h)(flag, names)}`, { hint: `Inputs of ${def.name}: ${names.map((n) => `--${n}`).join(' ')}.` });
    }
    if (values.help) {
        streams.out(actionHelp(def.name, actionDocs[def.name]));
        return 0;
    }
    const { summary, ...inputs } = values;
    const io = (0,src/* cliIO */.Tp)({ inputs, summaryFile: summary, write: streams.out, writeError: streams.err });
    const outcome = await (0,src/* runAction */.Cs)(def, io);
    if (outcome.report)
        streams.out('\n' + (0,src/* renderText */.S5)(outcome.report));
    const outputs = Object.entries(io.outputs);
    if (outputs.length)
        streams.out(`\noutputs:\n${outputs.map(([k, v]) => `  ${k}=${v}`).join('\n')}\n`);
    return outcome.exitCode;
}


/***/ }),

/***/ 55171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defineAction: () => (/* binding */ defineAction),
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _fs_atomic__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48162);
/* harmony import */ var _inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97276);
/* harmony import */ var _report__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22019);
/* harmony import */ var _summary__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22958);






const defineAction = (def) => def;
/**
 * The whole life of a step, identical on a runner and in the CLI: parse inputs,
 * run, write report files, set outputs, summary and annotations, then decide
 * the exit status with `fail-on`. A user mistake becomes one failed line.
 */
async function runAction(def, io) {
    try {
        for (const name of def.secrets ?? []) {
            const v = io.getInput(name);
            if (v)
                io.setSecret(v);
        }
        const inputs = (0,_inputs__WEBPACK_IMPORTED_MODULE_3__/* .parseInputs */ .TL)(def.inputs, io.getInput);
        const { report, outputs = {} } = await def.run(inputs, io);
        const reportDir = typeof inputs['report-path'] === 'string' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(inputs['report-path']) : undefined;
        if (reportDir) {
            await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.md'), (0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
            await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
        }
        const failed = (0,_report__WEBPACK_IMPORTED_MODULE_4__/* .failedChecks */ .HH)(report);
        io.setOutput('passed', String(failed.length === 0 && report.status !== 'error'));
        io.setOutput('status', report.status);
        io.setOutput('failed-checks', JSON.stringify(failed.map((c) => c.id)));
        if (reportDir)
            io.setOutput('report-path', reportDir);
        for (const [k, v] of Object.entries(outputs))
            io.setOutput(k, v);
        for (const c of report.checks) {
            if (c.status !== 'fail' && c.status !== 'error')
                continue;
            const msg = `${c.title}: ${c.detail ?? `observed ${c.observed}, expected ${c.expected}`}`;
            io.annotate(c.severity === 'warning' ? 'warning' : 'error', msg, { file: c.location?.file, line: c.location?.line, title: `${def.name}: ${c.id}` });
        }
        await io.appendSummary((0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
        const failOn = (inputs['fail-on'] ?? 'error');
        if ((0,_report__WEBPACK_IMPORTED_MODULE_4__/* .shouldFail */ .W9)(report.status, failOn)) {
            io.setFailed(`${report.title}: ${report.status.toUpperCase()} \u2014 ${failed.map((c) => c.id).join(', ') || 'warnings present'}`);
            return { exitCode: 1, report };
        }
        return { exitCode: 0, report };
    }
    catch (e) {
        if (!(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e) && e instanceof Error && e.stack)
            io.debug(e.stack);
        const line = (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e) ? (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(e) : `mlship ${def.name} failed unexpectedly: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(e)} (run with ACTIONS_STEP_DEBUG=true for the stack)`;
        const report = await recordError(def, io, line, (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e));
        io.setFailed(line);
        return { exitCode: 1, report };
    }
}
/**
 * A step that stopped early still leaves what later `if: failure()` steps read:
 * passed=false, status=error, and the report files naming the error.
 */
async function recordError(def, io, line, userError) {
    const report = (0,_report__WEBPACK_IMPORTED_MODULE_4__/* .createReport */ .LU)({
        action: def.name,
        title: `mlship ${def.name}`,
        summary: userError ? 'The step stopped before it could check anything.' : 'The step failed unexpectedly.',
        checks: [{ id: 'error', title: userError ? 'Inputs and setup' : 'Internal error', status: 'error', detail: line }],
    });
    io.setOutput('passed', 'false');
    io.setOutput('status', 'error');
    io.setOutput('failed-checks', JSON.stringify(['error']));
    try {
        await io.appendSummary((0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
    }
    catch (summaryError) {
        io.debug(`job summary not written: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(summaryError)}`);
    }
    const reportDir = reportPathOf(def, io);
    if (!reportDir)
        return report;
    try {
        await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.md'), (0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
        await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
        io.setOutput('report-path', reportDir);
    }
    catch (writeError) {
        // The report path itself may be the mistake (a file, no permission): the error line is what matters.
        io.debug(`report not written to ${reportDir}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(writeError)}`);
    }
    return report;
}
/** The report directory the step asked for, or its default, without trusting the other inputs. */
function reportPathOf(def, io) {
    const field = def.inputs.shape['report-path'];
    if (!field)
        return undefined;
    const given = io.getInput('report-path');
    const parsed = field.safeParse(given === undefined || given === '' ? undefined : given);
    return parsed.success && typeof parsed.data === 'string' && parsed.data ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(parsed.data) : undefined;
}


/***/ }),

/***/ 15259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ groupDigits)
/* harmony export */ });
/**
 * A whole number with its thousands grouped, `1,234,567`, as
 * `toLocaleString('en-US')` writes it: that call loads ICU's number formats,
 * ~25 ms of a run's start. Other numbers go to it.
 */
function groupDigits(n) {
    if (!Number.isSafeInteger(n))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let i = out.length; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${out}` : out;
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export sentences */
/**
 * A mistake the user can fix: a missing file, a bad config key, an unreachable
 * server. It ends the step with one line \u2014 what, where, how to fix \u2014 and no stack.
 * Anything else that escapes an action is a bug in mlship and keeps its stack.
 */
class UserError extends Error {
    details;
    name = 'UserError';
    constructor(message, details = {}) {
        super(message);
        this.details = details;
    }
    /** `where: message. hint` \u2014 the one line the user sees. */
    get line() {
        const where = this.details.where ? `${this.details.where}: ` : '';
        return `${where}${sentences(this.message, this.details.hint)}`.replace(/\s*\n\s*/g, ' ');
    }
}
/**
 * A message and the hint after it, read as two sentences: "no such file or
 * directory. Check the path\u2026", not "no such file or directory Check the path\u2026".
 * A message that already ends a sentence (or introduces the hint with a colon)
 * is left as written.
 */
function sentences(message, hint) {
    if (!hint)
        return message;
    const first = message.trimEnd();
    return /[.!?:]$/.test(first) ? `${first} ${hint}` : `${first}. ${hint}`;
}
const isUserError = (e) => e instanceof UserError;
function describeError(e) {
    if (isUserError(e))
        return e.line;
    if (e instanceof Error)
        return e.message;
    return String(e);
}


/***/ }),

/***/ 48162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Writes via a temp file and rename, so a reader never sees half a report. */
async function writeFileAtomic(file, content) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(tmp, content);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rename(tmp, file);
}


/***/ }),

/***/ 31873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J_: () => (/* reexport */ RetryError),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  tE: () => (/* reexport */ inputs/* booleanInput */.tE),
  Tp: () => (/* reexport */ cliIO),
  DV: () => (/* reexport */ markdown/* codeBlock */.DV),
  UD: () => (/* reexport */ compare),
  Mk: () => (/* reexport */ configJsonSchema),
  LU: () => (/* reexport */ report/* createReport */.LU),
  QP: () => (/* reexport */ action.defineAction),
  Uc: () => (/* reexport */ errors/* describeError */.Uc),
  FV: () => (/* reexport */ markdown/* escapeMarkdown */.FV),
  cR: () => (/* reexport */ inputs/* failOnInput */.cR),
  HH: () => (/* reexport */ report/* failedChecks */.HH),
  ZV: () => (/* reexport */ markdown/* formatNumber */.ZV),
  jV: () => (/* reexport */ formatPath),
  B6: () => (/* reexport */ formatThreshold),
  Zu: () => (/* reexport */ forwardCancellation),
  K9: () => (/* reexport */ digits/* groupDigits */.K),
  FK: () => (/* reexport */ isInside),
  iU: () => (/* reexport */ errors/* isUserError */.iU),
  Oj: () => (/* reexport */ killGroupAfter),
  D7: () => (/* reexport */ loadYamlParser),
  Lc: () => (/* reexport */ margin),
  QR: () => (/* reexport */ inputs/* numberInput */.QR),
  Tm: () => (/* reexport */ parseConfigDocument),
  E9: () => (/* reexport */ parseDuration),
  B7: () => (/* reexport */ parseThreshold),
  b2: () => (/* reexport */ parseThresholdList),
  AA: () => (/* reexport */ readConfigDocument),
  ND: () => (/* reexport */ refuseLinkOutOfWorkspace),
  wQ: () => (/* reexport */ summary/* renderComment */.wQ),
  Br: () => (/* reexport */ summary/* renderSummary */.Br),
  S5: () => (/* reexport */ summary/* renderText */.S5),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ action.runAction),
  i8: () => (/* reexport */ signalGroup),
  yy: () => (/* reexport */ sleep),
  h: () => (/* reexport */ suggestion),
  TK: () => (/* reexport */ terminateGroup),
  $r: () => (/* reexport */ validateConfig),
  Zf: () => (/* reexport */ fs_atomic/* writeFileAtomic */.Z),
  $z: () => (/* reexport */ yamlParser)
});

// UNUSED EXPORTS: backoffDelay, describeInputs, details, didYouMean, effectiveStatus, formatScalar, markdownTable, mermaidChart, overallStatus, parseInputs, runnerIO, sentences, shouldFail, statusBadge

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/report.ts
var report = __webpack_require__(22019);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
// EXTERNAL MODULE: ./packages/core/src/digits.ts
var digits = __webpack_require__(15259);
// EXTERNAL MODULE: ./packages/core/src/summary.ts + 1 modules
var summary = __webpack_require__(22958);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(55171);
// EXTERNAL MODULE: ./packages/core/src/runner-io.ts
var runner_io = __webpack_require__(51448);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/core/src/cli-io.ts


/**
 * ActionIO for a terminal: inputs come from flags, outputs and annotations are
 * printed, secrets are masked in everything printed. Same contract as the runner.
 */
function cliIO(options) {
    const secrets = [];
    const mask = (s) => secrets.reduce((acc, sec) => acc.split(sec).join('***'), s);
    const out = (t) => (options.write ?? ((x) => process.stdout.write(x)))(mask(t));
    const err = (t) => (options.writeError ?? ((x) => process.stderr.write(x)))(mask(t));
    const state = {
        outputs: {},
        failure: undefined,
        getInput: (name) => options.inputs[name] || undefined,
        setOutput: (name, value) => {
            state.outputs[name] = value;
        },
        setSecret: (value) => {
            if (value)
                secrets.push(value);
        },
        /** A terminal cannot change its parent shell's environment: print a line to `eval` or copy (secrets as ***). */
        exported: {},
        exportVariable: (name, value) => {
            state.exported[name] = value;
            out(`export ${name}='${value.replace(/'/g, `'\\''`)}'\n`);
        },
        appendSummary: async (md) => {
            if (options.summaryFile)
                external_node_fs_default().appendFileSync(options.summaryFile, md);
        },
        annotate: (severity, message, location) => {
            const where = location?.file ? ` (${location.file}${location.line ? `:${location.line}` : ''})` : '';
            err(`${severity}: ${message}${where}\n`);
        },
        info: (m) => out(`${m}\n`),
        warning: (m) => err(`warning: ${m}\n`),
        debug: (m) => {
            if (process.env.MLSHIP_DEBUG)
                err(`debug: ${m}\n`);
        },
        setFailed: (m) => {
            state.failure = m;
            err(`error: ${m}\n`);
        },
        tempDir: () => external_node_os_default().tmpdir(),
        env: (name) => process.env[name],
        /** A terminal has no post step; state lives as long as this process. */
        savedState: {},
        saveState: (name, value) => {
            state.savedState[name] = value;
        },
        getState: (name) => state.savedState[name],
    };
    return state;
}

// EXTERNAL MODULE: ./packages/core/src/fs-atomic.ts
var fs_atomic = __webpack_require__(48162);
;// CONCATENATED MODULE: ./packages/core/src/retry.ts
/**
 * Retry with capped exponential backoff and jitter.
 *
 * Deliberately small: the caller decides what is retryable (`shouldRetry`) and
 * may override the wait for one attempt (`shouldRetry` returning a number of
 * milliseconds, e.g. from a Retry-After header). Total time is bounded by
 * `maxElapsedMs` so a flapping dependency cannot hold a CI job hostage.
 */
/** Structural, not instanceof: errors thrown by Node internals can come from another realm (vm contexts, test runners). */
const messageOf = (e) => typeof e === 'object' && e !== null && typeof e.message === 'string' ? e.message : String(e);
class RetryError extends Error {
    lastError;
    attempts;
    name = 'RetryError';
    constructor(lastError, attempts) {
        super(`gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${messageOf(lastError)}`, { cause: lastError });
        this.lastError = lastError;
        this.attempts = attempts;
    }
}
/** setTimeout as a promise that an AbortSignal rejects early (with the signal's reason). */
const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason);
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});
/**
 * The wait before retry number `retry` (1-based): uniform over [c/2, c] with
 * c = min(max, base\u00b72^(retry\u22121)) \u2014 jittered so parallel jobs do not retry in
 * lockstep, but never shorter than half the backoff.
 */
function backoffDelay(retry, opts = {}) {
    const base = opts.baseDelayMs ?? 200;
    const max = opts.maxDelayMs ?? 10_000;
    const ceiling = Math.min(max, base * 2 ** (retry - 1));
    const r = (opts.random ?? Math.random)();
    return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(1, Math.max(0, r)));
}
/**
 * Run `fn` until it resolves, retrying failures as `options` allow. Resolves
 * with fn's value; rejects with the last error itself when shouldRetry says no,
 * or with a RetryError (cause = last error) when attempts or time run out.
 */
async function retry(fn, options = {}) {
    const attempts = Math.max(1, Math.floor(options.attempts ?? 3));
    const maxDelay = options.maxDelayMs ?? 10_000;
    const maxElapsed = options.maxElapsedMs ?? Infinity;
    const wait = options.sleep ?? ((ms) => sleep(ms, options.signal));
    const started = Date.now();
    // Counted as well as measured, so an injected sleep still spends the time budget.
    let waited = 0;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            const ctx = { attempt, elapsedMs: Math.max(Date.now() - started, waited) };
            const verdict = options.shouldRetry ? options.shouldRetry(error, ctx) : true;
            if (verdict === false)
                throw error;
            if (attempt >= attempts)
                throw new RetryError(error, attempt);
            const requested = typeof verdict === 'number' && Number.isFinite(verdict) && verdict >= 0 ? verdict : undefined;
            const delayMs = Math.min(maxDelay, requested ?? backoffDelay(attempt, options));
            if (ctx.elapsedMs + delayMs >= maxElapsed)
                throw new RetryError(error, attempt);
            options.onRetry?.(error, { ...ctx, delayMs });
            if (options.signal?.aborted)
                throw new RetryError(error, attempt);
            await wait(delayMs);
            waited += delayMs;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/threshold.ts

const pattern = /^\s*([A-Za-z_][\w.\-/]*(?:\[[^\]]*\])?[\w.\-/]*)\s*(>=|<=|==|!=|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(%?)\s*$/;
/** Parses `metric OP number` (a trailing `%` divides by 100); `where` names the input or config key in errors. */
function parseThreshold(text, where) {
    const m = pattern.exec(text);
    if (!m) {
        throw new errors/* UserError */.yo(`"${text}" is not a threshold.`, {
            where,
            hint: 'Write it as <metric> <op> <number>, e.g. "accuracy >= 0.85"; op is one of >=, >, <=, <, ==, !=.',
        });
    }
    const value = Number(m[3]) / (m[4] ? 100 : 1);
    return { metric: m[1], op: m[2], value, source: text.trim() };
}
/** Comma- or newline-separated thresholds, as a single action input carries them. */
function parseThresholdList(text, where) {
    return text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'))
        .map((s) => parseThreshold(s, where));
}
/** NaN never passes: a metric that could not be computed must not satisfy a gate. */
function compare(observed, op, value) {
    if (Number.isNaN(observed))
        return false;
    switch (op) {
        case '>=':
            return observed >= value;
        case '>':
            return observed > value;
        case '<=':
            return observed <= value;
        case '<':
            return observed < value;
        case '==':
            return observed === value;
        case '!=':
            return observed !== value;
    }
}
/** Signed distance to the threshold in the direction that would pass: negative means "short by". */
function margin(observed, op, value) {
    return op === '<' || op === '<=' ? value - observed : observed - value;
}
const formatThreshold = (t) => `${t.op} ${t.value}`;

;// CONCATENATED MODULE: ./packages/core/src/suggest.ts
/** The closest candidate by edit distance, when it is close enough to be a typo. */
function didYouMean(word, candidates) {
    let best;
    let bestDist = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDist)
            [best, bestDist] = [c, d];
    }
    return best !== undefined && bestDist <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
const suggestion = (word, candidates) => {
    const m = didYouMean(word, candidates);
    return m ? ` Did you mean "${m}"?` : '';
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
;// CONCATENATED MODULE: ./packages/core/src/workspace-path.ts



/** Whether `p` is `dir` or lies below it (both absolute). */
const isInside = (dir, p) => {
    const r = external_node_path_default().relative(dir, p);
    return r === '' || (r !== '..' && !r.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(r));
};
/**
 * A file or directory the user named inside the workspace is controlled by
 * whoever controls the checkout \u2014 a pull request, for one \u2014 so a link there
 * must not lead the step to a file elsewhere on the runner (a token, a key).
 * When GITHUB_WORKSPACE is set (a runner) and `named` lies in it, its real path
 * must too; the link that leaves is named. A path named outside the workspace
 * (`/mnt/datasets/train`) is the workflow author's own choice, and without a
 * workspace (the CLI on a laptop) there is nothing to confine to.
 */
function refuseLinkOutOfWorkspace(named, where, show = (p) => p) {
    const workspace = process.env.GITHUB_WORKSPACE;
    if (!workspace)
        return;
    const ws = external_node_path_default().resolve(workspace);
    let wsReal = ws;
    try {
        wsReal = external_node_fs_default().realpathSync(ws);
    }
    catch {
        // A workspace that does not exist holds nothing to compare with; the lexical path stands in.
    }
    const from = isInside(ws, named) ? ws : isInside(wsReal, named) ? wsReal : undefined;
    if (from === undefined || isInside(wsReal, external_node_fs_default().realpathSync(named)))
        return;
    // The first component whose real path leaves the workspace is a link: its parent's real path is inside.
    const segments = external_node_path_default().relative(from, named).split((external_node_path_default()).sep);
    for (let i = 1; i <= segments.length; i++) {
        const prefix = external_node_path_default().join(from, ...segments.slice(0, i));
        if (isInside(wsReal, external_node_fs_default().realpathSync(prefix)))
            continue;
        throw new errors/* UserError */.yo(`${show(prefix)} is a link to ${external_node_fs_default().readlinkSync(prefix)}, outside the workspace ${ws}`, {
            where,
            hint: 'Replace the link with the file itself, or name the real location directly; links that leave the workspace are refused so that a pull request cannot make the step read other files on the runner.',
        });
    }
}

// EXTERNAL MODULE: ./packages/core/src/on-demand.ts
var on_demand = __webpack_require__(5582);
;// CONCATENATED MODULE: ./packages/core/src/yaml-parser.ts

const yaml = (0,on_demand/* onDemand */.h)(() => __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19)), 'YAML was parsed before loadYamlParser() was awaited');
/**
 * Loads the YAML library that config files, query maps and argument lists are
 * read with. It is 290 kB of a bundle and 10-15 ms of every cold start on the
 * bench VM (bench/validate-data/RESULTS.md), which a run given no YAML need not
 * pay, so it is a chunk of its own, loaded by whoever is about to read some: a
 * config loader, or an action's run before it parses its inputs.
 */
const loadYamlParser = yaml.load;
/** The YAML library, once loaded. */
const yamlParser = yaml.get;

;// CONCATENATED MODULE: ./packages/core/src/config-file.ts







/** `value` is a path to YAML/JSON, or inline YAML when no such file exists and it looks like YAML. */
function readConfigDocument(value, cwd, what) {
    const file = external_node_path_default().resolve(cwd, value);
    if (external_node_fs_default().existsSync(file) && external_node_fs_default().statSync(file).isFile()) {
        refuseLinkOutOfWorkspace(file, `${what} ${value}`, (p) => external_node_path_default().relative(cwd, p) || p);
        return parseConfigDocument(external_node_fs_default().readFileSync(file, 'utf8'), external_node_path_default().relative(cwd, file) || value);
    }
    if (/[\n:{]/.test(value))
        return parseConfigDocument(value, 'inline config');
    throw new errors/* UserError */.yo(`${what} file "${value}" not found`, { hint: 'Pass a path to a YAML/JSON file (relative to the workspace), or inline YAML.' });
}
/** `text` parsed as YAML (JSON is YAML); needs loadYamlParser() first. */
function parseConfigDocument(text, source) {
    const { LineCounter, parseDocument } = yamlParser();
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line;
        // prettyErrors appends " at line N, column M:" and a code excerpt; the location is already in `where`.
        const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:$/, '');
        throw new errors/* UserError */.yo(`invalid YAML: ${message} (column ${e.linePos?.[0]?.col ?? '?'})`, { where: line ? `${source}:${line}` : source, hint: 'Fix the syntax (indentation, quotes, colons).' });
    }
    return { source, value: doc.toJS(), at: (p) => locate(doc, lines, source, p) };
}
/** zod-validates `value`; the first issue becomes one line naming the key path and its line. */
function validateConfig(schema, value, where, hooks) {
    const r = schema.safeParse(value);
    if (r.success)
        return r.data;
    const first = r.error.issues[0];
    const custom = hooks.explain?.(first, value);
    const issue = custom === undefined ? innermost(first) : first;
    // Point at the offending key itself, not the mapping that holds it.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    throw new errors/* UserError */.yo(custom ?? explainIssue(issue, value, hooks), { where: where(at) });
}
/** A union no branch accepted: the branch that got past the value's own type explains it best; else "expected A or B". */
function innermost(issue) {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0)
        return issue;
    const deeper = issue.errors.find((errs) => errs[0] && !(errs[0].code === 'invalid_type' && errs[0].path.length === 0));
    if (deeper)
        return innermost({ ...deeper[0], path: [...issue.path, ...deeper[0].path] });
    const expected = issue.errors.map((errs) => (errs[0]?.code === 'invalid_type' ? errs[0].expected : undefined));
    return expected.every(Boolean) ? { ...issue, code: 'invalid_type', expected: expected.join(' or ') } : issue;
}
const valueAt = (root, p) => p.reduce((o, k) => o?.[k], root);
function explainIssue(issue, root, hooks) {
    const p = formatPath(issue.path);
    const prefix = p ? `${p}: ` : '';
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        return `${prefix}unknown key "${key}".${suggestion(key, hooks.knownKeys(valueAt(root, issue.path), issue.path))}`;
    }
    if (issue.code === 'invalid_type') {
        const got = valueAt(root, issue.path);
        if (got === undefined)
            return `${prefix}is required (expected ${issue.expected})`;
        return `${prefix}expected ${issue.expected}, got ${JSON.stringify(got)}`;
    }
    return `${prefix}${issue.message}`;
}
function formatPath(p) {
    return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}
function locate(doc, lines, source, p) {
    const { isMap, isScalar } = yamlParser();
    for (let n = p.length; n > 0; n--) {
        // A mapping key's own line, not the line where its (block) value starts.
        const parent = n === 1 ? doc.contents : doc.getIn(p.slice(0, n - 1), true);
        const key = isMap(parent) ? parent.items.find((it) => isScalar(it.key) && it.key.value === p[n - 1])?.key : undefined;
        const node = (key ?? doc.getIn(p.slice(0, n), true));
        if (node?.range)
            return `${source}:${lines.linePos(node.range[0]).line}`;
    }
    return source;
}
/** The published JSON Schema of an action's config file: any one of the accepted shapes. */
function configJsonSchema(action, description, shapes) {
    const strip = ({ $schema: _s, ...rest }) => rest;
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://github.com/mlship/mlship/schemas/${action}.config.schema.json`,
        title: `mlship ${action} config`,
        description,
        anyOf: shapes.map((s) => strip(json_schema_processors/* toJSONSchema */.bl(s, { io: 'input' }))),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/duration.ts

const UNITS = { '': 1, s: 1, m: 60, h: 3600 };
/** `90`, `90s`, `45m`, `2h`, `1h30m` \u2192 seconds. */
function parseDuration(text, input) {
    const s = text.trim().toLowerCase();
    const parts = [...s.matchAll(/(\d+(?:\.\d+)?)\s*([smh]?)/g)];
    const consumed = parts.map((p) => p[0]).join('');
    if (!parts.length || consumed.replace(/\s/g, '') !== s.replace(/\s/g, '') || (parts.length > 1 && parts.some((p) => p[2] === ''))) {
        throw new errors/* UserError */.yo(`input "${input}" is "${text}", not a duration`, { hint: 'Write seconds (5400) or with a unit: 90m, 2h, 1h30m.' });
    }
    const seconds = parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]], 0);
    if (seconds <= 0)
        throw new errors/* UserError */.yo(`input "${input}" must be longer than 0 seconds`, { hint: 'Leave it unset for no timeout.' });
    return seconds;
}

;// CONCATENATED MODULE: ./packages/core/src/process-group.ts
/**
 * A command started with `spawn(\u2026, { detached: true })` leads a process group
 * of its own; these helpers signal the whole group, so a timeout or a cancelled
 * job stops `bash` and every child it started (python, pytest workers), not
 * just the shell.
 */
function signalGroup(pid, signal) {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // the group is already gone
    }
}
/**
 * After `timeoutSeconds`, SIGTERM to the group, then SIGKILL `graceSeconds`
 * later for whatever ignored it (a trainer saving a checkpoint gets the grace).
 */
function killGroupAfter(pid, o) {
    let timedOut = false;
    let termination;
    const timer = o.timeoutSeconds
        ? setTimeout(() => {
            timedOut = true;
            o.onTimeout?.();
            termination = terminateGroup(pid, o.graceSeconds);
        }, o.timeoutSeconds * 1000)
        : undefined;
    return {
        get timedOut() {
            return timedOut;
        },
        clear() {
            clearTimeout(timer);
            termination?.clear();
        },
    };
}
/**
 * Ends the group now, the way a timeout does: SIGTERM, then SIGKILL
 * `graceSeconds` later (for an early stop the action decides on, e.g. a NaN loss).
 */
function terminateGroup(pid, graceSeconds) {
    signalGroup(pid, 'SIGTERM');
    const killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceSeconds * 1000);
    return { clear: () => clearTimeout(killTimer) };
}
/**
 * A cancelled job sends the action SIGINT, then SIGTERM 7.5 s later (SIGKILL
 * 2.5 s after that): pass them on to the group so the command is not orphaned.
 * Call it before spawning and `attach` the pid after: a loaded runner can run
 * the child's first lines before `spawn` returns, and a signal in that gap
 * would otherwise kill the action by Node's default and orphan the command.
 * Once cancelled, `stop()` keeps absorbing those signals instead of restoring
 * Node's default (exit by signal): the runner's SIGTERM often lands after the
 * command has ended, while the action writes the report that `if: failure()`
 * steps read, and must not cut it short. The runner's SIGKILL stays the backstop.
 */
function forwardCancellation() {
    let received;
    let group;
    let stopped = false;
    const forward = (signal) => () => {
        received = signal;
        if (!stopped)
            signalGroup(group, signal);
    };
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    return {
        get cancelled() {
            return received !== undefined;
        },
        attach(pid) {
            group = pid;
            if (received && !stopped)
                signalGroup(group, received);
        },
        stop() {
            stopped = true;
            if (received)
                return;
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts






















/***/ }),

/***/ 97276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ numberInput),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   cR: () => (/* binding */ failOnInput),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony export describeInputs */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88532);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);


const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** The YAML 1.2 core-schema booleans that core.getBooleanInput accepts, and nothing else. */
const booleanInput = () => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((v, ctx) => {
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got "${v}"` });
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
});
const numberInput = () => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((v, ctx) => {
    const n = Number(v.trim());
    if (v.trim() === '' || !Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `expected a number, got "${v}"` });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    return n;
});
const failOnInput = () => zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warning', 'never']).default('error');
function parseInputs(schema, read) {
    const raw = {};
    for (const name of Object.keys(schema.shape)) {
        const v = read(name);
        if (v !== undefined && v !== '')
            raw[name] = v;
    }
    const result = schema.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? '');
    const message = issue.code === 'invalid_type' && raw[name] === undefined ? 'is required' : issue.message;
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input "${name}" ${message}`, { hint: 'Fix the `with:` block of this step (or the matching --flag).' });
}
/** What action.yml should say about each input, derived from the schema (used by the sync test and docs). */
function describeInputs(schema) {
    return Object.entries(schema.shape).map(([name, s]) => {
        const empty = s.safeParse(undefined);
        if (!empty.success)
            return { name, required: true };
        return empty.data === undefined ? { name, required: false } : { name, required: false, default: String(empty.data) };
    });
}


/***/ }),

/***/ 12712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   kQ: () => (/* binding */ formatScalar),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/**
 * Escapes text that came from data or PR authors so it renders literally in
 * GitHub-flavoured markdown tables and cannot inject HTML, mentions or links.
 */
function escapeMarkdown(text) {
    return text
        // Only what changes meaning inline: emphasis, code, links/images, table pipes, strikethrough.
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
function formatScalar(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'number')
        return formatNumber(value);
    return String(value);
}
/** Numbers as a person reads them: integers exact, others to 4 significant digits. */
function formatNumber(n) {
    if (!Number.isFinite(n))
        return String(n);
    if (Number.isInteger(n))
        return Math.abs(n) >= 1e15 ? n.toExponential(3) : String(n);
    const abs = Math.abs(n);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e9))
        return n.toExponential(3);
    return String(Number(n.toPrecision(4)));
}
function markdownTable(columns, rows) {
    const head = `| ${columns.map(escapeMarkdown).join(' | ')} |`;
    const sep = `| ${columns.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${r.map((v) => escapeMarkdown(formatScalar(v))).join(' | ')} |`);
    return [head, sep, ...body].join('\n');
}
function details(summary, body) {
    return `<details><summary>${escapeMarkdown(summary)}</summary>\n\n${body}\n\n</details>`;
}
/**
 * Text shown exactly as it is: a fence longer than any run of backticks inside
 * it, so no content (markdown, HTML, a stray ```) can close the block early.
 */
function codeBlock(text, language = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}


/***/ }),

/***/ 5582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ onDemand)
/* harmony export */ });
/**
 * A library kept out of a bundle's start: the `import()` the caller passes makes it a chunk of
 * its own, loaded by whoever is about to use it. Using it before `load()` was awaited is a bug,
 * reported as an internal error naming what was attempted, never as a user's error or a check
 * that quietly did nothing.
 */
function onDemand(importModule, misuse) {
    let loaded;
    return {
        load: async () => {
            loaded ??= await importModule();
        },
        get: () => {
            if (!loaded)
                throw new Error(`internal error: ${misuse}`);
            return loaded;
        },
    };
}


/***/ }),

/***/ 22019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ effectiveStatus),
/* harmony export */   HH: () => (/* binding */ failedChecks),
/* harmony export */   LU: () => (/* binding */ createReport),
/* harmony export */   W9: () => (/* binding */ shouldFail)
/* harmony export */ });
/* unused harmony export overallStatus */
const rank = { skip: 0, pass: 1, warn: 2, fail: 3, error: 4 };
/** A failed check counts as `warn` when its severity is warning. */
function effectiveStatus(check) {
    if (check.status === 'fail' && check.severity === 'warning')
        return 'warn';
    return check.status;
}
function overallStatus(checks) {
    let worst = 'pass';
    for (const c of checks) {
        const s = effectiveStatus(c);
        if (rank[s] > rank[worst])
            worst = s;
    }
    return worst;
}
function failedChecks(report) {
    return report.checks.filter((c) => {
        const s = effectiveStatus(c);
        return s === 'fail' || s === 'error';
    });
}
function createReport(fields) {
    return {
        schemaVersion: 1,
        status: overallStatus(fields.checks),
        generatedAt: new Date().toISOString(),
        tables: [],
        charts: [],
        ...fields,
    };
}
function shouldFail(status, failOn) {
    if (failOn === 'never')
        return false;
    if (status === 'fail' || status === 'error')
        return true;
    return failOn === 'warning' && status === 'warn';
}


/***/ }),

/***/ 51448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runnerIO: () => (/* binding */ runnerIO)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/**
 * ActionIO over the runner contract: INPUT_* variables, the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and `::command::` lines on stdout.
 *
 * This speaks the protocol directly instead of through @actions/core: version 3
 * loads @actions/http-client and undici at import time for its OIDC client,
 * which was 80 ms of the 300 ms cold-start budget (bench/validate-data/RESULTS.md)
 * for a token no action here asks for. The few commands used are written exactly
 * as @actions/core writes them; runner-io.test.ts runs both side by side and
 * compares the bytes.
 */
function runnerIO(env = process.env, write = (s) => process.stdout.write(s)) {
    const issue = (command, message, properties = {}) => {
        const props = Object.entries(properties)
            .filter(([, v]) => v !== undefined && v !== '')
            .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
            .join(',');
        write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}`);
    };
    return {
        getInput: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim() || undefined,
        setOutput: (name, value) => {
            const file = env.GITHUB_OUTPUT;
            if (file)
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(file, keyValueMessage(name, value), 'utf8');
            else {
                write((node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL));
                issue(`set-output name=${escapeProperty(name)}`, value);
            }
        },
        setSecret: (value) => issue('add-mask', value),
        exportVariable: (name, value) => {
            const file = env.GITHUB_ENV;
            // The set-env command has been disabled on GitHub since 2020; without the file the variable cannot reach later steps.
            if (!file)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('cannot export variables: GITHUB_ENV is not set', { hint: 'Run this as a step of a GitHub Actions job, or locally through `npx mlship`, which prints export lines.' });
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(file, keyValueMessage(name, value), 'utf8');
        },
        appendSummary: async (markdown) => {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                return;
            await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.appendFile(file, markdown + (node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL), 'utf8');
        },
        annotate: (severity, message, location) => {
            const command = severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
            issue(command, message, location ? { title: location.title, file: location.file, line: location.line } : {});
        },
        info: (m) => write(m + (node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)),
        warning: (m) => issue('warning', m),
        debug: (m) => issue('debug', m),
        setFailed: (m) => {
            process.exitCode = 1;
            issue('error', m);
        },
        tempDir: () => env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(),
        env: (name) => env[name],
        saveState: (name, value) => {
            const file = env.GITHUB_STATE;
            if (file)
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(file, keyValueMessage(name, value), 'utf8');
            else
                issue(`save-state name=${escapeProperty(name)}`, value);
        },
        getState: (name) => env[`STATE_${name}`] || undefined,
    };
}
/**
 * `name<<delimiter` heredoc, the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE
 * format. A value holding the delimiter is refused, so the delimiter need not
 * be secret, only unlikely to occur in a value: 128 random bits from
 * Math.random, laid out as @actions/core's UUID is (loading node:crypto for
 * that UUID took ~10 ms of every start).
 */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${randomId()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: output "${name}" contains the delimiter`);
    return `${name}<<${delimiter}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}${value}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}${delimiter}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}`;
}
function randomId() {
    const hex = Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');


/***/ }),

/***/ 22958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wQ: () => (/* binding */ renderComment),
  Br: () => (/* binding */ renderSummary),
  S5: () => (/* binding */ renderText)
});

// UNUSED EXPORTS: statusBadge

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
;// CONCATENATED MODULE: ./packages/core/src/mermaid.ts
// xychart-beta labels are double-quoted strings with no escape syntax.
const label = (s) => `"${s.replace(/["\n\r]/g, "'").slice(0, 40)}"`;
const num = (n) => (Number.isFinite(n) ? String(Number(n.toPrecision(6))) : '0');
/** A Mermaid `xychart-beta` block, which GitHub renders in job summaries and comments. */
function mermaidChart(chart) {
    const lines = ['```mermaid', 'xychart-beta', `  title ${label(chart.title)}`];
    lines.push(`  x-axis [${chart.x.map(label).join(', ')}]`);
    const all = chart.series.flatMap((s) => s.values.filter(Number.isFinite));
    const [lo, hi] = chart.yRange ?? [Math.min(0, ...all), Math.max(...all, 0) || 1];
    lines.push(`  y-axis ${label(chart.yLabel ?? '')} ${num(lo)} --> ${num(hi)}`);
    for (const s of chart.series)
        lines.push(`  ${chart.kind} [${s.values.map(num).join(', ')}]`);
    lines.push('```');
    if (chart.series.length > 1) {
        // xychart-beta has no legend; name the series in order under the chart.
        lines.push(`<sub>${chart.series.map((s, i) => `${i + 1}. ${s.name.replace(/</g, '&lt;')}`).join(' \u00b7 ')}</sub>`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(22019);
;// CONCATENATED MODULE: ./packages/core/src/summary.ts



const badge = {
    pass: '\u2705 PASS',
    warn: '\u26a0\ufe0f WARN',
    fail: '\u274c FAIL',
    error: '\ud83d\udca5 ERROR',
    skip: '\u23ed\ufe0f SKIP',
};
const statusBadge = (s) => badge[s];
/**
 * The job summary: verdict, the checks table (failures first), charts, then
 * the long tables folded so the page stays one screen tall.
 */
function renderSummary(report) {
    const out = [`## ${badge[report.status]} ${(0,markdown/* escapeMarkdown */.FV)(report.title)}`];
    if (report.summary)
        out.push(report.summary);
    if (report.checks.length) {
        const order = { error: 0, fail: 1, warn: 2, pass: 3, skip: 4 };
        const checks = [...report.checks].sort((a, b) => order[(0,src_report/* effectiveStatus */.Gw)(a)] - order[(0,src_report/* effectiveStatus */.Gw)(b)]);
        out.push((0,markdown/* markdownTable */.Qj)(['Status', 'Check', 'Observed', 'Expected', 'Detail'], checks.map((c) => [badge[(0,src_report/* effectiveStatus */.Gw)(c)], `${c.title} (${c.id})`, (0,markdown/* formatScalar */.kQ)(c.observed), (0,markdown/* formatScalar */.kQ)(c.expected), c.detail ?? ''])));
    }
    for (const chart of report.charts)
        out.push(mermaidChart(chart));
    for (const t of report.tables) {
        const table = (0,markdown/* markdownTable */.Qj)(t.columns, t.rows);
        out.push(t.folded === false ? `### ${(0,markdown/* escapeMarkdown */.FV)(t.title)}\n\n${table}` : (0,markdown/* details */.zH)(t.title, table));
    }
    for (const b of report.texts ?? []) {
        const block = (0,markdown/* codeBlock */.DV)(b.text);
        out.push(b.folded === false ? `### ${(0,markdown/* escapeMarkdown */.FV)(b.title)}\n\n${block}` : (0,markdown/* details */.zH)(b.title, block));
    }
    return out.join('\n\n') + '\n';
}
/**
 * The sticky PR comment: one screen \u2014 verdict, only the checks that need a
 * reviewer's eye (or one line saying all passed), a link to the run \u2014 with the
 * whole job summary folded underneath.
 */
function renderComment(report, o = {}) {
    const out = [`### ${badge[report.status]} ${(0,markdown/* escapeMarkdown */.FV)(report.title)}`];
    if (report.summary)
        out.push(report.summary);
    const attention = report.checks.filter((c) => ['fail', 'error', 'warn'].includes((0,src_report/* effectiveStatus */.Gw)(c)));
    const passed = report.checks.filter((c) => (0,src_report/* effectiveStatus */.Gw)(c) === 'pass').length;
    if (attention.length) {
        out.push((0,markdown/* markdownTable */.Qj)(['Status', 'Check', 'Observed', 'Expected', 'Detail'], attention.map((c) => [badge[(0,src_report/* effectiveStatus */.Gw)(c)], `${c.title} (${c.id})`, (0,markdown/* formatScalar */.kQ)(c.observed), (0,markdown/* formatScalar */.kQ)(c.expected), c.detail ?? ''])));
        if (passed)
            out.push(`${passed} other check${passed === 1 ? '' : 's'} passed.`);
    }
    else if (report.checks.length) {
        out.push(`All ${passed} check${passed === 1 ? '' : 's'} passed.`);
    }
    if (o.runUrl)
        out.push(`[Workflow run](${o.runUrl})`);
    out.push((0,markdown/* details */.zH)('Full report', renderSummary(report).replace(/^## .*\n+/, '')));
    return out.join('\n\n') + '\n';
}
/** Plain-text rendering for terminals (the CLI): the seed's `[PASS] check: detail` lines. */
function renderText(report) {
    const lines = [`${report.title}: ${report.status.toUpperCase()}`, '='.repeat(60)];
    if (report.summary)
        lines.push(report.summary);
    for (const c of report.checks) {
        const s = (0,src_report/* effectiveStatus */.Gw)(c).toUpperCase();
        const obs = c.observed !== undefined ? ` observed ${(0,markdown/* formatScalar */.kQ)(c.observed)}` : '';
        const exp = c.expected !== undefined ? `, expected ${(0,markdown/* formatScalar */.kQ)(c.expected)}` : '';
        lines.push(`  [${s}] ${c.id}:${obs}${exp}${c.detail ? ` \u2014 ${c.detail}` : ''}`);
    }
    return lines.join('\n') + '\n';
}


/***/ })

};
