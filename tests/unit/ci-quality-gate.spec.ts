import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { mergeSummaries } from '../../scripts/ci/merge-summaries';
import { evaluateGate, readSnapshotChapters, verdictMarkdown } from '../../scripts/ci/quality-gate';
import { fixturePath, fixtureSummary, runScript, shardSummaries } from '../support/ci/helpers';

const snapshotChapters = () => readSnapshotChapters(fixturePath('snapshot'));

test.describe('release quality gate', () => {
  test('writes its verdict to the job summary with every title escaped', () => {
    const summary = mergeSummaries(shardSummaries());
    const failed = summary.chapters.find((c) => c.status === 'failed')!;
    failed.title = 'Evil ``` | <img src=x> [x](https://evil.example) @octocat';
    const markdown = verdictMarkdown(evaluateGate({ summary, minChapters: 1 }), summary);
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '### Quality gate: FAILED',
      '',
      expect.stringMatching(/^quality gate FAILED for https:\/\/www\.oppiatestserver\.org: /),
    ]);
    expect(markdown).toMatch(/\n- ✗ 2 chapter\(s\) failed:\n {2}- math › /);
    expect(markdown).toContain(
      'Evil \\`\\`\\` \\| &lt;img src=x&gt; \\[x\\](https://evil.example) @\u200boctocat',
    );
    expect(markdown).not.toContain('```');
    expect(markdown).not.toContain('<img');
  });

  test('passes a walk where every discovered chapter passed (flaky counts as passed)', () => {
    const verdict = evaluateGate({
      summary: fixtureSummary('green'),
      expectedChapters: snapshotChapters(),
      minChapters: 7,
    });
    expect(verdict).toEqual({ passed: true, walked: 7, expected: 7, reasons: [], known: [] });
  });

  test('fails on failed chapters and pages, and names them', () => {
    const verdict = evaluateGate({
      summary: mergeSummaries(shardSummaries()),
      minChapters: 1,
    });
    expect(verdict.passed).toBe(false);
    expect(verdict.reasons[0]).toMatch(/^2 chapter\(s\) failed:/);
    expect(verdict.reasons[0]).toContain(
      'Chapter 2: Writing Numbers as Digits [desktop] [server-error] https://www.oppiatestserver.org/explore/X9m8OQmZ4F5A',
    );
    expect(verdict.reasons[1]).toMatch(/^1 page\(s\) failed:\n {4}- story page: math › fractions/);
  });

  test('fails when discovered chapters were not walked, listing them', () => {
    const summary = mergeSummaries(shardSummaries());
    const verdict = evaluateGate({ summary, expectedChapters: snapshotChapters() });
    // Both fractions chapters were skipped: 5 distinct chapters ran, 7 were discovered.
    expect(verdict.walked).toBe(5);
    expect(verdict.expected).toBe(7);
    const missing = verdict.reasons.find((reason) => reason.includes('were not walked'));
    expect(missing).toMatch(/^2 of the 7 chapters discovery found were not walked/);
    expect(missing).toContain('What is a Fraction? (exploration umPkwp0L1M0-)');
  });

  test('counts a chapter walked on desktop and mobile once', () => {
    const green = fixtureSummary('green');
    const twice = {
      ...green,
      chapters: [...green.chapters, ...green.chapters.map((c) => ({ ...c, project: 'mobile' }))],
    };
    expect(evaluateGate({ summary: twice, minChapters: 8 })).toMatchObject({
      passed: false,
      walked: 7,
    });
  });

  test('fails below the required minimum even when discovery agrees', () => {
    const verdict = evaluateGate({
      summary: fixtureSummary('green'),
      expectedChapters: snapshotChapters(),
      minChapters: 50,
    });
    expect(verdict).toMatchObject({ passed: false, walked: 7, expected: 50 });
    expect(verdict.reasons).toEqual([
      'only 7 chapter(s) walked, fewer than the required minimum of 50 ' +
        '(did the catalog shrink, or did filters or skips cut the walk short?).',
    ]);
  });

  test('fails an unreachable target, and a walk that walked nothing', () => {
    const down = evaluateGate({ summary: fixtureSummary('unreachable'), minChapters: 1 });
    expect(down.passed).toBe(false);
    expect(down.reasons[0]).toMatch(/^the target was unreachable: Target unreachable/);

    const green = fixtureSummary('green');
    const skipped = {
      ...green,
      chapters: green.chapters.map((c) => ({ ...c, status: 'skipped' as const })),
    };
    expect(evaluateGate({ summary: skipped, expectedChapters: [] })).toMatchObject({
      passed: false,
      reasons: ['no chapter was walked at all.'],
    });
  });
});

test.describe('quality-gate command', () => {
  test('exits 0 and says why the gate passed', () => {
    const run = runScript('quality-gate.ts', [
      '--summary',
      fixturePath('green'),
      '--snapshot',
      fixturePath('snapshot'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'quality gate PASSED for https://www.oppiatestserver.org: 7 chapter(s) walked (expected at least 7)',
    );
  });

  test('exits 1 and prints every reason when the gate fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-gate-'));
    const merged = join(dir, 'summary.json');
    writeFileSync(merged, JSON.stringify(mergeSummaries(shardSummaries())));
    const run = runScript('quality-gate.ts', [
      '--summary',
      merged,
      '--snapshot',
      fixturePath('snapshot'),
      '--min-chapters',
      '6',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('quality gate FAILED');
    expect(run.stderr).toContain('✗ 2 chapter(s) failed');
    expect(run.stderr).toContain('✗ 1 page(s) failed');
    expect(run.stderr).toContain('✗ 2 of the 7 chapters discovery found were not walked');
    expect(run.stderr).toContain(
      '✗ only 5 chapter(s) walked, fewer than the required minimum of 6',
    );
  });

  test('refuses to gate without an expected count, or on bad input', () => {
    const none = runScript('quality-gate.ts', ['--summary', fixturePath('green')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--snapshot FILE and/or --min-chapters N');
    const zero = runScript('quality-gate.ts', [
      '--summary',
      fixturePath('green'),
      '--min-chapters',
      '0',
    ]);
    expect(zero.code).toBe(2);
    const word = runScript('quality-gate.ts', [
      '--summary',
      fixturePath('green'),
      '--min-chapters',
      'all',
    ]);
    expect(word.code).toBe(2);
    expect(word.stderr).toContain('--min-chapters must be a whole number >= 0, got "all"');
    const notSnapshot = runScript('quality-gate.ts', [
      '--summary',
      fixturePath('green'),
      '--snapshot',
      fixturePath('green'),
    ]);
    expect(notSnapshot.code).toBe(2);
    expect(notSnapshot.stderr).toContain('is not a catalog snapshot');
  });
});
