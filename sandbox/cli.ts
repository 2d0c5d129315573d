/**
 * `npm run sandbox -- [--port 4180] [--host 127.0.0.1] [--scenario NAME] [--content DIR]
 *  [--synthetic N] [--seed S] [--replay DIR] [--card-delay MS] [--flags NAME[,NAME...]]
 *  [--new-player-hooks latest|older] [--quiet]`
 *
 * `SANDBOX_FLAGS` (the suite's config, config/env-schema.ts) reaches the sandbox as `--flags`
 * (scripts/target.ts), so this program reads no environment variable.
 *
 * Prints one ready line when listening; stops cleanly (exit 0) on SIGINT/SIGTERM. Bad arguments
 * exit 2 with a message naming the flag, the value and what is allowed.
 */
import { existsSync, statSync } from 'node:fs';
import {
  KNOWN_FLAGS,
  NEW_PLAYER_HOOKS,
  SCENARIO_NAMES,
  startSandbox,
  type NewPlayerHooks,
  type SandboxOptions,
} from './server';

const DEFAULT_PORT = 4180;

const USAGE = `Usage: npm run sandbox -- [options]

  --port N          port to listen on (default ${DEFAULT_PORT}; 0 = any free port)
  --host HOST       interface to bind (default 127.0.0.1)
  --scenario NAME   fault scenario (default healthy): ${SCENARIO_NAMES.join(', ')}
  --content DIR     sandbox content dir (catalog.yaml + explorations/), or a folder of
                    Oppia exploration YAMLs served as one classroom/topic/story
  --synthetic N     serve N generated chapters instead of content
  --seed S          seed for --synthetic (default 1)
  --replay DIR      serve a record directory (npm run record) instead of content;
                    what was not recorded answers 404 as Oppia does
  --card-delay MS   player's delay between submit and response (default 300; Oppia: 950)
  --flags A,B       Oppia feature flags on for every user: ${KNOWN_FLAGS.join(', ')}
                    (the designs they choose: sandbox/README.md "Designs")
  --new-player-hooks latest|older
                    the new lesson player's hooks: Oppia's latest templates (default)
                    or the older ones with more e2e-test-* classes
  --quiet           no log lines on stderr
  --help            this text`;

class CliArgError extends Error {}

type ValueFlag =
  | '--port'
  | '--host'
  | '--scenario'
  | '--content'
  | '--synthetic'
  | '--seed'
  | '--replay'
  | '--card-delay'
  | '--flags'
  | '--new-player-hooks';
const VALUE_FLAGS: readonly ValueFlag[] = [
  '--port',
  '--host',
  '--scenario',
  '--content',
  '--synthetic',
  '--seed',
  '--replay',
  '--card-delay',
  '--flags',
  '--new-player-hooks',
];

function integer(flag: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new CliArgError(
      `${flag} ${JSON.stringify(raw)} is not valid: expected an integer from ${min} to ${max}`,
    );
  }
  return value;
}

/** Parses the CLI arguments; throws CliArgError naming the flag, the value and what is allowed. */
function parseCliArgs(argv: readonly string[]): { help: boolean; opts: SandboxOptions } {
  const opts: SandboxOptions = { port: DEFAULT_PORT };
  let help = false;
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--quiet') {
      opts.quiet = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (!(VALUE_FLAGS as readonly string[]).includes(flag)) {
      throw new CliArgError(
        `unknown argument ${JSON.stringify(arg)}; allowed: ${[...VALUE_FLAGS, '--quiet', '--help'].join(', ')}`,
      );
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new CliArgError(`${flag} needs a value (see --help)`);
    }
    if (seen.has(flag)) throw new CliArgError(`${flag} is given twice`);
    seen.add(flag);
    applyFlag(opts, flag as ValueFlag, value);
  }
  if (opts.contentDir !== undefined && opts.synthetic !== undefined) {
    throw new CliArgError(
      '--content and --synthetic cannot be combined; choose one source of content',
    );
  }
  if (opts.replayDir !== undefined && (opts.contentDir ?? opts.synthetic) !== undefined) {
    throw new CliArgError(
      `--replay cannot be combined with ${opts.contentDir !== undefined ? '--content' : '--synthetic'}; a replay serves only what was recorded`,
    );
  }
  if (opts.seed !== undefined && opts.synthetic === undefined) {
    throw new CliArgError(`--seed ${opts.seed} only applies with --synthetic N`);
  }
  return { help, opts };
}

function applyFlag(opts: SandboxOptions, flag: ValueFlag, value: string): void {
  switch (flag) {
    case '--port':
      opts.port = integer(flag, value, 0, 65535);
      return;
    case '--host':
      if (!value.trim())
        throw new CliArgError(`${flag} "" is not valid: give a host name or IP address`);
      opts.host = value;
      return;
    case '--scenario':
      if (!SCENARIO_NAMES.includes(value)) {
        throw new CliArgError(
          `${flag} ${JSON.stringify(value)} is not a scenario; allowed: ${SCENARIO_NAMES.join(', ')}`,
        );
      }
      opts.scenario = value;
      return;
    case '--content':
      if (!existsSync(value) || !statSync(value).isDirectory()) {
        throw new CliArgError(
          `${flag} ${JSON.stringify(value)} is not a directory; give a sandbox content directory or a folder of exploration YAMLs`,
        );
      }
      opts.contentDir = value;
      return;
    case '--replay':
      if (!existsSync(value) || !statSync(value).isDirectory()) {
        throw new CliArgError(
          `${flag} ${JSON.stringify(value)} is not a directory; give a record directory written by npm run record (or by hand, see docs/record-replay.md)`,
        );
      }
      opts.replayDir = value;
      return;
    case '--synthetic':
      opts.synthetic = integer(flag, value, 1, 100_000);
      return;
    case '--seed':
      opts.seed = integer(flag, value, 0, 2 ** 32 - 1);
      return;
    case '--card-delay':
      opts.cardDelayMs = integer(flag, value, 0, 60_000);
      return;
    case '--flags': {
      const names = value
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const unknown = names.filter((name) => !(KNOWN_FLAGS as readonly string[]).includes(name));
      if (names.length === 0 || unknown.length > 0) {
        throw new CliArgError(
          `${flag} ${JSON.stringify(value)}: ${names.length === 0 ? 'no flag named' : `unknown feature flag ${unknown.map((n) => JSON.stringify(n)).join(', ')}`}; known flags: ${KNOWN_FLAGS.join(', ')}`,
        );
      }
      opts.flags = names;
      return;
    }
    case '--new-player-hooks':
      if (!(NEW_PLAYER_HOOKS as readonly string[]).includes(value)) {
        throw new CliArgError(
          `${flag} ${JSON.stringify(value)} is not valid; allowed: ${NEW_PLAYER_HOOKS.join(', ')}`,
        );
      }
      opts.newPlayerHooks = value as NewPlayerHooks;
      return;
  }
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CliArgError)) throw error;
    process.stderr.write(`sandbox: ${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const options = parsed.opts;
  let sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EADDRINUSE'
        ? `port ${options.port} on ${options.host ?? '127.0.0.1'} is already in use; choose another with --port`
        : (error as Error).message;
    process.stderr.write(`sandbox: cannot start: ${message}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `Oppia sandbox ready at ${sandbox.url} (scenario: ${sandbox.scenario}, ${sandbox.chapterCount} chapters, card delay ${sandbox.cardDelayMs} ms${sandbox.flags.length > 0 ? `, flags: ${sandbox.flags.join(',')}` : ''})\n`,
  );
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
