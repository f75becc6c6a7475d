import { UserError } from '@mlship/core';

export type Label = string | number | boolean;

/**
 * Class labels sorted the way scikit-learn's `unique_labels` sorts them
 * (numbers ascending, strings by code point), so per-class arrays, averages
 * and the confusion matrix line up with scikit-learn's output.
 */
export class LabelSet {
  readonly labels: Label[];
  private readonly index = new Map<Label, number>();

  constructor(values: Iterable<Label>, where: string) {
    const unique = [...new Set(values)];
    const kinds = new Set(unique.map((v) => (typeof v === 'string' ? 'string' : 'number')));
    if (kinds.size > 1) {
      throw new UserError('labels mix text and numbers', { where, hint: 'Write every label the same way, e.g. all 0/1 or all "no"/"yes".' });
    }
    this.labels = kinds.has('string')
      ? (unique as string[]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      : unique.sort((a, b) => Number(a) - Number(b));
    this.labels.forEach((l, i) => this.index.set(l, i));
  }

  get size(): number {
    return this.labels.length;
  }

  code(label: Label): number {
    const i = this.index.get(label);
    if (i === undefined) throw new Error(`label ${String(label)} is not in the label set`);
    return i;
  }

  has(label: Label): boolean {
    return this.index.has(label);
  }

  encode(values: ArrayLike<Label>): Int32Array {
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = this.code(values[i]!);
    return out;
  }
}

/** Booleans compare as 0/1, as NumPy does; a label read from CSV as `1.0` is the same class as `1`. */
export const normaliseLabel = (v: Label): Label => (typeof v === 'boolean' ? Number(v) : v);
