import type { ScenarioBreaks } from '../../sandbox/server';
import { expect, test as sandboxTest } from '../support/sandbox';
import { FIXTURE_CATALOG, getAdmin, getOppia, setScenario } from './server-helpers';

/**
 * Each scenario's effect at the HTTP level, and its `breaks` (the ground truth tests rely on),
 * over the fixture catalog: math/place-values (published node_1, node_2, node_4, node_5, node_6;
 * Draft node_3), math/addition (an MC chapter, then a chapter with an image), math/fractions.
 */

interface ScenarioInfo {
  name: string;
  description: string;
  breaks: ScenarioBreaks;
}

/** The worker's sandbox over the fixture catalog, healthy before each test; its scenario list. */
const test = sandboxTest.extend<{
  scenarios: ScenarioInfo[];
  breaksOf: (name: string) => ScenarioBreaks;
  initOf: (id: string) => ReturnType<typeof getOppia>;
}>({
  scenarios: async ({ base }, use) => {
    await use((await getAdmin<ScenarioInfo[]>(base, '/_sandbox/scenarios')).body);
  },
  breaksOf: async ({ scenarios }, use) => {
    await use((name) => {
      const scenario = scenarios.find((s) => s.name === name);
      if (!scenario) throw new Error(`scenario ${name} is not listed`);
      return scenario.breaks;
    });
  },
  initOf: async ({ base }, use) => {
    await use((id) => getOppia(base, `/explorehandler/init/${id}`));
  },
});
test.use({ sandboxOptions: { contentDir: FIXTURE_CATALOG } });

type Init = {
  exploration: {
    states: Record<
      string,
      { interaction: Record<string, unknown> & { customization_args: Record<string, unknown> } }
    >;
  };
};

test('/_sandbox/scenarios lists every scenario with its category', ({ scenarios, breaksOf }) => {
  expect(scenarios.map((s) => [s.name, s.breaks.category])).toEqual([
    ['healthy', null],
    ['place-values-500', 'server-error'],
    ['topic-500', 'server-error'],
    ['slow-first-card', null],
    ['schema-drift', 'schema-drift'],
    ['slow-handler', 'slow'],
    ['player-exception', 'front-end-exception'],
    ['image-404', 'asset'],
    ['dead-end', 'dead-end'],
    ['intermittent-503', 'flaky'],
    ['a11y-regression', 'accessibility'],
    ['site-down', 'unreachable'],
  ]);
  for (const s of scenarios) expect(s.description.length, s.name).toBeGreaterThan(10);
  expect(breaksOf('healthy')).toEqual({ category: null, pages: [], chapters: [] });
});

test('every chapter a scenario breaks is a published chapter, numbered as the story page numbers it', async ({
  base,
  scenarios,
}) => {
  for (const scenario of scenarios) {
    for (const chapter of scenario.breaks.chapters) {
      const { body } = await getOppia(
        base,
        `/story_data_handler/${chapter.classroom}/${chapter.topic}/${chapter.story}`,
      );
      const published = (
        body as { story_nodes: Array<{ id: string; status: string; exploration_id: string }> }
      ).story_nodes.filter((n) => n.status === 'Published');
      const index = published.findIndex((n) => n.id === chapter.nodeId);
      expect(index, `${scenario.name}: ${chapter.nodeId}`).toBeGreaterThanOrEqual(0);
      expect(chapter.number, `${scenario.name}: ${chapter.nodeId}`).toBe(index + 1);
      expect(published[index]?.exploration_id).toBe(chapter.explorationId);
    }
  }
});

test('place-values-500: chapters 1, 2, 4 and 5 of Place Values answer 500, page and init', async ({
  base,
  breaksOf,
  initOf,
}) => {
  const breaks = breaksOf('place-values-500');
  expect(breaks.pages).toEqual([]);
  expect(breaks.chapters.map((c) => [c.number, c.nodeId, c.explorationId])).toEqual([
    [1, 'node_1', 'fxPlace00001'],
    [2, 'node_2', 'fxPlace00002'],
    [4, 'node_5', 'fxPlace00005'],
    [5, 'node_6', 'fxPlace00006'],
  ]);
  expect(breaks.chapters.every((c) => c.classroom === 'math' && c.topic === 'place-values')).toBe(
    true,
  );

  await setScenario(base, 'place-values-500');
  for (const id of ['fxPlace00001', 'fxPlace00002', 'fxPlace00005', 'fxPlace00006']) {
    const page = await fetch(`${base}/explore/${id}?node_id=x`);
    expect(page.status, id).toBe(500);
    expect(await page.text()).toContain('<oppia-root>');
    const init = await initOf(id);
    expect(init.status, id).toBe(500);
    expect(init.body).toEqual({ error: expect.any(String) as unknown, status_code: 500 });
  }
  // Chapter 3 (node_4) still works.
  expect((await fetch(`${base}/explore/fxPlace00004`)).status).toBe(200);
  expect((await initOf('fxPlace00004')).status).toBe(200);
});

test('topic-500: the second walkable topic data handler answers 500', async ({
  base,
  breaksOf,
}) => {
  expect(breaksOf('topic-500')).toEqual({
    category: 'server-error',
    pages: [{ kind: 'topic', classroom: 'math', topic: 'addition' }],
    chapters: [],
  });
  await setScenario(base, 'topic-500');
  const broken = await getOppia(base, '/topic_data_handler/math/addition');
  expect(broken.status).toBe(500);
  expect(broken.body).toEqual({ error: expect.any(String) as unknown, status_code: 500 });
  expect((await getOppia(base, '/topic_data_handler/math/place-values')).status).toBe(200);
  // The stories of the topic still answer.
  expect((await getOppia(base, '/story_data_handler/math/addition/maya-market')).status).toBe(200);
});

test('schema-drift: one story handler renames story_nodes to nodes', async ({ base, breaksOf }) => {
  const breaks = breaksOf('schema-drift');
  expect(breaks.pages).toEqual([
    { kind: 'story', classroom: 'math', topic: 'fractions', story: 'matthew-bakery' },
  ]);
  expect(breaks.chapters.map((c) => c.explorationId)).toEqual(['fxFrac00001']);
  await setScenario(base, 'schema-drift');
  const drifted = (await getOppia(base, '/story_data_handler/math/fractions/matthew-bakery'))
    .body as Record<string, unknown>;
  expect(drifted).not.toHaveProperty('story_nodes');
  expect(drifted['nodes']).toHaveLength(1);
  const other = (await getOppia(base, '/story_data_handler/math/addition/maya-market')).body;
  expect(other).toHaveProperty('story_nodes');
});

test('slow-handler: one chapter init is held back, the others answer at once', async ({
  base,
  breaksOf,
  initOf,
}) => {
  const breaks = breaksOf('slow-handler');
  expect(breaks.chapters.map((c) => [c.number, c.explorationId])).toEqual([[3, 'fxPlace00004']]);
  await setScenario(base, 'slow-handler');
  await expect(
    fetch(`${base}/explorehandler/init/fxPlace00004`, { signal: AbortSignal.timeout(2_000) }),
  ).rejects.toThrow();
  const started = Date.now();
  expect((await initOf('fxPlace00005')).status).toBe(200);
  expect(Date.now() - started).toBeLessThan(2_000);
});

test('player-exception: the MultipleChoiceInput card loses its choices in the init JSON only', async ({
  base,
  breaksOf,
  initOf,
}) => {
  const breaks = breaksOf('player-exception');
  expect(breaks.chapters.map((c) => c.explorationId)).toEqual(['fxAdd000001']);
  await setScenario(base, 'player-exception');
  const broken = (await initOf('fxAdd000001')).body as Init;
  const card = broken.exploration.states['Question'];
  expect(card?.interaction['id']).toBe('MultipleChoiceInput');
  expect(card?.interaction.customization_args).not.toHaveProperty('choices');
  expect(card?.interaction.customization_args).toHaveProperty('showChoicesInShuffledOrder');
  // The content itself is untouched: healthy again, the choices are back.
  await setScenario(base, 'healthy');
  const healthy = (await initOf('fxAdd000001')).body as Init;
  expect(healthy.exploration.states['Question']?.interaction.customization_args).toHaveProperty(
    'choices',
  );
});

test('image-404: the image on the first card of a chapter answers 404', async ({
  base,
  breaksOf,
  initOf,
}) => {
  const breaks = breaksOf('image-404');
  expect(breaks.chapters.map((c) => c.explorationId)).toEqual(['fxAdd000002']);
  const image = `${base}/assetsdevhandler/exploration/fxAdd000002/assets/image/apples.svg`;
  expect((await fetch(image)).status).toBe(200);
  await setScenario(base, 'image-404');
  expect((await fetch(image)).status).toBe(404);
  expect((await initOf('fxAdd000002')).status).toBe(200);
});

test('dead-end: every outcome of a card every play-through reaches leads back to it', async ({
  base,
  breaksOf,
  initOf,
}) => {
  const breaks = breaksOf('dead-end');
  expect(breaks.chapters.map((c) => c.explorationId)).toEqual(['fxPlace00001']);
  await setScenario(base, 'dead-end');
  const init = (await initOf('fxPlace00001')).body as {
    exploration: {
      states: Record<
        string,
        {
          interaction: {
            answer_groups: Array<{ outcome: { dest: string } }>;
            default_outcome: { dest: string };
          };
        }
      >;
    };
  };
  const card = init.exploration.states['Question'];
  expect(card?.interaction.answer_groups.map((g) => g.outcome.dest)).toEqual(['Question']);
  expect(card?.interaction.default_outcome.dest).toBe('Question');
});

test('intermittent-503: the first init after the scenario is set answers 503, then 200', async ({
  base,
  breaksOf,
  initOf,
}) => {
  const breaks = breaksOf('intermittent-503');
  expect(breaks.chapters.map((c) => [c.story, c.number, c.explorationId])).toEqual([
    ['maya-market', 2, 'fxAdd000002'],
  ]);
  await setScenario(base, 'intermittent-503');
  expect((await fetch(`${base}/explorehandler/init/fxAdd000002`)).status).toBe(503);
  expect((await initOf('fxAdd000002')).status).toBe(200);
  expect((await initOf('fxAdd000002')).status).toBe(200);
  // Setting the scenario again resets it.
  await setScenario(base, 'intermittent-503');
  expect((await fetch(`${base}/explorehandler/init/fxAdd000002`)).status).toBe(503);
});

test('site-down: every Oppia path is cut, the admin endpoint keeps working', async ({
  base,
  breaksOf,
}) => {
  expect(breaksOf('site-down')).toEqual({ category: 'unreachable', pages: [], chapters: [] });
  await setScenario(base, 'site-down');
  await expect(fetch(`${base}/learn`)).rejects.toThrow();
  await expect(fetch(`${base}/all_classrooms_summary`)).rejects.toThrow();
  expect((await getAdmin(base, '/_sandbox/health')).body).toEqual({
    ok: true,
    scenario: 'site-down',
  });
  await setScenario(base, 'healthy');
  expect((await fetch(`${base}/learn`)).status).toBe(200);
});

test('setScenario() switches programmatically and rejects unknown names', async ({
  base,
  sandbox,
}) => {
  sandbox.setScenario('topic-500');
  expect(sandbox.scenario).toBe('topic-500');
  expect((await getOppia(base, '/topic_data_handler/math/addition')).status).toBe(500);
  expect(() => sandbox.setScenario('nope')).toThrow(
    /Unknown scenario "nope"; known scenarios: healthy, place-values-500/,
  );
});
