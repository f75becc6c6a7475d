#!/usr/bin/env node
// Regenerates examples/predictions (committed) from a seeded PRNG: one test set of 2,000 rows
// scored by three models, for the eval-gate demo:
//   production.csv   the model in production
//   candidate.csv    a better model: passes examples/eval_gate.yml
//   regressed.csv    a model that looks fine on accuracy alone but is worse than production
//                    and unfair to one group: blocked
// Run: node examples/make-predictions.js
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'predictions');
let seed = 7;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const normal = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());

const n = 2000;
const rows = Array.from({ length: n }, (_, i) => ({ id: i + 1, y: rand() < 0.3 ? 1 : 0, group: rand() < 0.5 ? 'F' : 'M', region: ['north', 'south', 'east', 'west'][Math.floor(rand() * 4)] }));
const model = (strength, bias) => rows.map((r) => {
  const s = 1 / (1 + Math.exp(-(strength * (r.y - 0.5) + bias(r) + normal())));
  return { ...r, score: Math.round(s * 1000) / 1000 };
});
const write = (name, scored) => {
  const lines = ['id,y_true,y_pred,y_score,group,region', ...scored.map((r) => `${r.id},${r.y},${r.score >= 0.5 ? 1 : 0},${r.score},${r.group},${r.region}`)];
  fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
};
fs.mkdirSync(dir, { recursive: true });
write('production.csv', model(2.6, () => -0.4));
write('candidate.csv', model(3.1, () => -0.4));
write('regressed.csv', model(2.8, (r) => (r.group === "F" ? -1.3 : 0)));
