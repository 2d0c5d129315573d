import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { buildChildEnv, type DeclaredVars } from './child-env';

/**
 * The one runner for child walks: `npm run journey` as a child process, for the self-tests
 * (tests/self/walk-runner.ts), stability (scripts/stability.ts) and the bench (tools/bench). Its
 * environment is built by buildChildEnv: the machine's essentials and the suite's declared
 * variables only, so nothing else of the caller's shell reaches the walk.
 */

/** Where a run's outputs go: everything the walk writes, under one folder of its own. */
export function walkOutputs(dir: string): DeclaredVars {
  return {
    SNAPSHOT_PATH: join(dir, 'catalog.json'),
    ALLURE_RESULTS_DIR: join(dir, 'allure-results'),
    REPORTS_DIR: join(dir, 'reports'),
    OUTPUT_DIR: join(dir, 'playwright'),
  };
}

export interface ChildWalkOptions {
  /** The run's own folder (walkOutputs); its summary is `<dir>/reports/summary.json`. */
  dir: string;
  runId: string;
  /** The suite's variables for this run; they win over the outputs' and the parent's. */
  vars?: DeclaredVars;
  /** See ChildEnvOptions.declaredFrom; default `none`. */
  declaredFrom?: 'none' | 'parent';
  /** Arguments after `npm run journey --`. */
  args?: readonly string[];
  /** Stop the walk (its whole process group when `detached`) after this long. */
  timeoutMs?: number;
  /** Also copy the output here. */
  logFile?: string;
  /** Also echo the output on this process's stdout and stderr. */
  echo?: boolean;
  /** Run in a process group of its own, so a timeout stops every process of the walk. */
  detached?: boolean;
  /** Called once the walk has a process id (the bench samples its tree from there). */
  onSpawn?: (pid: number) => void;
  /** Called once it has ended, before the result is returned. */
  onExit?: (pid: number) => void;
}

export interface ChildWalk {
  exitCode: number | null;
  /** From the spawn to the process's exit. */
  wallMs: number;
  timedOut: boolean;
  /** Everything it wrote on stdout and stderr, interleaved. */
  output: string;
  summaryFile: string;
}

export async function runChildWalk(options: ChildWalkOptions): Promise<ChildWalk> {
  const env = buildChildEnv({
    vars: { ...walkOutputs(options.dir), RUN_ID: options.runId, ...options.vars },
    declaredFrom: options.declaredFrom ?? 'none',
  });
  const args = options.args?.length ? ['--', ...options.args] : [];
  const run = await runChildProcess('npm', ['run', '--silent', 'journey', ...args], {
    ...options,
    env,
  });
  return { ...run, summaryFile: join(options.dir, 'reports', 'summary.json') };
}

export type ChildProcessOptions = Pick<
  ChildWalkOptions,
  'timeoutMs' | 'logFile' | 'echo' | 'detached' | 'onSpawn' | 'onExit'
> & { env: NodeJS.ProcessEnv };

export type ChildProcessRun = Omit<ChildWalk, 'summaryFile'>;

/**
 * Runs a command as a child process and keeps its output (runChildWalk for walks; the bench for
 * its naive players): stopped, with its whole process group when `detached`, after `timeoutMs`
 * (SIGTERM, then SIGKILL 10 s later).
 */
export async function runChildProcess(
  command: string,
  args: readonly string[],
  options: ChildProcessOptions,
): Promise<ChildProcessRun> {
  const started = performance.now();
  const child = spawn(command, args, {
    env: options.env,
    detached: options.detached ?? false,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid !== undefined) options.onSpawn?.(pid);
  const log = options.logFile ? createWriteStream(options.logFile) : null;
  let output = '';
  const keep = (echo: NodeJS.WriteStream) => (chunk: Buffer) => {
    output += chunk.toString();
    log?.write(chunk);
    if (options.echo) echo.write(chunk);
  };
  child.stdout.on('data', keep(process.stdout));
  child.stderr.on('data', keep(process.stderr));

  let timedOut = false;
  const stop = (signal: NodeJS.Signals): void => {
    try {
      if (options.detached && pid !== undefined) process.kill(-pid, signal);
      else child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          stop('SIGTERM');
          setTimeout(() => stop('SIGKILL'), 10_000).unref();
        }, options.timeoutMs);

  let wallMs = 0;
  child.once('exit', () => (wallMs = performance.now() - started));
  // 'close' also waits for the output to be drained.
  const exitCode = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => done(code));
  }).finally(() => {
    clearTimeout(timer);
    if (pid !== undefined) options.onExit?.(pid);
  });
  if (log) await new Promise<void>((done) => log.end(done));
  return { exitCode, wallMs, timedOut, output };
}
