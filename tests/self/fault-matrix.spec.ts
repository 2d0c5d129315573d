import { expect, test } from '@playwright/test';
import {
  startSandbox,
  SCENARIO_NAMES,
  type RunningSandbox,
  type ScenarioBreaks,
} from '../../sandbox/server';
import {
  categoryOfMessage,
  withoutErrorName,
  type FailureCategory,
} from '../../reporting/categories';
import type { ChapterOutcome, PageOutcome } from '../../reporting/summary-schema';
import {
  attachmentsOf,
  attachmentText,
  MATRIX_ROW_PREFIX,
  runWalk,
  sandboxEvents,
} from './walk-runner';

/**
 * The fault-detection matrix: for every sandbox fault scenario, the real walk (`npm run journey`,
 * as a child process) against a sandbox in that scenario must fail exactly the chapters and pages
 * the scenario breaks (precision and recall 100%), each with the expected category, a screenshot
 * and an HTTP log whose first failing request is the faulty one.
 */
const SANDBOX_TO_SUITE: Record<
  NonNullable<ScenarioBreaks['category']>,
  FailureCategory | 'flaky'
> = {
  'server-error': 'server-error',
  'client-error': 'client-error',
  'schema-drift': 'schema-drift',
  'front-end-exception': 'front-end-exception',
  slow: 'slow',
  'dead-end': 'dead-end',
  asset: 'broken-asset',
  flaky: 'flaky',
  unreachable: 'unreachable',
  accessibility: 'accessibility',
};

/** Scenarios with their own dedicated tests below. */
// slow-first-card breaks nothing (its chapter is only slow): tests/self/report.spec.ts walks it.
const SPECIAL = new Set(['healthy', 'site-down', 'slow-first-card']);
const FAULTS = SCENARIO_NAMES.filter((name) => !SPECIAL.has(name));

interface Scenario {
  name: string;
  description: string;
  breaks: ScenarioBreaks;
}

async function describeScenario(sandbox: RunningSandbox, name: string): Promise<Scenario> {
  const all = (await (await fetch(`${sandbox.url}/_sandbox/scenarios`)).json()) as Scenario[];
  const found = all.find((s) => s.name === name);
  if (!found) throw new Error(`the sandbox does not list scenario ${name}`);
  return found;
}

const pathOf = (url: string): string => new URL(url).pathname;
const pageKey = (p: { kind: string; classroom: string; topic?: string; story?: string }): string =>
  p.kind === 'classroom'
    ? `/learn/${p.classroom}`
    : p.kind === 'topic'
      ? `/learn/${p.classroom}/${p.topic}`
      : `/learn/${p.classroom}/${p.topic}/story/${p.story}`;

/**
 * One row of the matrix table (scenario | expected | found), printed as the test runs; `npm test`
 * gathers the rows into one table at the end.
 */
const table = {
  push(row: string): void {
    console.log(`${MATRIX_ROW_PREFIX}${row}`);
  },
};

test.describe.configure({ mode: 'parallel' });

/**
 * The designs a scenario is proven under. `classic` walks the broken topics plus one untouched
 * topic (precision on a whole topic); `both designs` serves `new_lesson_player` and
 * `redesigned_topic_viewer_page` and, to stay cheap, walks less (`designsWalkFilter`): precision is
 * then the unbroken chapters and pages it does walk, and the healthy walks of each design prove the
 * rest (docs/oppia-redesigns-checked.md).
 */
interface Design {
  label: string;
  flags: string[];
  control: boolean;
}
const CLASSIC: Design = { label: '', flags: [], control: true };
const BOTH_DESIGNS: Design = {
  label: ' (both designs)',
  flags: ['new_lesson_player', 'redesigned_topic_viewer_page'],
  control: false,
};

/** A sandbox JSON handler's body (after Oppia's XSSI prefix). */
async function oppiaJson<T>(sandbox: RunningSandbox, path: string): Promise<T> {
  const text = await (await fetch(`${sandbox.url}${path}`)).text();
  return JSON.parse(text.replace(/^\)\]\}'\n?/, '')) as T;
}

/** A story's chapters (exploration ids), in order. */
async function storyChapters(
  sandbox: RunningSandbox,
  classroom: string,
  topic: string,
  story: string,
): Promise<string[]> {
  const data = await oppiaJson<{ story_nodes: Array<{ exploration_id: string }> }>(
    sandbox,
    `/story_data_handler/${classroom}/${topic}/${story}`,
  );
  return data.story_nodes.map((n) => n.exploration_id);
}

/**
 * The cheap walk of a scenario under the designs. Chapters: one victim per broken topic (all of
 * them for place-values-500, the incident the issue names whole, and for an accessibility scenario,
 * whose victims each break a different rule in a different place), plus one unbroken chapter of the
 * first victim's story for precision. A scenario that breaks only pages walks the first chapter of
 * an untouched topic besides, so that the classroom and its topics are discovered at all.
 */
async function designsWalkFilter(
  sandbox: RunningSandbox,
  name: string,
  breaks: ScenarioBreaks,
  brokenTopics: Set<string>,
): Promise<{ TOPICS: string; CHAPTERS: string }> {
  // The content is read while the sandbox is healthy (a scenario may break the very handlers read
  // here), then the scenario is switched back on, fresh, before the walk.
  const use = (scenario: string) =>
    fetch(`${sandbox.url}/_sandbox/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: scenario }),
    });
  await use('healthy');
  try {
    return await chaptersToWalk(sandbox, name, breaks, brokenTopics);
  } finally {
    await use(name);
  }
}

async function chaptersToWalk(
  sandbox: RunningSandbox,
  name: string,
  breaks: ScenarioBreaks,
  brokenTopics: Set<string>,
): Promise<{ TOPICS: string; CHAPTERS: string }> {
  const topics = [...brokenTopics];
  if (breaks.chapters.length === 0) {
    const classroom = breaks.pages[0]!.classroom;
    const control = ['fractions', 'ratios', 'division'].find((t) => !brokenTopics.has(t))!;
    const topic = await oppiaJson<{ canonical_story_dicts: Array<{ url_fragment: string }> }>(
      sandbox,
      `/topic_data_handler/${classroom}/${control}`,
    );
    const story = topic.canonical_story_dicts[0]!.url_fragment;
    const [chapter] = await storyChapters(sandbox, classroom, control, story);
    return { TOPICS: [...topics, control].join(','), CHAPTERS: chapter! };
  }
  const all = breaks.chapters.map((c) => c.explorationId);
  const victims =
    name === 'place-values-500' || breaks.category === 'accessibility'
      ? all
      : topics.flatMap((t) => breaks.chapters.find((c) => c.topic === t)?.explorationId ?? []);
  const first = breaks.chapters[0]!;
  const story = await storyChapters(sandbox, first.classroom, first.topic, first.story);
  const neighbour = story.find((id) => !all.includes(id));
  return { TOPICS: topics.join(','), CHAPTERS: [...victims, neighbour].filter(Boolean).join(',') };
}

function proveScenario(name: string, design: Design): void {
  test(`${name}${design.label}: the walk fails exactly what the scenario breaks, with evidence`, async () => {
    const sandbox = await startSandbox({ scenario: name, quiet: true, flags: design.flags });
    try {
      const scenario = await describeScenario(sandbox, name);
      const breaks = scenario.breaks;
      expect(breaks.category, `${name} must break something`).not.toBeNull();
      // Walk the broken topics plus one untouched topic, to prove precision without walking everything.
      const brokenTopics = new Set([
        ...breaks.chapters.map((c) => c.topic),
        ...breaks.pages.flatMap((p) => (p.topic ? [p.topic] : [])),
      ]);
      const control = ['fractions', 'ratios', 'division'].find((t) => !brokenTopics.has(t));
      const filter = design.control
        ? { TOPICS: [...brokenTopics, control].filter(Boolean).join(',') }
        : await designsWalkFilter(sandbox, name, breaks, brokenTopics);
      const run = await runWalk(
        `${name}${design.flags.length > 0 ? '-designs' : ''}`,
        {
          BASE_URL: sandbox.url,
          ...filter,
          PROJECTS: 'desktop',
          WORKERS: '1',
          DEPTH: 'full',
          SEED: '7',
          RETRIES: name === 'intermittent-503' ? '1' : '0',
        },
        8 * 60_000,
      );
      expect(run.summary, `the walk wrote no summary:\n${run.output.slice(-3000)}`).not.toBeNull();
      const summary = run.summary!;
      for (const flag of design.flags) expect(summary.flags?.[flag], `${flag} served`).toBe(true);
      const expectedCategory = SANDBOX_TO_SUITE[breaks.category!];
      const wantStatus = expectedCategory === 'flaky' ? 'flaky' : 'failed';

      // What this walk plays of what the scenario breaks (all of it, unless a CHAPTERS filter).
      const walked = 'CHAPTERS' in filter ? filter.CHAPTERS.split(',') : null;
      const expectedChapters = breaks.chapters
        .map((c) => c.explorationId)
        .filter((id) => !walked || walked.includes(id))
        .sort();
      const expectedPages = breaks.pages.map(pageKey).sort();
      const badChapters = summary.chapters.filter((c) => c.status !== 'passed');
      const badPages = summary.pages.filter((p) => p.status !== 'passed');
      table.push(
        `${name}${design.label} | ${expectedChapters.length} chapters + ${expectedPages.length} pages ${wantStatus} (${expectedCategory}) | ` +
          `${badChapters.length} chapters + ${badPages.length} pages not passed (${[...new Set([...badChapters, ...badPages].map((o) => o.failure?.category ?? o.status))].join(', ')})`,
      );

      expect(badChapters.map((c) => c.explorationId).sort(), 'chapters that did not pass').toEqual(
        expectedChapters,
      );
      expect(badPages.map((p) => pathOf(p.url)).sort(), 'pages that did not pass').toEqual(
        expectedPages,
      );
      for (const outcome of [...badChapters, ...badPages] as Array<ChapterOutcome | PageOutcome>) {
        expect(outcome.status, `${outcome.title}`).toBe(wantStatus);
        if (expectedCategory !== 'flaky')
          expect(outcome.failure?.category, `${outcome.title}: ${outcome.failure?.message}`).toBe(
            expectedCategory,
          );
      }
      if (expectedCategory !== 'flaky') expect(run.exitCode).not.toBe(0);
      else expect(run.exitCode, 'a flaky walk still passes').toBe(0);

      // Evidence: each failed Allure result carries a screenshot and an HTTP log.
      const failed = run.allureResults.filter(
        (r) => r.status === 'failed' || r.status === 'broken',
      );
      expect(failed.length).toBeGreaterThanOrEqual(
        expectedCategory === 'flaky' ? 0 : expectedChapters.length + expectedPages.length,
      );
      for (const result of failed) {
        const names = attachmentsOf(result).map((a) => a.name);
        expect(names, `${result.name} attachments`).toContain('screenshot at failure');
        const log = attachmentText(run, result, 'http-log.json');
        expect(log, `${result.name} has an HTTP log`).not.toBeNull();
        const first = (JSON.parse(log!) as { firstFailingRequest: { url: string } | null })
          .firstFailingRequest;
        if (
          [
            'server-error',
            'client-error',
            'schema-drift',
            'slow',
            'broken-asset',
            'flaky',
          ].includes(expectedCategory)
        ) {
          expect(first, `${result.name}: the HTTP log names the faulty request`).not.toBeNull();
          // The faulty request is the chapter's own (its page, init or image) or a handler its
          // story page needs; a broken page's is that page's data handler.
          const chapter = breaks.chapters.find((c) =>
            result.parameters.some((p) => p.value === c.explorationId),
          );
          const clues = chapter
            ? [
                chapter.explorationId,
                `/story_data_handler/${chapter.classroom}/${chapter.topic}/${chapter.story}`,
              ]
            : breaks.pages.map((p) =>
                pageKey(p).replace('/learn/', `/${p.kind}_data_handler/`).replace('/story/', '/'),
              );
          expect(
            clues.some((clue) => first!.url.includes(clue)),
            `${first!.url} is one of ${clues.join(', ')}`,
          ).toBe(true);
        }
        const message = withoutErrorName(result.statusDetails?.message ?? '');
        expect(categoryOfMessage(message), message).not.toBe('suite-defect');
        // a11y: an accessibility failure names the rule each victim breaks.
        if (expectedCategory === 'accessibility') {
          const victim =
            breaks.chapters.find((c) =>
              result.parameters.some((p) => p.value === c.explorationId),
            ) ??
            breaks.pages.find((page) =>
              result.parameters.some((p) => p.name === 'url' && pathOf(p.value) === pageKey(page)),
            );
          expect(victim?.rule, `${result.name} is one of the victims`).toBeDefined();
          expect(message, `${result.name} names ${victim!.rule}`).toContain(victim!.rule!);
        }
      }
      // The incident the matrix was built on, named exactly: chapters 1, 2, 4 and 5, each
      // naming the 500 its first failing request answered.
      if (name === 'place-values-500') {
        expect(badChapters.map((c) => c.number).sort()).toEqual([1, 2, 4, 5]);
        for (const chapter of badChapters) {
          expect(chapter.failure?.message).toMatch(/\b500\b/);
          expect(chapter.failure?.firstFailingRequest?.status).toBe(500);
        }
      }
    } finally {
      await sandbox.close();
    }
  });
}

for (const name of FAULTS) proveScenario(name, CLASSIC);
for (const name of FAULTS) proveScenario(name, BOTH_DESIGNS);

test('healthy: every published chapter passes in full depth, nothing flaky', async () => {
  const run = await runWalk(
    'healthy',
    { PROJECTS: 'desktop', WORKERS: '2', DEPTH: 'full', RETRIES: '0' },
    15 * 60_000,
  );
  const summary = run.summary;
  expect(summary, run.output.slice(-3000)).not.toBeNull();
  table.push(
    `healthy | all pass | ${summary!.totals.passed}/${summary!.totals.chapters} chapters passed, ${summary!.totals.flaky} flaky, ${summary!.pages.filter((p) => p.status !== 'passed').length} pages not passed`,
  );
  expect(summary!.totals.chapters).toBeGreaterThanOrEqual(40);
  expect(summary!.totals).toEqual({
    chapters: summary!.totals.chapters,
    passed: summary!.totals.chapters,
    failed: 0,
    flaky: 0,
    skipped: 0,
    known: 0,
    timingWarnings: 0,
  });
  expect(summary!.pages.filter((p) => p.status !== 'passed')).toEqual([]);
  expect(run.exitCode).toBe(0);
});

test('site-down: the walk ends within 60 s with one "target unreachable" failure', async () => {
  const sandbox = await startSandbox({ scenario: 'site-down', quiet: true });
  try {
    const run = await runWalk('site-down', { BASE_URL: sandbox.url, PROJECTS: 'desktop' }, 120_000);
    table.push(
      `site-down | one unreachable failure < 60 s | ${run.summary?.unreachable ? 'unreachable' : 'no unreachable'} in ${(run.durationMs / 1000).toFixed(1)} s`,
    );
    expect(run.durationMs).toBeLessThan(60_000);
    expect(run.exitCode).not.toBe(0);
    expect(run.summary?.unreachable?.message).toMatch(/^Target unreachable: /);
    expect(run.summary?.totals.chapters).toBe(0);
    const failed = run.allureResults.filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.statusDetails?.message).toMatch(/^Target unreachable: /);
  } finally {
    await sandbox.close();
  }
});

test('production-safe mode sends no learner events; a normal walk does', async () => {
  const sandbox = await startSandbox({ quiet: true });
  const events = () => sandboxEvents(sandbox.url);
  try {
    const env = {
      BASE_URL: sandbox.url,
      TOPICS: 'plant-life',
      PROJECTS: 'desktop',
      WORKERS: '1',
      RETRIES: '0',
    };
    const safe = await runWalk('production-safe', { ...env, PRODUCTION_SAFE: 'true' }, 5 * 60_000);
    const afterSafe = await events();
    table.push(
      `production-safe | 0 learner events | ${afterSafe.learnerEvents} learner events, ${afterSafe.nonGetRequests} non-GET`,
    );
    expect(safe.exitCode, safe.output.slice(-2000)).toBe(0);
    expect(afterSafe).toMatchObject({ learnerEvents: 0, nonGetRequests: 0 });
    expect(safe.summary?.writesSent).toBe(0);
    expect(safe.summary?.blockedWrites).toBeGreaterThan(0);

    await fetch(`${sandbox.url}/_sandbox/events`, { method: 'DELETE' });
    const normal = await runWalk(
      'not-production-safe',
      { ...env, PRODUCTION_SAFE: 'false' },
      5 * 60_000,
    );
    const afterNormal = await events();
    table.push(
      `not production-safe | learner events sent | ${afterNormal.learnerEvents} learner events`,
    );
    expect(normal.exitCode).toBe(0);
    expect(afterNormal.learnerEvents).toBeGreaterThan(0);
  } finally {
    await sandbox.close();
  }
});
