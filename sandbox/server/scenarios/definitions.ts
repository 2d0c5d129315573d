import type { PlayerExplorationDict, StateDict } from '../../content-loader';
import type { ChapterRef, StoryRef, TopicRef } from '../catalog-index';
import { delay, notFound, oppiaError, type Reply, type RequestContext } from '../http';
import { allImages, cardsOnEveryPath, imagesOnEveryPath } from './exploration-graph';
import type { ScenarioBreaks, ScenarioCategory, ScenarioDefinition, ScenarioPlan } from './types';

/** How long slow-handler holds `/explorehandler/init` of its victim. */
export const SLOW_HANDLER_DELAY_MS = 30_000;

/**
 * How long slow-first-card holds `/explorehandler/init` of its victim: slow for a learner (the
 * first card comes seconds late), well inside every budget, so nothing fails.
 */
export const SLOW_FIRST_CARD_DELAY_MS = 6_000;

const chapterBreak = (ref: ChapterRef): ScenarioBreaks['chapters'][number] => ({
  classroom: ref.classroom.url_fragment,
  topic: ref.topic.url_fragment,
  story: ref.story.url_fragment,
  nodeId: ref.chapter.node_id,
  number: ref.number,
  explorationId: ref.exploration.id,
});

const describeChapter = (ref: ChapterRef) =>
  `chapter ${ref.number} “${ref.chapter.title}” (${ref.exploration.id}) of “${ref.story.title}” ` +
  `(/learn/${ref.classroom.url_fragment}/${ref.topic.url_fragment}/story/${ref.story.url_fragment})`;

const describeTopic = (ref: TopicRef) =>
  `topic “${ref.topic.name}” (/learn/${ref.classroom.url_fragment}/${ref.topic.url_fragment})`;

function plan(
  category: ScenarioCategory,
  description: string,
  breaks: Omit<ScenarioBreaks, 'category'>,
  hooks: ScenarioPlan['hooks'],
): ScenarioPlan {
  return { description, breaks: { category, ...breaks }, hooks };
}

function noVictim(category: ScenarioCategory, what: string): ScenarioPlan {
  return plan(
    category,
    `${what} This content has no suitable victim, so nothing breaks.`,
    { pages: [], chapters: [] },
    () => ({}),
  );
}

const isExplorationRequest = (ctx: RequestContext, ids: ReadonlySet<string>) =>
  ids.has(ctx.params['exploration_id'] ?? '');

/** Topics learners can reach, in walk order. */
function walkableTopics(stories: StoryRef[]): TopicRef[] {
  const topics: TopicRef[] = [];
  for (const s of stories) if (!topics.some((t) => t.topic === s.topic)) topics.push(s);
  return topics;
}

/** `/explorehandler/init` body with one card of the exploration rewritten. */
function withCard(body: unknown, card: string, rewrite: (state: StateDict) => void): unknown {
  const copy = structuredClone(body) as { exploration: PlayerExplorationDict };
  const state = copy.exploration.states[card];
  if (state) rewrite(state);
  return copy;
}

/**
 * The shell HTML with faults for the browser app to render (sandbox/web/app/config.ts reads
 * `<meta name="sandbox-web-faults">`): what a broken Oppia template would produce, where no JSON
 * body can say it.
 */
function withWebFaults(shellHtml: string, faults: readonly string[]): string {
  const meta = `<meta name="sandbox-web-faults" content="${faults.join(' ')}">`;
  return shellHtml.replace('</head>', `  ${meta}\n</head>`);
}

/** Interactions answered through the player's generic Submit button (not Continue, not a click). */
const OWN_SUBMIT = new Set(['Continue', 'EndExploration', 'ImageClickInput', 'InteractiveMap']);

const SERVER_ERROR = (scenario: string) => `Internal server error (sandbox scenario ${scenario}).`;

const SERVICE_UNAVAILABLE: Reply = {
  kind: 'html',
  status: 503,
  // What the infrastructure in front of Oppia answers, not Oppia itself (base.py only emits 400-500).
  body:
    '<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head><body>' +
    '<h1>Service Unavailable</h1><p>The service is temporarily unavailable. Please try again.</p></body></html>',
};

export const SCENARIOS: readonly ScenarioDefinition[] = [
  {
    name: 'healthy',
    category: null,
    plan: () => plan(null, 'Nothing is broken.', { pages: [], chapters: [] }, () => ({})),
  },
  {
    name: 'place-values-500',
    category: 'server-error',
    plan(catalog) {
      const what =
        'Chapters 1, 2, 4 and 5 of Place Values answer 500: /explore/<id> (the shell) and /explorehandler/init/<id>.';
      const stories = catalog.walkableStories();
      const story =
        stories.find(
          (s) => s.classroom.url_fragment === 'math' && s.topic.url_fragment === 'place-values',
        ) ??
        stories.find((s) => s.story.chapters.filter((c) => c.status === 'Published').length >= 5) ??
        stories[0];
      const victims = catalog
        .walkableChapters()
        .filter((c) => c.story === story?.story && [1, 2, 4, 5].includes(c.number));
      if (victims.length === 0) return noVictim('server-error', what);
      const ids = new Set(victims.map((v) => v.exploration.id));
      return plan(
        'server-error',
        `${what} Victims: ${victims.map(describeChapter).join('; ')}.`,
        { pages: [], chapters: victims.map(chapterBreak) },
        () => ({
          before(route, ctx, app) {
            if (!isExplorationRequest(ctx, ids)) return undefined;
            if (route === 'explore-page')
              return { kind: 'html', status: 500, body: app.web.shellHtml };
            if (route === 'explore-init' || route === 'explore-access-validation') {
              return oppiaError(500, SERVER_ERROR('place-values-500'));
            }
            return undefined;
          },
        }),
      );
    },
  },
  {
    name: 'topic-500',
    category: 'server-error',
    plan(catalog) {
      const what = 'One topic data handler answers 500: the topic page shows the warning toast.';
      const topics = walkableTopics(catalog.walkableStories());
      const victim = topics[1] ?? topics[0];
      if (!victim) return noVictim('server-error', what);
      const { classroom, topic } = victim;
      return plan(
        'server-error',
        `${what} Victim: ${describeTopic(victim)}.`,
        {
          pages: [{ kind: 'topic', classroom: classroom.url_fragment, topic: topic.url_fragment }],
          chapters: [],
        },
        () => ({
          before(route, ctx) {
            const hit =
              route === 'topic-data' &&
              ctx.params['classroom_url_fragment'] === classroom.url_fragment &&
              ctx.params['topic_url_fragment'] === topic.url_fragment;
            return hit ? oppiaError(500, SERVER_ERROR('topic-500')) : undefined;
          },
        }),
      );
    },
  },
  {
    // Breaks nothing: the chapter passes, only its first card comes late. For the walk's timing
    // warning (a chapter's time to first card against its recent history), not for the matrix.
    name: 'slow-first-card',
    category: null,
    plan(catalog) {
      const what = `One chapter's /explorehandler/init answers ${SLOW_FIRST_CARD_DELAY_MS / 1000} s late; nothing fails.`;
      const first = catalog.walkableStories()[0];
      const chapters = catalog.walkableChapters().filter((c) => c.story === first?.story);
      const victim = chapters[1] ?? chapters.at(-1);
      if (!victim) return noVictim(null, what);
      const ids = new Set([victim.exploration.id]);
      return plan(
        null,
        `${what} Victim: ${describeChapter(victim)}.`,
        { pages: [], chapters: [] },
        () => ({
          async before(route, ctx) {
            if (route === 'explore-init' && isExplorationRequest(ctx, ids))
              await delay(SLOW_FIRST_CARD_DELAY_MS, ctx.signal);
            return undefined;
          },
        }),
      );
    },
  },
  {
    name: 'schema-drift',
    category: 'schema-drift',
    plan(catalog) {
      const what =
        'One story data handler renames story_nodes to nodes: the story page cannot list its chapters.';
      const stories = catalog.walkableStories();
      const topics = walkableTopics(stories);
      const topic = topics[2] ?? topics.at(-1);
      const victim = stories.find((s) => s.topic === topic?.topic);
      if (!victim) return noVictim('schema-drift', what);
      const { classroom, topic: t, story } = victim;
      const chapters = catalog.walkableChapters().filter((c) => c.story === story);
      return plan(
        'schema-drift',
        `${what} Victim: “${story.title}” (/learn/${classroom.url_fragment}/${t.url_fragment}/story/${story.url_fragment}) and its ${chapters.length} published chapters.`,
        {
          pages: [
            {
              kind: 'story',
              classroom: classroom.url_fragment,
              topic: t.url_fragment,
              story: story.url_fragment,
            },
          ],
          chapters: chapters.map(chapterBreak),
        },
        () => ({
          alterJson(route, ctx, body) {
            const hit =
              route === 'story-data' &&
              ctx.params['classroom_url_fragment'] === classroom.url_fragment &&
              ctx.params['topic_url_fragment'] === t.url_fragment &&
              ctx.params['story_url_fragment'] === story.url_fragment;
            if (!hit) return body;
            return Object.fromEntries(
              Object.entries(body as Record<string, unknown>).map(([k, v]) => [
                k === 'story_nodes' ? 'nodes' : k,
                v,
              ]),
            );
          },
        }),
      );
    },
  },
  {
    name: 'slow-handler',
    category: 'slow',
    plan(catalog) {
      const what = `One chapter's /explorehandler/init answers after ${SLOW_HANDLER_DELAY_MS / 1000} s.`;
      const first = catalog.walkableStories()[0];
      const chapters = catalog.walkableChapters().filter((c) => c.story === first?.story);
      const victim = chapters[2] ?? chapters.at(-1);
      if (!victim) return noVictim('slow', what);
      const ids = new Set([victim.exploration.id]);
      return plan(
        'slow',
        `${what} Victim: ${describeChapter(victim)}.`,
        { pages: [], chapters: [chapterBreak(victim)] },
        () => ({
          async before(route, ctx) {
            if (route === 'explore-init' && isExplorationRequest(ctx, ids))
              await delay(SLOW_HANDLER_DELAY_MS, ctx.signal);
            return undefined;
          },
        }),
      );
    },
  },
  {
    name: 'player-exception',
    category: 'front-end-exception',
    plan(catalog) {
      const what =
        "One chapter's init JSON has, on a card every play-through reaches, a MultipleChoiceInput without its `choices`: the player throws a TypeError rendering it.";
      const chapters = catalog.walkableChapters();
      const pick = (wantChoiceCard: boolean) =>
        chapters
          .map((ref) => {
            const exp = ref.exploration.player;
            const card = cardsOnEveryPath(exp).find(
              (c) => !wantChoiceCard || exp.states[c]?.interaction.id === 'MultipleChoiceInput',
            );
            return card ? { ref, card } : undefined;
          })
          .find((v) => v !== undefined);
      const victim = pick(true) ?? pick(false);
      if (!victim) return noVictim('front-end-exception', what);
      const ids = new Set([victim.ref.exploration.id]);
      return plan(
        'front-end-exception',
        `${what} Victim: card “${victim.card}” of ${describeChapter(victim.ref)}.`,
        { pages: [], chapters: [chapterBreak(victim.ref)] },
        () => ({
          alterJson(route, ctx, body) {
            if (route !== 'explore-init' || !isExplorationRequest(ctx, ids)) return body;
            return withCard(body, victim.card, (state) => {
              state.interaction.id = 'MultipleChoiceInput';
              delete state.interaction.customization_args['choices'];
            });
          },
        }),
      );
    },
  },
  {
    name: 'image-404',
    category: 'asset',
    plan(catalog) {
      const what = "One card's image (an oppia-noninteractive-image) answers 404.";
      const chapters = catalog.walkableChapters();
      const find = (images: typeof allImages) =>
        chapters
          .map((ref) => ({ ref, image: images(ref.exploration.player)[0] }))
          .find((v) => v.image !== undefined);
      const victim = find(imagesOnEveryPath) ?? find(allImages);
      if (!victim?.image) return noVictim('asset', what);
      const { ref, image } = victim;
      return plan(
        'asset',
        `${what} Victim: ${image.filename} on card “${image.card}” of ${describeChapter(ref)}.`,
        { pages: [], chapters: [chapterBreak(ref)] },
        () => ({
          before(route, ctx) {
            const hit =
              route === 'asset' &&
              ctx.params['entity_type'] === 'exploration' &&
              ctx.params['entity_id'] === ref.exploration.id &&
              ctx.params['filename'] === image.filename;
            return hit ? notFound(ctx) : undefined;
          },
        }),
      );
    },
  },
  {
    name: 'dead-end',
    category: 'dead-end',
    plan(catalog) {
      const what =
        "One chapter's init JSON has a card whose every outcome leads back to itself: no way on.";
      const chapters = catalog.walkableChapters();
      const pick = (wantQuestion: boolean) =>
        chapters
          .map((ref) => {
            const exp = ref.exploration.player;
            const card = cardsOnEveryPath(exp).find(
              (c) => !wantQuestion || exp.states[c]?.interaction.id !== 'Continue',
            );
            return card ? { ref, card } : undefined;
          })
          .find((v) => v !== undefined);
      const victim = pick(true) ?? pick(false);
      if (!victim) return noVictim('dead-end', what);
      const ids = new Set([victim.ref.exploration.id]);
      return plan(
        'dead-end',
        `${what} Victim: card “${victim.card}” of ${describeChapter(victim.ref)}.`,
        { pages: [], chapters: [chapterBreak(victim.ref)] },
        () => ({
          alterJson(route, ctx, body) {
            if (route !== 'explore-init' || !isExplorationRequest(ctx, ids)) return body;
            return withCard(body, victim.card, (state) => {
              for (const group of state.interaction.answer_groups) group.outcome.dest = victim.card;
              if (state.interaction.default_outcome)
                state.interaction.default_outcome.dest = victim.card;
            });
          },
        }),
      );
    },
  },
  {
    name: 'intermittent-503',
    category: 'flaky',
    plan(catalog) {
      const what =
        "One chapter's /explorehandler/init answers 503 to the first request after the scenario is set, then succeeds.";
      const stories = catalog.walkableStories();
      const story = stories[1] ?? stories[0];
      const chapters = catalog.walkableChapters().filter((c) => c.story === story?.story);
      const victim = chapters[1] ?? chapters[0];
      if (!victim) return noVictim('flaky', what);
      const ids = new Set([victim.exploration.id]);
      return plan(
        'flaky',
        `${what} Victim: ${describeChapter(victim)}.`,
        { pages: [], chapters: [chapterBreak(victim)] },
        () => {
          let failed = false;
          return {
            before(route, ctx) {
              if (failed || route !== 'explore-init' || !isExplorationRequest(ctx, ids))
                return undefined;
              failed = true;
              return SERVICE_UNAVAILABLE;
            },
          };
        },
      );
    },
  },
  {
    name: 'a11y-regression',
    category: 'accessibility',
    plan(catalog) {
      const what =
        "Accessibility regressions, as a broken template would ship them: one card's image renders without alt text, one chapter's Submit button shows only an icon and has no accessible name, one topic page's description is grey on white below WCAG's 4.5:1 contrast.";
      const chapters = catalog.walkableChapters();
      const image = chapters
        .map((ref) => ({ ref, image: imagesOnEveryPath(ref.exploration.player)[0] }))
        .find((v) => v.image !== undefined);
      // A different chapter, in the same topic when one fits, so a walk of the victims stays short.
      const submitCard = (ref: ChapterRef) =>
        cardsOnEveryPath(ref.exploration.player).find((card) => {
          const id = ref.exploration.player.states[card]?.interaction.id;
          return id !== undefined && id !== null && !OWN_SUBMIT.has(id);
        });
      const others = chapters.filter((ref) => ref !== image?.ref && submitCard(ref));
      const submit = others.find((ref) => ref.topic === image?.ref.topic) ?? others[0];
      const topic = image?.ref ?? walkableTopics(catalog.walkableStories())[0];
      if (!image?.image || !submit || !topic) return noVictim('accessibility', what);
      const { classroom, topic: t } = topic;
      const faults = new Map([
        [image.ref.exploration.id, `image-alt:${image.image.filename}`],
        [submit.exploration.id, 'submit-button-name'],
      ]);
      return plan(
        'accessibility',
        `${what} Victims: image ${image.image.filename} on card “${image.image.card}” of ${describeChapter(image.ref)} (image-alt); ` +
          `the Submit button on card “${submitCard(submit)}” of ${describeChapter(submit)} (button-name); ` +
          `the description of ${describeTopic(topic)} (color-contrast).`,
        {
          pages: [
            {
              kind: 'topic',
              classroom: classroom.url_fragment,
              topic: t.url_fragment,
              rule: 'color-contrast',
            },
          ],
          chapters: [
            { ...chapterBreak(image.ref), rule: 'image-alt' },
            { ...chapterBreak(submit), rule: 'button-name' },
          ],
        },
        () => ({
          before(route, ctx, app) {
            const fault =
              route === 'explore-page'
                ? faults.get(ctx.params['exploration_id'] ?? '')
                : route === 'page' &&
                    ctx.params['classroom_url_fragment'] === classroom.url_fragment &&
                    ctx.params['topic_url_fragment'] === t.url_fragment &&
                    ctx.params['story_url_fragment'] === undefined
                  ? 'topic-description-contrast'
                  : undefined;
            return fault
              ? { kind: 'html', status: 200, body: withWebFaults(app.web.shellHtml, [fault]) }
              : undefined;
          },
        }),
      );
    },
  },
  {
    name: 'site-down',
    category: 'unreachable',
    plan: () =>
      plan(
        'unreachable',
        'Every Oppia path: the connection is cut without a response (/_sandbox/* keeps working).',
        { pages: [], chapters: [] },
        () => ({ before: () => ({ kind: 'destroy' }) }),
      ),
  },
];
