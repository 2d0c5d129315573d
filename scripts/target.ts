/**
 * The target a command works on, shared by `npm run journey` and `npm run record`: the embedded
 * sandbox started as a child process when no BASE_URL is given, and the preflight that asks
 * whether the target answers at all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Config } from '../config';
import { OppiaNetworkError, type OppiaClient } from '../catalog/client';

/** Long enough for a slow first answer, short enough that a dead target fails within seconds. */
const PREFLIGHT_TIMEOUT_MS = 5_000;
/** `npx tsx` compiles the sandbox on first start; a loaded CI machine needs the margin. */
const SANDBOX_START_TIMEOUT_MS = 60_000;
const SANDBOX_READY = /Oppia sandbox ready at (https?:\/\/\S+)/;
const CARD_DELAY = /card delay (\d+) ms/;

/** The card delay a sandbox's ready line states ("..., card delay 300 ms)"), or null. */
export function cardDelayOf(readyLine: string): number | null {
  const match = CARD_DELAY.exec(readyLine);
  return match ? Number(match[1]) : null;
}

/** Does the target answer at all? Only "no answer" counts: an error status is discovery's to report. */
export async function preflight(client: OppiaClient): Promise<OppiaNetworkError | null> {
  try {
    await client.getJson('/all_classrooms_summary', z.unknown(), {
      timeoutMs: PREFLIGHT_TIMEOUT_MS,
    });
    return null;
  } catch (error) {
    if (error instanceof OppiaNetworkError) return error;
    return null;
  }
}

export interface SandboxProcess {
  url: string;
  /** Its player's delay between an answer and the response, from its ready line; null if unsaid. */
  cardDelayMs: number | null;
  stop(): Promise<void>;
}

/** The sandbox refused its arguments (exit 2): a configuration problem, e.g. an unknown scenario. */
export class SandboxArgumentError extends Error {}

/** Starts `sandbox/cli.ts` with the config's sandbox settings and resolves once it is ready. */
export async function startSandboxProcess(config: Config): Promise<SandboxProcess> {
  const port = config.sandbox.port || (await freePort());
  const cliArgs = ['tsx', 'sandbox/cli.ts', '--port', String(port)];
  cliArgs.push('--scenario', config.sandbox.scenario);
  if (config.sandbox.contentDir) cliArgs.push('--content', config.sandbox.contentDir);
  if (config.sandbox.synthetic) cliArgs.push('--synthetic', String(config.sandbox.synthetic));
  if (config.sandbox.flags.length > 0) cliArgs.push('--flags', config.sandbox.flags.join(','));

  // Its own process group, so stop() reaches npx, tsx and node alike.
  const child = spawn('npx', cliArgs, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  process.once('exit', () => killGroup(child, 'SIGKILL'));

  const ready = await new Promise<{ url: string; cardDelayMs: number | null }>((done, fail) => {
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      fail(new Error(`no "Oppia sandbox ready at ..." line within ${SANDBOX_START_TIMEOUT_MS} ms`));
    }, SANDBOX_START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = SANDBOX_READY.exec(line);
      if (!match) return;
      clearTimeout(timer);
      console.log(line);
      done({ url: match[1]!, cardDelayMs: cardDelayOf(line) });
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const output = stderr.join('').trim();
      const message = `it exited with code ${code} before it was ready${output ? `:\n${output}` : ''}`;
      fail(code === 2 ? new SandboxArgumentError(message) : new Error(message));
    });
  });

  // From here on the sandbox's log (it labels its own lines) goes straight to ours.
  child.stderr.removeAllListeners('data');
  child.stderr.pipe(process.stderr);

  return {
    ...ready,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, 'SIGTERM');
      const forced = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(forced);
    },
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? done(address.port)
          : fail(new Error('could not find a free port')),
      );
    });
  });
}
