import fs from 'node:fs';

/**
 * Peak resident memory of a command's whole process tree, measured by polling
 * /proc (Linux only; elsewhere the peak stays null).
 *
 * Why polling: the command is usually a launcher (bash → python → DataLoader
 * workers, torchrun → one process per rank), so its own VmHWM says little, and
 * getrusage(RUSAGE_CHILDREN) is not available from Node and reports only the
 * largest single descendant. Each poll sums VmRSS over every process that
 * descends from the command (by PPid) or shares its process group, and the
 * peak is the largest such sum. Each process's VmHWM (its own high-water
 * mark) is also kept: a spike shorter than the poll interval still shows up
 * there, so the reported peak is max(largest sum, largest single VmHWM).
 */
export class ProcessTreeMemory {
  peakTreeBytes = 0;
  peakSingleBytes = 0;
  polls = 0;
  private timer: NodeJS.Timeout | undefined;
  readonly supported = fs.existsSync('/proc/self/status');

  constructor(
    private readonly rootPid: number,
    private readonly intervalMs = 500,
  ) {}

  get peakBytes(): number | null {
    if (!this.supported || this.polls === 0) return null;
    return Math.max(this.peakTreeBytes, this.peakSingleBytes);
  }

  start(): void {
    if (!this.supported) return;
    this.poll();
    this.timer = setInterval(() => this.poll(), this.intervalMs);
    this.timer.unref();
  }

  /** One last poll before the process is reaped would be ideal; the exit handler calls this first. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  poll(): void {
    const procs = listProcesses();
    const rootPgid = procs.get(this.rootPid)?.pgid;
    if (rootPgid === undefined) return;
    const children = new Map<number, number[]>();
    for (const p of procs.values()) {
      const list = children.get(p.ppid);
      if (list) list.push(p.pid);
      else children.set(p.ppid, [p.pid]);
    }
    const tree = new Set<number>();
    const stack = [this.rootPid];
    while (stack.length) {
      const pid = stack.pop()!;
      if (tree.has(pid)) continue;
      tree.add(pid);
      stack.push(...(children.get(pid) ?? []));
    }
    // Orphans re-parented to init keep the group the action created for the command.
    for (const p of procs.values()) if (p.pgid === rootPgid) tree.add(p.pid);
    let sum = 0;
    for (const pid of tree) {
      const mem = readMemory(pid);
      if (!mem) continue;
      sum += mem.rss;
      if (mem.hwm > this.peakSingleBytes) this.peakSingleBytes = mem.hwm;
    }
    this.polls++;
    if (sum > this.peakTreeBytes) this.peakTreeBytes = sum;
  }
}

interface Proc {
  pid: number;
  ppid: number;
  pgid: number;
}

function listProcesses(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return out;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may itself hold spaces or ')'.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), { pid: Number(name), ppid: Number(rest[1]), pgid: Number(rest[2]) });
    } catch {
      // exited between readdir and read
    }
  }
  return out;
}

function readMemory(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** The cgroup v2 `oom_kill` counter of this process's cgroup, to tell an OOM kill from any other SIGKILL. */
export function readOomKillCount(): number | undefined {
  try {
    const cgroup = fs.readFileSync('/proc/self/cgroup', 'utf8');
    const rel = /^0::(.*)$/m.exec(cgroup)?.[1];
    if (rel === undefined) return undefined;
    const events = fs.readFileSync(`/sys/fs/cgroup${rel.trim()}/memory.events`, 'utf8');
    const n = /^oom_kill (\d+)$/m.exec(events)?.[1];
    return n === undefined ? undefined : Number(n);
  } catch {
    return undefined;
  }
}
