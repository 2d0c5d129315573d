import { expect, test } from '@playwright/test';
import { mergeSummaries } from '../../scripts/ci/merge-summaries';
import { cell, link, summaryToMarkdown } from '../../scripts/ci/summary-markdown';
import { fixturePath, fixtureSummary, runScript, shardSummaries } from '../support/ci/helpers';

test.describe('summary to Markdown', () => {
  test('leads with the verdict and the totals', () => {
    const markdown = summaryToMarkdown(mergeSummaries(shardSummaries()), { title: 'Release gate' });
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('## ❌ Release gate: 2 chapters failed, 1 page failed');
    expect(markdown).toContain('| 9 | 4 | 2 | 0 | 1 | 2 | 3 | 1 |');
    expect(markdown).toContain(
      'Target https://www.oppiatestserver.org · depth full · run `gate-1234-1`',
    );
  });

  test('lists each failed chapter with its link, category and first failing request', () => {
    const markdown = summaryToMarkdown(mergeSummaries(shardSummaries()));
    const rows = markdown.split('\n').filter((line) => line.includes('Writing Numbers as Digits'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBe(
      '| [math › place-values › jaimes-adventures-in-arithmetic › Chapter 2: Writing Numbers as Digits \\[desktop\\]]' +
        '(https://www.oppiatestserver.org/explore/X9m8OQmZ4F5A?topic_url_fragment=place-values&classroom_url_fragment=math' +
        '&story_url_fragment=jaimes-adventures-in-arithmetic&node_id=node_2) | server-error | ' +
        'Server error (5xx): HTTP 500 GET /explorehandler/init/X9m8OQmZ4F5A | ' +
        '`GET /explorehandler/init/X9m8OQmZ4F5A` → 500 |',
    );
    expect(rows[1]).toContain('| slow | Slow or hung');
    expect(rows[1]).toContain('`GET /explorehandler/init/X9m8OQmZ4F5A` → no response |');
  });

  test('lists failed pages apart from chapters, and flaky chapters folded away', () => {
    const markdown = summaryToMarkdown(mergeSummaries(shardSummaries()));
    expect(markdown).toContain('### Failed chapters (2)');
    expect(markdown).toContain('### Failed pages (1)');
    expect(markdown).toContain('| [story page: math › fractions › matthew-learns-about-fractions');
    expect(markdown).toContain('| schema-drift | Schema drift:');
    expect(markdown).toContain('<details><summary>Flaky chapters: passed on a retry (1)</summary>');
    expect(markdown).toContain('Chapter 3: Comparing Numbers');
  });

  test('says briefly that a green walk passed, without failure tables', () => {
    const markdown = summaryToMarkdown(fixtureSummary('green'));
    expect(markdown.split('\n')[0]).toBe(
      '## ✅ Learner-journey walk: all 7 walked chapters passed',
    );
    expect(markdown).not.toContain('### Failed');
  });

  test('reports an unreachable target as a failure', () => {
    const markdown = summaryToMarkdown(fixtureSummary('unreachable'));
    expect(markdown.split('\n')[0]).toContain('❌');
    expect(markdown).toContain('the target did not answer; nothing was walked');
    expect(markdown).toContain(
      '**Target unreachable:** Target unreachable: https://www.oppiatestserver.org',
    );
  });

  test('caps long tables and says how many rows it left out', () => {
    const markdown = summaryToMarkdown(mergeSummaries(shardSummaries()), { maxRows: 1 });
    expect(markdown).toContain('…and 1 more; the Allure report lists them all.');
  });

  test('keeps untrusted text from breaking the table or pinging people', () => {
    expect(cell('a | b\nc <img src=x> @octocat')).toBe(
      'a \\| b c &lt;img src=x&gt; @\u200boctocat',
    );
    expect(cell('x'.repeat(300))).toHaveLength(200);
    expect(link('Chapter [1]', 'https://x.org/a (b)')).toBe(
      '[Chapter \\[1\\]](https://x.org/a%20%28b%29)',
    );
    expect(link('no link', 'javascript:alert(1)')).toBe('no link');
  });
});

test.describe('summary-markdown command', () => {
  test('prints the Markdown for a summary file', () => {
    const run = runScript('summary-markdown.ts', ['--title', 'Nightly', fixturePath('green')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(summaryToMarkdown(fixtureSummary('green'), { title: 'Nightly' }));
  });

  test('explains bad usage with exit code 2', () => {
    const none = runScript('summary-markdown.ts', []);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give exactly one summary.json');
    const rows = runScript('summary-markdown.ts', ['--max-rows', 'ten', fixturePath('green')]);
    expect(rows.code).toBe(2);
    expect(rows.stderr).toContain('--max-rows must be a whole number');
    const missing = runScript('summary-markdown.ts', ['reports/none.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('reports/none.json does not exist');
  });
});
