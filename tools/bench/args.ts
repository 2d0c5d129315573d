/** `npm run bench -- ...`: what to measure, parsed from the command line. */

export const MODES = [
  'naive-1',
  'naive-2',
  'session-1',
  'session-2',
  'floor',
  'smoke-1',
  'smoke-2',
  'full-1',
  'full-2',
  'smoke-4',
  'full-4',
] as const;
export type Mode = (typeof MODES)[number];

/** `naive` on the command line means both naive runs (1 and 2 pages at a time). */
const MODE_ALIASES: Record<string, readonly Mode[]> = { naive: ['naive-1', 'naive-2'] };

export interface BenchOptions {
  /** Synthetic catalog sizes (chapters), ascending, distinct. */
  sizes: number[];
  /** In the order of MODES, whatever order they were given in. */
  modes: Mode[];
  outDir: string;
  /** The sandbox player's delay between submit and response; undefined = the sandbox default. */
  cardDelayMs: number | undefined;
  /** A run that takes longer is stopped and reported as timed out. */
  modeTimeoutMs: number;
  /** Requests in flight at once for the floor. */
  floorConcurrency: number;
  quick: boolean;
  help: boolean;
}

export const DEFAULT_SIZES = [200, 1000];
export const QUICK_SIZES = [50, 200];
/**
 * `--quick`: the references and the walk with two workers (one per core here) and four (a walk
 * mostly waits on the target, so workers beyond the cores still pay).
 */
export const QUICK_MODES: readonly Mode[] = [
  'naive-1',
  'naive-2',
  'session-2',
  'floor',
  'smoke-2',
  'full-2',
  'smoke-4',
  'full-4',
];
const DEFAULT_OUT_DIR = 'reports/bench';
const DEFAULT_MODE_TIMEOUT_MIN = 180;
const DEFAULT_FLOOR_CONCURRENCY = 6;
/** The sandbox's own limit for --synthetic. */
const MAX_SIZE = 100_000;

export const BENCH_USAGE = `Usage: npm run bench -- [--quick] [--sizes 200,1000] [--modes naive,floor,smoke-2,full-4,...]
                       [--out reports/bench] [--card-delay MS] [--mode-timeout MIN] [--floor-concurrency N]

  --sizes N,N,...        synthetic catalog sizes in chapters (default ${DEFAULT_SIZES.join(',')}); one sandbox each
  --modes M,M,...        any of naive (= naive-1,naive-2), ${MODES.join(', ')}
                         (default: all)
  --quick                sizes ${QUICK_SIZES.join(',')} and modes ${QUICK_MODES.join(',')}, unless given
  --out DIR              where bench.json, bench.md and each run's reports go (default ${DEFAULT_OUT_DIR})
  --card-delay MS        the sandbox player's delay between submit and response (sandbox default 300)
  --mode-timeout MIN     stop a run after this many minutes and report it as timed out (default ${DEFAULT_MODE_TIMEOUT_MIN})
  --floor-concurrency N  HTTP requests in flight at once for the floor (default ${DEFAULT_FLOOR_CONCURRENCY})
  --help                 show this help`;

/** A command-line argument the bench cannot use; the message names it and what is allowed. */
export class BenchArgsError extends Error {
  override name = 'BenchArgsError';
}

const VALUE_FLAGS = [
  '--sizes',
  '--modes',
  '--out',
  '--card-delay',
  '--mode-timeout',
  '--floor-concurrency',
] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const given: Partial<Record<ValueFlag, string>> = {};
  let quick = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else {
      const [flag, inline] = splitInline(arg);
      if (!isValueFlag(flag)) {
        throw new BenchArgsError(
          `unknown argument "${arg}": use ${[...VALUE_FLAGS, '--quick', '--help'].join(', ')}`,
        );
      }
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new BenchArgsError(`${flag} needs a value, e.g. ${flag} ${exampleOf(flag)}`);
      }
      given[flag] = value;
    }
  }

  return {
    sizes: given['--sizes'] ? parseSizes(given['--sizes']) : quick ? QUICK_SIZES : DEFAULT_SIZES,
    modes: given['--modes'] ? parseModes(given['--modes']) : quick ? [...QUICK_MODES] : [...MODES],
    outDir: given['--out'] ?? DEFAULT_OUT_DIR,
    cardDelayMs:
      given['--card-delay'] === undefined
        ? undefined
        : wholeNumber('--card-delay', given['--card-delay'], 0, 60_000),
    modeTimeoutMs:
      wholeNumber(
        '--mode-timeout',
        given['--mode-timeout'] ?? String(DEFAULT_MODE_TIMEOUT_MIN),
        1,
        24 * 60,
      ) * 60_000,
    floorConcurrency: wholeNumber(
      '--floor-concurrency',
      given['--floor-concurrency'] ?? String(DEFAULT_FLOOR_CONCURRENCY),
      1,
      64,
    ),
    quick,
    help,
  };
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq > 0 && arg.startsWith('--') ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function isValueFlag(flag: string): flag is ValueFlag {
  return (VALUE_FLAGS as readonly string[]).includes(flag);
}

function exampleOf(flag: ValueFlag): string {
  const examples: Record<ValueFlag, string> = {
    '--sizes': '200,1000',
    '--modes': 'naive,floor,full-2',
    '--out': 'reports/bench',
    '--card-delay': '300',
    '--mode-timeout': '60',
    '--floor-concurrency': '6',
  };
  return examples[flag];
}

function parseSizes(text: string): number[] {
  const sizes = listOf(text).map((item) => wholeNumber('--sizes', item, 1, MAX_SIZE));
  if (sizes.length === 0)
    throw new BenchArgsError(`--sizes "${text}" is empty: use e.g. --sizes 200,1000`);
  const distinct = [...new Set(sizes)].sort((a, b) => a - b);
  if (distinct.length !== sizes.length) {
    throw new BenchArgsError(`--sizes "${text}" repeats a size: give each size once`);
  }
  return distinct;
}

function parseModes(text: string): Mode[] {
  const wanted = new Set<Mode>();
  const items = listOf(text);
  if (items.length === 0)
    throw new BenchArgsError(`--modes "${text}" is empty: use e.g. --modes naive,full-2`);
  for (const item of items) {
    const expanded =
      MODE_ALIASES[item] ?? ((MODES as readonly string[]).includes(item) ? [item as Mode] : null);
    if (!expanded) {
      throw new BenchArgsError(
        `--modes: unknown mode "${item}": use naive, ${MODES.join(', ')} (separated by commas)`,
      );
    }
    for (const mode of expanded) wanted.add(mode);
  }
  return MODES.filter((mode) => wanted.has(mode));
}

function listOf(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new BenchArgsError(
      `${flag} "${text}" is not allowed: use a whole number from ${min} to ${max}`,
    );
  }
  return value;
}
