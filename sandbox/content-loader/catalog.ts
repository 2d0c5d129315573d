import { z } from 'zod';
import { ContentError, describeIssues, formatPath } from './errors';
import { NODE_STATUSES, type ClassroomEntry, type ExplorationEntry } from './model';

// assets/constants.ts: url fragments match ^[a-z]+(-[a-z]+)*$; classroom/topic max 20, story max 30.
const URL_FRAGMENT = /^[a-z]+(-[a-z]+)*$/;
const urlFragment = (max: number) =>
  z.string().regex(URL_FRAGMENT, 'must match ^[a-z]+(-[a-z]+)*$').max(max);
// constants.ENTITY_ID_REGEX.
export const ENTITY_ID = /^[a-zA-Z0-9_-]{1,12}$/;
const entityId = z.string().regex(ENTITY_ID, 'must be an Oppia id (1-12 of a-z A-Z 0-9 _ -)');
// story_domain.NODE_ID_PREFIX + digits.
const nodeId = z.string().regex(/^node_[0-9]+$/, 'must look like node_<number>');

const imageRef = z.strictObject({
  filename: z.string().min(1),
  bg_color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a #RRGGBB colour'),
});

const chapter = z.strictObject({
  node_id: nodeId,
  title: z.string().min(1),
  description: z.string().default(''),
  exploration_id: entityId,
  status: z.enum(NODE_STATUSES as [string, ...string[]]),
  thumbnail: imageRef.nullable().default(null),
});

const story = z.strictObject({
  id: entityId,
  title: z.string().min(1),
  url_fragment: urlFragment(30),
  description: z.string().default(''),
  is_published: z.boolean().default(true),
  thumbnail: imageRef.nullable().default(null),
  chapters: z.array(chapter).min(1),
});

const topic = z.strictObject({
  id: entityId,
  name: z.string().min(1),
  url_fragment: urlFragment(20),
  description: z.string().default(''),
  is_published: z.boolean(),
  language_code: z.string().default('en'),
  thumbnail: imageRef.nullable().default(null),
  stories: z.array(story),
});

const classroom = z.strictObject({
  classroom_id: z.string().min(1),
  name: z.string().min(1),
  url_fragment: urlFragment(20),
  teaser_text: z.string().default(''),
  course_details: z.string().default(''),
  topic_list_intro: z.string().default(''),
  is_published: z.boolean(),
  is_diagnostic_test_enabled: z.boolean().default(false),
  index: z.number().int().min(0),
  thumbnail: imageRef,
  banner: imageRef,
  topics: z.array(topic),
});

const catalogFile = z.strictObject({ classrooms: z.array(classroom).min(1) });

/** Validates catalog.yaml's data against the explorations found next to it. */
export function catalogFromData(
  data: unknown,
  file: string,
  explorations: ReadonlyMap<string, ExplorationEntry>,
): ClassroomEntry[] {
  const result = catalogFile.safeParse(data);
  if (!result.success) throw describeIssues(file, result.error);
  const classrooms = result.data.classrooms as ClassroomEntry[];
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
