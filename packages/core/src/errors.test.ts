/**
 * The one line a user error prints: where, what, and how to fix it, read as sentences.
 */
import { UserError, describeError, sentences } from './errors';

describe('a user error reads as sentences', () => {
  it('a message without an end gets a full stop before the hint', () => {
    const e = new UserError('no such file or directory', { where: 'data data/train.csv', hint: 'Check the path relative to the working directory.' });
    expect(describeError(e)).toBe('data data/train.csv: no such file or directory. Check the path relative to the working directory.');
  });

  it('a message that ends a sentence, asks, or introduces the hint is left as written', () => {
    expect(sentences('the server did not answer (3 attempts).', 'Check the URL.')).toBe('the server did not answer (3 attempts). Check the URL.');
    expect(sentences('unknown key "mni". Did you mean "min"?', 'Fix the key.')).toBe('unknown key "mni". Did you mean "min"? Fix the key.');
    expect(sentences('failed!', 'Retry.')).toBe('failed! Retry.');
    expect(sentences('supported kwargs:', 'min_value, max_value.')).toBe('supported kwargs: min_value, max_value.');
  });

  it('an address or a parenthesis at the end still gets its full stop', () => {
    expect(sentences('connect ECONNREFUSED 127.0.0.1:9', 'The server is unreachable.')).toBe('connect ECONNREFUSED 127.0.0.1:9. The server is unreachable.');
    expect(sentences('cannot read (EACCES)', 'Check the permissions.')).toBe('cannot read (EACCES). Check the permissions.');
  });

  it('no hint, no added stop; trailing blanks and line breaks fold into one line', () => {
    expect(new UserError('input "data" is required').line).toBe('input "data" is required');
    expect(new UserError('two\nlines  ', { hint: 'One line.' }).line).toBe('two lines. One line.');
  });
});
