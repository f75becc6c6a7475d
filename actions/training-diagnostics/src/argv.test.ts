import { isUserError } from '@mlship/core';
import { quoteArgv, splitCommand } from './argv';

const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (isUserError(e)) return e.line;
    throw e;
  }
  throw new Error('expected a UserError');
};

describe('splitCommand', () => {
  it.each([
    ['python train.py --epochs 10', ['python', 'train.py', '--epochs', '10']],
    ['  python   -m  train  ', ['python', '-m', 'train']],
    [`python train.py --name 'run 1' --tag "a b"`, ['python', 'train.py', '--name', 'run 1', '--tag', 'a b']],
    [`python -c 'print("$HOME && |")'`, ['python', '-c', 'print("$HOME && |")']],
    [`echo "say \\"hi\\" \\\\ \\$5"`, ['echo', 'say "hi" \\ $5']],
    [`echo "keep \\n as is"`, ['echo', 'keep \\n as is']],
    ['echo a\\ b', ['echo', 'a b']],
    ["echo ''", ['echo', '']],
    [`echo pre'quoted'post"x"`, ['echo', 'prequotedpostx']],
    ['python train.py \\\n  --epochs 3', ['python', 'train.py', '--epochs', '3']],
    ['python train.py\n  --lr=0.001 # the lr\n', ['python', 'train.py', '--lr=0.001']],
    ['bash train.sh', ['bash', 'train.sh']],
    ['python a#b.py', ['python', 'a#b.py']],
  ])('%j', (command, argv) => {
    expect(splitCommand(command)).toEqual(argv);
  });

  it.each([
    ['python train.py && echo done', /shell syntax "&"/],
    ['python train.py | tee log', /shell syntax "\|"/],
    ['python train.py > out.log', /shell syntax ">"/],
    ['python train.py --lr $LR', /shell syntax "\$"/],
    ['python train.py --lr "$LR"', /shell syntax "\$"/],
    ['python $(cat args)', /shell syntax "\$"/],
    ['python train.py; rm -rf /', /shell syntax ";"/],
    ['python data/*.csv', /shell syntax "\*"/],
    ['python ~/train.py', /shell syntax "~"/],
    ["python train.py --name 'oops", /unterminated single quote/],
    ['python train.py --name "oops', /unterminated double quote/],
    ['python \\', /lone backslash/],
    ['   ', /is empty/],
    ['# only a comment', /is empty/],
  ])('rejects %j with one line', (command, message) => {
    const line = errorOf(() => splitCommand(command));
    expect(line).toMatch(/^input "command" /);
    expect(line).toMatch(message);
    expect(line).not.toContain('\n');
  });

  it('says how to run shell on purpose', () => {
    expect(errorOf(() => splitCommand('a | b'))).toContain('`command: bash train.sh`');
  });

  it('quotes argv back into a line sh splits the same way', () => {
    const argv = ['python', 'train.py', '--name', "it's a run", '--x=1'];
    expect(quoteArgv(argv)).toBe(`python train.py --name 'it'\\''s a run' --x=1`);
    expect(splitCommand(quoteArgv(['python', 'a b', '--c=d']))).toEqual(['python', 'a b', '--c=d']);
  });
});
