import { join } from 'node:path';

/**
 * Where a recorded response goes in a record directory (docs/record-replay.md): JSON handler bodies
 * at their request path plus `.json` (`/topic_data_handler/math/place-values` ->
 * `topic_data_handler/math/place-values.json`), assets at their request path as they are
 * (`/assetsdevhandler/exploration/<id>/assets/image/<file>`). The sandbox's replay reads the same
 * layout with its own code (the sandbox shares none with the suite).
 */

export const MANIFEST_FILE = 'manifest.json';

/** The dev asset route the sandbox serves recorded images at (AssetsBackendApiService). */
export function assetRequestPath(explorationId: string, filename: string): string {
  return `/assetsdevhandler/exploration/${encodeURIComponent(explorationId)}/assets/image/${encodeURIComponent(filename)}`;
}

export class UnsafePathError extends Error {
  override name = 'UnsafePathError';
}

/**
 * The file for a request path under `dir`. Segments are decoded; one that could leave the
 * directory or is not a plain name (empty, `.`, `..`, a separator, a control character) is refused.
 */
export function recordedFile(dir: string, requestPath: string, kind: 'json' | 'asset'): string {
  const segments = requestPath.split('/').slice(1).map(decodeSegment);
  const bad = segments.find((s) => !s || s === '.' || s === '..' || !isPlainName(s));
  if (bad !== undefined || segments.length === 0) {
    throw new UnsafePathError(`${requestPath}: cannot be saved as a file (segment "${bad ?? ''}")`);
  }
  const path = join(dir, ...segments);
  return kind === 'json' ? `${path}.json` : path;
}

/** No separators and no control characters (a file name on every system). */
function isPlainName(segment: string): boolean {
  return ![...segment].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
