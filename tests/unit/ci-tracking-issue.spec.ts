import { expect, test } from '@playwright/test';
import { mergeSummaries } from '../../scripts/ci/merge-summaries';
import { MARKER, planTrackingIssue, type TrackingPlan } from '../../scripts/ci/tracking-issue';
import { fixturePath, fixtureSummary, runScript, shardSummaries } from '../support/ci/helpers';

const RUN_URL = 'https://github.com/acme/journeys/actions/runs/42';
const failingNight = () => mergeSummaries(shardSummaries());

test.describe('nightly tracking issue', () => {
  test('opens an issue listing failing chapters with links and first failing request', () => {
    const plan = planTrackingIssue({ summary: failingNight(), openIssue: null, runUrl: RUN_URL });
    expect(plan).toMatchObject({
      action: 'open',
      issue: null,
      label: 'learner-journey-nightly',
      title:
        'Nightly learner-journey walk: 2 chapter(s) failing, 1 page(s) failing on https://www.oppiatestserver.org',
      comment: '',
    });
    expect(plan.body.startsWith(MARKER)).toBe(true);
    expect(plan.body).toContain(`**Latest run:** ${RUN_URL}`);
    expect(plan.body).toContain(
      '(https://www.oppiatestserver.org/explore/X9m8OQmZ4F5A?topic_url_fragment=place-values',
    );
    expect(plan.body).toContain('`GET /explorehandler/init/X9m8OQmZ4F5A` → 500');
    expect(plan.body).toContain('### Failed pages (1)');
  });

  test('updates the open issue and comments on the new night', () => {
    const plan = planTrackingIssue({ summary: failingNight(), openIssue: 17, runUrl: RUN_URL });
    expect(plan.action).toBe('update');
    expect(plan.issue).toBe(17);
    expect(plan.body).toContain('### Failed chapters (2)');
    expect(plan.comment).toBe(
      `Still failing in ${RUN_URL}: 2 chapter(s) failing, 1 page(s) failing on https://www.oppiatestserver.org.`,
    );
  });

  test('closes the open issue with a comment after a green night', () => {
    const plan = planTrackingIssue({
      summary: fixtureSummary('green'),
      openIssue: 17,
      runUrl: RUN_URL,
    });
    const expected: TrackingPlan = {
      action: 'close',
      issue: 17,
      label: 'learner-journey-nightly',
      title: '',
      body: '',
      comment: `Green again in ${RUN_URL}: all 7 walked chapters passed (1 on a retry). Closing.`,
    };
    expect(plan).toEqual(expected);
  });

  test('does nothing on a green night with no open issue', () => {
    const plan = planTrackingIssue({
      summary: fixtureSummary('green'),
      openIssue: null,
      runUrl: RUN_URL,
    });
    expect(plan.action).toBe('none');
  });

  test('treats an unreachable target or a missing summary as a red night', () => {
    const down = planTrackingIssue({
      summary: fixtureSummary('unreachable'),
      openIssue: null,
      runUrl: RUN_URL,
    });
    expect(down.action).toBe('open');
    expect(down.title).toBe(
      'Nightly learner-journey walk: https://www.oppiatestserver.org unreachable',
    );
    expect(down.body).toContain('**Target unreachable:**');

    const crashed = planTrackingIssue({ summary: null, openIssue: 3, runUrl: RUN_URL });
    expect(crashed.action).toBe('update');
    expect(crashed.body).toContain('produced no `reports/summary.json`');
  });

  test('keeps the body under GitHub’s size limit however many chapters fail', () => {
    const night = failingNight();
    const failed = night.chapters.find((c) => c.status === 'failed')!;
    const many = {
      ...night,
      chapters: Array.from({ length: 400 }, (_, i) => ({
        ...failed,
        number: i + 1,
        url: `${failed.url}&padding=${'y'.repeat(1_500)}`,
        failure: { ...failed.failure!, message: 'x'.repeat(500) },
      })),
    };
    const plan = planTrackingIssue({ summary: many, openIssue: null, runUrl: RUN_URL });
    expect(plan.body.length).toBeLessThanOrEqual(65_536);
    expect(plan.body).toContain('…and 380 more; the Allure report lists them all.');
  });
});

test.describe('tracking-issue command', () => {
  test('prints the plan as JSON', () => {
    const run = runScript('tracking-issue.ts', [
      '--summary',
      fixturePath('green'),
      '--run-url',
      RUN_URL,
      '--open-issue',
      '9',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ action: 'close', issue: 9 });
  });

  test('plans a red night when the summary file is missing', () => {
    const run = runScript('tracking-issue.ts', [
      '--summary',
      'reports/does-not-exist.json',
      '--run-url',
      RUN_URL,
      '--open-issue',
      'none',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ action: 'open', issue: null });
  });

  test('explains bad usage with exit code 2', () => {
    const noUrl = runScript('tracking-issue.ts', ['--summary', fixturePath('green')]);
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain('--run-url must be the http(s) link to the workflow run');
    const badIssue = runScript('tracking-issue.ts', [
      '--summary',
      fixturePath('green'),
      '--run-url',
      RUN_URL,
      '--open-issue',
      '#12',
    ]);
    expect(badIssue.code).toBe(2);
    expect(badIssue.stderr).toContain('--open-issue must be an issue number or "none", got "#12"');
  });
});
