import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { accessibilityFailure } from '../../fixtures/a11y';
import {
  baselineReport,
  BaselineError,
  isAccepted,
  loadBaseline,
  parseBaseline,
  refreshBaseline,
  stableSelector,
  staleEntries,
  writeBaseline,
  type A11yFinding,
  type A11yResultFile,
} from '../../reporting/a11y-baseline';
import { allureCategories } from '../../reporting/allure-run-info';
import { categoryOfMessage } from '../../reporting/categories';

const finding = (over: Partial<A11yFinding> = {}): A11yFinding => ({
  rule: 'image-alt',
  impact: 'critical',
  help: 'Images must have alternative text',
  helpUrl: 'https://dequeuniversity.com/rules/axe/4.13/image-alt',
  target: 'chapter:K645IfRNzpKy',
  where: 'Card 2 (Continue)',
  selector: '.e2e-test-image',
  axeSelector: 'figure > div > img',
  html: '<img class="e2e-test-image" src="/assetsdevhandler/x.svg">',
  accepted: false,
  ...over,
});

const result = (audited: string[], findings: A11yFinding[]): A11yResultFile => ({
  project: 'desktop',
  test: 'a test',
  audited,
  findings,
});

const errorOf = (text: string): string => {
  try {
    parseBaseline(text, 'a11y-baseline.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(BaselineError);
    return (error as Error).message;
  }
  throw new Error('the baseline was accepted');
};

test.describe('the baseline file', () => {
  test('YAML (or JSON) with rule, target, selector and an optional reason', () => {
    const yaml = parseBaseline(
      [
        '# why each is accepted',
        'accepted:',
        '  - rule: color-contrast',
        '    target: topic',
        '    selector: .topic-description',
        '    reason: Oppia issue 12345',
        '  - { rule: image-alt, target: "chapter:K645IfRNzpKy", selector: img }',
      ].join('\n'),
      'b.yaml',
    );
    expect(yaml.entries).toEqual([
      {
        rule: 'color-contrast',
        target: 'topic',
        selector: '.topic-description',
        reason: 'Oppia issue 12345',
      },
      { rule: 'image-alt', target: 'chapter:K645IfRNzpKy', selector: 'img' },
    ]);
    const json = parseBaseline(
      '{"accepted": [{"rule": "link-name", "target": "story:math/place-values/s", "selector": "a"}]}',
      'b.json',
    );
    expect(json.entries).toHaveLength(1);
    expect(parseBaseline('accepted: []', 'b.yaml').entries).toEqual([]);
  });

  test('a bad field is named with the file, its line, the entry and the field', () => {
    const text = [
      'accepted:',
      '  - rule: color-contrast',
      '    target: topic',
      '    selector: .a',
      '  - rule: Image Alt',
      '    target: topic',
      '    selector: .b',
    ].join('\n');
    expect(errorOf(text)).toContain(
      'a11y-baseline.yaml:5: entry 2 of accepted, field "rule": use an axe-core rule id, such as color-contrast',
    );
  });

  test('an unknown target, a missing selector and an unknown field are each named', () => {
    expect(
      errorOf('accepted:\n  - rule: image-alt\n    target: lesson\n    selector: img\n'),
    ).toMatch(/^a11y-baseline\.yaml:3: entry 1 of accepted, field "target": use a page kind/);
    expect(errorOf('accepted:\n  - rule: image-alt\n    target: topic\n')).toMatch(
      /^a11y-baseline\.yaml:2: entry 1 of accepted, field "selector": /,
    );
    expect(
      errorOf('accepted:\n  - rule: image-alt\n    target: topic\n    selector: img\n    why: x\n'),
    ).toMatch(/^a11y-baseline\.yaml:2: entry 1 of accepted: .*\(why\)/);
    expect(errorOf('accepted: nothing\n')).toMatch(/^a11y-baseline\.yaml:1: field "accepted": /);
  });

  test('broken YAML names the file and line', () => {
    expect(errorOf('accepted:\n  - rule: [unclosed\n')).toMatch(
      /^a11y-baseline\.yaml:\d+: not valid YAML: /,
    );
  });

  test('a missing default file accepts nothing; a missing named file is an error', () => {
    const missing = join(tmpdir(), 'no-such-a11y-baseline.yaml');
    expect(loadBaseline(missing, { required: false }).entries).toEqual([]);
    expect(() => loadBaseline(missing, { required: true })).toThrow(
      /no-such-a11y-baseline\.yaml: A11Y_BASELINE names a file that does not exist/,
    );
  });
});

test.describe('matching', () => {
  const baseline = parseBaseline(
    [
      'accepted:',
      '  - { rule: color-contrast, target: topic, selector: .topic-description }',
      '  - { rule: image-alt, target: "chapter:K645IfRNzpKy", selector: .e2e-test-image }',
    ].join('\n'),
    'b.yaml',
  );

  test('a page kind accepts the rule and selector on every page of that kind', () => {
    const contrast = { rule: 'color-contrast', selector: '.topic-description' };
    expect(isAccepted(baseline, { ...contrast, target: 'topic:math/place-values' })).toBe(true);
    expect(isAccepted(baseline, { ...contrast, target: 'topic:science/plant-life' })).toBe(true);
    expect(isAccepted(baseline, { ...contrast, target: 'story:math/place-values/s' })).toBe(false);
  });

  test('a chapter by id accepts only that chapter, and only the same rule and selector', () => {
    expect(isAccepted(baseline, finding())).toBe(true);
    expect(isAccepted(baseline, finding({ target: 'chapter:Knvx24p24qPO' }))).toBe(false);
    expect(isAccepted(baseline, finding({ rule: 'button-name' }))).toBe(false);
    expect(isAccepted(baseline, finding({ selector: 'img' }))).toBe(false);
  });

  test('entries whose target was audited and met nothing are stale; unaudited ones are not', () => {
    const walked = [result(['topic:math/place-values', 'chapter:K645IfRNzpKy'], [])];
    expect(staleEntries(baseline, walked).map((e) => e.rule)).toEqual([
      'color-contrast',
      'image-alt',
    ]);
    const met = [result(['chapter:K645IfRNzpKy'], [finding({ accepted: true })])];
    expect(staleEntries(baseline, met)).toEqual([]);
    expect(baselineReport(baseline, walked).join('\n')).toContain(
      '2 entries no longer occur; remove them',
    );
  });
});

test.describe('stable selectors', () => {
  test("Oppia's hooks first, then classes, then the id, else axe's selector", () => {
    const submit =
      '<button type="button" class="oppia-learner-submit-answer-button e2e-test-submit-answer-button">';
    expect(stableSelector(submit, 'button')).toBe('button.e2e-test-submit-answer-button');
    expect(stableSelector(submit, '.oppia-learner-submit-answer-button')).toBe(
      'button.e2e-test-submit-answer-button',
    );
    expect(stableSelector('<p class="topic-description  lead">Text</p>', 'p')).toBe(
      'p.lead.topic-description',
    );
    expect(stableSelector('<input id="answer" type="text">', 'input')).toBe('input#answer');
    expect(stableSelector('<img src="/x.svg">', 'figure > div > img')).toBe('figure > div > img');
  });
});

test.describe('refresh', () => {
  test('keeps what is met, drops what the walk no longer meets, adds the rest, keeps the unseen', () => {
    const baseline = parseBaseline(
      [
        'accepted:',
        '  - { rule: image-alt, target: "chapter:K645IfRNzpKy", selector: .e2e-test-image, reason: known }',
        '  - { rule: link-name, target: "chapter:K645IfRNzpKy", selector: a.gone }',
        '  - { rule: color-contrast, target: "topic:science/plant-life", selector: .x }',
      ].join('\n'),
      'b.yaml',
    );
    const walk = [
      result(
        ['chapter:K645IfRNzpKy', 'chapter:Knvx24p24qPO'],
        [
          finding({ accepted: true }),
          finding({
            rule: 'button-name',
            target: 'chapter:Knvx24p24qPO',
            where: 'Card 3 (TextInput)',
            selector: '.e2e-test-submit-answer-button',
          }),
        ],
      ),
    ];
    const refresh = refreshBaseline(baseline, walk);
    expect(refresh.removed.map((e) => e.rule)).toEqual(['link-name']);
    expect(refresh.unseen.map((e) => e.rule)).toEqual(['color-contrast']);
    expect(refresh.added).toEqual([
      {
        rule: 'button-name',
        target: 'chapter:Knvx24p24qPO',
        selector: '.e2e-test-submit-answer-button',
        reason: expect.stringContaining('Card 3 (TextInput)'),
      },
    ]);
    expect(refresh.entries.map((e) => `${e.target} ${e.rule}`)).toEqual([
      'chapter:K645IfRNzpKy image-alt',
      'chapter:Knvx24p24qPO button-name',
      'topic:science/plant-life color-contrast',
    ]);
    expect(refresh.entries[0]?.reason).toBe('known');

    // What it writes reads back as the same baseline.
    const dir = mkdtempSync(join(tmpdir(), 'a11y-baseline-'));
    try {
      const file = join(dir, 'a11y-baseline.yaml');
      writeBaseline(file, refresh.entries);
      expect(readFileSync(file, 'utf8')).toMatch(/^# Accessibility baseline/);
      expect(loadBaseline(file, { required: true }).entries).toEqual(refresh.entries);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('the failure', () => {
  test('starts with "Accessibility: " and names rule, impact, card, selector, HTML and help link', () => {
    const failure = accessibilityFailure([
      finding(),
      finding({
        rule: 'color-contrast',
        impact: 'serious',
        target: 'topic:math/place-values',
        where: 'topic page /learn/math/place-values',
        selector: '.topic-description',
        html: '<p class="topic-description">Learn place values</p>',
        helpUrl: 'https://dequeuniversity.com/rules/axe/4.13/color-contrast',
      }),
    ]);
    const [first, ...rest] = failure.message.split('\n');
    expect(first).toBe(
      'Accessibility: image-alt (critical) on Card 2 (Continue) at .e2e-test-image; ' +
        'color-contrast (serious) on topic page /learn/math/place-values at .topic-description',
    );
    expect(categoryOfMessage(first)).toBe('accessibility');
    expect(failure.category).toBe('accessibility');
    const details = rest.join('\n');
    expect(details).toContain('html: <img class="e2e-test-image"');
    expect(details).toContain('help: https://dequeuniversity.com/rules/axe/4.13/image-alt');
    expect(details).toContain('help: https://dequeuniversity.com/rules/axe/4.13/color-contrast');
  });

  test('Allure has an Accessibility category matching those messages', () => {
    const category = allureCategories().find((c) => c.name === 'Accessibility');
    expect(category).toBeDefined();
    expect(new RegExp(category!.messageRegex).test('Accessibility: image-alt (critical)')).toBe(
      true,
    );
    expect(
      new RegExp(category!.messageRegex).test('JourneyFailure: Accessibility: image-alt'),
    ).toBe(true);
  });
});
