import { expect, test } from '@playwright/test';
import { z } from 'zod';
import {
  formatIssuePath,
  OppiaClient,
  OppiaHttpError,
  OppiaNetworkError,
  OppiaSchemaError,
} from '../../catalog/client';
import { createLimiter, createPacer } from '../../catalog/limit';
import { storyDataSchema } from '../../catalog/schemas';
import { stripXssiPrefix, XSSI_PREFIX } from '../../catalog/xssi';
import { canned, startFakeOppia, type FakeOppia } from '../support/catalog/fake-oppia';

test.describe('XSSI prefix', () => {
  test("is the 5 bytes )]}' and a newline, and is stripped before parsing", () => {
    expect(XSSI_PREFIX).toHaveLength(5);
    expect(stripXssiPrefix(`)]}'\n{"a":1}`)).toBe('{"a":1}');
  });

  test("Angular's variant with a comma is stripped too", () => {
    expect(stripXssiPrefix(`)]}',\n{"a":1}`)).toBe('{"a":1}');
  });

  test('a body without the prefix is left alone', () => {
    expect(stripXssiPrefix('{"a":1}')).toBe('{"a":1}');
    expect(stripXssiPrefix('[")]}\'"]')).toBe('[")]}\'"]');
  });
});

test('zod issue paths read like property access', () => {
  expect(formatIssuePath(['story_nodes', 2, 'exploration_id'])).toBe(
    'story_nodes[2].exploration_id',
  );
  expect(formatIssuePath([3, 'a'])).toBe('[3].a');
  expect(formatIssuePath(['states', 'How many tens', 'interaction'])).toBe(
    'states["How many tens"].interaction',
  );
  expect(formatIssuePath([])).toBe('(body)');
});

test.describe('OppiaClient', () => {
  let fake: FakeOppia;
  let client: OppiaClient;
  const story = canned<Record<string, unknown>>('story_jaime-arcade');

  test.beforeAll(async () => {
    const { story_nodes: nodes, ...rest } = story;
    fake = await startFakeOppia({
      '/story': { body: story },
      '/missing': {
        status: 404,
        body: { error: 'Could not find the resource /missing.', status_code: 404 },
      },
      '/html-500': { status: 500, raw: '<!DOCTYPE html><title>Error 500</title>' },
      '/drifted': { body: { ...rest, nodes } },
      '/html-200': { raw: '<!DOCTYPE html><html></html>' },
      '/reset': { destroy: true },
      '/slow': { hang: true },
    });
    client = new OppiaClient({ baseUrl: `${fake.url}/`, timeoutMs: 2_000 });
  });

  test.afterAll(async () => {
    await fake.close();
  });

  test('strips the XSSI prefix and returns the validated body', async () => {
    const body = await client.getJson('/story', storyDataSchema);
    expect(body.story_title).toBe("Jaime's Adventures in the Arcade");
    expect(body.story_nodes).toHaveLength(5);
    // Fields the schema does not name pass through.
    expect(body['meta_tag_content']).toBe("Jaime's Adventures in the Arcade");
  });

  test('an error status carries the status, the URL and Oppia’s error body', async () => {
    const error = await client.getJson('/missing', z.unknown()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OppiaHttpError);
    expect(error).toMatchObject({
      status: 404,
      url: `${fake.url}/missing`,
      body: { error: 'Could not find the resource /missing.', status_code: 404 },
    });
    expect((error as Error).message).toBe(
      `GET ${fake.url}/missing answered HTTP 404: Could not find the resource /missing.`,
    );
  });

  test('an error status with an HTML page has no Oppia body', async () => {
    const error = await client.getJson('/html-500', z.unknown()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OppiaHttpError);
    expect(error).toMatchObject({ status: 500, body: null });
  });

  test('a drifted body lists every issue with its path', async () => {
    const error = await client.getJson('/drifted', storyDataSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OppiaSchemaError);
    expect((error as OppiaSchemaError).url).toBe(`${fake.url}/drifted`);
    expect((error as OppiaSchemaError).issues).toEqual([
      { path: 'story_nodes', message: 'Invalid input: expected array, received undefined' },
    ]);
    expect((error as Error).message).toContain('story_nodes: Invalid input: expected array');
  });

  test('a 200 that is not JSON is a schema error on the whole body', async () => {
    const error = await client.getJson('/html-200', z.unknown()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OppiaSchemaError);
    expect((error as OppiaSchemaError).issues).toEqual([
      { path: '(body)', message: 'not JSON: starts "<!DOCTYPE html><html></html>"' },
    ]);
  });

  test('a dropped connection is a network error naming the URL', async () => {
    const error = await client.getJson('/reset', z.unknown()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OppiaNetworkError);
    expect((error as OppiaNetworkError).url).toBe(`${fake.url}/reset`);
  });

  test('no answer within the timeout is a network error saying so', async () => {
    const error = await client
      .getJson('/slow', z.unknown(), { timeoutMs: 200 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OppiaNetworkError);
    expect((error as Error).message).toBe(
      `GET ${fake.url}/slow got no answer: no answer within 200 ms`,
    );
  });

  test('a refused connection is a network error with the reason', async () => {
    const closed = await startFakeOppia({});
    await closed.close();
    const error = await new OppiaClient({ baseUrl: closed.url })
      .getJson('/x', z.unknown())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OppiaNetworkError);
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  test('its own concurrency bound holds', async () => {
    const slow = await startFakeOppia({ '/a': { body: {}, delayMs: 50 } });
    try {
      const bounded = new OppiaClient({ baseUrl: slow.url, concurrency: 2 });
      await Promise.all(Array.from({ length: 6 }, () => bounded.getJson('/a', z.unknown())));
      expect(slow.requests).toHaveLength(6);
      expect(slow.maxInFlight).toBe(2);
    } finally {
      await slow.close();
    }
  });

  test('paths must be absolute', () => {
    expect(() => client.url('all_classrooms_summary')).toThrow('an Oppia path starts with "/"');
  });
});

test.describe('createLimiter', () => {
  test('runs at most the limit at once, in call order', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
      return i;
    };
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => limit(task(i))));
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  test('a failed task frees its slot', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  test('a limit below 1 is refused', () => {
    expect(() => createLimiter(0)).toThrow(
      'a concurrency limit must be a whole number >= 1, got 0',
    );
  });
});

test('a request rate spaces request starts in call order', async () => {
  let now = 1_000;
  const waits: number[] = [];
  const clock = { now: () => now, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
  const pace = createPacer(20, clock); // one start every 50 ms
  await Promise.all([pace(), pace(), pace(), pace()]);
  expect(waits).toEqual([50, 100, 150]);
  now += 1_000; // after a quiet second the next request starts at once
  await pace();
  expect(waits).toHaveLength(3);
  expect(() => createPacer(0)).toThrow(/request rate must be > 0/);
});
