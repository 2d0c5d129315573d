import type {
  ChapterEntry,
  ClassroomEntry,
  ExplorationEntry,
  SandboxContent,
  StoryEntry,
  TopicEntry,
} from '../content-loader';

export interface TopicRef {
  classroom: ClassroomEntry;
  topic: TopicEntry;
}

export interface StoryRef extends TopicRef {
  story: StoryEntry;
}

export interface ChapterRef extends StoryRef {
  chapter: ChapterEntry;
  /** 1-based position among the story's published chapters ("Chapter N: ..."); 0 when unpublished. */
  number: number;
  exploration: ExplorationEntry;
}

/** Look-ups over the content by url fragment and id, and the order a learner walks it in. */
export class CatalogIndex {
  private readonly chaptersByExploration = new Map<string, ChapterRef>();
  /** Classrooms sorted by `index`, as /all_classrooms_summary lists them. */
  readonly classrooms: readonly ClassroomEntry[];

  constructor(readonly content: SandboxContent) {
    this.classrooms = [...content.classrooms].sort((a, b) => a.index - b.index);
    for (const ref of this.allStories()) {
      let number = 0;
      for (const chapter of ref.story.chapters) {
        if (chapter.status === 'Published') number++;
        const exploration = content.explorations.get(chapter.exploration_id);
        if (!exploration) throw new Error(`exploration ${chapter.exploration_id} is not loaded`);
        this.chaptersByExploration.set(chapter.exploration_id, {
          ...ref,
          chapter,
          number: chapter.status === 'Published' ? number : 0,
          exploration,
        });
      }
    }
  }

  classroom(fragment: string): ClassroomEntry | undefined {
    return this.classrooms.find((c) => c.url_fragment === fragment);
  }

  topic(classroomFragment: string, topicFragment: string): TopicRef | undefined {
    const classroom = this.classroom(classroomFragment);
    const topic = classroom?.topics.find((t) => t.url_fragment === topicFragment);
    return classroom && topic ? { classroom, topic } : undefined;
  }

  story(
    classroomFragment: string,
    topicFragment: string,
    storyFragment: string,
  ): StoryRef | undefined {
    const ref = this.topic(classroomFragment, topicFragment);
    const story = ref?.topic.stories.find((s) => s.url_fragment === storyFragment);
    return ref && story ? { ...ref, story } : undefined;
  }

  exploration(id: string): ExplorationEntry | undefined {
    return this.content.explorations.get(id);
  }

  /** The story node that links to an exploration, whatever its status. */
  chapterOf(explorationId: string): ChapterRef | undefined {
    return this.chaptersByExploration.get(explorationId);
  }

  /** Every story in catalog order, published or not. */
  allStories(): StoryRef[] {
    return this.classrooms.flatMap((classroom) =>
      classroom.topics.flatMap((topic) =>
        topic.stories.map((story) => ({ classroom, topic, story })),
      ),
    );
  }

  /** Stories a logged-out learner can reach: published classroom, topic and story. */
  walkableStories(): StoryRef[] {
    return this.allStories().filter(
      (r) =>
        r.classroom.is_published &&
        r.topic.is_published &&
        r.story.is_published &&
        r.story.chapters.some((c) => c.status === 'Published'),
    );
  }

  /** Published chapters of walkable stories, in walk order. */
  walkableChapters(): ChapterRef[] {
    return this.walkableStories().flatMap((ref) =>
      ref.story.chapters
        .filter((c) => c.status === 'Published')
        .map((c) => this.chapterOf(c.exploration_id) as ChapterRef),
    );
  }
}
