import { expect, test } from '@playwright/test';
import { OppiaClient, OppiaHttpError, OppiaSchemaError } from '../../catalog/client';
import {
  describeFlags,
  designsOf,
  FEATURE_FLAGS_PATH,
  flagsThatMatter,
  readServedFlags,
} from '../../catalog/flags';
import { snapshotSchema } from '../../catalog/snapshot';

/** A client whose every request is answered by `answer` (status and raw body). */
function clientAnswering(status: number, body: string, asked: string[] = []): OppiaClient {
  return new OppiaClient({
    baseUrl: 'http://oppia.test',
    fetch: (url) => {
      asked.push(url instanceof Request ? url.url : url.toString());
      return Promise.resolve(new Response(body, { status }));
    },
  });
}

/** What Oppia's FeatureFlagsEvaluationHandler renders: every flag, XSSI-prefixed JSON. */
const SERVED = `)]}'\n${JSON.stringify({
  dummy_feature_flag_for_e2e_tests: false,
  new_lesson_player: true,
  redesigned_topic_viewer_page: false,
  story_editor_modules: true,
  serial_chapter_launch_learner_view: true,
})}`;

test('reads the flags the anonymous learner is served from Oppia’s handler, keeping those that matter', async () => {
  const asked: string[] = [];
  const flags = await readServedFlags(clientAnswering(200, SERVED, asked));
  expect(asked).toEqual([`http://oppia.test${FEATURE_FLAGS_PATH}`]);
  expect(flags).toEqual({
    new_lesson_player: true,
    redesigned_topic_viewer_page: false,
    story_editor_modules: true,
  });
});

test('an Oppia without the handler (404) serves the classic designs', async () => {
  const flags = await readServedFlags(
    clientAnswering(404, JSON.stringify({ error: 'not found', status_code: 404 })),
  );
  expect(flags).toEqual({});
  expect(designsOf(flags)).toEqual({
    newLessonPlayer: false,
    redesignedTopicPage: false,
    storyGrouping: false,
  });
});

test('a failing handler or a body Oppia would not send is an error naming the URL', async () => {
  await expect(readServedFlags(clientAnswering(500, '{}'))).rejects.toThrow(OppiaHttpError);
  const notBooleans = readServedFlags(clientAnswering(200, '{"new_lesson_player": "yes"}'));
  await expect(notBooleans).rejects.toThrow(OppiaSchemaError);
  await expect(notBooleans).rejects.toThrow(/feature_flags_evaluation_handler.*new_lesson_player/);
});

test('the designs follow the flags; any of the three story-grouping names turns grouping on', () => {
  expect(designsOf({ new_lesson_player: true })).toEqual({
    newLessonPlayer: true,
    redesignedTopicPage: false,
    storyGrouping: false,
  });
  expect(designsOf({ redesigned_topic_viewer_page: true, story_editor_arcs: true })).toEqual({
    newLessonPlayer: false,
    redesignedTopicPage: true,
    storyGrouping: true,
  });
  expect(designsOf({ story_editor_adventures: true }).storyGrouping).toBe(true);
  expect(designsOf({ story_editor_modules: true }).storyGrouping).toBe(true);
  expect(designsOf({ new_lesson_player: false, story_editor_modules: false })).toEqual({
    newLessonPlayer: false,
    redesignedTopicPage: false,
    storyGrouping: false,
  });
});

test('flags the target does not know are left out; the description names those on', () => {
  expect(flagsThatMatter({ new_lesson_player: false, other: true })).toEqual({
    new_lesson_player: false,
  });
  expect(describeFlags({ new_lesson_player: true, redesigned_topic_viewer_page: true })).toBe(
    'new_lesson_player, redesigned_topic_viewer_page',
  );
  expect(describeFlags({ new_lesson_player: false })).toBe('none');
});

test('the snapshot keeps the flags, and an older snapshot without them reads as none', () => {
  const base = {
    version: 1,
    target: 'http://oppia.test',
    discoveredAt: '2026-01-01T00:00:00.000Z',
    filters: { classrooms: [], topics: [], stories: [], chapters: [] },
    classrooms: [],
    problems: [],
  };
  expect(snapshotSchema.parse({ ...base, flags: { new_lesson_player: true } }).flags).toEqual({
    new_lesson_player: true,
  });
  expect(snapshotSchema.parse(base).flags).toEqual({});
  expect(snapshotSchema.safeParse({ ...base, flags: { new_lesson_player: 'on' } }).success).toBe(
    false,
  );
});
