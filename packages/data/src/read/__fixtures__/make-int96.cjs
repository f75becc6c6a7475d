// Writes int96.parquet beside this script: a Spark-style INT96 timestamp column,
// which DuckDB (our other fixture writer) cannot produce.
//
//   node packages/data/src/read/__fixtures__/make-int96.cjs
//
// parquetjs-lite (a devDependency) writes INT96 only as a plain 64-bit integer in
// the low 8 bytes. So each value is written as a unique marker, uncompressed,
// with page V1 and without statistics, and the 12 bytes of each marker are then
// patched to Spark's layout: nanoseconds of the day as little-endian int64 in
// the low 8 bytes, the Julian day number as little-endian uint32 in the high 4.
// The file carries no checksums, so the patched file is valid parquet.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const parquet = require('parquetjs-lite');

/** [ISO second, extra nanoseconds] per row; null is a missing value. Keep in sync with parquet.test.ts. */
const ROWS = [
  ['1970-01-01T00:00:00Z', 0n],
  ['2024-02-29T12:34:56Z', 789123456n],
  ['1969-12-31T23:59:59Z', 999999999n],
  null,
  ['1900-01-01T00:00:00Z', 1000n],
  ['2038-01-19T03:14:08Z', 0n],
];

const JULIAN_DAY_OF_EPOCH = 2440588;
const MARKER = 0x1fabcdef123400; // below 2^53; marker + i is unique in the file

async function main() {
  const out = process.argv[2] ?? path.join(__dirname, 'int96.parquet');
  const schema = new parquet.ParquetSchema({
    id: { type: 'INT32' },
    ts: { type: 'INT96', optional: true, statistics: false },
  });
  const writer = await parquet.ParquetWriter.openFile(schema, out, { useDataPageV2: false });
  for (let i = 0; i < ROWS.length; i++) await writer.appendRow(ROWS[i] ? { id: i, ts: MARKER + i } : { id: i });
  await writer.close();

  const buf = fs.readFileSync(out);
  ROWS.forEach((row, i) => {
    if (!row) return;
    const marker = Buffer.alloc(12);
    marker.writeBigInt64LE(BigInt(MARKER + i), 0);
    const at = buf.indexOf(marker);
    if (at < 0 || buf.indexOf(marker, at + 1) >= 0) throw new Error(`marker of row ${i} not found exactly once`);
    const ms = Date.parse(row[0]);
    const day = Math.floor(ms / 86_400_000);
    buf.writeBigInt64LE(BigInt(ms - day * 86_400_000) * 1_000_000n + row[1], at);
    buf.writeUInt32LE(day + JULIAN_DAY_OF_EPOCH, at + 8);
  });
  fs.writeFileSync(out, buf);
  console.log(`wrote ${out} (${buf.length} bytes)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
