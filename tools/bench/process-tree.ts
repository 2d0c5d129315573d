import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The resident memory and the CPU time of a whole process tree (node, npm, Playwright's workers,
 * every Chromium process), read from Linux's /proc. RSS is summed per process, so pages shared
 * between processes (Chromium's libraries) count once per process: an overstatement, but the same
 * one for every mode.
 */

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /**
   * CPU time in clock ticks (user + system) the process used itself, and that of its children it
   * has waited for (cutime + cstime): a child that ended between two samples is in its parent's.
   */
  ownTicks: number;
  waitedTicks: number;
}

/**
 * /proc reports CPU times in USER_HZ, which Linux fixes at 100 per second for user space whatever
 * the kernel's own tick rate (`getconf CLK_TCK`).
 */
export const TICKS_PER_SECOND = 100;

/** Every process /proc lists, with its parent. Processes that end while being read are skipped. */
export function readProcessTable(procDir = '/proc'): ProcessInfo[] {
  const table: ProcessInfo[] = [];
  for (const entry of readdirSync(procDir)) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(join(procDir, entry, 'stat'));
    const parsed = stat === null ? null : parseStat(stat);
    if (parsed) table.push({ pid: Number(entry), ...parsed });
  }
  return table;
}

/**
 * The fields of a /proc/<pid>/stat line the bench reads: `pid (comm) state ppid ... utime stime
 * cutime cstime ...` (fields 4 and 14-17, proc(5)). The command name may itself hold spaces and
 * parentheses, so fields are counted after the last ')'. Times missing from a line count as 0.
 */
export function parseStat(
  statLine: string,
): { ppid: number; ownTicks: number; waitedTicks: number } | null {
  const fields = statLine
    .slice(statLine.lastIndexOf(')') + 1)
    .trim()
    .split(/\s+/);
  const ppid = Number(fields[1]);
  if (!Number.isInteger(ppid)) return null;
  const ticks = (index: number): number => {
    const value = Number(fields[index]);
    return Number.isFinite(value) && value > 0 ? value : 0;
  };
  // After the ')': state is field 3 of proc(5), so field k sits at index k - 3.
  return { ppid, ownTicks: ticks(11) + ticks(12), waitedTicks: ticks(13) + ticks(14) };
}

/** `root` and all its descendants, root first. */
export function treeOf(table: readonly ProcessInfo[], root: number): number[] {
  const children = new Map<number, number[]>();
  for (const { pid, ppid } of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident set size in bytes from /proc/<pid>/status (`VmRSS: 1234 kB`); 0 for a process gone or a zombie. */
export function rssBytes(pid: number, procDir = '/proc'): number {
  const status = readOrNull(join(procDir, String(pid), 'status'));
  const match = status && /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/**
 * `root`'s tree right now: its summed RSS, how many processes it has, and the CPU time it has used
 * so far in ticks: every live process's own time plus the time of the children it has waited for.
 * A process that ended and was waited for is in its parent's figure, so the sum only grows while
 * the tree lives (it drops when the root itself ends, or a process is left to init).
 */
export function treeUsage(
  root: number,
  procDir = '/proc',
): { bytes: number; processes: number; cpuTicks: number; own: Map<number, number> } {
  const table = readProcessTable(procDir);
  const tree = treeOf(table, root);
  const byPid = new Map(table.map((p) => [p.pid, p]));
  let cpuTicks = 0;
  const own = new Map<number, number>();
  for (const pid of tree) {
    const entry = byPid.get(pid);
    if (entry) {
      cpuTicks += entry.ownTicks + entry.waitedTicks;
      own.set(pid, entry.ownTicks + entry.waitedTicks);
    }
  }
  return {
    bytes: tree.reduce((sum, pid) => sum + rssBytes(pid, procDir), 0),
    processes: tree.length,
    cpuTicks,
    own,
  };
}

/** What a process of the tree is, for the CPU breakdown: Chromium's renderers, the rest of Chromium, node. */
export type ProcessKind = 'renderer' | 'chromium' | 'node';

/** From /proc/<pid>/cmdline (NUL-separated); null when the process is gone. */
export function kindOf(cmdline: string | null): ProcessKind | null {
  if (cmdline === null) return null;
  // Chromium rewrites its helpers' command lines into one space-separated string (setproctitle).
  const text = cmdline.replaceAll('\0', ' ');
  if (/(^|\s)--type=renderer(\s|$)/.test(text)) return 'renderer';
  if (/(^|\s)--type=/.test(text) || /chrom/i.test(text.split(' ')[0] ?? '')) return 'chromium';
  return 'node';
}

export interface TreePeak {
  peakBytes: number;
  /** Processes in the tree when the peak was seen. */
  processesAtPeak: number;
  /**
   * CPU time (user + system) of the whole tree, summed over processes: the largest figure seen
   * (treeUsage). What a process does after the last sample before it ends (under `intervalMs`),
   * and what processes left to init do, is missed: a slight underestimate.
   */
  cpuMs: number;
  /**
   * The CPU time by kind of process, each process at the last figure seen for it (its own time
   * and its waited-for children's: Chromium's short-lived helpers count as `chromium`).
   */
  cpuMsByKind: Record<ProcessKind, number>;
  samples: number;
}

/**
 * Samples a tree's RSS and CPU time every `intervalMs` until stopped; `stop()` takes a last sample
 * and returns the peaks. A timer, not a sleep: the process being measured runs meanwhile.
 */
export function sampleTree(
  root: number,
  { intervalMs = 200, procDir = '/proc' }: { intervalMs?: number; procDir?: string } = {},
): { stop(): TreePeak } {
  const peak: TreePeak = {
    peakBytes: 0,
    processesAtPeak: 0,
    cpuMs: 0,
    cpuMsByKind: { renderer: 0, chromium: 0, node: 0 },
    samples: 0,
  };
  const kinds = new Map<number, ProcessKind>();
  const sample = (): void => {
    const now = treeUsage(root, procDir);
    // By kind at the same sample as the total (the largest): each live process's own time and
    // its waited-for children's, so a renderer that ended counts with its parent (Chromium's).
    if ((now.cpuTicks * 1000) / TICKS_PER_SECOND >= peak.cpuMs) {
      const byKind = { renderer: 0, chromium: 0, node: 0 };
      for (const [pid, ticks] of now.own) {
        if (!kinds.has(pid)) {
          const kind = kindOf(readOrNull(join(procDir, String(pid), 'cmdline')));
          if (kind) kinds.set(pid, kind);
        }
        byKind[kinds.get(pid) ?? 'node'] += (ticks * 1000) / TICKS_PER_SECOND;
      }
      peak.cpuMsByKind = byKind;
    }
    peak.samples++;
    if (now.bytes > peak.peakBytes) {
      peak.peakBytes = now.bytes;
      peak.processesAtPeak = now.processes;
    }
    peak.cpuMs = Math.max(peak.cpuMs, (now.cpuTicks * 1000) / TICKS_PER_SECOND);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { ...peak };
    },
  };
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
