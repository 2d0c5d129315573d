import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { Filters } from '../config';
import { isOppiaRequestError, OppiaClient, OppiaNetworkError } from '../catalog/client';
import { countCatalog } from '../catalog/describe';
import { discover } from '../catalog/discover';
import { createLimiter } from '../catalog/limit';
import type { Snapshot } from '../catalog/snapshot';
import { stripXssiPrefix } from '../catalog/xssi';
import { imageUrls } from './asset-urls';
import { imagesOfInit } from './images';
import { assetRequestPath, MANIFEST_FILE, recordedFile, UnsafePathError } from './layout';
import { suiteIdentity, type RecordManifest } from './manifest';
import { redactBody } from './redact';

/**
 * `npm run record`: discovery as a walk does it (same config, filters and schemas), then every
 * discovered chapter's `/explorehandler/init/<id>` and the images its cards show, saved in a record
 * directory the sandbox can replay (`npm run sandbox -- --replay DIR`). Read-only: GET requests
 * only, no cookies sent or kept, no headers saved, and token-like or personal fields of the bodies
 * replaced (redact.ts). Everything is written to a staging directory first and moved into place at
 * the end, so a failed recording leaves DIR as it was.
 */

export interface RecordOptions {
  baseUrl: string;
  dir: string;
  filters: Filters;
  fetchConcurrency: number;
  timeoutMs: number;
  /** Record the images the cards reference (default true; `--no-assets` turns it off). */
  assets: boolean;
  /** Replace a DIR that is not empty. */
  force: boolean;
  fetch?: typeof fetch;
}

/** DIR cannot be used as asked; nothing was written. */
export class RecordDirError extends Error {
  override name = 'RecordDirError';
}

/** The target did not answer `/all_classrooms_summary`; nothing was written. */
export class RecordTargetError extends Error {
  override name = 'RecordTargetError';
}

/** Refuses a DIR that is a file, or a non-empty directory without `force`. */
export function checkRecordDir(dir: string, force: boolean): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) {
    throw new RecordDirError(`${dir} is a file; give a new or empty directory to record into`);
  }
  if (readdirSync(dir).length > 0 && !force) {
    throw new RecordDirError(
      `${dir} is not empty; give a new or empty directory, or add --force to replace its contents`,
    );
  }
}

interface Captured {
  status: number;
  text: string;
}

export async function record(
  options: RecordOptions,
): Promise<{ manifest: RecordManifest; snapshot: Snapshot }> {
  const started = Date.now();
  const dir = resolve(options.dir);
  checkRecordDir(dir, options.force);
  const inner = options.fetch ?? fetch;
  const captured = new Map<string, Captured>();
  const basePath = new URL(options.baseUrl).pathname.replace(/\/+$/, '');
  const requestPath = (url: string) => new URL(url).pathname.slice(basePath.length) || '/';

  const client = new OppiaClient({
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    fetch: readOnlyFetch(inner, (url, status, text) =>
      captured.set(requestPath(url), { status, text }),
    ),
  });
  const snapshot = await discover(options, client);
  const index = snapshot.problems.find(
    (p) => p.kind === 'network' && requestPath(p.url) === '/all_classrooms_summary',
  );
  if (index) throw new RecordTargetError(`Target unreachable: ${index.message}`);

  const limit = createLimiter(options.fetchConcurrency);
  // What got no answer at all; answers with an error status are among the captured responses.
  const notRecorded: RecordManifest['notRecorded'] = snapshot.problems
    .filter((p) => p.kind === 'network')
    .map((p) => ({ url: p.url, reason: p.message }));
  const note = (error: unknown) => {
    if (!isOppiaRequestError(error)) throw error;
    if (error instanceof OppiaNetworkError)
      notRecorded.push({ url: error.url, reason: error.message });
  };
  // Every page a learner opens asks for these first.
  for (const path of ['/userinfohandler', '/feature_flags_evaluation_handler'])
    await client.getJson(path, z.unknown()).catch(note);
  const explorationIds = [
    ...new Set(
      snapshot.classrooms.flatMap((c) =>
        c.topics.flatMap((t) => t.stories.flatMap((s) => s.chapters.map((ch) => ch.explorationId))),
      ),
    ),
  ];
  await Promise.all(
    explorationIds.map((id) =>
      limit(() =>
        client.getJson(`/explorehandler/init/${encodeURIComponent(id)}`, z.unknown()),
      ).catch(note),
    ),
  );

  const staging = join(
    dirname(dir),
    `.${basename(dir)}.recording-${randomBytes(4).toString('hex')}`,
  );
  mkdirSync(staging, { recursive: true });
  try {
    const written: string[] = [];
    const write = (file: string, data: string | Buffer) => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
      written.push(relative(staging, file).split(sep).join('/'));
    };
    const redacted: RecordManifest['redacted'] = [];
    const inits = new Map<string, unknown>();
    for (const [path, response] of [...captured].sort(([a], [b]) => a.localeCompare(b))) {
      const url = `${options.baseUrl}${path}`;
      if (response.status < 200 || response.status > 299) {
        notRecorded.push({ url, status: response.status, reason: `HTTP ${response.status}` });
        continue;
      }
      let body: unknown;
      try {
        body = JSON.parse(stripXssiPrefix(response.text));
      } catch {
        notRecorded.push({ url, status: response.status, reason: 'the body is not JSON' });
        continue;
      }
      const clean = redactBody(body);
      redacted.push(...clean.redacted.map((r) => ({ path, field: r.field })));
      write(recordedFile(staging, path, 'json'), `${JSON.stringify(clean.body, null, 2)}\n`);
      const init = /^\/explorehandler\/init\/([^/]+)$/.exec(path);
      if (init) inits.set(decodeURIComponent(init[1]!), clean.body);
    }

    let assets = 0;
    if (options.assets) {
      const jobs = [...inits].flatMap(([id, body]) =>
        imagesOfInit(body).map((file) => ({ id, file })),
      );
      await Promise.all(
        jobs.map(({ id, file }) =>
          limit(async () => {
            const urls = imageUrls(options.baseUrl, id, file);
            const image = await fetchImage(inner, urls, options.timeoutMs);
            if (!image) {
              notRecorded.push({
                url: urls[0]!,
                reason: `image not found at ${urls.join(' or ')}`,
              });
              return;
            }
            try {
              write(recordedFile(staging, assetRequestPath(id, file), 'asset'), image);
              assets++;
            } catch (error) {
              if (!(error instanceof UnsafePathError)) throw error;
              notRecorded.push({ url: urls[0]!, reason: error.message });
            }
          }),
        ),
      );
    }

    const counts = countCatalog(snapshot);
    const manifest: RecordManifest = {
      version: 1,
      target: options.baseUrl,
      recordedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      suite: suiteIdentity(),
      filters: options.filters,
      assets: options.assets,
      counts: {
        ...counts,
        handlerBodies: written.length - assets,
        explorations: inits.size,
        assets,
        notRecorded: notRecorded.length,
      },
      files: written.sort(),
      notRecorded: notRecorded.sort((a, b) => a.url.localeCompare(b.url)),
      redacted,
    };
    writeFileSync(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    moveIntoPlace(staging, dir);
    return { manifest, snapshot };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A fetch for the recorder: GET only, no cookies sent (Node's fetch keeps no cookie jar) and none
 * handed on (Set-Cookie is dropped), every response's body reported to `seen`.
 */
function readOnlyFetch(
  inner: typeof fetch,
  seen: (url: string, status: number, text: string) => void,
): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method !== 'GET') throw new Error(`the recorder only reads; refused ${method} ${url}`);
    const response = await inner(url, { ...init, method: 'GET', credentials: 'omit' });
    const text = await response.text();
    seen(url, response.status, text);
    const headers = new Headers(response.headers);
    headers.delete('set-cookie');
    const empty = [101, 204, 205, 304].includes(response.status);
    return new Response(empty ? null : text, { status: response.status, headers });
  };
}

async function fetchImage(
  inner: typeof fetch,
  urls: string[],
  timeoutMs: number,
): Promise<Buffer | null> {
  for (const url of urls) {
    try {
      const response = await inner(url, {
        credentials: 'omit',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok) return Buffer.from(await response.arrayBuffer());
      await response.body?.cancel();
    } catch {
      // No answer from this place; try the next.
    }
  }
  return null;
}

/** Puts the finished recording at `dir`; an old DIR (with --force) goes only once the new one is there. */
function moveIntoPlace(staging: string, dir: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dirname(dir), { recursive: true });
    renameSync(staging, dir);
    return;
  }
  const old = `${staging}.old`;
  renameSync(dir, old);
  renameSync(staging, dir);
  rmSync(old, { recursive: true, force: true });
}
