import { expect, test } from '@playwright/test';
import type { z } from 'zod';
import { schemaIssues } from '../../catalog/client';
import {
  allClassroomsSummarySchema,
  classroomDataSchema,
  explorationInitSchema,
  storyDataSchema,
  topicDataSchema,
} from '../../catalog/schemas';
import { canned } from '../support/catalog/fake-oppia';

type Body = Record<string, unknown>;

/** The object at `path` inside a canned body, to reshape it. */
function objectAt(body: unknown, ...path: Array<string | number>): Record<string, unknown> {
  let value = body;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value as Record<string, unknown>;
}

/** The issues zod finds, as the catalog reports them. */
function issuesOf(schema: z.ZodType, body: unknown): Array<{ path: string; message: string }> {
  const result = schema.safeParse(body);
  return result.success ? [] : schemaIssues(result.error);
}

test.describe("bodies as Oppia's handlers send them", () => {
  const cases: Array<[string, z.ZodType, string]> = [
    ['all_classrooms_summary', allClassroomsSummarySchema, 'all_classrooms_summary'],
    ['classroom_data_handler', classroomDataSchema, 'classroom_math'],
    ['topic_data_handler', topicDataSchema, 'topic_math_place-values'],
    ['story_data_handler', storyDataSchema, 'story_jaime-arcade'],
    ['story_data_handler (a node without exploration)', storyDataSchema, 'story_seeds'],
    ['explorehandler/init', explorationInitSchema, 'explorehandler_init'],
  ];
  for (const [handler, schema, fixture] of cases) {
    test(`${handler} is accepted, extra fields kept`, () => {
      const body = canned<Body>(fixture);
      const parsed = schema.parse(body);
      expect(parsed).toEqual(body);
    });
  }

  test('newer fields Oppia may add pass through', () => {
    const body = canned<Body>('story_jaime-arcade');
    objectAt(body, 'story_nodes', 0)['new_field'] = { anything: true };
    expect(issuesOf(storyDataSchema, body)).toEqual([]);
  });
});

test.describe('drifted bodies name every broken field by its path', () => {
  test('story_nodes renamed to nodes', () => {
    const { story_nodes: nodes, ...rest } = canned<Body>('story_jaime-arcade');
    expect(issuesOf(storyDataSchema, { ...rest, nodes })).toEqual([
      { path: 'story_nodes', message: 'Invalid input: expected array, received undefined' },
    ]);
  });

  test('a dropped exploration_id and a numeric status', () => {
    const body = canned<Body>('story_jaime-arcade');
    delete objectAt(body, 'story_nodes', 2)['exploration_id'];
    objectAt(body, 'story_nodes', 4)['status'] = 1;
    expect(issuesOf(storyDataSchema, body)).toEqual([
      {
        path: 'story_nodes[2].exploration_id',
        message: 'Invalid input: expected string, received undefined',
      },
      { path: 'story_nodes[4].status', message: 'Invalid input: expected string, received number' },
    ]);
  });

  test('a topic summary whose url_fragment was renamed', () => {
    const body = canned<Body>('classroom_math');
    const topic = objectAt(body, 'topic_summary_dicts', 1);
    topic['urlFragment'] = topic['url_fragment'];
    delete topic['url_fragment'];
    expect(issuesOf(classroomDataSchema, body).map((i) => i.path)).toEqual([
      'topic_summary_dicts[1].url_fragment',
    ]);
  });

  test('is_published sent as a string', () => {
    const body = canned<Body>('all_classrooms_summary');
    objectAt(body, 'all_classrooms_summary', 0)['is_published'] = 'true';
    expect(issuesOf(allClassroomsSummarySchema, body)).toEqual([
      {
        path: 'all_classrooms_summary[0].is_published',
        message: 'Invalid input: expected boolean, received string',
      },
    ]);
  });

  test('a topic without additional_story_dicts and a story without url_fragment', () => {
    const body = canned<Body>('topic_math_place-values');
    delete body['additional_story_dicts'];
    delete objectAt(body, 'canonical_story_dicts', 0)['url_fragment'];
    expect(issuesOf(topicDataSchema, body).map((i) => i.path)).toEqual([
      'canonical_story_dicts[0].url_fragment',
      'additional_story_dicts',
    ]);
  });

  test('an outcome without dest in the init body', () => {
    const body = canned<Body>('explorehandler_init');
    delete objectAt(
      body,
      'exploration',
      'states',
      'How many tens',
      'interaction',
      'answer_groups',
      0,
      'outcome',
    )['dest'];
    expect(issuesOf(explorationInitSchema, body).map((i) => i.path)).toEqual([
      'exploration.states["How many tens"].interaction.answer_groups[0].outcome.dest',
    ]);
  });
});
