import {
  runChildProcess,
  runChildWalk,
  type ChildProcessRun,
  type ChildWalkOptions,
} from '../../config/child-walk';
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
  const sampler = treeSampler();
  const run = await runChildProcess(command, args, { env, logFile, timeoutMs, ...sampler.hooks });
  return sampler.result(run);
}

/**
 * `npm run journey` through the suite's one runner for child walks (config/child-walk.ts: only the
 * suite's declared variables reach it), in its own process group, measured as runMeasured does.
 */
export async function runMeasuredWalk(
  options: Omit<ChildWalkOptions, 'detached' | 'onSpawn' | 'onExit'>,
): Promise<ChildRun> {
  const sampler = treeSampler();
  return sampler.result(await runChildWalk({ ...options, ...sampler.hooks }));
}

/** Samples a child's process tree from its spawn to its exit (the hooks of runChildProcess). */
function treeSampler() {
  let usage: ReturnType<typeof sampleTree> | null = null;
  return {
    hooks: {
      detached: true,
      onSpawn: (pid: number) => {
        usage = sampleTree(pid);
        running.add(pid);
      },
      onExit: (pid: number) => running.delete(pid),
    },
    result(run: ChildProcessRun): ChildRun {
      const peak = usage?.stop() ?? {
        peakBytes: 0,
        processesAtPeak: 0,
        cpuMs: 0,
        cpuMsByKind: NONE,
      };
      return {
        wallMs: run.wallMs,
        exitCode: run.exitCode,
        timedOut: run.timedOut,
        peakRssBytes: peak.peakBytes,
        processesAtPeak: peak.processesAtPeak,
        cpuMs: peak.cpuMs,
        cpuMsByKind: peak.cpuMsByKind,
        tail: run.output.slice(-4_000),
      };
    },
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
