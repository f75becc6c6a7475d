export const id = 7237;
export const ids = [7237];
export const modules = {

/***/ 67237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainingDiagnostics: () => (/* binding */ trainingDiagnostics)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
// EXTERNAL MODULE: ./packages/notify/src/index.ts + 4 modules
var notify_src = __webpack_require__(76460);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./actions/training-diagnostics/src/argv.ts

/**
 * Splits the `command` input into argv the way a POSIX shell splits words \u2014
 * single quotes literal, double quotes with \" \\ \$ \` escapes, backslash
 * outside quotes, `#` comments \u2014 and then runs it with no shell at all.
 *
 * What a shell would do *beyond* splitting (pipes, `&&`, redirections,
 * `$VAR`, `$(\u2026)`, globs) cannot happen here, so rather than pass `&&` or
 * `$LR` to the program as a literal word, those are rejected with a hint: run
 * a script on purpose (`command: bash train.sh`) when shell features are wanted.
 */
function splitCommand(command) {
    const words = [];
    let word = '';
    let inWord = false;
    const fail = (what, hint) => {
        throw new src/* UserError */.yo(`input "command" ${what}`, { hint });
    };
    const shellOnly = (c) => fail(`uses the shell syntax "${c}", but the command runs without a shell (inputs are never interpolated into one)`, 'Put the pipeline in a script and run it deliberately, e.g. `command: bash train.sh`, or quote the character if it is meant literally.');
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            continue;
        }
        if (c === '#' && !inWord) {
            while (i < command.length && command[i] !== '\n')
                i++;
            continue;
        }
        if (c === "'") {
            const end = command.indexOf("'", i + 1);
            if (end < 0)
                fail('has an unterminated single quote', "Close the quote: `python train.py --name 'run 1'`.");
            word += command.slice(i + 1, end);
            inWord = true;
            i = end;
            continue;
        }
        if (c === '"') {
            inWord = true;
            let j = i + 1;
            for (; j < command.length && command[j] !== '"'; j++) {
                const d = command[j];
                if (d === '\\' && j + 1 < command.length) {
                    const next = command[j + 1];
                    if (next === '\n') {
                        j++;
                        continue;
                    }
                    if ('"\\$`'.includes(next)) {
                        word += next;
                        j++;
                        continue;
                    }
                    word += d;
                    continue;
                }
                if (d === '$' || d === '`')
                    shellOnly(d === '$' ? '$' : '`');
                word += d;
            }
            if (j >= command.length)
                fail('has an unterminated double quote', 'Close the quote: `python train.py --name "run 1"`.');
            i = j;
            continue;
        }
        if (c === '\\') {
            if (i + 1 >= command.length)
                fail('ends with a lone backslash', 'Remove it, or write \\\\ for a literal backslash.');
            const next = command[++i];
            // Backslash-newline is a line continuation, as in sh.
            if (next !== '\n') {
                word += next;
                inWord = true;
            }
            continue;
        }
        if ('|&;<>()$`*?'.includes(c))
            shellOnly(c);
        if (c === '~' && !inWord)
            shellOnly('~');
        word += c;
        inWord = true;
    }
    if (inWord)
        words.push(word);
    if (words.length === 0)
        fail('is empty', 'Give the training command, e.g. `command: python train.py --epochs 10`.');
    return words;
}
/** argv back to one line a person can paste into sh (for logs and the summary). */
function quoteArgv(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./actions/training-diagnostics/src/log-tail.ts

/** How much of a log is kept for classification: enough for a long traceback and the lines before it. */
const TAIL_BYTES = 256 * 1024;
const MAX_LINE = 2000;
/** The last `limit` bytes of a stream, in bounded memory however long the command runs. */
class TailBuffer {
    limit;
    chunks = [];
    /** Index of the oldest chunk still kept: dropping by index keeps a push O(1) with many small chunks. */
    head = 0;
    size = 0;
    total = 0;
    constructor(limit = TAIL_BYTES) {
        this.limit = limit;
    }
    push(chunk) {
        this.total += chunk.length;
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[this.head].length >= this.limit)
            this.size -= this.chunks[this.head++].length;
        if (this.head > 1024 && this.head * 2 > this.chunks.length) {
            this.chunks = this.chunks.slice(this.head);
            this.head = 0;
        }
    }
    bytes() {
        const all = Buffer.concat(this.chunks.slice(this.head));
        return all.length > this.limit ? all.subarray(all.length - this.limit) : all;
    }
    get truncated() {
        return this.total > this.limit;
    }
}
/** Reads only the last `limit` bytes of a file, however large it is. */
function readFileTail(file, limit = TAIL_BYTES) {
    const fd = external_node_fs_default().openSync(file, 'r');
    try {
        const totalBytes = external_node_fs_default().fstatSync(fd).size;
        const length = Math.min(limit, totalBytes);
        const bytes = Buffer.alloc(length);
        let read = 0;
        while (read < length) {
            const n = external_node_fs_default().readSync(fd, bytes, read, length - read, totalBytes - length + read);
            if (n === 0)
                break;
            read += n;
        }
        return { bytes: bytes.subarray(0, read), totalBytes };
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
const GITHUB_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z /;
// CSI/OSC escape sequences (colours, cursor moves) that tools print to terminals.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/**
 * Bytes to readable lines: invalid UTF-8 and control bytes become U+FFFD, ANSI
 * colours go, a carriage-return progress bar keeps its last state, a line that
 * is mostly binary becomes a placeholder, and a line cut by the tail window is
 * dropped so a half line cannot be mistaken for evidence.
 */
function toLines(bytes, truncated, totalBytes = bytes.length) {
    const text = bytes.toString('utf8');
    let lines = text.split('\n');
    if (truncated && lines.length > 1)
        lines = lines.slice(1);
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    let binaryLines = 0;
    // A log downloaded from GitHub prefixes every line with its time; rules anchored at the line start must not see it.
    const stamped = lines.length > 0 && lines.filter((l) => GITHUB_TIMESTAMP.test(l)).length >= lines.length / 2;
    const out = lines.map((raw) => {
        if (stamped)
            raw = raw.replace(GITHUB_TIMESTAMP, '');
        let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.includes('\r'))
            line = line.slice(line.lastIndexOf('\r') + 1);
        line = line.replace(ANSI, '');
        const bad = (line.match(CONTROL)?.length ?? 0) + (line.match(/\uFFFD/g)?.length ?? 0);
        if (line.length >= 8 && bad / line.length > 0.3) {
            binaryLines++;
            return `[binary data: ${Buffer.byteLength(raw)} bytes]`;
        }
        line = line.replace(CONTROL, '\uFFFD');
        return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}\u2026 [${line.length - MAX_LINE} more characters]` : line;
    });
    return { lines: out, totalBytes, truncated, binaryLines };
}
function readLogTail(file, limit = TAIL_BYTES) {
    const { bytes, totalBytes } = readFileTail(file, limit);
    return toLines(bytes, totalBytes > bytes.length, totalBytes);
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/nan-loss.ts


/**
 * Lines that say the *loss* is NaN or \u00b1inf, as trainers print them:
 * `loss: nan`, `loss=inf`, `loss: -inf`, Keras' `- loss: nan`, a Hugging Face
 * Trainer dict `{'loss': nan, 'grad_norm': \u2026}` or `'eval_loss': nan`, a
 * PyTorch Lightning progress bar `train_loss=nan` / `train_loss_step=nan`,
 * Lightning's EarlyStopping `val_loss = nan is not finite`, `Loss is NaN`,
 * `nan loss detected`, `loss 2.3 \u2026 loss nan`.
 *
 * They are strict on purpose, because they can stop a running job: between
 * the word loss and its `=`/`:` only quotes, brackets or spaces may stand, so
 * `loss: 0.41, grad_norm: nan` is not a NaN loss (an inf gradient norm is what
 * fp16 loss scaling skips every so often), and `nan`/`inf` must be whole words
 * (`nanoseconds`, `info`, `finance` never match).
 */
const NAN_LOSS_LINE = [
    /(?:\b|_)loss(?:_(?:step|epoch))?\b['"\])]?\s*[=:]\s*['"]?(?:tensor\()?[-+]?(?:nan|inf(?:inity)?)\b/i,
    /\b(?:train_|val_|total_)?loss\s+[-+]?(?:nan|inf)\b/i,
    /\bLoss is (?:nan|inf)/i,
    /\bnan loss\b|\bloss (?:is|became|went) [-+]?(?:nan|inf)/i,
    /\bloss returned in `?training_step`? is [-+]?(?:nan|inf)/i,
];
const isNanLossLine = (line) => NAN_LOSS_LINE.some((p) => p.test(line));
/** A partial line longer than this is not a log line anyone prints; it is dropped rather than kept growing. */
const MAX_PARTIAL = 64 * 1024;
/**
 * Splits one output stream into lines as they arrive and reports the first
 * that says the loss went NaN/inf. `\r` ends a line too: tqdm and Lightning
 * progress bars redraw with carriage returns and may not print a newline
 * until the epoch ends. UTF-8 split across chunks is decoded whole.
 */
class NanLossWatcher {
    onNanLoss;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    partial = '';
    found = false;
    constructor(onNanLoss) {
        this.onNanLoss = onNanLoss;
    }
    push(chunk) {
        if (this.found)
            return;
        const text = this.partial + this.decoder.write(chunk);
        const parts = text.split(/\r\n|\r|\n/);
        this.partial = parts.pop() ?? '';
        if (this.partial.length > MAX_PARTIAL)
            this.partial = '';
        for (const raw of parts) {
            const line = raw.replace(ANSI, '');
            if (line && isNanLossLine(line)) {
                this.found = true;
                this.onNanLoss(line.trim());
                return;
            }
        }
    }
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/rules.ts

const rules = [
    {
        cause: 'timeout',
        title: 'Training timed out',
        seed: { failure: '\ud559\uc2b5 \uc2dc\uac04 \ucd08\uacfc (training timeout)', reason: '\ub370\uc774\ud130 \ud06c\uae30 \uc99d\uac00 (the data grew)', remedy: '\uc0d8\ud50c\ub9c1, \ubcd1\ub82c\ud654, \ud0c0\uc784\uc544\uc6c3 \uc99d\uac00 (sample, parallelise, raise the timeout)' },
        remedy: 'The data grew past what fits in the time budget: train on a sample in CI (e.g. `--max-rows`/a data subset on pull requests), parallelise (more DataLoader workers, multi-GPU/DDP), or raise the `timeout` input and the job\'s `timeout-minutes`.',
        outcome: (o) => o.timedOut,
    },
    {
        cause: 'cancelled',
        title: 'Job cancelled',
        remedy: 'The run was cancelled while training (by hand, by a newer push under `concurrency: cancel-in-progress`, or by the job\'s `timeout-minutes`) and the signal was passed to the command. If it was the job timeout, give the action a `timeout` shorter than `timeout-minutes` so a slow run is diagnosed as a timeout instead.',
        outcome: (o) => o.cancelled === true,
    },
    {
        cause: 'cuda-oom',
        title: 'CUDA out of memory',
        seed: { failure: '\uba54\ubaa8\ub9ac \ubd80\uc871 (out of memory)', reason: '\ubaa8\ub378/\ub370\uc774\ud130 \ud06c\uae30 (model/data size)', remedy: 'Runner \uc2a4\ud399 \uc5c5\uadf8\ub808\uc774\ub4dc, \ubc30\uce58 \ucc98\ub9ac (bigger runner, batch processing)' },
        remedy: 'The model and batch do not fit in GPU memory: lower the batch size (keep the effective batch with gradient accumulation), use mixed precision (`torch.autocast`) or gradient checkpointing, set `PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True` when reserved \u226b allocated (fragmentation), or move the job to a runner with a larger GPU.',
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
        remedy: 'A collective between GPUs failed or hung: rerun with `NCCL_DEBUG=INFO` (and `TORCH_DISTRIBUTED_DEBUG=DETAIL`) to see which rank and transport broke; check every rank runs the same code path (a rank that skips a collective hangs the rest); on hosts without working P2P/InfiniBand try `NCCL_P2P_DISABLE=1` / `NCCL_IB_DISABLE=1`; raise the process group `timeout` only if a rank is legitimately slow (e.g. data loading on rank 0).',
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
        remedy: 'The runner ran out of disk: clean caches before training (`docker system prune -af`, `pip cache purge`, old checkpoints, `dvc gc`), write checkpoints and datasets to a larger volume (set `TMPDIR`, `HF_HOME`, the DVC cache dir), keep fewer checkpoints, or use a runner with a bigger disk.',
        patterns: [/No space left on device/i, /\bENOSPC\b/, /\[Errno 28\]/, /Disk quota exceeded/i, /\bEDQUOT\b/],
    },
    {
        cause: 'dvc-pull',
        title: 'DVC pull failed',
        seed: { failure: '\ub370\uc774\ud130 pull \uc2e4\ud328 (data pull failed)', reason: 'DVC \uc778\uc99d \ub9cc\ub8cc (DVC credentials expired)', remedy: 'Secrets \uac31\uc2e0, \ud1a0\ud070 rotation (renew the secrets, rotate the token)' },
        remedy: 'DVC could not read the remote \u2014 usually expired or missing credentials: renew the storage secrets (e.g. `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`, `GDRIVE_CREDENTIALS_DATA`, Azure connection string) in the repository settings and rotate the token; check `dvc remote list` points at the bucket the credentials can read, and that every needed file was `dvc push`ed.',
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
        seed: { failure: '\ubc30\ud3ec \uc2e4\ud328 (deployment failed)', reason: '\uc774\ubbf8\uc9c0 pull \uc624\ub958 (image pull error)', remedy: 'Registry \uc778\uc99d \ud655\uc778, \ud0dc\uadf8 \uac80\uc99d (check registry auth, verify the tag)' },
        remedy: 'The image could not be pulled: check the registry login (`docker/login-action` with a token that can read the package; `imagePullSecrets` in Kubernetes) and verify the tag exists (`docker manifest inspect <image>:<tag>`) \u2014 a tag built by a failed or skipped job is the usual cause of `manifest unknown`.',
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
        remedy: 'A package the code imports is not installed in this environment: add it to requirements.txt / pyproject (pinned), install in the same interpreter that runs training (`python -m pip install -r requirements.txt`), and for a local package run from the repo root or `pip install -e .`. A CUDA-extension import error usually means a torch/CUDA version mismatch.',
        patterns: [/^\s*ModuleNotFoundError: /, /^\s*ImportError: /, /No module named ['"]?[\w.]+/],
    },
    {
        cause: 'nan-loss',
        title: 'Loss became NaN/inf',
        remedy: 'Training diverged: lower the learning rate or add warm-up, clip gradients (`torch.nn.utils.clip_grad_norm_`), check the data for NaN/inf and zero-variance features (validate-data), use a loss that is numerically stable (`BCEWithLogitsLoss`, log-softmax) and keep fp16 loss scaling on (`GradScaler`); `torch.autograd.set_detect_anomaly(True)` finds the first bad op.',
        // The loss lines that can also stop a running job (stop-on-nan), plus anomaly-detection messages that only explain a failure.
        patterns: [...NAN_LOSS_LINE, /\bNaN or Inf found in input tensor\b/i, /Function '\w+' returned nan values/, /detected (?:nan|inf) (?:in|loss)/i],
    },
    {
        cause: 'gpu-stall',
        title: 'GPUs stalled',
        remedy: 'Every GPU sat idle for the whole stall window while the command kept running, so it was stopped instead of burning GPU hours. Usual reasons: a hung collective (one rank stuck or dead: rerun with `NCCL_DEBUG=INFO` and `TORCH_DISTRIBUTED_DEBUG=DETAIL`, and `py-spy dump --pid <pid>` on a live run shows where each process waits), a starved input pipeline (more DataLoader `num_workers`, `pin_memory=True`, data on local disk instead of a network mount), or waiting on something else (a download, a lock, a prompt). If start-up (loading data, compiling) legitimately keeps the GPUs idle longer, raise `stall-minutes`.',
    },
    {
        cause: 'gpu-unavailable',
        title: 'GPUs unavailable',
        remedy: 'The job did not get the GPUs it needs: check that the `runs-on` labels select only runners with enough GPUs (e.g. a `gpu-4x` label), that no other job or stray process holds them, and that the NVIDIA driver works on the runner (`nvidia-smi` must list every GPU; after a driver update, reboot or reload the kernel module). In a container job, pass the GPUs in (`options: --gpus all`).',
        patterns: [/No CUDA GPUs are available/i, /Found no NVIDIA driver on your system/i, /NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver/i, /CUDA driver initialization failed/i],
    },
    {
        cause: 'host-oom',
        title: 'Killed by the host OOM killer',
        seed: { failure: '\uba54\ubaa8\ub9ac \ubd80\uc871 (out of memory)', reason: '\ubaa8\ub378/\ub370\uc774\ud130 \ud06c\uae30 (model/data size)', remedy: 'Runner \uc2a4\ud399 \uc5c5\uadf8\ub808\uc774\ub4dc, \ubc30\uce58 \ucc98\ub9ac (bigger runner, batch processing)' },
        remedy: 'The process ran out of host RAM and the kernel killed it (SIGKILL, exit 137): process the data in batches or stream it (chunked reads, a memory-mapped dataset) instead of loading it whole, lower DataLoader `num_workers`/`prefetch_factor` (each worker copies the dataset), or move the job to a runner with more memory.',
        patterns: [/Out of memory: Killed process/i, /oom-kill:/i, /^\s*MemoryError\b/, /\bKilled\s*$/, /std::bad_alloc/, /Cannot allocate memory/i],
        outcome: (o) => o.oomKilled === true || o.exitCode === 137 || o.signal === 'SIGKILL',
    },
    {
        cause: 'flaky-test',
        title: 'Tests failed (possibly nondeterministic)',
        seed: { failure: '\ud14c\uc2a4\ud2b8 \ubd88\uc548\uc815 (flaky tests)', reason: '\ub79c\ub364 \uc2dc\ub4dc \ubbf8\uace0\uc815 (random seed not fixed)', remedy: 'PYTHONHASHSEED, numpy seed \uace0\uc815 (fix PYTHONHASHSEED and the numpy seed)' },
        remedy: 'If the same test passes on a rerun, the randomness is not pinned: set `PYTHONHASHSEED=0` in the job env and fix every seed at the start of each test and of training (`random.seed`, `np.random.seed`, `torch.manual_seed`, `torch.cuda.manual_seed_all`; `torch.use_deterministic_algorithms(True)` for GPU ops); compare metrics with a tolerance instead of exact equality.',
        // pytest's own lines only: an AssertionError in training code is a bug, not flakiness.
        patterns: [/^=+ .*\b\d+ failed\b.* =+$/, /^FAILED [^\s]+::/],
    },
];
const unknownRule = {
    cause: 'unknown',
    title: 'Unclassified failure',
    remedy: 'No known failure pattern was found in the log; read the last lines of the log below, and rerun with more logging (e.g. `PYTHONFAULTHANDLER=1`, `NCCL_DEBUG=INFO`, `CUDA_LAUNCH_BLOCKING=1`).',
};
const ruleFor = (cause) => rules.find((r) => r.cause === cause) ?? unknownRule;

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/classify.ts

const describeOutcome = (o) => {
    if (o.timedOut)
        return 'the command ran past the timeout and was killed';
    if (o.oomKilled)
        return `the cgroup's oom_kill counter went up (exit ${o.exitCode ?? o.signal})`;
    if (o.signal)
        return `killed by ${o.signal}`;
    return o.exitCode === null ? 'no known exit status, and no known pattern in the log' : `exit code ${o.exitCode}`;
};
/**
 * Decides the cause, strongest evidence first: a timeout (we killed it); the
 * exception that ended the process (its `Type: message` line); how the process
 * ended (137/SIGKILL is the OOM killer's signature); then any known line in
 * the tail, in the rules' order.
 */
function classify(lines, outcome, traceback) {
    const seen = new Map();
    for (const rule of rules) {
        if (!rule.patterns)
            continue;
        for (let i = lines.length - 1; i >= 0 && !seen.has(rule.cause); i--) {
            if (rule.patterns.some((p) => p.test(lines[i])))
                seen.set(rule.cause, lines[i].trim());
        }
    }
    const decide = (rule, evidence) => ({
        cause: rule.cause,
        title: rule.title,
        remedy: rule.remedy,
        seed: rule.seed,
        evidence,
        alsoSeen: [...seen.keys()].filter((c) => c !== rule.cause),
    });
    if (outcome.decided)
        return decide(ruleFor(outcome.decided.cause), outcome.decided.evidence);
    const timeout = rules.find((r) => r.cause === 'timeout');
    if (outcome.timedOut)
        return decide(timeout, describeOutcome(outcome));
    if (outcome.cancelled)
        return decide(rules.find((r) => r.cause === 'cancelled'), `the job was cancelled; the command ended by ${outcome.signal ?? `exit ${outcome.exitCode}`}`);
    if (traceback && traceback.type !== 'UnfinishedTraceback') {
        const line = traceback.message ? `${traceback.type}: ${traceback.message}` : traceback.type;
        const rule = rules.find((r) => r.patterns?.some((p) => p.test(line)));
        if (rule)
            return decide(rule, line);
    }
    const byOutcome = rules.find((r) => r.cause !== 'timeout' && r.cause !== 'cancelled' && r.outcome?.(outcome));
    // A CUDA OOM message beats the exit status: torchrun's agent kills the other ranks with SIGKILL.
    if (byOutcome && !seen.has('cuda-oom'))
        return decide(byOutcome, seen.get(byOutcome.cause) ?? describeOutcome(outcome));
    for (const rule of rules) {
        const evidence = seen.get(rule.cause);
        if (evidence !== undefined)
            return decide(rule, evidence);
    }
    return decide(unknownRule, describeOutcome(outcome));
}

// EXTERNAL MODULE: ./packages/data/src/read/index.ts
var read = __webpack_require__(40711);
// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(50194);
;// CONCATENATED MODULE: ./actions/training-diagnostics/src/data-stats.ts


const JSON_DATE_NAME = /(?:_at|_time)$|^timestamp|^(?:modified|date|datetime)$/i;
/**
 * pandas' default dtype for a column of this kind, as read_csv, read_json(lines=True)
 * and read_parquet give it. pandas has no nullable defaults: an int column with a
 * missing value becomes float64, a bool one object (float64 from JSON), read_csv
 * parses no dates, and an all-empty text column is float64. The CSV and JSONL
 * mappings are checked against pandas (src/__golden__); parquet follows pyarrow's
 * to_pandas defaults, not checked here (no pyarrow on the test machine).
 */
function pandasDtype(field, nulls, rows, format) {
    const kind = field.kind;
    const text = format !== 'parquet';
    if (text && rows > 0 && nulls === rows)
        return 'float64';
    switch (kind) {
        case 'int': {
            if (nulls > 0)
                return 'float64';
            // Parquet names its physical type first: `INT32`, `INT32 INTEGER`, `INT64`.
            const bits = format === 'parquet' ? /^INT(8|16|32)\b/.exec(field.sourceType)?.[1] : undefined;
            return bits ? `int${bits}` : 'int64';
        }
        case 'float':
            return format === 'parquet' && field.sourceType.startsWith('FLOAT') ? 'float32' : 'float64';
        case 'decimal':
            return text ? 'float64' : 'object';
        case 'bool':
            // read_json turns true/false/null into 1.0/0.0/NaN; read_csv and parquet keep Python objects.
            return nulls === 0 ? 'bool' : format === 'jsonl' ? 'float64' : 'object';
        case 'timestamp':
        case 'date':
            if (format === 'parquet')
                return kind === 'timestamp' ? 'datetime64[ns]' : 'object';
            // read_json parses dates only in columns named like dates (its keep_default_dates rule); read_csv never.
            return format === 'jsonl' && JSON_DATE_NAME.test(field.name) ? 'datetime64[ns]' : 'object';
        default:
            return 'object';
    }
}
/** Streams the dataset once with @mlship/data's readers, counting rows and missing cells, within `budgetMs`. */
async function computeDataStats(spec, cwd, budgetMs) {
    let dataset;
    try {
        dataset = await (0,read/* openDataset */.Jp)(spec, { cwd, role: 'data-path' });
    }
    catch (e) {
        return { ok: false, error: (0,src/* describeError */.Uc)(e) };
    }
    const fields = dataset.schema.fields;
    const nulls = new Array(fields.length).fill(0);
    let rows = 0;
    let partial = false;
    const deadline = Date.now() + budgetMs;
    try {
        for await (const batch of dataset.batches()) {
            for (let c = 0; c < fields.length; c++) {
                const col = batch.columns[c];
                let n = 0;
                for (let i = 0; i < batch.numRows; i++)
                    if ((0,table/* isMissing */.b2)(col[i]))
                        n++;
                nulls[c] += n;
            }
            rows += batch.numRows;
            if (Date.now() > deadline) {
                partial = true;
                break;
            }
        }
    }
    catch (e) {
        return { ok: false, error: (0,src/* describeError */.Uc)(e) };
    }
    const format = dataset.files[0].format;
    return {
        ok: true,
        stats: {
            rows,
            columns: fields.map((f) => f.name),
            null_counts: Object.fromEntries(fields.map((f, i) => [f.name, nulls[i]])),
            dtypes: Object.fromEntries(fields.map((f, i) => [f.name, pandasDtype(f, nulls[i], rows, format)])),
            files: dataset.files.length,
            ...(partial ? { partial: true } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/cleanup-report.ts

const mib = (n) => (n === null ? 'n/a' : `${n} MiB`);
/** Memory used per GPU before and after the cleanup, by GPU index. */
function perGpu(r) {
    const indexes = [...new Set([...(r.memoryBefore ?? []), ...(r.memoryAfter ?? [])].map((g) => g.index))].sort((a, b) => a - b);
    return indexes.map((index) => {
        const before = r.memoryBefore?.find((g) => g.index === index);
        const after = r.memoryAfter?.find((g) => g.index === index);
        const g = (before ?? after);
        return { index, name: g.name, before: before?.memoryUsedMiB ?? null, after: after?.memoryUsedMiB ?? null, total: g.memoryTotalMiB };
    });
}
/** One line per GPU for the step log. */
const memoryLines = (r) => perGpu(r).map((g) => `GPU ${g.index} (${g.name}): ${mib(g.before)} used before the cleanup, ${mib(g.after)} after, of ${mib(g.total)}`);
/**
 * The cleanup's Report. Its one check fails only with severity warning: a
 * cleanup step runs under `if: always()` after the job's outcome is decided,
 * and a leftover process it cannot end is worth a warning, not a red job.
 */
function buildCleanupReport(r) {
    const killed = r.processes.filter((p) => p.verdict === 'killed');
    const survived = r.processes.filter((p) => p.verdict === 'survived');
    const check = {
        id: 'gpu-cleanup',
        title: 'GPU processes left by this job',
        status: r.problems.length ? 'fail' : 'pass',
        severity: 'warning',
        observed: r.remaining === null ? 'could not be listed' : `${killed.length} ended, ${survived.length} survived, ${r.processes.length - killed.length - survived.length} left alone (not this job's)`,
        expected: 'none left running',
        detail: r.problems.length ? r.problems.join('; ') : undefined,
    };
    const tables = [];
    if (r.processes.length) {
        tables.push({
            title: `GPU compute processes (${r.processes.length})`,
            columns: ['pid', 'process', 'GPU memory MiB', 'action', 'why'],
            rows: r.processes.map((p) => [p.pid, p.name, p.usedMemoryMiB, p.verdict, p.reason]),
            folded: false,
        });
    }
    const memory = perGpu(r);
    if (memory.length) {
        tables.push({ title: 'GPU memory used', columns: ['GPU', 'name', 'before MiB', 'after MiB', 'total MiB'], rows: memory.map((g) => [g.index, g.name, g.before, g.after, g.total]), folded: false });
    }
    const title = killed.length
        ? `GPU cleanup: ended ${killed.length} process${killed.length === 1 ? '' : 'es'} left by this job`
        : survived.length
            ? 'GPU cleanup: a process of this job survived'
            : 'GPU cleanup: nothing of this job was left on the GPUs';
    return (0,src/* createReport */.LU)({
        action: 'training-diagnostics',
        title,
        summary: r.processes.length === 0 && r.remaining !== null ? 'No process holds a GPU.' : undefined,
        checks: [check],
        tables,
        data: { cleanup: r },
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./actions/training-diagnostics/src/nvidia-smi.ts



/** The one query this action makes; its CSV columns, in order. */
const GPU_QUERY_ARGS = ['--query-gpu=index,name,utilization.gpu,memory.used,memory.total', '--format=csv,noheader,nounits'];
const numberOrNull = (s) => {
    const n = Number(s);
    return s === '' || !Number.isFinite(n) ? null : n;
};
/**
 * `nvidia-smi --format=csv,noheader,nounits` prints one line per GPU, fields
 * joined by ", ", with `[N/A]` or `[Not Supported]` where a value is missing.
 * Lines that do not have the five fields (a driver warning) are skipped.
 */
function parseGpuCsv(text) {
    const out = [];
    for (const raw of text.split(/\r?\n/)) {
        const fields = raw.split(',').map((f) => f.trim());
        if (fields.length !== 5)
            continue;
        const [index, name, util, used, total] = fields;
        if (!/^\d+$/.test(index))
            continue;
        out.push({ index: Number(index), name, utilization: numberOrNull(util), memoryUsedMiB: numberOrNull(used), memoryTotalMiB: numberOrNull(total) });
    }
    return out;
}
/** The executable's path when it is on PATH, found the way execvp would. */
function findOnPath(command, envPath) {
    for (const dir of (envPath ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, command);
        try {
            external_node_fs_default().accessSync(candidate, (external_node_fs_default()).constants.X_OK);
            if (external_node_fs_default().statSync(candidate).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/**
 * Runs nvidia-smi once, bounded by `timeoutMs` however it misbehaves.
 *
 * A wedged driver makes nvidia-smi hang in the kernel, and a wrapper script
 * may leave a child holding the pipe open after it is killed, so waiting for
 * 'close' (what execFile does) could wait forever. The tool runs in a process
 * group of its own; on timeout the whole group gets SIGKILL and the answer is
 * given at once, whether or not the pipes ever close.
 */
function runNvidiaSmi(nvidiaSmi, args, timeoutMs, env = process.env) {
    return new Promise((resolve) => {
        let settled = false;
        const out = [];
        const err = [];
        let size = 0;
        const child = (0,external_node_child_process_.spawn)(nvidiaSmi, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(r);
        };
        const killGroup = () => {
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // already gone
            }
        };
        const timer = setTimeout(() => {
            killGroup();
            child.stdout.destroy();
            child.stderr.destroy();
            finish({ ok: false, reason: `nvidia-smi did not answer within ${timeoutMs / 1000} s (a hung driver or GPU?)` });
        }, timeoutMs);
        const collect = (into) => (chunk) => {
            size += chunk.length;
            if (size <= 1 << 20)
                into.push(chunk);
        };
        child.stdout.on('data', collect(out));
        child.stderr.on('data', collect(err));
        child.once('error', (e) => finish({ ok: false, reason: `nvidia-smi could not be started: ${e.code ?? e.message}` }));
        child.once('close', (code, signal) => {
            const stdout = Buffer.concat(out).toString('utf8');
            if (code === 0)
                return finish({ ok: true, stdout });
            const said = (Buffer.concat(err).toString('utf8').trim() || stdout.trim()).split(/\r?\n/)[0]?.slice(0, 300) ?? '';
            finish({ ok: false, reason: `nvidia-smi ${signal ? `was killed by ${signal}` : `exited with ${code}`}${said ? `: ${said}` : ''}` });
        });
    });
}
/** nvidia-smi's own words (and exit code 6) when the driver works but sees no GPU. */
const NO_DEVICES = /No devices were found/i;
/** The GPUs nvidia-smi lists now; an empty list when it says there are none. */
async function listGpus(nvidiaSmi, timeoutMs, env = process.env) {
    const r = await runNvidiaSmi(nvidiaSmi, GPU_QUERY_ARGS, timeoutMs, env);
    if (!r.ok)
        return NO_DEVICES.test(r.reason) ? { ok: true, gpus: [] } : r;
    const gpus = parseGpuCsv(r.stdout);
    if (gpus.length)
        return { ok: true, gpus };
    if (NO_DEVICES.test(r.stdout))
        return { ok: true, gpus: [] };
    return { ok: false, reason: `nvidia-smi printed no GPU line${r.stdout.trim() ? `: ${r.stdout.trim().split(/\r?\n/)[0].slice(0, 300)}` : ''}` };
}
/** Runs the query once; undefined when nvidia-smi fails or says nothing usable within `timeoutMs`. */
async function queryGpus(nvidiaSmi, timeoutMs, env = process.env) {
    const r = await listGpus(nvidiaSmi, timeoutMs, env);
    return r.ok && r.gpus.length ? r.gpus : undefined;
}
/**
 * Samples every `intervalSeconds` while the command runs, one query at a time
 * (a hung driver must not pile up nvidia-smi processes), each bounded by
 * `timeoutMs`. Memory is bounded: past `maxSamples` every other sample is
 * dropped and the spacing doubles.
 */
class GpuSampler {
    nvidiaSmi;
    intervalSeconds;
    startedAt;
    timeoutMs;
    hooks;
    maxSamples;
    samples = [];
    failures = 0;
    timer;
    inFlight;
    stopped = false;
    keepEvery = 1;
    tick = 0;
    constructor(nvidiaSmi, intervalSeconds, startedAt, timeoutMs, hooks = {}, maxSamples = 2048) {
        this.nvidiaSmi = nvidiaSmi;
        this.intervalSeconds = intervalSeconds;
        this.startedAt = startedAt;
        this.timeoutMs = timeoutMs;
        this.hooks = hooks;
        this.maxSamples = maxSamples;
    }
    start() {
        this.schedule(0);
    }
    async stop() {
        this.stopped = true;
        if (this.timer)
            clearTimeout(this.timer);
        await this.inFlight;
    }
    schedule(delayMs) {
        if (this.stopped)
            return;
        this.timer = setTimeout(() => {
            this.inFlight = this.sample().finally(() => {
                this.inFlight = undefined;
                this.schedule(this.intervalSeconds * 1000);
            });
        }, delayMs);
        this.timer.unref();
    }
    async sample() {
        const t = (Date.now() - this.startedAt) / 1000;
        const r = await listGpus(this.nvidiaSmi, this.timeoutMs, this.hooks.env);
        if (!r.ok || !r.gpus.length) {
            this.failures++;
            this.hooks.onFailure?.(t, r.ok ? 'nvidia-smi lists no GPU' : r.reason);
            return;
        }
        const sample = { t, gpus: r.gpus };
        this.hooks.onSample?.(sample);
        if (this.tick++ % this.keepEvery !== 0)
            return;
        this.samples.push(sample);
        if (this.samples.length > this.maxSamples) {
            const kept = this.samples.filter((_, i) => i % 2 === 0);
            this.samples.splice(0, this.samples.length, ...kept);
            this.keepEvery *= 2;
        }
    }
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/compute-apps.ts

/** The process query the cleanup makes; its CSV columns, in order. */
const COMPUTE_APPS_ARGS = ['--query-compute-apps=pid,process_name,used_memory', '--format=csv,noheader,nounits'];
/**
 * Reads `--query-compute-apps` output in any of its formats: with or without
 * the header line (`pid, process_name, used_gpu_memory [MiB]`), with or
 * without units (`15000 MiB`), `[N/A]` fields, and nothing at all \u2014 or, from
 * some drivers, the line `No running processes found` \u2014 when no process uses
 * a GPU. A process name may itself hold ", ", so pid is the first field and
 * memory the last.
 */
function parseComputeApps(text) {
    const out = [];
    for (const raw of text.split(/\r?\n/)) {
        const fields = raw.split(',').map((f) => f.trim());
        if (fields.length < 3 || !/^\d+$/.test(fields[0]))
            continue;
        const memory = /^(\d+)(?:\s*MiB)?$/.exec(fields[fields.length - 1]);
        out.push({ pid: Number(fields[0]), name: fields.slice(1, -1).join(', '), usedMemoryMiB: memory ? Number(memory[1]) : null });
    }
    return out;
}
async function listComputeApps(nvidiaSmi, timeoutMs, env = process.env) {
    const r = await runNvidiaSmi(nvidiaSmi, COMPUTE_APPS_ARGS, timeoutMs, env);
    return r.ok ? { ok: true, apps: parseComputeApps(r.stdout) } : r;
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/gpu-cleanup.ts



/**
 * The variable the runner puts in the environment of every process a job
 * starts (`github_<uuid>`, one value per job), and reads back from each
 * process's environment when the job ends to find and kill its orphans.
 * Matching on it ties a process to *this* job and no other: not to another
 * job of the same run on the same machine (GITHUB_RUN_ID would), nor to
 * something the machine's owner started by hand.
 */
const JOB_MARKER = 'RUNNER_TRACKING_ID';
/** A process's real uid, from /proc; undefined when it is not visible here. */
function procUid(pid) {
    try {
        const uid = /^Uid:\s+(\d+)/m.exec(external_node_fs_default().readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return uid === undefined ? undefined : Number(uid);
    }
    catch {
        return undefined;
    }
}
/**
 * The job marker in the environment a process was started with (what
 * /proc/<pid>/environ holds, and what the runner itself reads); null when
 * that cannot be read, undefined when the variable is absent.
 */
function procMarker(pid) {
    try {
        const environ = external_node_fs_default().readFileSync(`/proc/${pid}/environ`, 'latin1');
        return environ.split('\0').find((e) => e.startsWith(`${JOB_MARKER}=`))?.slice(JOB_MARKER.length + 1);
    }
    catch {
        return null;
    }
}
/** This process and every ancestor up to init: the action, the runner's worker and listener. */
function selfAndAncestors() {
    const out = new Set([process.pid]);
    let pid = process.ppid;
    while (pid > 1 && !out.has(pid)) {
        out.add(pid);
        try {
            const stat = external_node_fs_default().readFileSync(`/proc/${pid}/stat`, 'utf8');
            pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        }
        catch {
            break;
        }
    }
    out.add(1);
    return out;
}
/** Dead, or a zombie whose resources (its CUDA context with them) are already released. */
function processGone(pid) {
    try {
        const stat = external_node_fs_default().readFileSync(`/proc/${pid}/stat`, 'utf8');
        const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        return state === 'Z' || state === 'X';
    }
    catch {
        return true;
    }
}
/** Polls until every pid is gone or `ms` pass; returns those still running. */
async function waitGone(pids, ms) {
    const until = Date.now() + ms;
    let left = pids.filter((p) => !processGone(p));
    while (left.length && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        left = left.filter((p) => !processGone(p));
    }
    return left;
}
const signal = (pid, sig) => {
    try {
        process.kill(pid, sig);
    }
    catch {
        // exited in between
    }
};
/** After SIGKILL the kernel needs a moment to tear a process down; one stuck longer is in uninterruptible sleep (a wedged driver). */
const AFTER_SIGKILL_MS = 5000;
/**
 * Lists the GPU compute processes and kills the ones this job left behind.
 *
 * The rule, so that a cleanup step can never hurt anything but this job's own
 * leftovers: a process is killed only when it runs as this action's user, its
 * environment carries this job's RUNNER_TRACKING_ID, and it is neither this
 * action nor one of its ancestors (the runner). Everything else \u2014 other
 * users' processes, other jobs', processes started by hand or as services,
 * pids not visible in this PID namespace \u2014 is listed and left alone. Without
 * a RUNNER_TRACKING_ID nothing is killed. Kills are SIGTERM, then SIGKILL
 * after the grace period.
 */
async function cleanupGpuProcesses(o) {
    const problems = [];
    const marker = o.marker || null;
    const gpusBefore = await listGpus(o.nvidiaSmi, o.timeoutMs, o.env);
    if (!gpusBefore.ok)
        problems.push(`GPU memory could not be read before the cleanup: ${gpusBefore.reason}`);
    const apps = await listComputeApps(o.nvidiaSmi, o.timeoutMs, o.env);
    if (!apps.ok) {
        problems.push(`the GPU compute processes could not be listed: ${apps.reason}`);
        return { marker, memoryBefore: gpusBefore.ok ? gpusBefore.gpus : null, memoryAfter: null, processes: [], remaining: null, problems };
    }
    const protectedPids = selfAndAncestors();
    const uid = process.getuid?.();
    let untied = false;
    const processes = apps.apps.map((a) => {
        const p = { pid: a.pid, name: a.name, usedMemoryMiB: a.usedMemoryMiB };
        const left = (reason) => ({ ...p, verdict: 'left', reason });
        if (protectedPids.has(a.pid))
            return left('this action or the runner running it');
        const owner = procUid(a.pid);
        if (owner === undefined)
            return left('not visible here (another PID namespace, e.g. a container, or already exited)');
        if (uid !== undefined && owner !== uid)
            return left(`runs as uid ${owner}, not as this job's uid ${uid}`);
        const theirs = procMarker(a.pid);
        if (theirs === null)
            return left('its environment cannot be read');
        if (!marker) {
            untied = true;
            return left(`${JOB_MARKER} is not set here, so no process can be tied to this job`);
        }
        if (theirs !== marker)
            return left(theirs ? 'started by another job' : `not started by a job (no ${JOB_MARKER})`);
        return { ...p, verdict: 'killed', reason: 'left behind by this job' };
    });
    const targets = processes.filter((p) => p.verdict === 'killed');
    if (untied) {
        problems.push(`${JOB_MARKER} is not set in this step's environment, so no GPU process could be tied to this job and none was killed (run the cleanup as a step of the job that trained)`);
    }
    if (targets.length) {
        o.log(`training-diagnostics: SIGTERM to ${targets.length} GPU process(es) left by this job: ${targets.map((t) => `${t.pid} (${t.name})`).join(', ')}`);
        for (const t of targets)
            signal(t.pid, 'SIGTERM');
        let left = await waitGone(targets.map((t) => t.pid), o.graceSeconds * 1000);
        const needed = new Set(left);
        if (left.length) {
            o.log(`training-diagnostics: SIGKILL to ${left.join(', ')}, still running ${o.graceSeconds}s after SIGTERM`);
            for (const pid of left)
                signal(pid, 'SIGKILL');
            left = await waitGone(left, AFTER_SIGKILL_MS);
        }
        for (const t of targets) {
            t.reason = `left behind by this job; ended by ${needed.has(t.pid) ? 'SIGKILL' : 'SIGTERM'}`;
            if (left.includes(t.pid)) {
                t.verdict = 'survived';
                t.reason = 'still running after SIGKILL (stuck in the kernel, e.g. in the GPU driver)';
                problems.push(`GPU process ${t.pid} (${t.name}) of this job survived SIGKILL; the GPU may need a reset (nvidia-smi --gpu-reset) or the runner a reboot`);
            }
        }
    }
    const gpusAfter = await listGpus(o.nvidiaSmi, o.timeoutMs, o.env);
    if (!gpusAfter.ok)
        problems.push(`GPU memory could not be read after the cleanup: ${gpusAfter.reason}`);
    const after = await listComputeApps(o.nvidiaSmi, o.timeoutMs, o.env);
    if (!after.ok)
        problems.push(`the GPU compute processes could not be listed after the cleanup: ${after.reason}`);
    return {
        marker,
        memoryBefore: gpusBefore.ok ? gpusBefore.gpus : null,
        memoryAfter: gpusAfter.ok ? gpusAfter.gpus : null,
        processes,
        remaining: after.ok ? after.apps : null,
        problems,
    };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/cleanup-mode.ts



/**
 * mode: cleanup, for an `if: always()` step at the end of a GPU job. Every
 * problem goes into the report's one warning-severity check (and from there
 * into one warning annotation): the job's result was decided by the steps before.
 */
async function runCleanup(o, io) {
    const env = process.env;
    const nvidiaSmi = findOnPath('nvidia-smi', env.PATH);
    let result;
    if (!nvidiaSmi) {
        result = { marker: env[JOB_MARKER] || null, memoryBefore: null, memoryAfter: null, processes: [], remaining: null, problems: ['nvidia-smi is not on PATH, so GPU processes cannot be listed (is this a GPU runner?)'] };
    }
    else {
        result = await cleanupGpuProcesses({ nvidiaSmi, marker: env[JOB_MARKER], timeoutMs: o.probeTimeoutSeconds * 1000, graceSeconds: o.killGraceSeconds, env, log: (l) => io.info(l) });
    }
    for (const p of result.processes)
        io.info(`training-diagnostics: GPU process ${p.pid} (${p.name}, ${p.usedMemoryMiB ?? '[N/A]'} MiB): ${p.verdict} \u2014 ${p.reason}`);
    if (result.remaining !== null && result.processes.length === 0)
        io.info('training-diagnostics: no process holds a GPU');
    for (const line of memoryLines(result))
        io.info(`training-diagnostics: ${line}`);
    return { report: buildCleanupReport(result) };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/diagnostics.ts
const PEAK_RSS_METHOD = 'max over 500 ms polls of the summed VmRSS of every process descending from the command or in its process group (/proc/<pid>/status), or the largest single VmHWM if higher';
function environmentOf(py, gpuSnapshot) {
    const fromTorch = py.gpus.map((g) => ({ index: g.index, name: g.name, memory_total_mib: g.memory_total_mib, source: 'torch' }));
    const fromSmi = (gpuSnapshot ?? []).map((g) => ({ index: g.index, name: g.name, memory_total_mib: g.memoryTotalMiB, source: 'nvidia-smi' }));
    const gpus = fromTorch.length ? fromTorch : fromSmi;
    return {
        torch_version: py.torch_version,
        cuda_available: py.cuda_available,
        cuda_version: py.cuda_version,
        gpu_count: py.cuda_available ? py.gpu_count : fromTorch.length || (py.torch_version === null ? fromSmi.length : 0),
        gpus,
        numpy_version: py.numpy_version,
        pandas_version: py.pandas_version,
        python_executable: py.python_executable,
        notes: py.notes,
    };
}
function summariseGpuSamples(samples, intervalSeconds) {
    if (!samples.length)
        return null;
    const byIndex = new Map();
    for (const s of samples) {
        for (const g of s.gpus) {
            let e = byIndex.get(g.index);
            if (!e)
                byIndex.set(g.index, (e = { name: g.name, util: [], mem: [], total: g.memoryTotalMiB }));
            if (g.utilization !== null)
                e.util.push(g.utilization);
            if (g.memoryUsedMiB !== null)
                e.mem.push(g.memoryUsedMiB);
        }
    }
    const mean = (v) => (v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10 : null);
    const max = (v) => (v.length ? Math.max(...v) : null);
    return {
        interval_seconds: intervalSeconds,
        samples: samples.length,
        per_gpu: [...byIndex.entries()]
            .sort(([a], [b]) => a - b)
            .map(([index, e]) => ({ index, name: e.name, mean_utilization: mean(e.util), max_utilization: max(e.util), peak_memory_used_mib: max(e.mem), memory_total_mib: e.total })),
    };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/gpu-preflight.ts

/**
 * Before a long GPU job starts: are there as many GPUs as it asks for? A job
 * that lands on the wrong runner (a label matching a smaller machine, a GPU
 * that fell off the bus, a driver that no longer loads) would otherwise run
 * on fewer GPUs or on the CPU for hours before anyone notices.
 */
async function checkGpuCount(nvidiaSmi, required, timeoutMs, env = process.env) {
    if (!nvidiaSmi) {
        return {
            required,
            gpus: null,
            ok: false,
            problem: `gpu-count is ${required} but nvidia-smi is not on PATH on this runner, so it has no usable NVIDIA GPU: the job landed on a runner without the NVIDIA driver \u2014 check the runner labels in runs-on (in a container job, also pass the GPUs in with options: --gpus all)`,
        };
    }
    const r = await listGpus(nvidiaSmi, timeoutMs, env);
    if (!r.ok) {
        return {
            required,
            gpus: null,
            ok: false,
            problem: `gpu-count is ${required} but nvidia-smi failed on this runner (${r.reason}): the NVIDIA driver is not working \u2014 run nvidia-smi on the runner and fix the driver, or check the runner labels in runs-on`,
        };
    }
    if (r.gpus.length >= required)
        return { required, gpus: r.gpus, ok: true };
    const names = r.gpus.length ? r.gpus.map((g) => g.name).join(', ') : 'No devices were found';
    return {
        required,
        gpus: r.gpus,
        ok: false,
        problem: `gpu-count is ${required} but nvidia-smi lists ${r.gpus.length} GPU${r.gpus.length === 1 ? '' : 's'} on this runner (${names}): the job landed on a runner with fewer GPUs \u2014 check the runner labels in runs-on`,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./actions/training-diagnostics/src/host.ts


function osName() {
    try {
        const release = external_node_fs_default().readFileSync('/etc/os-release', 'utf8');
        const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1];
        if (pretty)
            return pretty;
    }
    catch {
        // not Linux, or a minimal container
    }
    return `${external_node_os_default().type()} ${external_node_os_default().release()}`;
}
function memAvailable() {
    try {
        const kb = /^MemAvailable:\s+(\d+) kB$/m.exec(external_node_fs_default().readFileSync('/proc/meminfo', 'utf8'))?.[1];
        if (kb)
            return Number(kb) * 1024;
    }
    catch {
        // no /proc
    }
    return external_node_os_default().freemem();
}
function hostFacts(workspace) {
    const cpus = external_node_os_default().cpus();
    let disk;
    try {
        const s = external_node_fs_default().statfsSync(workspace);
        disk = { free: s.bavail * s.bsize, total: s.blocks * s.bsize };
    }
    catch {
        disk = undefined;
    }
    return {
        os: osName(),
        kernel: external_node_os_default().release(),
        arch: external_node_os_default().arch(),
        cpu_model: cpus[0]?.model.trim() || null,
        cpu_count: typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : cpus.length,
        memory_total_bytes: external_node_os_default().totalmem(),
        memory_available_bytes: memAvailable(),
        disk_free_bytes: disk?.free ?? null,
        disk_total_bytes: disk?.total ?? null,
        disk_path: workspace,
    };
}
function runnerFacts(env, labels) {
    return {
        name: env('RUNNER_NAME') ?? null,
        os: env('RUNNER_OS') ?? null,
        arch: env('RUNNER_ARCH') ?? null,
        environment: env('RUNNER_ENVIRONMENT') ?? null,
        labels,
        workflow: env('GITHUB_WORKFLOW') ?? null,
        job: env('GITHUB_JOB') ?? null,
        run_id: env('GITHUB_RUN_ID') ?? null,
        run_attempt: env('GITHUB_RUN_ATTEMPT') ?? null,
    };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/python-probe.ts

// Prints one JSON object; every import is optional, so a missing torch gives nulls, not a failure.
const PROBE = `
import json, sys
out = {"python_version": sys.version, "python_executable": sys.executable, "torch_version": None, "cuda_available": None,
       "cuda_version": None, "gpu_count": 0, "gpus": [], "numpy_version": None, "pandas_version": None, "notes": []}
for mod in ("numpy", "pandas"):
    try:
        out[mod + "_version"] = __import__(mod).__version__
    except Exception as e:
        out["notes"].append("%s: %s" % (mod, type(e).__name__))
try:
    import torch
    out["torch_version"] = torch.__version__
    out["cuda_available"] = bool(torch.cuda.is_available())
    if out["cuda_available"]:
        out["cuda_version"] = torch.version.cuda
        out["gpu_count"] = torch.cuda.device_count()
        for i in range(out["gpu_count"]):
            p = torch.cuda.get_device_properties(i)
            out["gpus"].append({"index": i, "name": p.name, "memory_total_mib": round(p.total_memory / 1048576)})
except Exception as e:
    out["notes"].append("torch: %s: %s" % (type(e).__name__, e))
print(json.dumps(out))
`;
const empty = (note) => ({
    python_version: null,
    python_executable: null,
    torch_version: null,
    cuda_available: null,
    cuda_version: null,
    gpu_count: 0,
    gpus: [],
    numpy_version: null,
    pandas_version: null,
    notes: [note],
});
/** Runs `python -c PROBE`, killed after `timeoutMs` (importing torch with a wedged driver can hang). */
function probePython(python, env, cwd, timeoutMs) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(python, ['-c', PROBE], { env, cwd, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 }, (err, stdout) => {
            if (err) {
                const e = err;
                if (e.code === 'ENOENT')
                    return resolve(empty(`${python} not found on PATH`));
                if (e.killed)
                    return resolve(empty(`${python} did not answer within ${timeoutMs / 1000}s`));
                return resolve(empty(`${python} failed: ${String(err.message).split('\n')[0]}`));
            }
            const line = stdout.trim().split('\n').pop() ?? '';
            try {
                const facts = JSON.parse(line);
                resolve(facts);
            }
            catch {
                resolve(empty(`${python} printed no probe result`));
            }
        });
    });
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/redact.ts
/**
 * Keeps secrets out of the diagnostics JSON, the artifact and the PR comment.
 * The runner masks registered secrets in the step log only; text this action
 * uploads or posts is not masked by anyone else, and a training log can print
 * a token (an echoed env, a URL with credentials, a library's debug line).
 */
/** Names of variables worth having when debugging a training job. */
const RELEVANT = [
    /^PYTORCH_/, /^TORCH_/, /^CUDA_/, /^NCCL_/, /^CUDNN_/, /^NVIDIA_/, /^TF_(?!CLI_)/, /^XLA_/, /^JAX_/, /^HF_/, /^TRANSFORMERS_/, /^TOKENIZERS_/,
    /^ACCELERATE_/, /^DEEPSPEED_/, /^OMP_/, /^MKL_/, /^OPENBLAS_/, /^KMP_/, /^PYTHON/, /^WANDB_/, /^MLFLOW_/, /^DVC_/,
    /^(?:MASTER_ADDR|MASTER_PORT|WORLD_SIZE|RANK|LOCAL_RANK|LOCAL_WORLD_SIZE|NODE_RANK|GROUP_RANK)$/,
    /^(?:LD_LIBRARY_PATH|VIRTUAL_ENV|CONDA_PREFIX|CONDA_DEFAULT_ENV|TMPDIR)$/,
];
const SECRET_NAME = /(?:TOKEN(?!IZER)|SECRET|PASSWORD|PASSWD|PASS$|(?<!OLD)PWD$|API_?KEY|ACCESS_KEY|PRIVATE|CREDENTIAL|AUTH|SESSION|COOKIE|SIGNATURE|DSN|_KEY$|^KEY$)/i;
const REDACTED = '***';
const isSecretName = (name) => SECRET_NAME.test(name) && name !== 'PWD';
/**
 * A value that says nothing secret, and blanking it would blank every path,
 * counter and flag in a log: a path, a number, a boolean or null, a tokenizer's
 * special token (`<pad>`, `</s>`, `[CLS]`, `<|endoftext|>`) or a reference to
 * another variable (`$HF_TOKEN`).
 */
const plainValue = (v) => /^(?:\/[\w.@+-]*)+\/?$|^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$|^(?:true|false|none|null|nil)$|^<\/?\|?[\w-]{1,20}\|?>$|^\[[A-Z_]{2,12}\]$|^\$\{?\w+\}?$/i.test(v);
const PEM = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
const PEM_END = /-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
/** Shapes of well-known credentials, recognised wherever they appear. */
const SECRET_VALUES = [
    /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, // GitHub tokens
    /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g,
    /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, // AWS access key ids
    /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, // Slack
    /\bhf_[A-Za-z0-9]{30,}\b/g, // Hugging Face
    /\bsk-[A-Za-z0-9_-]{20,}\b/g, // OpenAI-style keys
    /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs
    // A whole block, on one line or several; a block the text ends inside is blanked to the end.
    new RegExp(`${PEM.source}[\\s\\S]*?(?:${PEM_END.source}(?:\\\\n)?|$)`, 'g'),
];
/** Credentials recognised by what precedes them: `$1` is kept, `$2` becomes ***. */
const AFTER_NAME = [
    // A Slack incoming-webhook (or workflow trigger) URL is itself the credential.
    /\b(hooks\.slack\.com\/(?:services|workflows|triggers)\/)[\w/-]+/g,
    // AWS secret access keys: 40 base64 characters after their name, `=`/`:` or a space apart (`aws configure set`).
    /\b((?:aws_?)?secret_?access_?key["']?(?:\s*[:=]\s*|\s+)["']?)([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    // Weights & Biases keys on the login command line, in wandb.login(key=\u2026), and in the netrc it writes.
    /\b(wandb\s+login\b[^\n]*?\s)((?:local-)?[0-9a-f]{40})\b/gi,
    /\b(wandb\.login\([^)\n]*?\bkey\s*=\s*["'])([^"'\n]+)/g,
    /\b(machine\s+\S+\s+login\s+\S+\s+password\s+)(\S+)/g,
];
/** `scheme://user:password@host` \u2192 `scheme://user:***@host`. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)@/gi;
/** Credentials in HTTP headers as curl -v, urllib3's debug output or a printed dict show them; the scheme word is kept. */
const HEADER = /\b((?:proxy-)?authorization|x-api-key|api-key|x-auth-token|private-token|x-goog-api-key)(["']?\s*[:=]\s*["']?)((?:bearer|basic|token|digest|bot)\s+)?([^\s"',\\]+)/gi;
/** `Bearer <token>` anywhere (a token has a digit: "the bearer of this checkpoint" is prose). */
const BEARER = /\b(bearer\s+)(?=[\w.~+/-]*\d)[\w.~+/-]{8,}=*/gi;
/** Names whose value is a credential: \u2026token, \u2026secret, \u2026password, api/access/secret/private\u2026key; `*_KEY` in env-style upper case. */
const NAME = String.raw `[\w.-]*?(?:token|secret|password|passwd|passphrase|credentials?|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|signing[_-]?key|encryption[_-]?key|client[_-]?key|master[_-]?key|_key)`;
/**
 * `name=value`, `name: value`, `"name": "value"`, `export NAME='value'`,
 * `\"name\": \"value\"` (JSON inside a string): the value, quoted (spaces and
 * all) or up to a delimiter, becomes ***.
 */
const ASSIGNMENT = new RegExp(String.raw `(?<![\w.-])(${NAME})(\\?["']?\s*[:=]\s*)(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'|(\\?["']?)([^\s"'\x60,;\\}\])]+))`, 'gi');
/** `--hub-token value`, `--password value` on a logged command line. */
const FLAG = new RegExp(String.raw `(--${NAME.replace('_key)', '-key)')}(?:\s+|=))([^\s"'-][^\s"']*)`, 'gi');
/** A generic `_key` is a credential only as an upper-case environment variable: `sort_key: timestamp` is a column. */
const GENERIC_KEY = /(?:^|[^a-z])key$/i;
const SPECIFIC_KEY = /(?:api|access|secret|private|signing|encryption|client|master)[_-]?key$/i;
function assignment(m, name, sep, dq, sq, lead, bare) {
    const value = dq ?? sq ?? bare ?? '';
    if (value.startsWith(REDACTED) || plainValue(value))
        return m;
    if (GENERIC_KEY.test(name) && !SPECIFIC_KEY.test(name) && !/^[A-Z0-9_]+$/.test(name))
        return m;
    if (dq !== undefined)
        return `${name}${sep}"${REDACTED}"`;
    if (sq !== undefined)
        return `${name}${sep}'${REDACTED}'`;
    return `${name}${sep}${lead ?? ''}${REDACTED}`;
}
/**
 * A redactor that also replaces the literal values of secret-looking
 * variables in `env` (six characters or more, so `RANK=0` cannot blank out
 * every zero in a log; a multi-line value line by line, as a log prints it).
 */
function createRedactor(env) {
    const literals = Object.entries(env)
        .filter(([k, v]) => v !== undefined && isSecretName(k))
        .flatMap(([, v]) => [v, ...v.split(/\r?\n/).map((l) => l.trim())])
        .filter((v) => v.length >= 6 && !plainValue(v))
        .sort((a, b) => b.length - a.length);
    return (text) => {
        let out = text;
        for (const lit of literals)
            if (out.includes(lit))
                out = out.split(lit).join(REDACTED);
        for (const re of SECRET_VALUES)
            out = out.replace(re, REDACTED);
        for (const re of AFTER_NAME)
            out = out.replace(re, `$1${REDACTED}`);
        out = out.replace(URL_CREDENTIALS, (m, head, value) => (value === REDACTED ? m : `${head}${REDACTED}@`));
        out = out.replace(HEADER, (m, name, sep, scheme, value) => (value === REDACTED ? m : `${name}${sep}${scheme ?? ''}${REDACTED}`));
        out = out.replace(BEARER, `$1${REDACTED}`);
        out = out.replace(FLAG, (m, head, value) => (value.startsWith(REDACTED) || plainValue(value) ? m : `${head}${REDACTED}`));
        out = out.replace(ASSIGNMENT, assignment);
        return out;
    };
}
/**
 * Redacts a log read as lines. A PEM private key spans lines, which a
 * line-at-a-time redactor would see only as base64 noise after its BEGIN
 * line; here every line from BEGIN to END is blanked \u2014 from the first line
 * when the tail begins inside a block (its BEGIN was cut off), and to the last
 * when the log ends inside one.
 */
function redactLines(lines, redact) {
    const firstBegin = lines.findIndex((l) => PEM.test(l));
    const firstEnd = lines.findIndex((l) => PEM_END.test(l));
    let inKey = firstEnd >= 0 && (firstBegin < 0 || firstEnd < firstBegin);
    return lines.map((line) => {
        if (inKey) {
            const end = PEM_END.exec(line);
            if (!end)
                return REDACTED;
            inKey = false;
            const rest = line.slice(end.index + end[0].length);
            return REDACTED + (rest ? redact(rest) : '');
        }
        const begin = PEM.exec(line);
        if (begin && !PEM_END.test(line.slice(begin.index))) {
            inKey = true;
            return redact(line.slice(0, begin.index)) + REDACTED;
        }
        return redact(line);
    });
}
/** The relevant variables, sorted by name, secret-looking ones redacted. */
function relevantEnv(env, redact) {
    const out = {};
    for (const name of Object.keys(env).sort()) {
        const value = env[name];
        if (value === undefined || !RELEVANT.some((re) => re.test(name)))
            continue;
        out[name] = isSecretName(name) ? REDACTED : redact(value);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/render.ts

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const formatBytes = (n) => n === null || n === undefined ? 'n/a' : n >= GiB ? `${(n / GiB).toFixed(1)} GiB` : n >= MiB ? `${(n / MiB).toFixed(0)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(0)} KiB` : `${n} B`;
function formatDuration(seconds) {
    if (seconds === null)
        return 'n/a';
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = Math.round(seconds % 60);
    return h ? `${h} h ${m} min` : `${m} min ${s} s`;
}
/** How the process ended, in a few words: `exit 137`, `SIGKILL`, `timed out (SIGTERM)`. */
function describeEnd(run) {
    if (run.stopped_early)
        return `stopped early: ${run.stopped_early.cause}${run.signal ? ` (${run.signal})` : ''}`;
    if (run.timed_out)
        return `timed out${run.signal ? ` (${run.signal})` : ''}`;
    if (run.cancelled)
        return `cancelled${run.signal ? ` (${run.signal})` : ''}`;
    if (run.signal)
        return `killed by ${run.signal}`;
    if (run.exit_code === null)
        return run.mode === 'collect' ? 'not known (collect mode)' : 'did not start';
    return `exit ${run.exit_code}`;
}
const CHART_POINTS = 48;
/** Utilisation and memory per GPU over the run, each chart bucketed to at most 48 points (the busiest reading of a bucket). */
function gpuCharts(samples) {
    if (samples.length === 0)
        return [];
    const indexes = [...new Set(samples.flatMap((s) => s.gpus.map((g) => g.index)))].sort((a, b) => a - b);
    const buckets = Math.min(CHART_POINTS, samples.length);
    const per = samples.length / buckets;
    const x = [];
    const util = indexes.map(() => []);
    const mem = indexes.map(() => []);
    for (let b = 0; b < buckets; b++) {
        const slice = samples.slice(Math.floor(b * per), Math.max(Math.floor((b + 1) * per), Math.floor(b * per) + 1));
        x.push(clock(slice[0].t, samples[samples.length - 1].t));
        indexes.forEach((idx, k) => {
            const readings = slice.flatMap((s) => s.gpus.filter((g) => g.index === idx));
            util[k].push(Math.max(0, ...readings.map((g) => g.utilization ?? 0)));
            mem[k].push(Math.max(0, ...readings.map((g) => g.memoryUsedMiB ?? 0)));
        });
    }
    const total = Math.max(...samples.flatMap((s) => s.gpus.map((g) => g.memoryTotalMiB ?? 0)), ...mem.flat(), 1);
    const name = (idx) => `GPU ${idx}`;
    // A GPU that never reports utilisation ([N/A]: MIG slices, some vGPUs) would draw a false flat zero.
    const reports = indexes.map((idx) => samples.some((s) => s.gpus.some((g) => g.index === idx && g.utilization !== null)));
    const charts = [];
    if (reports.some(Boolean)) {
        charts.push({ title: 'GPU utilisation (%)', kind: 'line', x, yLabel: '%', yRange: [0, 100], series: indexes.flatMap((idx, k) => (reports[k] ? [{ name: name(idx), values: util[k] }] : [])) });
    }
    charts.push({ title: 'GPU memory used (MiB)', kind: 'line', x, yLabel: 'MiB', yRange: [0, total], series: indexes.map((idx, k) => ({ name: name(idx), values: mem[k] })) });
    return charts;
}
/** Elapsed time as an axis label: seconds for a short run, m:ss, then h:mm. */
const clock = (t, span) => {
    if (span < 120)
        return `${t.toFixed(span < 10 ? 1 : 0)}s`;
    const s = Math.round(t);
    return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
/** The Report behind the job summary, report.json and the outputs. */
function buildReport({ d, classification, samples, lastLines, failed }) {
    const end = describeEnd(d.run);
    const collect = d.run.mode === 'collect';
    const notStarted = d.gpu_check?.passed === false;
    const check = {
        id: 'training',
        title: collect ? 'Failed training step' : 'Training command',
        status: notStarted ? 'skip' : failed ? 'fail' : 'pass',
        // After the fact, the job has already failed; diagnosing it should not fail a second step.
        ...(collect ? { severity: 'warning' } : {}),
        observed: notStarted ? 'not started' : end,
        expected: collect ? null : 'exit 0',
        detail: classification && !notStarted ? `${classification.title} (${classification.cause})` : undefined,
    };
    const checks = [];
    if (d.gpu_check) {
        const g = d.gpu_check;
        checks.push({
            id: 'gpus',
            title: 'GPUs on this runner',
            // Not a training failure: the job is on the wrong machine, or the machine is broken.
            status: g.passed ? 'pass' : 'error',
            observed: g.found === null ? 'nvidia-smi unavailable' : `${g.found} GPU${g.found === 1 ? '' : 's'}`,
            expected: `>= ${g.required} (gpu-count)`,
            detail: g.problem ?? undefined,
        });
    }
    checks.push(check);
    const summary = [];
    const stop = d.run.stopped_early;
    if (stop) {
        summary.push(`**Stopped early** after ${formatDuration(stop.elapsed_seconds)}: ${(0,src/* escapeMarkdown */.FV)(stop.reason)}${stop.line ? ` \u2014 ${inlineCode(stop.line)}` : ''}. The command's process group got SIGTERM (then SIGKILL after kill-grace) instead of running on.`);
    }
    if (failed && classification) {
        summary.push(`**Cause:** ${(0,src/* escapeMarkdown */.FV)(classification.title)} (\`${classification.cause}\`) \u2014 evidence: ${inlineCode(classification.evidence)}`);
        summary.push(`**Remedy:** ${classification.remedy}`);
        if (classification.seed)
            summary.push(`<sub>Known CI/CD failure: ${(0,src/* escapeMarkdown */.FV)(classification.seed.failure)} \u00b7 ${(0,src/* escapeMarkdown */.FV)(classification.seed.reason)} \u2192 ${(0,src/* escapeMarkdown */.FV)(classification.seed.remedy)}</sub>`);
        if (classification.alsoSeen.length)
            summary.push(`Also seen in the log: ${classification.alsoSeen.map((c) => `\`${c}\``).join(', ')}.`);
    }
    else if (!failed) {
        summary.push(`The command finished in ${formatDuration(d.run.duration_seconds)} with peak RSS ${formatBytes(d.run.peak_rss_bytes)}${d.gpu_utilization ? `; ${d.gpu_utilization.samples} GPU samples` : ''}.`);
    }
    const errorLine = d.error ? `${d.error.type}: ${d.error.message}` : undefined;
    if (errorLine && errorLine !== classification?.evidence && d.error.message !== classification?.evidence)
        summary.push(`**Error:** ${inlineCode(errorLine)}`);
    const tables = [runTable(d), hostTable(d)];
    const stats = d.data_stats;
    if ('rows' in stats) {
        tables.push({
            title: `Data stats: ${stats.rows} rows \u00d7 ${stats.columns.length} columns${stats.partial ? ' (partial: time budget ran out)' : ''}`,
            columns: ['column', 'dtype', 'nulls', 'null %'],
            rows: stats.columns.map((c) => [c, stats.dtypes[c], stats.null_counts[c], stats.rows ? Number(((stats.null_counts[c] / stats.rows) * 100).toFixed(2)) : 0]),
            folded: stats.columns.length > 15,
        });
    }
    else if ('error' in stats) {
        tables.push({ title: 'Data stats', columns: ['problem'], rows: [[stats.error]], folded: false });
    }
    if (d.gpu_utilization) {
        tables.push({
            title: `GPU utilisation (${d.gpu_utilization.samples} samples every ${d.gpu_utilization.interval_seconds} s)`,
            columns: ['GPU', 'name', 'mean util %', 'max util %', 'peak memory MiB', 'total MiB'],
            rows: d.gpu_utilization.per_gpu.map((g) => [g.index, g.name, g.mean_utilization, g.max_utilization, g.peak_memory_used_mib, g.memory_total_mib]),
            folded: false,
        });
    }
    const env = Object.entries(d.env_vars);
    if (env.length)
        tables.push({ title: `Environment variables (${env.length})`, columns: ['name', 'value'], rows: env });
    const texts = [];
    if (d.error?.traceback)
        texts.push({ title: `Traceback: ${d.error.type}`, text: keepEnd(d.error.traceback, SUMMARY_TRACEBACK_BUDGET) });
    if (failed && lastLines.length)
        texts.push({ title: `Last ${lastLines.length} log lines`, text: lastLines.join('\n') });
    const title = notStarted
        ? `Training not started: ${classification?.title ?? 'GPUs unavailable'}`
        : stop
            ? `Training stopped early: ${classification?.title ?? stop.cause}`
            : failed
                ? `Training failed: ${classification?.title ?? 'unknown cause'}`
                : 'Training succeeded';
    return (0,src/* createReport */.LU)({
        action: 'training-diagnostics',
        title,
        summary: summary.join('\n\n'),
        checks,
        tables,
        charts: gpuCharts(samples),
        texts,
        data: { diagnostics: d },
    });
}
function runTable(d) {
    const rows = [
        ['command', d.run.command ?? '(collect mode)'],
        ['ended', describeEnd(d.run)],
        ['duration', formatDuration(d.run.duration_seconds)],
        ['peak RSS (process tree)', formatBytes(d.run.peak_rss_bytes)],
    ];
    if (d.run.oom_killed !== null)
        rows.push(['cgroup OOM kill', d.run.oom_killed ? 'yes' : 'no']);
    if (d.run.stopped_early)
        rows.push(['stopped early', `${d.run.stopped_early.reason} (after ${formatDuration(d.run.stopped_early.elapsed_seconds)})`]);
    if (d.gpu_check)
        rows.push(['gpu-count', `${d.gpu_check.required} required, ${d.gpu_check.found ?? 'none'} listed by nvidia-smi${d.gpu_check.names.length ? ` (${d.gpu_check.names.join(', ')})` : ''}`]);
    if (d.run.log_file)
        rows.push(['log', `${d.run.log_file} (${formatBytes(d.run.log_bytes)})`]);
    return { title: 'Run', columns: ['', ''], rows, folded: false };
}
function hostTable(d) {
    const h = d.host;
    const e = d.environment;
    const rows = [
        ['runner', [d.runner.name, d.runner.os, d.runner.arch].filter(Boolean).join(' \u00b7 ') || 'n/a'],
        ['runner labels', d.runner.labels.join(', ') || 'n/a'],
        ['OS / kernel', `${h.os} / ${h.kernel}`],
        ['CPU', `${h.cpu_count} \u00d7 ${h.cpu_model ?? 'unknown'}`],
        ['RAM total / available', `${formatBytes(h.memory_total_bytes)} / ${formatBytes(h.memory_available_bytes)}`],
        ['disk free (workspace)', h.disk_free_bytes === null ? 'n/a' : `${formatBytes(h.disk_free_bytes)} of ${formatBytes(h.disk_total_bytes)}`],
        ['python', d.python_version?.split('\n')[0] ?? 'not found'],
        ['torch / CUDA', e.torch_version ? `${e.torch_version} / ${e.cuda_available ? `CUDA ${e.cuda_version}` : 'no CUDA'}` : 'torch not installed'],
    ];
    for (const g of e.gpus)
        rows.push([`GPU ${g.index}`, `${g.name}, ${g.memory_total_mib ?? '?'} MiB (${g.source})`]);
    if (!e.gpus.length)
        rows.push(['GPUs', 'none found']);
    return { title: 'Host and GPU', columns: ['', ''], rows, folded: false };
}
/** A value from a log as inline code: backticks in it cannot close the span, nor newlines break the line. */
function inlineCode(text) {
    const flat = text.replace(/\s*\r?\n\s*/g, ' ').slice(0, 500);
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
const TRACEBACK_BUDGET = 30_000;
const SUMMARY_TRACEBACK_BUDGET = 100_000;
/** The end of a long text, where a traceback's error is, with a note of what was cut. */
function keepEnd(text, budget) {
    return text.length <= budget ? text : `\u2026 ${text.length - budget} characters cut \u2026\n${text.slice(text.length - budget)}`;
}
const TAIL_LINES_IN_COMMENT = 30;
/**
 * The sticky PR comment: seed 000's "Training Failed" comment (error, data
 * stats, full traceback folded) plus cause, remedy and the run's vital signs.
 * The traceback keeps its end (where the error is) when it must be cut.
 */
function commentBody(input) {
    const { d, classification, failed } = input;
    const out = [];
    if (!failed) {
        out.push('## \u2705 Training succeeded');
        out.push(`Finished in ${formatDuration(d.run.duration_seconds)}, peak RSS ${formatBytes(d.run.peak_rss_bytes)}. The earlier failure report is resolved.`);
    }
    else {
        const verb = d.gpu_check?.passed === false ? 'not started' : d.run.stopped_early ? 'stopped early' : 'failed';
        out.push(`## \u274c Training ${verb}: ${(0,src/* escapeMarkdown */.FV)(classification?.title ?? 'unknown cause')}`);
        const stop = d.run.stopped_early;
        if (stop)
            out.push(`**Stopped early** after ${formatDuration(stop.elapsed_seconds)}: ${(0,src/* escapeMarkdown */.FV)(stop.reason)}${stop.line ? ` \u2014 ${inlineCode(stop.line)}` : ''}`);
        // Without a traceback the error is the cause's evidence again; say it once.
        if (d.error && (d.error.traceback || d.error.message !== classification?.evidence))
            out.push(`**Error:** ${inlineCode(`${d.error.type}: ${d.error.message}`)}`);
        if (classification) {
            out.push(`**Cause:** ${(0,src/* escapeMarkdown */.FV)(classification.title)} (\`${classification.cause}\`), from ${inlineCode(classification.evidence)}`);
            out.push(`**Remedy:** ${classification.remedy}`);
        }
        // A command that never started has no vitals; the cause line says why.
        if (verb !== 'not started')
            out.push(`**Run:** ${(0,src/* escapeMarkdown */.FV)(describeEnd(d.run))} after ${formatDuration(d.run.duration_seconds)} \u00b7 peak RSS ${formatBytes(d.run.peak_rss_bytes)}${d.gpu_utilization ? ` \u00b7 GPU util max ${d.gpu_utilization.per_gpu.map((g) => `${g.max_utilization ?? '?'}%`).join('/')}` : ''}`);
    }
    const stats = d.data_stats;
    if ('rows' in stats) {
        const withNulls = stats.columns.filter((c) => stats.null_counts[c] > 0);
        out.push(`**Data Stats:**\n- Rows: ${stats.rows}${stats.partial ? ' (partial)' : ''}\n- Columns: ${stats.columns.length}\n- Columns with nulls: ${withNulls.length ? withNulls.slice(0, 10).map((c) => `${(0,src/* escapeMarkdown */.FV)(c)} (${stats.null_counts[c]})`).join(', ') + (withNulls.length > 10 ? `, \u2026 ${withNulls.length - 10} more` : '') : 'none'}`);
    }
    else if ('error' in stats) {
        out.push(`**Data Stats:** could not be read: ${(0,src/* escapeMarkdown */.FV)(stats.error)}`);
    }
    if (failed && d.error?.traceback) {
        const tb = keepEnd(d.error.traceback, TRACEBACK_BUDGET);
        out.push(`<details>\n<summary>Full Traceback</summary>\n\n${(0,src/* codeBlock */.DV)(tb)}\n\n</details>`);
    }
    if (failed && input.lastLines.length) {
        const lines = input.lastLines.slice(-TAIL_LINES_IN_COMMENT);
        out.push(`<details>\n<summary>Last ${lines.length} log lines</summary>\n\n${(0,src/* codeBlock */.DV)(lines.join('\n'))}\n\n</details>`);
    }
    const links = [input.runUrl ? `[workflow run](${input.runUrl})` : '', input.artifact ? `diagnostics artifact \`${input.artifact.replace(/`/g, "'")}\`` : ''].filter(Boolean);
    if (links.length)
        out.push(`<sub>mlship training-diagnostics \u00b7 ${links.join(' \u00b7 ')}</sub>`);
    return out.join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/gpu-stall.ts
/**
 * Decides that training stalled when every GPU's utilisation stays at or
 * below `threshold` percent for `seconds`, measured between the sample
 * timestamps \u2014 not by counting samples, since a slow nvidia-smi stretches the
 * spacing and thinning drops samples.
 *
 * Only readings can show a stall. A failed query, or a GPU that reports no
 * utilisation (`[N/A]`: MIG slices, some vGPUs), says nothing about whether
 * the GPUs were busy, so it ends the idle stretch instead of extending it:
 * the job is never stopped on missing evidence.
 */
class StallDetector {
    seconds;
    threshold;
    since;
    max = 0;
    constructor(seconds, threshold) {
        this.seconds = seconds;
        this.threshold = threshold;
    }
    /** Feeds one reading; returns the stall once it has lasted long enough. */
    sample(s) {
        const utils = s.gpus.map((g) => g.utilization);
        const idle = utils.length > 0 && utils.every((u) => u !== null && u <= this.threshold);
        if (!idle) {
            this.since = undefined;
            return undefined;
        }
        const peak = Math.max(...utils);
        if (this.since === undefined) {
            this.since = s.t;
            this.max = peak;
        }
        else {
            this.max = Math.max(this.max, peak);
        }
        const lasted = s.t - this.since;
        return lasted >= this.seconds ? { seconds: lasted, maxUtilization: this.max, since: this.since, gpus: utils.length } : undefined;
    }
    /** A query that failed: the stretch of idle readings is broken. */
    gap() {
        this.since = undefined;
    }
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/process-tree.ts

/**
 * Peak resident memory of a command's whole process tree, measured by polling
 * /proc (Linux only; elsewhere the peak stays null).
 *
 * Why polling: the command is usually a launcher (bash \u2192 python \u2192 DataLoader
 * workers, torchrun \u2192 one process per rank), so its own VmHWM says little, and
 * getrusage(RUSAGE_CHILDREN) is not available from Node and reports only the
 * largest single descendant. Each poll sums VmRSS over every process that
 * descends from the command (by PPid) or shares its process group, and the
 * peak is the largest such sum. Each process's VmHWM (its own high-water
 * mark) is also kept: a spike shorter than the poll interval still shows up
 * there, so the reported peak is max(largest sum, largest single VmHWM).
 */
class ProcessTreeMemory {
    rootPid;
    intervalMs;
    peakTreeBytes = 0;
    peakSingleBytes = 0;
    polls = 0;
    timer;
    supported = external_node_fs_default().existsSync('/proc/self/status');
    constructor(rootPid, intervalMs = 500) {
        this.rootPid = rootPid;
        this.intervalMs = intervalMs;
    }
    get peakBytes() {
        if (!this.supported || this.polls === 0)
            return null;
        return Math.max(this.peakTreeBytes, this.peakSingleBytes);
    }
    start() {
        if (!this.supported)
            return;
        this.poll();
        this.timer = setInterval(() => this.poll(), this.intervalMs);
        this.timer.unref();
    }
    /** One last poll before the process is reaped would be ideal; the exit handler calls this first. */
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
    poll() {
        const procs = listProcesses();
        const rootPgid = procs.get(this.rootPid)?.pgid;
        if (rootPgid === undefined)
            return;
        const children = new Map();
        for (const p of procs.values()) {
            const list = children.get(p.ppid);
            if (list)
                list.push(p.pid);
            else
                children.set(p.ppid, [p.pid]);
        }
        const tree = new Set();
        const stack = [this.rootPid];
        while (stack.length) {
            const pid = stack.pop();
            if (tree.has(pid))
                continue;
            tree.add(pid);
            stack.push(...(children.get(pid) ?? []));
        }
        // Orphans re-parented to init keep the group the action created for the command.
        for (const p of procs.values())
            if (p.pgid === rootPgid)
                tree.add(p.pid);
        let sum = 0;
        for (const pid of tree) {
            const mem = readMemory(pid);
            if (!mem)
                continue;
            sum += mem.rss;
            if (mem.hwm > this.peakSingleBytes)
                this.peakSingleBytes = mem.hwm;
        }
        this.polls++;
        if (sum > this.peakTreeBytes)
            this.peakTreeBytes = sum;
    }
}
function listProcesses() {
    const out = new Map();
    let entries;
    try {
        entries = external_node_fs_default().readdirSync('/proc');
    }
    catch {
        return out;
    }
    for (const name of entries) {
        if (!/^\d+$/.test(name))
            continue;
        try {
            const stat = external_node_fs_default().readFileSync(`/proc/${name}/stat`, 'utf8');
            // The command name is in parentheses and may itself hold spaces or ')'.
            const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            out.set(Number(name), { pid: Number(name), ppid: Number(rest[1]), pgid: Number(rest[2]) });
        }
        catch {
            // exited between readdir and read
        }
    }
    return out;
}
function readMemory(pid) {
    try {
        const status = external_node_fs_default().readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
        return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
    }
    catch {
        return undefined;
    }
}
/** The cgroup v2 `oom_kill` counter of this process's cgroup, to tell an OOM kill from any other SIGKILL. */
function readOomKillCount() {
    try {
        const cgroup = external_node_fs_default().readFileSync('/proc/self/cgroup', 'utf8');
        const rel = /^0::(.*)$/m.exec(cgroup)?.[1];
        if (rel === undefined)
            return undefined;
        const events = external_node_fs_default().readFileSync(`/sys/fs/cgroup${rel.trim()}/memory.events`, 'utf8');
        const n = /^oom_kill (\d+)$/m.exec(events)?.[1];
        return n === undefined ? undefined : Number(n);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/run-command.ts








/**
 * Runs the command with no shell, in a process group of its own, its output
 * streamed live and teed to the log file.
 *
 * child_process.spawn rather than @actions/exec: exec resolves with the exit
 * code only (a signal death comes back as a bare non-zero code, so SIGKILL
 * and `exit 137` look the same and the signal is lost), it never exposes the
 * pid (needed to poll the process tree's memory), and it cannot start the
 * command as a group leader, without which a timeout kills `bash` but leaves
 * its python children running.
 */
async function runCommand(o) {
    const tail = new TailBuffer();
    const log = external_node_fs_default().createWriteStream(o.logFile, { flags: 'w' });
    const startedAt = Date.now();
    const oomBefore = readOomKillCount();
    const cancellation = (0,src/* forwardCancellation */.Zu)();
    const child = (0,external_node_child_process_.spawn)(o.argv[0], o.argv.slice(1), { cwd: o.cwd, env: o.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    cancellation.attach(child.pid);
    const closed = new Promise((r) => child.once('close', () => r()));
    const memory = child.pid ? new ProcessTreeMemory(child.pid) : undefined;
    memory?.start();
    // When the step log or the log file cannot keep up, stop reading the pipes
    // (the trainer then blocks on a full pipe) rather than buffer its output
    // without bound in this process; read again once both have drained.
    let waiting = 0;
    const drained = () => {
        if (--waiting === 0) {
            child.stdout.resume();
            child.stderr.resume();
        }
    };
    const onData = (chunk) => {
        tail.push(chunk);
        let full = 0;
        if (!log.write(chunk)) {
            full++;
            log.once('drain', drained);
        }
        if (!o.out(chunk, drained))
            full++;
        if (full) {
            if (waiting === 0) {
                child.stdout.pause();
                child.stderr.pause();
            }
            waiting += full;
        }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const deadline = (0,src/* killGroupAfter */.Oj)(child.pid, {
        timeoutSeconds: o.timeoutSeconds,
        graceSeconds: o.killGraceSeconds,
        onTimeout: () => o.progress(`training-diagnostics: the command ran past timeout ${o.timeoutSeconds}s; sending SIGTERM to its process group (SIGKILL after ${o.killGraceSeconds}s)`),
    });
    // Early stops end the group the way the timeout does; a timeout or a cancel that came first wins.
    let stopped;
    let termination;
    const stopEarly = (s) => {
        if (stopped || deadline.timedOut || cancellation.cancelled)
            return;
        stopped = s;
        deadline.clear();
        o.progress(`training-diagnostics: ${s.reason} after ${s.atSeconds.toFixed(1)} s; stopping the command early: SIGTERM to its process group (SIGKILL after ${o.killGraceSeconds}s)`);
        termination = (0,src/* terminateGroup */.TK)(child.pid, o.killGraceSeconds);
    };
    const elapsed = () => (Date.now() - startedAt) / 1000;
    const stall = o.stall ? new StallDetector(o.stall.seconds, o.stall.utilization) : undefined;
    let stallOffSaid = false;
    const stallOff = (why) => {
        if (stallOffSaid)
            return;
        stallOffSaid = true;
        o.warn?.(`training-diagnostics: stall detection is off: ${why}; the command is never stopped for a stall the action cannot see`);
    };
    const gpu = o.nvidiaSmi && child.pid
        ? new GpuSampler(o.nvidiaSmi, o.gpuIntervalSeconds, startedAt, (o.probeTimeoutSeconds ?? 30) * 1000, {
            env: o.env,
            onSample: (sample) => {
                if (!stall)
                    return;
                const blind = sample.gpus.find((g) => g.utilization === null);
                if (blind)
                    stallOff(`GPU ${blind.index} (${blind.name}) reports no utilisation ([N/A], e.g. a MIG slice or a vGPU)`);
                const found = stall.sample(sample);
                if (found) {
                    stopEarly({
                        cause: 'gpu-stall',
                        reason: `every GPU (${found.gpus}) stayed at or below ${o.stall.utilization}% utilisation for ${found.seconds.toFixed(1)} s (highest seen ${found.maxUtilization}%)`,
                        stall: found,
                        atSeconds: sample.t,
                    });
                }
            },
            onFailure: (_t, reason) => {
                if (!stall)
                    return;
                stall.gap();
                stallOff(`nvidia-smi failed (${reason})`);
            },
        })
        : undefined;
    gpu?.start();
    if (o.stopOnNanLoss) {
        for (const stream of [child.stdout, child.stderr]) {
            const watcher = new NanLossWatcher((line) => stopEarly({ cause: 'nan-loss', reason: 'the loss became NaN/inf', line, atSeconds: elapsed() }));
            stream.on('data', (chunk) => watcher.push(chunk));
        }
    }
    const heartbeat = setInterval(() => {
        const mins = ((Date.now() - startedAt) / 60000).toFixed(0);
        const rss = memory?.peakBytes;
        o.progress(`training-diagnostics: still running after ${mins} min${rss ? `, peak RSS so far ${(rss / 2 ** 20).toFixed(0)} MiB` : ''}`);
    }, 10 * 60 * 1000);
    heartbeat.unref();
    const ended = await new Promise((resolve) => {
        child.once('error', (error) => resolve({ code: null, signal: null, error }));
        child.once('exit', (code, signal) => {
            memory?.stop();
            resolve({ code, signal });
        });
    });
    // A cancelled job's leader can be gone while a worker that ignores SIGINT (bash does that to `&` jobs) runs on:
    // give it the runner's next signal now rather than leave it orphaned.
    if (cancellation.cancelled)
        (0,src/* signalGroup */.i8)(child.pid, 'SIGTERM');
    // 'exit' can come before the pipes are drained; wait for them (bounded, a grandchild may hold them open).
    let drainTimer;
    await Promise.race([closed, new Promise((r) => (drainTimer = setTimeout(r, 2000)))]);
    clearTimeout(drainTimer);
    if (deadline.timedOut || stopped || cancellation.cancelled)
        (0,src/* signalGroup */.i8)(child.pid, 'SIGKILL');
    deadline.clear();
    termination?.clear();
    clearInterval(heartbeat);
    cancellation.stop();
    await gpu?.stop();
    await new Promise((r) => log.end(r));
    const oomAfter = readOomKillCount();
    return {
        exitCode: ended.code,
        signal: ended.signal,
        timedOut: deadline.timedOut,
        cancelled: cancellation.cancelled,
        oomKilled: oomBefore === undefined || oomAfter === undefined ? undefined : oomAfter > oomBefore,
        durationSeconds: (Date.now() - startedAt) / 1000,
        peakRssBytes: memory?.peakBytes ?? null,
        gpuSamples: gpu?.samples ?? [],
        gpuFailures: gpu?.failures ?? 0,
        tail,
        spawnError: ended.error ? describeSpawnError(ended.error, o.argv[0]) : undefined,
        stoppedEarly: stopped,
    };
}
function describeSpawnError(e, program) {
    if (e.code === 'ENOENT')
        return `"${program}" was not found on PATH or in the working directory`;
    if (e.code === 'EACCES')
        return `"${program}" is not executable (chmod +x it, or run it through its interpreter: bash ${program})`;
    return `"${program}" could not be started: ${e.message}`;
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/traceback.ts
const traceback_HEADER = 'Traceback (most recent call last):';
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const FRAME = /^ {2}File "(.+)", line (\d+)(?:, in (.+))?$/;
/** Python 3.11+'s ^^^^ / ~~~~ markers under a source line. */
const MARKER = /^\s+[~^]+\s*$/;
// Whatever line follows the frames is the exception: built-in, dotted (`torch.OutOfMemoryError`) or user-defined.
const EXCEPTION = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/;
const CHAIN = /^(During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)$/;
function lastTraceback(lines) {
    let at = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
        if (lines[i].includes(traceback_HEADER)) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return headlessTraceback(lines);
    const prefix = lines[at].slice(0, lines[at].indexOf(traceback_HEADER));
    const strip = prefixStripper(prefix);
    // Walk back over chained blocks so the text shows the whole story.
    let start = at;
    for (;;) {
        const before = strip(lines[start - 2] ?? '');
        const chainAt = CHAIN.test(strip(lines[start - 1] ?? '').trim()) ? start - 1 : CHAIN.test(before.trim()) ? start - 2 : -1;
        if (chainAt < 0)
            break;
        let prev = -1;
        for (let i = chainAt - 1; i >= Math.max(0, chainAt - 400); i--) {
            if (strip(lines[i]).startsWith(traceback_HEADER)) {
                prev = i;
                break;
            }
        }
        if (prev < 0)
            break;
        start = prev;
    }
    const frames = [];
    let type;
    let message = '';
    let end = at;
    for (let i = at + 1; i < lines.length; i++) {
        const line = strip(lines[i]);
        // Frames, source lines under a frame, the ^^^^ markers of Python 3.11+, elided recursion.
        if (collectFrame(frames, line) || line.startsWith('    ') || MARKER.test(line) || line.trim() === '' || /^\s+\.\.\.|^\s*\[Previous line repeated/.test(line)) {
            end = i;
            continue;
        }
        const exc = EXCEPTION.exec(line.trim());
        if (exc && !line.startsWith(' ')) {
            type = exc[1];
            message = (exc[2] ?? '').trim();
            end = i;
        }
        break;
    }
    if (type === undefined) {
        // A traceback cut off by the kill: the frames are still worth showing.
        type = 'UnfinishedTraceback';
        message = 'the log ends inside a traceback (the process was killed while printing it, or the log was truncated)';
    }
    const text = lines
        .slice(start, end + 1)
        .map(strip)
        .join('\n');
    return { type, message, frames, text };
}
/** A `File "\u2026", line N` line becomes a frame (true); the first source line under the last frame becomes its code. */
function collectFrame(frames, line) {
    const m = FRAME.exec(line);
    if (m) {
        frames.push({ file: m[1], line: Number(m[2]), function: m[3] ?? '<module>' });
        return true;
    }
    const last = frames.at(-1);
    if (last && last.code === undefined && line.startsWith('    ') && !MARKER.test(line))
        last.code = line.trim();
    return false;
}
function prefixStripper(prefix) {
    if (prefix === '')
        return (l) => l;
    if (TIMESTAMP.test(prefix)) {
        const rest = prefix.replace(TIMESTAMP, '');
        return (l) => {
            const t = l.replace(TIMESTAMP, '');
            return rest && t.startsWith(rest) ? t.slice(rest.length) : t;
        };
    }
    return (l) => (l.startsWith(prefix) ? l.slice(prefix.length) : l.startsWith(prefix.trimEnd()) ? l.slice(prefix.trimEnd().length) : l);
}
/**
 * A traceback whose header fell outside the log tail (a 2 MB recursion
 * traceback, read from its end): the frames at the end of the tail followed
 * by the exception line.
 */
function headlessTraceback(lines) {
    let last = lines.length - 1;
    while (last >= 0 && lines[last].trim() === '')
        last--;
    const exc = last >= 0 ? EXCEPTION.exec(lines[last].trim()) : null;
    if (!exc || lines[last].startsWith(' '))
        return undefined;
    let first = last;
    const inFrames = (l) => FRAME.test(l) || l.startsWith('    ') || MARKER.test(l) || /^\s*\[Previous line repeated/.test(l);
    while (first > 0 && inFrames(lines[first - 1]))
        first--;
    const block = lines.slice(first, last);
    if (!block.some((l) => FRAME.test(l)))
        return undefined;
    const frames = [];
    for (const line of block)
        collectFrame(frames, line);
    return {
        type: exc[1],
        message: (exc[2] ?? '').trim(),
        frames,
        text: ['Traceback (most recent call last):', '  \u2026 (the start of this traceback is before the part of the log that was read)', ...lines.slice(first, last + 1)].join('\n'),
    };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/action.ts




















/** Lines of the log tail kept in the artifact (redacted) and shown in the summary. */
const TAIL_FILE_LINES = 500;
const SUMMARY_LINES = 60;
const DATA_BUDGET_MS = 120_000;
/** The run record of a command the action did not run (mode collect, or refused before it started). */
const notRun = {
    mode: 'collect',
    command: null,
    exit_code: null,
    signal: null,
    timed_out: false,
    cancelled: false,
    oom_killed: null,
    duration_seconds: null,
    peak_rss_bytes: null,
    peak_rss_method: null,
    log_file: null,
    log_bytes: null,
    stopped_early: null,
};
const trainingDiagnostics = (0,src/* defineAction */.QP)({
    name: 'training-diagnostics',
    inputs: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(['run', 'collect', 'cleanup']).default('run'),
        command: schemas/* string */.YjP().optional(),
        'working-directory': schemas/* string */.YjP().default('.'),
        timeout: schemas/* string */.YjP().optional(),
        'kill-grace': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().min(0).max(3600)).default(10),
        'gpu-sample-interval': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().min(0.2).max(3600)).default(5),
        'gpu-count': (0,src/* numberInput */.QR)()
            .pipe(schemas/* number */.aig().int({ message: 'must be a whole number of GPUs, e.g. 4' }).min(1, { message: 'must be at least 1 (leave it empty for no GPU check)' }).max(1024))
            .optional(),
        'stop-on-nan': (0,src/* booleanInput */.tE)().default(false),
        'stall-minutes': (0,src/* numberInput */.QR)()
            .pipe(schemas/* number */.aig().gt(0, { message: 'must be more than 0 minutes (leave it empty to turn stall detection off)' }).max(10080, { message: 'must be at most 10080 minutes (a week)' }))
            .optional(),
        'stall-utilization': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().min(0, { message: 'must be a percentage from 0 to 100' }).max(100, { message: 'must be a percentage from 0 to 100' })).default(5),
        'log-file': schemas/* string */.YjP().optional(),
        'exit-code': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(0).max(255)).optional(),
        'data-path': schemas/* string */.YjP().optional(),
        python: schemas/* string */.YjP().default('python3'),
        'probe-timeout': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().min(1).max(600)).default(30),
        'runner-labels': schemas/* string */.YjP().optional(),
        'upload-artifact': (0,src/* booleanInput */.tE)().default(true),
        'artifact-name': schemas/* string */.YjP().default('training-diagnostics'),
        comment: (0,src/* booleanInput */.tE)().default(true),
        'github-token': schemas/* string */.YjP().default('${{ github.token }}'),
        'fail-on': (0,src/* failOnInput */.cR)(),
        'report-path': schemas/* string */.YjP().default('mlship-reports/training-diagnostics'),
    }),
    secrets: ['github-token'],
    async run(inputs, io) {
        const cwd = external_node_path_default().resolve(inputs['working-directory']);
        if (!external_node_fs_default().existsSync(cwd) || !external_node_fs_default().statSync(cwd).isDirectory()) {
            throw new src/* UserError */.yo(`input "working-directory" is "${inputs['working-directory']}", which is not a directory`, { hint: 'Check out the repository first, or fix the path.' });
        }
        const timeoutSeconds = inputs.timeout === undefined ? undefined : (0,src/* parseDuration */.E9)(inputs.timeout, 'timeout');
        refuseInputsOfOtherModes(inputs);
        if (inputs.mode === 'cleanup')
            return runCleanup({ probeTimeoutSeconds: inputs['probe-timeout'], killGraceSeconds: inputs['kill-grace'] }, io);
        const stallSeconds = inputs['stall-minutes'] === undefined ? undefined : inputs['stall-minutes'] * 60;
        if (stallSeconds !== undefined && stallSeconds < inputs['gpu-sample-interval']) {
            throw new src/* UserError */.yo(`input "stall-minutes" is ${inputs['stall-minutes']} (${stallSeconds} s), shorter than gpu-sample-interval (${inputs['gpu-sample-interval']} s)`, {
                hint: 'A stall is judged between nvidia-smi samples: raise stall-minutes or lower gpu-sample-interval.',
            });
        }
        const reportDir = external_node_path_default().resolve(inputs['report-path']);
        const env = process.env;
        const redact = createRedactor(env);
        const nvidiaSmi = findOnPath('nvidia-smi', env.PATH);
        let tail;
        let run;
        let samples = [];
        let gpuCheck;
        let argv = [];
        if (inputs.mode === 'run') {
            if (inputs['exit-code'] !== undefined)
                throw new src/* UserError */.yo('input "exit-code" is for mode: collect', { hint: 'In mode: run the action records the exit code itself; remove exit-code.' });
            if (!inputs.command)
                throw new src/* UserError */.yo('input "command" is required in mode: run', { hint: 'Give the training command, e.g. `command: python train.py --epochs 10` (or use mode: collect after a step of your own).' });
            argv = splitCommand(inputs.command);
            // Before anything starts: a job on the wrong runner must not begin a six-hour run on too few GPUs.
            if (inputs['gpu-count'] !== undefined)
                gpuCheck = await checkGpuCount(nvidiaSmi, inputs['gpu-count'], inputs['probe-timeout'] * 1000, env);
            if (stallSeconds !== undefined && !nvidiaSmi)
                io.warning('training-diagnostics: stall detection is off: nvidia-smi is not on PATH, so GPU utilisation cannot be seen; the command is never stopped for a stall the action cannot see');
        }
        if (inputs.mode === 'run' && gpuCheck?.ok === false) {
            tail = { lines: [], totalBytes: 0, truncated: false, binaryLines: 0 };
            run = { ...notRun, mode: 'run', command: redact(quoteArgv(argv)) };
        }
        else if (inputs.mode === 'run') {
            const logFile = external_node_path_default().resolve(cwd, inputs['log-file'] ?? external_node_path_default().join(io.tempDir(), `training-${env.GITHUB_RUN_ID ?? 'local'}-${external_node_crypto_default().randomBytes(4).toString('hex')}.log`));
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(logFile), { recursive: true });
            const watching = [inputs['stop-on-nan'] ? 'stops early on a NaN/inf loss' : '', stallSeconds !== undefined && nvidiaSmi ? `stops early when every GPU stays at or below ${inputs['stall-utilization']}% for ${stallSeconds} s` : ''].filter(Boolean);
            io.info(`training-diagnostics: running ${quoteArgv(argv)}${timeoutSeconds ? ` (timeout ${timeoutSeconds}s)` : ''}; output is teed to ${logFile}${nvidiaSmi ? `; sampling nvidia-smi every ${inputs['gpu-sample-interval']}s` : '; nvidia-smi not on PATH, no GPU samples'}${watching.length ? `; ${watching.join('; ')}` : ''}`);
            let lastByte = 10;
            const r = await runCommand({
                argv,
                cwd,
                env,
                logFile,
                timeoutSeconds,
                killGraceSeconds: inputs['kill-grace'],
                nvidiaSmi,
                gpuIntervalSeconds: inputs['gpu-sample-interval'],
                probeTimeoutSeconds: inputs['probe-timeout'],
                stopOnNanLoss: inputs['stop-on-nan'],
                stall: stallSeconds === undefined ? undefined : { seconds: stallSeconds, utilization: inputs['stall-utilization'] },
                warn: (line) => io.warning(line),
                out: (chunk, drained) => {
                    lastByte = chunk[chunk.length - 1] ?? lastByte;
                    const ok = process.stdout.write(chunk);
                    if (!ok)
                        process.stdout.once('drain', drained);
                    return ok;
                },
                progress: (line) => io.info(line),
            });
            // Our own lines (and ::error:: commands) must start on a line of their own.
            if (lastByte !== 10)
                process.stdout.write('\n');
            if (r.spawnError)
                throw new src/* UserError */.yo(`input "command": ${r.spawnError}`, { hint: 'Use the program name as it is on PATH, or a path relative to working-directory.' });
            tail = toLines(r.tail.bytes(), r.tail.truncated, r.tail.total);
            samples = r.gpuSamples;
            const stoppedEarly = r.stoppedEarly;
            if (r.gpuFailures && !samples.length)
                io.warning(`training-diagnostics: nvidia-smi is on PATH but ${r.gpuFailures} quer${r.gpuFailures === 1 ? 'y' : 'ies'} failed \u2014 is the driver loaded and matching the NVIDIA libraries? Run \`nvidia-smi\` on the runner.`);
            run = {
                mode: 'run',
                command: redact(quoteArgv(argv)),
                exit_code: r.exitCode,
                signal: r.signal,
                timed_out: r.timedOut,
                cancelled: r.cancelled,
                oom_killed: r.oomKilled ?? null,
                duration_seconds: Math.round(r.durationSeconds * 1000) / 1000,
                peak_rss_bytes: r.peakRssBytes,
                peak_rss_method: r.peakRssBytes === null ? null : PEAK_RSS_METHOD,
                log_file: logFile,
                log_bytes: r.tail.total,
                stopped_early: stoppedEarly
                    ? { cause: stoppedEarly.cause, reason: stoppedEarly.reason, line: stoppedEarly.line === undefined ? null : redact(stoppedEarly.line).slice(0, 500), elapsed_seconds: Math.round(stoppedEarly.atSeconds * 1000) / 1000 }
                    : null,
            };
        }
        else {
            if (inputs.command)
                throw new src/* UserError */.yo('input "command" is for mode: run', { hint: 'In mode: collect the action reads log-file after your own step failed; remove command, or use mode: run.' });
            if (timeoutSeconds !== undefined)
                throw new src/* UserError */.yo('input "timeout" is for mode: run', { hint: 'Set timeout-minutes on the training step instead, or use mode: run.' });
            let logFile;
            if (inputs['log-file']) {
                logFile = external_node_path_default().resolve(cwd, inputs['log-file']);
                if (!external_node_fs_default().existsSync(logFile) || !external_node_fs_default().statSync(logFile).isFile()) {
                    throw new src/* UserError */.yo(`input "log-file": ${inputs['log-file']} does not exist`, {
                        hint: 'Write the training output to it in the failed step, e.g. `python train.py 2>&1 | tee train.log` with `shell: bash` (pipefail keeps the exit code).',
                    });
                }
                tail = readLogTail(logFile);
            }
            else {
                tail = { lines: [], totalBytes: 0, truncated: false, binaryLines: 0 };
            }
            run = { ...notRun, mode: 'collect', exit_code: inputs['exit-code'] ?? null, log_file: logFile ?? null, log_bytes: logFile ? tail.totalBytes : null };
        }
        const failed = run.timed_out || run.exit_code !== 0 || run.stopped_early !== null;
        // As lines, not one by one: a private key printed to the log spans several.
        const lines = redactLines(tail.lines, redact);
        const traceback = lastTraceback(lines);
        const decided = gpuCheck?.ok === false
            ? { cause: 'gpu-unavailable', evidence: gpuCheck.problem }
            : run.stopped_early
                ? { cause: run.stopped_early.cause, evidence: run.stopped_early.line ?? run.stopped_early.reason }
                : undefined;
        const classification = failed
            ? classify(lines, { exitCode: run.exit_code, signal: run.signal, timedOut: run.timed_out, oomKilled: run.oom_killed ?? undefined, cancelled: run.cancelled, decided }, traceback)
            : undefined;
        io.info('training-diagnostics: collecting diagnostics (python, GPUs, host, data)');
        const [python, gpuSnapshot, data] = await Promise.all([
            probePython(inputs.python, env, cwd, inputs['probe-timeout'] * 1000),
            nvidiaSmi ? (samples.length ? Promise.resolve(samples[samples.length - 1].gpus) : queryGpus(nvidiaSmi, inputs['probe-timeout'] * 1000)) : Promise.resolve(undefined),
            inputs['data-path'] ? computeDataStats(inputs['data-path'], cwd, DATA_BUDGET_MS) : Promise.resolve(undefined),
        ]);
        if (data && !data.ok)
            io.warning(`training-diagnostics: data stats for ${inputs['data-path']} could not be computed: ${data.error}`);
        const labels = (inputs['runner-labels'] ?? env.RUNNER_LABELS ?? '').split(',').map((l) => l.trim()).filter(Boolean);
        const d = {
            timestamp: new Date().toISOString(),
            python_version: python.python_version,
            environment: environmentOf(python, gpuSnapshot),
            data_stats: data === undefined ? {} : data.ok ? data.stats : { error: data.error },
            error: failed
                ? traceback
                    ? { type: traceback.type, message: traceback.message, traceback: traceback.text, frames: traceback.frames }
                    : { type: errorType(run, gpuCheck), message: classification.evidence, traceback: '', frames: [] }
                : null,
            cause: classification
                ? {
                    id: classification.cause,
                    title: classification.title,
                    remedy: classification.remedy,
                    evidence: classification.evidence,
                    also_seen: classification.alsoSeen,
                    seed_troubleshooting_row: classification.seed ?? null,
                    ...(classification.cause === 'unknown' ? { last_lines: lines.slice(-20) } : {}),
                }
                : null,
            run,
            gpu_check: gpuCheck
                ? { required: gpuCheck.required, found: gpuCheck.gpus?.length ?? null, names: gpuCheck.gpus?.map((g) => g.name) ?? [], passed: gpuCheck.ok, problem: gpuCheck.problem ?? null }
                : null,
            gpu_utilization: summariseGpuSamples(samples, inputs['gpu-sample-interval']),
            host: hostFacts(cwd),
            runner: runnerFacts(io.env, labels),
            env_vars: relevantEnv(env, redact),
        };
        const diagnosticsPath = external_node_path_default().join(reportDir, 'training_diagnostics.json');
        const tailPath = external_node_path_default().join(reportDir, 'training-log-tail.txt');
        await (0,src/* writeFileAtomic */.Zf)(diagnosticsPath, JSON.stringify(d, null, 2) + '\n');
        await (0,src/* writeFileAtomic */.Zf)(tailPath, lines.slice(-TAIL_FILE_LINES).join('\n') + (lines.length ? '\n' : ''));
        const lastLines = lines.slice(-SUMMARY_LINES);
        let artifact;
        // GitHub and artifact clients load only when there is something to publish: they dominate the cold start.
        if (failed && inputs['upload-artifact'])
            artifact = await (await Promise.all(/* import() */[__webpack_require__.e(6175), __webpack_require__.e(6102)]).then(__webpack_require__.bind(__webpack_require__, 16102))).uploadDiagnostics(io, inputs['artifact-name'], [diagnosticsPath, tailPath], reportDir);
        if (inputs.comment) {
            const body = commentBody({ d, classification, samples, lastLines, failed, runUrl: (0,notify_src/* runUrl */.Vp)(io.env), artifact });
            // The comment as posted (or as it would be, outside a pull request): readable without GitHub.
            await (0,src/* writeFileAtomic */.Zf)(external_node_path_default().join(reportDir, 'comment.md'), body);
            // The CLI gets the default unexpanded; GITHUB_TOKEN from the environment stands in for it there.
            const token = inputs['github-token'] === '${{ github.token }}' ? env.GITHUB_TOKEN : inputs['github-token'];
            // A failure creates or updates the comment; a success only updates one an earlier failure left
            // (a PR that never failed gets no comment). Nothing here fails the step: the summary is the diagnosis.
            const { postStickyComment } = await __webpack_require__.e(/* import() */ 6787).then(__webpack_require__.bind(__webpack_require__, 36787));
            await postStickyComment(io, { action: 'training-diagnostics', key: `training-diagnostics:${inputs['artifact-name']}`, token, body, mode: failed ? 'upsert' : 'update-only' });
        }
        if (tail.binaryLines)
            io.info(`training-diagnostics: ${tail.binaryLines} line(s) of the log were binary data and are shown as placeholders`);
        return {
            report: buildReport({ d, classification, samples, lastLines, failed }),
            outputs: {
                cause: classification?.cause ?? 'none',
                'diagnostics-path': diagnosticsPath,
                'exit-code': run.exit_code === null ? '' : String(run.exit_code),
                'log-path': run.log_file ?? '',
            },
        };
    },
});
/** What ended the run, when no Python traceback says it better. */
function errorType(run, gpuCheck) {
    if (gpuCheck?.ok === false)
        return 'GpuUnavailable';
    if (run.stopped_early)
        return 'StoppedEarly';
    return run.timed_out ? 'Timeout' : run.signal ? 'Signal' : 'ProcessExit';
}
/** An input that only means something in another mode is refused, never silently ignored. */
function refuseInputsOfOtherModes(inputs) {
    const runOnly = [
        ['gpu-count', inputs['gpu-count'] !== undefined],
        ['stop-on-nan', inputs['stop-on-nan']],
        ['stall-minutes', inputs['stall-minutes'] !== undefined],
    ];
    if (inputs.mode === 'collect') {
        for (const [name, set] of runOnly) {
            if (set)
                throw new src/* UserError */.yo(`input "${name}" is for mode: run`, { hint: 'In mode: collect the command has already ended; set it on a step with mode: run, or remove it.' });
        }
    }
    if (inputs.mode === 'cleanup') {
        const notHere = [
            ['command', inputs.command !== undefined],
            ['timeout', inputs.timeout !== undefined],
            ['log-file', inputs['log-file'] !== undefined],
            ['exit-code', inputs['exit-code'] !== undefined],
            ['data-path', inputs['data-path'] !== undefined],
            ...runOnly,
        ];
        for (const [name, set] of notHere) {
            if (set)
                throw new src/* UserError */.yo(`input "${name}" is not used in mode: cleanup`, { hint: 'mode: cleanup only lists and ends GPU processes this job left behind; remove the input from this step.' });
        }
    }
}


/***/ }),

/***/ 76460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U1: () => (/* reexport */ notifyReportFailure),
  Vp: () => (/* reexport */ runUrl),
  pY: () => (/* reexport */ sendSlack),
  ae: () => (/* reexport */ sendWebhook)
});

// UNUSED EXPORTS: SlackMarkup, escapeSlack, failureMessage, mrkdwn, parseRetryAfter, renderSlackText, slackLink, slackPayload

// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
;// CONCATENATED MODULE: ./packages/notify/src/webhook.ts

const DEFAULTS = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, maxElapsedMs: 30_000, timeoutMs: 10_000 };
/** Enough of an error body to name the problem (Slack answers with one word) without flooding the log. */
const MAX_BODY_IN_ERROR = 300;
/** A response that was not 2xx. */
class HttpStatusError extends Error {
    status;
    body;
    retryAfterMs;
    constructor(status, body, retryAfterMs) {
        const text = body.trim().replace(/\s+/g, ' ');
        const shown = text.length > MAX_BODY_IN_ERROR ? `${text.slice(0, MAX_BODY_IN_ERROR)}\u2026` : text;
        super(`HTTP ${status}${shown ? `: ${shown}` : ''}`);
        this.status = status;
        this.body = body;
        this.retryAfterMs = retryAfterMs;
    }
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 \u00a710.2.3). */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.round(Number(v) * 1000);
    const date = Date.parse(v);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** 5xx and 429 are the server's problem and may pass; other statuses will not change on a resend. */
const retryableStatus = (status) => status === 429 || status >= 500;
const isErrorLike = (e) => typeof e === 'object' && e !== null && typeof e.message === 'string';
/**
 * One line for the log. Never includes the URL: a webhook URL is a credential.
 */
function describeFailure(e, timeoutMs) {
    const err = e instanceof src/* RetryError */.J_ ? e.lastError : e;
    if (err instanceof HttpStatusError)
        return err.message;
    if (!isErrorLike(err))
        return String(err);
    if (err.name === 'TimeoutError')
        return `no response within ${timeoutMs} ms`;
    if (err.name === 'AbortError')
        return 'request aborted';
    // undici reports network failures as TypeError('fetch failed') with the socket error as cause.
    const cause = err.cause;
    if (isErrorLike(cause)) {
        const code = typeof cause.code === 'string' && !cause.message.includes(cause.code) ? ` (${cause.code})` : '';
        return `network error: ${cause.message}${code}`;
    }
    return `network error: ${err.message}`;
}
function validUrl(url) {
    try {
        const u = new URL(url);
        return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * POST `body` as JSON to `url`, retrying 5xx, 429 (waiting what Retry-After
 * asks, up to maxDelayMs), timeouts and network errors with exponential
 * backoff, within `attempts` and `maxElapsedMs`. Other 4xx are final. Redirects
 * are not followed (a 301/302 would turn the POST into a GET and lose the
 * message). A timed-out request may still have been delivered, so a retry can
 * duplicate a message \u2014 acceptable for alerts, preferable to losing one.
 * Never throws.
 */
async function sendWebhook(url, body, options = {}) {
    const target = validUrl(url);
    if (!target)
        return { delivered: false, attempts: 0, error: 'the webhook URL is not a valid http(s) URL' };
    let payload;
    try {
        payload = JSON.stringify(body);
    }
    catch (e) {
        return { delivered: false, attempts: 0, error: `the payload cannot be serialised as JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (payload === undefined)
        return { delivered: false, attempts: 0, error: 'the payload cannot be serialised as JSON' };
    const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
    let attempts = 0;
    let status;
    try {
        await (0,src/* retry */.L5)(async (attempt) => {
            attempts = attempt;
            const signal = AbortSignal.timeout(timeoutMs);
            const res = await fetch(target, {
                method: 'POST',
                headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'mlship-notify', ...options.headers },
                body: payload,
                redirect: 'manual',
                signal,
            });
            status = res.status;
            // Read the body in every case: it frees the connection, and on failure it is the explanation.
            const text = await res.text();
            if (res.status < 200 || res.status >= 300)
                throw new HttpStatusError(res.status, text, parseRetryAfter(res.headers.get('retry-after')));
        }, {
            attempts: options.attempts ?? DEFAULTS.attempts,
            baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
            maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
            maxElapsedMs: options.maxElapsedMs ?? DEFAULTS.maxElapsedMs,
            random: options.random,
            shouldRetry: (e) => {
                if (!(e instanceof HttpStatusError))
                    return true;
                if (!retryableStatus(e.status))
                    return false;
                return e.retryAfterMs ?? true;
            },
            onRetry: (e, ctx) => options.onRetry?.({ attempt: ctx.attempt, delayMs: ctx.delayMs, error: describeFailure(e, timeoutMs) }),
        });
        return { delivered: true, attempts, status };
    }
    catch (e) {
        return { delivered: false, attempts, error: describeFailure(e, timeoutMs), ...(status === undefined ? {} : { status }) };
    }
}

;// CONCATENATED MODULE: ./packages/notify/src/mrkdwn.ts
/**
 * Slack text: what is data and what is the bot's own markup.
 *
 * Slack reads `<\u2026>` in any message text as a control sequence \u2014 `<!channel>`
 * and `<!here>` notify everyone, `<@U123>` mentions a person, `<url|label>`
 * is a link \u2014 and `&` starts an entity. A value from a dataset, a config or a
 * log that reaches a message unescaped would speak in the bot's voice: ping a
 * channel, or show "Fix here" linking anywhere. Slack's rule
 * (https://api.slack.com/reference/surfaces/formatting#escaping) is to replace
 * exactly `&`, `<` and `>` with `&amp;`, `&lt;` and `&gt;`; Slack shows them as
 * the characters again, and nothing else may be entity-encoded.
 *
 * Markdown emphasis in data (`*bold*`, `_italic_`, `~strike~`, backticks) is
 * left as written, on purpose: it changes how a value looks, never who is
 * notified or where a click goes, and Slack has no escape for it \u2014 the only way
 * to stop it is to insert invisible characters, which would change the value a
 * reader copies out of the alert (a regex `^a.*b$`, a column `user_id_hash`).
 *
 * So every plain string in a message is data and is escaped when the payload is
 * built; the bot's own links and emphasis are `SlackMarkup`, made by `mrkdwn`
 * and `slackLink`, which escape what is interpolated into them.
 */
/** Text that is Slack markup on purpose; sent as it is. */
class SlackMarkup {
    markup;
    constructor(markup) {
        this.markup = markup;
    }
    toString() {
        return this.markup;
    }
}
/** `&`, `<`, `>` as Slack's entities: the value shows as written and controls nothing. */
const escapeSlack = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The text as it goes on the wire: markup unchanged, anything else escaped. */
const renderSlackText = (text) => (text instanceof SlackMarkup ? text.markup : escapeSlack(String(text)));
/**
 * Markup with data in it: the template's literal parts are the bot's own
 * markup; every interpolated value is escaped unless it is SlackMarkup itself.
 *
 *     mrkdwn`\u2022 *${check.id}*: ${check.detail}`
 */
function mrkdwn(parts, ...values) {
    let out = parts[0] ?? '';
    values.forEach((v, i) => {
        out += (typeof v === 'number' ? String(v) : renderSlackText(v)) + (parts[i + 1] ?? '');
    });
    return new SlackMarkup(out);
}
/**
 * The bot's own link, `<url|label>`. The label is data and escaped; in the URL,
 * `|` (which would end it early) is percent-encoded and `& < >` escaped as in
 * any text. Only http(s) URLs become links: anything else (a `javascript:` URL
 * from a misconfigured server variable, say) is shown as escaped text beside
 * the label, where it can be read but not clicked.
 */
function slackLink(url, label) {
    let href;
    try {
        const u = new URL(url);
        if (u.protocol === 'https:' || u.protocol === 'http:')
            href = u.href;
    }
    catch {
        href = undefined;
    }
    if (href === undefined)
        return new SlackMarkup(`${escapeSlack(label)} (${escapeSlack(url)})`);
    return new SlackMarkup(`<${escapeSlack(href.replace(/\|/g, '%7C'))}|${escapeSlack(label)}>`);
}

;// CONCATENATED MODULE: ./packages/notify/src/slack.ts


const ATTACHMENT_TEXTS = ['fallback', 'pretext', 'title', 'text', 'footer'];
function attachmentPayload(a) {
    const out = { ...a };
    for (const key of ATTACHMENT_TEXTS) {
        const value = a[key];
        if (value !== undefined)
            out[key] = renderSlackText(value);
    }
    if (a.fields)
        out.fields = a.fields.map((f) => ({ ...f, title: renderSlackText(f.title), value: renderSlackText(f.value) }));
    return out;
}
/** A block with its texts rendered: markup as is, the plain text of mrkdwn text objects escaped. */
function blockPayload(value) {
    if (value instanceof SlackMarkup)
        return value.markup;
    if (Array.isArray(value))
        return value.map(blockPayload);
    if (value === null || typeof value !== 'object')
        return value;
    const object = value;
    const out = {};
    for (const [key, v] of Object.entries(object)) {
        out[key] = object.type === 'mrkdwn' && key === 'text' && typeof v === 'string' ? renderSlackText(v) : blockPayload(v);
    }
    return out;
}
/**
 * The JSON body posted for `message`: only the keys that are set, in a fixed
 * order, every text rendered (data escaped, the bot's markup as is).
 */
function slackPayload(message) {
    const payload = { text: renderSlackText(message.text) };
    if (message.blocks?.length)
        payload.blocks = message.blocks.map(blockPayload);
    if (message.attachments?.length)
        payload.attachments = message.attachments.map(attachmentPayload);
    if (message.username)
        payload.username = message.username;
    if (message.icon_emoji)
        payload.icon_emoji = message.icon_emoji;
    return payload;
}
/**
 * Post `message` to a Slack incoming webhook \u2014 the JSON the lessons send with
 * `curl -X POST $SLACK_WEBHOOK -d '{"text": \u2026, "attachments": [{"color": "danger", "fields": [\u2026]}]}'`.
 * Retries as sendWebhook does; a 4xx such as `invalid_payload` or `no_service`
 * is final and its body is in `error`. Never throws.
 */
async function sendSlack(webhookUrl, message, options = {}) {
    const text = message?.text;
    if (!(typeof text === 'string' || text instanceof SlackMarkup) || renderSlackText(text).trim() === '') {
        return { delivered: false, attempts: 0, error: 'the Slack message has no text' };
    }
    return sendWebhook(webhookUrl, slackPayload(message), options);
}

;// CONCATENATED MODULE: ./packages/notify/src/report-message.ts



/** Link to the workflow run, when running on a runner. */
function runUrl(env) {
    const [server, repo, run] = [env('GITHUB_SERVER_URL'), env('GITHUB_REPOSITORY'), env('GITHUB_RUN_ID')];
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
const titles = { 'validate-data': 'Data validation failed in CI pipeline' };
/** A check's line stays readable in chat; cut before escaping, so no entity is cut in half. */
const MAX_DETAIL = 280;
const cut = (text) => (text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}\u2026` : text);
/**
 * seed 000 \u00a76.2's Slack alert ("Data validation failed in CI pipeline" + an
 * attachment), carrying what the seed's could not: which checks failed and why.
 */
function failureMessage(report, link) {
    const failed = (0,src/* failedChecks */.HH)(report);
    const shown = failed.slice(0, 10);
    // Check ids, details and observed values come from the config and the data: interpolated, so escaped.
    const lines = shown.map((c) => mrkdwn `\u2022 *${cut(c.id)}*: ${cut(c.detail ?? `observed ${c.observed}, expected ${c.expected}`)}`);
    if (failed.length > shown.length)
        lines.push(mrkdwn `\u2026and ${failed.length - shown.length} more`);
    if (link)
        lines.push(slackLink(link, 'Check the data report for details'));
    return {
        text: titles[report.action] ?? `${report.title}: ${report.status.toUpperCase()}`,
        attachments: [
            {
                color: 'danger',
                title: `${failed.length} failed check(s)`,
                ...(link ? { title_link: link } : {}),
                text: new SlackMarkup(lines.map((l) => l.markup).join('\n')),
                fields: [
                    { title: 'Status', value: report.status.toUpperCase(), short: true },
                    { title: 'Failed checks', value: String(failed.length), short: true },
                ],
            },
        ],
    };
}
/** Sends the failure message; a delivery problem is a warning, never a failed step. */
async function notifyReportFailure(webhook, report, io) {
    const result = await sendSlack(webhook, failureMessage(report, runUrl(io.env)));
    if (result.delivered)
        io.info(`Slack notification sent (${result.attempts} attempt(s)).`);
    else
        io.warning(`Slack notification not delivered after ${result.attempts} attempt(s): ${result.error ?? 'unknown error'}`);
    return result.delivered;
}

;// CONCATENATED MODULE: ./packages/notify/src/index.ts






/***/ })

};
