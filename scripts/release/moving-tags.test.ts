import { isLatest, planMovingTags } from './moving-tags.js';
import { parseVersion } from './version.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const tags = (o: Record<string, string>) => new Map(Object.entries(o));

describe('planMovingTags', () => {
  it('creates v1 and v1.0 for the first release', () => {
    expect(planMovingTags(parseVersion('v1.0.0'), A, tags({ 'v1.0.0': A }))).toEqual({ moves: [{ tag: 'v1', to: A }, { tag: 'v1.0', to: A }], holds: [] });
  });

  it('moves v1 forward and starts v1.1 for a minor release', () => {
    const plan = planMovingTags(parseVersion('v1.1.0'), B, tags({ 'v1.0.0': A, v1: A, 'v1.0': A, 'v1.1.0': B }));
    expect(plan).toEqual({ moves: [{ tag: 'v1', from: A, fromVersion: 'v1.0.0', to: B }, { tag: 'v1.1', to: B }], holds: [] });
  });

  it('holds v1 at a newer release but moves the patch line', () => {
    const plan = planMovingTags(parseVersion('v1.0.1'), C, tags({ 'v1.0.0': A, 'v1.1.0': B, v1: B, 'v1.0': A, 'v1.1': B }));
    expect(plan.holds).toEqual([{ tag: 'v1', at: B, atVersion: 'v1.1.0', reason: 'v1.1.0 is newer than v1.0.1' }]);
    expect(plan.moves).toEqual([{ tag: 'v1.0', from: A, fromVersion: 'v1.0.0', to: C }]);
  });

  it('judges a moving tag by the newest full release of its own line at its commit', () => {
    // v2.0.0 and a release candidate share v1's commit; neither is on the v1.1 line v1 marks.
    const plan = planMovingTags(parseVersion('v1.1.1'), C, tags({ 'v1.1.0': B, 'v1.2.0-rc.1': B, 'v2.0.0': B, v1: B, 'v1.1': B }));
    expect(plan.moves.map((m) => m.tag)).toEqual(['v1', 'v1.1']);
  });

  it('plans a move to the same commit on a re-run (nothing to push)', () => {
    expect(planMovingTags(parseVersion('v1.1.0'), B, tags({ 'v1.1.0': B, v1: B, 'v1.1': B })).moves).toEqual([
      { tag: 'v1', from: B, fromVersion: 'v1.1.0', to: B },
      { tag: 'v1.1', from: B, fromVersion: 'v1.1.0', to: B },
    ]);
  });

  it('moves nothing for a pre-release', () => {
    expect(planMovingTags(parseVersion('v1.2.0-rc.1'), C, tags({ 'v1.1.0': B, v1: B }))).toEqual({ moves: [], holds: [] });
  });

  it('refuses to guess when a moving tag points at a commit without a release of its line', () => {
    expect(() => planMovingTags(parseVersion('v1.2.0'), C, tags({ 'v1.1.0': B, v1: A }))).toThrow(
      /^v1 points at aaaaaaaaaaaa, which has no v1\.x release tag, so it is unclear whether v1\.2\.0 is newer: point v1 at the release it should mark .* and rerun$/,
    );
  });
});

describe('isLatest', () => {
  it('is the highest full release only', () => {
    const t = tags({ 'v1.0.0': A, 'v1.1.0': B, 'v2.0.0-rc.1': C });
    expect(isLatest(parseVersion('v1.1.0'), t)).toBe(true);
    expect(isLatest(parseVersion('v1.0.1'), t)).toBe(false);
    expect(isLatest(parseVersion('v2.0.0-rc.1'), t)).toBe(false);
    expect(isLatest(parseVersion('v1.2.0'), t)).toBe(true);
  });
});
