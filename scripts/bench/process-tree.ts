import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The resident memory of a whole process tree (node, npm, Playwright's workers, every Chromium
 * process), read from Linux's /proc. RSS is summed per process, so pages shared between processes
 * (Chromium's libraries) count once per process: an overstatement, but the same one for every mode.
 */

export interface ProcessInfo {
  pid: number;
  ppid: number;
}

/** Every process /proc lists, with its parent. Processes that end while being read are skipped. */
export function readProcessTable(procDir = '/proc'): ProcessInfo[] {
  const table: ProcessInfo[] = [];
  for (const entry of readdirSync(procDir)) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(join(procDir, entry, 'stat'));
    const ppid = stat === null ? null : parentOf(stat);
    if (ppid !== null) table.push({ pid: Number(entry), ppid });
  }
  return table;
}

/**
 * The parent pid from a /proc/<pid>/stat line: `pid (comm) state ppid ...`. The command name may
 * itself hold spaces and parentheses, so fields are counted after the last ')'.
 */
export function parentOf(statLine: string): number | null {
  const fields = statLine
    .slice(statLine.lastIndexOf(')') + 1)
    .trim()
    .split(/\s+/);
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : null;
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

/** The summed RSS of `root`'s tree right now, and how many processes it had. */
export function treeRss(root: number, procDir = '/proc'): { bytes: number; processes: number } {
  const tree = treeOf(readProcessTable(procDir), root);
  return {
    bytes: tree.reduce((sum, pid) => sum + rssBytes(pid, procDir), 0),
    processes: tree.length,
  };
}

export interface MemoryPeak {
  peakBytes: number;
  /** Processes in the tree when the peak was seen. */
  processesAtPeak: number;
  samples: number;
}

/**
 * Samples a tree's RSS every `intervalMs` until stopped; `stop()` takes a last sample and returns
 * the peak. A timer, not a sleep: the process being measured runs meanwhile.
 */
export function sampleTreeMemory(
  root: number,
  { intervalMs = 200, procDir = '/proc' }: { intervalMs?: number; procDir?: string } = {},
): { stop(): MemoryPeak } {
  const peak: MemoryPeak = { peakBytes: 0, processesAtPeak: 0, samples: 0 };
  const sample = (): void => {
    const now = treeRss(root, procDir);
    peak.samples++;
    if (now.bytes > peak.peakBytes) {
      peak.peakBytes = now.bytes;
      peak.processesAtPeak = now.processes;
    }
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
