/**
 * `npm run record -- DIR [--no-assets] [--force]`: records the target (TARGET/BASE_URL and the
 * filters, as a walk reads them; the sandbox when no BASE_URL) into a record directory that
 * `npm run sandbox -- --replay DIR` serves. See docs/record-replay.md.
 *
 * Exit codes: 0 recorded, 1 target unreachable or the sandbox did not start, 2 bad arguments,
 * configuration or DIR (nothing written), 128+n when stopped by signal n.
 */
import { ConfigError, loadConfigWith, type Config } from '../config';
import { OppiaClient } from '../catalog/client';
import { parseRecordArgs, RECORD_USAGE, type RecordArgs } from '../recorder/args';
import { checkRecordDir, record, RecordDirError, RecordTargetError } from '../recorder/record';
import {
  preflight,
  SandboxArgumentError,
  startSandboxProcess,
  type SandboxProcess,
} from './target';

let sandbox: SandboxProcess | undefined;

async function main(argv: string[]): Promise<number> {
  let args: RecordArgs;
  let config: Config;
  try {
    args = parseRecordArgs(argv);
    if (args.help) {
      console.log(RECORD_USAGE);
      return 0;
    }
    config = loadConfigWith({});
    checkRecordDir(args.dir, args.force);
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof RecordDirError)) throw error;
    console.error(`${error.message}\n\n${RECORD_USAGE}`);
    return 2;
  }

  let baseUrl = config.baseUrl;
  if (baseUrl === null) {
    try {
      sandbox = await startSandboxProcess(config);
    } catch (error) {
      console.error(`Could not start the sandbox: ${(error as Error).message}`);
      return error instanceof SandboxArgumentError ? 2 : 1;
    }
    baseUrl = sandbox.url;
  }
  try {
    return await recordTarget(config, baseUrl, args);
  } finally {
    await sandbox?.stop();
  }
}

async function recordTarget(config: Config, baseUrl: string, args: RecordArgs): Promise<number> {
  console.log(`Recording ${baseUrl} into ${args.dir}${args.assets ? '' : ' (no assets)'}`);
  const unreachable = await preflight(new OppiaClient({ baseUrl }));
  if (unreachable) {
    console.error(
      `Target unreachable: ${unreachable.message}\n` +
        `Check BASE_URL/TARGET and your network; nothing was recorded and ${args.dir} is untouched.`,
    );
    return 1;
  }
  try {
    const { manifest } = await record({
      baseUrl,
      dir: args.dir,
      filters: config.filters,
      fetchConcurrency: config.fetchConcurrency,
      timeoutMs: config.navigationTimeoutMs,
      assets: args.assets,
      force: args.force,
    });
    const n = manifest.counts;
    console.log(
      `Recorded ${n.chapters} chapters (${n.classrooms} classrooms, ${n.topics} topics, ` +
        `${n.stories} stories): ${n.handlerBodies} handler bodies, ${n.explorations} explorations, ` +
        `${n.assets} assets in ${(manifest.durationMs / 1000).toFixed(1)} s`,
    );
    for (const missing of manifest.notRecorded)
      console.log(`  not recorded (replays as 404): ${missing.url}: ${missing.reason}`);
    if (manifest.redacted.length > 0)
      console.log(`  ${manifest.redacted.length} token-like or personal fields replaced`);
    console.log(`Replay it: npm run sandbox -- --replay ${args.dir}`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof RecordDirError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof RecordTargetError) {
      console.error(`${error.message}\nNothing was recorded; ${args.dir} is untouched.`);
      return 1;
    }
    throw error;
  }
}

function stop(signal: 'SIGINT' | 'SIGTERM'): void {
  void (sandbox?.stop() ?? Promise.resolve()).finally(() =>
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15)),
  );
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    void (sandbox?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  },
);
