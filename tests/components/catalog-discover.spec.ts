import { expect, test } from '@playwright/test';
import { OppiaClient } from '../../catalog/client';
import { discover, UnknownFilterError } from '../../catalog/discover';
import type { Snapshot } from '../../catalog/snapshot';
import { ConfigError, type Filters } from '../../config';
import {
  canned,
  cannedRoutes,
  startFakeOppia,
  type FakeOppia,
  type FakeRoute,
} from '../support/catalog/fake-oppia';

const NO_FILTERS: Filters = { classrooms: [], topics: [], stories: [], chapters: [] };

/** Runs discovery against a fake target serving the canned catalog with `changes` applied. */
async function discoverWith(
  options: {
    changes?: Record<string, FakeRoute>;
    filters?: Partial<Filters>;
    fetchConcurrency?: number;
    delayMs?: number;
  } = {},
): Promise<{ snapshot: Snapshot; fake: FakeOppia }> {
  const fake = await startFakeOppia(
    { ...cannedRoutes(), ...options.changes },
    { delayMs: options.delayMs },
  );
  try {
    const snapshot = await discover(
      {
        filters: { ...NO_FILTERS, ...options.filters },
        fetchConcurrency: options.fetchConcurrency ?? 6,
      },
      new OppiaClient({ baseUrl: fake.url }),
    );
    return { snapshot, fake };
  } finally {
    await fake.close();
  }
}

/** classroom/topic/story -> chapter titles, for compact assertions. */
function outline(snapshot: Snapshot): Record<string, string[]> {
  const tree: Record<string, string[]> = {};
  for (const c of snapshot.classrooms) {
    for (const t of c.topics) {
      for (const s of t.stories) {
        tree[`${c.urlFragment}/${t.urlFragment}/${s.urlFragment}`] = s.chapters.map(
          (ch) => `${ch.number}. ${ch.title}`,
        );
      }
    }
  }
  return tree;
}

test.describe('discovery of a healthy target', () => {
  test('keeps published classrooms, topics and chapters, in story order', async () => {
    const { snapshot } = await discoverWith();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.classrooms.map((c) => c.urlFragment)).toEqual(['math', 'science']);
    expect(outline(snapshot)).toEqual({
      'math/place-values/jaime-arcade': [
        '1. What are the Place Values?',
        '2. Finding the Value of a Number',
        // node_3 is a Draft and node_4 is Ready To Publish: the third published node is Chapter 3.
        '3. Rounding in the Arcade',
      ],
      'math/place-values/pv-practice': ['1. Practice Makes Perfect'],
      'math/fractions/matthew-bakery': ['1. What is a Fraction?', '2. Fractions of a Group'],
      // node_2 is Published but has no exploration to play.
      'science/plants/seeds': ['1. What is a Seed?'],
    });
  });

  test('records names, ids, every listed topic and story, and absolute page URLs', async () => {
    const { snapshot, fake } = await discoverWith();
    const math = snapshot.classrooms[0]!;
    expect(snapshot.target).toBe(fake.url);
    expect(snapshot.version).toBe(1);
    expect(math).toMatchObject({
      id: 'mathClassroomId',
      name: 'Math',
      url: `${fake.url}/learn/math`,
      publishedTopics: [
        { id: 'iX9kYCjnouWN', name: 'Place Values', urlFragment: 'place-values' },
        { id: '0abdeaJhmfPm', name: 'Fractions', urlFragment: 'fractions' },
      ],
    });
    const placeValues = math.topics[0]!;
    expect(placeValues).toMatchObject({
      id: 'iX9kYCjnouWN',
      name: 'Place Values',
      url: `${fake.url}/learn/math/place-values`,
      storyTitles: ["Jaime's Adventures in the Arcade", 'Place Values Practice'],
    });
    const jaime = placeValues.stories[0]!;
    expect(jaime).toMatchObject({
      id: 'jaimeStoryId',
      title: "Jaime's Adventures in the Arcade",
      url: `${fake.url}/learn/math/place-values/story/jaime-arcade`,
      publishedChapterCount: 3,
    });
    expect(jaime.chapters[2]).toEqual({
      number: 3,
      nodeId: 'node_5',
      title: 'Rounding in the Arcade',
      explorationId: 'rOuNdArCaDe2',
      url:
        `${fake.url}/explore/rOuNdArCaDe2?topic_url_fragment=place-values` +
        '&classroom_url_fragment=math&story_url_fragment=jaime-arcade&node_id=node_5',
    });
  });

  test('never asks for unpublished classrooms or topics', async () => {
    const { fake } = await discoverWith();
    expect(fake.requests).not.toContain('/classroom_data_handler/history');
    expect(fake.requests).not.toContain('/topic_data_handler/math/algebra');
    // The feature flags, the classrooms, 2 classrooms, 3 topics, 4 stories.
    expect(fake.requests).toHaveLength(1 + 1 + 2 + 3 + 4);
  });
});

test.describe('filters', () => {
  test('match url fragments or titles, case-insensitively, and fetch only what they keep', async () => {
    const { snapshot, fake } = await discoverWith({
      filters: { classrooms: ['MATH'], topics: ['place values'], stories: ['jaime-arcade'] },
    });
    expect(Object.keys(outline(snapshot))).toEqual(['math/place-values/jaime-arcade']);
    expect(fake.requests).toEqual([
      '/feature_flags_evaluation_handler',
      '/all_classrooms_summary',
      '/classroom_data_handler/math',
      '/topic_data_handler/math/place-values',
      '/story_data_handler/math/place-values/jaime-arcade',
    ]);
    // What the pages list stays complete, whatever the filters keep.
    expect(snapshot.classrooms[0]!.publishedTopics).toHaveLength(2);
    expect(snapshot.classrooms[0]!.topics[0]!.storyTitles).toHaveLength(2);
  });

  test('a story filter walks only the pages on the way to the stories it keeps', async () => {
    const { snapshot, fake } = await discoverWith({
      filters: { stories: ['Matthew Goes to the Bakery'] },
    });
    expect(Object.keys(outline(snapshot))).toEqual(['math/fractions/matthew-bakery']);
    expect(snapshot.classrooms.map((c) => c.topics.map((t) => t.urlFragment))).toEqual([
      ['fractions'],
    ]);
    // Every topic had to be read to find the story.
    expect(fake.requests.filter((path) => path.startsWith('/topic_data_handler'))).toHaveLength(3);
  });

  test('a chapter filter drops the stories it leaves empty', async () => {
    const { snapshot } = await discoverWith({ filters: { chapters: ['Fractions of a Group'] } });
    expect(outline(snapshot)).toEqual({
      'math/fractions/matthew-bakery': ['2. Fractions of a Group'],
    });
  });

  test('without filters an empty topic stays: it is still a page', async () => {
    const plants = canned<{ canonical_story_dicts: unknown[] }>('topic_science_plants');
    plants.canonical_story_dicts = [];
    const { snapshot } = await discoverWith({
      changes: { '/topic_data_handler/science/plants': { body: plants } },
    });
    expect(snapshot.classrooms[1]!.topics).toEqual([
      expect.objectContaining({ urlFragment: 'plants', storyTitles: [], stories: [] }),
    ]);
  });

  test('chapters match by title, node id or exploration id and keep their numbers', async () => {
    const { snapshot } = await discoverWith({
      filters: { chapters: ['rounding in the arcade', 'fRaCtIoNeXp2', 'node_1'] },
    });
    expect(outline(snapshot)).toEqual({
      'math/place-values/jaime-arcade': [
        '1. What are the Place Values?',
        '3. Rounding in the Arcade',
      ],
      'math/place-values/pv-practice': ['1. Practice Makes Perfect'],
      'math/fractions/matthew-bakery': ['1. What is a Fraction?', '2. Fractions of a Group'],
      'science/plants/seeds': ['1. What is a Seed?'],
    });
    expect(snapshot.classrooms[0]!.topics[0]!.stories[0]!.publishedChapterCount).toBe(3);
  });

  test('an unknown name is an error listing the names that exist', async () => {
    const error = await discoverWith({ filters: { topics: ['fractionz', 'Fractions'] } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnknownFilterError);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'TOPICS="fractionz" matches no published topic\n' +
        'use one of: Place Values (place-values); Fractions (fractions); Plants (plants)',
    );
  });

  test('an unpublished name is called out as such', async () => {
    const classroom = await discoverWith({ filters: { classrooms: ['history'] } }).catch(
      (e: unknown) => e,
    );
    expect((classroom as Error).message).toContain(
      'CLASSROOMS="history" matches no published classroom (it exists but is not published)',
    );
    expect((classroom as Error).message).toContain('use one of: Math (math); Science (science)');

    const chapter = await discoverWith({ filters: { chapters: ['Comparing Numbers'] } }).catch(
      (e: unknown) => e,
    );
    expect((chapter as Error).message).toContain(
      'CHAPTERS="Comparing Numbers" matches no published chapter (it exists but is not published)',
    );
  });

  test('unknown story names are errors too', async () => {
    const error = await discoverWith({ filters: { stories: ['nope'] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownFilterError);
    expect((error as Error).message).toContain(
      "use one of: Jaime's Adventures in the Arcade (jaime-arcade); Place Values Practice (pv-practice)",
    );
  });

  test('a name on a page that failed to load is not called unknown', async () => {
    const { snapshot } = await discoverWith({
      changes: {
        '/classroom_data_handler/science': { status: 500, body: { error: 'x', status_code: 500 } },
      },
      filters: { topics: ['plants'] },
    });
    // Math has no plants topic; science, where it may be, failed and is reported instead.
    expect(snapshot.classrooms).toEqual([]);
    expect(snapshot.problems).toEqual([
      expect.objectContaining({ status: 500, page: { kind: 'classroom', classroom: 'science' } }),
    ]);
  });
});

test.describe('failures become problems, and never hide the rest', () => {
  test('a topic answering 500 is one problem naming its page; its siblings are complete', async () => {
    const { snapshot, fake } = await discoverWith({
      changes: {
        '/topic_data_handler/math/fractions': {
          status: 500,
          body: { error: 'Internal server error', status_code: 500 },
        },
      },
    });
    expect(snapshot.problems).toEqual([
      {
        url: `${fake.url}/topic_data_handler/math/fractions`,
        kind: 'http',
        status: 500,
        message: `GET ${fake.url}/topic_data_handler/math/fractions answered HTTP 500: Internal server error`,
        page: { kind: 'topic', classroom: 'math', topic: 'fractions' },
      },
    ]);
    expect(Object.keys(outline(snapshot))).toEqual([
      'math/place-values/jaime-arcade',
      'math/place-values/pv-practice',
      'science/plants/seeds',
    ]);
    // The classroom page still lists the topic: the learner sees it there.
    expect(snapshot.classrooms[0]!.publishedTopics.map((t) => t.urlFragment)).toContain(
      'fractions',
    );
  });

  test('a drifted story is a schema problem with zod paths; the other stories stay', async () => {
    const { story_nodes: nodes, ...rest } = canned<Record<string, unknown>>('story_pv-practice');
    const broken = canned<{ story_nodes: Array<Record<string, unknown>> }>('story_matthew-bakery');
    delete broken.story_nodes[1]!['exploration_id'];
    const { snapshot, fake } = await discoverWith({
      changes: {
        '/story_data_handler/math/place-values/pv-practice': { body: { ...rest, nodes } },
        '/story_data_handler/math/fractions/matthew-bakery': { body: broken },
      },
    });
    expect(snapshot.problems).toEqual([
      expect.objectContaining({
        url: `${fake.url}/story_data_handler/math/fractions/matthew-bakery`,
        kind: 'schema',
        issues: [
          {
            path: 'story_nodes[1].exploration_id',
            message: 'Invalid input: expected string, received undefined',
          },
        ],
        page: { kind: 'story', classroom: 'math', topic: 'fractions', story: 'matthew-bakery' },
      }),
      expect.objectContaining({
        url: `${fake.url}/story_data_handler/math/place-values/pv-practice`,
        kind: 'schema',
        issues: [
          { path: 'story_nodes', message: 'Invalid input: expected array, received undefined' },
        ],
        page: { kind: 'story', classroom: 'math', topic: 'place-values', story: 'pv-practice' },
      }),
    ]);
    // The drifted stories keep their chapters, read from the topic handler's node list, so the walk
    // still opens them (and meets the broken story page) instead of silently dropping them.
    const tree = outline(snapshot);
    expect(Object.keys(tree).sort()).toEqual([
      'math/fractions/matthew-bakery',
      'math/place-values/jaime-arcade',
      'math/place-values/pv-practice',
      'science/plants/seeds',
    ]);
    // pv-practice is an additional story of Place Values with one published node.
    expect(tree['math/place-values/pv-practice']).toEqual(['1. Practice Makes Perfect']);
    // The topic page still lists the broken stories by title.
    expect(snapshot.classrooms[0]!.topics[0]!.storyTitles).toContain('Place Values Practice');
  });

  test('a dropped connection is a network problem', async () => {
    const { snapshot } = await discoverWith({
      changes: { '/classroom_data_handler/math': { destroy: true } },
    });
    expect(snapshot.problems).toEqual([
      expect.objectContaining({ kind: 'network', page: { kind: 'classroom', classroom: 'math' } }),
    ]);
    expect(snapshot.classrooms.map((c) => c.urlFragment)).toEqual(['science']);
  });

  test('a failing classrooms index leaves an empty catalog and one problem without a page', async () => {
    const { snapshot, fake } = await discoverWith({
      changes: { '/all_classrooms_summary': { status: 503, raw: 'Service Unavailable' } },
    });
    expect(snapshot.classrooms).toEqual([]);
    expect(snapshot.problems).toEqual([
      {
        url: `${fake.url}/all_classrooms_summary`,
        kind: 'http',
        status: 503,
        message: `GET ${fake.url}/all_classrooms_summary answered HTTP 503`,
      },
    ]);
  });
});

test('discovery keeps to its concurrency bound', async () => {
  const { fake } = await discoverWith({ fetchConcurrency: 2, delayMs: 30 });
  expect(fake.requests).toHaveLength(11); // the flags handler first, then 10 catalog handlers
  expect(fake.maxInFlight).toBe(2);
});

test('discovery runs requests side by side when allowed', async () => {
  const { fake } = await discoverWith({ fetchConcurrency: 6, delayMs: 30 });
  expect(fake.maxInFlight).toBeGreaterThanOrEqual(3);
});

test('story nodes without a status (Oppia before serial chapter launch) are all playable', async () => {
  const story = canned<{ story_nodes: Array<Record<string, unknown>> }>('story_jaime-arcade');
  for (const node of story.story_nodes) delete node['status'];
  const { snapshot } = await discoverWith({
    changes: { '/story_data_handler/math/place-values/jaime-arcade': { body: story } },
  });
  expect(snapshot.problems).toEqual([]);
  const chapters = outline(snapshot)['math/place-values/jaime-arcade'];
  expect(chapters).toHaveLength(
    story.story_nodes.filter((n) => n['exploration_id'] !== null).length,
  );
});
