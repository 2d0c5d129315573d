import { ConfigError } from '../config';

/** What `npm run record -- ...` was asked to do. */
export interface RecordArgs {
  dir: string;
  assets: boolean;
  force: boolean;
  help: boolean;
}

export const RECORD_USAGE = `Usage: npm run record -- DIR [--no-assets] [--force]

Records what the target serves a logged-out learner into DIR, for
\`npm run sandbox -- --replay DIR\`: the JSON handler bodies discovery reads, every
chapter's /explorehandler/init/<id> and the images its cards show. The target and
the filters come from the environment as for a walk (TARGET, BASE_URL, CLASSROOMS,
TOPICS, STORIES, CHAPTERS; see .env.example); without BASE_URL the sandbox is started.

  DIR           a new or empty directory
  --no-assets   leave the images out
  --force       replace DIR's contents (only once the new recording is complete)
  --help        show this help

Layout and replay: docs/record-replay.md`;

/** Parses the record command's arguments; a bad one throws ConfigError naming it. */
export function parseRecordArgs(argv: readonly string[]): RecordArgs {
  const args = { dir: '', assets: true, force: false, help: false };
  const dirs: string[] = [];
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--no-assets') args.assets = false;
    else if (arg === '--force') args.force = true;
    else if (arg.startsWith('-'))
      throw new ConfigError(`unknown option "${arg}": use --no-assets, --force or --help`);
    else dirs.push(arg);
  }
  if (args.help) return args;
  if (dirs.length !== 1) {
    throw new ConfigError(
      dirs.length === 0
        ? 'give the directory to record into: npm run record -- DIR'
        : `give one directory to record into, not ${dirs.length} (${dirs.join(', ')})`,
    );
  }
  return { ...args, dir: dirs[0]! };
}
