import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { MergeError, mergeSummaries } from '../../scripts/ci/merge-summaries';
import { parseSummary } from '../../reporting/summary-schema';
import { fixturePath, fixtureSummary, runScript, shardSummaries } from '../support/ci/helpers';

test.describe('merging shard summaries', () => {
  test('recomputes totals over every shard’s chapters', () => {
    const merged = mergeSummaries(shardSummaries());
    expect(merged.totals).toEqual({
      chapters: 9,
      passed: 4,
      failed: 2,
      flaky: 1,
      skipped: 2,
      known: 0,
      timingWarnings: 0,
    });
    expect(merged.chapters).toHaveLength(9);
    expect(merged.pages).toHaveLength(3);
  });

  test('orders chapters by classroom, topic, story, number and project', () => {
    const merged = mergeSummaries(shardSummaries());
    expect(merged.chapters.map((c) => `${c.topic} ${c.number} ${c.project}`)).toEqual([
      'addition 1 desktop',
      'addition 2 desktop',
      'fractions 1 desktop',
      'fractions 2 desktop',
      'place-values 1 desktop',
      'place-values 1 mobile',
      'place-values 2 desktop',
      'place-values 2 mobile',
      'place-values 3 desktop',
    ]);
    expect(merged.pages.map((p) => p.kind)).toEqual(['classroom', 'topic', 'story']);
  });

  test('starts at the earliest shard and lasts until the last one ends', () => {
    const merged = mergeSummaries(shardSummaries());
    // Shard 2 starts first (02:17:01.000); shard 3 ends last (02:17:09.500 + 700 s).
    expect(merged.startedAt).toBe('2025-06-02T02:17:01.000Z');
    expect(merged.durationMs).toBe(708_500);
  });

  test('keeps the shared fields and sums the write counters', () => {
    const merged = mergeSummaries(shardSummaries());
    expect(merged).toMatchObject({
      target: 'https://www.oppiatestserver.org',
      runId: 'gate-1234-1',
      depth: 'full',
      productionSafe: true,
      writesSent: 1,
      blockedWrites: 27,
    });
    expect(() => parseSummary(merged, 'merged')).not.toThrow();
  });

  test('does not depend on the order the shards are given in', () => {
    const [a, b, c] = shardSummaries();
    expect(mergeSummaries([c!, a!, b!])).toEqual(mergeSummaries([a!, b!, c!]));
  });

  test('refuses shards of different walks, naming the field', () => {
    const [a, b] = shardSummaries();
    expect(() => mergeSummaries([a!, { ...b!, target: 'https://www.oppia.org' }])).toThrow(
      /disagree on "target"/,
    );
    expect(() => mergeSummaries([a!, { ...b!, depth: 'smoke' }])).toThrow(/disagree on "depth"/);
  });

  test('asks for --run-id when the shards carry different run ids', () => {
    const [a, b] = shardSummaries();
    const other = { ...b!, runId: 'local-2' };
    expect(() => mergeSummaries([a!, other])).toThrow(/pass --run-id/);
    expect(mergeSummaries([a!, other], { runId: 'local' }).runId).toBe('local');
  });

  test('accepts sandbox shards that listened on different ports', () => {
    const [a, b] = shardSummaries();
    const merged = mergeSummaries([
      { ...a!, target: 'http://127.0.0.1:41001' },
      { ...b!, target: 'http://127.0.0.1:41877' },
    ]);
    expect(merged.target).toBe('http://127.0.0.1:41001');
  });

  test('refuses the same summary given twice', () => {
    const [a] = shardSummaries();
    expect(() => mergeSummaries([a!, fixtureSummary('shard-1-of-3')])).toThrow(MergeError);
    expect(() => mergeSummaries([])).toThrow(/no shard summaries/);
  });

  test('carries an unreachable shard into the merged summary', () => {
    const [a] = shardSummaries();
    const down = { ...fixtureSummary('unreachable'), runId: a!.runId, target: a!.target };
    expect(mergeSummaries([a!, down]).unreachable?.message).toMatch(/did not answer/);
  });
});

test.describe('merge-summaries command', () => {
  test('merges the summaries found under a folder of shard artifacts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-merge-'));
    for (const shard of ['shard-1-of-3', 'shard-2-of-3', 'shard-3-of-3']) {
      mkdirSync(join(dir, 'shards', shard, 'reports'), { recursive: true });
      writeFileSync(
        join(dir, 'shards', shard, 'reports', 'summary.json'),
        readFileSync(fixturePath(shard)),
      );
    }
    const out = join(dir, 'reports', 'summary.json');
    const run = runScript('merge-summaries.ts', ['--out', out, join(dir, 'shards')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('merged 3 shard summaries');
    const merged = parseSummary(JSON.parse(readFileSync(out, 'utf8')), out);
    expect(merged.totals.chapters).toBe(9);
  });

  test('explains bad usage and bad input with exit code 2', () => {
    const noOut = runScript('merge-summaries.ts', [fixturePath('shard-1-of-3')]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out is required');
    expect(noOut.stderr).toContain('usage: npx tsx scripts/ci/merge-summaries.ts');

    const missing = runScript('merge-summaries.ts', ['--out', '/tmp/x.json', '/nonexistent/x']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('/nonexistent/x does not exist');

    const mixed = runScript('merge-summaries.ts', [
      '--out',
      join(mkdtempSync(join(tmpdir(), 'ci-merge-')), 'out.json'),
      fixturePath('shard-1-of-3'),
      fixturePath('green'),
    ]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/disagree on "runId".*pass --run-id/);
  });

  test('names the file and field when a shard summary breaks the contract', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-merge-'));
    const bad = join(dir, 'summary.json');
    const summary = JSON.parse(readFileSync(fixturePath('shard-1-of-3'), 'utf8')) as {
      chapters: Array<Record<string, unknown>>;
    };
    summary.chapters[0]!['status'] = 'ok';
    writeFileSync(bad, JSON.stringify(summary));
    const run = runScript('merge-summaries.ts', ['--out', join(dir, 'out.json'), bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bad} is not a valid reports/summary.json`);
    expect(run.stderr).toContain('chapters.0.status');
  });
});
