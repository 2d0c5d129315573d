import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigError } from '../../config';
import { parseRecordArgs } from '../../recorder/args';
import { imagesOfInit } from '../../recorder/images';
import { recordedFile, UnsafePathError } from '../../recorder/layout';
import type { RecordManifest } from '../../recorder/manifest';
import {
  record,
  RecordDirError,
  RecordTargetError,
  type RecordOptions,
} from '../../recorder/record';
import { redactBody, SESSION_ID_PLACEHOLDER } from '../../recorder/redact';

/**
 * The recorder against a tiny fake Oppia that sets a secret session cookie on every answer and
 * puts per-visit secrets in its bodies: none of them may reach the record directory.
 */

const SECRETS = ['COOKIE-SECRET-5f1e', 'CSRF-SECRET-77aa', 'SESSION-SECRET-9b02', 'alice.learner'];
const IMAGE = '<svg xmlns="http://www.w3.org/2000/svg"><text>tickets</text></svg>';

const node = (id: string, explorationId: string, status = 'Published') => ({
  id,
  title: `Chapter ${id}`,
  exploration_id: explorationId,
  status,
});

const init = (id: string) => ({
  exploration_id: id,
  version: 2,
  session_id: 'SESSION-SECRET-9b02',
  is_logged_in: false,
  exploration: {
    title: `Exploration ${id}`,
    init_state_name: 'Start',
    states: {
      Start: {
        content: {
          content_id: 'content',
          html:
            '<p>Count.</p><oppia-noninteractive-image filepath-with-value="&amp;quot;tickets.svg&amp;quot;">' +
            '</oppia-noninteractive-image>',
        },
        interaction: {
          id: 'Continue',
          customization_args: { buttonText: { value: 'Continue' } },
          answer_groups: [],
          default_outcome: { dest: 'End', feedback: { content_id: 'f', html: '' } },
        },
      },
      End: {
        content: { content_id: 'content', html: '<p>Done.</p>' },
        interaction: { id: 'EndExploration', customization_args: {}, answer_groups: [] },
      },
    },
  },
});

const BODIES: Record<string, unknown> = {
  '/all_classrooms_summary': {
    all_classrooms_summary: [
      { classroom_id: 'm', name: 'Math', url_fragment: 'math', is_published: true },
    ],
  },
  '/classroom_data_handler/math': {
    classroom_id: 'm',
    name: 'Math',
    url_fragment: 'math',
    topic_summary_dicts: [
      { id: 't', name: 'Place Values', url_fragment: 'pv', is_published: true },
    ],
  },
  '/topic_data_handler/math/pv': {
    topic_id: 't',
    topic_name: 'Place Values',
    canonical_story_dicts: [
      {
        id: 's',
        title: 'Arcade',
        url_fragment: 'arcade',
        story_is_published: true,
        all_node_dicts: [node('node_1', 'expOne000001'), node('node_2', 'expTwo000002')],
      },
    ],
    additional_story_dicts: [],
  },
  '/story_data_handler/math/pv/arcade': {
    story_id: 's',
    story_title: 'Arcade',
    story_nodes: [
      {
        ...node('node_1', 'expOne000001'),
        exp_summary_dict: { human_readable_contributors_summary: { 'alice.learner': 3 } },
      },
      node('node_2', 'expTwo000002'),
      node('node_3', 'expDraft0003', 'Draft'),
    ],
  },
  '/userinfohandler': { user_is_logged_in: false, csrf_token: 'CSRF-SECRET-77aa' },
  '/feature_flags_evaluation_handler': { end_chapter_celebration: true },
  '/explorehandler/init/expOne000001': init('expOne000001'),
};

interface FakeTarget {
  url: string;
  requests: Array<{ method: string; path: string; cookie: string | undefined }>;
  close(): Promise<void>;
}

async function fakeTarget(): Promise<FakeTarget> {
  const requests: FakeTarget['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ method: req.method ?? '', path, cookie: req.headers.cookie });
    res.setHeader('Set-Cookie', 'SACSID=COOKIE-SECRET-5f1e; HttpOnly; Path=/');
    if (path === '/assetsdevhandler/exploration/expOne000001/assets/image/tickets.svg') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(IMAGE);
      return;
    }
    const body = BODIES[path];
    const status = path === '/explorehandler/init/expTwo000002' ? 500 : body ? 200 : 404;
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(`)]}'\n${JSON.stringify(body ?? { error: 'nope', status_code: status })}`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

let target: FakeTarget;
let work: string;

test.beforeAll(async () => {
  target = await fakeTarget();
});
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'record-'));
});
test.afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});
test.afterAll(async () => {
  await target.close();
});

const options = (dir: string, extra: Partial<RecordOptions> = {}): RecordOptions => ({
  baseUrl: target.url,
  dir,
  filters: { classrooms: [], topics: [], stories: [], chapters: [] },
  fetchConcurrency: 2,
  timeoutMs: 5_000,
  assets: true,
  force: false,
  ...extra,
});

test.describe('a recording', () => {
  test('mirrors the request paths, without the XSSI prefix', async () => {
    const dir = join(work, 'rec');
    await record(options(dir));
    const json = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as unknown;
    expect(json('all_classrooms_summary.json')).toEqual(BODIES['/all_classrooms_summary']);
    expect(json('classroom_data_handler/math.json')).toEqual(
      BODIES['/classroom_data_handler/math'],
    );
    expect(json('topic_data_handler/math/pv.json')).toEqual(BODIES['/topic_data_handler/math/pv']);
    expect(existsSync(join(dir, 'story_data_handler/math/pv/arcade.json'))).toBe(true);
    expect(json('explorehandler/init/expOne000001.json')).toMatchObject({
      exploration_id: 'expOne000001',
      version: 2,
    });
    expect(
      readFileSync(
        join(dir, 'assetsdevhandler/exploration/expOne000001/assets/image/tickets.svg'),
        'utf8',
      ),
    ).toBe(IMAGE);
    expect(readFileSync(join(dir, 'all_classrooms_summary.json'), 'utf8')).not.toContain(")]}'");
  });

  test('keeps no cookie, token or name, sends only GETs without cookies', async () => {
    const dir = join(work, 'rec');
    const { manifest } = await record(options(dir));
    for (const file of filesUnder(dir)) {
      const text = readFileSync(file, 'utf8');
      for (const secret of SECRETS) expect(text, `${file} holds ${secret}`).not.toContain(secret);
    }
    const init = JSON.parse(
      readFileSync(join(dir, 'explorehandler/init/expOne000001.json'), 'utf8'),
    ) as { session_id: string };
    expect(init.session_id).toBe(SESSION_ID_PLACEHOLDER);
    expect(manifest.redacted).toEqual(
      expect.arrayContaining([
        { path: '/explorehandler/init/expOne000001', field: 'session_id' },
        { path: '/userinfohandler', field: 'csrf_token' },
        {
          path: '/story_data_handler/math/pv/arcade',
          field: 'story_nodes[0].exp_summary_dict.human_readable_contributors_summary',
        },
      ]),
    );
    expect(target.requests.length).toBeGreaterThan(0);
    expect(target.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(target.requests.filter((r) => r.cookie !== undefined)).toEqual([]);
  });

  test('has a manifest naming the target, the suite and what could not be recorded', async () => {
    const dir = join(work, 'rec');
    await record(options(dir));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as RecordManifest;
    expect(manifest).toMatchObject({
      version: 1,
      target: target.url,
      suite: { name: 'oppia-learner-journeys', version: expect.any(String) as unknown },
      assets: true,
      counts: { classrooms: 1, topics: 1, stories: 1, chapters: 2, explorations: 1, assets: 1 },
    });
    expect(Date.parse(manifest.recordedAt)).not.toBeNaN();
    expect(manifest.files).toContain('explorehandler/init/expOne000001.json');
    expect(manifest.notRecorded).toEqual([
      {
        url: `${target.url}/explorehandler/init/expTwo000002`,
        status: 500,
        reason: 'HTTP 500',
      },
    ]);
    expect(existsSync(join(dir, 'explorehandler/init/expTwo000002.json'))).toBe(false);
  });

  test('--no-assets leaves the images out', async () => {
    const dir = join(work, 'rec');
    const { manifest } = await record(options(dir, { assets: false }));
    expect(existsSync(join(dir, 'assetsdevhandler'))).toBe(false);
    expect(manifest.counts.assets).toBe(0);
  });

  test('filters record only what discovery reads for them', async () => {
    const dir = join(work, 'rec');
    const filters = { classrooms: [], topics: [], stories: [], chapters: ['node_1'] };
    const { manifest } = await record(options(dir, { filters }));
    expect(manifest.counts.chapters).toBe(1);
    expect(manifest.files.filter((f) => f.startsWith('explorehandler/'))).toEqual([
      'explorehandler/init/expOne000001.json',
    ]);
  });
});

test.describe('bad input leaves everything as it was', () => {
  test('a DIR that is not empty is refused without --force', async () => {
    const dir = join(work, 'rec');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'mine');
    await expect(record(options(dir))).rejects.toThrow(RecordDirError);
    await expect(record(options(dir))).rejects.toThrow(
      `${dir} is not empty; give a new or empty directory, or add --force`,
    );
    expect(readdirSync(dir)).toEqual(['keep.txt']);
  });

  test('--force replaces DIR only once the new recording is complete', async () => {
    const dir = join(work, 'rec');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'old');
    await record(options(dir, { force: true }));
    expect(existsSync(join(dir, 'keep.txt'))).toBe(false);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
    expect(readdirSync(work)).toEqual(['rec']);
  });

  test('an unreachable target: a clear error, DIR untouched, no staging left', async () => {
    const dir = join(work, 'rec');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'old');
    const dead = options(dir, { baseUrl: 'http://127.0.0.1:9', force: true, timeoutMs: 2_000 });
    await expect(record(dead)).rejects.toThrow(RecordTargetError);
    await expect(record(dead)).rejects.toThrow(/^Target unreachable: GET http:\/\/127\.0\.0\.1:9/);
    expect(readdirSync(dir)).toEqual(['keep.txt']);
    expect(readdirSync(work)).toEqual(['rec']);
  });

  test('a DIR that is a file is refused', async () => {
    const file = join(work, 'file');
    writeFileSync(file, 'x');
    await expect(record(options(file))).rejects.toThrow(`${file} is a file`);
  });

  test('arguments: one DIR, known options only', () => {
    expect(parseRecordArgs(['out', '--no-assets'])).toEqual({
      dir: 'out',
      assets: false,
      force: false,
      help: false,
    });
    expect(() => parseRecordArgs([])).toThrow(ConfigError);
    expect(() => parseRecordArgs([])).toThrow('give the directory to record into');
    expect(() => parseRecordArgs(['a', 'b'])).toThrow('give one directory to record into, not 2');
    expect(() => parseRecordArgs(['a', '--assets=no'])).toThrow('unknown option "--assets=no"');
  });
});

test.describe('pieces', () => {
  test('a request path becomes a file under DIR; one that could leave it is refused', () => {
    expect(recordedFile('/d', '/story_data_handler/math/pv/my%20story', 'json')).toBe(
      '/d/story_data_handler/math/pv/my story.json',
    );
    expect(recordedFile('/d', '/assetsdevhandler/exploration/x/assets/image/a.png', 'asset')).toBe(
      '/d/assetsdevhandler/exploration/x/assets/image/a.png',
    );
    for (const bad of ['/a/../b', '/a/%2E%2E/b', '/a/%2Fetc', '/a//b', '/a/%00'])
      expect(() => recordedFile('/d', bad, 'json'), bad).toThrow(UnsafePathError);
    expect(dirname(recordedFile('/d', '/x', 'json'))).toBe('/d');
  });

  test('images are found in content, collapsibles, tabs, math and ImageClickInput', () => {
    const esc = (value: unknown) =>
      JSON.stringify(value)
        .replace(/&/g, '&amp;')
        .replace(/"/g, '&quot;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/&/g, '&amp;');
    const image = (file: string) =>
      `<oppia-noninteractive-image filepath-with-value="${esc(file)}"></oppia-noninteractive-image>`;
    const html =
      image('top.png') +
      `<oppia-noninteractive-collapsible content-with-value="${esc(image('inner.svg'))}"></oppia-noninteractive-collapsible>` +
      `<oppia-noninteractive-tabs tab_contents-with-value="${esc([{ title: 'T', content: image('tab.svg') }])}"></oppia-noninteractive-tabs>` +
      `<oppia-noninteractive-math math_content-with-value="${esc({ raw_latex: 'x', svg_filename: 'math.svg' })}"></oppia-noninteractive-math>`;
    const body = {
      exploration: {
        states: {
          A: { content: { html }, interaction: { customization_args: {} } },
          B: {
            content: { html: '' },
            interaction: {
              customization_args: { imageAndRegions: { value: { imagePath: 'map.png' } } },
              default_outcome: { feedback: { html: image('feedback.png') } },
            },
          },
        },
      },
    };
    expect(imagesOfInit(body)).toEqual([
      'feedback.png',
      'inner.svg',
      'map.png',
      'math.svg',
      'tab.svg',
      'top.png',
    ]);
  });

  test('redaction leaves content alone: state names and author notes are not secrets', () => {
    const body = {
      exploration: { states: { Session: { content: { html: '<p>token</p>' } } } },
      exploration_metadata: { author_notes: 'keep', auto_tts_enabled: false },
      api_key: 'k',
      access_token: 't',
      sessionToken: 's',
    };
    const { body: clean, redacted } = redactBody(body);
    expect(clean).toEqual({
      ...body,
      api_key: '<redacted>',
      access_token: '<redacted>',
      sessionToken: '<redacted>',
    });
    expect(redacted.map((r) => r.field)).toEqual(['api_key', 'access_token', 'sessionToken']);
  });
});
