/**
 * The catalog's shape (see /tmp/brief/content-format.md, mirrored in ../README.md): classrooms ->
 * topics -> stories -> chapters (story nodes), field names as in Oppia's backend dicts.
 */
import type { CatalogFileInput } from '../../content-loader/catalog-schema';
import type { Lesson } from './oppia';

export interface Thumbnail {
  filename: string;
  bg_color: string;
}

export type ChapterStatus = 'Published' | 'Ready To Publish' | 'Draft';

export interface ChapterDef {
  node_id: string;
  description: string;
  status: ChapterStatus;
  /** The exploration; the chapter title is the lesson title. */
  lesson: Lesson;
}

export interface StoryDef {
  id: string;
  title: string;
  url_fragment: string;
  description: string;
  thumbnail: Thumbnail;
  chapters: ChapterDef[];
}

export interface TopicDef {
  id: string;
  name: string;
  url_fragment: string;
  description: string;
  is_published: boolean;
  thumbnail: Thumbnail;
  stories: StoryDef[];
}

export interface ClassroomDef {
  classroom_id: string;
  name: string;
  url_fragment: string;
  teaser_text: string;
  course_details: string;
  topic_list_intro: string;
  is_published: boolean;
  is_diagnostic_test_enabled: boolean;
  index: number;
  thumbnail: Thumbnail;
  banner: Thumbnail;
  topics: TopicDef[];
}

/** catalog.yaml's dict: lessons replaced by their exploration ids, in the loader's one schema. */
export function catalogDict(classrooms: ClassroomDef[]): CatalogFileInput {
  return {
    classrooms: classrooms.map(({ topics, ...classroom }) => ({
      ...classroom,
      topics: topics.map(({ stories, ...topic }) => ({
        ...topic,
        stories: stories.map(({ chapters, ...story }) => ({
          ...story,
          chapters: chapters.map(({ lesson, ...chapter }) => ({
            node_id: chapter.node_id,
            title: lesson.title,
            description: chapter.description,
            exploration_id: lesson.id,
            status: chapter.status,
          })),
        })),
      })),
    })),
  };
}

export function allLessons(classrooms: ClassroomDef[]): Lesson[] {
  return classrooms.flatMap((c) =>
    c.topics.flatMap((t) => t.stories.flatMap((s) => s.chapters.map((ch) => ch.lesson))),
  );
}

export function allThumbnails(classrooms: ClassroomDef[]): Array<Thumbnail & { label: string }> {
  return classrooms.flatMap((c) => [
    { ...c.thumbnail, label: c.name },
    { ...c.banner, label: c.name },
    ...c.topics.flatMap((t) => [
      { ...t.thumbnail, label: t.name },
      ...t.stories.map((s) => ({ ...s.thumbnail, label: s.title })),
    ]),
  ]);
}
