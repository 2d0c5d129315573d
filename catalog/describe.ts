import type { DiscoveryProblem, Snapshot } from './snapshot';

/** Human-readable views of a snapshot, for the journey's console output. */

export interface CatalogCounts {
  classrooms: number;
  topics: number;
  stories: number;
  chapters: number;
}

export function countCatalog(snapshot: Snapshot): CatalogCounts {
  const topics = snapshot.classrooms.flatMap((c) => c.topics);
  const stories = topics.flatMap((t) => t.stories);
  return {
    classrooms: snapshot.classrooms.length,
    topics: topics.length,
    stories: stories.length,
    chapters: stories.reduce((sum, s) => sum + s.chapters.length, 0),
  };
}

/** "Discovered 3 classrooms, 9 topics, 10 stories, 47 chapters in 0.4 s; 0 problems" */
export function formatSummary(snapshot: Snapshot, durationMs: number): string {
  const n = countCatalog(snapshot);
  const seconds = (durationMs / 1000).toFixed(1);
  return (
    `Discovered ${plural(n.classrooms, 'classroom')}, ${plural(n.topics, 'topic')}, ` +
    `${plural(n.stories, 'story', 'stories')}, ${plural(n.chapters, 'chapter')} in ${seconds} s; ` +
    `${plural(snapshot.problems.length, 'problem')}`
  );
}

/** One problem: what failed, where, the page it breaks, and each zod issue on its own line. */
export function formatProblem(problem: DiscoveryProblem): string {
  const status = problem.status === undefined ? '' : ` ${problem.status}`;
  const lines = [`  ✗ [${problem.kind}${status}] ${problem.url}`];
  if (problem.page) lines.push(`      page: ${describePage(problem.page)}`);
  if (problem.issues?.length) {
    // The message repeats the issues on one line; listed one per line they read better.
    lines.push("      the body does not have the shape Oppia's handler sends:");
    for (const issue of problem.issues) lines.push(`        - ${issue.path}: ${issue.message}`);
  } else {
    lines.push(`      ${problem.message}`);
  }
  return lines.join('\n');
}

/** classroom > topic > story > "Chapter N: title (explorationId)", indented. */
export function formatTree(snapshot: Snapshot): string {
  const lines = [`Catalog of ${snapshot.target}`];
  for (const classroom of snapshot.classrooms) {
    lines.push(`${classroom.name} (${classroom.urlFragment})`);
    for (const topic of classroom.topics) {
      lines.push(`  ${topic.name} (${topic.urlFragment})`);
      for (const story of topic.stories) {
        lines.push(`    ${story.title} (${story.urlFragment})`);
        for (const chapter of story.chapters) {
          lines.push(
            `      Chapter ${chapter.number}: ${chapter.title} (${chapter.explorationId})`,
          );
        }
      }
    }
  }
  if (snapshot.classrooms.length === 0) lines.push('  (nothing published matched)');
  return lines.join('\n');
}

function describePage(page: NonNullable<DiscoveryProblem['page']>): string {
  const path = [page.classroom, page.topic, page.story].filter(Boolean).join('/');
  return `${page.kind} ${path}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
