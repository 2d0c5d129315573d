import type { Mode } from './args';
import {
  fitLinear,
  LINEAR_TOLERANCE,
  memoryGrowth,
  type LinearFit,
  type MemoryGrowth,
} from './fit';

/** One mode measured on one catalog size. */
export interface ModeRun {
  mode: Mode;
  /** The time the figures use: the child's wall time; for the floor, its request time alone. */
  timeMs: number;
  /** Start to exit of the child process. */
  childWallMs: number;
  /** Runners only: from the first request to the last answer. */
  workMs: number | null;
  /** Chapters the run walked or opened (the walk: summary totals; naive: chapters asked). */
  chapters: number;
  passed: number;
  failed: number;
  flaky: number;
  skipped: number;
  /** Walk only: the classroom, topic and story page tests (in the wall time too). */
  pageTests: number | null;
  pageTestsFailed: number | null;
  /** Floor only. */
  requests: number | null;
  status: 'ok' | 'failures' | 'timed out' | 'error';
  /** Why a run is not ok, in a few words. */
  problem: string | null;
  exitCode: number | null;
  peakRssBytes: number;
  processesAtPeak: number;
  /**
   * CPU time (user + system) of the child's whole tree, sampled from /proc (a slight
   * underestimate, see TreePeak.cpuMs); 0 when it could not be read.
   */
  cpuMs: number;
  /** cpuMs by kind of process: Chromium's renderers (the pages), the rest of Chromium, node. */
  cpuMsByKind?: Record<'renderer' | 'chromium' | 'node', number>;
  /** Walk only: the journey's own "Discovered ... in X s" figure. */
  walkDiscoveryMs: number | null;
  /** Cards played (full walks: from the summary's timings; naive-full: the runner's count). */
  cards?: number | null;
  /** Pages or workers at once as the run used them (full-auto: the lanes WORKERS=auto chose). */
  lanes?: number | null;
  logFile: string;
}

export interface SizeResult {
  /** Chapters asked of the sandbox (`--synthetic N`). */
  size: number;
  /** Published chapters the discovery found. */
  chapters: number;
  /** `discover()` in the bench process against the sandbox. */
  discoveryMs: number;
  snapshotBytes: number;
  runs: ModeRun[];
}

export interface ModeFit {
  mode: Mode;
  time: LinearFit;
  memory: MemoryGrowth | null;
}

export interface TargetCheck {
  target: string;
  figure: string;
  met: boolean | null;
  note?: string;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: {
    cpus: number;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    memoryBytes: number;
  };
  cardDelayMs: number | null;
  sizes: SizeResult[];
  fits: ModeFit[];
  targets: TargetCheck[];
}

export const DISCOVERY_TARGET_MS = 5_000;
export const DISCOVERY_TARGET_SIZE = 1_000;
/** Below this many chapters a discovery time says too little to scale to 1000. */
const DISCOVERY_SCALE_FROM = 50;
/** The issue's limit on a walk's time, as a share of the naive baseline's, per depth. */
const TARGET_RATIO = { smoke: 0.5, full: 1.0 } as const;
/** The issue's naive baseline: one fresh context and page per chapter, one chapter at a time. */
export const BASELINE: Mode = 'naive-1';

/**
 * A plain script (naive-N, naive-full-N, session-N), as opposed to the walk or the floor: all run
 * in the naive runner.
 */
export function isLoader(mode: Mode): boolean {
  return mode.startsWith('naive-') || mode.startsWith('session-');
}

/** The naive player: plays every chapter to its end (naive-full-N). */
export function isPlayer(mode: Mode): boolean {
  return mode.startsWith('naive-full-');
}

/** A mode of the played-lessons comparison: the naive player, and the full walks. */
function playsLessons(mode: Mode): boolean {
  return isPlayer(mode) || mode.startsWith('full-');
}

/** A mode of the issue-7 comparison (opening chapters): everything but the new full variants. */
function opensChapters(mode: Mode): boolean {
  return !isPlayer(mode) && !/-right|-auto/.test(mode);
}

export function isWalk(mode: Mode): boolean {
  return mode.startsWith('smoke-') || mode.startsWith('full-');
}

/**
 * Pages (or workers) at once: the number in the mode's name (full-2-right: 2); the floor counts as
 * one, and so does full-auto until its run says how many it used (lanesOf).
 */
export function parallelismOf(mode: Mode): number {
  const match = /-(\d+)(?=-|$)/.exec(mode);
  return match ? Number(match[1]) : 1;
}

/** The lanes a run used: as it reported them, else as its mode says. */
export function lanesOf(run: ModeRun): number {
  return run.lanes ?? parallelismOf(run.mode);
}

/** Usable naive loaders (naive-N, opening chapters only). */
function usableNaive(runs: readonly ModeRun[]): ModeRun[] {
  return runs.filter(
    (r) => /^naive-\d+$/.test(r.mode) && r.status !== 'timed out' && r.status !== 'error',
  );
}

/** Usable naive players (naive-full-N). */
function usablePlayers(runs: readonly ModeRun[]): ModeRun[] {
  return runs.filter((r) => isPlayer(r.mode) && r.status !== 'timed out' && r.status !== 'error');
}

/** The naive player with as many pages at once as `lanes` (none when that was not measured). */
export function playerAt(lanes: number, runs: readonly ModeRun[]): ModeRun | undefined {
  return usablePlayers(runs).find((r) => parallelismOf(r.mode) === lanes);
}

/**
 * The naive run with the most pages at once that the mode also has (naive-2 for two workers and
 * for four): the stricter comparison, shown beside the issue's baseline.
 */
export function naiveReference(mode: Mode, runs: readonly ModeRun[]): ModeRun | undefined {
  const naive = usableNaive(runs).sort((a, b) => parallelismOf(b.mode) - parallelismOf(a.mode));
  return naive.find((r) => parallelismOf(r.mode) <= parallelismOf(mode)) ?? naive.at(-1);
}

/** The issue's baseline when it ran, else the naive run closest to it. */
export function baselineOf(runs: readonly ModeRun[]): ModeRun | undefined {
  const naive = usableNaive(runs);
  return naive.find((r) => r.mode === BASELINE) ?? naiveReference(BASELINE, runs);
}

function floorOf(runs: readonly ModeRun[]): ModeRun | undefined {
  return runs.find((r) => r.mode === 'floor' && r.status !== 'error' && r.status !== 'timed out');
}

/** Fits each mode over the sizes where it ran to the end (one size: averages only, no growth). */
export function fitModes(sizes: readonly SizeResult[]): ModeFit[] {
  const modes = [...new Set(sizes.flatMap((s) => s.runs.map((r) => r.mode)))];
  const fits: ModeFit[] = [];
  for (const mode of modes) {
    const measured = sizes
      .map((s) => ({ size: s, run: s.runs.find((r) => r.mode === mode) }))
      .filter((m): m is { size: SizeResult; run: ModeRun } => !!m.run && usable(m.run));
    if (measured.length === 0) continue;
    const time = fitLinear(measured.map((m) => ({ n: m.size.chapters, ms: m.run.timeMs })));
    const first = measured[0]!;
    const last = measured[measured.length - 1]!;
    const memory =
      measured.length > 1 && first.run.peakRssBytes > 0
        ? memoryGrowth(
            { peakBytes: first.run.peakRssBytes, snapshotBytes: first.size.snapshotBytes },
            { peakBytes: last.run.peakRssBytes, snapshotBytes: last.size.snapshotBytes },
            isLoader(mode) || mode === 'floor' ? 1 : parallelismOf(mode) + 1,
          )
        : null;
    fits.push({ mode, time, memory });
  }
  return fits;
}

/**
 * Why a walk cannot meet its time limit on this machine at the CPU cost it has, or null when it
 * could: a run never takes less wall time than its CPU time spread over every CPU, so when that
 * alone is over the limit, no scheduling or waiting less can meet it. The figure is the fewest CPUs
 * that could, at the same CPU time per run: a lower bound, since it assumes every CPU always busy.
 */
export function cpuBound(run: ModeRun, limitMs: number, cpus: number): string | null {
  if (run.cpuMs <= 0 || cpus <= 0 || limitMs <= 0) return null;
  const floorMs = run.cpuMs / cpus;
  if (floorMs <= limitMs) return null;
  return (
    `CPU-bound: its ${seconds(run.cpuMs)} of CPU time over ${cpus} CPUs alone take ${seconds(floorMs)}, ` +
    `over the limit's ${seconds(limitMs)}; at this CPU cost it needs at least ${Math.ceil(run.cpuMs / limitMs)} CPUs`
  );
}

/**
 * The issue's targets, each with the figure it is judged on; never asserted, only shown. With
 * `cpus` (the machine's), an unmet time target also says when the run's CPU time alone rules it
 * out on this machine (cpuBound).
 */
export function checkTargets(
  sizes: readonly SizeResult[],
  fits: readonly ModeFit[],
  cpus = 0,
  memoryBytes = 0,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const size of sizes) {
    const baseline = baselineOf(size.runs);
    for (const run of size.runs) {
      if (!isWalk(run.mode) || !opensChapters(run.mode) || !baseline) continue;
      const limit = TARGET_RATIO[run.mode.startsWith('smoke') ? 'smoke' : 'full'];
      const target = `${run.mode} ≤ ${limit.toFixed(1)}× ${baseline.mode} at N=${size.size}`;
      if (run.status === 'timed out' || run.status === 'error') {
        checks.push({ target, figure: run.status, met: false });
        continue;
      }
      const ratio = run.timeMs / baseline.timeMs;
      const lanes = naiveReference(run.mode, size.runs);
      const stricter =
        lanes && lanes !== baseline
          ? ` (${(run.timeMs / lanes.timeMs).toFixed(2)}× ${lanes.mode})`
          : '';
      const met = ratio <= limit;
      const notes = [
        run.status === 'failures' ? `the walk had ${run.problem}` : null,
        met ? null : cpuBound(run, limit * baseline.timeMs, cpus),
      ].filter((note): note is string => note !== null);
      checks.push({
        target,
        figure: `${ratio.toFixed(2)}×${stricter}`,
        met,
        ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
      });
    }
  }

  for (const size of sizes) checks.push(...playTargets(size, cpus, memoryBytes));

  const atTarget = sizes.find((s) => s.size >= DISCOVERY_TARGET_SIZE);
  if (atTarget) {
    checks.push({
      target: `discovery < ${DISCOVERY_TARGET_MS / 1000} s at N=${atTarget.size}`,
      figure: seconds(atTarget.discoveryMs),
      met: atTarget.discoveryMs < DISCOVERY_TARGET_MS,
    });
  } else if (sizes.length > 0 && sizes[sizes.length - 1]!.chapters >= DISCOVERY_SCALE_FROM) {
    // Scaled in proportion from the largest size: no fixed cost assumed, so never optimistic.
    const largest = sizes[sizes.length - 1]!;
    const scaled = (largest.discoveryMs * DISCOVERY_TARGET_SIZE) / largest.chapters;
    checks.push({
      target: `discovery < ${DISCOVERY_TARGET_MS / 1000} s at N=${DISCOVERY_TARGET_SIZE}`,
      figure: `≈ ${seconds(scaled)} (scaled from N=${largest.size})`,
      met: scaled < DISCOVERY_TARGET_MS,
    });
  }

  // Linear growth and flat memory need two sizes: the comparisons of issue 7.
  for (const fit of fits.filter((f) => isWalk(f.mode))) {
    if (fit.time.linear !== null) {
      const [first, last] = [fit.time.averages[0]!, fit.time.averages.at(-1)!];
      checks.push({
        target: `${fit.mode} grows linearly (per chapter at N=${last.n} ≤ ${(1 + LINEAR_TOLERANCE).toFixed(2)}× at N=${first.n})`,
        figure: `${seconds(first.msPerChapter)} → ${seconds(last.msPerChapter)} per chapter`,
        met: fit.time.linear,
      });
    }
    if (fit.memory) {
      checks.push({
        target: `${fit.mode} peak memory flat (growth ≤ snapshot allowance)`,
        figure: `${mib(fit.memory.growthBytes)} (allowed ${mib(fit.memory.allowedBytes)})`,
        met: fit.memory.flat,
      });
    }
  }
  return checks;
}

/** Issue 20's limits: the walk against the naive player, at Oppia's pace. */
export const PLAY_TARGETS = {
  /** full, no wrong answers ≤ this × naive-full at the same lanes. */
  sameLanes: 1.0,
  /** full-auto ≤ this × naive-full-1. */
  auto: 0.35,
  /** full-auto keeps at least this many CPUs busy on average... */
  busyCpus: 1.6,
  /** ...on a machine with this many (the figure is scaled to others: 0.8 of them). */
  busyOfCpus: 2,
  /** and its peak memory stays under this share of the machine's. */
  memoryShare: 0.6,
  /** Consecutive full-auto walks with no failure and no flaky test. */
  greenAutoRuns: 3,
  /** The accessibility audit adds at most this factor to the full walk's time. */
  audit: 1.25,
  /**
   * "The bench shows [WORKERS=auto] is near the best lane count": full-auto within this factor of
   * the fastest walk with the same settings at a fixed lane count (`--modes lanes`).
   */
  nearBestLanes: 1.1,
} as const;

function broken(run: ModeRun): boolean {
  return run.status === 'timed out' || run.status === 'error';
}

/** The played-lessons targets of one size, for the modes that ran (none without naive-full). */
export function playTargets(size: SizeResult, cpus: number, memoryBytes: number): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const at = `at N=${size.size}`;
  const ratioCheck = (
    target: string,
    run: ModeRun,
    reference: ModeRun,
    limit: number,
  ): TargetCheck => {
    if (broken(run)) return { target, figure: run.status, met: false };
    const ratio = run.timeMs / reference.timeMs;
    const notes = [
      run.status === 'failures' ? `the walk had ${run.problem}` : null,
      ratio <= limit ? null : cpuBound(run, limit * reference.timeMs, cpus),
    ].filter((note): note is string => note !== null);
    return {
      target,
      figure: `${ratio.toFixed(2)}× (${seconds(run.timeMs)} / ${seconds(reference.timeMs)})`,
      met: ratio <= limit,
      ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
    };
  };
  for (const run of size.runs.filter((r) => /^full-\d+-right$/.test(r.mode))) {
    const lanes = parallelismOf(run.mode);
    const naive = playerAt(lanes, size.runs);
    if (!naive) continue;
    checks.push(
      ratioCheck(
        `${run.mode} (WRONG_ANSWER_SHARE=0) ≤ ${PLAY_TARGETS.sameLanes.toFixed(1)}× ${naive.mode} ${at}`,
        run,
        naive,
        PLAY_TARGETS.sameLanes,
      ),
    );
  }
  const auto = size.runs.find((r) => r.mode === 'full-auto');
  const naive1 = playerAt(1, size.runs);
  if (auto && naive1) {
    checks.push(
      ratioCheck(
        `full-auto (${auto.lanes ?? '?'} lanes) ≤ ${PLAY_TARGETS.auto}× ${naive1.mode} ${at}`,
        auto,
        naive1,
        PLAY_TARGETS.auto,
      ),
    );
  }
  if (auto && !broken(auto) && auto.childWallMs > 0 && auto.cpuMs > 0) {
    const busy = auto.cpuMs / auto.childWallMs;
    const wanted = (PLAY_TARGETS.busyCpus / PLAY_TARGETS.busyOfCpus) * (cpus || 2);
    const share = memoryBytes > 0 ? auto.peakRssBytes / memoryBytes : null;
    checks.push({
      target: `full-auto keeps ≥ ${wanted.toFixed(1)} of ${cpus} CPUs busy, peak memory < ${PLAY_TARGETS.memoryShare * 100}% of the machine's ${at}`,
      figure:
        `${busy.toFixed(2)} CPUs busy; peak ${mib(auto.peakRssBytes)}` +
        (share === null ? '' : ` (${(share * 100).toFixed(0)}% of ${mib(memoryBytes)})`),
      met: busy >= wanted && (share === null || share < PLAY_TARGETS.memoryShare),
    });
  }
  const autoRuns = size.runs.filter((r) => r.mode === 'full-auto');
  if (autoRuns.length > 0) {
    const green = autoRuns.filter((r) => r.status === 'ok' && r.flaky === 0).length;
    const enough = autoRuns.length >= PLAY_TARGETS.greenAutoRuns;
    checks.push({
      target: `${PLAY_TARGETS.greenAutoRuns} consecutive full-auto walks pass, none flaky ${at}`,
      figure: `${green} of ${autoRuns.length} green`,
      met: green < autoRuns.length ? false : enough ? true : null,
      ...(enough
        ? {}
        : {
            note: `this run walked ${autoRuns.length}; \`--auto-runs ${PLAY_TARGETS.greenAutoRuns}\` walks enough`,
          }),
    });
  }
  const sweep = size.runs.filter((r) => /^full-\d+$/.test(r.mode) && r.status === 'ok');
  if (auto && !broken(auto) && sweep.length >= 2) {
    const best = sweep.reduce((a, b) => (b.timeMs < a.timeMs ? b : a));
    const ratio = auto.timeMs / best.timeMs;
    checks.push({
      target: `full-auto (${lanesOf(auto)} lanes) ≤ ${PLAY_TARGETS.nearBestLanes}× the fastest of ${sweep.map((r) => r.mode).join(', ')} ${at}`,
      figure: `${ratio.toFixed(2)}× (${seconds(auto.timeMs)} / ${best.mode} ${seconds(best.timeMs)})`,
      met: auto.status === 'ok' && ratio <= PLAY_TARGETS.nearBestLanes,
    });
  }
  const on = size.runs.find((r) => r.mode === 'full-2-right');
  const off = size.runs.find((r) => r.mode === 'full-2-right-noaudit');
  if (on && off) {
    if (broken(on) || broken(off)) {
      checks.push({ target: `the audit's cost ${at}`, figure: 'a run did not end', met: false });
    } else {
      const ratio = on.timeMs / off.timeMs;
      checks.push({
        target: `full-2-right with A11Y=fail ≤ ${PLAY_TARGETS.audit}× with A11Y=off ${at}`,
        figure: `${ratio.toFixed(2)}× (${seconds(on.timeMs)} / ${seconds(off.timeMs)}; CPU ${(on.cpuMs / Math.max(1, off.cpuMs)).toFixed(2)}×)`,
        met: ratio <= PLAY_TARGETS.audit,
      });
    }
  }
  return checks;
}

function usable(run: ModeRun): boolean {
  return run.status === 'ok' || run.status === 'failures';
}

// --- rendering ----------------------------------------------------------------------------

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

function ratio(value: number, reference: number | undefined): string {
  return reference ? `${(value / reference).toFixed(2)}×` : '—';
}

/** CPU time and how many CPUs it kept busy on average over the child's wall time. */
function cpuCell(run: ModeRun): string {
  if (run.cpuMs <= 0 || run.childWallMs <= 0) return '—';
  return `${seconds(run.cpuMs)} (${(run.cpuMs / run.childWallMs).toFixed(1)} busy)`;
}

function mark(met: boolean | null): string {
  return met === null ? '–' : met ? '✓' : '✗';
}

function outcome(run: ModeRun): string {
  if (run.status === 'timed out' || run.status === 'error') return `✗ ${run.problem ?? run.status}`;
  if (run.mode === 'floor') {
    return run.failed > 0
      ? `✗ ${run.failed} of ${run.requests} requests failed`
      : `${run.requests} requests`;
  }
  const what = isLoader(run.mode) ? 'opened' : 'passed';
  let text = `${run.passed}/${run.chapters} ${what}`;
  if (run.flaky > 0) text += `, ${run.flaky} flaky`;
  if (run.pageTests !== null)
    text += `; ${run.pageTests - (run.pageTestsFailed ?? 0)}/${run.pageTests} pages`;
  return run.status === 'failures' ? `✗ ${text} (${run.problem})` : text;
}

/** The Markdown the README keeps: runs, growth, targets, and how the run was made. */
export function renderMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(
    `Command: \`${report.command}\` · ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC · ` +
      `${report.machine.cpus} CPUs, load average ${report.machine.loadAverageAtStart[0]!.toFixed(1)} at start, ` +
      `${report.machine.loadAverageAtEnd[0]!.toFixed(1)} at end · card delay ${report.cardDelayMs ?? 'sandbox default (300)'} ms`,
    '',
  );
  const opening = report.sizes.some((size) => size.runs.some((r) => opensChapters(r.mode)));
  if (opening) {
    lines.push(
      '| N | mode | time | chapters/min | vs naive-1 | vs naive, same lanes | vs floor | peak RSS | CPU time (CPUs busy) | result |',
      '|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
    );
  }
  for (const size of report.sizes) {
    const floor = floorOf(size.runs);
    const baseline = baselineOf(size.runs);
    for (const run of size.runs.filter((r) => opensChapters(r.mode))) {
      const isNaive = run.mode.startsWith('naive');
      const naive = isNaive ? undefined : naiveReference(run.mode, size.runs);
      const failedRun = run.status === 'timed out' || run.status === 'error';
      const perMinute = failedRun ? '—' : ((run.chapters / run.timeMs) * 60_000).toFixed(0);
      const vsBaseline =
        run === baseline ? 'ref' : failedRun ? '—' : ratio(run.timeMs, baseline?.timeMs);
      const vsLanes = isNaive
        ? 'ref'
        : failedRun
          ? '—'
          : `${ratio(run.timeMs, naive?.timeMs)} ${naive?.mode ?? ''}`.trim();
      lines.push(
        `| ${size.size} | ${run.mode} | ${failedRun ? '—' : seconds(run.timeMs)} | ${perMinute} | ` +
          `${vsBaseline} | ${vsLanes} | ` +
          `${run.mode === 'floor' ? '1.00×' : failedRun ? '—' : ratio(run.timeMs, floor?.timeMs)} | ` +
          `${run.peakRssBytes ? mib(run.peakRssBytes) : '—'} | ${cpuCell(run)} | ${outcome(run)} |`,
      );
    }
  }

  if (report.sizes.some((size) => size.runs.some((r) => playsLessons(r.mode)))) {
    if (opening) lines.push('');
    lines.push(...renderPlayed(report));
  }

  lines.push(
    '',
    '| N | chapters | discovery (bench, in-process) | discovery (inside the walk) | snapshot |',
    '|---:|---:|---:|---:|---:|',
  );
  for (const size of report.sizes) {
    const inWalk = size.runs
      .map((r) => r.walkDiscoveryMs)
      .filter((ms): ms is number => ms !== null);
    const [low, high] = [Math.min(...inWalk), Math.max(...inWalk)];
    // The journey prints tenths of a second.
    const walkFigure = inWalk.length
      ? `${(low / 1000).toFixed(1)}${high > low ? `–${(high / 1000).toFixed(1)}` : ''} s`
      : '—';
    lines.push(
      `| ${size.size} | ${size.chapters} | ${seconds(size.discoveryMs)} | ${walkFigure} | ${(size.snapshotBytes / 1024).toFixed(0)} KiB |`,
    );
  }

  if (report.fits.some((f) => f.time.linear !== null)) {
    const ns = report.sizes.map((s) => s.chapters);
    lines.push(
      '',
      `| mode | per-chapter cost (slope) | fixed cost | ${ns.map((n) => `per chapter at N=${n}`).join(' | ')} | linear | peak RSS growth | memory flat |`,
      `|---|---:|---:|${ns.map(() => '---:|').join('')}:---:|---:|:---:|`,
    );
    for (const fit of report.fits.filter((f) => f.time.linear !== null)) {
      const at = ns.map((n) => {
        const average = fit.time.averages.find((a) => a.n === n);
        return average ? seconds(average.msPerChapter) : '—';
      });
      lines.push(
        `| ${fit.mode} | ${seconds(fit.time.perChapterMs)} | ${seconds(fit.time.fixedMs)} | ${at.join(' | ')} | ` +
          `${mark(fit.time.linear)} | ${fit.memory ? `${mib(fit.memory.growthBytes)} (≤ ${mib(fit.memory.allowedBytes)})` : '—'} | ` +
          `${mark(fit.memory?.flat ?? null)} |`,
      );
    }
  }

  if (report.targets.length > 0) {
    lines.push('', '| target | figure | met |', '|---|---|:---:|');
    for (const check of report.targets) {
      lines.push(
        `| ${check.target} | ${check.figure}${check.note ? ` — ${check.note}` : ''} | ${mark(check.met)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The played lessons: every full walk and naive player run, with its lanes, its cards, its CPU per
 * card and how it compares with the naive player at one lane and at its own.
 */
function renderPlayed(report: BenchReport): string[] {
  const lines = [
    '| N | mode | lanes | time | chapters/min | cards | CPU per card | of which pages / Chromium / node | vs naive-full-1 | vs naive-full, same lanes | peak RSS | CPU time (CPUs busy) | result |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const size of report.sizes) {
    const naive1 = playerAt(1, size.runs);
    for (const run of size.runs.filter((r) => playsLessons(r.mode))) {
      const failedRun = broken(run);
      const same = isPlayer(run.mode) ? undefined : playerAt(lanesOf(run), size.runs);
      const perMinute = failedRun ? '—' : ((run.chapters / run.timeMs) * 60_000).toFixed(1);
      const cpuPerCard =
        run.cards && run.cpuMs > 0 ? `${(run.cpuMs / run.cards).toFixed(0)} ms` : '—';
      const memoryShare =
        run.peakRssBytes && report.machine.memoryBytes
          ? ` (${((run.peakRssBytes / report.machine.memoryBytes) * 100).toFixed(0)}%)`
          : '';
      const vsSame = isPlayer(run.mode)
        ? 'ref'
        : failedRun
          ? '—'
          : `${ratio(run.timeMs, same?.timeMs)} ${same?.mode ?? ''}`.trim();
      lines.push(
        `| ${size.size} | ${run.mode} | ${lanesOf(run)} | ${failedRun ? '—' : seconds(run.timeMs)} | ${perMinute} | ` +
          `${run.cards ?? '—'} | ${cpuPerCard} | ${perCardByKind(run)} | ` +
          `${run === naive1 ? 'ref' : failedRun ? '—' : ratio(run.timeMs, naive1?.timeMs)} | ${vsSame} | ` +
          `${run.peakRssBytes ? `${mib(run.peakRssBytes)}${memoryShare}` : '—'} | ${cpuCell(run)} | ${played(run)} |`,
      );
    }
  }
  return lines;
}

/** CPU per card in the pages (renderers), the rest of Chromium and node, in ms. */
function perCardByKind(run: ModeRun): string {
  const kinds = run.cpuMsByKind;
  if (!run.cards || !kinds) return '—';
  const per = (ms: number) => (ms / run.cards!).toFixed(0);
  return `${per(kinds.renderer)} / ${per(kinds.chromium)} / ${per(kinds.node)} ms`;
}

function played(run: ModeRun): string {
  if (broken(run)) return `✗ ${run.problem ?? run.status}`;
  const what = isPlayer(run.mode) ? 'played' : 'passed';
  let text = `${run.passed}/${run.chapters} ${what}`;
  if (run.flaky > 0) text += `, ${run.flaky} flaky`;
  if (run.pageTests !== null)
    text += `; ${run.pageTests - (run.pageTestsFailed ?? 0)}/${run.pageTests} pages`;
  return run.status === 'failures' ? `✗ ${text} (${run.problem})` : text;
}
