import { spawnSync } from 'node:child_process';
import { childEnv } from '../../config';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { a11yResultsDir, readA11yResults } from '../../reporting/a11y-baseline';
import { startSandbox, type ScenarioBreaks } from '../../sandbox/server';
import { runWalk } from './walk-runner';

/**
 * The accessibility baseline end to end, on the real walk (desktop, the a11y-regression scenario's
 * broken topics only): a baseline written by `npm run a11y:baseline` from a failing walk makes the
 * next walk pass and report its violations as accepted (and an entry that no longer occurs as
 * such); take one entry out and exactly that chapter fails again. A malformed baseline stops the
 * walk before any browser starts.
 */
test.describe.configure({ mode: 'serial' });

const dir = resolve('test-results', 'self', 'a11y-baseline-files');
const baselinePath = join(dir, 'a11y-baseline.yaml');

test('a baseline from a walk accepts its violations; without one entry, that one fails', async () => {
  test.setTimeout(25 * 60_000);
  mkdirSync(dir, { recursive: true });
  writeFileSync(baselinePath, 'accepted: []\n');
  const sandbox = await startSandbox({ scenario: 'a11y-regression', quiet: true });
  try {
    const scenarios = (await (await fetch(`${sandbox.url}/_sandbox/scenarios`)).json()) as Array<{
      name: string;
      breaks: ScenarioBreaks;
    }>;
    const breaks = scenarios.find((s) => s.name === 'a11y-regression')!.breaks;
    const topics = [...new Set([...breaks.chapters, ...breaks.pages].map((v) => v.topic!))].join(
      ',',
    );
    const env = {
      BASE_URL: sandbox.url,
      TOPICS: topics,
      PROJECTS: 'desktop',
      WORKERS: '2',
      DEPTH: 'full',
      SEED: '7',
      RETRIES: '0',
      A11Y: 'fail',
      A11Y_BASELINE: baselinePath,
    };

    // 1. No entries: every victim fails; the refresh writes one entry per violation.
    const first = await runWalk('a11y-baseline-none', env, 10 * 60_000);
    expect(first.exitCode, first.output.slice(-2000)).not.toBe(0);
    const failedFirst = [...first.summary!.chapters, ...first.summary!.pages].filter(
      (o) => o.status !== 'passed',
    );
    expect(failedFirst.map((o) => o.failure?.category)).toEqual(
      Array(breaks.chapters.length + breaks.pages.length).fill('accessibility'),
    );
    const refresh = spawnSync('npm', ['run', '--silent', 'a11y:baseline'], {
      env: childEnv({ OUTPUT_DIR: join(first.dir, 'playwright'), A11Y_BASELINE: baselinePath }),
      encoding: 'utf8',
    });
    expect(refresh.status, `${refresh.stdout}${refresh.stderr}`).toBe(0);
    const written = parse(readFileSync(baselinePath, 'utf8')) as {
      accepted: Array<{ rule: string; target: string; selector: string }>;
    };
    const rules = written.accepted.map((e) => e.rule).sort();
    expect(rules).toEqual(['button-name', 'color-contrast', 'image-alt']);

    // 2. With the baseline (plus one entry nothing matches any more): green, violations accepted.
    const page = breaks.pages[0]!;
    const gone = {
      rule: 'link-name',
      target: `topic:${page.classroom}/${page.topic}`,
      selector: 'a.gone',
    };
    writeFileSync(baselinePath, stringify({ accepted: [...written.accepted, gone] }));
    const second = await runWalk('a11y-baseline-all', env, 10 * 60_000);
    expect(second.exitCode, second.output.slice(-3000)).toBe(0);
    expect(second.summary!.totals.failed).toBe(0);
    expect(second.summary!.pages.filter((p) => p.status !== 'passed')).toEqual([]);
    expect(second.output).toMatch(
      /Accessibility: .* [1-9]\d* violation\(s\) accepted by .*, 0 not accepted\./,
    );
    expect(second.output).toContain(`- link-name on ${gone.target} at a.gone`);
    expect(second.output).toContain('Accessibility baseline: 1 entry no longer occurs');
    const results = readA11yResults(a11yResultsDir(join(second.dir, 'playwright')));
    const withAccepted = results.filter((r) => r.findings.some((f) => f.accepted));
    expect(withAccepted, 'each victim reports its accepted violations').toHaveLength(
      breaks.chapters.length + breaks.pages.length,
    );
    expect(results.flatMap((r) => r.findings).filter((f) => !f.accepted)).toEqual([]);

    // 3. One entry out (the image's): exactly that chapter fails, naming the rule.
    const imageVictim = breaks.chapters.find((c) => c.rule === 'image-alt')!;
    writeFileSync(
      baselinePath,
      stringify({ accepted: written.accepted.filter((e) => e.rule !== 'image-alt') }),
    );
    const third = await runWalk('a11y-baseline-one-out', env, 10 * 60_000);
    const failedThird = [...third.summary!.chapters, ...third.summary!.pages].filter(
      (o) => o.status !== 'passed',
    );
    expect(failedThird.map((o) => ('explorationId' in o ? o.explorationId : o.url))).toEqual([
      imageVictim.explorationId,
    ]);
    expect(failedThird[0]!.failure?.category).toBe('accessibility');
    expect(failedThird[0]!.failure?.message).toMatch(
      /^Accessibility: image-alt \(critical\) on Card \d+/,
    );
  } finally {
    await sandbox.close();
  }
});

test('a malformed baseline stops the walk before any browser, naming file, line and field', async () => {
  mkdirSync(dir, { recursive: true });
  const bad = join(dir, 'bad-baseline.yaml');
  writeFileSync(bad, 'accepted:\n  - rule: image-alt\n    target: lesson:x\n    selector: img\n');
  const run = await runWalk(
    'a11y-baseline-bad',
    { PROJECTS: 'desktop', A11Y: 'fail', A11Y_BASELINE: bad },
    60_000,
  );
  expect(run.exitCode).toBe(2);
  expect(run.output).toContain(`${bad}:3: entry 1 of accepted, field "target": use a page kind`);
  expect(run.output, 'nothing started').not.toMatch(/^Run .* · seed/m);
  expect(run.summary).toBeNull();

  const unknown = await runWalk('a11y-bad-value', { A11Y: 'strict' }, 60_000);
  expect(unknown.exitCode).toBe(2);
  expect(unknown.output).toContain('A11Y="strict" is not allowed: use off, report or fail');
});
