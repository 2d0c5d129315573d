import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AssetFile, AssetSource } from './model';

const CONTENT_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.mp3': 'audio/mpeg',
};

// One path segment: no separators, no "..", so a request can never leave the assets folder.
const SAFE_SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._-]+$/;

export function contentTypeFor(filename: string): string {
  return CONTENT_TYPES[extname(filename).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Assets laid out as `<root>/<entity_id>/<asset_type>/<filename>` (content-format.md); pictures of
 * classrooms, topics and stories may also sit in `<root>/thumbnails/<filename>`.
 */
export class DirectoryAssetSource implements AssetSource {
  constructor(private readonly root: string) {}

  async read(
    entityType: string,
    entityId: string,
    assetType: string,
    filename: string,
  ): Promise<AssetFile | null> {
    if (![entityType, entityId, assetType, filename].every((s) => SAFE_SEGMENT.test(s)))
      return null;
    const candidates = [join(this.root, entityId, assetType, filename)];
    if (entityType !== 'exploration') candidates.push(join(this.root, 'thumbnails', filename));
    for (const path of candidates) {
      try {
        return { body: await readFile(path), contentType: contentTypeFor(filename) };
      } catch {
        // Not there; try the next place.
      }
    }
    return null;
  }
}
