import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { expect, test } from '@playwright/test';
import { startSandbox } from '../../sandbox/server';
import { runWalk } from './walk-runner';

/**
 * A target that sets a secret cookie and a secret header on every response: after a walk with
 * failures (so every kind of evidence is written, traces included), neither secret appears anywhere
 * in allure-results or reports/, not even inside zipped traces.
 */
const COOKIE_SECRET = 'cookie-secret-7f3a9c1e5b';
const HEADER_SECRET = 'header-secret-2d8e4b6a0c';

/** A pass-through proxy in front of the sandbox that plants the two secrets. */
function plantingProxy(upstream: string): Promise<{ url: string; server: Server }> {
  const target = new URL(upstream);
  const server = createServer((req, res) => {
    const forward = request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, {
          ...answer.headers,
          'set-cookie': `oppia_session=${COOKIE_SECRET}; Path=/; HttpOnly`,
          'x-csrf-token': HEADER_SECRET,
        });
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every readable text of a file, and of every entry when it is a zip. */
function textsOf(file: string): Array<{ where: string; text: string }> {
  const bytes = readFileSync(file);
  if (file.endsWith('.zip')) {
    return new AdmZip(bytes)
      .getEntries()
      .map((e) => ({ where: `${file}!${e.entryName}`, text: e.getData().toString('latin1') }));
  }
  return [{ where: file, text: bytes.toString('latin1') }];
}

test('a secret cookie and header set by the target appear nowhere in the results or reports', async () => {
  const sandbox = await startSandbox({ scenario: 'topic-500', quiet: true });
  const proxy = await plantingProxy(sandbox.url);
  try {
    const run = await runWalk(
      'secrets',
      {
        BASE_URL: proxy.url,
        TOPICS: 'addition-subtraction,fractions',
        PROJECTS: 'desktop',
        WORKERS: '1',
        RETRIES: '0',
        // Every failure keeps its trace, so the zipped traces are checked too.
        TRACE: 'retain-on-failure',
        DEPTH: 'smoke',
      },
      5 * 60_000,
    );
    expect(run.summary, run.output.slice(-2000)).not.toBeNull();
    // The walk did fail and wrote evidence, traces included, so there was something to leak.
    expect(run.summary!.pages.some((p) => p.status === 'failed')).toBe(true);
    const files = [
      ...filesUnder(join(run.dir, 'allure-results')),
      ...filesUnder(join(run.dir, 'reports')),
    ];
    expect(
      files.some((f) => f.endsWith('.zip')),
      'a trace is among the results',
    ).toBe(true);
    const texts = files.flatMap(textsOf);
    expect(
      texts.some((t) => t.text.includes('oppia_session')),
      'the cookie was seen and recorded by name',
    ).toBe(true);
    const leaks = texts
      .filter((t) => t.text.includes(COOKIE_SECRET) || t.text.includes(HEADER_SECRET))
      .map((t) => t.where);
    expect(leaks).toEqual([]);
  } finally {
    proxy.server.close();
    await sandbox.close();
  }
});
