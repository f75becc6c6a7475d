import { HashSet53, type HashSetState } from './hash';

export type DistinctState = { set: HashSetState } | { registers: Uint8Array };

/**
 * Distinct values: exact (a set of 53-bit hashes) up to EXACT_DISTINCT, then
 * HyperLogLog with 2^14 registers (standard error 1.04/√16384 ≈ 0.8%).
 */
export const EXACT_DISTINCT = 100_000;
const P = 14;
const M = 1 << P;
const REST_BITS = 53 - P;

export class DistinctCounter {
  private set: HashSet53 | null = new HashSet53(1024);
  private registers: Uint8Array | null = null;

  get exact(): boolean {
    return this.set !== null;
  }

  add(hash: number): void {
    if (this.set) {
      this.set.add(hash);
      if (this.set.size > EXACT_DISTINCT) this.toHll();
      return;
    }
    this.addHll(hash);
  }

  toState(): DistinctState {
    return this.set ? { set: this.set.toState() } : { registers: this.registers!.slice() };
  }

  static fromState(s: DistinctState): DistinctCounter {
    const d = new DistinctCounter();
    d.set = 'set' in s ? HashSet53.fromState(s.set) : null;
    d.registers = 'registers' in s ? s.registers : null;
    return d;
  }

  get estimate(): number {
    if (this.set) return this.set.size;
    const reg = this.registers!;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      sum += 2 ** -reg[i]!;
      if (reg[i] === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / M);
    const raw = (alpha * M * M) / sum;
    // Small-range correction (linear counting), as in the original paper.
    return Math.round(raw <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : raw);
  }

  private toHll(): void {
    this.registers = new Uint8Array(M);
    const hashes = this.set!.values();
    this.set = null;
    for (let i = 0; i < hashes.length; i++) this.addHll(hashes[i]!);
  }

  private addHll(hash: number): void {
    // Top P bits of the 53-bit hash pick the register; the rank is the number
    // of leading zeros of the remaining 39 bits, plus one. The hash is split
    // into its high 21 and low 32 bits so that clz32 does the counting.
    const lo = hash >>> 0;
    const hi = (hash - lo) / 4294967296;
    const idx = hi >>> (21 - P);
    const restHi = hi & ((1 << (21 - P)) - 1);
    const rank = restHi !== 0 ? Math.clz32(restHi) - (32 - (21 - P)) + 1 : lo !== 0 ? 21 - P + Math.clz32(lo) + 1 : REST_BITS + 1;
    const reg = this.registers!;
    if (rank > reg[idx]!) reg[idx] = rank;
  }
}
