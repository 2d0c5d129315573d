import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatProblem, formatSummary, formatTree } from '../../catalog/describe';
import {
  readSnapshot,
  SnapshotError,
  writeSnapshot,
  type Snapshot,
  type SnapshotChapter,
} from '../../catalog/snapshot';

const BASE = 'http://127.0.0.1:4180';

function sampleSnapshot(): Snapshot {
  return {
    version: 1,
    target: BASE,
    discoveredAt: '2025-01-01T12:00:00.000Z',
    filters: { classrooms: [], topics: [], stories: [], chapters: [] },
    flags: {},
    classrooms: [
      {
        id: 'mathClassroomId',
        name: 'Math',
        urlFragment: 'math',
        url: `${BASE}/learn/math`,
        publishedTopics: [
          { id: 'iX9kYCjnouWN', name: 'Place Values', urlFragment: 'place-values' },
          { id: '0abdeaJhmfPm', name: 'Fractions', urlFragment: 'fractions' },
        ],
        topics: [
          {
            id: 'iX9kYCjnouWN',
            name: 'Place Values',
            urlFragment: 'place-values',
            url: `${BASE}/learn/math/place-values`,
            storyTitles: ["Jaime's Adventures in the Arcade"],
            stories: [
              {
                id: 'jaimeStoryId',
                title: "Jaime's Adventures in the Arcade",
                urlFragment: 'jaime-arcade',
                url: `${BASE}/learn/math/place-values/story/jaime-arcade`,
                publishedChapterCount: 1,
                chapters: [
                  {
                    number: 1,
                    nodeId: 'node_1',
                    title: 'What are the Place Values?',
                    explorationId: 'K645IfRNzpKy',
                    url:
                      `${BASE}/explore/K645IfRNzpKy?topic_url_fragment=place-values` +
                      '&classroom_url_fragment=math&story_url_fragment=jaime-arcade&node_id=node_1',
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    problems: [
      {
        url: `${BASE}/topic_data_handler/math/fractions`,
        kind: 'schema',
        message: 'GET ... answered a body Oppia would not send',
        issues: [{ path: 'canonical_story_dicts[0].url_fragment', message: 'Required' }],
        page: { kind: 'topic', classroom: 'math', topic: 'fractions' },
      },
    ],
  };
}

test.describe('snapshot file', () => {
  let dir: string;

  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
  });

  test.afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('round-trips, creating the folder and leaving no temporary file', () => {
    const path = join(dir, 'cache', 'catalog.json');
    writeSnapshot(path, sampleSnapshot());
    expect(readSnapshot(path)).toEqual(sampleSnapshot());
    expect(readdirSync(join(dir, 'cache'))).toEqual(['catalog.json']);
  });

  test('comes back deep-frozen', () => {
    const path = join(dir, 'catalog.json');
    writeSnapshot(path, sampleSnapshot());
    const snapshot = readSnapshot(path);
    const chapter = snapshot.classrooms[0]!.topics[0]!.stories[0]!.chapters[0]!;
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(chapter)).toBe(true);
    expect(() => {
      chapter.title = 'changed';
    }).toThrow(TypeError);
    expect(() => snapshot.problems.push(snapshot.problems[0]!)).toThrow(TypeError);
  });

  test('a missing file says how to make one', () => {
    const path = join(dir, 'nowhere.json');
    expect(() => readSnapshot(path)).toThrow(SnapshotError);
    expect(() => readSnapshot(path)).toThrow(
      `no catalog snapshot at ${path}: run \`npm run journey\` (it discovers the catalog first)`,
    );
  });

  test('a file that is not JSON is refused clearly', () => {
    const path = join(dir, 'catalog.json');
    writeFileSync(path, '{"version": 1,');
    expect(() => readSnapshot(path)).toThrow(`catalog snapshot at ${path} is not JSON`);
  });

  test('a file of another shape names what is wrong', () => {
    const path = join(dir, 'catalog.json');
    const old = { ...sampleSnapshot(), version: 0 };
    const chapter: Partial<SnapshotChapter> =
      old.classrooms[0]!.topics[0]!.stories[0]!.chapters[0]!;
    delete chapter.explorationId;
    writeFileSync(path, JSON.stringify(old));
    expect(() => readSnapshot(path)).toThrow(
      /not of the current shape \(version: .*; classrooms\[0\]\.topics\[0\]\.stories\[0\]\.chapters\[0\]\.explorationId: /,
    );
  });

  test('an invalid snapshot is never written', () => {
    const path = join(dir, 'catalog.json');
    const bad = { ...sampleSnapshot(), discoveredAt: 'yesterday' };
    expect(() => writeSnapshot(path, bad)).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

test.describe('console views', () => {
  test('the summary line counts what was found', () => {
    expect(formatSummary(sampleSnapshot(), 412)).toBe(
      'Discovered 1 classroom, 1 topic, 1 story, 1 chapter in 0.4 s; 1 problem',
    );
  });

  test('the tree shows classroom > topic > story > chapters', () => {
    expect(formatTree(sampleSnapshot())).toBe(
      [
        `Catalog of ${BASE}`,
        'Math (math)',
        '  Place Values (place-values)',
        "    Jaime's Adventures in the Arcade (jaime-arcade)",
        '      Chapter 1: What are the Place Values? (K645IfRNzpKy)',
      ].join('\n'),
    );
  });

  test('an HTTP problem shows its URL, its page and the message', () => {
    const problem = {
      url: `${BASE}/classroom_data_handler/math`,
      kind: 'http' as const,
      status: 500,
      message: 'GET x answered HTTP 500',
      page: { kind: 'classroom' as const, classroom: 'math' },
    };
    expect(formatProblem(problem)).toBe(
      [
        `  ✗ [http 500] ${BASE}/classroom_data_handler/math`,
        '      page: classroom math',
        '      GET x answered HTTP 500',
      ].join('\n'),
    );
  });

  test('a schema problem shows its URL, its page and every zod path', () => {
    expect(formatProblem(sampleSnapshot().problems[0]!)).toBe(
      [
        `  ✗ [schema] ${BASE}/topic_data_handler/math/fractions`,
        '      page: topic math/fractions',
        "      the body does not have the shape Oppia's handler sends:",
        '        - canonical_story_dicts[0].url_fragment: Required',
      ].join('\n'),
    );
  });
});
