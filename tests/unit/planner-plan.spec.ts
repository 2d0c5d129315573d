import { expect, test } from '@playwright/test';
import { PlanError, planChapter } from '../../planner';
import type { ChapterPlan, ExplorationPlayerDict } from '../../planner';
import {
  END,
  choices,
  exploration,
  group,
  interaction,
  outcome,
  rule,
  state,
  unicode,
} from '../support/planner-dicts';

const cont = (to: string, feedback = '') =>
  state(interaction('Continue', { buttonText: unicode('Continue') }, [], outcome(to, feedback)));

const path = (plan: ChapterPlan) => plan.cards.map((c) => c.stateName);

function planError(dict: ExplorationPlayerDict): PlanError {
  try {
    planChapter(dict);
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error('expected a PlanError');
}

test.describe('planChapter', () => {
  test('a linear chapter: every card with its answer, the next card and no feedback expected', () => {
    const plan = planChapter(
      exploration('Intro', {
        Intro: state(
          interaction('Continue', { buttonText: unicode('Let us begin') }, [], outcome('Middle')),
        ),
        Middle: cont('Last'),
        Last: END,
      }),
    );
    expect(plan.cards).toEqual([
      {
        stateName: 'Intro',
        interactionId: 'Continue',
        answer: { kind: 'Continue', buttonText: 'Let us begin' },
        nextStateName: 'Middle',
        feedbackExpected: false,
        groupIndex: 'default',
      },
      {
        stateName: 'Middle',
        interactionId: 'Continue',
        answer: { kind: 'Continue', buttonText: 'Continue' },
        nextStateName: 'Last',
        feedbackExpected: false,
        groupIndex: 'default',
      },
      {
        stateName: 'Last',
        interactionId: 'EndExploration',
        answer: null,
        nextStateName: null,
        feedbackExpected: false,
        groupIndex: 'default',
      },
    ]);
  });

  test('branching: takes the shortest way to an end card', () => {
    const plan = planChapter(
      exploration('Q', {
        Q: state(
          interaction(
            'MultipleChoiceInput',
            {
              choices: choices('<p>Long way</p>', '<p>Short way</p>'),
              showChoicesInShuffledOrder: true,
            },
            [
              group([rule('Equals', { x: 0 })], outcome('A')),
              group([rule('Equals', { x: 1 })], outcome('Done')),
            ],
            outcome('Q', '<p>Pick one</p>'),
          ),
        ),
        A: cont('B'),
        B: cont('Done'),
        Done: END,
      }),
    );
    expect(path(plan)).toEqual(['Q', 'Done']);
    expect(plan.cards[0]?.answer).toEqual({
      kind: 'MultipleChoiceInput',
      choiceIndex: 1,
      choice: { by: 'words', words: 'Short way' },
    });
    expect(plan.cards[0]?.groupIndex).toBe(1);
  });

  test('loops: a group labelled correct that leads back to an earlier card is not the way on', () => {
    const plan = planChapter(
      exploration('Intro', {
        Intro: cont('Q'),
        Q: state(
          interaction(
            'TextInput',
            { placeholder: unicode(''), rows: 1 },
            [
              group(
                [rule('Equals', { x: { contentId: 'r0', normalizedStrSet: ['again'] } })],
                outcome('Intro', '<p>Back to the start!</p>', { labelled_as_correct: true }),
              ),
              group(
                [rule('Equals', { x: { contentId: 'r1', normalizedStrSet: ['onward'] } })],
                outcome('Done', '<p>Good.</p>'),
              ),
            ],
            outcome('Q', '<p>Try again.</p>'),
          ),
        ),
        Done: END,
      }),
    );
    expect(path(plan)).toEqual(['Intro', 'Q', 'Done']);
    expect(plan.cards[1]).toMatchObject({
      answer: { kind: 'TextInput', text: 'onward' },
      groupIndex: 1,
      feedbackExpected: true,
    });
  });

  test('loops: wrong answers looping back to earlier cards do not trap the planner', () => {
    const numeric = (dest: string, back: string) =>
      state(
        interaction(
          'NumericInput',
          {},
          [
            group([rule('Equals', { x: 4 })], outcome(dest, '<p>Yes</p>')),
            group([rule('IsLessThan', { x: 4 })], outcome(back, '<p>Review</p>')),
          ],
          outcome(back, '<p>Review the last card</p>'),
        ),
      );
    const plan = planChapter(
      exploration('One', {
        One: numeric('Two', 'One'),
        Two: numeric('Three', 'One'),
        Three: numeric('End', 'Two'),
        End: END,
      }),
    );
    expect(path(plan)).toEqual(['One', 'Two', 'Three', 'End']);
    expect(plan.cards.slice(0, 3).map((c) => c.answer)).toEqual(
      Array(3).fill({ kind: 'NumericInput', text: '4' }),
    );
  });

  test('shadowing: an earlier group that catches the obvious answer is stepped around', () => {
    const plan = planChapter(
      exploration('Q', {
        Q: state(
          interaction(
            'NumericInput',
            {},
            [
              group([rule('IsGreaterThan', { x: 5 })], outcome('Q', '<p>Too big</p>')),
              group([rule('IsGreaterThan', { x: 3 })], outcome('Done', '<p>Right</p>')),
            ],
            outcome('Q', '<p>Too small</p>'),
          ),
        ),
        Done: END,
      }),
    );
    const entered = Number((plan.cards[0]?.answer as { text: string }).text);
    expect(entered).toBeGreaterThan(3);
    expect(entered).toBeLessThanOrEqual(5);
    expect(plan.cards[0]?.groupIndex).toBe(1);
  });

  test('shadowing that leaves no answer: PlanError names the card and says why', () => {
    const error = planError(
      exploration('Q', {
        Q: state(
          interaction(
            'TextInput',
            {},
            [
              group(
                [rule('Contains', { x: { contentId: 'r0', normalizedStrSet: ['cat'] } })],
                outcome('Q', '<p>Not quite</p>'),
              ),
              group(
                [rule('Equals', { x: { contentId: 'r1', normalizedStrSet: ['concatenate'] } })],
                outcome('Done'),
              ),
            ],
            outcome('Q', '<p>Try again</p>'),
          ),
        ),
        Done: END,
      }),
    );
    expect(error).toMatchObject({
      stateName: 'Q',
      interactionId: 'TextInput',
      reason: 'unbuildable-answer',
      category: 'suite-defect',
    });
    expect(error.message).toContain('group 1 -> "Done"');
    expect(error.message).toContain('lands in group 0');
  });

  test('feedbackExpected follows the chosen outcome: empty, blank markup, text, image only', () => {
    const card = (feedback: string, next: string) =>
      state(
        interaction(
          'NumericInput',
          {},
          [group([rule('Equals', { x: 1 })], outcome(next, feedback))],
          outcome('Q', '<p>No</p>'),
        ),
      );
    const plan = planChapter(
      exploration('A', {
        A: card('', 'B'),
        B: card('<p> &nbsp; </p>', 'C'),
        C: card('<p>Well done!</p>', 'D'),
        D: card(
          '<p><oppia-noninteractive-image filepath-with-value="&quot;star.png&quot;"></oppia-noninteractive-image></p>',
          'Done',
        ),
        Done: END,
      }),
    );
    expect(plan.cards.map((c) => c.feedbackExpected)).toEqual([false, false, true, true, false]);
  });

  test('solution: its correct answer is used when it classifies onward', () => {
    const plan = planChapter(
      exploration('Q', {
        Q: state(
          interaction(
            'TextInput',
            {},
            [
              group(
                [rule('Equals', { x: { contentId: 'r', normalizedStrSet: ['forty two', '42'] } })],
                outcome('Done'),
              ),
            ],
            outcome('Q', '<p>No</p>'),
            '42',
          ),
        ),
        Done: END,
      }),
    );
    expect(plan.cards[0]?.answer).toEqual({ kind: 'TextInput', text: '42' });
  });

  test('solution: ignored when it does not lead onward (inconsistent content)', () => {
    const plan = planChapter(
      exploration('Q', {
        Q: state(
          interaction(
            'NumericInput',
            {},
            [group([rule('Equals', { x: 7 })], outcome('Done'))],
            outcome('Q', '<p>No</p>'),
            8,
          ),
        ),
        Done: END,
      }),
    );
    expect(plan.cards[0]?.answer).toEqual({ kind: 'NumericInput', text: '7' });
  });

  test('the default outcome as the way on: an answer no group matches', () => {
    const plan = planChapter(
      exploration('Q', {
        Q: state(
          interaction(
            'TextInput',
            {},
            [
              group(
                [rule('Contains', { x: { contentId: 'r', normalizedStrSet: ['z', 'q', 'x'] } })],
                outcome('Q', '<p>Not those letters</p>'),
              ),
            ],
            outcome('Done', '<p>Thanks for sharing</p>'),
          ),
        ),
        Done: END,
      }),
    );
    const text = (plan.cards[0]?.answer as { text: string }).text.toLowerCase();
    expect(text).not.toMatch(/[zqx]/);
    expect(plan.cards[0]).toMatchObject({ groupIndex: 'default', feedbackExpected: true });
  });

  test('training data: a filler that a group was trained on is not taken for the default outcome', () => {
    const dict = interaction(
      'TextInput',
      {},
      [
        group(
          [rule('Equals', { x: { contentId: 'r', normalizedStrSet: ['no'] } })],
          outcome('Q', '<p>Hm</p>'),
        ),
      ],
      outcome('Done'),
    );
    dict.answer_groups![0]!.training_data = ['xylophone quartz', 'qwzx'];
    const plan = planChapter(exploration('Q', { Q: state(dict), Done: END }));
    expect(['xylophone quartz', 'qwzx']).not.toContain(
      (plan.cards[0]?.answer as { text: string }).text,
    );
  });

  test('dead end: every outcome stays on the card', () => {
    const error = planError(
      exploration('Intro', {
        Intro: cont('Stuck'),
        Stuck: state(
          interaction(
            'NumericInput',
            {},
            [group([rule('Equals', { x: 3 })], outcome('Stuck', '<p>Right, but...</p>'))],
            outcome('Stuck', '<p>Wrong</p>'),
          ),
        ),
        Done: END,
      }),
    );
    expect(error).toBeInstanceOf(PlanError);
    expect(error).toMatchObject({
      stateName: 'Stuck',
      interactionId: 'NumericInput',
      reason: 'dead-end',
      category: 'dead-end',
    });
    expect(error.message).toMatch(/^Card "Stuck" \(NumericInput\): dead-end: all 2 outcomes/);
    // The way to the blocking card, so a walk can take the learner there before failing.
    expect(error.path.map((c) => [c.stateName, c.interactionId, c.nextStateName])).toEqual([
      ['Intro', 'Continue', 'Stuck'],
    ]);
  });

  test('unsupported interaction: PlanError names the card', () => {
    const error = planError(
      exploration('Intro', {
        Intro: cont('Graph'),
        Graph: state(
          interaction(
            'GraphInput',
            { graph: {} },
            [group([rule('IsIsomorphicTo', { g: {} })], outcome('Done'))],
            outcome('Graph'),
          ),
        ),
        Done: END,
      }),
    );
    expect(error).toMatchObject({
      stateName: 'Graph',
      interactionId: 'GraphInput',
      reason: 'unsupported-interaction',
    });
  });

  test('choices that are not words: found by alt text, by being the only one, or by place', () => {
    const image = (file: string, alt: string) =>
      `<p><oppia-noninteractive-image alt-with-value="&amp;quot;${alt}&amp;quot;" caption-with-value="&amp;quot;&amp;quot;" filepath-with-value="&amp;quot;${file}&amp;quot;"></oppia-noninteractive-image></p>`;
    const firstAnswer = (shuffle: boolean, ...html: string[]) =>
      planChapter(
        exploration('Q', {
          Q: state(
            interaction(
              'MultipleChoiceInput',
              { choices: choices(...html), showChoicesInShuffledOrder: shuffle },
              [group([rule('Equals', { x: 1 })], outcome('Done'))],
              outcome('Q', '<p>No</p>'),
            ),
          ),
          Done: END,
        }),
      ).cards[0]?.answer;
    expect(firstAnswer(true, image('a.png', 'two pears'), image('b.png', 'three apples'))).toEqual({
      kind: 'MultipleChoiceInput',
      choiceIndex: 1,
      choice: { by: 'name', name: 'three apples', shows: 'picture' },
    });
    // Same words, told apart by their pictures.
    expect(
      firstAnswer(
        true,
        `<p>Fruit</p>${image('a.png', 'pears')}`,
        `<p>Fruit</p>${image('b.png', 'apples')}`,
      ),
    ).toMatchObject({ choice: { by: 'name', name: 'Fruit apples', shows: 'mixed' } });
    // The one picture nothing describes, among worded choices.
    expect(firstAnswer(true, '<p>Wrong</p>', image('a.png', ''))).toMatchObject({
      choice: { by: 'name', name: '', shows: 'picture' },
    });
    // Pictures nothing describes, in a fixed order: by place.
    expect(firstAnswer(false, image('a.png', ''), image('b.png', ''))).toMatchObject({
      choice: { by: 'position', position: 2 },
    });
  });

  test('drag and drop with several items per position: every rule type plans a grouping', () => {
    const words = (text: string) => ({ by: 'words', words: text });
    const plannedFor = (ruleType: string, inputs: Record<string, unknown>) =>
      planChapter(
        exploration('Q', {
          Q: state(
            interaction(
              'DragAndDropSortInput',
              {
                choices: choices('<p>1/2</p>', '<p>0.25</p>', '<p>0.5</p>'),
                allowMultipleItemsInSamePosition: true,
              },
              [group([rule(ruleType, inputs)], outcome('Done'))],
              outcome('Q', '<p>No</p>'),
            ),
          ),
          Done: END,
        }),
      ).cards[0]?.answer;
    const grouped = [['ca_choices_0', 'ca_choices_2'], ['ca_choices_1']];
    expect(plannedFor('IsEqualToOrdering', { x: grouped })).toEqual({
      kind: 'DragAndDropSortInput',
      ordered: [[words('1/2'), words('0.5')], [words('0.25')]],
    });
    // One item out of place: not the grouping itself, but one move away from it.
    const nearly = plannedFor('IsEqualToOrderingWithOneItemAtIncorrectPosition', { x: grouped });
    expect(nearly).toMatchObject({ kind: 'DragAndDropSortInput' });
    expect(nearly).not.toEqual(plannedFor('IsEqualToOrdering', { x: grouped }));
    expect(plannedFor('HasElementXAtPositionY', { x: 'ca_choices_1', y: 1 })).toMatchObject({
      ordered: [[words('0.25')], [words('1/2')], [words('0.5')]],
    });
    expect(
      plannedFor('HasElementXBeforeElementY', { x: 'ca_choices_2', y: 'ca_choices_0' }),
    ).toMatchObject({ ordered: [[words('0.5')], [words('1/2')], [words('0.25')]] });
  });

  test('shuffled choices no learner can tell apart are a content dead end naming them', () => {
    const blank = (file: string) =>
      `<p><oppia-noninteractive-image alt-with-value="&amp;quot;&amp;quot;" filepath-with-value="&amp;quot;${file}&amp;quot;"></oppia-noninteractive-image></p>`;
    const error = planError(
      exploration('Q', {
        Q: state(
          interaction(
            'MultipleChoiceInput',
            { choices: choices('<p>None</p>', blank('a.png'), blank('b.png')) },
            [group([rule('Equals', { x: 1 })], outcome('Done'))],
            outcome('Q', '<p>No</p>'),
          ),
        ),
        Done: END,
      }),
    );
    expect(error).toMatchObject({
      stateName: 'Q',
      reason: 'indistinguishable-choices',
      category: 'dead-end',
    });
    expect(error.message).toBe(
      'Content dead end: card "Q" (MultipleChoiceInput) has choices no learner can tell apart: ' +
        'choices 2, 3 cannot be told apart: choice 2 shows nothing a learner can read (no words, ' +
        'no alt text); choice 3 shows nothing a learner can read (no words, no alt text), and they ' +
        'are not shown in a fixed order, so not even their position tells them apart. Give each a ' +
        'distinct text or alt text.',
    );
  });

  test('broken content: a missing first card, or no way to any end card', () => {
    expect(planError(exploration('Nope', { Done: END }))).toMatchObject({
      reason: 'invalid-exploration',
      stateName: 'Nope',
    });
    const loop = planError(exploration('A', { A: cont('B'), B: cont('A') }));
    expect(loop).toMatchObject({ reason: 'no-path-to-end', category: 'dead-end' });
    expect(loop.message).toContain('no EndExploration card');
    expect(planError(exploration('A', { A: cont('Gone') }))).toMatchObject({
      reason: 'invalid-exploration',
      stateName: 'A',
    });
  });

  test('answer formats: fractions, units, ratios and numbers as a learner types them', () => {
    const card = (
      id: string,
      args: Record<string, unknown>,
      rules: ReturnType<typeof rule>[],
      next: string,
      solution?: unknown,
    ) =>
      state(
        interaction(
          id,
          args,
          [group(rules, outcome(next))],
          // A destination that is not a card: never a way on.
          outcome('nowhere', '<p>No</p>'),
          solution,
        ),
      );
    const plan = planChapter(
      exploration('F', {
        F: card(
          'FractionInput',
          {},
          [
            rule('IsEquivalentTo', {
              f: { isNegative: true, wholeNumber: 1, numerator: 2, denominator: 3 },
            }),
          ],
          'F2',
        ),
        F2: card(
          'FractionInput',
          { allowImproperFraction: false },
          [
            rule('IsEquivalentTo', {
              f: { isNegative: false, wholeNumber: 0, numerator: 3, denominator: 2 },
            }),
          ],
          'F3',
        ),
        F3: card(
          'FractionInput',
          { allowNonzeroIntegerPart: false },
          [
            rule('IsEquivalentTo', {
              f: { isNegative: false, wholeNumber: 1, numerator: 1, denominator: 2 },
            }),
          ],
          'U',
        ),
        U: card(
          'NumberWithUnits',
          {},
          [
            rule('IsEquivalentTo', {
              f: {
                type: 'real',
                real: 5,
                fraction: { isNegative: false, wholeNumber: 0, numerator: 0, denominator: 1 },
                units: [
                  { unit: 'km', exponent: 1 },
                  { unit: 'hr', exponent: -1 },
                ],
              },
            }),
          ],
          'M',
        ),
        M: card(
          'NumberWithUnits',
          {},
          [
            rule('IsEqualTo', {
              f: {
                type: 'real',
                real: 2.5,
                fraction: { isNegative: false, wholeNumber: 0, numerator: 0, denominator: 1 },
                units: [{ unit: '$', exponent: 1 }],
              },
            }),
          ],
          'R',
        ),
        R: card(
          'RatioExpressionInput',
          { numberOfTerms: 3 },
          [rule('IsEquivalent', { x: [2, 4, 6] })],
          'N',
        ),
        N: card('NumericInput', {}, [rule('IsInclusivelyBetween', { a: 0.1, b: 0.2 })], 'N2'),
        N2: card('NumericInput', {}, [rule('Equals', { x: 2.5 })], 'E', 2.5),
        E: card(
          'AlgebraicExpressionInput',
          { allowedVariables: ['a', 'b'] },
          [rule('IsEquivalentTo', { x: '(a+b)^2' })],
          'Done',
        ),
        Done: END,
      }),
    );
    expect(plan.cards.map((c) => c.answer && 'text' in c.answer && c.answer.text)).toEqual([
      '-1 2/3',
      '1 1/2',
      '3/2',
      '5 km/hr',
      '$2.5',
      '2:4:6',
      '0.15',
      '2.5',
      '(a+b)^2',
      null,
    ]);
  });

  test('item selection, drag and drop, image click, sets and equations are planned', () => {
    const plan = planChapter(
      exploration('I', {
        I: state(
          interaction(
            'ItemSelectionInput',
            {
              choices: choices('<p>2</p>', '<p>3</p>', '<p>4</p>'),
              minAllowableSelectionCount: 1,
              maxAllowableSelectionCount: 2,
            },
            [
              group(
                [rule('ContainsAtLeastOneOf', { x: ['ca_choices_1'] })],
                outcome('I', '<p>3 is odd</p>'),
              ),
              group([rule('Equals', { x: ['ca_choices_0', 'ca_choices_2'] })], outcome('D')),
            ],
            outcome('I', '<p>No</p>'),
          ),
        ),
        D: state(
          interaction(
            'DragAndDropSortInput',
            {
              choices: choices('<p>one</p>', '<p>two</p>', '<p>three</p>'),
              allowMultipleItemsInSamePosition: false,
            },
            [group([rule('HasElementXAtPositionY', { x: 'ca_choices_2', y: 1 })], outcome('C'))],
            outcome('D', '<p>No</p>'),
          ),
        ),
        C: state(
          interaction(
            'ImageClickInput',
            {
              imageAndRegions: {
                imagePath: 'p.png',
                labeledRegions: [
                  {
                    label: 'big',
                    region: {
                      regionType: 'Rectangle',
                      area: [
                        [0, 0],
                        [1, 1],
                      ],
                    },
                  },
                  {
                    label: 'tens',
                    region: {
                      regionType: 'Rectangle',
                      area: [
                        [0.4, 0.4],
                        [0.6, 0.6],
                      ],
                    },
                  },
                ],
              },
            },
            [
              group([rule('IsInRegion', { x: 'tens' })], outcome('C', '<p>That is tens</p>')),
              group([rule('IsInRegion', { x: 'big' })], outcome('S')),
            ],
            outcome('C', '<p>Click the picture</p>'),
          ),
        ),
        S: state(
          interaction(
            'SetInput',
            { buttonText: unicode('Add item') },
            [
              group(
                [rule('IsSupersetOf', { x: { contentId: 'r', unicodeStrSet: ['2'] } })],
                outcome('Q'),
              ),
            ],
            outcome('S', '<p>No</p>'),
          ),
        ),
        Q: state(
          interaction(
            'MathEquationInput',
            { allowedVariables: ['x', 'y'] },
            [group([rule('IsEquivalentTo', { x: 'y=2*x' })], outcome('Done'))],
            outcome('Q', '<p>No</p>'),
          ),
        ),
        Done: END,
      }),
    );
    const [pick, order, click, set, eq] = plan.cards.map((c) => c.answer);
    const words = (text: string) => ({ by: 'words', words: text });
    expect(pick).toEqual({ kind: 'ItemSelectionInput', choices: [words('2'), words('4')] });
    expect(order).toEqual({
      kind: 'DragAndDropSortInput',
      ordered: [[words('three')], [words('one')], [words('two')]],
    });
    expect(click).toMatchObject({ kind: 'ImageClickInput', region: 'big' });
    const { x, y } = click as { x: number; y: number };
    expect(x >= 0.4 && x <= 0.6 && y >= 0.4 && y <= 0.6, `(${x}, ${y}) is outside "tens"`).toBe(
      false,
    );
    expect(set).toMatchObject({ kind: 'SetInput', items: expect.arrayContaining(['2']) });
    expect((set as { items: string[] }).items.length).toBeGreaterThan(1);
    expect(eq).toEqual({ kind: 'MathEquationInput', text: 'y=2*x' });
  });

  test('image click off every region keeps clear of region borders', () => {
    const plan = planChapter(
      exploration('C', {
        C: state(
          interaction(
            'ImageClickInput',
            {
              imageAndRegions: {
                imagePath: 'p.png',
                labeledRegions: [
                  {
                    label: 'left',
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
            [group([rule('IsInRegion', { x: 'left' })], outcome('C', '<p>Not the left half</p>'))],
            outcome('Done'),
          ),
        ),
        Done: END,
      }),
    );
    expect(plan.cards[0]?.answer).toMatchObject({ kind: 'ImageClickInput', region: '' });
    expect((plan.cards[0]?.answer as { x: number }).x).toBeGreaterThan(0.51);
  });

  test('a unit the planner cannot convert still matches itself', () => {
    const f = {
      type: 'real',
      real: 3,
      fraction: { isNegative: false, wholeNumber: 0, numerator: 0, denominator: 1 },
      units: [{ unit: 'furlong', exponent: 1 }],
    };
    const plan = planChapter(
      exploration('U', {
        U: state(
          interaction(
            'NumberWithUnits',
            {},
            [group([rule('IsEquivalentTo', { f })], outcome('Done'))],
            outcome('U', '<p>No</p>'),
          ),
        ),
        Done: END,
      }),
    );
    expect(plan.cards[0]?.answer).toEqual({ kind: 'NumberWithUnits', text: '3 furlong' });
  });

  test('old shapes: plain-string args, choices, rule inputs and feedback', () => {
    const plan = planChapter({
      init_state_name: 'Intro',
      states: {
        Intro: {
          interaction: {
            id: 'Continue',
            customization_args: { buttonText: { value: 'Go on' } },
            answer_groups: [],
            default_outcome: { dest: 'MC', feedback: [] },
          },
        },
        MC: {
          interaction: {
            id: 'MultipleChoiceInput',
            customization_args: { choices: { value: ['<p>Red</p>', '<p>Blue &amp; green</p>'] } },
            answer_groups: [
              {
                rule_specs: [{ rule_type: 'Equals', inputs: { x: 1 } }],
                outcome: { dest: 'Text', feedback: ['<p>Yes!</p>'] },
              },
            ],
            default_outcome: { dest: 'MC', feedback: '<p>No</p>' },
          },
        },
        Text: {
          interaction: {
            id: 'TextInput',
            customization_args: { placeholder: { value: 'Type here' }, rows: { value: 1 } },
            answer_groups: [
              {
                rule_specs: [{ rule_type: 'CaseSensitiveEquals', inputs: { x: 'Oppia' } }],
                outcome: { dest: 'Set', feedback: '' },
              },
            ],
            default_outcome: { dest: 'Text', feedback: '<p>No</p>' },
          },
        },
        Set: {
          interaction: {
            id: 'SetInput',
            customization_args: {},
            answer_groups: [
              {
                rule_types_to_inputs: { Equals: [{ x: ['1', '2'] }] },
                outcome: { dest: 'End', feedback: '' },
              },
            ],
            default_outcome: { dest: 'Set', feedback: '<p>No</p>' },
          },
        },
        End: {
          interaction: {
            id: 'EndExploration',
            customization_args: {},
            answer_groups: [],
            default_outcome: null,
          },
        },
      },
    });
    expect(plan.cards.map((c) => c.answer)).toEqual([
      { kind: 'Continue', buttonText: 'Go on' },
      {
        kind: 'MultipleChoiceInput',
        choiceIndex: 1,
        choice: { by: 'words', words: 'Blue & green' },
      },
      { kind: 'TextInput', text: 'Oppia' },
      { kind: 'SetInput', items: ['1', '2'] },
      null,
    ]);
    expect(plan.cards[1]?.feedbackExpected).toBe(true);
  });
});
