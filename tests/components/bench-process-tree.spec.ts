import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  parseStat,
  readProcessTable,
  rssBytes,
  sampleTree,
  treeOf,
  treeUsage,
} from '../../tools/bench/process-tree';

/** A /proc/<pid>/stat line with the CPU times (in ticks) where proc(5) puts them. */
function statLine(
  pid: number | string,
  comm: string,
  ppid: number,
  [utime, stime, cutime, cstime] = [0, 0, 0, 0],
): string {
  // Fields 5-13 (pgrp ... cmajflt) do not matter here.
  return `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 0 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 1 0\n`;
}

/** A fake /proc: pid -> [command name, parent pid, VmRSS in kB or null for a zombie]. */
function fakeProc(processes: Record<number, [string, number, number | null]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-proc-'));
  mkdirSync(join(dir, 'self'));
  writeFileSync(join(dir, 'uptime'), '1.0 1.0\n');
  for (const [pid, [comm, ppid, rssKb]] of Object.entries(processes)) {
    mkdirSync(join(dir, pid));
    writeFileSync(join(dir, pid, 'stat'), statLine(pid, comm, ppid));
    writeFileSync(
      join(dir, pid, 'status'),
      `Name:\t${comm}\nState:\tS (sleeping)\nPPid:\t${ppid}\n` +
        (rssKb === null ? '' : `VmHWM:\t999999 kB\nVmRSS:\t${rssKb} kB\n`),
    );
  }
  return dir;
}

test.describe('bench process-tree sampler (memory and CPU time)', () => {
  test('reads the parent from stat lines whose command name holds spaces and parentheses', () => {
    expect(parseStat('4242 (node) S 17 4242 4242 0 -1')?.ppid).toBe(17);
    expect(parseStat('4243 (Web Content (x)) R 4242 1 1 0')?.ppid).toBe(4242);
    expect(parseStat('garbage')).toBeNull();
  });

  test('reads the CPU times of a stat line: its own, and its waited-for children', () => {
    expect(parseStat(statLine(7, 'a) b (c', 1, [120, 30, 400, 50]))).toEqual({
      ppid: 1,
      ownTicks: 150,
      waitedTicks: 450,
    });
    // A short line (an old kernel, a fake) has no times: they count as none.
    expect(parseStat('4242 (node) S 17 4242 4242 0 -1')).toEqual({
      ppid: 17,
      ownTicks: 0,
      waitedTicks: 0,
    });
  });

  test('walks a fake /proc: the root and all its descendants, nothing else', () => {
    const proc = fakeProc({
      1: ['init', 0, 1000],
      100: ['npm run journey', 1, 50_000],
      101: ['node (worker) )', 100, 70_000],
      102: ['chromium', 101, 200_000],
      103: ['chromium', 101, null],
      104: ['chromium', 102, 30_000],
      200: ['unrelated', 1, 900_000],
      201: ['unrelated child', 200, 900_000],
    });
    try {
      const table = readProcessTable(proc);
      expect(table).toHaveLength(8);
      expect(treeOf(table, 100)).toEqual([100, 101, 102, 103, 104]);
      expect(treeOf(table, 104)).toEqual([104]);
      expect(treeOf(table, 999)).toEqual([999]);
      expect(rssBytes(103, proc)).toBe(0);
      expect(rssBytes(999, proc)).toBe(0);
      expect(treeUsage(100, proc)).toMatchObject({
        bytes: (50_000 + 70_000 + 200_000 + 30_000) * 1024,
        processes: 5,
        cpuTicks: 0,
      });
    } finally {
      rmSync(proc, { recursive: true, force: true });
    }
  });

  test('the sampler keeps the peak of a fake tree that grows, then shrinks', () => {
    const proc = fakeProc({ 100: ['node', 1, 10_000] });
    const addChromium = (): void => {
      mkdirSync(join(proc, '101'));
      writeFileSync(join(proc, '101', 'stat'), '101 (chromium) S 100 1 1\n');
      writeFileSync(join(proc, '101', 'status'), 'VmRSS:\t40000 kB\n');
    };
    try {
      // One sample when it starts, one when it stops.
      const growing = sampleTree(100, { procDir: proc, intervalMs: 60_000 });
      addChromium();
      expect(growing.stop()).toEqual({
        peakBytes: 50_000 * 1024,
        processesAtPeak: 2,
        cpuMs: 0,
        cpuMsByKind: { renderer: 0, chromium: 0, node: 0 },
        samples: 2,
      });

      const shrinking = sampleTree(100, { procDir: proc, intervalMs: 60_000 });
      rmSync(join(proc, '101'), { recursive: true });
      expect(shrinking.stop()).toEqual({
        peakBytes: 50_000 * 1024,
        processesAtPeak: 2,
        cpuMs: 0,
        cpuMsByKind: { renderer: 0, chromium: 0, node: 0 },
        samples: 2,
      });
    } finally {
      rmSync(proc, { recursive: true, force: true });
    }
  });

  test("a child that ends between two samples still counts: its time is in its parent's", () => {
    const proc = fakeProc({ 100: ['npm', 1, 1000], 200: ['unrelated', 1, 1000] });
    const write = (
      pid: number,
      comm: string,
      ppid: number,
      times: [number, number, number, number],
    ) => writeFileSync(join(proc, String(pid), 'stat'), statLine(pid, comm, ppid, times));
    try {
      write(100, 'npm', 1, [10, 0, 0, 0]);
      write(200, 'unrelated', 1, [5_000, 0, 0, 0]);
      mkdirSync(join(proc, '101'));
      write(101, 'chromium', 100, [40, 10, 0, 0]);
      expect(treeUsage(100, proc).cpuTicks).toBe(60);
      const sampler = sampleTree(100, { procDir: proc, intervalMs: 60_000 });
      // The child worked on to 80 ticks after the first sample, ended, and npm waited for it.
      rmSync(join(proc, '101'), { recursive: true });
      write(100, 'npm', 1, [12, 0, 70, 10]);
      expect(treeUsage(100, proc).cpuTicks).toBe(92);
      expect(sampler.stop()).toMatchObject({ cpuMs: 920, samples: 2 });
      // The root gone (its own parent waited for it): the largest figure seen stays.
      const gone = sampleTree(100, { procDir: proc, intervalMs: 60_000 });
      rmSync(join(proc, '100'), { recursive: true });
      expect(gone.stop()).toMatchObject({ cpuMs: 920 });
    } finally {
      rmSync(proc, { recursive: true, force: true });
    }
  });

  test('counts the CPU time of a real grandchild that ended before the last sample', async () => {
    // The grandchild burns 300 ms of its own CPU time (however long that takes on a busy machine)
    // and ends; sh waits for it, and then lingers so the tree is still there to read.
    const burn =
      'const s = process.cpuUsage(); ' +
      'for (;;) { const u = process.cpuUsage(s); if (u.user + u.system >= 300000) break; }';
    const child = spawn('sh', ['-c', `"${process.execPath}" -e '${burn}'; echo done; sleep 30`], {
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
    });
    try {
      const sampler = sampleTree(child.pid!, { intervalMs: 60_000 });
      await new Promise<void>((done) => child.stdout.once('data', () => done()));
      const { cpuMs } = sampler.stop();
      // The burn itself, plus Node's start-up and exit (tens of ms; more on a loaded machine).
      expect(cpuMs).toBeGreaterThanOrEqual(300);
      expect(cpuMs).toBeLessThan(5_000);
    } finally {
      process.kill(-child.pid!, 'SIGKILL');
    }
  });

  test('finds the grandchildren of a real child process and their memory', async () => {
    // Its own process group, so the sleeps end with it.
    const child = spawn('sh', ['-c', 'sleep 30 & sleep 30 & wait'], {
      stdio: 'ignore',
      detached: true,
    });
    try {
      const root = child.pid!;
      await expect.poll(() => treeOf(readProcessTable(), root).length).toBe(3);
      const now = treeUsage(root);
      expect(now.processes).toBe(3);
      // Each of sh, sleep and sleep keeps some hundred kB resident.
      expect(now.bytes).toBeGreaterThan(3 * 100 * 1024);
      expect(sampleTree(root).stop()).toMatchObject({ processesAtPeak: 3, samples: 2 });
    } finally {
      process.kill(-child.pid!, 'SIGKILL');
    }
  });
});
