import { parseDuration } from './duration';
import { userErrorLine } from './testing/user-error-line';

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['45m', 2700],
    ['2h', 7200],
    ['1h30m', 5400],
    [' 1.5m ', 90],
  ])('%j is %d s', (text, seconds) => expect(parseDuration(text, 'timeout')).toBe(seconds));

  it.each(['soon', '10 minutes', '-5', '0', '5x', '1h30'])('rejects %j', (text) => {
    expect(userErrorLine(() => parseDuration(text, 'timeout'))).toMatch(/^input "timeout" /);
  });
});
