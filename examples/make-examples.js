#!/usr/bin/env node
// Regenerates the sample datasets in examples/data (committed) from a seeded PRNG:
//   train.parquet      5,000 clean rows            → passes examples/checks.yml
//   reference.parquet  the same population, new draw → no drift
//   test.parquet       a disjoint holdout           → no leakage
//   train_bad.csv      the same schema with the problems a data gate must catch:
//                      null targets, out-of-range feature1, unknown category "E",
//                      a 0.5% class, 3% duplicate rows, feature2 shifted (drift),
//                      and 40 rows copied from the holdout (leakage).
// Run: node examples/make-examples.js   (needs the @duckdb/node-api dev dependency)
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'data');

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const normal = (rand) => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());

function rows(seed, n, firstId, { shift = 0 } = {}) {
  const rand = mulberry32(seed);
  const out = [];
  const start = Date.UTC(2026, 9, 1);
  for (let i = 0; i < n; i++) {
    const feature1 = Math.round(rand() * 10000) / 100;
    const feature2 = Math.round((normal(rand) * 1.5 + 10 + shift) * 1000) / 1000;
    const feature3 = Math.floor(rand() * 50);
    const category = 'ABCD'[Math.floor(rand() * 4)];
    const score = feature1 / 100 + (feature2 - 10) / 6 + rand() * 0.5;
    const target = score > 0.95 ? 1 : 0;
    const eventTime = new Date(start + Math.floor(rand() * 30 * 86400000)).toISOString().replace('.000Z', 'Z');
    out.push({ id: firstId + i, feature1, feature2, feature3, category, target, event_time: eventTime });
  }
  return out;
}

const header = ['id', 'feature1', 'feature2', 'feature3', 'category', 'target', 'event_time'];
const toCsv = (rs) => [header.join(','), ...rs.map((r) => header.map((h) => (r[h] === null ? '' : r[h])).join(','))].join('\n') + '\n';

const train = rows(1, 5000, 1);
const reference = rows(2, 5000, 100001);
const test = rows(3, 1000, 200001);

const bad = rows(4, 4000, 300001, { shift: 3 });
for (let i = 0; i < bad.length; i += 12) bad[i].target = null; // ~8% null targets
for (let i = 5; i < bad.length; i += 97) bad[i].feature1 = 100 + (i % 50); // out of [0, 100]
for (let i = 7; i < bad.length; i += 211) bad[i].category = 'E'; // not in the allowed set
for (let i = 0; i < 20; i++) bad[i * 3 + 1].target = 2; // a class with 0.5% of rows
for (let i = 0; i < 120; i++) bad.push({ ...bad[i * 7 + 2] }); // 3% exact duplicates
bad.push(...test.slice(0, 40).map((r) => ({ ...r }))); // leaked holdout rows

fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'train_bad.csv'), toCsv(bad));

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run('SET threads=1');
for (const [name, data] of [['train', train], ['reference', reference], ['test', test]]) {
  const tmp = path.join(dir, `${name}.tmp.csv`);
  fs.writeFileSync(tmp, toCsv(data));
  await db.run(
    `COPY (SELECT id::BIGINT AS id, feature1::DOUBLE AS feature1, feature2::DOUBLE AS feature2, feature3::INTEGER AS feature3,
                  category, target::INTEGER AS target, event_time::TIMESTAMP AS event_time
           FROM read_csv('${tmp}', header=true) ORDER BY id)
     TO '${path.join(dir, `${name}.parquet`)}' (FORMAT parquet, COMPRESSION zstd)`,
  );
  fs.rmSync(tmp);
}
console.log(`wrote ${fs.readdirSync(dir).join(', ')} to ${dir}`);
