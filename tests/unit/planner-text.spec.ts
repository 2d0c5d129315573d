import { expect, test } from '@playwright/test';
import { describeAnswer, htmlToText } from '../../planner';
import type { ItemRef } from '../../planner';
import { choiceFace, hasVisibleContent } from '../../planner/text';

const words = (text: string): ItemRef => ({ by: 'words', words: text });
/** Choice HTML as Oppia stores it: component args are HTML-escaped JSON. */
const image = (file: string, alt: string, caption = '') =>
  `<oppia-noninteractive-image alt-with-value="&amp;quot;${alt}&amp;quot;" caption-with-value="&amp;quot;${caption}&amp;quot;" filepath-with-value="&amp;quot;${file}&amp;quot;"></oppia-noninteractive-image>`;
const formula = (latex: string) =>
  `<oppia-noninteractive-math math_content-with-value="{&amp;quot;raw_latex&amp;quot;:&amp;quot;${latex}&amp;quot;,&amp;quot;svg_filename&amp;quot;:&amp;quot;mathImg_1.svg&amp;quot;}"></oppia-noninteractive-math>`;

test.describe('htmlToText', () => {
  test('strips tags, decodes entities and collapses whitespace', () => {
    expect(htmlToText('<p>Ten &amp; <b>one</b></p>')).toBe('Ten & one');
    expect(htmlToText('<p>  3&nbsp;&times;&nbsp;4\n = 12 </p>')).toBe('3 × 4 = 12');
    expect(htmlToText('&lt;tag&gt; &quot;q&quot; &#39;s&#39; &#x2013; &hellip;')).toBe(
      '<tag> "q" \'s\' – …',
    );
  });

  test('inline tags join letters, block tags and <br> separate words', () => {
    expect(htmlToText('<p>Te<em>n</em></p>')).toBe('Ten');
    expect(htmlToText('<p>One</p><p>Two</p>')).toBe('One Two');
    expect(htmlToText('Line<br>break<br/>here')).toBe('Line break here');
    expect(htmlToText('<ul><li>a</li><li>b</li></ul>')).toBe('a b');
  });

  test('rich-text components and comments have no text; unknown entities stay as written', () => {
    expect(
      htmlToText(
        '<p><oppia-noninteractive-image alt-with-value="&quot;x&quot;"></oppia-noninteractive-image></p>',
      ),
    ).toBe('');
    expect(htmlToText('<!-- note --><p>Hi</p>')).toBe('Hi');
    expect(htmlToText('A &madeup; B')).toBe('A &madeup; B');
  });

  test('visible feedback: text or a rich-text component, not blank markup', () => {
    expect(hasVisibleContent('')).toBe(false);
    expect(hasVisibleContent('<p> &nbsp; </p>')).toBe(false);
    expect(hasVisibleContent('<p>Good</p>')).toBe(true);
    expect(
      hasVisibleContent(
        '<oppia-noninteractive-math math_content-with-value="{}"></oppia-noninteractive-math>',
      ),
    ).toBe(true);
  });
});

test.describe('describeAnswer', () => {
  test('says in a few words what the learner did', () => {
    expect(describeAnswer({ kind: 'NumericInput', text: '42' })).toBe('entered 42');
    expect(describeAnswer({ kind: 'FractionInput', text: '-1 2/3' })).toBe('entered -1 2/3');
    expect(describeAnswer({ kind: 'TextInput', text: 'Paris' })).toBe('entered “Paris”');
    expect(
      describeAnswer({ kind: 'MultipleChoiceInput', choiceIndex: 2, choice: words('Ten') }),
    ).toBe('chose “Ten”');
    expect(describeAnswer({ kind: 'ItemSelectionInput', choices: [words('A'), words('B')] })).toBe(
      'selected “A”, “B”',
    );
    expect(describeAnswer({ kind: 'Continue', buttonText: 'Continue' })).toBe('clicked “Continue”');
    expect(describeAnswer({ kind: 'SetInput', items: ['1', '2'] })).toBe(
      'entered the set “1”, “2”',
    );
    expect(
      describeAnswer({
        kind: 'DragAndDropSortInput',
        ordered: [[words('a')], [words('b'), words('c')]],
      }),
    ).toBe('ordered “a” > “b” + “c”');
    expect(describeAnswer({ kind: 'ImageClickInput', x: 0.2, y: 0.3, region: 'hundreds' })).toBe(
      'clicked region “hundreds”',
    );
    expect(describeAnswer({ kind: 'ImageClickInput', x: 0.9, y: 0.9, region: '' })).toBe(
      'clicked outside every region',
    );
    expect(describeAnswer({ kind: 'MathEquationInput', text: 'y=2*x' })).toBe('entered y=2*x');
  });
});

test.describe('choices that are not words', () => {
  test('a picture is read by its alt text, a formula by its LaTeX, captions are words', () => {
    expect(choiceFace(`<p>${image('a.png', 'three apples')}</p>`)).toEqual({
      words: '',
      name: 'three apples',
      shows: 'picture',
    });
    expect(choiceFace(image('a.png', ''))).toEqual({ words: '', name: '', shows: 'picture' });
    expect(choiceFace(formula('\\\\frac{1}{2}'))).toEqual({
      words: '',
      name: '\\frac{1}{2}',
      shows: 'formula',
    });
    expect(choiceFace(`<p>Apples</p>${image('a.png', 'red apples', 'Fig. 1')}`)).toEqual({
      words: 'Apples Fig. 1',
      name: 'Apples red apples Fig. 1',
      shows: 'mixed',
    });
  });

  test('the answer says how the learner found the choice', () => {
    const chose = (choice: ItemRef) =>
      describeAnswer({ kind: 'MultipleChoiceInput', choiceIndex: 0, choice });
    expect(chose({ by: 'name', name: 'three apples', shows: 'picture' })).toBe(
      'chose the picture “three apples”',
    );
    expect(chose({ by: 'name', name: 'x^2', shows: 'formula' })).toBe('chose the formula “x^2”');
    expect(chose({ by: 'name', name: 'Apples red apples', shows: 'mixed' })).toBe(
      'chose the choice named “Apples red apples”',
    );
    expect(chose({ by: 'position', position: 2 })).toBe(
      'chose the second choice (found by its place)',
    );
  });
});
