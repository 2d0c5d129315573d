import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '../../sandbox/server';
import { expect, test } from '../support/sandbox';
import {
  START_TIMEOUT_MS,
  XSSI_PREFIX,
  getAdmin,
  getOppia,
  notFoundBody,
  setScenario,
} from './server-helpers';
import { HANDMADE } from './replay-helpers';

/**
 * `--replay DIR` over the hand-made record directory (replay-helpers.ts); one of its init bodies
 * is saved with the XSSI prefix, as a browser's network panel keeps it.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const recorded = (path: string): unknown => {
  const text = readFileSync(join(HANDMADE, `${path}.json`), 'utf8');
  return JSON.parse(text.replace(/^\)\]\}'\n/, '')) as unknown;
};

// The worker's sandbox replays the hand-made record directory (tests/support/sandbox.ts); each
// test gets it healthy, with its event counters cleared.
test.use({ sandboxOptions: { replayDir: HANDMADE } });

test.describe('recorded bodies', () => {
  for (const path of [
    '/all_classrooms_summary',
    '/classroom_data_handler/math',
    '/topic_data_handler/math/place-values',
    '/story_data_handler/math/place-values/jaime-arcade',
    '/explorehandler/init/pvOldShape01',
    '/explorehandler/init/pvXssiSaved1',
  ]) {
    test(`${path} answers exactly what was recorded, with Oppia's prefix and headers`, async ({
      base,
    }) => {
      const { status, headers, body } = await getOppia(base, path);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(headers.get('content-disposition')).toBe(
        'attachment; filename="oppia-attachment.txt"',
      );
      expect(body).toEqual(recorded(path));
    });
  }

  test('an init body answers for its recorded version only', async ({ base }) => {
    expect((await getOppia(base, '/explorehandler/init/pvOldShape01?v=3')).status).toBe(200);
    const other = await getOppia(base, '/explorehandler/init/pvOldShape01?v=2');
    expect(other.status).toBe(404);
    expect(other.body).toEqual(notFoundBody(base, '/explorehandler/init/pvOldShape01?v=2'));
  });

  test('a recorded image is served as a file', async ({ base }) => {
    const response = await fetch(
      `${base}/assetsdevhandler/exploration/pvOldShape01/assets/image/img_counter_height_200_width_400.svg`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toContain('TICKET COUNTER');
  });
});

test.describe('what was not recorded answers as Oppia does for a missing resource', () => {
  for (const path of [
    '/topic_data_handler/math/fractions',
    '/classroom_data_handler/draft',
    '/explorehandler/init/pvNotRecord5',
    '/story_data_handler/math/place-values/no-such-story',
    '/access_validation_handler/can_access_exploration_player_page/pvNotRecord5',
    '/access_validation_handler/can_access_classroom_page?classroom_url_fragment=draft',
    '/assetsdevhandler/exploration/oddInteract1/assets/image/img_not_recorded.png',
  ]) {
    test(`${path}: 404 with Oppia's error body`, async ({ base }) => {
      const { status, body } = await getOppia(base, path);
      expect(status).toBe(404);
      expect(body).toEqual(notFoundBody(base, path));
    });
  }

  test("a page: the shell with 404 (an unrecorded chapter's player page too)", async ({ base }) => {
    for (const path of ['/explore/pvNotRecord5', '/no/such/page']) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('<oppia-root>');
    }
  });
});

test.describe("the sandbox's own parts keep working", () => {
  test('pages, bundle and a recorded chapter answer 200', async ({ base }) => {
    for (const path of [
      '/learn/math',
      '/learn/math/place-values/story/jaime-arcade',
      '/explore/pvOldShape01',
      '/webpack_bundles/sandbox.bundle.js',
    ]) {
      expect((await fetch(base + path)).status, path).toBe(200);
    }
  });

  test('access validators answer from what was recorded', async ({ base }) => {
    const classroom =
      '/access_validation_handler/can_access_classroom_page?classroom_url_fragment=math';
    expect((await getOppia(base, classroom)).body).toEqual({});
    const player = '/access_validation_handler/can_access_exploration_player_page/pvXssiSaved1';
    expect((await getOppia(base, player)).body).toEqual({});
  });

  test('site handlers that were not recorded keep the logged-out answers', async ({ base }) => {
    expect((await getOppia(base, '/userinfohandler')).body).toEqual({ user_is_logged_in: false });
    expect((await getOppia(base, '/csrfhandler')).body).toMatchObject({
      token: expect.any(String),
    });
    expect((await getOppia(base, '/feature_flags_evaluation_handler')).status).toBe(200);
  });

  test('learner event POSTs are accepted and counted', async ({ base }) => {
    await fetch(`${base}/_sandbox/events`, { method: 'DELETE' });
    const form = new FormData();
    form.append('payload', JSON.stringify({ state_name: 'Introduction' }));
    const post = await getOppia(base, '/explorehandler/state_hit_event/pvOldShape01', {
      method: 'POST',
      body: form,
    });
    expect(post.status).toBe(200);
    const { body } = await getAdmin(base, '/_sandbox/events');
    expect(body).toEqual({
      learnerEvents: 1,
      byEndpoint: { state_hit_event: 1 },
      nonGetRequests: 1,
    });
  });
});

interface Scenario {
  name: string;
  description: string;
  breaks: { category: string | null; chapters: Array<{ explorationId: string; number: number }> };
}

test.describe('scenarios on a replay choose their victims from the recording', () => {
  test('place-values-500 breaks the recorded Place Values chapters 1, 2, 4 and 5', async ({
    base,
  }) => {
    const { body } = await getAdmin<Scenario[]>(base, '/_sandbox/scenarios');
    const scenario = body.find((s) => s.name === 'place-values-500')!;
    expect(scenario.breaks.chapters.map((c) => [c.number, c.explorationId])).toEqual([
      [1, 'pvOldShape01'],
      [2, 'pvXssiSaved1'],
      [4, 'pvNewest0001'],
      [5, 'pvNotRecord5'],
    ]);
    expect(scenario.description).toContain('Replay: chapter 5 (pvNotRecord5) not recorded');

    await setScenario(base, 'place-values-500');
    const broken = await getOppia(base, '/explorehandler/init/pvOldShape01');
    expect(broken.status).toBe(500);
    expect((await fetch(`${base}/explore/pvNewest0001`)).status).toBe(500);
    expect((await getOppia(base, '/explorehandler/init/pvPlainFeed1')).status).toBe(200);
  });

  test('image-404 picks a recorded image; content scenarios alter recorded bodies', async ({
    base,
  }) => {
    const { body } = await getAdmin<Scenario[]>(base, '/_sandbox/scenarios');
    const image = body.find((s) => s.name === 'image-404')!;
    expect(image.description).toContain('img_counter_height_200_width_400.svg');
    expect(image.breaks.chapters.map((c) => c.explorationId)).toEqual(['pvOldShape01']);

    await setScenario(base, 'dead-end');
    const { body: init } = await getOppia(base, '/explorehandler/init/pvOldShape01');
    const tens = (init as { exploration: { states: Record<string, { interaction: unknown }> } })
      .exploration.states['Tens'];
    expect(tens?.interaction).toMatchObject({
      answer_groups: [{ outcome: { dest: 'Tens' } }],
      default_outcome: { dest: 'Tens' },
    });
  });

  test('a replay without a suitable victim says so and breaks nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-novictim-'));
    try {
      mkdirSync(join(dir, 'explorehandler', 'init'), { recursive: true });
      writeFileSync(
        join(dir, 'all_classrooms_summary.json'),
        JSON.stringify({ all_classrooms_summary: [] }),
      );
      const other = await startSandbox({ replayDir: dir, quiet: true });
      try {
        const { body } = await getAdmin<Scenario[]>(other.url, '/_sandbox/scenarios');
        const image = body.find((s) => s.name === 'image-404')!;
        expect(image.description).toContain('no suitable victim, so nothing breaks');
        expect(image.breaks.chapters).toEqual([]);
        expect(other.chapterCount).toBe(0);
      } finally {
        await other.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('--replay on the command line', () => {
  async function runCli(args: string[]) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, stderr };
  }

  test('a directory that does not exist: exit 2 naming the flag', async () => {
    const { code, stderr } = await runCli(['--replay', 'no/such/recording']);
    expect(code).toBe(2);
    expect(stderr).toContain('--replay "no/such/recording" is not a directory');
  });

  test('with --content: exit 2, a replay serves only what was recorded', async () => {
    const { code, stderr } = await runCli(['--replay', HANDMADE, '--content', HANDMADE]);
    expect(code).toBe(2);
    expect(stderr).toContain('--replay cannot be combined with --content');
  });

  test('a body that is not JSON stops the start naming the file, exit 1', async () => {
    test.setTimeout(START_TIMEOUT_MS);
    const dir = mkdtempSync(join(tmpdir(), 'replay-bad-'));
    try {
      writeFileSync(join(dir, 'all_classrooms_summary.json'), `${XSSI_PREFIX}{"all_classrooms`);
      const { code, stderr } = await runCli(['--port', '0', '--replay', dir]);
      expect(code).toBe(1);
      expect(stderr).toContain(`${join(dir, 'all_classrooms_summary.json')}: not JSON`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
