import { isNanLossLine, NanLossWatcher } from './nan-loss';

describe('NaN/inf loss lines', () => {
  it.each([
    'epoch 3 step 1400 | loss: nan',
    'step 1400 loss=inf',
    'step 1400 loss: -inf',
    'Epoch 1/10 - 12s - loss: nan - accuracy: 0.5012',
    "{'loss': nan, 'grad_norm': nan, 'learning_rate': 4.9e-05, 'epoch': 0.02}",
    "{'eval_loss': inf, 'eval_runtime': 3.1, 'epoch': 1.0}",
    'Epoch 0:  40%|████      | 4/10 [00:00<00:00, 40.00it/s, v_num=1, train_loss=nan]',
    'Epoch 0: 100%|██████████| 10/10 [00:01<00:00,  9.50it/s, v_num=0, train_loss_step=nan, train_loss_epoch=0.693]',
    'Monitored metric val_loss = nan is not finite. Previous best value was 0.532. Signaling Trainer to stop.',
    'ValueError: The loss returned in `training_step` is nan.',
    'Loss is NaN, stopping training',
    'WARNING: nan loss detected at step 120',
    'step 1400 | lr 3.0e-04 | loss nan',
    'loss: tensor(nan, device=\'cuda:0\', grad_fn=<NllLossBackward0>)',
    '[rank0]: step 50 "loss": NaN',
  ])('%s', (line) => expect(isNanLossLine(line)).toBe(true));

  it.each([
    'step 1400 | loss: 0.4123 | grad_norm: nan',
    "{'loss': 0.6931, 'grad_norm': inf, 'learning_rate': 5e-05, 'epoch': 0.01}",
    'Gradient overflow. Skipping step, loss scaler 0 reducing loss scale to 32768.0',
    'data loading took 1532 nanoseconds',
    'finance dataset loaded: 1200 rows, loss ratio 0.3',
    'loss: 0.3 info: saving checkpoint',
    'val_loss improved from inf to 0.52314, saving model to best.h5',
    'grad_norm: nan',
    'lossy compression: nan values replaced',
  ])('not %s', (line) => expect(isNanLossLine(line)).toBe(false));
});

describe('NanLossWatcher', () => {
  const watch = (chunks: (string | Buffer)[]) => {
    const seen: string[] = [];
    const w = new NanLossWatcher((line) => seen.push(line));
    for (const c of chunks) w.push(typeof c === 'string' ? Buffer.from(c) : c);
    return seen;
  };

  it('finds a line split across chunks, once, and only when the line is complete', () => {
    expect(watch(['step 1 loss: 0.5\nstep 2 lo', 'ss: na'])).toEqual([]);
    expect(watch(['step 1 loss: 0.5\nstep 2 lo', 'ss: na', 'n\nstep 3 loss: nan\n'])).toEqual(['step 2 loss: nan']);
  });

  it('reads progress bars redrawn with carriage returns, without colours', () => {
    expect(watch(['Epoch 0:  10%|█ | 1/10 [\u001b[32mtrain_loss=0.69\u001b[0m]\rEpoch 0:  20%|██ | 2/10 [train_loss=\u001b[31mnan\u001b[0m]\r'])).toEqual(['Epoch 0:  20%|██ | 2/10 [train_loss=nan]']);
  });

  it('decodes UTF-8 split across chunks', () => {
    const bytes = Buffer.from('Schritt 2 – loss: nan\n');
    const cut = bytes.indexOf(0xe2) + 1; // inside the en dash
    expect(watch([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['Schritt 2 – loss: nan']);
  });
});
