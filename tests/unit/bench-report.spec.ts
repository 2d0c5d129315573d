import { expect, test } from '@playwright/test';
import type { Mode } from '../../tools/bench/args';
import {
  checkTargets,
  cpuBound,
  fitModes,
  baselineOf,
  naiveReference,
  parallelismOf,
  playTargets,
  renderMarkdown,
  type BenchReport,
  type ModeRun,
  type SizeResult,
} from '../../tools/bench/report';
import { walkDiscoveryMs } from '../../tools/bench/modes';
import { kindOf } from '../../tools/bench/process-tree';

const MiB = 2 ** 20;

function run(mode: Mode, timeMs: number, extra: Partial<ModeRun> = {}): ModeRun {
  const walk = mode.startsWith('smoke') || mode.startsWith('full');
  return {
    mode,
    timeMs,
    childWallMs: timeMs,
    workMs: null,
    chapters: 100,
    passed: 100,
    failed: 0,
    flaky: 0,
    skipped: 0,
    pageTests: walk ? 20 : null,
    pageTestsFailed: walk ? 0 : null,
    requests: mode === 'floor' ? 1500 : null,
    status: 'ok',
    problem: null,
    exitCode: 0,
    peakRssBytes: 500 * MiB,
    processesAtPeak: 9,
    cpuMs: timeMs,
    walkDiscoveryMs: walk ? 300 : null,
    logFile: `/tmp/${mode}.log`,
    ...extra,
  };
}

function size(n: number, scale: number, runs: ModeRun[]): SizeResult {
  return {
    size: n,
    chapters: n,
    discoveryMs: 100 + n,
    snapshotBytes: n * 400,
    runs: runs.map((r) => ({
      ...r,
      chapters: n,
      passed: r.passed === 100 ? n : r.passed,
      timeMs: r.timeMs * scale,
      childWallMs: r.childWallMs * scale,
      cpuMs: r.cpuMs * scale,
    })),
  };
}

const small = size(100, 1, [
  run('naive-1', 60_000),
  run('naive-2', 40_000),
  run('floor', 5_000),
  run('smoke-2', 18_000),
  run('full-2', 44_000, {
    status: 'failures',
    problem: '2 failed chapters',
    passed: 98,
    failed: 2,
  }),
]);
const large = size(500, 5, [
  run('naive-1', 60_000),
  run('naive-2', 40_000),
  run('floor', 5_000),
  run('smoke-2', 18_000),
  run('full-2', 0, { status: 'timed out', problem: 'timed out', peakRssBytes: 900 * MiB }),
]);

function reportOf(
  sizes: SizeResult[],
  command: string,
  loadAverageAtStart: number[],
  loadAverageAtEnd = loadAverageAtStart,
): BenchReport {
  const fits = fitModes(sizes);
  return {
    startedAt: '2026-05-01T10:00:00.000Z',
    finishedAt: '2026-05-01T11:00:00.000Z',
    command,
    machine: { cpus: 2, loadAverageAtStart, loadAverageAtEnd, memoryBytes: 1 },
    cardDelayMs: null,
    sizes,
    fits,
    targets: checkTargets(sizes, fits),
  };
}

test.describe('bench report', () => {
  test('a walk mode is also compared with the naive run with the most lanes it has', () => {
    expect(naiveReference('smoke-2', small.runs)?.mode).toBe('naive-2');
    expect(naiveReference('full-4', small.runs)?.mode).toBe('naive-2');
    expect(naiveReference('full-1', small.runs)?.mode).toBe('naive-1');
    expect(naiveReference('full-2', [run('naive-1', 1)])?.mode).toBe('naive-1');
    expect(naiveReference('full-2', [run('naive-2', 1, { status: 'timed out' })])).toBeUndefined();
    expect(parallelismOf('full-4')).toBe(4);
    expect(parallelismOf('floor')).toBe(1);
  });

  test("the issue's baseline is naive-1, or the closest naive run when it did not run", () => {
    expect(baselineOf(small.runs)?.mode).toBe('naive-1');
    expect(baselineOf([run('naive-2', 1)])?.mode).toBe('naive-2');
    expect(baselineOf([run('naive-1', 1, { status: 'error' })])).toBeUndefined();
  });

  test('targets: ratios per size, failures noted, timeouts unmet, discovery scaled to 1000', () => {
    const sizes = [small, large];
    const targets = checkTargets(sizes, fitModes(sizes));
    expect(targets).toContainEqual({
      target: 'smoke-2 ≤ 0.5× naive-1 at N=100',
      figure: '0.30× (0.45× naive-2)',
      met: true,
    });
    expect(targets).toContainEqual({
      target: 'full-2 ≤ 1.0× naive-1 at N=100',
      figure: '0.73× (1.10× naive-2)',
      met: true,
      note: 'the walk had 2 failed chapters',
    });
    expect(targets).toContainEqual({
      target: 'full-2 ≤ 1.0× naive-1 at N=500',
      figure: 'timed out',
      met: false,
    });
    expect(targets).toContainEqual({
      target: 'discovery < 5 s at N=1000',
      // 600 ms for 500 chapters, in proportion.
      figure: '≈ 1.20 s (scaled from N=500)',
      met: true,
    });
    expect(targets).toContainEqual({
      target: 'smoke-2 grows linearly (per chapter at N=500 ≤ 1.15× at N=100)',
      figure: '0.18 s → 0.18 s per chapter',
      met: true,
    });
    // A mode measured at one size only (full-2 timed out at 500) has no growth to judge.
    expect(targets.some((t) => t.target.startsWith('full-2 grows'))).toBe(false);
  });

  test('discovery at 1000 chapters or more is judged as measured', () => {
    expect(checkTargets([size(1000, 1, [])], [])).toEqual([
      { target: 'discovery < 5 s at N=1000', figure: '1.10 s', met: true },
    ]);
    expect(checkTargets([{ ...size(2000, 1, []), discoveryMs: 5_000 }], [])).toEqual([
      { target: 'discovery < 5 s at N=2000', figure: '5.00 s', met: false },
    ]);
  });

  test("the walk's own discovery figure is read from its output", () => {
    const output =
      'Run 1 · seed 1\nTarget http://127.0.0.1:4180\n' +
      'Discovered 5 classrooms, 40 topics, 180 stories, 1000 chapters in 1.3 s; 0 problems\n';
    expect(walkDiscoveryMs(output)).toBe(1_300);
    expect(walkDiscoveryMs('Target unreachable: ...')).toBeNull();
  });

  test("a session run (the walk's page reuse without its runner) is a loader, not a walk", () => {
    const runs = [run('naive-1', 60_000), run('naive-2', 40_000), run('session-2', 20_000)];
    const sizes = [size(100, 1, runs), size(500, 5, runs)];
    expect(naiveReference('session-2', runs)?.mode).toBe('naive-2');
    expect(baselineOf(runs)?.mode).toBe('naive-1');
    // No target is judged on it, and its memory allowance counts one process, as the naive runs'.
    expect(
      checkTargets(sizes, fitModes(sizes))
        .map((t) => t.target)
        .join('\n'),
    ).not.toContain('session');
    const fit = fitModes(sizes).find((f) => f.mode === 'session-2');
    const naiveFit = fitModes(sizes).find((f) => f.mode === 'naive-2');
    expect(fit?.memory?.allowedBytes).toBe(naiveFit?.memory?.allowedBytes);
    const report = reportOf(sizes.slice(0, 1), 'npm run bench', [1, 1, 1]);
    expect(renderMarkdown(report).split('\n')).toContain(
      '| 100 | session-2 | 20.0 s | 300 | 0.33× | 0.50× naive-2 | — | 500 MiB | 20.0 s (1.0 busy) | 100/100 opened |',
    );
  });

  test('an unmet time target says when the CPU time alone rules it out on this machine', () => {
    const runs = [
      run('naive-1', 60_000),
      // 200 s of CPU on 2 CPUs cannot take less than 100 s: over full's limit (1.0 × 60 s).
      run('full-2', 120_000, { cpuMs: 200_000 }),
      // 100 s of CPU could fit in 50 s: the time is lost elsewhere (waiting), so no CPU note.
      run('full-4', 120_000, { cpuMs: 100_000 }),
      // Met: nothing to explain, whatever its CPU time.
      run('smoke-2', 20_000, { cpuMs: 300_000 }),
    ];
    const sizes = [size(100, 1, runs)];
    const targets = checkTargets(sizes, fitModes(sizes), 2);
    expect(targets).toContainEqual({
      target: 'full-2 ≤ 1.0× naive-1 at N=100',
      figure: '2.00×',
      met: false,
      note:
        'CPU-bound: its 200.0 s of CPU time over 2 CPUs alone take 100.0 s, over the ' +
        "limit's 60.0 s; at this CPU cost it needs at least 4 CPUs",
    });
    expect(targets).toContainEqual({
      target: 'full-4 ≤ 1.0× naive-1 at N=100',
      figure: '2.00×',
      met: false,
    });
    expect(targets).toContainEqual({
      target: 'smoke-2 ≤ 0.5× naive-1 at N=100',
      figure: '0.33×',
      met: true,
    });
    // Without the machine's CPU count (or a CPU time) nothing is claimed.
    expect(checkTargets(sizes, fitModes(sizes)).some((t) => t.note)).toBe(false);
    expect(cpuBound(run('full-2', 120_000, { cpuMs: 0 }), 60_000, 2)).toBeNull();
  });

  test('memory growth beyond the snapshot allowance is not flat', () => {
    const grown = size(500, 5, [run('smoke-2', 18_000, { peakRssBytes: 800 * MiB })]);
    const [fit] = fitModes([size(100, 1, [run('smoke-2', 18_000)]), grown]);
    expect(fit?.memory?.flat).toBe(false);
    expect(
      checkTargets([grown], fitModes([size(100, 1, [run('smoke-2', 18_000)]), grown])),
    ).toContainEqual(
      expect.objectContaining({
        target: 'smoke-2 peak memory flat (growth ≤ snapshot allowance)',
        met: false,
      }),
    );
  });

  test('the Markdown table: every run, marked failures, discovery, growth and targets', () => {
    const sizes = [small, large];
    const report = reportOf(sizes, 'npm run bench -- --quick', [3.21, 1, 1], [4.5, 1, 1]);
    const markdown = renderMarkdown(report);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe(
      'Command: `npm run bench -- --quick` · 2026-05-01 10:00 UTC · 2 CPUs, load average 3.2 at start, ' +
        '4.5 at end · card delay sandbox default (300) ms',
    );
    expect(lines).toContain(
      '| N | mode | time | chapters/min | vs naive-1 | vs naive, same lanes | vs floor | peak RSS | CPU time (CPUs busy) | result |',
    );
    expect(lines).toContain(
      '| 100 | naive-1 | 60.0 s | 100 | ref | ref | 12.00× | 500 MiB | 60.0 s (1.0 busy) | 100/100 opened |',
    );
    expect(lines).toContain(
      '| 100 | floor | 5.00 s | 1200 | 0.08× | 0.08× naive-1 | 1.00× | 500 MiB | 5.00 s (1.0 busy) | 1500 requests |',
    );
    expect(lines).toContain(
      '| 100 | smoke-2 | 18.0 s | 333 | 0.30× | 0.45× naive-2 | 3.60× | 500 MiB | 18.0 s (1.0 busy) | 100/100 passed; 20/20 pages |',
    );
    expect(lines).toContain(
      '| 100 | full-2 | 44.0 s | 136 | 0.73× | 1.10× naive-2 | 8.80× | 500 MiB | 44.0 s (1.0 busy) | ✗ 98/100 passed; 20/20 pages (2 failed chapters) |',
    );
    expect(lines).toContain('| 500 | full-2 | — | — | — | — | — | 900 MiB | — | ✗ timed out |');
    expect(lines).toContain('| 500 | 500 | 0.60 s | 0.3 s | 195 KiB |');
    expect(lines).toContain(
      '| smoke-2 | 0.18 s | 0.00 s | 0.18 s | 0.18 s | ✓ | 0 MiB (≤ 30 MiB) | ✓ |',
    );
    expect(lines).toContain(
      '| full-2 ≤ 1.0× naive-1 at N=100 | 0.73× (1.10× naive-2) — the walk had 2 failed chapters | ✓ |',
    );
    expect(markdown.endsWith('\n')).toBe(true);
  });
});

test.describe('bench report: played lessons', () => {
  const GiB = 2 ** 30;
  const played = (mode: Mode, timeMs: number, extra: Partial<ModeRun> = {}) =>
    run(mode, timeMs, { chapters: 24, passed: 24, cards: 576, ...extra });

  test('the targets: same lanes, auto against one lane, CPUs busy and memory, green auto walks, the audit', () => {
    const lessons = size(24, 1, [
      played('naive-full-1', 1000_000, { pageTests: null, pageTestsFailed: null }),
      played('naive-full-2', 500_000, { pageTests: null, pageTestsFailed: null }),
      played('full-2-right', 450_000, { cpuMs: 400_000 }),
      played('full-2-right-noaudit', 400_000),
      played('full-auto', 300_000, { lanes: 6, cpuMs: 510_000, peakRssBytes: 8 * GiB }),
    ]);
    const checks = playTargets(lessons, 2, 24 * GiB);
    expect(checks.map((c) => [c.target, c.figure, c.met])).toEqual([
      [
        'full-2-right (WRONG_ANSWER_SHARE=0) ≤ 1.0× naive-full-2 at N=24',
        '0.90× (450.0 s / 500.0 s)',
        true,
      ],
      ['full-auto (6 lanes) ≤ 0.35× naive-full-1 at N=24', '0.30× (300.0 s / 1000.0 s)', true],
      [
        "full-auto keeps ≥ 1.6 of 2 CPUs busy, peak memory < 60% of the machine's at N=24",
        '1.70 CPUs busy; peak 8192 MiB (33% of 24576 MiB)',
        true,
      ],
      ['3 consecutive full-auto walks pass, none flaky at N=24', '1 of 1 green', null],
      [
        'full-2-right with A11Y=fail ≤ 1.25× with A11Y=off at N=24',
        '1.13× (450.0 s / 400.0 s; CPU 1.00×)',
        true,
      ],
    ]);
  });

  test('the lane sweep: WORKERS=auto against the fastest walk at a fixed lane count', () => {
    const lessons = size(8, 1, [
      played('full-2', 200_000),
      played('full-4', 120_000),
      played('full-6', 100_000),
      played('full-8', 104_000, { status: 'failures', problem: '1 failed chapter' }),
      played('full-auto', 105_000, { lanes: 6 }),
    ]);
    const near = playTargets(lessons, 2, 24 * GiB).find((c) => c.target.includes('fastest'));
    expect(near).toMatchObject({
      target: 'full-auto (6 lanes) ≤ 1.1× the fastest of full-2, full-4, full-6 at N=8',
      figure: '1.05× (105.0 s / full-6 100.0 s)',
      met: true,
    });
    lessons.runs[4] = played('full-auto', 150_000, { lanes: 3 });
    expect(playTargets(lessons, 2, 24 * GiB).find((c) => c.target.includes('fastest'))?.met).toBe(
      false,
    );
  });

  test('a slower walk, a failed auto walk and a costly audit are not met', () => {
    const lessons = size(24, 1, [
      played('naive-full-2', 500_000),
      played('full-2-right', 700_000),
      played('full-2-right-noaudit', 500_000),
      played('full-auto', 300_000, { status: 'failures', problem: '1 failed chapter' }),
    ]);
    const checks = playTargets(lessons, 2, 24 * GiB);
    expect(checks.find((c) => c.target.startsWith('full-2-right (W'))?.met).toBe(false);
    expect(checks.find((c) => c.target.startsWith('3 consecutive'))).toMatchObject({
      figure: '0 of 1 green',
      met: false,
    });
    expect(checks.find((c) => c.target.includes('A11Y=fail'))?.met).toBe(false);
  });

  test('process kinds for the CPU breakdown', () => {
    expect(kindOf('/usr/lib/chromium/chromium\0--type=renderer\0--lang=en')).toBe('renderer');
    expect(kindOf('/usr/lib/chromium/chromium --type=renderer --lang=en\0\0')).toBe('renderer');
    expect(kindOf('/usr/lib/chromium/chromium\0--type=gpu-process')).toBe('chromium');
    expect(kindOf('/usr/lib/chromium/chromium\0--headless')).toBe('chromium');
    expect(kindOf('node\0/work/node_modules/.bin/playwright\0test')).toBe('node');
    expect(kindOf(null)).toBeNull();
  });
});
