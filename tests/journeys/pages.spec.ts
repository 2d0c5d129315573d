import { expect, test } from '../../fixtures';
import { journeyAnnotation } from '../../fixtures/journey-meta';
import { snapshot } from './walk-data';

/**
 * The pages a learner passes on the way to a chapter show exactly what the target's own API says:
 * the classroom its published topics, each topic its stories, each story its chapters in order,
 * each linking where Oppia's frontend links it.
 */
const pathOf = (url: string): string => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

for (const classroom of snapshot.classrooms) {
  test.describe(classroom.name, () => {
    test(
      'classroom page lists its published topics',
      { annotation: journeyAnnotation({ kind: 'classroom', classroom: classroom.name, title: `${classroom.name} classroom`, url: classroom.url }), tag: '@page' },
      async ({ gotoClassroom, evidence }) => {
        await evidence.explainFailures(async () => {
          const page = await gotoClassroom(classroom);
          expect(await page.topicEntries()).toEqual(
            classroom.publishedTopics.map((t) => ({
              name: t.name,
              href: `/learn/${classroom.urlFragment}/${t.urlFragment}`,
            })),
          );
        });
      },
    );

    for (const topic of classroom.topics) {
      test.describe(topic.name, () => {
        test(
          'topic page lists its stories',
          { annotation: journeyAnnotation({ kind: 'topic', classroom: classroom.name, topic: topic.name, title: `${topic.name} topic`, url: topic.url }), tag: '@page' },
          async ({ gotoTopic, evidence }) => {
            await evidence.explainFailures(async () => {
              const page = await gotoTopic(classroom, topic);
              expect(await page.storyTitles()).toEqual(topic.storyTitles);
            });
          },
        );

        for (const story of topic.stories) {
          test(
            `${story.title} › story page lists its chapters in order`,
            { annotation: journeyAnnotation({ kind: 'story', classroom: classroom.name, topic: topic.name, story: story.title, title: `${story.title} story`, url: story.url }), tag: '@page' },
            async ({ gotoStory, evidence }) => {
              await evidence.explainFailures(async () => {
                const page = await gotoStory(classroom, topic, story);
                const entries = await page.chapterEntries();
                expect(entries).toHaveLength(story.publishedChapterCount);
                const shown = entries.filter((e) => story.chapters.some((c) => c.number === e.number));
                expect(shown).toEqual(
                  story.chapters.map((c) => ({ number: c.number, title: c.title, href: pathOf(c.url) })),
                );
              });
            },
          );
        }
      });
    }
  });
}
