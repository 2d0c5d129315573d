/**
 * `npm run journey -- [--list] [--depth smoke|full] [playwright test args...]`: the one command
 * that walks a target. Config -> (sandbox) -> preflight -> discovery -> snapshot -> playwright test.
 *
 * Exit codes: 0 all passed (or --list), 1 tests failed or target unreachable, 2 bad configuration
 * or arguments (before any browser starts), 128+n when stopped by signal n.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { ConfigError, loadConfigWith, walkEnvironment, type Config } from '../config';
import { JOURNEY_USAGE, parseJourneyArgs } from '../config/journey-args';
import { OppiaClient, OppiaNetworkError } from '../catalog/client';
import { formatProblem, formatSummary, formatTree } from '../catalog/describe';
import { discover } from '../catalog/discover';
import { writeSnapshot } from '../catalog/snapshot';
import { writeUnreachable } from '../reporting/unreachable';

/** Long enough for a slow first answer, short enough that a dead target fails within seconds. */
const PREFLIGHT_TIMEOUT_MS = 5_000;
/** `npx tsx` compiles the sandbox on first start; a loaded CI machine needs the margin. */
const SANDBOX_START_TIMEOUT_MS = 60_000;
const SANDBOX_READY = /Oppia sandbox ready at (https?:\/\/\S+)/;

const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;
type StopSignal = keyof typeof SIGNAL_NUMBERS;

/** Children that must not outlive the journey. */
const running: { sandbox?: SandboxProcess; playwright?: ChildProcess } = {};

async function main(argv: string[]): Promise<number> {
  let config: Config;
  let args: ReturnType<typeof parseJourneyArgs>;
  try {
    args = parseJourneyArgs(argv);
    if (args.help) {
      console.log(JOURNEY_USAGE);
      return 0;
    }
    config = loadConfigWith(args.depth ? { DEPTH: args.depth } : {});
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error:\n${error.message}\n\nSee .env.example and --help.`);
    return 2;
  }

  console.log(
    `Run ${config.runId} · seed ${config.seed} · depth ${config.depth} · target ${config.target}` +
      (config.productionSafe ? ' · production-safe' : ''),
  );

  let baseUrl = config.baseUrl;
  if (baseUrl === null) {
    try {
      running.sandbox = await startSandbox(config);
    } catch (error) {
      console.error(`Could not start the sandbox: ${(error as Error).message}`);
      return error instanceof SandboxArgumentError ? 2 : 1;
    }
    baseUrl = running.sandbox.url;
  }
  try {
    return await walk({ ...config, baseUrl }, baseUrl, args);
  } finally {
    await running.sandbox?.stop();
  }
}

async function walk(
  config: Config,
  baseUrl: string,
  args: { list: boolean; playwrightArgs: string[] },
): Promise<number> {
  console.log(`Target ${baseUrl}`);
  const client = new OppiaClient({ baseUrl, timeoutMs: config.navigationTimeoutMs });

  // A walk starts from clean results, so an unreachable target leaves exactly one failure there.
  if (!args.list) rmSync(config.paths.allureResults, { recursive: true, force: true });

  const unreachable = await preflight(client);
  if (unreachable) {
    console.error(
      `Target unreachable: ${unreachable.message}\n` +
        'Check BASE_URL/TARGET and your network; nothing was walked.',
    );
    writeUnreachable(config, unreachable);
    return 1;
  }

  const started = performance.now();
  let snapshot;
  try {
    snapshot = await discover(config, client);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error:\n${error.message}`);
    return 2;
  }
  console.log(formatSummary(snapshot, performance.now() - started));
  for (const problem of snapshot.problems) console.log(formatProblem(problem));

  const snapshotPath = resolve(config.paths.snapshot);
  writeSnapshot(snapshotPath, snapshot);

  if (args.list) {
    console.log(formatTree(snapshot));
    return 0;
  }

  console.log(`Snapshot ${snapshotPath}\nRepeat this run with SEED=${config.seed}`);
  return runPlaywright(args.playwrightArgs, walkEnvironment(config, { baseUrl, snapshotPath }));
}

/** Does the target answer at all? Only "no answer" counts: an error status is discovery's to report. */
async function preflight(client: OppiaClient): Promise<OppiaNetworkError | null> {
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

function runPlaywright(extraArgs: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['playwright', 'test', ...extraArgs], { stdio: 'inherit', env });
    running.playwright = child;
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      running.playwright = undefined;
      done(code ?? 128 + (SIGNAL_NUMBERS[signal as StopSignal] ?? 1));
    });
  });
}

// --- the sandbox as a child process ---------------------------------------------------------

interface SandboxProcess {
  url: string;
  stop(): Promise<void>;
}

/** The sandbox refused its arguments (exit 2): a configuration problem, e.g. an unknown scenario. */
class SandboxArgumentError extends Error {}

async function startSandbox(config: Config): Promise<SandboxProcess> {
  const port = config.sandbox.port || (await freePort());
  const cliArgs = ['tsx', 'sandbox/cli.ts', '--port', String(port)];
  cliArgs.push('--scenario', config.sandbox.scenario);
  if (config.sandbox.contentDir) cliArgs.push('--content', config.sandbox.contentDir);
  if (config.sandbox.synthetic) cliArgs.push('--synthetic', String(config.sandbox.synthetic));

  // Its own process group, so stop() reaches npx, tsx and node alike.
  const child = spawn('npx', cliArgs, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  process.once('exit', () => killGroup(child, 'SIGKILL'));

  const url = await new Promise<string>((ready, fail) => {
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
      ready(match[1]!);
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
    url,
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

// --- signals ----------------------------------------------------------------------------------

/**
 * Ctrl+C: while Playwright runs, it gets the signal and winds down (it ignores the duplicate the
 * terminal also sends it); the journey then stops the sandbox and forwards Playwright's exit code.
 * Before that, the journey stops the sandbox and exits at once.
 */
function onStopSignal(signal: StopSignal): void {
  if (running.playwright) {
    running.playwright.kill(signal);
    return;
  }
  void (running.sandbox?.stop() ?? Promise.resolve()).finally(() =>
    process.exit(128 + SIGNAL_NUMBERS[signal]),
  );
}
process.on('SIGINT', () => onStopSignal('SIGINT'));
process.on('SIGTERM', () => onStopSignal('SIGTERM'));

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    void (running.sandbox?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  },
);
