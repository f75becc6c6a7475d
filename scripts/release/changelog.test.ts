import { releaseNotes } from './changelog.js';

const changelog = [
  '# Changelog',
  '',
  'All notable changes to this project are documented in this file.',
  '',
  '## [Unreleased]',
  '',
  '### Fixed',
  '- something not released yet',
  '',
  '## [1.2.0] - 2026-12-06',
  '',
  '### Added',
  '- `eval-gate`: a new gate',
  '',
  '```md',
  '## not a heading inside a fence',
  '```',
  '',
  '## [1.1.0] - 2026-11-01',
  '### Changed',
  '- faster',
  '',
  '[Unreleased]: https://github.com/mlship/mlship/compare/v1.2.0...HEAD',
  '[1.2.0]: https://github.com/mlship/mlship/compare/v1.1.0...v1.2.0',
  '[1.1.0]: https://github.com/mlship/mlship/releases/tag/v1.1.0',
  '',
].join('\n');

describe('releaseNotes', () => {
  it("returns a version's section up to the next entry, fenced headings included", () => {
    expect(releaseNotes(changelog, '1.2.0')).toEqual({
      date: '2026-12-06',
      notes: ['### Added', '- `eval-gate`: a new gate', '', '```md', '## not a heading inside a fence', '```'].join('\n'),
    });
  });

  it('leaves out the link definitions after the last entry', () => {
    expect(releaseNotes(changelog, '1.1.0')).toEqual({ date: '2026-11-01', notes: '### Changed\n- faster' });
  });

  it('reads CRLF files and headings without brackets', () => {
    expect(releaseNotes('## 2.0.0 - 2027-01-02\r\n- breaking\r\n', '2.0.0')).toEqual({ date: '2027-01-02', notes: '- breaking' });
  });

  it.each([
    ['a missing version', changelog, '1.3.0', 'CHANGELOG.md has no entry for 1.3.0: add a "## [1.3.0] - YYYY-MM-DD" section listing its changes (move them from "## [Unreleased]")'],
    ['a version only mentioned in a fence or a link', changelog, '1.0.0', 'CHANGELOG.md has no entry for 1.0.0'],
    ['an entry without a date', '## [1.3.0]\n- x\n', '1.3.0', 'CHANGELOG.md:1: the entry for 1.3.0 has no date: write the heading as "## [1.3.0] - YYYY-MM-DD"'],
    ['an entry with a bad date', '# C\n## [1.3.0] - soon\n- x\n', '1.3.0', 'CHANGELOG.md:2: the entry for 1.3.0 has the date "soon"'],
    ['an empty entry', '## [1.3.0] - 2026-12-06\n\n## [1.2.0] - 2026-11-01\n- y\n', '1.3.0', 'CHANGELOG.md:1: the entry for 1.3.0 is empty: list its changes under the heading'],
    ['two entries', '## [1.3.0] - 2026-12-06\n- a\n## [1.3.0] - 2026-12-07\n- b\n', '1.3.0', 'CHANGELOG.md has two entries for 1.3.0 (lines 1 and 3): keep one'],
  ])('refuses %s with one line naming CHANGELOG.md', (_, text, version, message) => {
    expect(() => releaseNotes(text, version)).toThrow(message);
  });

  it('does not take 1.2.0 for 1.2.0-rc.1 or the other way round', () => {
    expect(() => releaseNotes('## [1.2.0-rc.1] - 2026-12-01\n- rc\n', '1.2.0')).toThrow('has no entry for 1.2.0');
    expect(() => releaseNotes(changelog, '1.2.0-rc.1')).toThrow('has no entry for 1.2.0-rc.1');
  });
});
