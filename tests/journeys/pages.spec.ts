import type { Page } from '@playwright/test';
import type { DiscoveryProblem, SnapshotTopic } from '../../catalog/snapshot';
import { expect, journey, test } from '../../fixtures';
import { discoveryFailure, problemFor, snapshot, waitForAnswer } from './walk-data';

/**
 * The pages a learner passes on the way to a chapter show exactly what the target's own API says:
 * the classroom its published topics, each topic its stories, each story its chapters in order,
 * each linking where Oppia's frontend links it. A page whose handler failed during discovery still
 * gets its test, which opens the page and reports what broke.
 */
const pathOf = (url: string): string => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/**
 * A page whose handler failed during discovery: opens it as a learner would, lets the page have
 * its own answer from the failing handler (so the evidence holds it), then fails with what
 * discovery found.
 */
async function expectDiscoveryProblemShown(
  page: Page,
  problem: DiscoveryProblem,
  open: () => Promise<unknown>,
): Promise<never> {
  const answered = waitForAnswer(page, problem);
  await open();
  await answered;
  throw discoveryFailure(problem);
}

for (const classroom of snapshot.classrooms) {
  test.describe(classroom.name, () => {
    const classroomProblem = problemFor({ kind: 'classroom', classroom: classroom.urlFragment });
    const classroomTest = [
      'classroom page lists its published topics',
      journey({
        kind: 'classroom',
        classroom: classroom.name,
        title: `${classroom.name} classroom`,
        url: classroom.url,
      }),
    ] as const;

    if (classroomProblem) {
      test(...classroomTest, async ({ page, gotoClassroom }) => {
        await expectDiscoveryProblemShown(page, classroomProblem, () => gotoClassroom(classroom));
      });
    } else {
      test(...classroomTest, async ({ gotoClassroom, a11y }) => {
        const page = await gotoClassroom(classroom);
        await expect
          .poll(() => page.topicEntries())
          .toEqual(
            classroom.publishedTopics.map((t) => ({
              name: t.name,
              href: `/learn/${classroom.urlFragment}/${t.urlFragment}`,
            })),
          );
        await a11y.page('classroom');
      });
    }

    // Published topics whose handler failed in discovery are not in the tree; they keep a page test.
    const unreadTopics = classroom.publishedTopics.filter(
      (t) => !classroom.topics.some((read) => read.urlFragment === t.urlFragment),
    );
    const topicsToCheck: Array<
      Pick<SnapshotTopic, 'name' | 'urlFragment' | 'url'> & { storyTitles?: readonly string[] }
    > = [
      ...classroom.topics,
      ...unreadTopics
        .filter((t) =>
          problemFor({ kind: 'topic', classroom: classroom.urlFragment, topic: t.urlFragment }),
        )
        .map((t) => ({ ...t, url: `${classroom.url}/${t.urlFragment}` })),
    ];

    for (const topic of topicsToCheck) {
      test.describe(topic.name, () => {
        const topicProblem = problemFor({
          kind: 'topic',
          classroom: classroom.urlFragment,
          topic: topic.urlFragment,
        });
        const { storyTitles } = topic;
        const topicTest = [
          'topic page lists its stories',
          journey({
            kind: 'topic',
            classroom: classroom.name,
            topic: topic.name,
            title: `${topic.name} topic`,
            url: topic.url,
          }),
        ] as const;

        if (topicProblem || !storyTitles) {
          test(...topicTest, async ({ page, gotoTopic }) => {
            // A topic outside the tree is only here because discovery found its problem.
            await expectDiscoveryProblemShown(page, topicProblem!, () =>
              gotoTopic(classroom, topic),
            );
          });
        } else {
          test(...topicTest, async ({ gotoTopic, a11y }) => {
            const page = await gotoTopic(classroom, topic);
            await expect.poll(() => page.storyTitles()).toEqual(storyTitles);
            await a11y.page('topic');
          });
        }
      });
    }

    for (const topic of classroom.topics) {
      for (const story of topic.stories) {
        const storyProblem = problemFor({
          kind: 'story',
          classroom: classroom.urlFragment,
          topic: topic.urlFragment,
          story: story.urlFragment,
        });
        const storyTest = [
          `${topic.name} › ${story.title} › story page lists its chapters in order`,
          journey({
            kind: 'story',
            classroom: classroom.name,
            topic: topic.name,
            story: story.title,
            title: `${story.title} story`,
            url: story.url,
          }),
        ] as const;

        if (storyProblem) {
          test(...storyTest, async ({ page, gotoStoryPage }) => {
            await expectDiscoveryProblemShown(page, storyProblem, () =>
              gotoStoryPage(classroom, topic, story),
            );
          });
        } else {
          // The story page, in every design (the redesigned topic page starts chapters itself).
          test(...storyTest, async ({ gotoStoryPage, a11y }) => {
            const page = await gotoStoryPage(classroom, topic, story);
            // Every published chapter is listed; the ones this walk covers link where discovery says.
            await expect
              .poll(async () => (await page.chapterEntries()).length, {
                message: 'chapters listed',
              })
              .toBe(story.publishedChapterCount);
            const listed = await page.chapterEntries();
            const walked = listed.filter((e) => story.chapters.some((c) => c.number === e.number));
            expect(walked).toEqual(
              story.chapters.map((c) => ({
                number: c.number,
                title: c.title,
                href: pathOf(c.url),
              })),
            );
            await a11y.page('story');
          });
        }
      }
    }
  });
}
