/**
 * The parquet reader picks Node's native zlib for gzip, brotli and (on Node 24,
 * the runner's runtime) zstd, and pure-JS decoders otherwise. The same files,
 * one per codec, must give the same profile through the CLI bundle on Node 20
 * and Node 24, and the same as uncompressed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeBinaries, repoRoot } from './harness';

const codecs = ['uncompressed', 'snappy', 'gzip', 'zstd', 'brotli', 'lz4_raw'];

describe('parquet codecs through the bundle on Node 20 and 24', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-codecs-'));

  beforeAll(async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const conn = await (await DuckDBInstance.create()).connect();
    for (const codec of codecs) {
      await conn.run(`COPY (SELECT i AS id, (i * 7919) % 1000 / 10.0 AS x, CASE WHEN i % 13 = 0 THEN NULL ELSE 'c' || (i % 5) END AS cat, TIMESTAMP '2024-01-01' + to_seconds(i * 37) AS ts
        FROM range(30000) t(i)) TO '${path.join(dir, `${codec}.parquet`)}' (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 10000)`);
    }
  });

  const profile = (node: keyof typeof nodeBinaries, codec: string) => {
    const out = path.join(dir, `${codec}-${node}`);
    const r = spawnSync(nodeBinaries[node], [path.join(repoRoot, 'dist/cli/index.js'), 'validate-data', '--data', path.join(dir, `${codec}.parquet`), '--config', 'checks:\n  - type: row_count\n    min: 1\n', '--report-path', out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')).data.profile;
  };

  it('gives one profile for every codec on both runtimes', () => {
    const expected = profile('node20', 'uncompressed');
    expect(expected.rows).toBe(30000);
    for (const codec of codecs) {
      for (const node of ['node20', 'node24'] as const) expect([codec, node, profile(node, codec)]).toEqual([codec, node, expected]);
    }
  });
});
