import type {
  ExplorationEntry,
  InteractionDict,
  OutcomeDict,
  StateDict,
} from '../content-loader/model';
import { rte } from '../content/build/html';
import type { Random } from './prng';
import {
  ContentIds,
  QUESTIONS,
  SYNTHETIC_IMAGE_PREFIX,
  continueState,
  endState,
  group,
  html,
  imageTag,
  introHtml,
  outcome,
  p,
  state,
} from './explorations';
import type { Question, QuestionMaker, SyntheticChapterText } from './explorations';

/**
 * Lessons of real Oppia size (18-30 cards, 24 on average; curriculum lessons run 20-40) with the
 * shapes real lessons have: choices that are only a picture or only a formula, multi-item drag and
 * drop, rich content (tabs, collapsibles, formulas, pictures, videos, links, concept-card links),
 * checkpoints, wrong answers that send the learner back to an earlier card, `dest_if_really_stuck`.
 * Pictures and formula SVGs are served by the synthetic asset source from their file names.
 */

/** What a lesson's pictures are: `files` collects every file name its html names. */
interface Pictures {
  files: Set<string>;
  shape(sides: number): string;
  formula(latex: string): string;
}

/** File name of a polygon picture; the asset source draws it from the name. */
export const shapeFile = (sides: number): string => `${SYNTHETIC_IMAGE_PREFIX}shape_${sides}.svg`;
/** Oppia's formula SVG name (mathImg_<date>_<time>_<random>_height_.._width_.._vertical_..). */
export const formulaFile = (n: number): string =>
  `mathImg_20250101_000000_synth${String(n).padStart(5, '0')}_height_2d5_width_6d0_vertical_0d6.svg`;

function pictures(): Pictures {
  const files = new Set<string>();
  let formulas = 0;
  return {
    files,
    shape(sides) {
      const file = shapeFile(sides);
      files.add(file);
      return imageTag(file, `A shape with ${sides} sides`);
    },
    formula(latex) {
      const file = formulaFile(formulas++);
      files.add(file);
      return rte('math', { math_content: { raw_latex: latex, svg_filename: file } });
    },
  };
}

const SHAPE_NAMES: Record<number, string> = {
  3: 'triangle',
  4: 'square',
  5: 'pentagon',
  6: 'hexagon',
};

type RealQuestionMaker = (rng: Random, ids: ContentIds, pics: Pictures) => Question;

/** Questions only real-size lessons ask: picture and formula choices, multi-item ordering. */
const REAL_QUESTIONS: Record<string, RealQuestionMaker> = {
  PictureChoice: (rng, ids, pics) => {
    const sides = rng.sample([3, 4, 5, 6], rng.int(3, 4));
    const want = rng.pick(sides);
    const wrongIndex = sides.findIndex((s) => s !== want);
    return {
      prompt: `Which picture shows a ${SHAPE_NAMES[want] ?? 'shape'}?`,
      interaction: {
        id: 'MultipleChoiceInput',
        customization_args: {
          choices: {
            value: sides.map((s) => ({ content_id: ids.next('ca_choices'), html: pics.shape(s) })),
          },
          showChoicesInShuffledOrder: { value: rng.bool() },
        },
      },
      correct: [{ rule_type: 'Equals', inputs: { x: sides.indexOf(want) } }],
      wrong: {
        rules: [{ rule_type: 'Equals', inputs: { x: wrongIndex } }],
        feedback: `Count the sides: a ${SHAPE_NAMES[want] ?? 'shape'} has ${want}.`,
      },
    };
  },
  FormulaChoice: (rng, ids, pics) => {
    const a = rng.int(2, 9);
    const b = rng.int(2, 9);
    const target = a * b;
    const options = [`${a}\\times ${b}`, `${a}+${b}`, `${a * b + 1}-${b}`];
    const order = rng.sample([0, 1, 2], 3);
    return {
      prompt: `Which expression equals ${target}?`,
      interaction: {
        id: 'MultipleChoiceInput',
        customization_args: {
          choices: {
            value: order.map((i) => ({
              content_id: ids.next('ca_choices'),
              html: p(pics.formula(options[i] ?? '')),
            })),
          },
          showChoicesInShuffledOrder: { value: rng.bool() },
        },
      },
      correct: [{ rule_type: 'Equals', inputs: { x: order.indexOf(0) } }],
      wrong: {
        rules: [{ rule_type: 'Equals', inputs: { x: order.indexOf(1) } }],
        feedback: `${a} + ${b} is ${a + b}, not ${target}.`,
      },
    };
  },
  PictureSelection: (rng, ids, pics) => {
    const sides = [3, 4, 5, 6, 4].slice(0, rng.int(4, 5));
    const want = 4;
    const choices = sides.map((s) => ({ content_id: ids.next('ca_choices'), html: pics.shape(s) }));
    const squares = choices.filter((_, i) => sides[i] === want).map((c) => c.content_id);
    return {
      prompt: 'Select every shape with four sides.',
      interaction: {
        id: 'ItemSelectionInput',
        customization_args: {
          minAllowableSelectionCount: { value: 1 },
          maxAllowableSelectionCount: { value: choices.length },
          choices: { value: choices },
        },
      },
      correct: [{ rule_type: 'Equals', inputs: { x: squares } }],
    };
  },
  MultiItemOrder: (rng, ids) => {
    // Values with repeats, so some items must share a position.
    const base = rng.int(2, 20);
    const values = [base, base + 3, base, base + 7, base + 3].slice(0, rng.int(4, 5));
    // Each item reads differently, equal values included: a learner (and the planner) must be able
    // to tell every item apart to drag it.
    const forms = [
      (v: number) => String(v),
      (v: number) => `${v - 1} + 1`,
      (v: number) => `${v + 1} − 1`,
      (v: number) => `${v - 2} + 2`,
      (v: number) => `${v + 2} − 2`,
    ];
    const items = values.map((v, i) => ({
      content_id: ids.next('ca_choices'),
      html: p(forms[i]!(v)),
    }));
    const positions = [...new Set(values)]
      .sort((x, y) => x - y)
      .map((v) => items.filter((_, i) => values[i] === v).map((c) => c.content_id));
    const largest = positions[positions.length - 1]?.[0] ?? '';
    const smallest = positions[0]?.[0] ?? '';
    return {
      prompt: 'Put the numbers in order, smallest first. Equal numbers share a place.',
      interaction: {
        id: 'DragAndDropSortInput',
        customization_args: {
          choices: { value: items },
          allowMultipleItemsInSamePosition: { value: true },
        },
      },
      correct: [{ rule_type: 'IsEqualToOrdering', inputs: { x: positions } }],
      answer: positions,
      wrong: {
        rules: [{ rule_type: 'HasElementXBeforeElementY', inputs: { x: largest, y: smallest } }],
        feedback: 'The largest number goes last.',
      },
    };
  },
};

/** Interactions real-size lessons add to the small lessons' set. */
export const REAL_LESSON_INTERACTIONS = ['DragAndDropSortInput'];

/** Rich html for a lesson's Continue cards, one of several shapes real lessons use. */
function richContent(rng: Random, hero: string, index: number, pics: Pictures): string {
  const intro = p(`${hero} learns something new on card ${index + 1}.`);
  switch (rng.int(0, 5)) {
    case 0:
      return `${intro}${rte('collapsible', {
        content: `${p('Here is a picture to help.')}${pics.shape(rng.int(3, 6))}`,
        heading: 'Show me',
      })}`;
    case 1:
      return `${intro}${rte('tabs', {
        tab_contents: [
          { content: p(`A rule: ${pics.formula('2n+1')}`), title: 'Rule' },
          { content: pics.shape(rng.int(3, 6)), title: 'Picture' },
        ],
      })}`;
    case 2:
      return `${intro}${p(`Remember ${pics.formula('a\\times b = b\\times a')}.`)}`;
    case 3:
      return `${intro}${rte('video', { autoplay: false, end: 0, start: 0, video_id: 'Ntcw0H0hwPU' })}`;
    case 4:
      return `${intro}${p(
        `${rte('skillreview', { skill_id: 'synthSkill01', text: 'Review this skill' })} or read ${rte(
          'link',
          { text: 'more', url: 'https://www.oppia.org/' },
        )}.`,
      )}`;
    default:
      return `${intro}${pics.shape(rng.int(3, 6))}`;
  }
}

/** One exploration of real size: 18-30 cards, about 40% Continue cards, the rest questions. */
export function realSizeExploration(
  rng: Random,
  id: string,
  text: SyntheticChapterText,
): { exploration: ExplorationEntry; images: Set<string> } {
  const ids = new ContentIds();
  const pics = pictures();
  const cardCount = rng.int(18, 30);
  const names = ['Introduction'];
  for (let i = 2; i < cardCount; i++) names.push(`Card ${i}`);
  names.push('End');
  const allKinds = [...Object.keys(QUESTIONS), ...Object.keys(REAL_QUESTIONS)];

  const states: Record<string, StateDict> = {};
  let lastTeaching = 'Introduction';
  names.forEach((name, index) => {
    const next = names[index + 1];
    if (next === undefined) {
      states[name] = endState(ids, text.title);
      return;
    }
    if (index === 0 || rng.bool(0.4)) {
      const content = index === 0 ? introHtml(id, text) : richContent(rng, text.hero, index, pics);
      // A new section every few cards: its first card is a checkpoint.
      states[name] = continueState(
        ids,
        next,
        content,
        index === 0 || index - indexOf(names, lastTeaching) >= 5,
      );
      lastTeaching = name;
      return;
    }
    const kind = rng.pick(allKinds);
    const real = REAL_QUESTIONS[kind];
    const q = real ? real(rng, ids, pics) : (QUESTIONS[kind] as QuestionMaker)(rng, ids);
    states[name] = questionCard(rng, ids, q, name, next, index, lastTeaching);
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
    exploration: {
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
    },
    images: pics.files,
  };
}

const indexOf = (names: string[], name: string): number => names.indexOf(name);

/**
 * A question card: the correct group leads on; a tempting wrong answer either stays with feedback
 * or (a third of the time) sends the learner back to the last teaching card; anything else stays,
 * and a learner who stays stuck is sent back to that teaching card (`dest_if_really_stuck`).
 */
function questionCard(
  rng: Random,
  ids: ContentIds,
  q: Question,
  name: string,
  next: string,
  index: number,
  teaching: string,
): StateDict {
  const content = html(ids, 'content', '');
  content.html = p(`Question ${index}. ${q.prompt}`);
  const praise = rng.bool() ? 'Correct, well done!' : '';
  const groups = [group(q.correct, outcome(next, html(ids, 'feedback', praise), true))];
  if (q.wrong) {
    const back = rng.bool(0.35);
    groups.push(
      group(
        q.wrong.rules,
        outcome(
          back ? teaching : name,
          html(
            ids,
            'feedback',
            back ? `${q.wrong.feedback} Let's look at that again.` : q.wrong.feedback,
          ),
          false,
        ),
      ),
    );
  }
  const loop: OutcomeDict = outcome(
    name,
    html(ids, 'default_outcome', 'Not quite. Have another go.'),
    false,
  );
  if (rng.bool(0.3)) loop.dest_if_really_stuck = teaching;
  const interaction: InteractionDict = {
    ...q.interaction,
    answer_groups: groups,
    default_outcome: loop,
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
  return state(content, interaction, false);
}
