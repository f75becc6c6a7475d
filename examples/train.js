#!/usr/bin/env node
// examples/train.py for machines without python3: the same churn model, trained
// by plain gradient descent on unscaled features with too high a learning rate,
// so the loss turns inf and the run stops with an error, as real training does.
//
//   node examples/train.js              # lr 0.0003: diverges (the demo)
//   node examples/train.js --lr 0.00001 # converges
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({ options: { lr: { type: 'string', default: '0.0003' }, epochs: { type: 'string', default: '20' }, 'batch-size': { type: 'string', default: '32' } } });

class FloatingPointError extends Error {
  name = 'FloatingPointError';
}

/** A seeded generator (mulberry32), so every run sees the same customers. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Customers: tenure (months), monthly charges (dollars), support calls; churn is 0 or 1. */
function makeData(n, seed = 0) {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const tenure = r() * 72;
    const charges = 20 + r() * 100;
    const calls = Math.floor(r() * 10);
    const noise = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()) * 0.5;
    return [[tenure, charges, calls], 0.03 * charges + 0.4 * calls - 0.05 * tenure + noise > 2.5 ? 1 : 0];
  });
}

function train(rows, lr, epochs, batchSize) {
  let weights = [0, 0, 0];
  let bias = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let total = 0;
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      const gradW = [0, 0, 0];
      let gradB = 0;
      let loss = 0;
      for (const [x, y] of batch) {
        const err = x.reduce((s, v, i) => s + weights[i] * v, bias) - y;
        loss += (err * err) / batch.length;
        x.forEach((v, i) => (gradW[i] += (2 * err * v) / batch.length));
        gradB += (2 * err) / batch.length;
      }
      weights = weights.map((w, i) => w - lr * gradW[i]);
      bias -= lr * gradB;
      total += loss;
    }
    const epochLoss = total / Math.ceil(rows.length / batchSize);
    // Python's spelling (inf, nan), so both programs print the same log lines.
    const shown = Number.isNaN(epochLoss) ? 'nan' : Number.isFinite(epochLoss) ? epochLoss.toPrecision(6) : epochLoss > 0 ? 'inf' : '-inf';
    console.log(`epoch ${epoch}/${epochs} loss=${shown}`);
    if (!Number.isFinite(epochLoss)) throw new FloatingPointError(`loss is ${shown} after epoch ${epoch}: training diverged (learning rate ${lr})`);
  }
  return { weights, bias };
}

const { weights, bias } = train(makeData(2000), Number(opts.lr), Number(opts.epochs), Number(opts['batch-size']));
console.log(`trained: weights=${JSON.stringify(weights)} bias=${bias}`);
