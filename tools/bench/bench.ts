/**
 * `npm run bench -- [--quick] [--sizes 24] [--modes ...] [--out reports/bench] [--card-delay MS]`:
 * the benchmark (tools/bench/README.md). Per catalog size, one synthetic sandbox of real-size
 * lessons in this process, at Oppia's card delay; against it, each mode as a child process (naive
 * Playwright scripts that open or play the chapters, a plain-HTTP floor, `npm run journey` at
 * smoke and full depth), timed, with the peak memory and CPU time of its whole process tree.
 * Writes `<out>/bench.json` and `<out>/bench.md` after every run, and prints the table at the end.
 *
 * Exit codes: 0 measured (whatever the figures say: targets are shown, never enforced), 1 the bench
 * itself failed, 2 bad arguments or no browser.
 */
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, getConfig, type Config } from '../../config';
import { BrowserNotFoundError, resolveChromiumPath } from '../../config/browser';
import { OppiaClient } from '../../catalog/client';
import { countCatalog } from '../../catalog/describe';
import { discover } from '../../catalog/discover';
import { writeSnapshot } from '../../catalog/snapshot';
import { childEnv } from '../../config';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { BENCH_USAGE, BenchArgsError, parseBenchArgs, type BenchOptions } from './args';
import { floorRequests } from './floor';
import { runMode, type SizeContext } from './modes';
import {
  checkTargets,
  fitModes,
  mib,
  renderMarkdown,
  seconds,
  type BenchReport,
  type SizeResult,
} from './report';
import { stopRunningChildren } from './run-child';

let sandbox: RunningSandbox | undefined;

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions;
  let executablePath: string | undefined;
  let config: Config;
  try {
    options = parseBenchArgs(argv);
    if (options.help) {
      console.log(BENCH_USAGE);
      return 0;
    }
    config = getConfig();
    executablePath = resolveChromiumPath(config.chromiumPath ?? undefined);
  } catch (error) {
    if (error instanceof BenchArgsError) {
      console.error(`bench: ${error.message}\n\n${BENCH_USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof BrowserNotFoundError) {
      console.error(`bench: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const outDir = resolve(options.outDir);
  mkdirSync(outDir, { recursive: true });
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    command: `npm run bench -- ${argv.join(' ')}`.trim(),
    machine: {
      // The CPUs this process may run on (its affinity: `taskset -c 0 npm run bench` measures one).
      cpus: availableParallelism(),
      loadAverageAtStart: loadavg(),
      loadAverageAtEnd: loadavg(),
      memoryBytes: totalmem(),
    },
    cardDelayMs: options.cardDelayMs,
    sizes: [],
    fits: [],
    targets: [],
  };
  console.log(
    `Bench: sizes ${options.sizes.join(', ')} · modes ${options.modes.join(', ')} · out ${outDir}\n` +
      `${report.machine.cpus} CPUs, load average ${report.machine.loadAverageAtStart[0]!.toFixed(1)}: ` +
      'a shared machine makes absolute times noisy; compare the ratios of one run.',
  );

  for (const size of options.sizes) {
    // Generated lessons of real size (the sandbox's default for --synthetic: real-lessons.ts).
    sandbox = await startSandbox({
      synthetic: size,
      quiet: true,
      cardDelayMs: options.cardDelayMs,
    });
    const client = new OppiaClient({ baseUrl: sandbox.url });
    const started = performance.now();
    const snapshot = await discover(
      {
        filters: { classrooms: [], topics: [], stories: [], chapters: [] },
        fetchConcurrency: config.fetchConcurrency,
      },
      client,
    );
    const discoveryMs = performance.now() - started;
    const sizeDir = join(outDir, `n${size}`);
    mkdirSync(sizeDir, { recursive: true });
    writeSnapshot(join(sizeDir, 'catalog.json'), snapshot);
    const chapterUrls = snapshot.classrooms.flatMap((c) =>
      c.topics.flatMap((t) => t.stories.flatMap((s) => s.chapters.map((ch) => ch.url))),
    );
    const result: SizeResult = {
      size,
      chapters: countCatalog(snapshot).chapters,
      discoveryMs,
      snapshotBytes: Buffer.byteLength(JSON.stringify(snapshot)),
      runs: [],
    };
    report.sizes.push(result);
    console.log(
      `\nN=${size}: sandbox ${sandbox.url}, ${result.chapters} chapters discovered in ${seconds(discoveryMs)}` +
        `${snapshot.problems.length ? ` (${snapshot.problems.length} problems!)` : ''}`,
    );

    const ctx: SizeContext = {
      baseUrl: sandbox.url,
      dir: sizeDir,
      chapterUrls,
      floorRequests: floorRequests(snapshot),
      executablePath,
      floorConcurrency: options.floorConcurrency,
      timeoutMs: options.modeTimeoutMs,
      baseEnv: childEnvironment(),
    };
    for (const mode of options.modes) {
      const attempts = mode === 'full-auto' ? options.autoRuns : 1;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        process.stdout.write(`  ${mode.padEnd(20)} `);
        const run = await runMode(mode, ctx, attempt);
        result.runs.push(run);
        console.log(
          `${seconds(run.timeMs).padStart(9)}  peak ${mib(run.peakRssBytes).padStart(8)}  ` +
            `CPU ${seconds(run.cpuMs).padStart(8)}${run.lanes ? `  ${run.lanes} lanes` : ''}` +
            `${run.cards ? `  ${run.cards} cards` : ''}  ${run.status}` +
            `${run.problem ? ` (${run.problem}; log ${run.logFile})` : ''}`,
        );
        save(report, outDir);
      }
    }
    await sandbox.close();
    sandbox = undefined;
  }

  report.fits = fitModes(report.sizes);
  report.targets = checkTargets(
    report.sizes,
    report.fits,
    report.machine.cpus,
    report.machine.memoryBytes,
  );
  const markdown = save(report, outDir);
  console.log(`\n${markdown}\nWrote ${join(outDir, 'bench.json')} and ${join(outDir, 'bench.md')}`);
  return 0;
}

/** Writes bench.json and bench.md (also after every run, so a stopped bench keeps its figures). */
function save(report: BenchReport, outDir: string): string {
  report.finishedAt = new Date().toISOString();
  report.machine.loadAverageAtEnd = loadavg();
  const markdown = renderMarkdown(report);
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, 'bench.md'), markdown);
  return markdown;
}

/**
 * The environment the children start from: the bench's own, handed on as a shell would (PATH,
 * CHROMIUM_PATH, ...), without the walk's variables, which each run sets itself.
 */
function childEnvironment(): NodeJS.ProcessEnv {
  return childEnv();
}

async function stop(signal: NodeJS.Signals, code: number): Promise<never> {
  stopRunningChildren(signal);
  await sandbox?.close();
  process.exit(code);
}
process.on('SIGINT', () => void stop('SIGINT', 130));
process.on('SIGTERM', () => void stop('SIGTERM', 143));

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error);
    await stop('SIGTERM', 1);
  },
);
