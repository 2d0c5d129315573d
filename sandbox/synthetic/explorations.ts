import type {
  AnswerGroupDict,
  ExplorationEntry,
  InteractionDict,
  OutcomeDict,
  RuleSpecDict,
  StateDict,
  SubtitledHtml,
} from '../content-loader/model';
import type { Random } from './prng';

/**
 * Small explorations in the newest player-dict shape (content ids like Oppia's `content_0`,
 * `ca_choices_1`, ...): an intro Continue card, question cards with a correct answer group, a
 * wrong-answer loop (dest = the same card, with feedback) and an EndExploration card.
 */

export const SYNTHETIC_IMAGE_PREFIX = 'synthetic_';

export class ContentIds {
  private n = 0;
  next(prefix: string): string {
    return `${prefix}_${this.n++}`;
  }
  get count(): number {
    return this.n;
  }
}

export interface Question {
  prompt: string;
  interaction: Pick<InteractionDict, 'id' | 'customization_args'>;
  correct: RuleSpecDict[];
  /** `solution.correct_answer`, for interactions that can have a solution. */
  answer?: unknown;
  /** Rules of a tempting wrong answer, answered with specific feedback (optional). */
  wrong?: { rules: RuleSpecDict[]; feedback: string };
}

export type QuestionMaker = (rng: Random, ids: ContentIds) => Question;

export const p = (text: string) => `<p>${text}</p>`;
export const html = (ids: ContentIds, prefix: string, text: string): SubtitledHtml => ({
  content_id: ids.next(prefix),
  html: text ? p(text) : '',
});
export const unicode = (ids: ContentIds, prefix: string, text: string) => ({
  value: { content_id: ids.next(prefix), unicode_str: text },
});

export const QUESTIONS: Record<string, QuestionMaker> = {
  NumericInput: (rng) => {
    const a = rng.int(2, 60);
    const b = rng.int(2, 40);
    return {
      prompt: `What is ${a} + ${b}?`,
      interaction: {
        id: 'NumericInput',
        customization_args: { requireNonnegativeInput: { value: false } },
      },
      correct: [{ rule_type: 'Equals', inputs: { x: a + b } }],
      answer: a + b,
      wrong: {
        rules: [{ rule_type: 'IsLessThan', inputs: { x: a + b } }],
        feedback: 'That is too small. Add the two numbers again.',
      },
    };
  },
  TextInput: (rng, ids) => {
    const [word, clue] = rng.pick(WORDS);
    return {
      prompt: `Type the missing word: ${clue}`,
      interaction: {
        id: 'TextInput',
        customization_args: {
          placeholder: unicode(ids, 'ca_placeholder', ''),
          rows: { value: 1 },
          catchMisspellings: { value: false },
        },
      },
      correct: [
        {
          rule_type: 'Equals',
          inputs: { x: { contentId: ids.next('rule_input'), normalizedStrSet: [word] } },
        },
      ],
      answer: word,
    };
  },
  MultipleChoiceInput: (rng, ids) => {
    const numbers = rng.sample(range(1, 99), rng.int(3, 4));
    const largest = Math.max(...numbers);
    const correctIndex = numbers.indexOf(largest);
    const wrongIndex = correctIndex === 0 ? 1 : 0;
    return {
      prompt: 'Which number is the largest?',
      interaction: {
        id: 'MultipleChoiceInput',
        customization_args: {
          choices: { value: numbers.map((n) => html(ids, 'ca_choices', String(n))) },
          showChoicesInShuffledOrder: { value: rng.bool() },
        },
      },
      correct: [{ rule_type: 'Equals', inputs: { x: correctIndex } }],
      wrong: {
        rules: [{ rule_type: 'Equals', inputs: { x: wrongIndex } }],
        feedback: `${numbers[wrongIndex]} is not the largest. Compare the tens digits first.`,
      },
    };
  },
  FractionInput: (rng, ids) => {
    const denominator = rng.int(2, 12);
    const numerator = rng.int(1, denominator - 1);
    return {
      prompt: `A cake is cut into ${denominator} equal slices and ${numerator} are eaten. What fraction of the cake is eaten?`,
      interaction: {
        id: 'FractionInput',
        customization_args: {
          requireSimplestForm: { value: false },
          allowImproperFraction: { value: true },
          allowNonzeroIntegerPart: { value: true },
          customPlaceholder: unicode(ids, 'ca_customPlaceholder', ''),
        },
      },
      correct: [
        {
          rule_type: 'IsEquivalentTo',
          inputs: { f: { isNegative: false, wholeNumber: 0, numerator, denominator } },
        },
      ],
      answer: { isNegative: false, wholeNumber: 0, numerator, denominator },
    };
  },
  ItemSelectionInput: (rng, ids) => {
    const start = rng.int(1, 40);
    const numbers = range(start, start + rng.int(3, 4));
    const choices = numbers.map((n) => html(ids, 'ca_choices', String(n)));
    const even = choices.filter((_, i) => (numbers[i] ?? 1) % 2 === 0).map((c) => c.content_id);
    return {
      prompt: 'Select all the even numbers.',
      interaction: {
        id: 'ItemSelectionInput',
        customization_args: {
          minAllowableSelectionCount: { value: 1 },
          maxAllowableSelectionCount: { value: choices.length },
          choices: { value: choices },
        },
      },
      correct: [{ rule_type: 'Equals', inputs: { x: even } }],
    };
  },
  SetInput: (rng, ids) => {
    const start = rng.int(1, 30);
    const evens = range(start, start + 5)
      .filter((n) => n % 2 === 0)
      .map(String);
    return {
      prompt: `Enter each even number from ${start} to ${start + 5}, one per item.`,
      interaction: {
        id: 'SetInput',
        customization_args: { buttonText: unicode(ids, 'ca_buttonText', 'Add Item') },
      },
      correct: [
        {
          rule_type: 'Equals',
          inputs: { x: { contentId: ids.next('rule_input'), unicodeStrSet: evens } },
        },
      ],
      answer: evens,
    };
  },
  RatioExpressionInput: (rng, ids) => {
    const a = rng.int(1, 9);
    const b = rng.int(1, 9);
    return {
      prompt: `A basket has ${a} apples and ${b} oranges. Write the ratio of apples to oranges.`,
      interaction: {
        id: 'RatioExpressionInput',
        customization_args: {
          placeholder: unicode(ids, 'ca_placeholder', ''),
          numberOfTerms: { value: 0 },
        },
      },
      correct: [{ rule_type: 'Equals', inputs: { x: [a, b] } }],
      answer: [a, b],
    };
  },
};

export const SYNTHETIC_INTERACTIONS = ['Continue', ...Object.keys(QUESTIONS), 'EndExploration'];

const QUESTION_IDS = Object.keys(QUESTIONS);

const WORDS: ReadonlyArray<readonly [string, string]> = [
  ['triangle', 'a shape with three sides is a ___.'],
  ['square', 'a shape with four equal sides and four right angles is a ___.'],
  ['even', '2, 4 and 6 are ___ numbers.'],
  ['odd', '1, 3 and 5 are ___ numbers.'],
  ['sum', 'the result of adding numbers is their ___.'],
  ['circle', 'a round shape with no corners is a ___.'],
  ['hundred', 'ten tens make one ___.'],
  ['zero', 'any number times ___ is zero.'],
];

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}

export function outcome(dest: string, feedback: SubtitledHtml, correct: boolean): OutcomeDict {
  return {
    dest,
    dest_if_really_stuck: null,
    feedback,
    labelled_as_correct: correct,
    param_changes: [],
    refresher_exploration_id: null,
    missing_prerequisite_skill_id: null,
  };
}

export function group(rules: RuleSpecDict[], out: OutcomeDict): AnswerGroupDict {
  return {
    rule_specs: rules,
    outcome: out,
    training_data: [],
    tagged_skill_misconception_id: null,
  };
}

export function state(
  content: SubtitledHtml,
  interaction: InteractionDict,
  checkpoint: boolean,
): StateDict {
  return {
    content,
    interaction,
    param_changes: [],
    solicit_answer_details: false,
    card_is_checkpoint: checkpoint,
    linked_skill_id: null,
    classifier_model_id: null,
    inapplicable_skill_misconception_ids: [],
  };
}

export function imageTag(filename: string, alt: string): string {
  // Oppia stores RTE attribute values JSON-encoded and HTML-escaped (`&amp;quot;`).
  const attr = (v: string) => JSON.stringify(v).replace(/"/g, '&amp;quot;');
  return (
    `<oppia-noninteractive-image alt-with-value="${attr(alt)}" caption-with-value="${attr('')}" ` +
    `filepath-with-value="${attr(filename)}"></oppia-noninteractive-image>`
  );
}

export interface SyntheticChapterText {
  title: string;
  hero: string;
  withImage: boolean;
}

/** One small exploration (4-8 cards). */
export function syntheticExploration(
  rng: Random,
  id: string,
  text: SyntheticChapterText,
): ExplorationEntry {
  const ids = new ContentIds();
  const cardCount = rng.int(4, 8);
  const names = ['Introduction'];
  for (let i = 2; i < cardCount; i++) names.push(`Card ${i}`);
  names.push('End');

  const states: Record<string, StateDict> = {};
  names.forEach((name, index) => {
    const next = names[index + 1];
    if (next === undefined) {
      states[name] = endState(ids, text.title);
      return;
    }
    const isIntro = index === 0;
    const questionId = isIntro || rng.bool(0.2) ? null : rng.pick(QUESTION_IDS);
    states[name] = questionId
      ? questionState(rng, ids, QUESTIONS[questionId] as QuestionMaker, name, next, index)
      : continueState(
          ids,
          next,
          isIntro ? introHtml(id, text) : p(`${text.hero} thinks about card ${index + 1}.`),
          isIntro,
        );
  });

  const player = {
    init_state_name: 'Introduction',
    param_changes: [],
    param_specs: {},
    states,
    title: text.title,
    language_code: 'en',
    objective: `Practise with ${text.hero}.`,
    next_content_id_index: ids.count,
  };
  return {
    id,
    source: 'synthetic',
    player,
    metadata: {
      title: text.title,
      category: 'Mathematics',
      objective: player.objective,
      language_code: 'en',
      tags: [],
      blurb: '',
      author_notes: '',
      states_schema_version: 57,
      init_state_name: 'Introduction',
      param_specs: {},
      param_changes: [],
      auto_tts_enabled: false,
      edits_allowed: true,
    },
  };
}

export function introHtml(id: string, text: SyntheticChapterText): string {
  const intro = p(`Join ${text.hero} in “${text.title}”.`);
  if (!text.withImage) return intro;
  const image = imageTag(`${SYNTHETIC_IMAGE_PREFIX}${id}.svg`, `${text.hero} waves hello`);
  return `${intro}${image}${p("Let's begin.")}`;
}

/** The lesson's last card: EndExploration, congratulating the learner on finishing `title`. */
export function endState(ids: ContentIds, title: string): StateDict {
  return state(
    html(ids, 'content', `Well done, you have finished “${title}”!`),
    {
      id: 'EndExploration',
      customization_args: { recommendedExplorationIds: { value: [] } },
      answer_groups: [],
      default_outcome: null,
      confirmed_unclassified_answers: [],
      hints: [],
      solution: null,
    },
    false,
  );
}

export function continueState(
  ids: ContentIds,
  next: string,
  contentHtml: string,
  checkpoint: boolean,
): StateDict {
  return state(
    { content_id: ids.next('content'), html: contentHtml },
    {
      id: 'Continue',
      customization_args: { buttonText: unicode(ids, 'ca_buttonText', 'Continue') },
      answer_groups: [],
      default_outcome: outcome(next, html(ids, 'default_outcome', ''), false),
      confirmed_unclassified_answers: [],
      hints: [],
      solution: null,
    },
    checkpoint,
  );
}

function questionState(
  rng: Random,
  ids: ContentIds,
  make: QuestionMaker,
  name: string,
  next: string,
  index: number,
): StateDict {
  const content = html(ids, 'content', '');
  const q = make(rng, ids);
  // Numbered, so two questions of the same kind in a row are still two different cards to a learner.
  content.html = p(`Question ${index}. ${q.prompt}`);
  const praise = rng.bool() ? 'Correct, well done!' : '';
  const groups = [group(q.correct, outcome(next, html(ids, 'feedback', praise), true))];
  if (q.wrong)
    groups.push(
      group(q.wrong.rules, outcome(name, html(ids, 'feedback', q.wrong.feedback), false)),
    );
  const interaction: InteractionDict = {
    ...q.interaction,
    answer_groups: groups,
    // The wrong-answer loop: anything else keeps the learner on this card, with feedback.
    default_outcome: outcome(
      name,
      html(ids, 'default_outcome', 'Not quite. Have another go.'),
      false,
    ),
    confirmed_unclassified_answers: [],
    hints: [{ hint_content: html(ids, 'hint', 'Read the question once more, slowly.') }],
    solution:
      q.answer === undefined
        ? null
        : {
            answer_is_exclusive: false,
            correct_answer: q.answer,
            explanation: html(ids, 'solution', 'This is the answer the question asks for.'),
          },
  };
  return state(content, interaction, index % 3 === 0);
}
