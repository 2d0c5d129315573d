import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  allClassroomsSummarySchema,
  classroomDataSchema,
  explorationInitSchema,
  storyDataSchema,
  stripXssiPrefix,
  topicDataSchema,
} from '../../catalog';
import { planChapter, planWrongAnswer } from '../../planner';

/**
 * The suite's side of replaying bodies recorded from older Oppia (the hand-made record directory
 * of tests/sandbox/replay-helpers.ts): discovery's schemas and the planner accept them, so a walk
 * of a replay reads them as it reads today's.
 */
const DIR = fileURLToPath(new URL('../sandbox/fixtures/replay/handmade/', import.meta.url));
const body = (path: string): unknown =>
  JSON.parse(stripXssiPrefix(readFileSync(`${DIR}${path}.json`, 'utf8'))) as unknown;

test('the catalog handlers parse', () => {
  expect(allClassroomsSummarySchema.safeParse(body('all_classrooms_summary')).success).toBe(true);
  expect(classroomDataSchema.safeParse(body('classroom_data_handler/math')).success).toBe(true);
  expect(topicDataSchema.safeParse(body('topic_data_handler/math/place-values')).success).toBe(
    true,
  );
  expect(
    storyDataSchema.safeParse(body('story_data_handler/math/place-values/jaime-arcade')).success,
  ).toBe(true);
});

const CHAPTERS: Array<[string, string, string[]]> = [
  // [exploration, what is old about it, the cards the plan passes]
  [
    'pvOldShape01',
    'plain customization args, string choices, voiceovers',
    ['Introduction', 'Tens', 'End'],
  ],
  [
    'pvXssiSaved1',
    'plain placeholder, string rule input, saved with the prefix',
    ['Tens and Ones', 'End'],
  ],
  ['pvPlainFeed1', 'feedback as a list of strings', ['Count', 'End']],
  ['pvNewest0001', "today's shape", ['Hundreds', 'Which', 'End']],
];

for (const [id, what, cards] of CHAPTERS) {
  test(`${id} (${what}): the init schema accepts it and the planner plays it to the end`, () => {
    const parsed = explorationInitSchema.safeParse(body(`explorehandler/init/${id}`));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const plan = planChapter(parsed.data!.exploration);
    expect(plan.cards.map((c) => c.stateName)).toEqual(cards);
    expect(plan.cards.at(-1)?.interactionId).toBe('EndExploration');
  });
}

test('older shapes: the planner reads plain values and feedback lists', () => {
  const old = explorationInitSchema.parse(body('explorehandler/init/pvOldShape01')).exploration;
  const [intro, tens] = planChapter(old).cards;
  expect(intro?.answer).toEqual({ kind: 'Continue', buttonText: 'Continue' });
  expect(tens?.answer).toEqual({
    kind: 'MultipleChoiceInput',
    choiceIndex: 1,
    choice: { by: 'words', words: '30' },
  });
  expect(tens?.feedbackExpected).toBe(true);

  const plain = explorationInitSchema.parse(body('explorehandler/init/pvPlainFeed1')).exploration;
  const count = plain.states['Count']!;
  const wrong = planWrongAnswer(count, 'Count', () => 0.5);
  expect(wrong?.feedbackExpected).toBe(true);
  expect(planChapter(plain).cards[0]?.feedbackExpected).toBe(true);
});
