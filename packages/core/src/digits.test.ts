import { groupDigits } from './digits';

describe('groupDigits', () => {
  it("writes whole numbers as toLocaleString('en-US') does, without loading ICU's number formats", () => {
    const cases = [0, 7, 12, 999, 1000, 1234, 99_999, 100_000, 150_000, 1_000_000, 12_345_678, -1, -999, -1000, -1_234_567, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    for (const n of cases) expect([n, groupDigits(n)]).toEqual([n, n.toLocaleString('en-US')]);
  });

  it('leaves fractions, unsafe integers and non-finite numbers to toLocaleString', () => {
    for (const n of [1.5, -2.25, 1234.5678, 2 ** 60, Infinity, NaN]) expect([n, groupDigits(n)]).toEqual([n, n.toLocaleString('en-US')]);
  });
});
