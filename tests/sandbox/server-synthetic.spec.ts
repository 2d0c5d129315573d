import { expect, test } from '@playwright/test';
import { explorationFromData } from '../../sandbox/content-loader/exploration';
import type { SandboxContent, StateDict } from '../../sandbox/content-loader';
import { startSandbox } from '../../sandbox/server';
import { generateSyntheticContent, syntheticInteractions } from '../../sandbox/synthetic';
import { START_TIMEOUT_MS, getAdmin, getOppia } from './server-helpers';

/** `--synthetic N`: deterministic generated catalogs, quick to build, and playable. */

function publishedChapters(content: SandboxContent) {
  return content.classrooms.flatMap((c) =>
    c.topics
      .filter((t) => t.is_published && c.is_published)
      .flatMap((t) =>
        t.stories.flatMap((s) => s.chapters.filter((ch) => ch.status === 'Published')),
      ),
  );
}

const ENTITY_ID = /^[a-zA-Z0-9_-]{1,12}$/;
const URL_FRAGMENT = /^[a-z]+(-[a-z]+)*$/;

test('N chapters are N published chapters in several classrooms, stories of 3 to 8', () => {
  const content = generateSyntheticContent(200, 1);
  expect(publishedChapters(content)).toHaveLength(200);
  expect(content.classrooms.length).toBeGreaterThan(1);
  const problems: string[] = [];
  for (const classroom of content.classrooms) {
    if (!URL_FRAGMENT.test(classroom.url_fragment))
      problems.push(`classroom ${classroom.url_fragment}`);
    for (const topic of classroom.topics) {
      if (!URL_FRAGMENT.test(topic.url_fragment) || topic.url_fragment.length > 20) {
        problems.push(`topic fragment ${topic.url_fragment}`);
      }
      for (const story of topic.stories) {
        if (!URL_FRAGMENT.test(story.url_fragment) || story.url_fragment.length > 30) {
          problems.push(`story fragment ${story.url_fragment}`);
        }
        const published = story.chapters.filter((c) => c.status === 'Published').length;
        if (published < 3 || published > 8)
          problems.push(`${story.title}: ${published} published chapters`);
      }
    }
  }
  expect(problems).toEqual([]);
  const topics = content.classrooms.flatMap((c) => c.topics);
  const stories = topics.flatMap((t) => t.stories);
  const unique = (values: string[]) => new Set(values).size === values.length;
  expect(unique(topics.map((t) => t.name)), 'topic names').toBe(true);
  expect(unique(topics.map((t) => t.url_fragment)), 'topic fragments').toBe(true);
  expect(unique(stories.map((s) => s.url_fragment)), 'story fragments').toBe(true);
  expect(unique(stories.map((s) => s.title)), 'story titles').toBe(true);
  for (const s of stories)
    expect(unique(s.chapters.map((c) => c.title)), `chapter titles of ${s.title}`).toBe(true);
  expect(
    unique([
      ...topics.map((t) => t.id),
      ...stories.map((s) => s.id),
      ...content.explorations.keys(),
    ]),
  ).toBe(true);
});

test('the same count and seed give the same catalog; another seed another one', () => {
  const dump = (n: number, seed: number) => {
    const c = generateSyntheticContent(n, seed);
    return JSON.stringify({ classrooms: c.classrooms, explorations: [...c.explorations.values()] });
  };
  expect(dump(120, 7)).toBe(dump(120, 7));
  expect(dump(120, 7)).not.toBe(dump(120, 8));
});

// Real-size lessons hold about five times the cards of the small ones, hence their own budget.
for (const [lessons, budgetMs] of [
  ['small', 500],
  ['real', 1000],
] as const) {
  test(`1000 chapters of ${lessons} lessons are generated in under ${budgetMs} ms of CPU`, () => {
    // CPU time, best of three: other work on a busy machine must not decide the result.
    const cpuMs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = process.cpuUsage();
      const content = generateSyntheticContent(1000, 3 + run, lessons);
      const used = process.cpuUsage(started);
      cpuMs.push((used.user + used.system) / 1000);
      expect(publishedChapters(content)).toHaveLength(1000);
    }
    expect(Math.min(...cpuMs)).toBeLessThan(budgetMs);
  });
}

for (const lessons of ['real', 'small'] as const) {
  test.describe(`every generated exploration (${lessons} lessons)`, () => {
    const content = generateSyntheticContent(300, 5, lessons);
    const explorations = [...content.explorations.values()];
    const [min, max] = lessons === 'real' ? [18, 30] : [4, 8];

    // Problems are gathered and asserted once: thousands of single expects would be slow.
    test(`passes the content loader checks and has ${min} to ${max} cards ending on EndExploration`, () => {
      const problems: string[] = [];
      for (const exp of explorations) {
        if (!ENTITY_ID.test(exp.id)) problems.push(`${exp.id}: not an Oppia id`);
        try {
          explorationFromData(
            { ...exp.metadata, ...exp.player, schema_version: 62 },
            exp.id,
            exp.id,
          );
        } catch (error) {
          problems.push(String(error));
        }
        const states = Object.values(exp.player.states);
        if (states.length < min || states.length > max)
          problems.push(`${exp.id}: ${states.length} cards`);
        if (exp.player.states[exp.player.init_state_name]?.interaction.id !== 'Continue') {
          problems.push(`${exp.id}: first card is not a Continue card`);
        }
        const ends = states.filter((s) => s.interaction.id === 'EndExploration').length;
        if (ends !== 1) problems.push(`${exp.id}: ${ends} EndExploration cards`);
        for (const [name, state] of Object.entries(exp.player.states)) {
          for (const o of [
            ...state.interaction.answer_groups.map((g) => g.outcome),
            ...(state.interaction.default_outcome ? [state.interaction.default_outcome] : []),
          ]) {
            if (!(o.dest in exp.player.states))
              problems.push(`${exp.id}/${name}: no card ${o.dest}`);
            const stuck = o.dest_if_really_stuck;
            if (stuck !== null && !(stuck in exp.player.states))
              problems.push(`${exp.id}/${name}: no stuck card ${stuck}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    test('questions have a correct answer group onward and a wrong-answer loop with feedback', () => {
      const problems: string[] = [];
      for (const exp of explorations) {
        for (const [name, state] of Object.entries(exp.player.states)) {
          const id = state.interaction.id;
          if (id === 'Continue' || id === 'EndExploration') continue;
          const where = `${exp.id}/${name} (${id})`;
          const [correct] = state.interaction.answer_groups;
          if (!correct || correct.outcome.dest === name || !correct.outcome.labelled_as_correct) {
            problems.push(`${where}: the first answer group does not lead on as correct`);
          }
          const loop = state.interaction.default_outcome;
          if (loop?.dest !== name || !loop.feedback.html)
            problems.push(`${where}: no wrong-answer loop with feedback`);
          const wrongAnswer = correctAnswerProblem(state);
          if (wrongAnswer) problems.push(`${where}: ${wrongAnswer}`);
        }
      }
      expect(problems).toEqual([]);
    });

    test('together they use every interaction the generator offers', () => {
      const used = new Set(
        explorations.flatMap((e) => Object.values(e.player.states).map((s) => s.interaction.id)),
      );
      expect([...used].sort()).toEqual(syntheticInteractions(lessons).sort());
    });

    if (lessons === 'real') {
      test('real lessons average 20 cards or more and carry the shapes real lessons have', () => {
        const sizes = explorations.map((e) => Object.keys(e.player.states).length);
        expect(sizes.reduce((a, b) => a + b, 0) / sizes.length).toBeGreaterThanOrEqual(20);
        const states = explorations.flatMap((e) =>
          Object.entries(e.player.states).map(([name, state]) => ({ exp: e, name, state })),
        );
        const count = (pred: (s: (typeof states)[number]) => boolean) => states.filter(pred).length;
        const choices = (s: StateDict): string[] =>
          (
            (s.interaction.customization_args['choices']?.value ?? []) as Array<{ html: string }>
          ).map((c) => c.html);
        const onlyImage = (h: string) =>
          /^<oppia-noninteractive-image [^>]*><\/oppia-noninteractive-image>$/.test(h);
        const onlyMath = (h: string) =>
          /^<p><oppia-noninteractive-math [^>]*><\/oppia-noninteractive-math><\/p>$/.test(h);
        const found = {
          pictureChoices: count((s) => choices(s.state).some(onlyImage)),
          formulaChoices: count((s) => choices(s.state).some(onlyMath)),
          multiItem: count(
            (s) =>
              s.state.interaction.customization_args['allowMultipleItemsInSamePosition']?.value ===
              true,
          ),
          tabs: count((s) => s.state.content.html.includes('<oppia-noninteractive-tabs ')),
          collapsibles: count((s) =>
            s.state.content.html.includes('<oppia-noninteractive-collapsible '),
          ),
          videos: count((s) => s.state.content.html.includes('<oppia-noninteractive-video ')),
          skillReviews: count((s) =>
            s.state.content.html.includes('<oppia-noninteractive-skillreview '),
          ),
          loopsBack: count((s) =>
            s.state.interaction.answer_groups.some(
              (g) => g.outcome.dest !== s.name && !g.outcome.labelled_as_correct,
            ),
          ),
          stuck: count((s) => s.state.interaction.default_outcome?.dest_if_really_stuck != null),
          checkpoints: count((s) => s.state.card_is_checkpoint && s.name !== 'Introduction'),
        };
        for (const [shape, n] of Object.entries(found)) expect(n, shape).toBeGreaterThan(20);
      });
    }
  });
}

const plain = (html: string) => Number(html.replace(/<[^>]+>/g, ''));

/** Whether the correct group's rule really answers the question asked (null when it does). */
function correctAnswerProblem(state: StateDict): string | null {
  const rule = state.interaction.answer_groups[0]?.rule_specs[0];
  const args = state.interaction.customization_args;
  switch (state.interaction.id) {
    case 'NumericInput': {
      const [, a, b] = /What is (\d+) \+ (\d+)\?/.exec(state.content.html) ?? [];
      const sum = Number(a) + Number(b);
      return rule?.inputs['x'] === sum && state.interaction.solution?.correct_answer === sum
        ? null
        : `expected ${sum}, rule says ${JSON.stringify(rule?.inputs)}`;
    }
    case 'MultipleChoiceInput': {
      const htmls = (args['choices']?.value as Array<{ html: string }>).map((c) => c.html);
      const chosen = htmls[rule?.inputs['x'] as number] ?? '';
      const shape = /Which picture shows a (\w+)\?/.exec(state.content.html)?.[1];
      if (shape) {
        const sides = { triangle: 3, square: 4, pentagon: 5, hexagon: 6 }[shape];
        return chosen.includes(`A shape with ${sides} sides`) ? null : `${shape}: wrong picture`;
      }
      const target = /Which expression equals (\d+)\?/.exec(state.content.html)?.[1];
      if (target) {
        const latex = /raw_latex&amp;quot;:&amp;quot;(.*?)&amp;quot;/.exec(chosen)?.[1] ?? '';
        const [a, b] = latex.split('\\\\times ').map(Number);
        return (a ?? 0) * (b ?? 0) === Number(target) ? null : `${latex} is not ${target}`;
      }
      const choices = htmls.map(plain);
      return choices[rule?.inputs['x'] as number] === Math.max(...choices)
        ? null
        : `choice ${String(rule?.inputs['x'])} is not the largest`;
    }
    case 'ItemSelectionInput': {
      const choices = args['choices']?.value as Array<{ content_id: string; html: string }>;
      if (state.content.html.includes('every shape with four sides')) {
        const four = choices
          .filter((c) => c.html.includes('A shape with 4 sides'))
          .map((c) => c.content_id);
        return JSON.stringify(rule?.inputs['x']) === JSON.stringify(four)
          ? null
          : 'the selected pictures are not the four-sided shapes';
      }
      const even = choices.filter((c) => plain(c.html) % 2 === 0).map((c) => c.content_id);
      return JSON.stringify(rule?.inputs['x']) === JSON.stringify(even)
        ? null
        : 'the selected choices are not the even ones';
    }
    default:
      return rule ? null : 'no rule';
  }
}

test('a synthetic sandbox serves its catalog, images and scenario victims', async () => {
  test.setTimeout(START_TIMEOUT_MS);
  const sandbox = await startSandbox({ synthetic: 30, seed: 4, quiet: true });
  try {
    expect(sandbox.chapterCount).toBe(30);
    const summary = (await getOppia(sandbox.url, '/all_classrooms_summary')).body as {
      all_classrooms_summary: Array<{ url_fragment: string }>;
    };
    expect(summary.all_classrooms_summary.length).toBeGreaterThanOrEqual(1);
    const scenarios = (
      await getAdmin<
        Array<{ name: string; breaks: { chapters: Array<{ explorationId: string }> } }>
      >(sandbox.url, '/_sandbox/scenarios')
    ).body;
    for (const name of ['player-exception', 'image-404', 'dead-end', 'place-values-500']) {
      expect(scenarios.find((s) => s.name === name)?.breaks.chapters.length, name).toBeGreaterThan(
        0,
      );
    }
    const victim = scenarios.find((s) => s.name === 'image-404')?.breaks.chapters[0]
      ?.explorationId as string;
    const init = (await getOppia(sandbox.url, `/explorehandler/init/${victim}`)).body as {
      exploration: { states: Record<string, { content: { html: string } }> };
    };
    const html = Object.values(init.exploration.states)
      .map((s) => s.content.html)
      .join('');
    const file = /filepath-with-value="&amp;quot;([^&]+)&amp;quot;"/.exec(html)?.[1];
    const image = await fetch(
      `${sandbox.url}/assetsdevhandler/exploration/${victim}/assets/image/${file}`,
    );
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
  } finally {
    await sandbox.close();
  }
});
