import { catalogFileSchema } from './catalog-schema';
import { ContentError, describeIssues, formatPath } from './errors';
import type { ClassroomEntry, ExplorationEntry } from './model';

/** Validates catalog.yaml's data against the explorations found next to it. */
export function catalogFromData(
  data: unknown,
  file: string,
  explorations: ReadonlyMap<string, ExplorationEntry>,
): ClassroomEntry[] {
  const result = catalogFileSchema.safeParse(data);
  if (!result.success) throw describeIssues(file, result.error);
  const classrooms: ClassroomEntry[] = result.data.classrooms;
  checkUnique(file, classrooms);
  checkExplorationLinks(file, classrooms, explorations);
  return classrooms;
}

function checkUnique(file: string, classrooms: ClassroomEntry[]): void {
  const seen = new Map<string, string>();
  const claim = (kind: string, value: string, path: PropertyKey[]) => {
    const key = `${kind}:${value}`;
    const where = formatPath(path);
    const first = seen.get(key);
    if (first) {
      throw new ContentError(
        `${file}: ${where}: ${kind} ${JSON.stringify(value)} is already used at ${first}`,
      );
    }
    seen.set(key, where);
  };
  classrooms.forEach((c, ci) => {
    const cp = ['classrooms', ci];
    claim('classroom_id', c.classroom_id, [...cp, 'classroom_id']);
    claim('classroom url_fragment', c.url_fragment, [...cp, 'url_fragment']);
    c.topics.forEach((t, ti) => {
      const tp = [...cp, 'topics', ti];
      claim('topic id', t.id, [...tp, 'id']);
      claim('topic url_fragment', t.url_fragment, [...tp, 'url_fragment']);
      t.stories.forEach((s, si) => {
        const sp = [...tp, 'stories', si];
        claim('story id', s.id, [...sp, 'id']);
        claim('story url_fragment', s.url_fragment, [...sp, 'url_fragment']);
        s.chapters.forEach((ch, chi) => {
          claim(`node_id in story ${s.id}`, ch.node_id, [...sp, 'chapters', chi, 'node_id']);
          // An exploration belongs to at most one story node in Oppia.
          claim('exploration_id', ch.exploration_id, [...sp, 'chapters', chi, 'exploration_id']);
        });
      });
    });
  });
}

function checkExplorationLinks(
  file: string,
  classrooms: ClassroomEntry[],
  explorations: ReadonlyMap<string, ExplorationEntry>,
): void {
  classrooms.forEach((c, ci) =>
    c.topics.forEach((t, ti) =>
      t.stories.forEach((s, si) =>
        s.chapters.forEach((ch, chi) => {
          if (explorations.has(ch.exploration_id)) return;
          const path = [
            'classrooms',
            ci,
            'topics',
            ti,
            'stories',
            si,
            'chapters',
            chi,
            'exploration_id',
          ];
          throw new ContentError(
            `${file}: ${formatPath(path)}: ${JSON.stringify(ch.exploration_id)} has no file ` +
              `explorations/${ch.exploration_id}.yaml; add the exploration or fix the id`,
          );
        }),
      ),
    ),
  );
}
