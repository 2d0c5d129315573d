import { expect, test as base } from '@playwright/test';
import { interactionFor } from '../../page-objects/interactions';
import type { ItemRef } from '../../planner';
import { cannedHandlers } from '../support/sandbox-web-fixtures';
import type { ExplorationPlayerDict } from '../../sandbox/web/player/types';
import { type StaticSandbox, startStaticSandbox } from '../../sandbox/web/dev/static-server';

/**
 * Choices that are not words and drag and drop with several items per position, in the sandbox's
 * player (tests/support/sandbox-web-fixtures.ts CHOICES), driven by the suite's page objects: the sandbox
 * renders them as Oppia's templates do, and the page objects find and move them as a learner.
 */
const test = base.extend<{ sandbox: StaticSandbox }>({
  sandbox: async ({}, use) => {
    const sandbox = await startStaticSandbox({ handlers: cannedHandlers(), cardDelayMs: 0 });
    await use(sandbox);
    await sandbox.close();
  },
});

const ASSETS = '/assetsdevhandler/exploration/choices00001/assets/image';
const words = (text: string): ItemRef => ({ by: 'words', words: text });

test('pictures and formulas render as Oppia does; a learner picks and groups them', async ({
  page,
  sandbox,
}) => {
  await page.goto(`${sandbox.url}/explore/choices00001`);
  const host = page.locator('oppia-interaction-display.e2e-test-conversation-input');
  const options = host.locator('button.multiple-choice-option');
  await expect(options).toHaveCount(3);

  // image.component.html: figure > div > img[alt] + figcaption, the caption there even if empty.
  const apples = options.filter({ has: page.getByAltText('three apples') });
  await expect(apples.locator('figure > div > img.e2e-test-image')).toHaveAttribute(
    'src',
    `${ASSETS}/apples.svg`,
  );
  await expect(apples.locator('figure > div > figcaption.text-center')).toHaveText('');
  // math.component.html: the formula's SVG without alt; the element keeps its LaTeX.
  const math = options.locator('oppia-noninteractive-math');
  await expect(math.locator('span > img.e2e-test-math-svg')).toHaveAttribute(
    'src',
    `${ASSETS}/mathImg_half.svg`,
  );
  await expect(math.locator('img')).not.toHaveAttribute('alt');
  await expect(math).toHaveAttribute('math_content-with-value', /raw_latex/);
  await expect(options).toHaveText(['', '', '']);

  await interactionFor('MultipleChoiceInput', host, page).answer({
    kind: 'MultipleChoiceInput',
    choiceIndex: 1,
    choice: { by: 'name', name: 'three apples', shows: 'picture' },
  });

  // Several items per position: groups [[], [a], [], [b], [], [c], []] as `.child-dnd-<idx>`.
  const dnd = host.locator('oppia-interactive-drag-and-drop-sort-input');
  await expect(dnd.locator('.child-dnd')).toHaveCount(7);
  await expect(dnd.locator('.child-dnd-1 .child-dnd-border .child-dnd-item-box')).toHaveText('1/2');
  await expect(dnd.locator('.child-dnd-2 .child-dnd-borderless')).toBeEmpty();

  const sort = interactionFor('DragAndDropSortInput', host, page);
  // HasElementXAtPositionY(0.25, 1): the learner stays, with that group's feedback.
  await sort.answer({
    kind: 'DragAndDropSortInput',
    ordered: [[words('0.25')], [words('1/2'), words('0.5')]],
  });
  await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText('Largest first.');
  await expect(dnd.locator('.child-dnd')).toHaveCount(5);

  // IsEqualToOrdering([[1/2, 0.5], [0.25]]): on to the end, from where the last try left them.
  await sort.answer({
    kind: 'DragAndDropSortInput',
    ordered: [[words('0.5'), words('1/2')], [words('0.25')]],
  });
  await expect(page.locator('.e2e-test-conversation-content').last()).toContainText('Done.');
});

test('drags an item onto a group scrolled out of view: both are brought on screen first', async ({
  page,
  sandbox,
}) => {
  // Short enough that centring the bottom item (as a plain scroll into view does) leaves the top
  // gap above the screen; tall enough to show both at once.
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto(`${sandbox.url}/explore/choices00001`);
  const host = page.locator('oppia-interaction-display.e2e-test-conversation-input');
  await interactionFor('MultipleChoiceInput', host, page).answer({
    kind: 'MultipleChoiceInput',
    choiceIndex: 1,
    choice: { by: 'name', name: 'three apples', shows: 'picture' },
  });
  const dnd = host.locator('oppia-interactive-drag-and-drop-sort-input');
  await expect(dnd.locator('.child-dnd')).toHaveCount(7);
  // The last item to a position of its own at the top: a drag from the bottom to gap 0.
  await interactionFor('DragAndDropSortInput', host, page).answer({
    kind: 'DragAndDropSortInput',
    ordered: [[words('0.25')], [words('1/2'), words('0.5')]],
  });
  await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText('Largest first.');
});

test('a tall list in a short window: an item goes up in steps, both ends of each on screen', async ({
  page,
  sandbox,
}) => {
  // Eight positions of about 100px in a 400px window: the bottom item and the top gap are far
  // more than a window apart, so no single drag can point at both; nor can a learner's.
  const numbers = ['1', '2', '3', '4', '5', '6', '7', '8'];
  const id = (n: string) => `ca_choices_${Number(n) - 1}`;
  const wanted = [['8'], ['6', '7'], ['5'], ['2', '3', '4'], ['1']];
  const init = structuredClone(cannedHandlers()['/explorehandler/init/choices00001']!.body) as {
    exploration: ExplorationPlayerDict;
    exploration_id: string;
  };
  init.exploration_id = 'tallsort0001';
  init.exploration.init_state_name = 'Group';
  const { interaction } = init.exploration.states['Group']!;
  interaction.customization_args = {
    choices: { value: numbers.map((n) => ({ content_id: id(n), html: `<p>${n}</p>` })) },
    allowMultipleItemsInSamePosition: { value: true },
  };
  interaction.answer_groups = interaction.answer_groups.slice(0, 1);
  interaction.answer_groups[0]!.rule_specs = [
    { rule_type: 'IsEqualToOrdering', inputs: { x: wanted.map((g) => g.map(id)) } },
  ];
  sandbox.setHandler('/explorehandler/init/tallsort0001', { body: init });

  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto(`${sandbox.url}/explore/tallsort0001`);
  const host = page.locator('oppia-interaction-display.e2e-test-conversation-input');
  const dnd = host.locator('oppia-interactive-drag-and-drop-sort-input');
  await expect(dnd.locator('.child-dnd')).toHaveCount(2 * numbers.length + 1);
  const bottom = await dnd.locator('.child-dnd-item-box').last().boundingBox();
  const top = await dnd.locator('.child-dnd-0').boundingBox();
  expect(bottom!.y - top!.y, 'the list should be taller than the window').toBeGreaterThan(400);

  await interactionFor('DragAndDropSortInput', host, page).answer({
    kind: 'DragAndDropSortInput',
    ordered: wanted.map((g) => g.map(words)),
  });
  // IsEqualToOrdering on exactly these positions: on to the end card.
  await expect(page.locator('.e2e-test-conversation-content').last()).toContainText('Done.');
});
