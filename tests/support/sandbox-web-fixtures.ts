/**
 * Canned handler bodies in Oppia's shapes, for the sandbox browser side's own tests
 * (tests/sandbox/web-*.spec.ts, served by sandbox/web/dev/static-server.ts); test data, so it lives
 * under tests/support/ and the sandbox itself never loads it:
 * one classroom (math) with a published and an unpublished topic, one story with two published
 * chapters, a "Ready To Publish" and a Draft node, and explorations that use every interaction.
 */
import type { CannedResponse } from '../../sandbox/web/dev/static-server';
import type {
  ExplorationPlayerDict,
  InteractionDict,
  OutcomeDict,
  StateDict,
} from '../../sandbox/web/player/types';

const outcome = (dest: string, feedback = ''): OutcomeDict => ({
  dest,
  dest_if_really_stuck: null,
  feedback: { content_id: `feedback_${dest}`, html: feedback },
  labelled_as_correct: false,
  param_changes: [],
  refresher_exploration_id: null,
  missing_prerequisite_skill_id: null,
});

function state(
  html: string,
  id: string,
  args: InteractionDict['customization_args'],
  groups: Array<[string, Record<string, unknown>, OutcomeDict]>,
  fallback: OutcomeDict | null,
): StateDict {
  return {
    content: { content_id: 'content', html },
    card_is_checkpoint: false,
    param_changes: [],
    interaction: {
      id,
      customization_args: args,
      answer_groups: groups.map(([rule_type, inputs, out]) => ({
        rule_specs: [{ rule_type, inputs }],
        outcome: out,
        training_data: [],
        tagged_skill_misconception_id: null,
      })),
      default_outcome: fallback,
      confirmed_unclassified_answers: [],
      hints: [],
      solution: null,
    },
  };
}

const choice = (id: string, html: string) => ({ content_id: id, html });
const stay = (name: string, text: string) => outcome(name, `<p>${text}</p>`);

/** Every interaction, in order; each card's right answer is in its content. */
export const ALL_INTERACTIONS: ExplorationPlayerDict = {
  init_state_name: 'Intro',
  title: 'Every interaction',
  objective: 'Visit every interaction the sandbox renders',
  language_code: 'en',
  param_changes: [],
  param_specs: {},
  states: {
    Intro: state(
      '<p>Welcome to the arcade!</p><oppia-noninteractive-image alt-with-value="&amp;quot;Arcade&amp;quot;" caption-with-value="&amp;quot;The arcade&amp;quot;" filepath-with-value="&amp;quot;arcade.svg&amp;quot;"></oppia-noninteractive-image>',
      'Continue',
      { buttonText: { value: { content_id: 'ca_buttonText_0', unicode_str: "Let's go!" } } },
      [],
      outcome('Choose'),
    ),
    Choose: state(
      '<p>How many tickets? (Ten)</p>',
      'MultipleChoiceInput',
      {
        choices: {
          value: [
            choice('ca_choices_1', '<p>Seven</p>'),
            choice('ca_choices_2', '<p>Ten</p>'),
            choice('ca_choices_3', '<p>Twelve</p>'),
          ],
        },
        showChoicesInShuffledOrder: { value: false },
      },
      [['Equals', { x: 1 }, outcome('Number', '<p>Yes, ten tickets!</p>')]],
      stay('Choose', 'Count the tickets again.'),
    ),
    Number: state(
      '<p>Type 42.</p>',
      'NumericInput',
      { requireNonnegativeInput: { value: false } },
      [['Equals', { x: 42 }, outcome('Words')]],
      stay('Number', 'Not quite.'),
    ),
    Words: state(
      '<p>Which place comes after tens? (hundreds)</p>',
      'TextInput',
      {
        placeholder: { value: { content_id: 'ca_placeholder_4', unicode_str: 'Type here' } },
        rows: { value: 1 },
        catchMisspellings: { value: false },
      },
      [
        [
          'Equals',
          { x: { contentId: 'rule_input_5', normalizedStrSet: ['hundreds'] } },
          outcome('Fraction'),
        ],
      ],
      stay('Words', 'Think of the digits.'),
    ),
    Fraction: state(
      '<p>Half as a fraction (1/2).</p>',
      'FractionInput',
      {
        requireSimplestForm: { value: false },
        allowImproperFraction: { value: true },
        allowNonzeroIntegerPart: { value: true },
        customPlaceholder: { value: { content_id: 'ca_customPlaceholder_6', unicode_str: '' } },
      },
      [
        [
          'IsEquivalentTo',
          { f: { isNegative: false, wholeNumber: 0, numerator: 1, denominator: 2 } },
          outcome('Units'),
        ],
      ],
      stay('Fraction', 'A half is one of two parts.'),
    ),
    Units: state(
      '<p>How far? (2 km)</p>',
      'NumberWithUnits',
      {},
      [
        [
          'IsEquivalentTo',
          {
            f: {
              type: 'real',
              real: 2,
              fraction: { isNegative: false, wholeNumber: 0, numerator: 0, denominator: 1 },
              units: [{ unit: 'km', exponent: 1 }],
            },
          },
          outcome('Ratio'),
        ],
      ],
      stay('Units', 'Check the units.'),
    ),
    Ratio: state(
      '<p>Red to blue (1:2).</p>',
      'RatioExpressionInput',
      {
        placeholder: { value: { content_id: 'ca_placeholder_7', unicode_str: '' } },
        numberOfTerms: { value: 2 },
      },
      [['IsEquivalent', { x: [1, 2] }, outcome('Pick')]],
      stay('Ratio', 'Count again.'),
    ),
    Pick: state(
      '<p>Pick the even numbers (2 and 4).</p>',
      'ItemSelectionInput',
      {
        minAllowableSelectionCount: { value: 1 },
        maxAllowableSelectionCount: { value: 2 },
        choices: {
          value: [
            choice('ca_choices_10', '<p>2</p>'),
            choice('ca_choices_11', '<p>3</p>'),
            choice('ca_choices_12', '<p>4</p>'),
          ],
        },
      },
      [['Equals', { x: ['ca_choices_10', 'ca_choices_12'] }, outcome('Sort')]],
      stay('Pick', 'Even numbers split in two.'),
    ),
    Sort: state(
      '<p>Sort from smallest (1, 2, 3).</p>',
      'DragAndDropSortInput',
      {
        choices: {
          value: [
            choice('ca_choices_23', '<p>3</p>'),
            choice('ca_choices_21', '<p>1</p>'),
            choice('ca_choices_22', '<p>2</p>'),
          ],
        },
        allowMultipleItemsInSamePosition: { value: false },
      },
      [
        [
          'IsEqualToOrdering',
          { x: [['ca_choices_21'], ['ca_choices_22'], ['ca_choices_23']] },
          outcome('Set'),
        ],
      ],
      stay('Sort', 'Smallest first.'),
    ),
    Set: state(
      '<p>The primes below 4 (2 and 3).</p>',
      'SetInput',
      { buttonText: { value: { content_id: 'ca_buttonText_30', unicode_str: 'Add Item' } } },
      [
        [
          'Equals',
          { x: { contentId: 'rule_input_31', unicodeStrSet: ['2', '3'] } },
          outcome('Expr'),
        ],
      ],
      stay('Set', 'Primes have two divisors.'),
    ),
    Expr: state(
      '<p>Write ten as a sum (e.g. 6+4).</p>',
      'NumericExpressionInput',
      {
        placeholder: { value: { content_id: 'ca_placeholder_40', unicode_str: '' } },
        useFractionForDivision: { value: false },
      },
      [['IsEquivalentTo', { x: '10' }, outcome('Alg')]],
      stay('Expr', 'That is not ten.'),
    ),
    Alg: state(
      '<p>Double x (2x).</p>',
      'AlgebraicExpressionInput',
      { allowedVariables: { value: ['x'] }, useFractionForDivision: { value: false } },
      [['IsEquivalentTo', { x: '2*x' }, outcome('Click')]],
      stay('Alg', 'Twice x.'),
    ),
    Click: state(
      '<p>Click the right half.</p>',
      'ImageClickInput',
      {
        imageAndRegions: {
          value: {
            imagePath: 'halves.svg',
            labeledRegions: [
              {
                label: 'Left',
                region: {
                  regionType: 'Rectangle',
                  area: [
                    [0, 0],
                    [0.5, 1],
                  ],
                },
              },
              {
                label: 'Right',
                region: {
                  regionType: 'Rectangle',
                  area: [
                    [0.5, 0],
                    [1, 1],
                  ],
                },
              },
            ],
          },
        },
        highlightRegionsOnHover: { value: false },
      },
      [['IsInRegion', { x: 'Right' }, outcome('Map')]],
      stay('Click', 'That is the left half.'),
    ),
    Map: state(
      '<p>Click where the equator meets the prime meridian.</p>',
      'InteractiveMap',
      { latitude: { value: 0.0 }, longitude: { value: 0.0 }, zoom: { value: 1.0 } },
      [['Within', { p: [0, 0], d: 1000.0 }, outcome('End')]],
      stay('Map', 'That is far from 0° N, 0° E.'),
    ),
    End: state(
      '<p>Congratulations, you have finished!</p>',
      'EndExploration',
      { recommendedExplorationIds: { value: [] } },
      [],
      null,
    ),
  },
};

/** Two cards: Continue, then the end. */
/** A picture as Oppia stores it in a choice: component args are HTML-escaped JSON. */
const picture = (file: string, alt: string) =>
  `<oppia-noninteractive-image alt-with-value="&amp;quot;${alt}&amp;quot;" caption-with-value="&amp;quot;&amp;quot;" filepath-with-value="&amp;quot;${file}&amp;quot;"></oppia-noninteractive-image>`;
/** A formula: LaTeX plus the SVG Oppia generated for it. */
const formula = (latex: string, svg: string) =>
  `<oppia-noninteractive-math math_content-with-value="{&amp;quot;raw_latex&amp;quot;:&amp;quot;${latex}&amp;quot;,&amp;quot;svg_filename&amp;quot;:&amp;quot;${svg}&amp;quot;}"></oppia-noninteractive-math>`;

/** Choices that are not words, and drag and drop with several items per position. */
export const CHOICES: ExplorationPlayerDict = {
  init_state_name: 'Picture',
  title: 'Pictures and formulas',
  objective: '',
  language_code: 'en',
  param_changes: [],
  param_specs: {},
  states: {
    Picture: state(
      '<p>Which shows three apples?</p>',
      'MultipleChoiceInput',
      {
        choices: {
          value: [
            choice('ca_choices_0', `<p>${picture('pears.svg', 'two pears')}</p>`),
            choice('ca_choices_1', `<p>${picture('apples.svg', 'three apples')}</p>`),
            choice('ca_choices_2', `<p>${formula('\\\\frac{1}{2}', 'mathImg_half.svg')}</p>`),
          ],
        },
        showChoicesInShuffledOrder: { value: true },
      },
      [['Equals', { x: 1 }, outcome('Group')]],
      stay('Picture', 'Count the apples.'),
    ),
    Group: state(
      '<p>Put equal numbers together, largest first.</p>',
      'DragAndDropSortInput',
      {
        choices: {
          value: [
            choice('ca_choices_3', '<p>1/2</p>'),
            choice('ca_choices_4', '<p>0.25</p>'),
            choice('ca_choices_5', '<p>0.5</p>'),
          ],
        },
        allowMultipleItemsInSamePosition: { value: true },
      },
      [
        [
          'IsEqualToOrdering',
          { x: [['ca_choices_3', 'ca_choices_5'], ['ca_choices_4']] },
          outcome('End'),
        ],
        ['HasElementXAtPositionY', { x: 'ca_choices_4', y: 1 }, stay('Group', 'Largest first.')],
      ],
      stay('Group', 'Not quite.'),
    ),
    End: state(
      '<p>Done.</p>',
      'EndExploration',
      { recommendedExplorationIds: { value: [] } },
      [],
      null,
    ),
  },
};

export const SHORT: ExplorationPlayerDict = {
  init_state_name: 'Start',
  title: 'A short chapter',
  states: {
    Start: state(
      '<p>Just one step.</p>',
      'Continue',
      { buttonText: { value: { content_id: 'ca_buttonText_0', unicode_str: 'Continue' } } },
      [],
      outcome('Done'),
    ),
    Done: state(
      '<p>Done!</p>',
      'EndExploration',
      { recommendedExplorationIds: { value: [] } },
      [],
      null,
    ),
  },
};

/** The second card is a MultipleChoiceInput without `choices` (the player-exception scenario). */
export const BROKEN: ExplorationPlayerDict = {
  init_state_name: 'Start',
  title: 'A broken chapter',
  states: {
    Start: state(
      '<p>All fine so far.</p>',
      'Continue',
      { buttonText: { value: { content_id: 'ca_buttonText_0', unicode_str: 'Continue' } } },
      [],
      outcome('Broken'),
    ),
    Broken: state(
      '<p>This card cannot be shown.</p>',
      'MultipleChoiceInput',
      { showChoicesInShuffledOrder: { value: false } },
      [['Equals', { x: 0 }, outcome('Done')]],
      stay('Broken', 'No.'),
    ),
    Done: state('<p>Done!</p>', 'EndExploration', {}, [], null),
  },
};

const init = (id: string, exploration: ExplorationPlayerDict) => ({
  can_edit: false,
  exploration,
  exploration_metadata: {},
  exploration_id: id,
  is_logged_in: false,
  session_id: 'session-1',
  version: 3,
  preferred_audio_language_code: null,
  preferred_language_codes: null,
  auto_tts_enabled: false,
  record_playthrough_probability: 0,
  has_viewed_lesson_info_modal_once: false,
  furthest_reached_checkpoint_exp_version: null,
  furthest_reached_checkpoint_state_name: null,
  most_recently_reached_checkpoint_exp_version: null,
  most_recently_reached_checkpoint_state_name: null,
  displayable_language_codes: ['en'],
});

const node = (id: string, title: string, exploration_id: string | null, status: string) => ({
  id,
  title,
  description: `About ${title.toLowerCase()}.`,
  destination_node_ids: [],
  prerequisite_skill_ids: [],
  acquired_skill_ids: [],
  outline: '',
  outline_is_finalized: false,
  exploration_id,
  thumbnail_filename: 'node.svg',
  thumbnail_bg_color: '#a6dacf',
  status,
  completed: false,
});

const STORY_NODES = [
  node('node_1', 'What are the Place Values?', 'allint000001', 'Published'),
  node('node_2', 'Finding the Value of a Number', 'short0000001', 'Published'),
  node('node_3', 'Comparing Numbers', 'later0000001', 'Ready To Publish'),
  node('node_4', 'Rounding Numbers', 'draft0000001', 'Draft'),
];

export const CLASSROOM_SUMMARY = (
  fragment: string,
  name: string,
  published: boolean,
  index: number,
) => ({
  classroom_id: `${fragment}classroom01`,
  name,
  url_fragment: fragment,
  teaser_text: `Learn ${name.toLowerCase()} through fun stories!`,
  is_published: published,
  is_diagnostic_test_enabled: false,
  thumbnail_filename: 'thumb.svg',
  thumbnail_bg_color: published ? '#B3D8F1' : '#dddddd',
  index,
});

/** Handlers for the canned catalog, keyed by path. */
export function cannedHandlers(): Record<string, CannedResponse> {
  return {
    '/all_classrooms_summary': {
      body: {
        all_classrooms_summary: [
          CLASSROOM_SUMMARY('math', 'Math', true, 0),
          CLASSROOM_SUMMARY('science', 'Science', false, 1),
        ],
      },
    },
    '/classroom_data_handler/math': {
      body: {
        classroom_id: 'mathclassroom01',
        name: 'Math',
        url_fragment: 'math',
        teaser_text: 'Learn math through fun stories!',
        course_details:
          "Oppia's curated math foundations course teaches the building blocks of math.",
        topic_list_intro: 'Start from the basics with our first topic, place values.',
        is_published: true,
        is_diagnostic_test_enabled: false,
        thumbnail_data: { filename: 'math.svg', bg_color: '#B3D8F1', size_in_bytes: 100 },
        banner_data: { filename: 'banner.png', bg_color: '#B3D8F1', size_in_bytes: 100 },
        public_classrooms_count: 1,
        topic_summary_dicts: [
          {
            id: 'iX9kYCjnouWN',
            name: 'Place Values',
            url_fragment: 'place-values',
            description: 'Place values',
            total_published_node_count: 2,
            thumbnail_bg_color: '#F8BF74',
            is_published: true,
          },
          {
            id: 'sWBXKH4PZcK6',
            name: 'Addition and Subtraction',
            url_fragment: 'addition-subtraction',
            description: '',
            total_published_node_count: 0,
            thumbnail_bg_color: '#C6DCDA',
            is_published: false,
          },
        ],
      },
    },
    '/topic_data_handler/math/place-values': {
      body: {
        topic_id: 'iX9kYCjnouWN',
        topic_name: 'Place Values',
        topic_description: 'Learn how the position of a digit gives it its value.',
        canonical_story_dicts: [
          {
            id: 'RRVMHsZ5Mobh',
            title: "Jaime's Adventures in the Arcade",
            description: 'Jaime and Nic learn to read numbers.',
            node_titles: STORY_NODES.slice(0, 3).map((n) => n.title),
            thumbnail_filename: 'story.svg',
            thumbnail_bg_color: '#F8BF74',
            url_fragment: 'jaimes-adventures-arcade',
            story_is_published: true,
            completed_node_titles: [],
            all_node_dicts: STORY_NODES.slice(0, 3),
          },
        ],
        additional_story_dicts: [],
        uncategorized_skill_ids: [],
        subtopics: [],
        degrees_of_mastery: {},
        skill_descriptions: {},
        practice_tab_is_displayed: false,
        meta_tag_content: '',
        page_title_fragment_for_web: 'Place Values',
        classroom_name: 'Math',
      },
    },
    '/story_data_handler/math/place-values/jaimes-adventures-arcade': {
      body: {
        story_id: 'RRVMHsZ5Mobh',
        story_title: "Jaime's Adventures in the Arcade",
        story_description: 'Jaime and Nic learn to read numbers.',
        topic_name: 'Place Values',
        meta_tag_content: '',
        story_nodes: STORY_NODES,
      },
    },
    '/explorehandler/init/allint000001': { body: init('allint000001', ALL_INTERACTIONS) },
    '/explorehandler/init/short0000001': { body: init('short0000001', SHORT) },
    '/explorehandler/init/choices00001': { body: init('choices00001', CHOICES) },
    '/explorehandler/init/broken000001': { body: init('broken000001', BROKEN) },
    '/explorehandler/init/missing00001': {
      status: 404,
      body: { error: 'Could not find the resource.', status_code: 404 },
    },
    '/explorehandler/init/failing00001': {
      status: 500,
      body: { error: 'Server error', status_code: 500 },
    },
  };
}
