import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SummaryError } from '../../reporting/summary-schema';

/**
 * Shared plumbing for the scripts under scripts/ci: each file is both an importable module (pure
 * functions, unit-tested) and a command (`npx tsx scripts/ci/<name>.ts ...`). Exit codes: 0 done,
 * 1 the check the command performs failed, 2 bad usage or bad input.
 */

/** A wrong command line: printed with the usage text, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** True when the module whose `import.meta.url` is given is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** `util.parseArgs`, strict, with its errors turned into UsageErrors. */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Parses a non-negative integer option value, naming the option when it is not one. */
export function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) {
    throw new UsageError(`--${name} must be a whole number >= 0, got "${value}".`);
  }
  return Number(value);
}

/**
 * Runs a command's main function: usage errors and bad input files print a clear message (plus the
 * usage text for usage errors) and exit 2; anything else is a bug and keeps its stack.
 */
export function runCli(usage: string, main: (argv: string[]) => Promise<number> | number): void {
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        if (error instanceof UsageError) {
          console.error(`error: ${error.message}\n\n${usage}`);
          process.exitCode = 2;
        } else if (error instanceof SummaryError || error instanceof InputError) {
          console.error(`error: ${error.message}`);
          process.exitCode = 2;
        } else {
          console.error(error);
          process.exitCode = 1;
        }
      },
    );
}

/** A readable input (file, directory) that is missing or malformed: exit 2 without usage. */
export class InputError extends Error {
  override name = 'InputError';
}
