import {
  LessonEndScreen,
  LessonPlayer,
  RedesignedTopicPage,
  type LearnerCtx,
} from '../../page-objects';
import { expect, test } from '../support/sandbox';

/**
 * The new lesson player and the redesigned topic page models against the sandbox serving both
 * designs, with story grouping on (docs/oppia-redesigns-checked.md is the DOM contract), and the
 * new player's end screen over a static page of that contract.
 */
const TOPIC = '/learn/math/place-values';
const DESIGNS = { newLessonPlayer: true, redesignedTopicPage: true, storyGrouping: true };

// The worker's sandbox serves both redesigns (tests/support/sandbox.ts), reset for each test.
test.use({
  sandboxOptions: {
    flags: ['new_lesson_player', 'redesigned_topic_viewer_page', 'story_editor_modules'],
  },
});

const ctxOf = (page: LearnerCtx['page']): LearnerCtx => ({
  page,
  cardTimeoutMs: 10_000,
  designs: DESIGNS,
});

test('the redesigned topic page lists its stories and their lessons, without story tiles', async ({
  page,
  base,
}) => {
  const topic = new RedesignedTopicPage(ctxOf(page));
  await page.goto(`${base}${TOPIC}`);
  await topic.expectLoaded();
  await expect(page.locator('.e2e-test-topic-viewer-container')).toHaveCount(0);
  const [story] = await topic.storyTitles();
  expect(story).toBe("Jaime's Adventures in the Arcade");
  const lessons = await topic.story(story!).lessonTitleTexts();
  expect(lessons.slice(0, 2)).toEqual([
    'What are the Place Values?',
    'Finding the Value of a Number',
  ]);
  await expect(topic.story('No such story').lessonCards).toHaveCount(0);
});

test('a lesson in a later group starts from its card, past the skip confirmation, in the new player', async ({
  page,
  base,
}) => {
  const topic = new RedesignedTopicPage(ctxOf(page));
  await page.goto(`${base}${TOPIC}`);
  const section = topic.story("Jaime's Adventures in the Arcade");
  const player = await section.openChapter(4);
  expect(player).toBeInstanceOf(LessonPlayer);
  await expect(page).toHaveURL(
    /\/lesson\/[^?]+\?topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=[^&]+&node_id=\w+$/,
  );
  await player.expectFirstCardRendered();
  const { dict } = await player.exploration();
  expect(dict.title).toBe('Rounding Numbers to a Given Place');
});

test('a chapter that is not listed is an error naming the lessons listed', async ({
  page,
  base,
}) => {
  const topic = new RedesignedTopicPage(ctxOf(page));
  await page.goto(`${base}${TOPIC}`);
  await expect(topic.story("Jaime's Adventures in the Arcade").openChapter(99)).rejects.toThrow(
    /lists no lesson 99 .*1: “What are the Place Values\?”/,
  );
});

test('the new player opens at the /explore/ link and moves on to /lesson/, keeping the query', async ({
  page,
  base,
}) => {
  const topic = new RedesignedTopicPage(ctxOf(page));
  await page.goto(`${base}${TOPIC}`);
  const first = await topic.story("Jaime's Adventures in the Arcade").openChapter(1);
  // The start button leaves for /explore/<id>; the guard then moves on to /lesson/<id>.
  await expect(page).toHaveURL(/\/lesson\//);
  const lessonUrl = page.url();
  const exploreUrl = lessonUrl.replace('/lesson/', '/explore/');
  const player = await new LessonPlayer(ctxOf(page)).open(exploreUrl);
  await expect(page).toHaveURL(lessonUrl);
  expect(player.urlOf(exploreUrl)).toBe(lessonUrl);
  await player.expectFirstCardRendered();
  expect(first.design).toBe('new lesson player');
});

test('the end-of-lesson screen: next lesson link, completion signal, the close button and its confirm', async ({
  page,
}) => {
  const next =
    '/explore/exp2?topic_url_fragment=t&classroom_url_fragment=c&story_url_fragment=s&node_id=node_2';
  await page.route('http://oppia.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: route.request().url().includes('/story/')
        ? '<h1>story page</h1>'
        : `<oppia-player-header><button class="lesson-player-close-modal-button" aria-label="Close player"
             onclick="if (confirm('If you exit, your progress will be lost. Do you still want to exit?')) location.assign('/learn/c/t/story/s')">X</button></oppia-player-header>
           <oppia-new-ratings-and-recommendations><oppia-post-chapter-recommendations>
             <a href="${next}"><button class="next-lesson-btn">Next Lesson</button></a>
             <a href="/learn/c/t/studyguide"><button class="review-card-btn">Review Card</button></a>
             <button class="signup-btn">Sign Up</button>
           </oppia-post-chapter-recommendations></oppia-new-ratings-and-recommendations>`,
    }),
  );
  await page.goto('http://oppia.test/lesson/exp1?node_id=node_1');
  const end = new LessonEndScreen(ctxOf(page));
  await expect(end.completionSignal).toBeVisible();
  await expect(end.signUpButton).toBeVisible();
  await expect(end.nextChapterLink).toHaveAttribute('href', end.nextChapterHref(next));
  expect(end.nextChapterHref(next).test(next.replace('/explore/', '/lesson/'))).toBe(true);
  expect(end.nextChapterHref(next).test(next.replace('node_2', 'node_3'))).toBe(false);
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
  });
  await end.expectWayBackTo('/learn/c/t/story/s');
  expect(asked).toMatch(/^If you exit, your progress will be lost/);
});
