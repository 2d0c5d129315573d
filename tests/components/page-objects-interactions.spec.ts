import { expect, test, type Page } from '@playwright/test';
import type { Answer, ItemRef } from '../../planner';
import { interactionFor, movesToReach } from '../../page-objects/interactions';

/**
 * Each interaction component against a static page that mirrors Oppia's markup (tests/brief DOM
 * contract): the page's Submit button records what the interaction holds, so each test checks what
 * a learner would have submitted.
 */

const HOST = 'oppia-interaction-display.e2e-test-conversation-input';

/**
 * Renders `interaction` inside the interaction host, plus Oppia's generic Submit button that pushes
 * `readAnswer()` (defined by `script`) onto `window.submissions`.
 */
async function showCard(page: Page, interaction: string, script: string): Promise<void> {
  await page.setContent(`
    <oppia-interaction-display class="e2e-test-conversation-input">${interaction}</oppia-interaction-display>
    <div class="oppia-progress-nav">
      <button class="e2e-test-submit-answer-button oppia-learner-submit-answer-button">Submit</button>
    </div>
    <script>
      window.submissions = [];
      ${script}
      document.querySelector('.e2e-test-submit-answer-button')
        .addEventListener('click', () => window.submissions.push(readAnswer()));
    </script>`);
}

async function enter(page: Page, interactionId: string, answer: Answer): Promise<unknown[]> {
  await interactionFor(interactionId, page.locator(HOST), page).answer(answer);
  return page.evaluate(() => (window as unknown as { submissions: unknown[] }).submissions);
}

const words = (text: string): ItemRef => ({ by: 'words', words: text });
const PIXEL = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>')}`;
/** A picture as Oppia's image component renders it (image.component.html). */
const picture = (alt: string) =>
  `<oppia-noninteractive-image><figure><div><img class="center-element-horizontally e2e-test-image" src="${PIXEL}" alt="${alt}"><figcaption class="text-center"></figcaption></div></figure></oppia-noninteractive-image>`;
/** A formula as Oppia renders it: an image without alt; the LaTeX stays in the attribute. */
const formula = (latex: string) =>
  `<oppia-noninteractive-math math_content-with-value="{&amp;quot;raw_latex&amp;quot;:&amp;quot;${JSON.stringify(latex).slice(1, -1)}&amp;quot;,&amp;quot;svg_filename&amp;quot;:&amp;quot;m.svg&amp;quot;}"><span><img class="e2e-test-math-svg" src="${PIXEL}"></span></oppia-noninteractive-math>`;

const textOf = `const textOf = (el) => el.innerText.replace(/\\s+/g, ' ').trim();`;

test.describe('interactionFor', () => {
  test('an unknown interaction id is an error naming it and the supported ones', ({ page }) => {
    expect(() => interactionFor('GraphInput', page.locator(HOST), page)).toThrow(
      /No page component for interaction “GraphInput”\. Supported: Continue, MultipleChoiceInput, .*EndExploration/,
    );
  });

  test('a component refuses an answer of another kind', async ({ page }) => {
    await showCard(page, '<oppia-interactive-numeric-input></oppia-interactive-numeric-input>', '');
    await expect(enter(page, 'NumericInput', { kind: 'TextInput', text: '4' })).rejects.toThrow(
      'The NumericInput interaction cannot enter a TextInput answer',
    );
  });
});

test.describe('MultipleChoiceInput', () => {
  const options = (texts: string[]) =>
    `<oppia-interactive-multiple-choice-input>${texts
      .map(
        (
          html,
        ) => `<div class="multiple-choice-option-container e2e-test-multiple-choice-option-container">
          <button class="multiple-choice-option"><oppia-rte-output-display class="e2e-test-multiple-choice-option">${html}</oppia-rte-output-display></button>
        </div>`,
      )
      .join('')}</oppia-interactive-multiple-choice-input>`;
  const script = `${textOf}
    document.querySelectorAll('button.multiple-choice-option').forEach((b) => b.addEventListener('click', () => {
      document.querySelectorAll('.selected').forEach((s) => s.classList.remove('selected'));
      b.classList.add('selected');
    }));
    const readAnswer = () => textOf(document.querySelector('.selected'));`;

  test('chooses the option by its text, wherever the shuffle put it', async ({ page }) => {
    await showCard(page, options(['<p>100</p>', '<p>10</p>', '<p>1 <b>000</b></p>']), script);
    const chosen: Answer = { kind: 'MultipleChoiceInput', choiceIndex: 0, choice: words('10') };
    expect(await enter(page, 'MultipleChoiceInput', chosen)).toEqual(['10']);
  });

  test('matches text with several inline elements after whitespace normalisation', async ({
    page,
  }) => {
    await showCard(page, options(['<p>100</p>', '<p>1   <b>000</b></p>']), script);
    const chosen: Answer = {
      kind: 'MultipleChoiceInput',
      choiceIndex: 2,
      choice: words(' 1 000 '),
    };
    expect(await enter(page, 'MultipleChoiceInput', chosen)).toEqual(['1 000']);
  });

  test('an option that is not shown is an error listing the options', async ({ page }) => {
    await showCard(page, options(['<p>100</p>', '<p>10</p>']), script);
    const chosen: Answer = { kind: 'MultipleChoiceInput', choiceIndex: 0, choice: words('1') };
    await expect(enter(page, 'MultipleChoiceInput', chosen)).rejects.toThrow(
      'No choices reading “1”; shown: “100”, “10”.',
    );
  });

  // Which button was clicked: its place among the shown buttons.
  const placeScript = `
    const buttons = [...document.querySelectorAll('button.multiple-choice-option')];
    buttons.forEach((b) => b.addEventListener('click', () => { window.picked = buttons.indexOf(b); }));
    const readAnswer = () => window.picked;`;
  const chose = (choice: ItemRef): Answer => ({
    kind: 'MultipleChoiceInput',
    choiceIndex: 0,
    choice,
  });

  test('chooses a picture by its alt text, and a formula by its LaTeX', async ({ page }) => {
    await showCard(
      page,
      options([picture('two pears'), picture('three apples'), formula('\\frac{1}{2}')]),
      placeScript,
    );
    const apples = chose({ by: 'name', name: 'three apples', shows: 'picture' });
    expect(await enter(page, 'MultipleChoiceInput', apples)).toEqual([1]);
    const half = chose({ by: 'name', name: '\\frac{1}{2}', shows: 'formula' });
    expect(await enter(page, 'MultipleChoiceInput', half)).toEqual([1, 2]);
  });

  test('tells apart the same words by their pictures, and finds a picture without alt', async ({
    page,
  }) => {
    await showCard(
      page,
      options([`<p>Fruit</p>${picture('pears')}`, `<p>Fruit</p>${picture('apples')}`, picture('')]),
      placeScript,
    );
    const apples = chose({ by: 'name', name: 'Fruit apples', shows: 'mixed' });
    expect(await enter(page, 'MultipleChoiceInput', apples)).toEqual([1]);
    const blank = chose({ by: 'name', name: '', shows: 'picture' });
    expect(await enter(page, 'MultipleChoiceInput', blank)).toEqual([1, 2]);
  });

  test('chooses by place when the plan says the order is fixed', async ({ page }) => {
    await showCard(page, options([picture(''), picture('')]), placeScript);
    expect(
      await enter(page, 'MultipleChoiceInput', chose({ by: 'position', position: 2 })),
    ).toEqual([1]);
  });

  test('two pictures with the same alt are an error listing the names', async ({ page }) => {
    await showCard(page, options([picture('apples'), picture('apples')]), placeScript);
    const apples = chose({ by: 'name', name: 'apples', shows: 'picture' });
    await expect(enter(page, 'MultipleChoiceInput', apples)).rejects.toThrow(
      '2 choices named “apples” (picture); shown: “apples”, “apples”.',
    );
  });
});

test.describe('ItemSelectionInput', () => {
  const checkboxes = (texts: string[], ticked: string[] = []) =>
    `<oppia-interactive-item-selection-input>${texts
      .map(
        (text) => `<div class="e2e-test-item-selection-input-container">
          <label class="e2e-test-item-selection-input-item">
            <mat-checkbox class="e2e-test-item-selection-input-checkbox"><input type="checkbox" ${ticked.includes(text) ? 'checked' : ''}></mat-checkbox>
            <span class="e2e-test-item-selection-option"><p>${text}</p></span>
          </label>
        </div>`,
      )
      .join('')}</oppia-interactive-item-selection-input>`;
  // As in Oppia, unticked boxes are disabled once maxAllowableSelectionCount (here 2) are ticked.
  const script = `${textOf}
    const boxes = [...document.querySelectorAll('.e2e-test-item-selection-input-container input')];
    const limit = () => {
      const full = boxes.filter((b) => b.checked).length >= 2;
      boxes.forEach((b) => { b.disabled = full && !b.checked; });
    };
    boxes.forEach((b) => b.addEventListener('change', limit));
    limit();
    const readAnswer = () => [...document.querySelectorAll('.e2e-test-item-selection-input-container')]
      .filter((c) => c.querySelector('input').checked)
      .map((c) => textOf(c.querySelector('.e2e-test-item-selection-option')));`;

  test('ticks exactly the wanted items, unticking what an earlier attempt left first', async ({
    page,
  }) => {
    await showCard(page, checkboxes(['Red', 'Green', 'Blue'], ['Green', 'Blue']), script);
    const answer: Answer = { kind: 'ItemSelectionInput', choices: [words('Green'), words('Red')] };
    expect(await enter(page, 'ItemSelectionInput', answer)).toEqual([['Red', 'Green']]);
  });

  test('with one allowed choice, clicks the multiple-choice style button', async ({ page }) => {
    await showCard(
      page,
      `<oppia-interactive-item-selection-input>
        <button class="multiple-choice-option">Red</button><button class="multiple-choice-option">Blue</button>
      </oppia-interactive-item-selection-input>`,
      `document.querySelectorAll('button.multiple-choice-option').forEach((b) =>
        b.addEventListener('click', () => { window.picked = b.innerText; }));
      const readAnswer = () => [window.picked];`,
    );
    const answer: Answer = { kind: 'ItemSelectionInput', choices: [words('Blue')] };
    expect(await enter(page, 'ItemSelectionInput', answer)).toEqual([['Blue']]);
  });

  test('ticks pictures by alt text and by place', async ({ page }) => {
    await showCard(
      page,
      checkboxes([picture('a cat'), picture(''), picture('')]),
      `const readAnswer = () => [...document.querySelectorAll('.e2e-test-item-selection-input-container')]
        .flatMap((c, i) => (c.querySelector('input').checked ? [i] : []));`,
    );
    const answer: Answer = {
      kind: 'ItemSelectionInput',
      choices: [
        { by: 'name', name: 'a cat', shows: 'picture' },
        { by: 'position', position: 3 },
      ],
    };
    expect(await enter(page, 'ItemSelectionInput', answer)).toEqual([[0, 2]]);
  });
});

test.describe('typed answers', () => {
  const typed: Array<{ id: string; markup: string; answer: Answer }> = [
    {
      id: 'NumericInput',
      markup:
        '<oppia-interactive-numeric-input><input class="e2e-test-float-form-input" value="7"></oppia-interactive-numeric-input>',
      answer: { kind: 'NumericInput', text: '-1.5' },
    },
    {
      id: 'TextInput',
      markup:
        '<oppia-interactive-text-input><textarea rows="3"></textarea></oppia-interactive-text-input>',
      answer: { kind: 'TextInput', text: 'place value' },
    },
    {
      id: 'FractionInput',
      markup:
        '<oppia-interactive-fraction-input><input class="e2e-test-fraction-input form-control"></oppia-interactive-fraction-input>',
      answer: { kind: 'FractionInput', text: '-1 2/3' },
    },
    {
      id: 'NumberWithUnits',
      markup: '<oppia-interactive-number-with-units><input></oppia-interactive-number-with-units>',
      answer: { kind: 'NumberWithUnits', text: '2 km / hr' },
    },
    {
      id: 'RatioExpressionInput',
      markup:
        '<oppia-interactive-ratio-expression-input><input></oppia-interactive-ratio-expression-input>',
      answer: { kind: 'RatioExpressionInput', text: '1:2:3' },
    },
  ];
  for (const { id, markup, answer } of typed) {
    test(`${id} types the text into its field and submits`, async ({ page }) => {
      await showCard(
        page,
        markup,
        `const readAnswer = () => document.querySelector('${HOST} input, ${HOST} textarea').value;`,
      );
      expect(await enter(page, id, answer)).toEqual(['text' in answer ? answer.text : '']);
    });
  }

  test('Submit left disabled (input rejected) fails with a message saying so', async ({ page }) => {
    await showCard(
      page,
      '<oppia-interactive-numeric-input><input class="e2e-test-float-form-input"></oppia-interactive-numeric-input>',
      `document.querySelector('.e2e-test-submit-answer-button').disabled = true;
       const readAnswer = () => null;`,
    );
    test.setTimeout(10_000);
    await expect(
      interactionFor('NumericInput', page.locator(HOST), page).answer({
        kind: 'NumericInput',
        text: '3',
      }),
    ).rejects.toThrow(/Submit should be enabled once the answer is entered/);
  });
});

test.describe('math expression editors', () => {
  for (const id of [
    'NumericExpressionInput',
    'AlgebraicExpressionInput',
    'MathEquationInput',
  ] as const) {
    test(`${id} clears the editor and types the expression`, async ({ page }) => {
      const tag = `oppia-interactive-${id.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase())}`;
      await showCard(
        page,
        `<${tag}><div class="e2e-test-guppy-div" tabindex="0">y+</div></${tag}>`,
        `const editor = document.querySelector('.e2e-test-guppy-div');
         editor.addEventListener('keydown', (e) => {
           if (e.key === 'Backspace') editor.textContent = editor.textContent.slice(0, -1);
           else if (e.key.length === 1) editor.textContent += e.key;
           e.preventDefault();
         });
         const readAnswer = () => editor.textContent;`,
      );
      expect(await enter(page, id, { kind: id, text: '(a+b)^2' })).toEqual(['(a+b)^2']);
    });
  }
});

test.describe('SetInput', () => {
  // The schema-based list editor as the sandbox-web helper verified it in Oppia.
  const listEditor = (values: string[]) => `<oppia-interactive-set-input>
    <div class="schema-based-list-editor"><form><table class="w-100">${values
      .map(
        (
          value,
        ) => `<tr id="e2e-test-schema-based-list-editor-table-row"><td class="e2e-test-schema-based-list-editor-table-data">
          <input type="text" class="form-control e2e-test-text-input" value="${value}">
          <button type="button" class="oppia-delete-list-entry-button e2e-test-delete-list-entry">x</button></td></tr>`,
      )
      .join('')}</table></form>
    <div class="oppia-new-tab-button-container"><button type="button">Add Item</button></div></div>
  </oppia-interactive-set-input>`;
  const script = `
    const table = document.querySelector('table');
    const row = () => { const r = table.querySelector('tr').cloneNode(true); r.querySelector('input').value = ''; return r; };
    const template = row();
    const wire = (r) => r.querySelector('button').addEventListener('click', () => r.remove());
    table.querySelectorAll('tr').forEach(wire);
    document.querySelector('.oppia-new-tab-button-container button').addEventListener('click', () => {
      const r = template.cloneNode(true); wire(r); table.appendChild(r); r.querySelector('input').focus();
    });
    const readAnswer = () => [...document.querySelectorAll('input.e2e-test-text-input')].map((i) => i.value);`;

  test('fills the first field, adds one field per further item, then submits', async ({ page }) => {
    await showCard(page, listEditor(['']), script);
    const answer: Answer = { kind: 'SetInput', items: ['2', '4', '6'] };
    expect(await enter(page, 'SetInput', answer)).toEqual([['2', '4', '6']]);
  });

  test('drops the fields an earlier attempt left over', async ({ page }) => {
    await showCard(page, listEditor(['1', '3', '5']), script);
    const answer: Answer = { kind: 'SetInput', items: ['2'] };
    expect(await enter(page, 'SetInput', answer)).toEqual([['2']]);
  });
});

test.describe('DragAndDropSortInput', () => {
  test('movesToReach plans ArrowUp presses from the shown order to the wanted one', () => {
    expect(movesToReach(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([]);
    expect(movesToReach(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([
      { from: 2, orderAfter: ['a', 'c', 'b'] },
      { from: 1, orderAfter: ['c', 'a', 'b'] },
    ]);
    const reversed = movesToReach(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a']);
    expect(reversed).toHaveLength(6);
    expect(reversed.at(-1)?.orderAfter).toEqual(['d', 'c', 'b', 'a']);
  });

  const sortable = (texts: string[]) => `<oppia-interactive-drag-and-drop-sort-input><form>
    <div class="drag-and-drop-sort-container"><div class="child-dnd-single-item">${texts
      .map(
        (
          text,
        ) => `<div class="child-dnd-item-box e2e-test-drag-and-drop-sort-item" tabindex="0" role="listitem">
          <oppia-rte-output-display><p>${text}</p></oppia-rte-output-display></div>`,
      )
      .join('')}</div></div></form></oppia-interactive-drag-and-drop-sort-input>`;
  // Oppia's handleKeyDown: ArrowUp/ArrowDown move the focused item one place; focus follows it.
  const script = `${textOf}
    const list = document.querySelector('.child-dnd-single-item');
    list.addEventListener('keydown', (e) => {
      const item = e.target.closest('.child-dnd-item-box');
      if (e.key === 'ArrowUp' && item.previousElementSibling) list.insertBefore(item, item.previousElementSibling);
      if (e.key === 'ArrowDown' && item.nextElementSibling) list.insertBefore(item.nextElementSibling, item);
      item.focus(); e.preventDefault();
    });
    const readAnswer = () => [...list.children].map(textOf);`;

  test('reorders with the keyboard into the wanted order, then submits', async ({ page }) => {
    await showCard(page, sortable(['1 ten', '5 ones', '3 hundreds', '2 thousands']), script);
    const ordered = [['2 thousands'], ['3 hundreds'], ['1 ten'], ['5 ones']].map((p) =>
      p.map(words),
    );
    expect(
      await enter(page, 'DragAndDropSortInput', { kind: 'DragAndDropSortInput', ordered }),
    ).toEqual([['2 thousands', '3 hundreds', '1 ten', '5 ones']]);
  });

  test('sorts pictures by their alt text', async ({ page }) => {
    await showCard(
      page,
      sortable([picture('one dot'), picture('two dots'), formula('3')]),
      `${script.replace('const readAnswer', 'const _unused')}
      const readAnswer = () => [...list.children].map((b) => b.querySelector('img').alt || 'formula');`,
    );
    const ordered: ItemRef[][] = [
      [{ by: 'name', name: '3', shows: 'formula' }],
      [{ by: 'name', name: 'two dots', shows: 'picture' }],
      [{ by: 'name', name: 'one dot', shows: 'picture' }],
    ];
    expect(
      await enter(page, 'DragAndDropSortInput', { kind: 'DragAndDropSortInput', ordered }),
    ).toEqual([['formula', 'two dots', 'one dot']]);
  });

  test('an item that is not shown is an error naming what is', async ({ page }) => {
    await showCard(page, sortable(['a', 'b']), script);
    const answer: Answer = { kind: 'DragAndDropSortInput', ordered: [[words('a')], [words('c')]] };
    await expect(enter(page, 'DragAndDropSortInput', answer)).rejects.toThrow(
      'No items reading “c”; shown: “a”, “b”.',
    );
  });
});

test('ImageClickInput clicks at the planned fractions of the image', async ({ page }) => {
  const svg = encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="teal"/></svg>',
  );
  await showCard(
    page,
    `<oppia-interactive-image-click-input><div class="oppia-interactive-image-click-input"><div class="image-click-container">
      <img class="oppia-image-click-img" src="data:image/svg+xml,${svg}"></div></div></oppia-interactive-image-click-input>`,
    `document.querySelector('img').addEventListener('click', (e) => {
       const box = e.target.getBoundingClientRect();
       window.submissions.push([(e.clientX - box.left) / box.width, (e.clientY - box.top) / box.height]);
     });
     const readAnswer = () => 'Submit must not be needed';`,
  );
  const answer: Answer = { kind: 'ImageClickInput', x: 0.25, y: 0.75, region: 'tens' };
  const [[x, y] = []] = (await enter(page, 'ImageClickInput', answer)) as Array<[number, number]>;
  expect(x).toBeCloseTo(0.25, 2);
  expect(y).toBeCloseTo(0.75, 2);
});

test('Continue clicks the card’s Continue button in the progress nav', async ({ page }) => {
  await page.setContent(`
    <oppia-interaction-display class="e2e-test-conversation-input"><oppia-interactive-continue></oppia-interactive-continue></oppia-interaction-display>
    <button class="e2e-test-continue-button oppia-learner-confirm-button" onclick="window.submissions.push('continued')">Let's go</button>
    <script>window.submissions = [];</script>`);
  expect(await enter(page, 'Continue', { kind: 'Continue', buttonText: "Let's go" })).toEqual([
    'continued',
  ]);
});

test('EndExploration takes no answer', async ({ page }) => {
  await expect(
    enter(page, 'EndExploration', { kind: 'Continue', buttonText: 'Continue' }),
  ).rejects.toThrow('The EndExploration card takes no answer');
});
