import { expect, test } from '@playwright/test';
import { resolutionsFor } from '../../reporting/allure-resolutions';
import {
  bugLinkParts,
  KnownFailuresError,
  knownStatus,
  parseKnownFailures,
} from '../../reporting/known-failures';
import { evaluateGate } from '../../scripts/ci/quality-gate';
import { summaryToMarkdown } from '../../reporting/summary-markdown';
import type { RunSummary } from '../../reporting/summary-schema';
import { planTrackingIssue } from '../../scripts/ci/tracking-issue';

const FILE = `# known broken on production
- chapter: K645IfRNzpKy
  category: server-error
  bug: https://github.com/oppia/oppia/issues/20000
  expires: 2027-01-31
  reason: HTTP 500 on the player
- page: /learn/math/place-values
  category: client-error
  bug: https://github.com/oppia/oppia/issues/20001
  reason: topic page 404s
`;

test.describe('the known-failures file', () => {
  test('reads chapter and page entries with their line', () => {
    expect(parseKnownFailures(FILE)).toEqual([
      {
        chapter: 'K645IfRNzpKy',
        page: null,
        category: 'server-error',
        bug: 'https://github.com/oppia/oppia/issues/20000',
        expires: '2027-01-31',
        reason: 'HTTP 500 on the player',
        line: 2,
      },
      {
        chapter: null,
        page: '/learn/math/place-values',
        category: 'client-error',
        bug: 'https://github.com/oppia/oppia/issues/20001',
        expires: null,
        reason: 'topic page 404s',
        line: 7,
      },
    ]);
    expect(parseKnownFailures('[]\n')).toEqual([]);
    expect(parseKnownFailures('# nothing yet\n')).toEqual([]);
  });

  const MALFORMED: Array<[string, string, string]> = [
    [
      'an unknown category',
      FILE.replace('client-error', 'client'),
      'line 8: field "category" must be one of',
    ],
    [
      'a bad date',
      FILE.replace('2027-01-31', '2027-02-30'),
      'line 5: field "expires" must be a date YYYY-MM-DD, got "2027-02-30"',
    ],
    [
      'no bug link',
      FILE.replace('https://github.com/oppia/oppia/issues/20001', 'issue 20001'),
      'line 9: field "bug" must be an http(s) link',
    ],
    [
      'an unknown field',
      FILE.replace('  reason: topic page 404s', '  why: topic page 404s'),
      'line 10: unknown field "why"',
    ],
    [
      'chapter and page at once',
      FILE.replace('- page:', '- chapter: abc\n  page:'),
      'line 7: an entry names exactly one of "chapter"',
    ],
    [
      'no reason',
      FILE.replace('  reason: topic page 404s\n', ''),
      'line 7: field "reason" is missing',
    ],
    ['not a list', 'chapter: K645IfRNzpKy\n', 'line 1: the file must be a list of entries'],
    ['broken YAML', '- chapter: [K645\n', 'line 2: not valid YAML'],
  ];
  for (const [what, text, message] of MALFORMED) {
    test(`refuses ${what}, naming the line and the field`, () => {
      expect(() => parseKnownFailures(text, 'known-failures.yaml')).toThrow(KnownFailuresError);
      expect(() => parseKnownFailures(text, 'known-failures.yaml')).toThrow(
        `known-failures.yaml ${message}`,
      );
    });
  }

  test('a failure is known with the same chapter and category, until the entry expires', () => {
    const entries = parseKnownFailures(FILE);
    const chapter = {
      kind: 'chapter' as const,
      explorationId: 'K645IfRNzpKy',
      url: 'https://x/explore/K645IfRNzpKy',
    };
    const on = (day: string) => new Date(`${day}T12:00:00Z`);
    expect(knownStatus(entries, chapter, 'server-error', on('2027-01-31'))?.state).toBe('known');
    expect(knownStatus(entries, chapter, 'server-error', on('2027-02-01'))?.state).toBe('expired');
    expect(knownStatus(entries, chapter, 'schema-drift', on('2026-12-01'))).toBeNull();
    const page = { kind: 'page' as const, url: 'https://www.oppia.org/learn/math/place-values' };
    expect(knownStatus(entries, page, 'client-error', on('2030-01-01'))?.state).toBe('known');
  });

  test('becomes Allure 3 resolution rules for the failed results it matches', () => {
    const entries = parseKnownFailures(FILE);
    const result = (testCaseId: string, status: string, message: string) => ({
      testCaseId,
      status,
      statusDetails: { message },
      parameters: [
        { name: 'exploration id', value: 'K645IfRNzpKy' },
        { name: 'url', value: 'https://x/explore/K645IfRNzpKy' },
      ],
    });
    const rules = resolutionsFor(
      entries,
      [
        result('a', 'failed', 'Server error (5xx): HTTP 500 GET /explore/K645IfRNzpKy'),
        result('b', 'passed', ''),
        result('c', 'failed', 'Schema drift: …'),
      ],
      new Date('2026-12-03T00:00:00Z'),
    );
    expect(rules).toEqual({
      links: {
        'known-1': {
          urlTemplate: 'https://github.com/oppia/oppia/issues/%s',
          nameTemplate: 'Known failure: %s',
        },
      },
      rules: [
        {
          resolution: 'issue',
          issue: { id: '20000', type: 'known-1' },
          testCaseId: ['a'],
          comment: 'Known failure (server-error): HTTP 500 on the player · until 2027-01-31',
        },
      ],
    });
    expect(bugLinkParts('https://bugs.example/browse/OPP-7')).toEqual({
      urlTemplate: 'https://bugs.example/browse/%s',
      id: 'OPP-7',
    });
  });
});

/** A walk of one story where chapter 1 fails as known, chapters 2 and 4 fail anew, 3 passes. */
function summaryWithKnown(): RunSummary {
  const known = {
    chapter: 'c1',
    category: 'server-error' as const,
    bug: 'https://github.com/oppia/oppia/issues/20000',
    reason: 'the incident',
  };
  const chapter = (number: number, status: 'passed' | 'failed', extra = {}) => ({
    project: 'desktop',
    classroom: 'Math',
    topic: 'Place Values',
    story: 'Arcade',
    number,
    title: `Title ${number}`,
    explorationId: `c${number}`,
    nodeId: `node_${number}`,
    url: `https://x/explore/c${number}`,
    status,
    durationMs: 1000,
    retries: 0,
    ...(status === 'failed'
      ? { failure: { category: 'server-error' as const, message: 'Server error (5xx): HTTP 500' } }
      : {}),
    ...extra,
  });
  return {
    target: 'https://x',
    runId: 'r1',
    startedAt: '2026-12-03T00:00:00.000Z',
    durationMs: 5000,
    depth: 'full',
    productionSafe: false,
    writesSent: 0,
    blockedWrites: 0,
    totals: {
      chapters: 4,
      passed: 1,
      failed: 3,
      flaky: 0,
      skipped: 0,
      known: 1,
      timingWarnings: 0,
    },
    // Reported in run order, not story order.
    chapters: [
      chapter(4, 'failed'),
      chapter(1, 'failed', { known }),
      chapter(3, 'passed'),
      chapter(2, 'failed'),
    ],
    pages: [],
    knownFailures: { known: [known], fixed: [], expired: [] },
  };
}

test.describe('known failures in the CI scripts', () => {
  test('the gate fails on new failures only and lists the known one apart', () => {
    const verdict = evaluateGate({ summary: summaryWithKnown(), minChapters: 4 });
    expect(verdict.passed).toBe(false);
    expect(verdict.reasons).toEqual([
      expect.stringMatching(
        /^2 chapter\(s\) failed:\n {4}- Math › Place Values › Arcade › Chapter 2: .*\n {4}- .*Chapter 4: /,
      ),
    ]);
    expect(verdict.known).toEqual([
      'Math › Place Values › Arcade › Chapter 1: Title 1 [desktop] [server-error] https://github.com/oppia/oppia/issues/20000',
    ]);
  });

  test('a walk whose only failures are known passes the gate', () => {
    const summary = summaryWithKnown();
    summary.chapters = summary.chapters.filter((c) => c.number !== 2 && c.number !== 4);
    expect(evaluateGate({ summary, minChapters: 2 }).passed).toBe(true);
  });

  test('the job summary lists new failures in story order, then the known ones', () => {
    const markdown = summaryToMarkdown(summaryWithKnown());
    expect(markdown.split('\n')[0]).toBe('## ❌ Learner-journey walk: 2 chapters failed');
    expect(markdown.indexOf('Chapter 2: Title 2')).toBeLessThan(
      markdown.indexOf('Chapter 4: Title 4'),
    );
    const [news, known] = markdown.split('### Known failures (1)');
    expect(news).not.toContain('Chapter 1: Title 1');
    expect(known).toContain('Chapter 1: Title 1');
  });

  test('the tracking issue names the known failure under known', () => {
    const plan = planTrackingIssue({
      summary: summaryWithKnown(),
      openIssue: null,
      runUrl: 'https://ci/run',
    });
    expect(plan.title).toBe('Nightly learner-journey walk: 2 chapter(s) failing on https://x');
    const [news, known] = plan.body.split('### Known failures (1)');
    expect(news).toContain('Chapter 4: Title 4');
    expect(news).not.toContain('Chapter 1: Title 1');
    expect(known).toContain('Chapter 1: Title 1');
    expect(plan.body).toContain('2 failed (new), 1 known');
  });
});
