import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { formatIssuePath } from './client';

/**
 * The catalog snapshot (`.cache/catalog.json`): what discovery found, written once per run and
 * read synchronously by every Playwright worker, so all of them see the same tree.
 */

const pageRefSchema = z.object({
  kind: z.enum(['classroom', 'topic', 'story']),
  classroom: z.string(),
  topic: z.string().optional(),
  story: z.string().optional(),
});

export const discoveryProblemSchema = z.object({
  url: z.string(),
  kind: z.enum(['http', 'schema', 'network']),
  status: z.number().optional(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** The learner page that handler feeds (absent for the classrooms index). */
  page: pageRefSchema.optional(),
});

const chapterSchema = z.object({
  /** 1-based among the story's published chapters, as the story page shows "Chapter N: ...". */
  number: z.number().int().positive(),
  nodeId: z.string(),
  title: z.string(),
  explorationId: z.string(),
  /** /explore/<id>?topic_url_fragment=..&classroom_url_fragment=..&story_url_fragment=..&node_id=.. */
  url: z.string(),
});

const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  urlFragment: z.string(),
  url: z.string(),
  /** Published chapters in story order, after the CHAPTERS filter. */
  chapters: z.array(chapterSchema),
  publishedChapterCount: z.number().int().nonnegative(),
});

const topicSchema = z.object({
  id: z.string(),
  name: z.string(),
  urlFragment: z.string(),
  url: z.string(),
  /** Every story the topic handler lists (canonical, then additional). */
  storyTitles: z.array(z.string()),
  /** The stories kept by the filters whose story handler answered well. */
  stories: z.array(storySchema),
});

const classroomSchema = z.object({
  id: z.string(),
  name: z.string(),
  urlFragment: z.string(),
  url: z.string(),
  /** Every published topic the classroom handler lists, in its order. */
  publishedTopics: z.array(z.object({ id: z.string(), name: z.string(), urlFragment: z.string() })),
  /** The topics kept by the filters whose topic handler answered well. */
  topics: z.array(topicSchema),
});

export const snapshotSchema = z.object({
  version: z.literal(1),
  /** Base URL walked. */
  target: z.string(),
  discoveredAt: z.iso.datetime(),
  filters: z.object({
    classrooms: z.array(z.string()),
    topics: z.array(z.string()),
    stories: z.array(z.string()),
    chapters: z.array(z.string()),
  }),
  /**
   * The flags that choose the learner's designs, as `/feature_flags_evaluation_handler` served them
   * to the anonymous learner (catalog/flags.ts FLAGS_THAT_MATTER; absent: none, the classic designs).
   */
  flags: z.record(z.string(), z.boolean()).default({}),
  /** Published classrooms only, after the filters. */
  classrooms: z.array(classroomSchema),
  /** Every failed fetch or validation; a page that failed is here and not in the tree. */
  problems: z.array(discoveryProblemSchema),
});

export type Snapshot = z.output<typeof snapshotSchema>;
export type SnapshotClassroom = z.output<typeof classroomSchema>;
export type SnapshotTopic = z.output<typeof topicSchema>;
export type SnapshotStory = z.output<typeof storySchema>;
export type SnapshotChapter = z.output<typeof chapterSchema>;
export type DiscoveryProblem = z.output<typeof discoveryProblemSchema>;
export type PageRef = z.output<typeof pageRefSchema>;

/** The snapshot is missing, unreadable or not of the current shape. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

const HOW_TO_MAKE_ONE = 'run `npm run journey` (it discovers the catalog first)';

/** Validates and writes the snapshot; the rename keeps readers from ever seeing half a file. */
export function writeSnapshot(path: string, snapshot: Snapshot): void {
  const valid = snapshotSchema.parse(snapshot);
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(valid, null, 2)}\n`);
  renameSync(partial, path);
}

/** Reads, validates and deep-freezes the snapshot. Synchronous: spec files call it at load time. */
export function readSnapshot(path: string): Snapshot {
  if (!existsSync(path)) {
    throw new SnapshotError(`no catalog snapshot at ${path}: ${HOW_TO_MAKE_ONE}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SnapshotError(
      `catalog snapshot at ${path} is not JSON (${reason}): ${HOW_TO_MAKE_ONE}`,
    );
  }
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`)
      .join('; ');
    throw new SnapshotError(
      `catalog snapshot at ${path} is not of the current shape (${issues}): ${HOW_TO_MAKE_ONE}`,
    );
  }
  return deepFreeze(parsed.data);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
