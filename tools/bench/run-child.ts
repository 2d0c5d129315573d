import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { runChildWalk, type ChildWalkOptions } from '../../config/child-walk';
import { sampleTree, type ProcessKind } from './process-tree';

/** One measured child process: its wall time, exit, and the peak memory and CPU time of its whole tree. */
export interface ChildRun {
  wallMs: number;
  exitCode: number | null;
  /** Stopped by the bench's timeout. */
  timedOut: boolean;
  peakRssBytes: number;
  processesAtPeak: number;
  /** CPU time (user + system) of the whole tree, sampled (see TreePeak.cpuMs). */
  cpuMs: number;
  /** The CPU time by kind of process (TreePeak.cpuMsByKind). */
  cpuMsByKind: Record<ProcessKind, number>;
  /** The last lines of its output, for the console when it failed. */
  tail: string;
}

const NONE: Record<ProcessKind, number> = { renderer: 0, chromium: 0, node: 0 };

/** Process groups of the children running now, so Ctrl+C on the bench stops them too. */
const running = new Set<number>();

export function stopRunningChildren(signal: NodeJS.Signals): void {
  for (const pid of running) stopGroup(pid, signal);
}

/**
 * Runs a command in its own process group (so a timeout stops the whole tree), writing its output
 * to `logFile`, and samples the tree's memory and CPU time while it runs.
 */
export async function runMeasured(
  command: string,
  args: readonly string[],
  { env, logFile, timeoutMs }: { env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number },
): Promise<ChildRun> {
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const usage = child.pid === undefined ? null : sampleTree(child.pid);
  if (child.pid !== undefined) running.add(child.pid);
  let tail = '';
  const keep = (chunk: Buffer): void => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-4_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stopGroup(child.pid, 'SIGTERM');
    setTimeout(() => stopGroup(child.pid, 'SIGKILL'), 10_000).unref();
  }, timeoutMs);

  let wallMs = 0;
  child.once('exit', () => (wallMs = performance.now() - started));
  // 'close' also waits for the output to be drained.
  const exitCode = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => done(code));
  }).finally(() => {
    clearTimeout(timer);
    if (child.pid !== undefined) running.delete(child.pid);
  });
  const peak = usage?.stop() ?? { peakBytes: 0, processesAtPeak: 0, cpuMs: 0, cpuMsByKind: NONE };
  await new Promise<void>((done) => log.end(done));
  return {
    wallMs,
    exitCode,
    timedOut,
    peakRssBytes: peak.peakBytes,
    processesAtPeak: peak.processesAtPeak,
    cpuMs: peak.cpuMs,
    cpuMsByKind: peak.cpuMsByKind,
    tail,
  };
}

/**
 * `npm run journey` through the suite's one runner for child walks (config/child-walk.ts: only the
 * suite's declared variables reach it), in its own process group, measured as runMeasured does.
 */
export async function runMeasuredWalk(
  options: Omit<ChildWalkOptions, 'detached' | 'onSpawn' | 'onExit'>,
): Promise<ChildRun> {
  let usage: ReturnType<typeof sampleTree> | null = null;
  const walk = await runChildWalk({
    ...options,
    detached: true,
    onSpawn: (pid) => {
      usage = sampleTree(pid);
      running.add(pid);
    },
    onExit: (pid) => running.delete(pid),
  });
  const peak = (usage as ReturnType<typeof sampleTree> | null)?.stop() ?? {
    peakBytes: 0,
    processesAtPeak: 0,
    cpuMs: 0,
    cpuMsByKind: NONE,
  };
  return {
    wallMs: walk.wallMs,
    exitCode: walk.exitCode,
    timedOut: walk.timedOut,
    peakRssBytes: peak.peakBytes,
    processesAtPeak: peak.processesAtPeak,
    cpuMs: peak.cpuMs,
    cpuMsByKind: peak.cpuMsByKind,
    tail: walk.output.slice(-4_000),
  };
}

function stopGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
