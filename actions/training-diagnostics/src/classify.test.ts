import { classify } from './classify';
import { rules, type Outcome } from './rules';
import { lastTraceback } from './traceback';

const ok = { exitCode: 1, signal: null, timedOut: false };
const run = (log: string, outcome: Outcome = ok) => {
  const lines = log.split('\n');
  return classify(lines, outcome, lastTraceback(lines));
};

/** Logs as the tools print them (PyTorch 2.3, torchrun, DVC 3, kubectl, pytest 8). */
const logs = {
  cudaOom: `Epoch 3:  41%|████      | 410/1000 [02:11<03:09,  3.11it/s, loss=0.412]
Traceback (most recent call last):
  File "/home/runner/work/ml/src/train.py", line 142, in <module>
    main()
  File "/home/runner/work/ml/src/train.py", line 118, in main
    outputs = model(**batch)
  File "/opt/venv/lib/python3.10/site-packages/torch/nn/modules/module.py", line 1532, in _wrapped_call_impl
    return self._call_impl(*args, **kwargs)
torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.53 GiB. GPU 0 has a total capacity of 14.58 GiB of which 1.02 GiB is free. Including non-PyTorch memory, this process has 13.56 GiB memory in use. Of the allocated memory 12.88 GiB is allocated by PyTorch, and 512.34 MiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)`,
  nccl: `[rank1]:[E ProcessGroupNCCL.cpp:563] [Rank 1] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=12, OpType=ALLREDUCE, NumelIn=1, NumelOut=1, Timeout(ms)=600000) ran for 600049 milliseconds before timing out.
[rank1]: Traceback (most recent call last):
[rank1]:   File "/workspace/train.py", line 61, in <module>
[rank1]:     dist.all_reduce(t)
[rank1]:   File "/usr/local/lib/python3.10/dist-packages/torch/distributed/c10d_logger.py", line 75, in wrapper
[rank1]:     return func(*args, **kwargs)
[rank1]: torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1970, unhandled system error (run with NCCL_DEBUG=INFO for details), NCCL version 2.20.5
[rank1]: ncclSystemError: System call (e.g. socket, malloc) or external library call failed or device error.`,
  diskFull: `Saving checkpoint to checkpoints/epoch_12.pt
Traceback (most recent call last):
  File "train.py", line 201, in save
    torch.save(state, path)
  File "/opt/venv/lib/python3.10/site-packages/torch/serialization.py", line 628, in save
    with _open_zipfile_writer(f) as opened_zipfile:
RuntimeError: [enforce fail at inline_container.cc:595] . unexpected pos 1663029696 vs 1663029584
OSError: [Errno 28] No space left on device`,
  dvc: `Collecting                                            |0.00 [00:00,    ?entry/s]
Fetching
ERROR: unexpected error - An error occurred (ExpiredToken) when calling the ListObjectsV2 operation: The provided token has expired.
ERROR: failed to pull data from the cloud - Checkout failed for following targets:
data/train.parquet
Is your cache up to date?`,
  imagePull: `deployment.apps/model-server configured
Waiting for deployment "model-server" rollout to finish: 0 of 3 updated replicas are available...
model-server-7d9c6b5f4-x2k8p   0/1     ErrImagePull       0          12s
  Warning  Failed     10s   kubelet  Failed to pull image "ghcr.io/acme/model-server:v1.4.2": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/acme/model-server:v1.4.2": failed to resolve reference "ghcr.io/acme/model-server:v1.4.2": ghcr.io/acme/model-server:v1.4.2: not found
model-server-7d9c6b5f4-x2k8p   0/1     ImagePullBackOff   0          25s`,
  missingModule: `Traceback (most recent call last):
  File "/home/runner/work/ml/src/train.py", line 7, in <module>
    import lightning as L
ModuleNotFoundError: No module named 'lightning'`,
  nanLoss: `step 1200 | lr 3.0e-04 | loss 2.3412
step 1300 | lr 3.0e-04 | loss 9.8751
step 1400 | lr 3.0e-04 | loss nan
Traceback (most recent call last):
  File "train.py", line 99, in <module>
    raise FloatingPointError(f"loss is {loss.item()} at step {step}")
FloatingPointError: loss is nan at step 1400`,
  hostOom: `Loading dataset into memory: 78%
/home/runner/work/_temp/8a1b.sh: line 1:  2411 Killed                  python src/train.py --data data/full.parquet`,
  pytest: `tests/test_model.py::test_training_converges FAILED                [ 50%]
tests/test_model.py::test_predict_shape PASSED                      [100%]
=================================== FAILURES ===================================
>       assert metrics["accuracy"] == 0.9312
E       assert 0.9297 == 0.9312
FAILED tests/test_model.py::test_training_converges - assert 0.9297 == 0.9312
========================= 1 failed, 1 passed in 41.22s =========================`,
  unknown: `Epoch 1 done
Segmentation fault (core dumped)`,
};

describe('classify', () => {
  it.each([
    ['cudaOom', 'cuda-oom', ok],
    ['nccl', 'nccl', ok],
    ['diskFull', 'disk-full', ok],
    ['dvc', 'dvc-pull', ok],
    ['imagePull', 'image-pull', ok],
    ['missingModule', 'missing-module', ok],
    ['nanLoss', 'nan-loss', ok],
    ['hostOom', 'host-oom', { exitCode: 137, signal: null, timedOut: false }],
    ['pytest', 'flaky-test', ok],
    ['unknown', 'unknown', { exitCode: 139, signal: null, timedOut: false }],
  ] as const)('%s → %s', (name, cause, outcome) => {
    const c = run(logs[name], outcome);
    expect(c.cause).toBe(cause);
    expect(c.remedy.length).toBeGreaterThan(40);
  });

  it('finds a NaN loss in progress lines without a traceback, and does not call an assert in training code flaky', () => {
    expect(run('step 1300 | loss 9.8751\nstep 1400 | loss nan\nstep 1500 | loss nan').cause).toBe('nan-loss');
    expect(run('Epoch 3: 100%|██████| 500/500 [01:02<00:00, 8.01it/s, train_loss=inf]').cause).toBe('nan-loss');
    const assertion = 'Traceback (most recent call last):\n  File "train.py", line 3, in <module>\n    assert x.shape[1] == 128\nAssertionError';
    expect(run(assertion).cause).toBe('unknown');
  });

  it('does not call a NaN gradient norm (a skipped fp16 step) a NaN loss', () => {
    expect(run("{'loss': 0.6931, 'grad_norm': nan, 'learning_rate': 5e-05, 'epoch': 0.01}\nstep 20 | loss: 0.41 | grad_norm: inf").cause).toBe('unknown');
  });

  it("takes the action's own decision (an early stop, missing GPUs) over anything in the log", () => {
    const stopped = run(logs.cudaOom, { exitCode: null, signal: 'SIGTERM', timedOut: false, decided: { cause: 'gpu-stall', evidence: 'every GPU (2) stayed at or below 5% utilisation for 600.0 s (highest seen 0%)' } });
    expect(stopped).toMatchObject({ cause: 'gpu-stall', title: 'GPUs stalled', evidence: 'every GPU (2) stayed at or below 5% utilisation for 600.0 s (highest seen 0%)', alsoSeen: ['cuda-oom'] });
    expect(run('', { exitCode: null, signal: null, timedOut: false, decided: { cause: 'gpu-unavailable', evidence: 'gpu-count is 4 but nvidia-smi lists 2 GPUs' } }).cause).toBe('gpu-unavailable');
  });

  it('recognises CUDA seeing no GPU as gpu-unavailable', () => {
    const log = 'Traceback (most recent call last):\n  File "train.py", line 9, in <module>\n    model.cuda()\nRuntimeError: No CUDA GPUs are available';
    expect(run(log).cause).toBe('gpu-unavailable');
  });

  it('calls a run the action passed a cancel signal to cancelled, not an OOM kill', () => {
    expect(run(logs.cudaOom, { exitCode: null, signal: 'SIGKILL', timedOut: false, cancelled: true } as never).cause).toBe('cancelled');
  });

  it('takes a timeout over anything in the log', () => {
    expect(run(logs.cudaOom, { exitCode: null, signal: 'SIGTERM', timedOut: true }).cause).toBe('timeout');
  });

  it('calls exit 137, SIGKILL and a cgroup OOM kill host-oom even with a silent log', () => {
    expect(run('epoch 1', { exitCode: 137, signal: null, timedOut: false }).cause).toBe('host-oom');
    expect(run('epoch 1', { exitCode: null, signal: 'SIGKILL', timedOut: false }).cause).toBe('host-oom');
    expect(run('epoch 1', { exitCode: 1, signal: null, timedOut: false, oomKilled: true }).cause).toBe('host-oom');
  });

  it('prefers the exception that ended the process over warnings earlier in the tail', () => {
    const log = `[W socket.cpp:697] NCCL WARN Connect to 10.0.0.2<45123> failed : Connection refused\n${logs.missingModule}`;
    const c = run(log);
    expect(c.cause).toBe('missing-module');
    expect(c.evidence).toBe("ModuleNotFoundError: No module named 'lightning'");
    expect(c.alsoSeen).toContain('nccl');
  });

  it('keeps a CUDA OOM when torchrun killed the other ranks with SIGKILL', () => {
    expect(run(logs.cudaOom.split('\n').slice(-1).join('\n'), { exitCode: null, signal: 'SIGKILL', timedOut: false }).cause).toBe('cuda-oom');
  });

  it('finds the disk-full line under an unrelated final exception', () => {
    const c = run(logs.diskFull);
    expect(c.cause).toBe('disk-full');
    expect(c.evidence).toBe('OSError: [Errno 28] No space left on device');
  });

  it('reports the exit status as the evidence of an unknown failure', () => {
    expect(run(logs.unknown, { exitCode: 139, signal: null, timedOut: false }).evidence).toBe('exit code 139');
  });

  it('maps every row of seed 000 troubleshooting table 6.1 to a cause with its remedy', () => {
    const seedRows = [
      ['데이터 pull 실패', 'DVC 인증 만료', 'Secrets 갱신, 토큰 rotation'],
      ['학습 시간 초과', '데이터 크기 증가', '샘플링, 병렬화, 타임아웃 증가'],
      ['메모리 부족', '모델/데이터 크기', 'Runner 스펙 업그레이드, 배치 처리'],
      ['테스트 불안정', '랜덤 시드 미고정', 'PYTHONHASHSEED, numpy seed 고정'],
      ['배포 실패', '이미지 pull 오류', 'Registry 인증 확인, 태그 검증'],
    ];
    for (const [failure, reason, remedy] of seedRows) {
      const rule = rules.find((r) => r.seed?.failure.startsWith(failure!));
      expect(rule?.seed?.reason.startsWith(reason!)).toBe(true);
      expect(rule?.seed?.remedy.startsWith(remedy!)).toBe(true);
    }
    const english = (cause: string) => rules.find((r) => r.cause === cause)!.remedy;
    expect(english('dvc-pull')).toMatch(/renew the storage secrets.*rotate the token/);
    expect(english('timeout')).toMatch(/sample.*parallelise.*raise the `timeout`/);
    expect(english('host-oom')).toMatch(/batches.*runner with more memory/);
    expect(english('cuda-oom')).toMatch(/batch size.*larger GPU/);
    expect(english('flaky-test')).toMatch(/PYTHONHASHSEED=0.*np\.random\.seed/);
    expect(english('image-pull')).toMatch(/registry login.*verify the tag/);
  });
});
