import { ConfigError } from './index';
import { DEPTHS, type Depth } from './env-schema';
import { formatChoices } from './env-values';

/** What `npm run journey -- ...` was asked to do. */
export interface JourneyArgs {
  /** Print the discovered catalog tree and stop. */
  list: boolean;
  help: boolean;
  /** Overrides DEPTH for this run. */
  depth: Depth | undefined;
  /** Everything else, handed to `playwright test` unchanged (`--project desktop`, `-g ...`). */
  playwrightArgs: string[];
}

export const JOURNEY_USAGE = `Usage: npm run journey -- [--list] [--depth smoke|full] [playwright test args...]

  --list               discover the catalog, print it as a tree and stop
  --depth smoke|full   override DEPTH for this run
  --help               show this help
  anything else        passed to \`playwright test\`, e.g. --project desktop, --shard 1/2,
                       --workers 2, -g "Place Values"; arguments after \`--\` are passed as they are

Configuration comes from the environment and .env files: see .env.example.`;

/** Parses the journey's own flags; a bad one throws ConfigError naming it and what is allowed. */
export function parseJourneyArgs(argv: readonly string[]): JourneyArgs {
  const args: JourneyArgs = { list: false, help: false, depth: undefined, playwrightArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.playwrightArgs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--list') args.list = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--depth' || arg.startsWith('--depth=')) {
      const inline = arg.startsWith('--depth=');
      const value = inline ? arg.slice('--depth='.length) : argv[i + 1];
      if (!inline) i++;
      args.depth = parseDepth(value);
    } else if (arg.startsWith('--list=')) {
      throw new ConfigError(`--list takes no value ("${arg}"): use --list on its own`);
    } else args.playwrightArgs.push(arg);
  }
  return args;
}

function parseDepth(value: string | undefined): Depth {
  const depth = DEPTHS.find((d) => d === value);
  if (depth) return depth;
  if (value === undefined || value.startsWith('-')) {
    throw new ConfigError(`--depth needs a value: use --depth ${formatChoices(DEPTHS)}`);
  }
  throw new ConfigError(`--depth "${value}" is not allowed: use ${formatChoices(DEPTHS)}`);
}
