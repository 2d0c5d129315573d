import { expect, test } from '@playwright/test';
import { mergeSummaries } from '../../scripts/ci/merge-summaries';
import { cell, code, link, summaryToMarkdown } from '../../reporting/summary-markdown';
import type { RunSummary } from '../../reporting/summary-schema';
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

test.describe('hostile text from the target', () => {
  const HOSTILE =
    'Fractions | <script>alert(1)</script> `rm -rf` **bold** _it_ [click](https://evil.example) ' +
    '~~x~~ #123 ![img](x) @octocat\nsecond line';

  /** A summary whose chapter title, story, message and URLs all carry hostile text. */
  function hostileSummary(): RunSummary {
    const summary = fixtureSummary('shard-1-of-3');
    const chapter = summary.chapters.find((c) => c.status === 'failed')!;
    chapter.title = HOSTILE;
    chapter.story = 'story | with <b>pipes</b>';
    chapter.url = 'https://x.org/explore/a)b](c "t" `x` |y';
    chapter.failure = {
      category: 'server-error',
      message: `Server error (5xx): ${HOSTILE}`,
      firstFailingRequest: {
        method: 'GET',
        url: 'https://x.org/handler?a=`b`|c\nd',
        status: 500,
      },
    };
    return summary;
  }

  test('cell escapes every Markdown and HTML character it could meet', () => {
    expect(cell(HOSTILE)).toBe(
      'Fractions \\| &lt;script&gt;alert(1)&lt;/script&gt; \\`rm -rf\\` \\*\\*bold\\*\\* \\_it\\_ ' +
        '\\[click\\](https://evil.example) \\~\\~x\\~\\~ \\#123 \\!\\[img\\](x) @\u200boctocat second line',
    );
    expect(cell('a\\|b')).toBe('a\\\\\\|b');
    expect(code('GET /a`b`|c\nd')).toBe("`GET /a'b'\\|c d`");
  });

  test('a hostile chapter stays inside its row: one line, five cells, no live HTML or link', () => {
    const markdown = summaryToMarkdown(hostileSummary());
    const rows = markdown.split('\n').filter((line) => line.includes('Fractions'));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    // Cells split on pipes not preceded by a backslash: the header's four columns, no more.
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
    expect(row).not.toMatch(/<(?!\/?details|\/?summary)[a-z/]/i);
    expect(row).not.toContain('[click](');
    expect(row).not.toContain('@octocat');
    expect(row).toContain('(https://x.org/explore/a%29b%5D%28c%20%22t%22%20%60x%60%20%7Cy)');
    expect(row).toContain("`GET https://x.org/handler?a='b'\\|c d` → 500");
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<b>');
  });

  test('the heading, target and run id are escaped too', () => {
    const summary = { ...fixtureSummary('green'), target: '<img src=x>', runId: 'a`b|c' };
    const markdown = summaryToMarkdown(summary, { title: 'Gate | <b>x</b>' });
    expect(markdown.split('\n')[0]).toBe(
      '## ✅ Gate \\| &lt;b&gt;x&lt;/b&gt;: all 7 walked chapters passed',
    );
    expect(markdown).toContain("Target &lt;img src=x&gt; · depth full · run `a'b\\|c`");
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
