import type { z } from 'zod';
import { ConfigError, type Config, type Filters } from '../config';
import {
  isOppiaRequestError,
  OppiaHttpError,
  OppiaSchemaError,
  type OppiaClient,
  type OppiaRequestError,
} from './client';
import { FEATURE_FLAGS_PATH, featureFlagsSchema, flagsThatMatter, isHandlerAbsent } from './flags';
import { createLimiter } from './limit';
import {
  allClassroomsSummarySchema,
  classroomDataSchema,
  storyDataSchema,
  topicDataSchema,
  type StoryNode,
  type TopicData,
} from './schemas';

type TopicStory = TopicData['canonical_story_dicts'][number];
import type {
  DiscoveryProblem,
  PageRef,
  Snapshot,
  SnapshotChapter,
  SnapshotClassroom,
  SnapshotStory,
  SnapshotTopic,
} from './snapshot';

/** A filter (CLASSROOMS, TOPICS, STORIES, CHAPTERS) names something the target does not have. */
export class UnknownFilterError extends ConfigError {
  override name = 'UnknownFilterError';
}

/** Oppia's story-node status for a chapter learners can play (core/constants: STORY_NODE_STATUS_PUBLISHED). */
const PUBLISHED = 'Published';

/**
 * Walks Oppia's JSON handlers level by level (classrooms -> topics -> stories), at most
 * `fetchConcurrency` requests at a time, and returns the published catalog after the filters. A
 * handler that fails becomes a DiscoveryProblem naming the page it feeds; its siblings carry on.
 * Throws UnknownFilterError when a filter matches nothing at a level that was read completely.
 */
export async function discover(
  config: Pick<Config, 'filters' | 'fetchConcurrency'>,
  client: OppiaClient,
): Promise<Snapshot> {
  const { filters } = config;
  const problems: DiscoveryProblem[] = [];
  const limit = createLimiter(config.fetchConcurrency);

  async function fetchOrNote<S extends z.ZodType>(
    path: string,
    schema: S,
    page?: PageRef,
  ): Promise<z.output<S> | null> {
    try {
      return await limit(() => client.getJson(path, schema));
    } catch (error) {
      if (!isOppiaRequestError(error)) throw error;
      problems.push(toProblem(error, page));
      return null;
    }
  }

  // Level 0: the feature flags the anonymous learner is served, which choose the designs walked.
  // A failure is a problem of the run (walked as the classic designs); a 404 is an Oppia from before
  // the handler, which has only the classic designs.
  let flags = {};
  try {
    flags = flagsThatMatter(
      await limit(() => client.getJson(FEATURE_FLAGS_PATH, featureFlagsSchema)),
    );
  } catch (error) {
    if (!isOppiaRequestError(error)) throw error;
    if (!isHandlerAbsent(error)) problems.push(toProblem(error, undefined));
  }

  const finish = (classrooms: SnapshotClassroom[]): Snapshot => ({
    version: 1,
    target: client.baseUrl,
    discoveredAt: new Date().toISOString(),
    filters,
    flags,
    classrooms,
    problems: problems.sort((a, b) => a.url.localeCompare(b.url)),
  });

  // Level 1: the classrooms index.
  const summary = await fetchOrNote('/all_classrooms_summary', allClassroomsSummarySchema);
  if (!summary) return finish([]);
  const published = summary.all_classrooms_summary.filter((c) => c.is_published);
  checkFilter('CLASSROOMS', 'classroom', filters.classrooms, {
    published: published.map((c) => ({
      label: `${c.name} (${c.url_fragment})`,
      names: [c.url_fragment, c.name],
    })),
    unpublished: summary.all_classrooms_summary
      .filter((c) => !c.is_published)
      .flatMap((c) => [c.url_fragment, c.name]),
  });
  const wantedClassrooms = published.filter((c) =>
    matches(filters.classrooms, c.url_fragment, c.name),
  );

  // Level 2: each classroom's topics.
  const classroomResults = await Promise.all(
    wantedClassrooms.map((c) =>
      fetchOrNote(`/classroom_data_handler/${enc(c.url_fragment)}`, classroomDataSchema, {
        kind: 'classroom',
        classroom: c.url_fragment,
      }),
    ),
  );
  const classrooms: SnapshotClassroom[] = [];
  classroomResults.forEach((data, i) => {
    if (!data) return;
    // The fragment we asked for is the page's URL, whatever the body says.
    const c = wantedClassrooms[i]!.url_fragment;
    classrooms.push({
      id: data.classroom_id,
      name: data.name,
      urlFragment: c,
      url: `${client.baseUrl}/learn/${enc(c)}`,
      publishedTopics: data.topic_summary_dicts
        .filter((t) => t.is_published)
        .map((t) => ({ id: t.id, name: t.name, urlFragment: t.url_fragment })),
      topics: [],
    });
  });
  if (classrooms.length === wantedClassrooms.length) {
    const allTopics = classroomResults.flatMap((data) => data?.topic_summary_dicts ?? []);
    checkFilter('TOPICS', 'topic', filters.topics, {
      published: classrooms.flatMap((c) =>
        c.publishedTopics.map((t) => ({
          label: `${t.name} (${t.urlFragment})`,
          names: [t.urlFragment, t.name],
        })),
      ),
      unpublished: allTopics
        .filter((t) => !t.is_published)
        .flatMap((t) => [t.url_fragment, t.name]),
    });
  }

  // Level 3: each wanted topic's stories.
  const topicJobs = classrooms.flatMap((classroom) =>
    classroom.publishedTopics
      .filter((t) => matches(filters.topics, t.urlFragment, t.name))
      .map((t) => ({ classroom, fragment: t.urlFragment })),
  );
  const topicResults = await Promise.all(
    topicJobs.map(({ classroom, fragment }) =>
      fetchOrNote(
        `/topic_data_handler/${enc(classroom.urlFragment)}/${enc(fragment)}`,
        topicDataSchema,
        { kind: 'topic', classroom: classroom.urlFragment, topic: fragment },
      ),
    ),
  );
  const storyJobs: Array<{
    classroom: SnapshotClassroom;
    topic: SnapshotTopic;
    fragment: string;
    listing: TopicStory;
  }> = [];
  const listedStories: Array<{ label: string; names: string[] }> = [];
  topicJobs.forEach(({ classroom, fragment }, i) => {
    const data = topicResults[i];
    if (!data) return;
    const allStories = [...data.canonical_story_dicts, ...data.additional_story_dicts];
    const topic: SnapshotTopic = {
      id: data.topic_id,
      name: data.topic_name,
      urlFragment: fragment,
      url: `${classroom.url}/${enc(fragment)}`,
      storyTitles: allStories.map((s) => s.title),
      stories: [],
    };
    classroom.topics.push(topic);
    for (const story of allStories.filter((s) => s.story_is_published)) {
      listedStories.push({
        label: `${story.title} (${story.url_fragment})`,
        names: [story.url_fragment, story.title],
      });
      if (matches(filters.stories, story.url_fragment, story.title)) {
        storyJobs.push({ classroom, topic, fragment: story.url_fragment, listing: story });
      }
    }
  });
  if (topicResults.every((data) => data !== null)) {
    checkFilter('STORIES', 'story', filters.stories, { published: listedStories, unpublished: [] });
  }

  // Level 4: each wanted story's chapters.
  const storyResults = await Promise.all(
    storyJobs.map(({ classroom, topic, fragment }) =>
      fetchOrNote(
        `/story_data_handler/${enc(classroom.urlFragment)}/${enc(topic.urlFragment)}/${enc(fragment)}`,
        storyDataSchema,
        {
          kind: 'story',
          classroom: classroom.urlFragment,
          topic: topic.urlFragment,
          story: fragment,
        },
      ),
    ),
  );
  const listedChapters: Array<{ label: string; names: string[] }> = [];
  const unpublishedChapters: string[] = [];
  storyJobs.forEach(({ classroom, topic, fragment, listing }, i) => {
    // When the story handler fails, its chapters still come from the topic handler's node list, so
    // they get tests (which meet the broken story page) instead of vanishing from the walk.
    const data = storyResults[i] ?? {
      story_id: listing.id,
      story_title: listing.title,
      story_nodes: listing.all_node_dicts,
    };
    const playable = data.story_nodes.filter(isPlayable);
    const chapters: SnapshotChapter[] = playable.map((node, index) => ({
      number: index + 1,
      nodeId: node.id,
      title: node.title,
      explorationId: node.exploration_id,
      url: chapterUrl(client.baseUrl, classroom.urlFragment, topic.urlFragment, fragment, node),
    }));
    for (const node of data.story_nodes.filter((n) => !isPlayable(n))) {
      unpublishedChapters.push(node.title, node.id);
    }
    listedChapters.push(
      ...chapters.map((ch) => ({
        label: `${ch.title} (${ch.nodeId}, ${ch.explorationId})`,
        names: [ch.title, ch.nodeId, ch.explorationId],
      })),
    );
    const story: SnapshotStory = {
      id: data.story_id,
      title: data.story_title,
      urlFragment: fragment,
      url: `${topic.url}/story/${enc(fragment)}`,
      chapters: chapters.filter((ch) =>
        matches(filters.chapters, ch.title, ch.nodeId, ch.explorationId),
      ),
      publishedChapterCount: chapters.length,
    };
    topic.stories.push(story);
  });
  if (storyResults.every((data) => data !== null)) {
    checkFilter('CHAPTERS', 'chapter', filters.chapters, {
      published: listedChapters,
      unpublished: unpublishedChapters,
    });
  }

  return finish(pruneEmpty(classrooms, filters));
}

/**
 * With a deeper filter set, a parent left with nothing the filter kept is not part of the walk
 * (STORIES=jaime-arcade walks one story, not every topic page that happens to be read to find it).
 * Without one, an empty parent stays: a topic without stories is still a page a learner opens.
 */
function pruneEmpty(classrooms: SnapshotClassroom[], filters: Filters): SnapshotClassroom[] {
  const byChapter = filters.chapters.length > 0;
  const byStory = byChapter || filters.stories.length > 0;
  const byTopic = byStory || filters.topics.length > 0;
  for (const classroom of classrooms) {
    for (const topic of classroom.topics) {
      if (byChapter) topic.stories = topic.stories.filter((s) => s.chapters.length > 0);
    }
    if (byStory) classroom.topics = classroom.topics.filter((t) => t.stories.length > 0);
  }
  return byTopic ? classrooms.filter((c) => c.topics.length > 0) : classrooms;
}

type PlayableNode = StoryNode & { exploration_id: string };

function isPlayable(node: StoryNode): node is PlayableNode {
  // No status at all: an Oppia from before serial chapter launch, where every node was published.
  const published = node.status === undefined || node.status === PUBLISHED;
  return published && node.exploration_id !== null;
}

/**
 * The link the story page gives a chapter, query parameters in its order (story-viewer-page
 * component `getExplorationUrl(node)`: topic, classroom, story, node id).
 */
export function chapterUrl(
  baseUrl: string,
  classroom: string,
  topic: string,
  story: string,
  node: { id: string; exploration_id: string },
): string {
  const query = new URLSearchParams({
    topic_url_fragment: topic,
    classroom_url_fragment: classroom,
    story_url_fragment: story,
    node_id: node.id,
  });
  return `${baseUrl}/explore/${enc(node.exploration_id)}?${query}`;
}

function enc(fragment: string): string {
  return encodeURIComponent(fragment);
}

function matches(filter: readonly string[], ...names: string[]): boolean {
  if (filter.length === 0) return true;
  const lowered = names.map((n) => n.toLowerCase());
  return filter.some((f) => lowered.includes(f.toLowerCase()));
}

/**
 * Every name in `filter` must match something published at this level; otherwise the run would
 * silently walk less than asked. The error lists what exists so the fix is one copy away.
 */
function checkFilter(
  variable: 'CLASSROOMS' | 'TOPICS' | 'STORIES' | 'CHAPTERS',
  noun: string,
  filter: Filters[keyof Filters],
  candidates: { published: Array<{ label: string; names: string[] }>; unpublished: string[] },
): void {
  const unknown = filter.filter((f) => !candidates.published.some((c) => matches([f], ...c.names)));
  if (unknown.length === 0) return;
  const lines = unknown.map((name) => {
    const hidden = matches([name], ...candidates.unpublished)
      ? ' (it exists but is not published)'
      : '';
    return `${variable}="${name}" matches no published ${noun}${hidden}`;
  });
  const known = candidates.published.map((c) => c.label);
  const choices = known.length
    ? `use one of: ${[...new Set(known)].join('; ')}`
    : `none is published`;
  throw new UnknownFilterError(`${lines.join('\n')}\n${choices}`);
}

function problemKind(error: OppiaRequestError): DiscoveryProblem['kind'] {
  if (error instanceof OppiaHttpError) return 'http';
  if (error instanceof OppiaSchemaError) return 'schema';
  return 'network';
}

function toProblem(error: OppiaRequestError, page: PageRef | undefined): DiscoveryProblem {
  const problem: DiscoveryProblem = {
    url: error.url,
    kind: problemKind(error),
    message: error.message,
  };
  if (error instanceof OppiaHttpError) problem.status = error.status;
  if (error instanceof OppiaSchemaError) problem.issues = error.issues;
  if (page) problem.page = page;
  return problem;
}
