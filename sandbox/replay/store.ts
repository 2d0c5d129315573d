import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { contentTypeFor } from '../content-loader/assets';
import { ContentError } from '../content-loader/errors';
import type { AssetFile } from '../content-loader/model';

/**
 * A record directory (docs/record-replay.md): JSON handler bodies at paths mirroring the request
 * paths (`classroom_data_handler/math.json` answers `GET /classroom_data_handler/math`), files under
 * `assetsdevhandler/` served as they are, and an optional `manifest.json`. Bodies are read once at
 * start; assets when asked for.
 */

/** The asset route's prefix (AssetsBackendApiService's dev URL); everything under it is a file. */
const ASSETS_DIR = 'assetsdevhandler';
const MANIFEST = 'manifest.json';

// A body saved from a browser's network panel may keep Oppia's XSSI prefix (`)]}'` + newline).
const XSSI_PREFIX = /^\)\]\}',?\n/;

export interface ReplayManifest {
  target?: string;
  recordedAt?: string;
  [key: string]: unknown;
}

export class RecordedStore {
  private constructor(
    readonly dir: string,
    /** Decoded request path (`/topic_data_handler/math/place-values`) -> parsed body. */
    private readonly bodies: ReadonlyMap<string, unknown>,
    /** Decoded request path -> file on disk. */
    private readonly assets: ReadonlyMap<string, string>,
    readonly manifest: ReplayManifest | null,
    /** Files that are neither a body nor an asset, named so a person can fix the layout. */
    readonly ignored: readonly string[],
  ) {}

  /** Reads a record directory; a body that is not JSON is an error naming its file. */
  static async load(dir: string): Promise<RecordedStore> {
    const bodies = new Map<string, unknown>();
    const assets = new Map<string, string>();
    const ignored: string[] = [];
    let manifest: ReplayManifest | null = null;
    for (const file of await filesUnder(dir)) {
      const rel = relative(dir, file).split(sep).join('/');
      if (rel === MANIFEST) {
        manifest = (await readJson(file)) as ReplayManifest;
      } else if (rel.startsWith(`${ASSETS_DIR}/`)) {
        assets.set(`/${rel}`, file);
      } else if (rel.endsWith('.json')) {
        bodies.set(`/${rel.slice(0, -'.json'.length)}`, await readJson(file));
      } else {
        ignored.push(rel);
      }
    }
    if (bodies.size === 0 && assets.size === 0) {
      throw new ContentError(
        `${dir}: no recorded bodies found; a record directory holds files such as ` +
          'all_classrooms_summary.json and explorehandler/init/<exploration_id>.json (npm run record)',
      );
    }
    return new RecordedStore(dir, bodies, assets, manifest, ignored);
  }

  /** The body recorded for a request path (percent-encoded or not), or undefined. */
  body(path: string): unknown {
    return this.bodies.get(decodePath(path));
  }

  has(path: string): boolean {
    return this.bodies.has(decodePath(path));
  }

  /** Recorded request paths, sorted. */
  paths(): string[] {
    return [...this.bodies.keys()].sort();
  }

  hasAsset(path: string): boolean {
    return this.assets.has(decodePath(path));
  }

  get assetCount(): number {
    return this.assets.size;
  }

  async asset(path: string): Promise<AssetFile | null> {
    const file = this.assets.get(decodePath(path));
    if (!file) return null;
    return { body: await readFile(file), contentType: contentTypeFor(file) };
  }
}

/** `/story_data_handler/math/place%20values` -> `/story_data_handler/math/place values`. */
function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

async function readJson(file: string): Promise<unknown> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').replace(XSSI_PREFIX, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ContentError(
      `${file}: not JSON (${(error as Error).message}); save the response body as it is, ` +
        "with or without Oppia's )]}' prefix",
    );
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    throw new ContentError(`${dir}: cannot read the record directory`);
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
