/** `npm run bench -- ...`: what to measure, parsed from the command line. */

export const MODES = [
  'naive-1',
  'naive-2',
  'naive-full-1',
  'naive-full-2',
  'session-1',
  'session-2',
  'floor',
  'smoke-1',
  'smoke-2',
  'full-1',
  'full-2',
  'smoke-4',
  'full-4',
  'full-6',
  'full-8',
  'full-2-right',
  'full-2-right-noaudit',
  'full-auto',
] as const;
export type Mode = (typeof MODES)[number];

/**
 * `naive` on the command line means both naive loaders (1 and 2 pages at a time), `naive-full` both
 * naive players, `audit` the accessibility audit's pair (on and off, right answers only), `lanes`
 * the lane sweep: the default walk at 2, 4, 6 and 8 lanes and with WORKERS=auto.
 */
const MODE_ALIASES: Record<string, readonly Mode[]> = {
  naive: ['naive-1', 'naive-2'],
  'naive-full': ['naive-full-1', 'naive-full-2'],
  audit: ['full-2-right', 'full-2-right-noaudit'],
  lanes: ['full-2', 'full-4', 'full-6', 'full-8', 'full-auto'],
};

export interface BenchOptions {
  /** Synthetic catalog sizes (chapters), ascending, distinct. */
  sizes: number[];
  /** In the order of MODES, whatever order they were given in. */
  modes: Mode[];
  outDir: string;
  /** The sandbox player's delay between submit and response (Oppia's 950 unless given). */
  cardDelayMs: number;
  /** A run that takes longer is stopped and reported as timed out. */
  modeTimeoutMs: number;
  /** Requests in flight at once for the floor. */
  floorConcurrency: number;
  /** full-auto walks in a row (the "three consecutive walks" target wants 3). */
  autoRuns: number;
  quick: boolean;
  help: boolean;
}

/** Real-size generated lessons (sandbox/synthetic/real-lessons.ts: 18-30 cards, 24 on average). */
export const DEFAULT_SIZES = [24];
export const QUICK_SIZES = [6];
/**
 * The question the bench answers by default: the walk that checks everything against a plain
 * script that plays the same lessons (naive-full), at as many lanes, with its audit on and off, and
 * with the lanes it picks itself.
 */
export const DEFAULT_MODES: readonly Mode[] = [
  'naive-full-1',
  'naive-full-2',
  'full-2-right',
  'full-2-right-noaudit',
  'full-auto',
];
/** `--quick`: the same modes on a few lessons, to check that every mode runs. */
export const QUICK_MODES: readonly Mode[] = DEFAULT_MODES;
/**
 * Oppia's MIN_CARD_LOADING_DELAY_MSEC (core/templates/pages/exploration-player-page/
 * current-lesson-player/learner-experience/conversation-skin.component.ts `submitAnswer`).
 */
export const DEFAULT_CARD_DELAY_MS = 950;
const DEFAULT_OUT_DIR = 'reports/bench';
const DEFAULT_MODE_TIMEOUT_MIN = 180;
const DEFAULT_FLOOR_CONCURRENCY = 6;
/** The sandbox's own limit for --synthetic. */
const MAX_SIZE = 100_000;

export const BENCH_USAGE = `Usage: npm run bench -- [--quick] [--sizes 24] [--modes naive-full,full-2-right,full-auto,...]
                       [--out reports/bench] [--card-delay MS] [--mode-timeout MIN] [--floor-concurrency N] [--auto-runs N]

  --sizes N,N,...        synthetic catalog sizes in chapters of real-size lessons (default ${DEFAULT_SIZES.join(',')}); one sandbox each
  --modes M,M,...        any of naive (= naive-1,naive-2), naive-full (= naive-full-1,naive-full-2),
                         audit (= full-2-right,full-2-right-noaudit), ${MODES.join(', ')}
                         (default: ${DEFAULT_MODES.join(',')})
  --quick                size ${QUICK_SIZES.join(',')} (the default modes on a few lessons), unless given
  --out DIR              where bench.json, bench.md and each run's reports go (default ${DEFAULT_OUT_DIR})
  --card-delay MS        the sandbox player's delay between submit and response (default ${DEFAULT_CARD_DELAY_MS}, Oppia's; 300 for the earlier runs)
  --mode-timeout MIN     stop a run after this many minutes and report it as timed out (default ${DEFAULT_MODE_TIMEOUT_MIN})
  --floor-concurrency N  HTTP requests in flight at once for the floor (default ${DEFAULT_FLOOR_CONCURRENCY})
  --auto-runs N          walk full-auto N times in a row (default 1; the stability target wants 3)
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
  '--auto-runs',
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
    modes: given['--modes']
      ? parseModes(given['--modes'])
      : quick
        ? [...QUICK_MODES]
        : [...DEFAULT_MODES],
    outDir: given['--out'] ?? DEFAULT_OUT_DIR,
    cardDelayMs:
      given['--card-delay'] === undefined
        ? DEFAULT_CARD_DELAY_MS
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
    autoRuns: wholeNumber('--auto-runs', given['--auto-runs'] ?? '1', 1, 10),
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
    '--auto-runs': '3',
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
        `--modes: unknown mode "${item}": use ${[...Object.keys(MODE_ALIASES), ...MODES].join(', ')} (separated by commas)`,
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
