import { expect, test } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, loadContentDir } from '../../sandbox/content-loader';
import { startSandbox } from '../../sandbox/server';
import { FIXTURES, FIXTURE_CATALOG, START_TIMEOUT_MS, getOppia } from './server-helpers';

/** The content loader (catalog + exploration YAMLs) and `--content DIR`. */

const INVALID = `${FIXTURES}invalid`;

async function loadError(dir: string): Promise<string> {
  try {
    await loadContentDir(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error(`${dir} loaded without error`);
}

test.describe('valid content', () => {
  test('a catalog directory loads every exploration and the catalog tree', async () => {
    const content = await loadContentDir(FIXTURE_CATALOG);
    expect(content.explorations.size).toBe(12);
    expect(content.classrooms.map((c) => c.url_fragment)).toEqual(['math', 'science']);
    const story = content.classrooms[0]?.topics[0]?.stories[0];
    expect(story?.chapters.map((c) => c.status)).toEqual([
      'Published',
      'Published',
      'Draft',
      'Published',
      'Published',
      'Published',
      'Ready To Publish',
    ]);
  });

  test('an older states schema is served in the newest shape', async () => {
    const content = await loadContentDir(FIXTURE_CATALOG);
    const older = content.explorations.get('fxPlace00001');
    expect(older?.metadata.states_schema_version).toBe(45);
    // No top-level counter in the file: taken from the per-state counters.
    expect(older?.player.next_content_id_index).toBe(9);
    for (const state of Object.values(older?.player.states ?? {})) {
      expect(state).not.toHaveProperty('recorded_voiceovers');
      expect(state).not.toHaveProperty('written_translations');
      expect(state).not.toHaveProperty('next_content_id_index');
    }
  });

  test('--content DIR of exploration YAMLs becomes one classroom/topic/story, chapters by file name', async () => {
    test.setTimeout(START_TIMEOUT_MS);
    const sandbox = await startSandbox({ contentDir: `${FIXTURES}explorations-only`, quiet: true });
    try {
      expect(sandbox.chapterCount).toBe(2);
      const classrooms = (await getOppia(sandbox.url, '/all_classrooms_summary')).body as {
        all_classrooms_summary: Array<{ url_fragment: string; is_published: boolean }>;
      };
      expect(
        classrooms.all_classrooms_summary.map((c) => [c.url_fragment, c.is_published]),
      ).toEqual([['content', true]]);
      const classroom = (await getOppia(sandbox.url, '/classroom_data_handler/content')).body as {
        topic_summary_dicts: Array<{ url_fragment: string }>;
      };
      const topic = classroom.topic_summary_dicts[0]?.url_fragment as string;
      const topicData = (await getOppia(sandbox.url, `/topic_data_handler/content/${topic}`))
        .body as {
        canonical_story_dicts: Array<{ url_fragment: string }>;
      };
      const storyFragment = topicData.canonical_story_dicts[0]?.url_fragment as string;
      const story = (
        await getOppia(sandbox.url, `/story_data_handler/content/${topic}/${storyFragment}`)
      ).body as {
        story_nodes: Array<{ id: string; title: string; exploration_id: string; status: string }>;
      };
      expect(story.story_nodes.map((n) => [n.id, n.title, n.exploration_id, n.status])).toEqual([
        ['node_1', 'First Exported Lesson', 'a-first', 'Published'],
        ['node_2', 'Second Exported Lesson', 'b-second', 'Published'],
      ]);
      const init = await getOppia(sandbox.url, '/explorehandler/init/b-second');
      expect((init.body as { exploration: { title: string } }).exploration.title).toBe(
        'Second Exported Lesson',
      );
    } finally {
      await sandbox.close();
    }
  });

  test('an exported file name that is not an Oppia id gets a stable derived id', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sandbox-content-'));
    try {
      await cp(`${FIXTURES}explorations-only/a-first.yaml`, join(dir, 'My Lesson (exported).yaml'));
      const first = await loadContentDir(dir);
      const second = await loadContentDir(dir);
      const [id] = [...first.explorations.keys()];
      expect(id).toMatch(/^[a-zA-Z0-9_-]{12}$/);
      expect([...second.explorations.keys()]).toEqual([id]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

test.describe('invalid content is refused with the file and the field named', () => {
  test('unsupported states_schema_version', async () => {
    const message = await loadError(`${INVALID}/bad-version`);
    expect(message).toContain('bad-version/explorations/tinyExp0001.yaml');
    expect(message).toContain('states_schema_version 38 is not supported');
    expect(message).toContain('41..57');
  });

  test('malformed YAML', async () => {
    const message = await loadError(`${INVALID}/malformed`);
    expect(message).toContain('malformed/explorations/tinyExp0001.yaml: malformed YAML');
    expect(message).toMatch(/line \d+/);
  });

  test('an outcome leading to a card that does not exist', async () => {
    const message = await loadError(`${INVALID}/bad-dest`);
    expect(message).toContain(
      'tinyExp0001.yaml: states.Question.interaction.answer_groups[0].outcome.dest',
    );
    expect(message).toContain('"Nowhere" is not a state');
  });

  test('a catalog chapter naming an exploration without a file', async () => {
    const message = await loadError(`${INVALID}/missing-exploration`);
    expect(message).toContain('missing-exploration/catalog.yaml');
    expect(message).toContain('classrooms[0].topics[0].stories[0].chapters[0].exploration_id');
    expect(message).toContain('"tinyMissing1" has no file explorations/tinyMissing1.yaml');
  });

  test('catalog fields checked against Oppia: url fragments, unknown keys, duplicates', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sandbox-catalog-'));
    try {
      await mkdir(join(dir, 'explorations'));
      await cp(
        `${INVALID}/missing-exploration/explorations/tinyExp0001.yaml`,
        join(dir, 'explorations/tinyExp0001.yaml'),
      );
      const good = await readFile(`${INVALID}/missing-exploration/catalog.yaml`, 'utf8');
      const fixed = good.replace('tinyMissing1', 'tinyExp0001');

      await writeFile(
        join(dir, 'catalog.yaml'),
        fixed.replace('url_fragment: tiny\n', 'url_fragment: Tiny_Room\n'),
      );
      const fragment = await loadError(dir);
      expect(fragment).toContain('classrooms[0].url_fragment: must match ^[a-z]+(-[a-z]+)*$');

      await writeFile(
        join(dir, 'catalog.yaml'),
        fixed.replace('index: 0\n', 'index: 0\n    colour: red\n'),
      );
      const unknownKey = await loadError(dir);
      expect(unknownKey).toContain('classrooms[0]');
      expect(unknownKey).toContain('colour');

      await writeFile(join(dir, 'catalog.yaml'), fixed);
      await expect(loadContentDir(dir)).resolves.toBeTruthy();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a directory that does not exist, or holds no explorations', async () => {
    expect(await loadError(`${FIXTURES}no-such-dir`)).toContain('not a directory');
    const empty = await mkdtemp(join(tmpdir(), 'sandbox-empty-'));
    try {
      expect(await loadError(empty)).toContain('no *.yaml exploration files found');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
