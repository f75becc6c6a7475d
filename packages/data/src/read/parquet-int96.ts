import { ParquetFault, HINTS } from './parquet-faults';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const JULIAN_EPOCH_DAY = 2440588n;

/** The instants a JavaScript Date (and so every report and message) can show: ±10^8 days around 1970. */
export const MAX_MILLIS = 8.64e15;

/**
 * `count` PLAIN INT96 timestamps (8 bytes of nanoseconds in the day, then 4 of
 * Julian day) as epoch milliseconds. Read from the bytes here rather than by
 * hyparquet, which joins the two halves with a bitwise or that loses the day
 * when the nanoseconds are negative. Nanosecond precision while the instant
 * fits 64-bit nanoseconds (years 1677 to 2262). Past that, as Spark and Arrow
 * coerce INT96: microseconds in 64-bit arithmetic that wraps, which also gives
 * back what Spark wrote for instants whose Julian microseconds overflowed when
 * it wrote them (its day and negative nanoseconds then undo the overflow).
 */
export function int96Millis(bytes: Uint8Array, count: number): Float64Array {
  if (bytes.byteLength < count * 12) throw new ParquetFault(`an INT96 page holds ${bytes.byteLength} bytes where its ${count} values need ${count * 12}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = millisFromInt96(BigInt(view.getInt32(i * 12 + 8, true)), view.getBigInt64(i * 12, true));
  return out;
}

export const millisFromInt96 = (julianDay: bigint, nanosOfDay: bigint): number => timestampInRange(int96EpochMillis(julianDay, nanosOfDay));

/** The instant an INT96 stands for, in epoch milliseconds, whether or not a JavaScript date can show it. */
export function int96EpochMillis(julianDay: bigint, nanosOfDay: bigint): number {
  const days = julianDay - JULIAN_EPOCH_DAY;
  const nanos = days * 86_400_000_000_000n + nanosOfDay;
  if (nanos >= INT64_MIN && nanos <= INT64_MAX) return Number(nanos) / 1e6;
  return Number(BigInt.asIntN(64, days * 86_400_000_000n + floorDiv(nanosOfDay, 1000n))) / 1e3;
}

/** hyparquet's nanoseconds (a TIMESTAMP(NANOS), or an INT96 inside a nested column) as epoch milliseconds. */
export const timestampMillisFromNanos = (nanos: bigint): number => timestampInRange(Number(nanos) / 1e6);

/** An instant outside what a JavaScript date holds is refused rather than shown as another date. */
export function timestampInRange(ms: number): number {
  if (Math.abs(ms) <= MAX_MILLIS) return ms;
  const year = Math.floor(1970 + ms / (365.2425 * 86_400_000));
  throw new ParquetFault(`holds a timestamp in about year ${year}, outside the years -271821 to 275760 that dates in mlship cover`, HINTS.timestamp, true);
}

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};
