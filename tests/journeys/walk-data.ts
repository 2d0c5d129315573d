import type { Page } from '@playwright/test';
import { getConfig } from '../../config';
import {
  readSnapshot,
  type DiscoveryProblem,
  type PageRef,
  type Snapshot,
  type SnapshotChapter,
  type SnapshotClassroom,
  type SnapshotStory,
  type SnapshotTopic,
} from '../../catalog/snapshot';
import { JourneyFailure } from '../../fixtures/diagnosis';
import type { ChapterEnd } from '../../fixtures/expect';
import type { JourneyMeta } from '../../fixtures/journey-meta';

/**
 * The frozen catalog every worker reads synchronously at load time, so test titles are identical in
 * the runner, every worker and every shard. `npm run journey` writes it before Playwright starts.
 */
export const snapshot: Snapshot = readSnapshot(getConfig().paths.snapshot);

/** One chapter of the walk, with where it sits and where its end should lead. */
export interface ChapterWalk {
  classroom: SnapshotClassroom;
  topic: SnapshotTopic;
  story: SnapshotStory;
  chapter: SnapshotChapter;
  /** "Classroom › Topic › Story": the describe block the chapter's test sits in. */
  storyPath: string;
  meta: JourneyMeta;
  end: ChapterEnd;
}

/** Every chapter of the snapshot, in the catalog's order (classroom, topic, story, chapter). */
export function chapterWalks(): ChapterWalk[] {
  return snapshot.classrooms.flatMap((classroom) =>
    classroom.topics.flatMap((topic) =>
      topic.stories.flatMap((story) =>
        story.chapters.map((chapter) => ({
          classroom,
          topic,
          story,
          chapter,
          storyPath: `${classroom.name} › ${topic.name} › ${story.title}`,
          meta: {
            kind: 'chapter' as const,
            classroom: classroom.name,
            topic: topic.name,
            story: story.title,
            number: chapter.number,
            title: chapter.title,
            explorationId: chapter.explorationId,
            nodeId: chapter.nodeId,
            url: chapter.url,
          },
          end: { nextChapterUrl: nextChapterUrl(story, chapter), storyUrl: story.url },
        })),
      ),
    ),
  );
}

/**
 * The chapter a learner reaches after this one on the story page: its URL; null after the story's
 * last published chapter; undefined when the next one is outside this walk (left out by a filter).
 */
function nextChapterUrl(story: SnapshotStory, chapter: SnapshotChapter): string | null | undefined {
  const next = story.chapters.find((c) => c.number === chapter.number + 1);
  if (next) return next.url;
  return chapter.number === story.publishedChapterCount ? null : undefined;
}

/** What discovery could not read for a page, if anything (the page's own test reports it). */
export function problemFor(ref: {
  kind: PageRef['kind'];
  classroom: string;
  topic?: string;
  story?: string;
}): DiscoveryProblem | undefined {
  return snapshot.problems.find(
    (p) =>
      p.page?.kind === ref.kind &&
      p.page.classroom === ref.classroom &&
      p.page.topic === ref.topic &&
      p.page.story === ref.story,
  );
}

/** A discovery problem as the failure of the page test it belongs to. */
export function discoveryFailure(problem: DiscoveryProblem): JourneyFailure {
  const category =
    problem.kind === 'schema'
      ? 'schema-drift'
      : problem.kind === 'network'
        ? 'unreachable'
        : (problem.status ?? 500) >= 500
          ? 'server-error'
          : 'client-error';
  const issues = problem.issues?.map((i) => `${i.path}: ${i.message}`).join('; ');
  const path = new URL(problem.url, snapshot.target).pathname;
  return new JourneyFailure(
    category,
    `discovery: GET ${path} ${problem.status ? `answered HTTP ${problem.status}` : 'failed'} (${problem.message}${issues ? `; ${issues}` : ''})`,
    { method: 'GET', url: problem.url, status: problem.status ?? null },
  );
}

/**
 * Resolves once the page has had its own answer from the handler that failed in discovery (or the
 * request failed, or the page's action budget ran out), so the evidence of a page test holds the
 * faulty request before the test fails with discovery's finding. Start it before opening the page.
 */
export function waitForAnswer(page: Page, problem: DiscoveryProblem | undefined): Promise<void> {
  if (!problem) return Promise.resolve();
  const isIt = (request: { url(): string }) => request.url() === problem.url;
  const answered = Promise.race([
    page.waitForResponse((response) => isIt(response.request())),
    page.waitForEvent('requestfailed', isIt),
  ]);
  return answered.then(
    () => undefined,
    () => undefined,
  );
}
