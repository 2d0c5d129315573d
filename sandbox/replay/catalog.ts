import {
  NODE_STATUSES,
  type ChapterEntry,
  type ClassroomEntry,
  type ExplorationEntry,
  type ImageRef,
  type NodeStatus,
  type StoryEntry,
  type TopicEntry,
} from '../content-loader/model';
import { explorationFromInit, placeholderExploration } from './exploration';
import type { RecordedStore } from './store';

/**
 * The catalog tree a replay serves, rebuilt from the recorded handler bodies, so that the sandbox's
 * catalog look-ups, walk order and scenario victims work on a replay as on seeded content. Only
 * what a recording holds is in it: a classroom whose data handler was not recorded has no topics.
 * The bodies themselves are served as recorded; this tree only informs look-ups and scenarios.
 */

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const dicts = (value: unknown): Dict[] => (Array.isArray(value) ? value.filter(isDict) : []);
const text = (d: Dict, key: string, fallback = ''): string =>
  typeof d[key] === 'string' ? d[key] : fallback;
const flag = (d: Dict, key: string, fallback: boolean): boolean =>
  typeof d[key] === 'boolean' ? d[key] : fallback;

const NO_PICTURE: ImageRef = { filename: '', bg_color: '#E8EEF3' };

export interface ReplayCatalog {
  classrooms: ClassroomEntry[];
  explorations: Map<string, ExplorationEntry>;
  /** What could not be used, one line each, naming the recorded path and the field. */
  problems: string[];
}

const INIT_PREFIX = '/explorehandler/init/';

export function replayCatalog(store: RecordedStore): ReplayCatalog {
  const problems: string[] = [];
  const explorations = new Map<string, ExplorationEntry>();
  for (const path of store.paths().filter((p) => p.startsWith(INIT_PREFIX))) {
    const id = path.slice(INIT_PREFIX.length);
    const file = `${store.dir}${path}.json`;
    const recordedImage = (filename: string) =>
      store.hasAsset(`/assetsdevhandler/exploration/${id}/assets/image/${filename}`);
    explorations.set(id, explorationFromInit(id, store.body(path), file, recordedImage, problems));
  }

  const classrooms = classroomList(store, problems).map((summary, index) =>
    classroomEntry(store, summary, index, problems),
  );
  // Every chapter needs an exploration for the catalog's look-ups; one whose init body was not
  // recorded gets an empty stand-in (its init answers 404, and no scenario picks a card from it).
  for (const classroom of classrooms)
    for (const topic of classroom.topics)
      for (const story of topic.stories)
        for (const chapter of story.chapters)
          if (!explorations.has(chapter.exploration_id))
            explorations.set(chapter.exploration_id, placeholderExploration(chapter));
  return { classrooms, explorations, problems };
}

/** `/all_classrooms_summary` in its order; without it, the recorded classroom data handlers. */
function classroomList(store: RecordedStore, problems: string[]): Dict[] {
  const summary = store.body('/all_classrooms_summary');
  if (summary !== undefined) {
    if (isDict(summary) && Array.isArray(summary['all_classrooms_summary']))
      return dicts(summary['all_classrooms_summary']);
    problems.push(
      '/all_classrooms_summary: all_classrooms_summary is not a list; the replay has no classrooms',
    );
    return [];
  }
  return store
    .paths()
    .filter((p) => /^\/classroom_data_handler\/[^/]+$/.test(p))
    .map((p) => ({ url_fragment: p.split('/')[2] }));
}

function classroomEntry(
  store: RecordedStore,
  summary: Dict,
  index: number,
  problems: string[],
): ClassroomEntry {
  const fragment = text(summary, 'url_fragment');
  const data = store.body(`/classroom_data_handler/${fragment}`);
  const d = isDict(data) ? data : {};
  if (data !== undefined && !Array.isArray(d['topic_summary_dicts']))
    problems.push(
      `/classroom_data_handler/${fragment}: topic_summary_dicts is not a list; the classroom has no topics`,
    );
  const picture = {
    filename: text(summary, 'thumbnail_filename'),
    bg_color: text(summary, 'thumbnail_bg_color', NO_PICTURE.bg_color),
  };
  return {
    classroom_id: text(summary, 'classroom_id', text(d, 'classroom_id', fragment)),
    name: text(summary, 'name', text(d, 'name', fragment)),
    url_fragment: fragment,
    teaser_text: text(summary, 'teaser_text', text(d, 'teaser_text')),
    course_details: text(d, 'course_details'),
    topic_list_intro: text(d, 'topic_list_intro'),
    is_published: flag(summary, 'is_published', flag(d, 'is_published', true)),
    is_diagnostic_test_enabled: flag(summary, 'is_diagnostic_test_enabled', false),
    index,
    thumbnail: picture,
    banner: picture,
    topics: dicts(d['topic_summary_dicts']).map((t) => topicEntry(store, fragment, t, problems)),
  };
}

function topicEntry(
  store: RecordedStore,
  classroom: string,
  summary: Dict,
  problems: string[],
): TopicEntry {
  const fragment = text(summary, 'url_fragment');
  const path = `/topic_data_handler/${classroom}/${fragment}`;
  const data = store.body(path);
  const d = isDict(data) ? data : {};
  const listed = [...dicts(d['canonical_story_dicts']), ...dicts(d['additional_story_dicts'])];
  if (data !== undefined && !Array.isArray(d['canonical_story_dicts']))
    problems.push(`${path}: canonical_story_dicts is not a list; the topic has no stories`);
  return {
    id: text(summary, 'id', text(d, 'topic_id', fragment)),
    name: text(summary, 'name', text(d, 'topic_name', fragment)),
    url_fragment: fragment,
    description: text(summary, 'description', text(d, 'topic_description')),
    // Oppia's classroom handler lists unpublished topics too; without the flag it is published.
    is_published: flag(summary, 'is_published', true),
    language_code: text(summary, 'language_code', 'en'),
    thumbnail: null,
    stories: listed.map((s) => storyEntry(store, `${classroom}/${fragment}`, s, problems)),
  };
}

function storyEntry(
  store: RecordedStore,
  topicPath: string,
  listing: Dict,
  problems: string[],
): StoryEntry {
  const fragment = text(listing, 'url_fragment');
  const path = `/story_data_handler/${topicPath}/${fragment}`;
  const data = store.body(path);
  const nodes =
    isDict(data) && Array.isArray(data['story_nodes'])
      ? dicts(data['story_nodes'])
      : dicts(listing['all_node_dicts']);
  if (data !== undefined && !(isDict(data) && Array.isArray(data['story_nodes'])))
    problems.push(`${path}: story_nodes is not a list; chapters come from the topic's node list`);
  return {
    id: text(listing, 'id', fragment),
    title: text(listing, 'title', fragment),
    url_fragment: fragment,
    description: text(listing, 'description'),
    is_published: flag(listing, 'story_is_published', true),
    thumbnail: null,
    chapters: nodes.flatMap(chapterEntry),
  };
}

/**
 * A story node; one without an exploration is no chapter. Nodes had no `status` before Oppia's
 * serial chapter launch: all were published then. A status the sandbox does not know is not
 * published, as discovery treats it.
 */
function chapterEntry(node: Dict): ChapterEntry[] {
  const explorationId = node['exploration_id'];
  if (typeof explorationId !== 'string' || !explorationId) return [];
  const status: NodeStatus =
    node['status'] === undefined
      ? 'Published'
      : (NODE_STATUSES.find((s) => s === node['status']) ?? 'Draft');
  return [
    {
      node_id: text(node, 'id'),
      title: text(node, 'title'),
      description: text(node, 'description'),
      exploration_id: explorationId,
      status,
      thumbnail: null,
    },
  ];
}
