import { compileError, Workspace } from './test-kit';
import { validateDataset } from '../../validate';
import { parseConfig } from '../load';

const ws = new Workspace();
afterAll(() => ws.remove());

// pandas: x = [1, 2, 3, 4, 100, None, 5]; (x - x.mean()) / x.std() =
// [-0.458, -0.433, -0.408, -0.383, 2.0399410222962713, nan, -0.358].
const f = ws.csvColumns('z.csv', { x: [1, 2, 3, 4, 100, null, 5], s: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], k: [7, 7, 7, 7, 7, 7, 7] });

describe('z_scores_below (GX expect_column_value_z_scores_to_be_less_than)', () => {
  it('judges each value against the mean and sample std of the column', async () => {
    expect(await ws.one({ type: 'z_scores_below', column: 'x', threshold: 2.04 }, f)).toMatchObject({ status: 'pass', observed: '0 outside' });
    expect(await ws.one({ type: 'z_scores_below', column: 'x', threshold: 2.0399 }, f)).toMatchObject({ status: 'fail', observed: '1 outside', expected: '|z| < 2.0399' });
  });

  it('double_sided false lets low values through; a negative threshold fails them', async () => {
    expect((await ws.one({ type: 'z_scores_below', column: 'x', threshold: 2.0399, double_sided: false }, f)).status).toBe('fail');
    expect((await ws.one({ type: 'z_scores_below', column: 'x', threshold: 2.1, double_sided: false }, f)).status).toBe('pass');
    expect(await ws.one({ type: 'z_scores_below', column: 'x', threshold: -0.4, double_sided: false }, f)).toMatchObject({ observed: '3 outside' });
  });

  it('reports GX counts and the unexpected values in reading order', async () => {
    const o = await validateDataset({ data: f, cwd: ws.dir, config: parseConfig(JSON.stringify({ checks: [{ type: 'z_scores_below', column: 'x', threshold: 0.42, mostly: 0.5 }] }), 'c.yml') });
    expect(o.checks[0]!.status).toBe('pass');
    expect(o.results[0]!.result).toEqual({ element_count: 7, missing_count: 1, unexpected_count: 3, unexpected_percent: 50, partial_unexpected_list: [1, 2, 100] });
  });

  it('a constant column has no finite z, so every value fails (as in GX)', async () => {
    expect(await ws.one({ type: 'z_scores_below', column: 'k', threshold: 3 }, f)).toMatchObject({ status: 'fail', observed: '7 outside' });
  });

  it('refuses a text column', async () => {
    expect(await compileError(ws.validate([{ type: 'z_scores_below', column: 's', threshold: 3 }], f))).toBe('column: "s" is string, z_scores_below needs a numeric column');
  });
});
