/**
 * Checks sandbox/content/catalog.yaml (ids, url fragments, references, chapter counts, the items
 * a walk must leave out), the served real Oppia files in sandbox/content/corpus/, and that the
 * generated content matches its sources. Reads the YAML itself with catalog.yaml's one schema;
 * independent of the rest of the server's loader.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { catalogFileSchema, type StoryEntry } from '../../sandbox/content-loader/catalog-schema';
import { outOfDate } from '../../sandbox/content/build/generate';

const CONTENT = fileURLToPath(new URL('../../sandbox/content/', import.meta.url));

// catalog.yaml's one schema (the loader's): its shape is checked here before anything else.
const catalog = catalogFileSchema.parse(parse(readFileSync(join(CONTENT, 'catalog.yaml'), 'utf8')));
const classrooms = catalog.classrooms;
const topics = classrooms.flatMap((c) => c.topics.map((t) => ({ classroom: c, topic: t })));
const stories = topics.flatMap(({ classroom, topic }) =>
  topic.stories.map((story) => ({ classroom, topic, story })),
);
const chapters = stories.flatMap((s) => s.story.chapters.map((chapter) => ({ ...s, chapter })));
/** What a correct walk plays: published classroom, published topic, Published node. */
const walked = chapters.filter(
  (c) => c.classroom.is_published && c.topic.is_published && c.chapter.status === 'Published',
);

// Oppia's constraints: url fragments (assets/constants.ts) and 12-character entity ids.
const FRAGMENT = /^[a-z]+(-[a-z]+)*$/;
const ENTITY_ID = /^[A-Za-z0-9_-]{12}$/;
const NODE_ID = /^node_[1-9]\d*$/;
const STATUSES = ['Published', 'Ready To Publish', 'Draft'];
const COLOR = /^#[0-9A-F]{6}$/;

const exploration = (id: string): { title: string } =>
  parse(readFileSync(join(CONTENT, 'explorations', `${id}.yaml`), 'utf8')) as { title: string };

test.describe('seeded catalog', () => {
  test('ids, url fragments and statuses follow Oppia rules', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string): void => {
      if (!ok) problems.push(what);
    };
    for (const c of classrooms) {
      check(ENTITY_ID.test(c.classroom_id), `classroom id ${c.classroom_id}`);
      check(
        FRAGMENT.test(c.url_fragment) && c.url_fragment.length <= 20,
        `classroom ${c.url_fragment}`,
      );
      for (const thumb of [c.thumbnail, c.banner])
        check(COLOR.test(thumb.bg_color), `${c.name} colour`);
      check(
        [c.name, c.teaser_text, c.course_details, c.topic_list_intro].every((s) => s.length > 0),
        `classroom ${c.name} texts`,
      );
    }
    for (const { topic } of topics) {
      check(ENTITY_ID.test(topic.id), `topic id ${topic.id}`);
      check(
        FRAGMENT.test(topic.url_fragment) && topic.url_fragment.length <= 20,
        `topic fragment ${topic.url_fragment}`,
      );
      check(topic.stories.length > 0, `topic ${topic.name} has stories`);
    }
    for (const { story } of stories) {
      check(ENTITY_ID.test(story.id), `story id ${story.id}`);
      check(
        FRAGMENT.test(story.url_fragment) && story.url_fragment.length <= 30,
        `story fragment ${story.url_fragment}`,
      );
      const nodeIds = story.chapters.map((ch) => ch.node_id);
      check(new Set(nodeIds).size === nodeIds.length, `${story.title}: node ids unique`);
    }
    for (const { chapter, story } of chapters) {
      check(NODE_ID.test(chapter.node_id), `${story.title}: node id ${chapter.node_id}`);
      check(STATUSES.includes(chapter.status), `${chapter.title}: status ${chapter.status}`);
      check(ENTITY_ID.test(chapter.exploration_id), `exploration id ${chapter.exploration_id}`);
    }
    expect(problems).toEqual([]);
  });

  test('ids and url fragments are unique where Oppia needs them to be', () => {
    const dupes = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);
    expect(dupes(classrooms.map((c) => c.url_fragment))).toEqual([]);
    expect(dupes(topics.map(({ topic }) => topic.url_fragment))).toEqual([]);
    expect(dupes(stories.map(({ story }) => story.url_fragment))).toEqual([]);
    expect(
      dupes([
        ...classrooms.map((c) => c.classroom_id),
        ...topics.map(({ topic }) => topic.id),
        ...stories.map(({ story }) => story.id),
        ...chapters.map(({ chapter }) => chapter.exploration_id),
      ]),
    ).toEqual([]);
    expect(dupes(classrooms.map((c) => String(c.index)))).toEqual([]);
  });

  test('every chapter names an exploration file with the same title', () => {
    const problems = chapters.flatMap(({ chapter }) => {
      const path = join(CONTENT, 'explorations', `${chapter.exploration_id}.yaml`);
      if (!existsSync(path))
        return [`${chapter.title}: no explorations/${chapter.exploration_id}.yaml`];
      const { title } = exploration(chapter.exploration_id);
      return title === chapter.title
        ? []
        : [`${chapter.exploration_id}: "${title}" vs "${chapter.title}"`];
    });
    expect(problems).toEqual([]);
  });

  test('every thumbnail file exists', () => {
    const files = [
      ...classrooms.flatMap((c) => [c.thumbnail, c.banner]),
      ...topics.map(({ topic }) => topic.thumbnail),
      ...stories.map(({ story }) => story.thumbnail),
    ].map((t) => t?.filename ?? '(no thumbnail)');
    expect(files.filter((f) => !existsSync(join(CONTENT, 'assets', 'thumbnails', f)))).toEqual([]);
  });

  test('the Math classroom has the seven oppia.org topics, in order, with their ids', () => {
    const math = classrooms.find((c) => c.url_fragment === 'math');
    expect(math?.is_published).toBe(true);
    const published = (math?.topics ?? []).filter((t) => t.is_published);
    expect(published.map((t) => [t.id, t.name])).toEqual([
      ['iX9kYCjnouWN', 'Place Values'],
      ['sWBXKH4PZcK6', 'Addition and Subtraction'],
      ['C4fqwrvqWpRm', 'Multiplication'],
      ['qW12maD4hiA8', 'Division'],
      ['dLmjjMDbCcrf', 'Expressions and Equations'],
      ['0abdeaJhmfPm', 'Fractions'],
      ['5g0nxGUmx5J5', 'Ratios and Proportional Reasoning'],
    ]);
    for (const topic of published) {
      const sizes = topic.stories.map((s) => s.chapters.length);
      expect(
        sizes.some((n) => n >= 3 && n <= 8),
        `${topic.name} has a story of 3-8 chapters`,
      ).toBe(true);
    }
  });

  test('Place Values and Addition and Subtraction carry the real stories', () => {
    const story = (topicFragment: string): StoryEntry | undefined =>
      topics.find(({ topic }) => topic.url_fragment === topicFragment)?.topic.stories[0];
    const arcade = story('place-values');
    expect(arcade?.id).toBe('RRVMHsZ5Mobh');
    expect(arcade?.title).toBe("Jaime's Adventures in the Arcade");
    const published = (arcade?.chapters ?? []).filter((c) => c.status === 'Published');
    expect(published.length).toBeGreaterThanOrEqual(5);
    expect(published[0]?.exploration_id).toBe('K645IfRNzpKy');
    expect(published.slice(0, 4).map((c) => c.title.toLowerCase())).toEqual([
      'what are the place values?',
      'finding the value of a number',
      'comparing numbers',
      'rounding numbers to a given place',
    ]);
    const pizza = story('addition-subtraction');
    expect(pizza?.id).toBe('Qu6THxP29tOy');
    expect(pizza?.title).toBe('Maya, Omar and Malik make a pizza!');
    expect(pizza?.chapters.map((c) => c.exploration_id)).toContain('W0xq3jW5GzDF');
  });

  test('a walk finds at least 40 published chapters', () => {
    expect(walked.length).toBeGreaterThanOrEqual(40);
    const publishedClassrooms = classrooms.filter((c) => c.is_published).map((c) => c.url_fragment);
    expect(publishedClassrooms.length).toBeGreaterThanOrEqual(2);
    for (const fragment of publishedClassrooms) {
      expect(
        walked.some((c) => c.classroom.url_fragment === fragment),
        fragment,
      ).toBe(true);
    }
  });

  test('the items a correct walk must leave out exist', () => {
    const unpublishedClassroom = classrooms.find((c) => !c.is_published);
    expect(unpublishedClassroom, 'an unpublished classroom').toBeDefined();
    expect(
      unpublishedClassroom?.topics.some((t) => t.stories.some((s) => s.chapters.length > 0)),
      'with chapters behind it',
    ).toBe(true);
    const comingSoon = topics.find(
      ({ classroom, topic }) => classroom.url_fragment === 'math' && !topic.is_published,
    );
    expect(
      comingSoon?.topic.stories[0]?.chapters.length,
      'a Coming soon topic in math',
    ).toBeGreaterThan(0);
    const draft = chapters.find(
      ({ classroom, topic, chapter }) =>
        classroom.is_published && topic.is_published && chapter.status === 'Draft',
    );
    expect(draft, 'a Draft chapter in a walked story').toBeDefined();
    // The Draft sits between published chapters, so chapter numbers must skip it.
    const order = draft?.story.chapters.map((c) => c.status) ?? [];
    expect(order.indexOf('Draft')).toBeLessThan(order.lastIndexOf('Published'));
    const ready = chapters.find(
      ({ classroom, topic, chapter }) =>
        classroom.is_published && topic.is_published && chapter.status === 'Ready To Publish',
    );
    expect(ready, 'a Ready To Publish chapter in a walked story').toBeDefined();
  });
});

// ------------------------------------------------------------ the corpus of real Oppia content

const CORPUS = join(CONTENT, 'corpus');
const corpusFiles = readdirSync(CORPUS).filter((name) => name.endsWith('.yaml'));
// The interactions the suite plays (planner/rules/index.ts; tests/unit/interaction-sets.spec.ts
// keeps the planner and the page objects in step). Listed here because sandbox tests import no
// suite code.
const LISTED_INTERACTIONS = new Set([
  'Continue',
  'MultipleChoiceInput',
  'ItemSelectionInput',
  'NumericInput',
  'TextInput',
  'FractionInput',
  'NumberWithUnits',
  'RatioExpressionInput',
  'DragAndDropSortInput',
  'NumericExpressionInput',
  'AlgebraicExpressionInput',
  'ImageClickInput',
  'SetInput',
  'InteractiveMap',
  'MathEquationInput',
  'EndExploration',
]);

interface HeldOutState {
  content: { html: string };
  interaction: {
    id: string;
    customization_args: Record<string, { value: unknown }>;
    answer_groups: Array<{ outcome: { dest: string } }>;
    default_outcome: { dest: string } | null;
  };
}

test.describe('the corpus of real Oppia content (served files)', () => {
  test('there are served files', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of corpusFiles) {
    test(`${file} names its source and is playable to the end`, () => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      expect(text).toMatch(/^# .*\n# Source: oppia\/oppia data\/explorations\/\S/);
      expect(text).toMatch(/\n# Commit: [0-9a-f]{40}\b/);
      const exp = parse(text) as {
        init_state_name: string;
        states_schema_version: number;
        states: Record<string, HeldOutState>;
      };
      expect(exp.states_schema_version).toBeGreaterThanOrEqual(41);
      expect(exp.states_schema_version).toBeLessThanOrEqual(57);

      const id = file.replace(/\.yaml$/, '');
      const seen = new Set([exp.init_state_name]);
      const queue = [exp.init_state_name];
      const problems: string[] = [];
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const state = exp.states[name];
        if (!state) {
          problems.push(`missing state ${name}`);
          continue;
        }
        if (!LISTED_INTERACTIONS.has(state.interaction.id)) {
          problems.push(
            `${name}: ${state.interaction.id} is not an interaction the suite supports`,
          );
        }
        const images = [
          ...state.content.html.matchAll(/filepath-with-value="&amp;quot;([^"&]+)&amp;quot;"/g),
        ].map((m) => m[1] ?? '');
        const clickImage = (
          state.interaction.customization_args['imageAndRegions']?.value as
            { imagePath: string } | undefined
        )?.imagePath;
        for (const image of clickImage ? [...images, clickImage] : images) {
          if (!existsSync(join(CORPUS, 'assets', id, 'image', image))) {
            problems.push(`${name}: image ${image} missing`);
          }
        }
        const dests = [
          ...state.interaction.answer_groups.map((g) => g.outcome.dest),
          ...(state.interaction.default_outcome ? [state.interaction.default_outcome.dest] : []),
        ];
        for (const dest of dests) {
          if (!seen.has(dest)) {
            seen.add(dest);
            queue.push(dest);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(
        [...seen].some((name) => exp.states[name]?.interaction.id === 'EndExploration'),
        'an EndExploration card is reachable',
      ).toBe(true);
    });
  }
});

test('the generated content matches its sources (run sandbox/content/build/generate.ts)', () => {
  expect(outOfDate()).toEqual([]);
});
