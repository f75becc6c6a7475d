import { NAN_LOSS_LINE } from './nan-loss';

/**
 * The failure causes and their remedies, as data. Remedies for the five rows of
 * seed 000's troubleshooting table 6.1 repeat that table (cause → remedy) and
 * then say concretely what to change; the other causes are the ones a GPU
 * training job meets most often.
 *
 * A rule matches on the run's outcome (exit code, signal, timeout) and/or on
 * lines of the log tail. Rules are tried in order and the first match wins, so
 * specific evidence (a CUDA OOM message) comes before generic evidence
 * (exit code 137, which any OOM kill produces).
 */
export interface Outcome {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** The cgroup's oom_kill counter went up while the command ran (cgroup v2 memory.events). */
  oomKilled?: boolean;
  /** The action itself got SIGINT/SIGTERM (the job was cancelled) and passed it on. */
  cancelled?: boolean;
  /** The action itself decided the cause: it stopped the command early, or never started it. */
  decided?: { cause: Cause; evidence: string };
}

export interface Rule {
  cause: Cause;
  title: string;
  /** Seed 000 table 6.1's row, when this cause is one of its rows: its failure type, cause and remedy. */
  seed?: { failure: string; reason: string; remedy: string };
  remedy: string;
  /** Any line of the log tail matching any of these is evidence. */
  patterns?: RegExp[];
  /** Evidence from how the process ended. */
  outcome?: (o: Outcome) => boolean;
}

export type Cause =
  | 'timeout'
  | 'cancelled'
  | 'cuda-oom'
  | 'nccl'
  | 'disk-full'
  | 'dvc-pull'
  | 'image-pull'
  | 'missing-module'
  | 'nan-loss'
  | 'gpu-stall'
  | 'gpu-unavailable'
  | 'host-oom'
  | 'flaky-test'
  | 'unknown';

export const rules: Rule[] = [
  {
    cause: 'timeout',
    title: 'Training timed out',
    seed: { failure: '학습 시간 초과 (training timeout)', reason: '데이터 크기 증가 (the data grew)', remedy: '샘플링, 병렬화, 타임아웃 증가 (sample, parallelise, raise the timeout)' },
    remedy:
      'The data grew past what fits in the time budget: train on a sample in CI (e.g. `--max-rows`/a data subset on pull requests), parallelise (more DataLoader workers, multi-GPU/DDP), or raise the `timeout` input and the job\'s `timeout-minutes`.',
    outcome: (o) => o.timedOut,
  },
  {
    cause: 'cancelled',
    title: 'Job cancelled',
    remedy:
      'The run was cancelled while training (by hand, by a newer push under `concurrency: cancel-in-progress`, or by the job\'s `timeout-minutes`) and the signal was passed to the command. If it was the job timeout, give the action a `timeout` shorter than `timeout-minutes` so a slow run is diagnosed as a timeout instead.',
    outcome: (o) => o.cancelled === true,
  },
  {
    cause: 'cuda-oom',
    title: 'CUDA out of memory',
    seed: { failure: '메모리 부족 (out of memory)', reason: '모델/데이터 크기 (model/data size)', remedy: 'Runner 스펙 업그레이드, 배치 처리 (bigger runner, batch processing)' },
    remedy:
      'The model and batch do not fit in GPU memory: lower the batch size (keep the effective batch with gradient accumulation), use mixed precision (`torch.autocast`) or gradient checkpointing, set `PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True` when reserved ≫ allocated (fragmentation), or move the job to a runner with a larger GPU.',
    patterns: [
      /CUDA out of memory/i,
      /\bOutOfMemoryError\b/,
      /CUBLAS_STATUS_ALLOC_FAILED/,
      /CUDA error: out of memory/i,
      /cudaErrorMemoryAllocation/,
      /RESOURCE_EXHAUSTED: Out of memory while trying to allocate/i,
      /\bOOM when allocating tensor\b/,
    ],
  },
  {
    cause: 'nccl',
    title: 'NCCL (multi-GPU communication) error',
    remedy:
      'A collective between GPUs failed or hung: rerun with `NCCL_DEBUG=INFO` (and `TORCH_DISTRIBUTED_DEBUG=DETAIL`) to see which rank and transport broke; check every rank runs the same code path (a rank that skips a collective hangs the rest); on hosts without working P2P/InfiniBand try `NCCL_P2P_DISABLE=1` / `NCCL_IB_DISABLE=1`; raise the process group `timeout` only if a rank is legitimately slow (e.g. data loading on rank 0).',
    patterns: [
      /\bNCCL error\b/i,
      /\bncclSystemError\b|\bncclInternalError\b|\bncclUnhandledCudaError\b|\bncclInvalidUsage\b|\bncclRemoteError\b/,
      /ProcessGroupNCCL.*(?:Watchdog|timeout|Timeout|caught collective operation timeout)/,
      /\bDistBackendError\b/,
      /NCCL WARN/,
    ],
  },
  {
    cause: 'disk-full',
    title: 'Disk full',
    remedy:
      'The runner ran out of disk: clean caches before training (`docker system prune -af`, `pip cache purge`, old checkpoints, `dvc gc`), write checkpoints and datasets to a larger volume (set `TMPDIR`, `HF_HOME`, the DVC cache dir), keep fewer checkpoints, or use a runner with a bigger disk.',
    patterns: [/No space left on device/i, /\bENOSPC\b/, /\[Errno 28\]/, /Disk quota exceeded/i, /\bEDQUOT\b/],
  },
  {
    cause: 'dvc-pull',
    title: 'DVC pull failed',
    seed: { failure: '데이터 pull 실패 (data pull failed)', reason: 'DVC 인증 만료 (DVC credentials expired)', remedy: 'Secrets 갱신, 토큰 rotation (renew the secrets, rotate the token)' },
    remedy:
      'DVC could not read the remote — usually expired or missing credentials: renew the storage secrets (e.g. `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`, `GDRIVE_CREDENTIALS_DATA`, Azure connection string) in the repository settings and rotate the token; check `dvc remote list` points at the bucket the credentials can read, and that every needed file was `dvc push`ed.',
    patterns: [
      /ERROR: failed to pull data from the cloud/i,
      /\bdvc\b.*(?:pull|fetch).*(?:fail|error)/i,
      /ERROR: unexpected error - .*(?:credentials|Forbidden|403|AccessDenied|ExpiredToken)/i,
      /Unable to locate credentials/i,
      /\bExpiredToken\b|The provided token has expired|InvalidAccessKeyId|SignatureDoesNotMatch/,
      /ERROR: failed to (?:pull|fetch|download)/i,
      /ERROR: configuration error - .*remote/i,
    ],
  },
  {
    cause: 'image-pull',
    title: 'Container image pull failed',
    seed: { failure: '배포 실패 (deployment failed)', reason: '이미지 pull 오류 (image pull error)', remedy: 'Registry 인증 확인, 태그 검증 (check registry auth, verify the tag)' },
    remedy:
      'The image could not be pulled: check the registry login (`docker/login-action` with a token that can read the package; `imagePullSecrets` in Kubernetes) and verify the tag exists (`docker manifest inspect <image>:<tag>`) — a tag built by a failed or skipped job is the usual cause of `manifest unknown`.',
    patterns: [
      /\bErrImagePull\b/,
      /\bImagePullBackOff\b/,
      /manifest unknown/i,
      /manifest for .* not found/i,
      /pull access denied/i,
      /Error response from daemon: (?:pull|Get|Head) /i,
      /failed to (?:pull|resolve) (?:image|reference)/i,
      /unauthorized: authentication required/i,
    ],
  },
  {
    cause: 'missing-module',
    title: 'Missing Python module',
    remedy:
      'A package the code imports is not installed in this environment: add it to requirements.txt / pyproject (pinned), install in the same interpreter that runs training (`python -m pip install -r requirements.txt`), and for a local package run from the repo root or `pip install -e .`. A CUDA-extension import error usually means a torch/CUDA version mismatch.',
    patterns: [/^\s*ModuleNotFoundError: /, /^\s*ImportError: /, /No module named ['"]?[\w.]+/],
  },
  {
    cause: 'nan-loss',
    title: 'Loss became NaN/inf',
    remedy:
      'Training diverged: lower the learning rate or add warm-up, clip gradients (`torch.nn.utils.clip_grad_norm_`), check the data for NaN/inf and zero-variance features (validate-data), use a loss that is numerically stable (`BCEWithLogitsLoss`, log-softmax) and keep fp16 loss scaling on (`GradScaler`); `torch.autograd.set_detect_anomaly(True)` finds the first bad op.',
    // The loss lines that can also stop a running job (stop-on-nan), plus anomaly-detection messages that only explain a failure.
    patterns: [...NAN_LOSS_LINE, /\bNaN or Inf found in input tensor\b/i, /Function '\w+' returned nan values/, /detected (?:nan|inf) (?:in|loss)/i],
  },
  {
    cause: 'gpu-stall',
    title: 'GPUs stalled',
    remedy:
      'Every GPU sat idle for the whole stall window while the command kept running, so it was stopped instead of burning GPU hours. Usual reasons: a hung collective (one rank stuck or dead: rerun with `NCCL_DEBUG=INFO` and `TORCH_DISTRIBUTED_DEBUG=DETAIL`, and `py-spy dump --pid <pid>` on a live run shows where each process waits), a starved input pipeline (more DataLoader `num_workers`, `pin_memory=True`, data on local disk instead of a network mount), or waiting on something else (a download, a lock, a prompt). If start-up (loading data, compiling) legitimately keeps the GPUs idle longer, raise `stall-minutes`.',
  },
  {
    cause: 'gpu-unavailable',
    title: 'GPUs unavailable',
    remedy:
      'The job did not get the GPUs it needs: check that the `runs-on` labels select only runners with enough GPUs (e.g. a `gpu-4x` label), that no other job or stray process holds them, and that the NVIDIA driver works on the runner (`nvidia-smi` must list every GPU; after a driver update, reboot or reload the kernel module). In a container job, pass the GPUs in (`options: --gpus all`).',
    patterns: [/No CUDA GPUs are available/i, /Found no NVIDIA driver on your system/i, /NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver/i, /CUDA driver initialization failed/i],
  },
  {
    cause: 'host-oom',
    title: 'Killed by the host OOM killer',
    seed: { failure: '메모리 부족 (out of memory)', reason: '모델/데이터 크기 (model/data size)', remedy: 'Runner 스펙 업그레이드, 배치 처리 (bigger runner, batch processing)' },
    remedy:
      'The process ran out of host RAM and the kernel killed it (SIGKILL, exit 137): process the data in batches or stream it (chunked reads, a memory-mapped dataset) instead of loading it whole, lower DataLoader `num_workers`/`prefetch_factor` (each worker copies the dataset), or move the job to a runner with more memory.',
    patterns: [/Out of memory: Killed process/i, /oom-kill:/i, /^\s*MemoryError\b/, /\bKilled\s*$/, /std::bad_alloc/, /Cannot allocate memory/i],
    outcome: (o) => o.oomKilled === true || o.exitCode === 137 || o.signal === 'SIGKILL',
  },
  {
    cause: 'flaky-test',
    title: 'Tests failed (possibly nondeterministic)',
    seed: { failure: '테스트 불안정 (flaky tests)', reason: '랜덤 시드 미고정 (random seed not fixed)', remedy: 'PYTHONHASHSEED, numpy seed 고정 (fix PYTHONHASHSEED and the numpy seed)' },
    remedy:
      'If the same test passes on a rerun, the randomness is not pinned: set `PYTHONHASHSEED=0` in the job env and fix every seed at the start of each test and of training (`random.seed`, `np.random.seed`, `torch.manual_seed`, `torch.cuda.manual_seed_all`; `torch.use_deterministic_algorithms(True)` for GPU ops); compare metrics with a tolerance instead of exact equality.',
    // pytest's own lines only: an AssertionError in training code is a bug, not flakiness.
    patterns: [/^=+ .*\b\d+ failed\b.* =+$/, /^FAILED [^\s]+::/],
  },
];

export const unknownRule: Rule = {
  cause: 'unknown',
  title: 'Unclassified failure',
  remedy: 'No known failure pattern was found in the log; read the last lines of the log below, and rerun with more logging (e.g. `PYTHONFAULTHANDLER=1`, `NCCL_DEBUG=INFO`, `CUDA_LAUNCH_BLOCKING=1`).',
};

export const ruleFor = (cause: Cause): Rule => rules.find((r) => r.cause === cause) ?? unknownRule;
