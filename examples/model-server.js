#!/usr/bin/env node
// The demo model server: a churn model behind POST /predict, with the
// conventional Prometheus metrics on GET /metrics (http_requests_total{code},
// http_request_duration_seconds) that canary-check and auto-rollback read.
// Knobs make a bad release on purpose: --error-rate answers that share of
// requests with 500, --latency-ms adds delay.
//
//   node examples/model-server.js --port 8081 --version v1.1.0
//   node examples/model-server.js --port 8082 --version v1.2.0 --error-rate 0.2 --latency-ms 300
//   node examples/model-server.js --port 8083 --version v1.3.0 --weights '{"support_calls":0.6}' --predictions-log shadow.jsonl
import fs from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import client from 'prom-client';

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    version: { type: 'string', default: 'v1.0.0' },
    'error-rate': { type: 'string', default: '0' },
    'latency-ms': { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    'predictions-log': { type: 'string' },
    weights: { type: 'string', default: '{}' },
  },
});
const errorRate = Number(opts['error-rate']);
const latencyMs = Number(opts['latency-ms']);
if (!(errorRate >= 0 && errorRate <= 1) || !(latencyMs >= 0)) {
  console.error('model-server: --error-rate must be within 0..1 and --latency-ms >= 0');
  process.exit(1);
}

// Failures are drawn from a seeded generator so a demo run is repeatable.
let state = Number(opts.seed) >>> 0 || 1;
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};

const registry = new client.Registry();
const requests = new client.Counter({ name: 'http_requests_total', help: 'Requests served, by status code.', labelNames: ['code', 'path'], registers: [registry] });
const duration = new client.Histogram({
  name: 'http_request_duration_seconds',
  help: 'Request latency in seconds.',
  labelNames: ['path'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});
new client.Gauge({ name: 'model_info', help: 'The model version this server runs.', labelNames: ['version'], registers: [registry] }).set({ version: opts.version }, 1);

/** A fixed logistic model over the demo's churn features; --weights '{"support_calls":0.6}' makes another model. */
const weights = { tenure_months: -0.04, monthly_charges: 0.02, support_calls: 0.35, ...JSON.parse(opts.weights) };
function predict(features) {
  let z = -1.2;
  for (const [name, w] of Object.entries(weights)) z += w * Number(features?.[name] ?? 0);
  const score = 1 / (1 + Math.exp(-z));
  return { prediction: score >= 0.5 ? 1 : 0, score, model_version: opts.version };
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/metrics') {
    registry.metrics().then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text));
    return;
  }
  if (req.method === 'GET' && req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    return;
  }
  if (req.url !== '/predict') {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    return;
  }
  const end = duration.startTimer({ path: '/predict' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    setTimeout(() => {
      let code = 200;
      let out;
      if (random() < errorRate) {
        code = 500;
        out = { error: 'model crashed' };
      } else {
        try {
          const features = body ? JSON.parse(body) : {};
          out = predict(features);
          // The predictions log shadow-check joins on request id: one JSON line per answered request.
          if (opts['predictions-log']) {
            const row = { request_id: req.headers['x-request-id'] ?? null, prediction: out.prediction, score: out.score, plan: features.plan ?? null };
            fs.appendFileSync(opts['predictions-log'], JSON.stringify(row) + '\n');
          }
        } catch {
          code = 400;
          out = { error: 'body must be JSON features' };
        }
      }
      res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(out));
      requests.inc({ code: String(code), path: '/predict' });
      end();
    }, latencyMs);
  });
});

server.listen(Number(opts.port), opts.host, () => {
  const { port } = server.address();
  // The first line is read by the demo to learn the port when --port 0 was given.
  console.log(`model-server ${opts.version} listening on http://${opts.host}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
