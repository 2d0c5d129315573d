import { expect, test } from '@playwright/test';
import {
  ChapterPlayer,
  ClassroomPage,
  ClassroomsIndexPage,
  ErrorPage,
  StoryPage,
  TopicPage,
} from '../../page-objects';
import { formatStepTitle, step } from '../../page-objects/step';

/**
 * The learner's way down classroom -> topic -> story -> chapter, over static pages that follow the
 * DOM contract (with the markup the sandbox-web helper verified in Oppia), served by page.route.
 */

const BASE = 'http://oppia.test';
const chapterHref = (exp: string, node: string) =>
  `/explore/${exp}?topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=jaime&node_id=${node}`;

const PAGES: Record<string, string> = {
  '/learn': `
    <h1 class="e2e-test-classroom-heading">Oppia Classrooms</h1>
    <oppia-classroom-summary-tile><div class="oppia-classroom-tile-container e2e-test-classroom-tile">
      <a class="classroom-content" href="/learn/math"><h3 class="classroom-name e2e-test-classroom-name">Math</h3>
      <p class="classroom-teaser-text">Numbers</p></a></div></oppia-classroom-summary-tile>
    <oppia-classroom-summary-tile><div class="oppia-classroom-tile-container e2e-test-classroom-tile">
      <a class="classroom-content" href="/learn/science"><h3 class="classroom-name e2e-test-classroom-name">Science</h3></a>
    </div></oppia-classroom-summary-tile>
    <div class="oppia-classroom-tile-container diable-classroom-tile-click">Coming soon</div>`,
  '/learn/math': `
    <h1 class="e2e-test-classroom-name">Math</h1>
    <oppia-topic-summary-tile><div class="oppia-topic-summary-tile e2e-test-topic-summary-tile topic-card">
      <a class="e2e-test-topic-link" href="/learn/math/place-values"><div class="topic-details">
        <span class="topic-name e2e-test-topic-name">Place Values</span></div></a></div></oppia-topic-summary-tile>
    <oppia-topic-summary-tile><div class="oppia-topic-summary-tile e2e-test-topic-summary-tile topic-card faded-topic-card">
      <a class="e2e-test-topic-link" href="/learn/math/geometry"><span class="topic-coming-soon">Coming soon</span>
        <span class="topic-name e2e-test-topic-name">Geometry</span></a></div></oppia-topic-summary-tile>
    <oppia-topic-summary-tile><div class="oppia-topic-summary-tile e2e-test-topic-summary-tile topic-card">
      <a class="e2e-test-topic-link" href="/learn/math/addition-and-subtraction">
        <span class="topic-name e2e-test-topic-name">Addition and Subtraction</span></a></div></oppia-topic-summary-tile>`,
  '/learn/math/place-values': `
    <div class="e2e-test-topic-viewer-container"><p class="e2e-test-topic-description">Learn place values.</p>
    <div class="e2e-test-lessons-tab-container"></div></div>
    <script>
      // Like Oppia's *ngIf="checkTabletView()": one story title element or the other, by width.
      const stories = [['Jaime\\'s Adventures', 'jaime'], ['Nic and the Arcade', 'nic']];
      const render = () => {
        const mobile = innerWidth < 768;
        document.querySelector('.e2e-test-lessons-tab-container').innerHTML = stories.map(([title, frag]) =>
          '<oppia-story-summary-tile><div class="e2e-test-story-summary-title"><div class="oppia-story-title"><strong class="title-text">' +
          '<a class="' + (mobile ? 'e2e-test-mobile-story-title' : 'e2e-test-story-title-in-topic-page') +
          '" href="/learn/math/place-values/story/' + frag + '">' + title + '</a></strong></div></div></oppia-story-summary-tile>').join('');
      };
      render(); addEventListener('resize', render);
    </script>`,
  '/learn/math/place-values/story/jaime': `
    <div class="e2e-test-story-viewer-container"><h1 class="e2e-test-story-title">Jaime's Adventures</h1>
    <div class="e2e-test-lesson-track">
      <a href="${chapterHref('exp-1', 'node_1')}"><span class="oppia-chapter-title e2e-test-chapter-title">Chapter 1: What are the place values?</span></a>
      <a href="${chapterHref('exp-2', 'node_2')}"><span class="oppia-chapter-title e2e-test-chapter-title">Chapter 2:   Finding the value of a number</span></a>
      <div class="coming-soon"><span class="oppia-chapter-title e2e-test-chapter-title">Chapter 3: Comparing numbers</span> Coming soon</div>
      <a href="${chapterHref('exp-10', 'node_10')}"><span class="oppia-chapter-title e2e-test-chapter-title">Chapter 10: Rounding</span></a>
    </div></div>
    <div class="story-viewer-login-container" style="position: fixed; inset: 0; background: white;">
      Save your progress <button class="e2e-test-login-button">LOG IN</button><button>SIGN UP</button>
      <button class="skip-btn">SKIP</button></div>
    <script>
      // ?overlayDelay=&chaptersDelay=: the overlay and the chapter list show up late, each after its delay.
      const delay = (name) => Number(new URLSearchParams(location.search).get(name) ?? 0);
      const overlay = document.querySelector('.story-viewer-login-container');
      const track = document.querySelector('.e2e-test-lesson-track');
      // ?overlayOnPointer=1: the overlay shows when the pointer first moves, i.e. mid-click.
      const onPointer = new URLSearchParams(location.search).has('overlayOnPointer');
      overlay.hidden = onPointer || delay('overlayDelay') > 0;
      track.hidden = delay('chaptersDelay') > 0;
      if (onPointer) addEventListener('mousemove', () => { overlay.hidden = false; }, { once: true });
      else setTimeout(() => { overlay.hidden = false; }, delay('overlayDelay'));
      setTimeout(() => { track.hidden = false; }, delay('chaptersDelay'));
      overlay.querySelector('.skip-btn').addEventListener('click', () => {
        overlay.remove();
        sessionStorage.setItem('skipped', 'yes');
      });
    </script>`,
  '/learn/math/broken': `
    <div class="e2e-test-topic-viewer-container"></div>
    <div class="e2e-test-toast-warning"><div class="e2e-test-toast-warning-message">Failed to get dashboard data</div>
    <button class="e2e-test-close-toast-warning" onclick="this.parentElement.remove()">x</button></div>`,
  '/explore/exp-1': '<div class="e2e-test-conversation-skin-cards-container">player</div>',
  '/explore/exp-2': '<div class="e2e-test-conversation-skin-cards-container">player</div>',
};

const ERROR_PAGE = `<div class="e2e-test-error-container"><span class="e2e-test-error-page-heading">Error 404</span>
  <span> - Page Not Found</span><img alt="Oops!"></div>`;

test.use({ baseURL: BASE });

test.beforeEach(async ({ page }) => {
  await page.route(`${BASE}/**`, (route) => {
    const body = PAGES[new URL(route.request().url()).pathname];
    return route.fulfill({
      status: body ? 200 : 404,
      contentType: 'text/html',
      body: body ?? ERROR_PAGE,
    });
  });
});

test('the classrooms index lists published classrooms and opens one', async ({ page }) => {
  const index = await new ClassroomsIndexPage({ page, cardTimeoutMs: 5_000 }).open();
  await index.expectLoaded();
  expect(await index.classroomEntries()).toEqual([
    { name: 'Math', href: '/learn/math' },
    { name: 'Science', href: '/learn/science' },
  ]);
  const classroom = await index.openClassroom('Math');
  await classroom.expectLoaded();
});

test('a classroom lists its published topics (not the “Coming soon” ones) and opens one by name', async ({
  page,
}) => {
  const classroom = await new ClassroomPage({ page, cardTimeoutMs: 5_000 }).open('math');
  expect(await classroom.topicEntries()).toEqual([
    { name: 'Place Values', href: '/learn/math/place-values' },
    { name: 'Addition and Subtraction', href: '/learn/math/addition-and-subtraction' },
  ]);
  expect(await classroom.topicNames()).toEqual(['Place Values', 'Addition and Subtraction']);
  await expect(classroom.comingSoonTopics).toHaveCount(1);
  await expect(classroom.openTopic('Place')).rejects.toThrow(
    'No topics read “Place” exactly; shown: “Place Values”, “Addition and Subtraction”.',
  );
  const topic = await classroom.openTopic('Place Values');
  await topic.expectLoaded();
  await expect(page).toHaveURL(`${BASE}/learn/math/place-values`);
});

for (const { viewport, device } of [
  { viewport: { width: 1280, height: 800 }, device: 'desktop' },
  { viewport: { width: 390, height: 800 }, device: 'mobile' },
]) {
  test(`a topic lists its stories and opens one (${device} story titles)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const topic = await new TopicPage({ page, cardTimeoutMs: 5_000 }).open('math', 'place-values');
    expect(await topic.storyTitles()).toEqual(["Jaime's Adventures", 'Nic and the Arcade']);
    const story = await topic.openStory("Jaime's Adventures");
    await story.expectLoaded();
    await expect(page).toHaveURL(`${BASE}/learn/math/place-values/story/jaime`);
  });
}

test('a story lists its chapter links as number, title and player URL', async ({ page }) => {
  const story = await new StoryPage({ page, cardTimeoutMs: 5_000 }).open(
    'math',
    'place-values',
    'jaime',
  );
  expect(await story.chapterEntries()).toEqual([
    { number: 1, title: 'What are the place values?', href: chapterHref('exp-1', 'node_1') },
    { number: 2, title: 'Finding the value of a number', href: chapterHref('exp-2', 'node_2') },
    { number: 10, title: 'Rounding', href: chapterHref('exp-10', 'node_10') },
  ]);
});

test('skipping the save-progress overlay, then opening a chapter by number, gives the player', async ({
  page,
}) => {
  const story = await new StoryPage({ page, cardTimeoutMs: 5_000 }).open(
    'math',
    'place-values',
    'jaime',
  );
  await story.saveProgressOverlay.expectShown();
  await story.skipSaveProgressOverlay();
  await expect(story.saveProgressOverlay.root).toBeHidden();
  const player = await story.openChapter(2);
  expect(player).toBeInstanceOf(ChapterPlayer);
  await expect(page).toHaveURL(`${BASE}${chapterHref('exp-2', 'node_2')}`);
  await player.expectLoaded();
});

test('an overlay that appears after the chapter list is skipped when it blocks the chapter click', async ({
  page,
}) => {
  await page.goto('/learn/math/place-values/story/jaime?chaptersDelay=200&overlayOnPointer=1');
  const story = new StoryPage({ page, cardTimeoutMs: 5_000 });
  await story.skipSaveProgressOverlay(); // chapters listed, overlay not shown yet: armed for later
  await story.openChapter('What are the place values?');
  await expect(page).toHaveURL(`${BASE}${chapterHref('exp-1', 'node_1')}`);
  expect(await page.evaluate(() => sessionStorage.getItem('skipped'))).toBe('yes');
});

test('the overlay is not skipped before the chapter list shows (it may still move)', async ({
  page,
}) => {
  // The chapters never come: the overlay shows at once, but SKIP waits for the list.
  await page.goto('/learn/math/place-values/story/jaime?chaptersDelay=600000');
  const story = new StoryPage({ page, cardTimeoutMs: 5_000 });
  await story.saveProgressOverlay.expectShown();
  await expect(story.skipSaveProgressOverlay()).rejects.toThrow(
    'the story page should list its chapters',
  );
  await expect(story.saveProgressOverlay.root).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('skipped'))).toBeNull();
});

test('asking for a chapter the story does not link names the ones it does', async ({ page }) => {
  const story = await new StoryPage({ page, cardTimeoutMs: 5_000 }).open(
    'math',
    'place-values',
    'jaime',
  );
  await story.skipSaveProgressOverlay();
  await expect(story.openChapter(3)).rejects.toThrow(
    'The story page lists no chapter 3; it lists 1: “What are the place values?”, 2: “Finding the value of a number”, 10: “Rounding”.',
  );
});

test('the error page gives its status code', async ({ page }) => {
  await page.goto('/learn/nowhere');
  const error = new ErrorPage(page);
  await error.expectStatus(404);
  expect(await error.statusCode()).toBe(404);
});

test('warning toasts can be read and closed', async ({ page }) => {
  const topic = await new TopicPage({ page, cardTimeoutMs: 5_000 }).open('math', 'broken');
  await topic.toasts.expectWarning('Failed to get dashboard data');
  expect(await topic.toasts.warningTexts()).toEqual(['Failed to get dashboard data']);
  await topic.toasts.closeWarning();
  await topic.toasts.expectNoWarnings();
});

test.describe('@step', () => {
  class Shelf {
    constructor(readonly books: string[] = []) {}

    @step('shelve {0} by {1.name}')
    shelve(title: string, author: { name: string }): Promise<number> {
      return Promise.resolve(this.books.push(`${title} (${author.name})`));
    }

    @step()
    fail(): Promise<void> {
      return Promise.reject(new Error('shelf is full'));
    }
  }

  test('runs the method on its instance, returns its value and passes its errors on', async () => {
    const shelf = new Shelf();
    expect(await shelf.shelve('Place Values', { name: 'Oppia' })).toBe(1);
    expect(shelf.books).toEqual(['Place Values (Oppia)']);
    await expect(shelf.fail()).rejects.toThrow('shelf is full');
  });

  test('step titles fill {n} and {n.path} placeholders from the arguments', () => {
    expect(formatStepTitle('open story {0}', ["Jaime's Adventures"])).toBe(
      "open story “Jaime's Adventures”",
    );
    expect(formatStepTitle('open chapter {0}', [2])).toBe('open chapter 2');
    expect(
      formatStepTitle('play {0.stateName} ({0.interactionId})', [
        { stateName: 'Intro', interactionId: 'Continue' },
      ]),
    ).toBe('play “Intro” (“Continue”)');
    expect(formatStepTitle('open {1}', ['only one'])).toBe('open {1}');
  });
});
