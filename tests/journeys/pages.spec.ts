import type { SnapshotTopic } from '../../catalog/snapshot';
import { expect, test } from '../../fixtures';
import { journeyAnnotation } from '../../fixtures/journey-meta';
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

for (const classroom of snapshot.classrooms) {
  test.describe(classroom.name, () => {
    const classroomProblem = problemFor({ kind: 'classroom', classroom: classroom.urlFragment });

    test(
      'classroom page lists its published topics',
      {
        annotation: journeyAnnotation({
          kind: 'classroom',
          classroom: classroom.name,
          title: `${classroom.name} classroom`,
          url: classroom.url,
        }),
        tag: '@page',
      },
      async ({ gotoClassroom, evidence, page: tab, a11y }) => {
        await evidence.explainFailures(async () => {
          const answered = waitForAnswer(tab, classroomProblem);
          const page = await gotoClassroom(classroom);
          if (classroomProblem) {
            await answered;
            throw discoveryFailure(classroomProblem);
          }
          await expect
            .poll(() => page.topicEntries())
            .toEqual(
              classroom.publishedTopics.map((t) => ({
                name: t.name,
                href: `/learn/${classroom.urlFragment}/${t.urlFragment}`,
              })),
            );
          await a11y.page('classroom'); // a11y: the classroom page
        });
      },
    );

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

        test(
          'topic page lists its stories',
          {
            annotation: journeyAnnotation({
              kind: 'topic',
              classroom: classroom.name,
              topic: topic.name,
              title: `${topic.name} topic`,
              url: topic.url,
            }),
            tag: '@page',
          },
          async ({ gotoTopic, evidence, page: tab, a11y }) => {
            await evidence.explainFailures(async () => {
              const answered = waitForAnswer(tab, topicProblem);
              const page = await gotoTopic(classroom, topic);
              if (topicProblem || !topic.storyTitles) {
                await answered;
                throw discoveryFailure(topicProblem!);
              }
              await expect.poll(() => page.storyTitles()).toEqual(topic.storyTitles);
              await a11y.page('topic'); // a11y: the topic page
            });
          },
        );
      });
    }

    for (const topic of classroom.topics) {
      for (const story of topic.stories) {
        const ref = {
          kind: 'story' as const,
          classroom: classroom.urlFragment,
          topic: topic.urlFragment,
          story: story.urlFragment,
        };
        const storyProblem = problemFor(ref);

        test(
          `${topic.name} › ${story.title} › story page lists its chapters in order`,
          {
            annotation: journeyAnnotation({
              kind: 'story',
              classroom: classroom.name,
              topic: topic.name,
              story: story.title,
              title: `${story.title} story`,
              url: story.url,
            }),
            tag: '@page',
          },
          async ({ gotoStory, evidence, page: tab, a11y }) => {
            await evidence.explainFailures(async () => {
              const answered = waitForAnswer(tab, storyProblem);
              const page = await gotoStory(classroom, topic, story);
              if (storyProblem) {
                await answered;
                throw discoveryFailure(storyProblem);
              }
              // Every published chapter is listed; the ones this walk covers link where discovery says.
              await expect
                .poll(async () => (await page.chapterEntries()).length, {
                  message: 'chapters listed',
                })
                .toBe(story.publishedChapterCount);
              const walked = (await page.chapterEntries()).filter((e) =>
                story.chapters.some((c) => c.number === e.number),
              );
              expect(walked).toEqual(
                story.chapters.map((c) => ({
                  number: c.number,
                  title: c.title,
                  href: pathOf(c.url),
                })),
              );
              await a11y.page('story'); // a11y: the story page
            });
          },
        );
      }
    }
  });
}
