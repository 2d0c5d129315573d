import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeSummary } from '../../reporting/summary';
import { parseSummary, SummaryError, type RunSummary } from '../../reporting/summary-schema';
import { fixturePath } from '../support/ci/helpers';

/** The incident-shaped summary (known chapter 1, timing, flags), as plain JSON. */
const incident = (): Record<string, unknown> =>
  JSON.parse(readFileSync(fixturePath('incident'), 'utf8')) as Record<string, unknown>;

test.describe('summary.json contract (reporting/summary-schema.ts)', () => {
  test('an incident-shaped summary parses, every field kept', () => {
    const data = incident();
    const summary = parseSummary(data, 'incident.json');
    expect(summary).toEqual(data);
    expect(summary.chapters[0]?.known?.bug).toBe('https://github.com/oppia/oppia/issues/20000');
    expect(summary.chapters[1]?.timing?.cardsMs).toEqual([640, 702, 655]);
  });

  test('a field a later writer adds travels through untouched', () => {
    const summary = parseSummary({ ...incident(), addedLater: { x: 1 } }, 'incident.json');
    expect(summary['addedLater']).toEqual({ x: 1 });
  });

  test('a malformed summary is refused with the source, the field and the format named', () => {
    const data = incident();
    const chapters = data['chapters'] as Array<Record<string, unknown>>;
    chapters[0]!['status'] = 'broken';
    chapters[1]!['failure'] = { category: 'nonsense', message: 'x' };
    delete data['productionSafe'];
    expect(() => parseSummary(data, 'reports/summary.json')).toThrow(SummaryError);
    expect(() => parseSummary(data, 'reports/summary.json')).toThrow(
      /^reports\/summary\.json is not a valid reports\/summary\.json \(reporting\/summary-schema\.ts defines the format/,
    );
    const issues = /\n {2}- productionSafe: [^\n]+[\s\S]*\n {2}- chapters\.0\.status: [^\n]+/;
    expect(() => parseSummary(data, 'reports/summary.json')).toThrow(issues);
    expect(() => parseSummary(data, 'reports/summary.json')).toThrow(
      /\n {2}- chapters\.1\.failure\.category: /,
    );
  });

  test('the writer writes what parses, and refuses a summary that breaks the contract', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-'));
    const summary = parseSummary(incident(), 'incident.json');
    writeSummary(dir, summary);
    const written: unknown = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(parseSummary(written, 'written')).toEqual(summary);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('### Known failures (1)');

    const broken = { ...summary, depth: 'deep' } as unknown as RunSummary;
    const other = mkdtempSync(join(tmpdir(), 'summary-'));
    expect(() => writeSummary(other, broken)).toThrow(/depth: Invalid option/);
    expect(() => readFileSync(join(other, 'summary.json'))).toThrow(/ENOENT/);
  });
});
