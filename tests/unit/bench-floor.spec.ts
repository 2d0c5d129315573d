import { expect, test } from '@playwright/test';
import type { Snapshot } from '../../catalog/snapshot';
import { bundlePaths, floorRequests, imagePaths, initExplorationId } from '../../tools/bench/floor';

const BASE = 'http://127.0.0.1:4180';

function chapter(number: number, explorationId: string) {
  return {
    number,
    nodeId: `node_${number}`,
    title: `Chapter ${number}`,
    explorationId,
    url:
      `${BASE}/explore/${explorationId}?topic_url_fragment=place-values&classroom_url_fragment=math` +
      `&story_url_fragment=arcade&node_id=node_${number}`,
  };
}

const snapshot: Snapshot = {
  version: 1,
  target: BASE,
  discoveredAt: '2026-01-01T00:00:00.000Z',
  filters: { classrooms: [], topics: [], stories: [], chapters: [] },
  flags: {},
  problems: [],
  classrooms: [
    {
      id: 'c1',
      name: 'Math',
      urlFragment: 'math',
      url: `${BASE}/learn/math`,
      publishedTopics: [{ id: 't1', name: 'Place Values', urlFragment: 'place-values' }],
      topics: [
        {
          id: 't1',
          name: 'Place Values',
          urlFragment: 'place-values',
          url: `${BASE}/learn/math/place-values`,
          storyTitles: ['Arcade'],
          stories: [
            {
              id: 's1',
              title: 'Arcade',
              urlFragment: 'arcade',
              url: `${BASE}/learn/math/place-values/story/arcade`,
              publishedChapterCount: 2,
              chapters: [chapter(1, 'K645IfRNzpKy'), chapter(2, 'rDJojPOc0KgJ')],
            },
          ],
        },
      ],
    },
  ],
};

test.describe('bench floor', () => {
  test('the requests of a walk: page tests, then per chapter its story page and its player page', () => {
    const start = ['/userinfohandler', '/feature_flags_evaluation_handler'];
    const story = [
      '/learn/math/place-values/story/arcade',
      ...start,
      '/story_data_handler/math/place-values/arcade',
    ];
    const player = (n: number, id: string) => [
      `/explore/${id}?topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=arcade&node_id=node_${n}`,
      ...start,
      `/explorehandler/init/${id}`,
      '/story_data_handler/math/place-values/arcade',
      '/csrfhandler',
    ];
    expect(floorRequests(snapshot)).toEqual([
      '/learn/math',
      ...start,
      '/classroom_data_handler/math',
      '/learn/math/place-values',
      ...start,
      '/topic_data_handler/math/place-values',
      ...story,
      ...story,
      ...player(1, 'K645IfRNzpKy'),
      ...story,
      ...player(2, 'rDJojPOc0KgJ'),
    ]);
  });

  test('init paths name their exploration; other paths do not', () => {
    expect(initExplorationId('/explorehandler/init/K645IfRNzpKy')).toBe('K645IfRNzpKy');
    expect(initExplorationId('/explorehandler/init/K645IfRNzpKy?v=1')).toBe('K645IfRNzpKy');
    expect(initExplorationId('/explore/K645IfRNzpKy')).toBeNull();
  });

  test('the bundle: same-site scripts and stylesheets of the shell', () => {
    const shell = `<!doctype html><head><link rel="icon" href="data:,">
      <link rel="stylesheet" href="/webpack_bundles/sandbox.bundle.css">
      <link rel="stylesheet" href="https://fonts.example.com/x.css">
      <script type="module" src="/webpack_bundles/sandbox.bundle.js"></script>
      <script src="//cdn.example.com/a.js"></script></head>`;
    expect(bundlePaths(shell)).toEqual([
      '/webpack_bundles/sandbox.bundle.js',
      '/webpack_bundles/sandbox.bundle.css',
    ]);
  });

  test('images: every oppia-noninteractive-image of the init body, once, at the dev asset URL', () => {
    // As Oppia stores RTE values (JSON-encoded, HTML-escaped) inside a JSON string, after the XSSI prefix.
    const tag = (file: string) =>
      `<oppia-noninteractive-image alt-with-value="&amp;quot;a&amp;quot;" ` +
      `filepath-with-value="&amp;quot;${file}&amp;quot;"></oppia-noninteractive-image>`;
    const body =
      ")]}'\n" +
      JSON.stringify({
        exploration: {
          states: {
            Intro: { content: { html: `<p>Hi</p>${tag('ticket counter.svg')}` } },
            Next: { content: { html: `${tag('ticket counter.svg')}${tag('b.png')}` } },
            End: { content: { html: '<p>Done</p>' } },
          },
        },
      });
    expect(imagePaths('K645IfRNzpKy', body)).toEqual([
      '/assetsdevhandler/exploration/K645IfRNzpKy/assets/image/ticket%20counter.svg',
      '/assetsdevhandler/exploration/K645IfRNzpKy/assets/image/b.png',
    ]);
    expect(imagePaths('K645IfRNzpKy', ")]}'\n{}")).toEqual([]);
  });
});
