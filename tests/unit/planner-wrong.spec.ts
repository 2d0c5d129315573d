import { faker } from '@faker-js/faker';
import { expect, test } from '@playwright/test';
import { planWrongAnswer } from '../../planner';
import type { Answer, StateDict } from '../../planner';
import { classify } from '../../planner/classify';
import { normalizeInteraction } from '../../planner/normalize';
import { rulesFor } from '../../planner/rules';
import { isUnenterable } from '../../planner/rules/types';
import {
  choices,
  group,
  interaction,
  outcome,
  rule,
  state,
  unicode,
} from '../support/planner-dicts';

/** The rng the suite passes: faker, seeded per run. */
function seededRng(seed: number): () => number {
  faker.seed(seed);
  return () => faker.number.float({ min: 0, max: 1 });
}

/** Where the planner's own rules send the answer: the outcome's dest and feedback. */
function landing(card: StateDict, answer: Answer) {
  const normalized = normalizeInteraction(card.interaction);
  const prepared = rulesFor(normalized.id)!.prepare(normalized);
  const submitted = prepared.submitted(answer);
  if (isUnenterable(submitted)) throw new Error(submitted.unenterable);
  const result = classify(normalized, prepared, submitted);
  if (!result.known) throw new Error(result.reason);
  return { dest: result.outcome.dest, feedback: result.outcome.feedbackHtml };
}

const numericCard = state(
  interaction(
    'NumericInput',
    {},
    [
      group([rule('IsInclusivelyBetween', { a: 10, b: 20 })], outcome('Next', '<p>Yes</p>')),
      group([rule('IsLessThan', { x: 0 })], outcome('Q', '<p>Negative? No.</p>')),
    ],
    outcome('Q', '<p>Not in range</p>'),
  ),
);

test.describe('planWrongAnswer', () => {
  test('NumericInput: a number outside every onward rule, which stays with feedback', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const wrong = planWrongAnswer(numericCard, 'Q', seededRng(seed));
      expect(wrong, `seed ${seed}`).not.toBeNull();
      expect(wrong?.feedbackExpected).toBe(true);
      expect(landing(numericCard, wrong!.answer).dest).toBe('Q');
    }
  });

  test('the same seed gives the same wrong answer; the rng drives the choice', () => {
    const first = planWrongAnswer(numericCard, 'Q', seededRng(42));
    expect(planWrongAnswer(numericCard, 'Q', seededRng(42))).toEqual(first);
    const answers = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        JSON.stringify(planWrongAnswer(numericCard, 'Q', seededRng(seed))),
      ),
    );
    expect(answers.size).toBeGreaterThan(1);
  });

  test('TextInput: a random word no onward rule matches', () => {
    const card = state(
      interaction(
        'TextInput',
        { placeholder: unicode(''), rows: 1, catchMisspellings: true },
        [
          group(
            [rule('Equals', { x: { contentId: 'r', normalizedStrSet: ['photosynthesis'] } })],
            outcome('Next', '<p>Yes</p>', { labelled_as_correct: true }),
          ),
        ],
        outcome('Q', '<p>Think about plants</p>'),
      ),
    );
    const wrong = planWrongAnswer(card, 'Q', seededRng(7));
    expect(wrong?.answer.kind).toBe('TextInput');
    expect(landing(card, wrong!.answer)).toEqual({
      dest: 'Q',
      feedback: '<p>Think about plants</p>',
    });
  });

  test('MultipleChoiceInput: a choice whose outcome stays, never one that moves on', () => {
    const card = state(
      interaction(
        'MultipleChoiceInput',
        { choices: choices('<p>Right</p>', '<p>Wrong</p>', '<p>Also right</p>') },
        [
          group([rule('Equals', { x: 0 })], outcome('Next')),
          group([rule('Equals', { x: 1 })], outcome('Q', '<p>Look again</p>')),
          group([rule('Equals', { x: 2 })], outcome('Next')),
        ],
        outcome('Q', ''),
      ),
    );
    for (const seed of [1, 2, 3]) {
      expect(planWrongAnswer(card, 'Q', seededRng(seed))).toEqual({
        answer: {
          kind: 'MultipleChoiceInput',
          choiceIndex: 1,
          choice: { by: 'words', words: 'Wrong' },
        },
        feedbackExpected: true,
      });
    }
  });

  test('null when staying gives no feedback, or would offer a detour instead', () => {
    const silent = state(
      interaction(
        'NumericInput',
        {},
        [group([rule('Equals', { x: 1 })], outcome('Next'))],
        outcome('Q', '<p></p>'),
      ),
    );
    expect(planWrongAnswer(silent, 'Q', seededRng(1))).toBeNull();
    const detour = state(
      interaction(
        'NumericInput',
        {},
        [group([rule('Equals', { x: 1 })], outcome('Next'))],
        outcome('Q', '<p>Review this first</p>', { refresher_exploration_id: 'refresher1' }),
      ),
    );
    expect(planWrongAnswer(detour, 'Q', seededRng(1))).toBeNull();
  });

  test('null for Continue, EndExploration and unsupported cards', () => {
    const rng = seededRng(1);
    expect(
      planWrongAnswer(
        state(interaction('Continue', { buttonText: unicode('Continue') }, [], outcome('Next'))),
        'Q',
        rng,
      ),
    ).toBeNull();
    expect(
      planWrongAnswer(state(interaction('EndExploration', {}, [], null)), 'Q', rng),
    ).toBeNull();
    expect(
      planWrongAnswer(state(interaction('CodeRepl', {}, [], outcome('Q', '<p>No</p>'))), 'Q', rng),
    ).toBeNull();
  });

  test('every answer-taking interaction gets a verified wrong answer when one exists', () => {
    const stay = outcome('Q', '<p>Not yet</p>');
    const cards: StateDict[] = [
      state(
        interaction(
          'FractionInput',
          {},
          [
            group(
              [
                rule('IsEquivalentTo', {
                  f: { isNegative: false, wholeNumber: 0, numerator: 1, denominator: 2 },
                }),
              ],
              outcome('Next'),
            ),
          ],
          stay,
        ),
      ),
      state(
        interaction(
          'NumberWithUnits',
          {},
          [
            group(
              [
                rule('IsEquivalentTo', {
                  f: {
                    type: 'real',
                    real: 2,
                    fraction: { isNegative: false, wholeNumber: 0, numerator: 0, denominator: 1 },
                    units: [{ unit: 'km', exponent: 1 }],
                  },
                }),
              ],
              outcome('Next'),
            ),
          ],
          stay,
        ),
      ),
      state(
        interaction(
          'RatioExpressionInput',
          { numberOfTerms: 2 },
          [group([rule('IsEquivalent', { x: [1, 2] })], outcome('Next'))],
          stay,
        ),
      ),
      state(
        interaction(
          'SetInput',
          {},
          [
            group(
              [rule('Equals', { x: { contentId: 'r', unicodeStrSet: ['1', '2'] } })],
              outcome('Next'),
            ),
          ],
          stay,
        ),
      ),
      state(
        interaction(
          'ItemSelectionInput',
          { choices: choices('<p>a</p>', '<p>b</p>'), maxAllowableSelectionCount: 2 },
          [group([rule('Equals', { x: ['ca_choices_0'] })], outcome('Next'))],
          stay,
        ),
      ),
      state(
        interaction(
          'DragAndDropSortInput',
          { choices: choices('<p>a</p>', '<p>b</p>', '<p>c</p>') },
          [
            group(
              [
                rule('IsEqualToOrdering', {
                  x: [['ca_choices_0'], ['ca_choices_1'], ['ca_choices_2']],
                }),
              ],
              outcome('Next'),
            ),
          ],
          stay,
        ),
      ),
      state(
        interaction(
          'NumericExpressionInput',
          {},
          [group([rule('IsEquivalentTo', { x: '3*4' })], outcome('Next'))],
          stay,
        ),
      ),
      state(
        interaction(
          'AlgebraicExpressionInput',
          { allowedVariables: ['x'] },
          [group([rule('IsEquivalentTo', { x: '2*x' })], outcome('Next'))],
          stay,
        ),
      ),
      state(
        interaction(
          'MathEquationInput',
          { allowedVariables: ['x', 'y'] },
          [group([rule('IsEquivalentTo', { x: 'y=x' })], outcome('Next'))],
          stay,
        ),
      ),
      state(
        interaction(
          'ImageClickInput',
          {
            imageAndRegions: {
              imagePath: 'a.png',
              labeledRegions: [
                {
                  label: 'a',
                  region: {
                    regionType: 'Rectangle',
                    area: [
                      [0, 0],
                      [0.5, 1],
                    ],
                  },
                },
              ],
            },
          },
          [group([rule('IsInRegion', { x: 'a' })], outcome('Next'))],
          stay,
        ),
      ),
    ];
    for (const card of cards) {
      const wrong = planWrongAnswer(card, 'Q', seededRng(3));
      expect(wrong, card.interaction.id ?? '').not.toBeNull();
      expect(landing(card, wrong!.answer), card.interaction.id ?? '').toEqual({
        dest: 'Q',
        feedback: '<p>Not yet</p>',
      });
    }
  });
});
