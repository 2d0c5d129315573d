import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DirectoryAssetSource } from './assets';
import { catalogFromData } from './catalog';
import { ENTITY_ID } from './catalog-schema';
import { ContentError } from './errors';
import { loadExplorationFile } from './exploration';
import type { ChapterEntry, ClassroomEntry, ExplorationEntry, SandboxContent } from './model';
import { readYamlFile } from './yaml-file';

export { ContentError } from './errors';
export { outcomesOf } from './exploration';
export type * from './model';

/**
 * Loads a content directory. A directory with `catalog.yaml` is sandbox content (content-format.md:
 * catalog.yaml + explorations/ + assets/); any other directory is a folder of Oppia exploration
 * YAMLs, served as one generated classroom/topic/story with a chapter per file.
 */
export async function loadContentDir(dir: string): Promise<SandboxContent> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ContentError(
      `${dir}: not a directory; give a sandbox content directory or a folder of exploration YAMLs`,
    );
  }
  return existsSync(join(dir, 'catalog.yaml')) ? loadCatalogDir(dir) : loadExplorationsDir(dir);
}

/** `<dir>/catalog.yaml` + `<dir>/explorations/<exploration_id>.yaml` + `<dir>/assets/`. */
export async function loadCatalogDir(dir: string): Promise<SandboxContent> {
  const explorationsDir = join(dir, 'explorations');
  const files = await yamlFilesIn(explorationsDir);
  const explorations = new Map<string, ExplorationEntry>();
  const entries = await Promise.all(
    files.map((name) => {
      const id = basename(name, '.yaml');
      const file = join(explorationsDir, name);
      if (!ENTITY_ID.test(id)) {
        throw new ContentError(
          `${file}: the file name must be <exploration_id>.yaml with an Oppia id (1-12 of a-z A-Z 0-9 _ -)`,
        );
      }
      return loadExplorationFile(file, id);
    }),
  );
  for (const entry of entries) explorations.set(entry.id, entry);
  const catalogPath = join(dir, 'catalog.yaml');
  const classrooms = catalogFromData(await readYamlFile(catalogPath), catalogPath, explorations);
  return {
    origin: dir,
    classrooms,
    explorations,
    assets: new DirectoryAssetSource(join(dir, 'assets')),
  };
}

/** Every `*.yaml` in `dir` (sorted by file name) becomes a chapter of one generated story. */
export async function loadExplorationsDir(dir: string): Promise<SandboxContent> {
  const files = await yamlFilesIn(dir);
  if (files.length === 0) {
    throw new ContentError(`${dir}: no *.yaml exploration files found (nor a catalog.yaml)`);
  }
  const entries = await Promise.all(
    files.map((name) => loadExplorationFile(join(dir, name), explorationIdForFile(name))),
  );
  const explorations = new Map(entries.map((e) => [e.id, e]));
  if (explorations.size !== entries.length) {
    throw new ContentError(
      `${dir}: two file names map to the same exploration id; rename one of them`,
    );
  }
  const chapters: ChapterEntry[] = entries.map((e, i) => ({
    node_id: `node_${i + 1}`,
    title: e.player.title || basename(e.source, '.yaml'),
    description: e.player.objective,
    exploration_id: e.id,
    status: 'Published',
    thumbnail: null,
  }));
  const thumbnail = { filename: 'content.svg', bg_color: '#B3D8F1' };
  const classroom: ClassroomEntry = {
    classroom_id: 'contentclassroom',
    name: 'Content',
    url_fragment: 'content',
    teaser_text: `Explorations loaded from ${basename(dir)}`,
    course_details: `Every exploration file in ${dir}, one chapter each, in file-name order.`,
    topic_list_intro: 'One topic holds every loaded exploration.',
    is_published: true,
    is_diagnostic_test_enabled: false,
    index: 0,
    thumbnail,
    banner: thumbnail,
    topics: [
      {
        id: 'contentTopic',
        name: 'Explorations',
        url_fragment: 'explorations',
        description: `Explorations loaded from ${dir}.`,
        is_published: true,
        language_code: 'en',
        thumbnail,
        stories: [
          {
            id: 'contentStory',
            title: 'All explorations',
            url_fragment: 'all-explorations',
            description: 'One chapter per exploration file.',
            is_published: true,
            thumbnail,
            chapters,
          },
        ],
      },
    ],
  };
  return {
    origin: dir,
    classrooms: [classroom],
    explorations,
    assets: new DirectoryAssetSource(join(dir, 'assets')),
  };
}

/** The file's base name when it is a valid Oppia id, else a stable 12-character id derived from it. */
function explorationIdForFile(name: string): string {
  const base = basename(name, '.yaml');
  if (ENTITY_ID.test(base)) return base;
  return createHash('sha256').update(base).digest('base64url').slice(0, 12);
}

async function yamlFilesIn(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new ContentError(
      `${dir}: cannot list the folder; it should hold the exploration *.yaml files`,
    );
  }
  return names.filter((n) => n.endsWith('.yaml')).sort();
}
