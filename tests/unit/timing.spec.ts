import { expect, test } from '@playwright/test';
import { timingHistoryOf, timingWarning } from '../../reporting/timing';

/** One line of Allure 3's history file with the labels the chapter fixture sets. */
function historyLine(
  timestamp: number,
  chapters: Record<string, [number, number, string?]>,
): string {
  const testResults = Object.fromEntries(
    Object.entries(chapters).map(([key, [firstCard, total, status]], i) => [
      `h${i}`,
      {
        status: status ?? 'passed',
        labels: [
          { name: 'chapterKey', value: key },
          { name: 'firstCardMs', value: String(firstCard) },
          { name: 'chapterMs', value: String(total) },
        ],
      },
    ]),
  );
  return JSON.stringify({ timestamp, testResults });
}

const HISTORY = [
  historyLine(3, { 'desktop/a': [1200, 14000], 'desktop/b': [900, 8000] }),
  historyLine(1, { 'desktop/a': [1000, 13000], 'desktop/b': [800, 8500] }),
  historyLine(2, { 'desktop/a': [1100, 15000], 'desktop/b': [5000, 30000, 'failed'] }),
  '{"torn',
].join('\n');

test('reads passed runs per chapter from Allure history, oldest first', () => {
  const history = timingHistoryOf(HISTORY);
  expect(history.get('desktop/a')).toEqual([
    { firstCardMs: 1000, totalMs: 13000 },
    { firstCardMs: 1100, totalMs: 15000 },
    { firstCardMs: 1200, totalMs: 14000 },
  ]);
  expect(history.get('desktop/b')).toHaveLength(2);
});

test('warns when the time to first card grows past the factor of its recent median', () => {
  const past = timingHistoryOf(HISTORY).get('desktop/a');
  expect(timingWarning({ firstCardMs: 7100, cardsMs: [], totalMs: 14500 }, past, 2)).toBe(
    'Timing warning: time to first card 7.1 s is 6.5× its recent median of 1.1 s (3 runs), over the 2× limit (SLOW_FACTOR).',
  );
  expect(timingWarning({ firstCardMs: 2100, cardsMs: [], totalMs: 14500 }, past, 2)).toBeNull();
  expect(timingWarning({ firstCardMs: 1100, cardsMs: [], totalMs: 30000 }, past, 2)).toContain(
    'chapter time 30.0 s is 2.1× its recent median of 14.0 s',
  );
  expect(timingWarning({ firstCardMs: 7100, cardsMs: [], totalMs: 14500 }, past, 10)).toBeNull();
});

test('needs three past runs and a growth a learner feels', () => {
  const history = timingHistoryOf(HISTORY);
  // Two passed runs of b only: no verdict yet.
  expect(
    timingWarning({ firstCardMs: 9000, cardsMs: [], totalMs: 90000 }, history.get('desktop/b'), 2),
  ).toBeNull();
  // 3× a tiny median, but under a second of growth: noise, not a warning.
  const tiny = timingHistoryOf(
    historyLine(1, { k: [100, 900] }) +
      '\n' +
      historyLine(2, { k: [100, 900] }) +
      '\n' +
      historyLine(3, { k: [100, 900] }),
  );
  expect(
    timingWarning({ firstCardMs: 300, cardsMs: [], totalMs: 1800 }, tiny.get('k'), 2),
  ).toBeNull();
  expect(timingWarning({ firstCardMs: 300, cardsMs: [], totalMs: 1800 }, undefined, 2)).toBeNull();
});
