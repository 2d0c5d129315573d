import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inheritedEnv } from '../../config';
import { FAILURE_CATEGORIES } from '../../reporting/categories';
import { evaluateGate, formatVerdict } from '../../scripts/ci/quality-gate';
import { parseSummary } from '../../reporting/summary-schema';
import { planTrackingIssue } from '../../scripts/ci/tracking-issue';
import { runWalk, type AllureResult, type WalkRun } from './walk-runner';

/**
 * Issue 17, as a reader meets it: the incident's chapters read as the learner's path (one step per
 * card, nothing that reads as a failure when it passed, no internal metadata), in story order; a
 * known-failures entry turns Place Values chapter 1 into a known failure that the gate and the
 * tracking issue keep apart, and into "fixed" on the healthy sandbox; a malformed file stops the
 * walk before any browser starts; and a chapter made slow by a sandbox scenario gets a timing
 * warning against a history of healthy runs, and no other chapter does.
 */
const CHAPTER_1 = 'K645IfRNzpKy'; // Place Values, "What are the Place Values?"
const WALK = { TOPICS: 'place-values', DEPTH: 'full', PROJECTS: 'desktop', WORKERS: '2' } as const;
const dir = resolve('test-results', 'self', 'report-inputs');

function knownFile(name: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const ENTRY = `- chapter: ${CHAPTER_1}
  category: server-error
  bug: https://github.com/oppia/oppia/issues/20000
  reason: the incident's HTTP 500 on chapter 1
`;

interface Step {
  name: string;
  status?: string;
  steps?: Step[];
}

const allSteps = (steps: Step[] = []): Step[] => steps.flatMap((s) => [s, ...allSteps(s.steps)]);
const chapterResults = (run: WalkRun): AllureResult[] =>
  run.allureResults.filter((r) => r.name.startsWith('Chapter '));

test.describe.configure({ mode: 'serial' });

test('a malformed known-failures file stops the walk before any browser starts, naming line and field', async () => {
  const file = knownFile('malformed.yaml', `${ENTRY}- chapter: Knvx24p24qPO\n  category: server\n`);
  const run = await runWalk('report-malformed', { ...WALK, KNOWN_FAILURES: file }, 60_000);
  expect(run.exitCode).toBe(2);
  expect(run.output).toContain(`${file} line 6: field "category" must be one of`);
  expect(run.output).not.toContain('Target ');
  expect(run.summary).toBeNull();
});

test('incident: cards as steps, story order, known chapter 1 apart from 2, 4 and 5 in summary, gate and tracking issue', async () => {
  test.setTimeout(600_000);
  const run = await runWalk(
    'report-incident',
    {
      ...WALK,
      SANDBOX_SCENARIO: 'place-values-500',
      KNOWN_FAILURES: knownFile('incident.yaml', ENTRY),
    },
    540_000,
  );
  expect(run.summary, run.output.slice(-3000)).not.toBeNull();
  const summary = parseSummary(run.summary, 'summary.json');
  const failed = summary.chapters.filter((c) => c.status === 'failed');
  expect(failed.map((c) => [c.number, c.known ? 'known' : 'failed'])).toEqual([
    [1, 'known'],
    [2, 'failed'],
    [4, 'failed'],
    [5, 'failed'],
  ]);
  expect(summary.totals).toMatchObject({ failed: 4, known: 1 });
  expect(summary.knownFailures?.known.map((k) => k.chapter)).toEqual([CHAPTER_1]);

  // The body: per failed chapter no more top-level steps than cards + 6; no passed step titled
  // like a failure; no step carrying the journey metadata.
  const labels = Object.values(FAILURE_CATEGORIES);
  for (const result of chapterResults(run)) {
    const top = (result.steps ?? []) as Step[];
    const cards = top.filter((s) => /^Card \d+ · /.test(s.name)).length;
    const failedChapter = result.status !== 'passed';
    expect(
      failedChapter ? top.length : 0,
      `${result.name}: ${top.map((s) => s.name).join(' | ')}`,
    ).toBeLessThanOrEqual(cards + 6);
    const steps = allSteps(top);
    const misleading = steps.filter(
      (s) => s.status === 'passed' && labels.some((label) => s.name.startsWith(label)),
    );
    expect(
      misleading.map((s) => s.name),
      result.name,
    ).toEqual([]);
    expect(
      steps
        .filter((s) => /oppia-journey|"kind":"chapter"|allure\.label/.test(s.name))
        .map((s) => s.name),
      result.name,
    ).toEqual([]);
  }
  const passed = chapterResults(run).find((r) => r.status === 'passed');
  const cardTitles = ((passed?.steps ?? []) as Step[])
    .map((s) => s.name)
    .filter((n) => n.startsWith('Card '));
  expect(cardTitles.length).toBeGreaterThan(3);
  for (const title of cardTitles)
    expect(title).toMatch(/^Card \d+ · \w+ · '.+' · .+ → .+ · \d+\.\d s$/);

  // Story order: the report's names sort as the story orders its chapters; summary.md too.
  const names = chapterResults(run).map((r) => r.name);
  expect([...names].sort((a, b) => a.localeCompare(b))).toEqual([
    'Chapter 01: What are the Place Values?',
    'Chapter 02: Finding the Value of a Number',
    'Chapter 03: Comparing Numbers',
    'Chapter 04: Rounding Numbers to a Given Place',
    'Chapter 05: Reading Really Big Numbers',
  ]);
  const markdown = await import('node:fs').then((fs) =>
    fs.readFileSync(join(run.dir, 'reports', 'summary.md'), 'utf8'),
  );
  const order = ['Chapter 2:', 'Chapter 4:', 'Chapter 5:'].map((c) => markdown.indexOf(c));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(markdown).toMatch(
    /Known failures \(1\)[^\n]*\n\n\| Where [^\n]*\n[^\n]*\n\| \[[^\n]*Chapter 1: What are the Place Values\? \\\[desktop\\\]\]/,
  );

  // The gate fails on 2, 4 and 5 only; chapter 1 is listed as known.
  const verdict = evaluateGate({ summary, minChapters: 5 });
  expect(verdict.passed).toBe(false);
  expect(verdict.reasons).toHaveLength(1);
  expect(verdict.reasons[0]).toMatch(/^3 chapter\(s\) failed:/);
  expect(verdict.reasons[0]).not.toContain('Chapter 1:');
  expect(verdict.known).toEqual([expect.stringContaining('Chapter 1: What are the Place Values?')]);
  expect(formatVerdict(verdict, summary)).toContain('known failures, not counted');

  // The tracking issue: new failures first, chapter 1 under "Known failures".
  const plan = planTrackingIssue({ summary, openIssue: null, runUrl: 'https://ci.example/run/1' });
  expect(plan.action).toBe('open');
  const [news, known] = plan.body.split('### Known failures');
  expect(news).toContain('Chapter 2: Finding the Value of a Number');
  expect(news).not.toContain('Chapter 1: What are the Place Values?');
  expect(known).toContain('Chapter 1: What are the Place Values?');
  expect(known).toContain('https://github.com/oppia/oppia/issues/20000');
});

test('healthy sandbox: the same entry is reported as fixed', async () => {
  test.setTimeout(600_000);
  const run = await runWalk(
    'report-healthy',
    { ...WALK, KNOWN_FAILURES: knownFile('healthy.yaml', ENTRY) },
    540_000,
  );
  const summary = parseSummary(run.summary, 'summary.json');
  expect(summary.totals).toMatchObject({ chapters: 5, passed: 5, failed: 0, known: 0 });
  expect(summary.knownFailures).toEqual({
    known: [],
    expired: [],
    fixed: [
      expect.objectContaining({
        chapter: CHAPTER_1,
        bug: 'https://github.com/oppia/oppia/issues/20000',
      }),
    ],
  });
  const plan = planTrackingIssue({ summary, openIssue: 7, runUrl: 'https://ci.example/run/2' });
  expect(plan.action).toBe('close');
  // Every chapter records its timing for the history the next test compares against.
  for (const chapter of summary.chapters) {
    expect(chapter['timing'], chapter.title).toMatchObject({ firstCardMs: expect.any(Number) });
    expect(chapter.timingWarning).toBeUndefined();
  }
});

test('slow-first-card: a timing warning on the slowed chapter against healthy history, on nothing else', async () => {
  test.setTimeout(600_000);
  // History of healthy runs: the healthy walk above, reported three times into one history file
  // by the real `npm run report` (Allure 3 appends one line per report).
  const history = join(dir, 'history.jsonl');
  writeFileSync(history, '');
  for (let i = 0; i < 3; i++) {
    const report = spawnSync('npx', ['tsx', 'scripts/report.ts'], {
      env: inheritedEnv({
        ALLURE_RESULTS_DIR: resolve('test-results', 'self', 'report-healthy', 'allure-results'),
        ALLURE_HISTORY_PATH: history,
        KNOWN_FAILURES: knownFile('none.yaml', '[]\n'),
      }),
      encoding: 'utf8',
    });
    expect(report.status, report.stderr).toBe(0);
  }
  const run = await runWalk(
    'report-slow',
    { ...WALK, SANDBOX_SCENARIO: 'slow-first-card', ALLURE_HISTORY_PATH: history },
    540_000,
  );
  const summary = parseSummary(run.summary, 'summary.json');
  expect(summary.totals).toMatchObject({ chapters: 5, passed: 5, timingWarnings: 1 });
  const warned = summary.chapters.filter((c) => c.timingWarning);
  expect(warned.map((c) => c.number)).toEqual([2]);
  expect(warned[0]?.timingWarning).toMatch(
    /^Timing warning: time to first card \d+\.\d s is \d+\.\d× its recent median/,
  );
  const slowResult = chapterResults(run).find((r) => r.name.startsWith('Chapter 02'));
  expect(slowResult?.labels).toContainEqual({ name: 'tag', value: 'timing-warning' });
  expect(
    chapterResults(run)
      .filter((r) => !r.name.startsWith('Chapter 02'))
      .flatMap((r) => r.labels.filter((l) => l.value === 'timing-warning')),
  ).toEqual([]);
});
