import type { SyntheticChapterText } from './explorations';
import type {
  AssetFile,
  AssetSource,
  ChapterEntry,
  ClassroomEntry,
  ExplorationEntry,
  SandboxContent,
  StoryEntry,
  TopicEntry,
} from '../content-loader/model';
import {
  SYNTHETIC_IMAGE_PREFIX,
  SYNTHETIC_INTERACTIONS,
  syntheticExploration,
} from './explorations';
import { Random } from './prng';
import { REAL_LESSON_INTERACTIONS, realSizeExploration, shapeFile } from './real-lessons';

/**
 * `real` (default): lessons of real Oppia size and shape (18-30 cards, see real-lessons.ts).
 * `small`: the first generator's 4-8 card lessons of plain text questions.
 */
export type SyntheticLessons = 'real' | 'small';

/** Interactions the generated lessons use, per lesson kind. */
export function syntheticInteractions(lessons: SyntheticLessons = 'real'): string[] {
  return lessons === 'small'
    ? [...SYNTHETIC_INTERACTIONS]
    : [...SYNTHETIC_INTERACTIONS, ...REAL_LESSON_INTERACTIONS];
}
export { SYNTHETIC_INTERACTIONS };

/**
 * A deterministic catalog of `chapters` published chapters: several classrooms, topics of 1-3
 * stories, stories of 3-8 chapters, each chapter a small exploration. Same (chapters, seed), same
 * content, byte for byte. Every 4th story also has a "Ready To Publish" chapter and the first
 * classroom an unpublished topic, so the learner-facing filters are exercised too.
 */
export function generateSyntheticContent(
  chapters: number,
  seed = 1,
  lessons: SyntheticLessons = 'real',
): SandboxContent {
  if (!Number.isInteger(chapters) || chapters < 1) {
    throw new RangeError(`synthetic chapter count must be a positive integer, got ${chapters}`);
  }
  const rng = new Random(seed);
  const names = new UniqueNames();
  const explorations = new Map<string, ExplorationEntry>();
  /** Image file names each exploration's html names, served by SyntheticAssets. */
  const images = new Map<string, Set<string>>();
  const makeExploration = (id: string, text: SyntheticChapterText): ExplorationEntry => {
    if (lessons === 'small') {
      if (text.withImage) images.set(id, new Set([`${SYNTHETIC_IMAGE_PREFIX}${id}.svg`]));
      return syntheticExploration(rng, id, text);
    }
    const made = realSizeExploration(rng, id, text);
    if (text.withImage) made.images.add(`${SYNTHETIC_IMAGE_PREFIX}${id}.svg`);
    images.set(id, made.images);
    return made.exploration;
  };
  let chapterNumber = 0;

  const storySizes = splitIntoStories(rng, chapters);
  const stories: StoryEntry[] = storySizes.map((size, storyIndex) => {
    const hero = rng.pick(HEROES);
    const title = names.unique('story', () => `${hero} ${rng.pick(PLACES)}`);
    const storyChapters: ChapterEntry[] = [];
    const nextChapterTitle = () =>
      names.unique(
        `chapter of ${title}`,
        () => `${rng.pick(CHAPTER_VERBS)} ${rng.pick(CHAPTER_THINGS)}`,
      );
    for (let i = 0; i < size; i++) {
      chapterNumber++;
      const id = names.id(rng);
      const chapterTitle = nextChapterTitle();
      // Every 5th chapter shows an image in its first card (image-404 needs one).
      const withImage = chapterNumber % 5 === 1;
      explorations.set(id, makeExploration(id, { title: chapterTitle, hero, withImage }));
      storyChapters.push(chapter(i + 1, chapterTitle, hero, id, 'Published'));
    }
    if (storyIndex % 4 === 3) {
      const id = names.id(rng);
      const upcoming = nextChapterTitle();
      explorations.set(id, makeExploration(id, { title: upcoming, hero, withImage: false }));
      storyChapters.push(chapter(size + 1, upcoming, hero, id, 'Ready To Publish'));
    }
    return {
      id: names.id(rng),
      title,
      url_fragment: names.fragment(title, 30),
      description: `${title}: ${hero} learns maths.`,
      is_published: true,
      thumbnail: { filename: 'story.svg', bg_color: rng.pick(COLOURS) },
      chapters: storyChapters,
    };
  });

  const topics: TopicEntry[] = [];
  for (let i = 0; i < stories.length;) {
    const take = rng.int(1, 3);
    const topicStories = stories.slice(i, i + take);
    i += take;
    topics.push(topic(rng, names, topicStories, true));
  }

  const classroomCount = Math.min(5, Math.max(1, Math.ceil(topics.length / 4)));
  const perClassroom = Math.ceil(topics.length / classroomCount);
  const classrooms: ClassroomEntry[] = [];
  for (let c = 0; c < classroomCount; c++) {
    const classroomTopics = topics.slice(c * perClassroom, (c + 1) * perClassroom);
    if (c === 0) classroomTopics.push(topic(rng, names, [], false));
    const subject = CLASSROOM_SUBJECTS[c] ?? `Subject ${c + 1}`;
    const colour = rng.pick(COLOURS);
    classrooms.push({
      classroom_id: `synthclassroom${c}`,
      name: subject,
      url_fragment: names.fragment(subject, 20),
      teaser_text: `Learn ${subject.toLowerCase()} with generated stories.`,
      course_details: `A generated ${subject.toLowerCase()} course (seed ${seed}).`,
      topic_list_intro: `Start with ${classroomTopics[0]?.name ?? 'the first topic'}.`,
      is_published: true,
      is_diagnostic_test_enabled: false,
      index: c,
      thumbnail: { filename: `${c}.svg`, bg_color: colour },
      banner: { filename: `${c}-banner.png`, bg_color: colour },
      topics: classroomTopics,
    });
  }

  return {
    origin: `synthetic (${chapters} chapters, seed ${seed}${lessons === 'small' ? ', small lessons' : ''})`,
    classrooms,
    explorations,
    assets: new SyntheticAssets(images),
  };
}

/** Story sizes of 3-8 adding up to `total` (a lone story may be shorter when total < 3). */
function splitIntoStories(rng: Random, total: number): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    let size = Math.min(rng.int(3, 8), left);
    const rest = left - size;
    if (rest > 0 && rest < 3) size = left <= 8 ? left : left - 3;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

function chapter(
  n: number,
  title: string,
  hero: string,
  explorationId: string,
  status: ChapterEntry['status'],
): ChapterEntry {
  return {
    node_id: `node_${n}`,
    title,
    description: `${hero} and “${title}”.`,
    exploration_id: explorationId,
    status,
    thumbnail: null,
  };
}

function topic(
  rng: Random,
  names: UniqueNames,
  stories: StoryEntry[],
  published: boolean,
): TopicEntry {
  const name = names.unique(
    'topic',
    () => `${rng.pick(TOPIC_ADJECTIVES)} ${rng.pick(TOPIC_NOUNS)}`,
  );
  return {
    id: names.id(rng),
    name,
    url_fragment: names.fragment(name, 20),
    description: `${name}: ${stories.length} generated ${stories.length === 1 ? 'story' : 'stories'}.`,
    is_published: published,
    language_code: 'en',
    thumbnail: { filename: 'topic.svg', bg_color: rng.pick(COLOURS) },
    stories,
  };
}

/** Keeps generated ids, names and url fragments unique (fragments stay letters-and-dashes only). */
class UniqueNames {
  private readonly used = new Set<string>();

  /** A name not yet used for `kind`: a few fresh draws, then a letter suffix. */
  unique(kind: string, draw: () => string): string {
    let name = draw();
    for (let tries = 0; this.used.has(`${kind}:${name}`) && tries < 8; tries++) name = draw();
    const base = name;
    for (let n = 0; this.used.has(`${kind}:${name}`); n++)
      name = `${base} ${letters(n).toUpperCase()}`;
    this.used.add(`${kind}:${name}`);
    return name;
  }

  id(rng: Random): string {
    let id = rng.id();
    while (this.used.has(id)) id = rng.id();
    this.used.add(id);
    return id;
  }

  fragment(text: string, max: number): string {
    const base = slug(text).slice(0, max).replace(/-+$/, '');
    let candidate = base;
    for (let n = 0; this.used.has(`f:${candidate}`); n++) {
      const suffix = letters(n);
      candidate = `${base.slice(0, max - suffix.length - 1).replace(/-+$/, '')}-${suffix}`;
    }
    this.used.add(`f:${candidate}`);
    return candidate;
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** 0 -> "a", 25 -> "z", 26 -> "aa", ... */
function letters(n: number): string {
  let out = '';
  let k = n;
  do {
    out = String.fromCharCode(97 + (k % 26)) + out;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return out;
}

/** Serves the images generated lessons name, each drawn from its file name when asked for. */
class SyntheticAssets implements AssetSource {
  constructor(private readonly images: ReadonlyMap<string, ReadonlySet<string>>) {}

  read(
    entityType: string,
    entityId: string,
    assetType: string,
    filename: string,
  ): Promise<AssetFile | null> {
    const known =
      entityType === 'exploration' &&
      assetType === 'image' &&
      this.images.get(entityId)?.has(filename) === true;
    if (!known) return Promise.resolve(null);
    return Promise.resolve({
      body: Buffer.from(drawImage(entityId, filename)),
      contentType: 'image/svg+xml',
    });
  }
}

function drawImage(entityId: string, filename: string): string {
  const sides = [3, 4, 5, 6].find((n) => filename === shapeFile(n));
  if (sides !== undefined) {
    const points = Array.from({ length: sides }, (_, i) => {
      const a = (2 * Math.PI * i) / sides - Math.PI / 2;
      return `${(60 + 52 * Math.cos(a)).toFixed(1)},${(60 + 52 * Math.sin(a)).toFixed(1)}`;
    }).join(' ');
    return (
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">' +
      `<polygon points="${points}" fill="#F8BF74" stroke="#00376D" stroke-width="3"/></svg>`
    );
  }
  if (filename.startsWith('mathImg_')) {
    // The latex is in the card's html; the picture is a formula-sized box, as a stand-in.
    return (
      '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="40" viewBox="0 0 96 40">' +
      '<rect x="1" y="1" width="94" height="38" rx="4" fill="#FFFFFF" stroke="#00376D"/></svg>'
    );
  }
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">' +
    '<rect width="240" height="120" rx="12" fill="#B3D8F1"/>' +
    `<text x="120" y="68" font-size="18" text-anchor="middle" fill="#00376D">${entityId}</text></svg>`
  );
}

const CLASSROOM_SUBJECTS = ['Math', 'Science', 'Reading', 'Money', 'Coding'];
const TOPIC_ADJECTIVES = [
  'Basic',
  'Fun',
  'Daily',
  'Clever',
  'Quick',
  'Super',
  'First',
  'Big',
  'Tiny',
  'Smart',
];
const TOPIC_NOUNS = [
  'Counting',
  'Shapes',
  'Patterns',
  'Measures',
  'Time',
  'Decimals',
  'Percents',
  'Angles',
  'Integers',
  'Graphs',
  'Sums',
  'Tables',
  'Factors',
  'Rounding',
  'Estimates',
];
const HEROES = [
  'Maya',
  'Omar',
  'Jaime',
  'Nic',
  'Aria',
  'Kofi',
  'Lena',
  'Ravi',
  'Sara',
  'Tomas',
  'Yuki',
  'Zane',
];
const PLACES = [
  'at the Market',
  'in the Arcade',
  'at the Bakery',
  'on the Farm',
  'at the Zoo',
  'in the Garden',
  'at the Library',
  'on the Train',
];
const CHAPTER_VERBS = [
  'Counting',
  'Sharing',
  'Comparing',
  'Measuring',
  'Sorting',
  'Adding',
  'Finding',
  'Building',
];
const CHAPTER_THINGS = [
  'Apples',
  'Coins',
  'Blocks',
  'Cakes',
  'Tickets',
  'Shells',
  'Marbles',
  'Pencils',
  'Stamps',
];
const COLOURS = ['#B3D8F1', '#F8BF74', '#C6F2C6', '#FFD6E0', '#E2D4F7', '#FFF1B8'];
