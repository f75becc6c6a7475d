import { compareVersions, isPrerelease, movingTagsFor, parseVersion, versionTags } from './version.js';

describe('parseVersion', () => {
  it('reads v-prefixed semantic versions, pre-releases included, and a refs/tags/ ref', () => {
    expect(parseVersion('v1.2.0')).toEqual({ tag: 'v1.2.0', text: '1.2.0', major: 1, minor: 2, patch: 0, prerelease: [] });
    expect(parseVersion('refs/tags/v10.0.3')).toMatchObject({ tag: 'v10.0.3', major: 10, minor: 0, patch: 3 });
    expect(parseVersion('v1.3.0-rc.1')).toMatchObject({ text: '1.3.0-rc.1', prerelease: ['rc', '1'] });
    expect(parseVersion('v2.0.0-alpha-2.x-y')).toMatchObject({ prerelease: ['alpha-2', 'x-y'] });
  });

  it.each([
    ['', /^no version given: write it as vMAJOR\.MINOR\.PATCH/],
    ['1.2.0', /^version "1\.2\.0" has no v prefix: .*use v1\.2\.0$/],
    ['v1', /^version "v1" is a moving tag, which the release moves itself: .*v1\.0\.0/],
    ['v1.2', /^version "v1\.2" is a moving tag.*v1\.2\.0/],
    ['v1.2.0+build.5', /^version "v1\.2\.0\+build\.5" carries build metadata .*release v1\.2\.0 instead$/],
    ['v01.2.0', /^version "v01\.2\.0" is not a semantic version: .*leading zeros/],
    ['v1.2.0-01', /is not a semantic version/],
    ['v1.2.0-', /is not a semantic version/],
    ['v1.2.x', /is not a semantic version/],
    ['V1.2.0', /is not a semantic version/],
    ['v1.2.0 ; rm -rf /', /is not a semantic version/],
  ])('refuses %j with one line saying how to write it', (input, message) => {
    expect(() => parseVersion(input)).toThrow(message);
    try {
      parseVersion(input);
    } catch (e) {
      expect((e as Error).name).toBe('ReleaseError');
      expect((e as Error).message).not.toContain('\n');
    }
  });
});

describe('compareVersions', () => {
  it("orders versions by semver precedence (semver.org's own example chain)", () => {
    const chain = ['v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-alpha.beta', 'v1.0.0-beta', 'v1.0.0-beta.2', 'v1.0.0-beta.11', 'v1.0.0-rc.1', 'v1.0.0', 'v1.0.1', 'v1.1.0', 'v1.10.0', 'v2.0.0'];
    const shuffled = [...chain].reverse().sort((a, b) => (a.length % 3) - (b.length % 3));
    expect(shuffled.map(parseVersion).sort(compareVersions).map((v) => v.tag)).toEqual(chain);
    expect(compareVersions(parseVersion('v1.2.0'), parseVersion('v1.2.0'))).toBe(0);
  });
});

describe('movingTagsFor', () => {
  it('names the major and the minor tag of a release, and none for a pre-release', () => {
    const tags = movingTagsFor(parseVersion('v1.2.3'));
    expect(tags.map((t) => t.name)).toEqual(['v1', 'v1.2']);
    expect(tags.map((t) => t.covers(parseVersion('v1.0.9')))).toEqual([true, false]);
    expect(tags.map((t) => t.covers(parseVersion('v2.2.0')))).toEqual([false, false]);
    expect(movingTagsFor(parseVersion('v1.3.0-rc.1'))).toEqual([]);
    expect(isPrerelease(parseVersion('v1.3.0-rc.1'))).toBe(true);
  });
});

describe('versionTags', () => {
  it('keeps the version tags and skips moving tags and anything else', () => {
    expect(versionTags(['v1', 'v1.2', 'v1.2.0', 'latest', 'churn@v1.0.0', 'v1.3.0-rc.1']).map((v) => v.tag)).toEqual(['v1.2.0', 'v1.3.0-rc.1']);
  });
});
