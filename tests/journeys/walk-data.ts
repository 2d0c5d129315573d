import { getConfig } from '../../config';
import { readSnapshot, type Snapshot, type SnapshotChapter, type SnapshotStory } from '../../catalog/snapshot';

/**
 * The frozen catalog every worker reads synchronously at load time, so test titles are identical in
 * the runner, every worker and every shard. `npm run journey` writes it before Playwright starts.
 */
export const snapshot: Snapshot = readSnapshot(getConfig().paths.snapshot);

/** The chapter a learner reaches after this one on the story page, if any. */
export function nextChapter(story: SnapshotStory, chapter: SnapshotChapter): SnapshotChapter | undefined {
  return story.chapters.find((c) => c.number === chapter.number + 1);
}
