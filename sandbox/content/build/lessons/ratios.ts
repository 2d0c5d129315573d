/** Ratios and Proportional Reasoning: "Rahul's Smoothie Recipes". */
import { img, p, ps, svgImage } from '../html';
import {
  card,
  continueCard,
  endCard,
  MC,
  multipleChoice,
  Num,
  numberWithUnits,
  numericInput,
  qty,
  Ratio,
  ratioExpression,
  stay,
  Text,
  textInput,
  Units,
} from '../interactions';
import type { Lesson } from '../oppia';

const CATEGORY = 'Mathematics';

const smoothieCups = svgImage(
  '20240901_080000',
  'c4a8ace644',
  360,
  140,
  `<rect width="360" height="140" fill="#FFFFFF"/>
${[0, 1, 2, 3, 4]
  .map((i) => {
    const x = 20 + i * 68;
    const color = i < 2 ? '#F5B7B1' : '#F9E79F';
    return `<path d="M${x},20 L${x + 50},20 L${x + 42},120 L${x + 8},120 Z" fill="${color}" stroke="#5D6D7E"/>`;
  })
  .join('\n')}`,
);

export const whatIsARatio: Lesson = {
  id: 'ZuE6TBuRazQl',
  title: 'What is a Ratio?',
  objective: 'Use a ratio to compare two quantities.',
  category: CATEGORY,
  tags: ['ratios'],
  images: [smoothieCups],
  cards: [
    continueCard(
      'Smoothie time',
      p('Rahul makes smoothies for his friends. His favourite recipe uses 2 cups of strawberries and 3 cups of banana:') +
        img(smoothieCups, 'Two cups of strawberries and three cups of banana') +
        p('A <strong>ratio</strong> compares amounts. The ratio of strawberries to banana is 2:3.'),
      'Write the ratio',
    ),
    card(
      'Write the ratio',
      p('Rahul\'s mango smoothie uses 4 cups of mango and 1 cup of yogurt. Write the ratio of mango to yogurt, like 2:3.'),
      ratioExpression(
        {
          responses: [
            { rules: [Ratio.equals(4, 1)], dest: 'Read the ratio', feedback: p('Yes: 4 to 1.') },
            {
              rules: [Ratio.equals(1, 4)],
              dest: 'Write the ratio',
              feedback: p('Mango comes first in "mango to yogurt".'),
            },
          ],
          otherwise: stay('Write the ratio', p('Write the mango amount, a colon, then the yogurt amount.')),
          solution: { answer: [4, 1], explanation: p('4 cups of mango to 1 cup of yogurt: 4:1.') },
        },
        { numberOfTerms: 2, placeholder: 'e.g. 2:3' },
      ),
    ),
    card(
      'Read the ratio',
      p('How do we read the ratio 4:1?'),
      multipleChoice(
        [p('"four to one"'), p('"four divided one"'), p('"forty-one"')],
        {
          responses: [{ rules: [MC.is(0)], dest: 'Ratio done' }],
          otherwise: stay('Read the ratio', p('A colon in a ratio is read as "to".')),
        },
        { shuffle: true },
      ),
    ),
    endCard('Ratio done', p('Great! You know what a ratio is.')),
  ],
};

export const orderMatters: Lesson = {
  id: 'Jzjxvncm3IKu',
  title: 'Order Matters in Ratios',
  objective: 'See that the order of the terms in a ratio matters.',
  category: CATEGORY,
  tags: ['ratios'],
  cards: [
    continueCard(
      'Swapped recipe',
      ps(
        'Rahul\'s friend Ivy made the strawberry-banana smoothie with 3 cups of strawberries and 2 of banana. It tasted very different!',
        'The ratio 2:3 is not the same as 3:2: the order of the terms matters.',
      ),
      'Banana to strawberry',
    ),
    card(
      'Banana to strawberry',
      p('In Rahul\'s recipe (2 cups strawberries, 3 cups banana), what is the ratio of <strong>banana to strawberries</strong>?'),
      ratioExpression({
        responses: [
          { rules: [Ratio.equals(3, 2)], dest: 'Explain it' },
          {
            rules: [Ratio.equals(2, 3)],
            dest: 'Swapped recipe',
            feedback: p("That is strawberries to banana. Let's think about order again."),
          },
        ],
        otherwise: stay('Banana to strawberry', p('Banana first, then strawberries.')),
      }),
    ),
    card(
      'Explain it',
      p('Complete the sentence: "In a ratio, the order of the terms ..."'),
      textInput(
        {
          responses: [
            { rules: [Text.contains('matter', 'important')], dest: 'Order done', feedback: p('Exactly.') },
            {
              rules: [Text.contains("doesn't", 'does not')],
              dest: 'Explain it',
              feedback: p('Remember Ivy\'s smoothie: swapping the order changed it.'),
            },
          ],
          otherwise: stay('Explain it', p('Does swapping the order change the recipe?')),
        },
        { rows: 2, placeholder: '... matters / does not matter' },
      ),
    ),
    endCard('Order done', p('Well done! Order matters in ratios.')),
  ],
};

export const equivalentRatios: Lesson = {
  id: 'Vfb4XxLJENo5',
  title: 'Equivalent Ratios',
  objective: 'Scale a ratio up or down to find equivalent ratios.',
  category: CATEGORY,
  tags: ['ratios', 'equivalent ratios'],
  cards: [
    continueCard(
      'Party size',
      ps(
        'For a party, Rahul doubles his recipe: 4 cups of strawberries and 6 of banana.',
        '4:6 tastes exactly like 2:3. Multiplying both terms by the same number gives an <strong>equivalent ratio</strong>.',
      ),
      'Scale it',
    ),
    card(
      'Scale it',
      p('Write a ratio equivalent to 2:3 with bigger numbers.'),
      ratioExpression({
        responses: [
          {
            rules: [Ratio.equals(2, 3)],
            dest: 'Scale it',
            feedback: p('That is the same ratio. Multiply both terms by a number.'),
          },
          { rules: [Ratio.equivalent(2, 3)], dest: 'Missing term', feedback: p('Tasty and correct!') },
          {
            rules: [Ratio.termCount(3)],
            dest: 'Scale it',
            feedback: p('Use two terms, like the original ratio.'),
          },
        ],
        otherwise: stay('Scale it', p('Try multiplying both 2 and 3 by 3.')),
        solution: { answer: [6, 9], explanation: p('2 × 3 : 3 × 3 = 6:9.') },
      }),
    ),
    card(
      'Missing term',
      p('Strawberries to banana must stay 2:3. With 10 cups of strawberries, how many cups of banana are needed?'),
      numericInput({
        responses: [
          { rules: [Num.equals(15)], dest: 'Equivalent ratios done', feedback: p('Yes: 2:3 = 10:15.') },
          {
            rules: [Num.equals(11)],
            dest: 'Party size',
            feedback: p("Adding 1 does not keep the ratio. Let's look at scaling again."),
          },
        ],
        otherwise: stay('Missing term', p('2 × 5 = 10, so 3 × 5 = ?')),
      }),
    ),
    endCard('Equivalent ratios done', p('Great! You can scale ratios.')),
  ],
};

export const simplestForm: Lesson = {
  id: 'nq4e06ZSN6H5',
  title: 'Writing Ratios in Simplest Form',
  objective: 'Simplify ratios by dividing by a common factor.',
  category: CATEGORY,
  tags: ['ratios', 'simplifying'],
  cards: [
    continueCard(
      'Simplify',
      p('To simplify a ratio, divide every term by the same number until no common factor is left: 12:8 = 3:2.'),
      'Common factor',
    ),
    card(
      'Common factor',
      p('What is the greatest number that divides both 15 and 20?'),
      numericInput({
        responses: [
          { rules: [Num.equals(5)], dest: 'Simplest form' },
          {
            rules: [Num.equals(1)],
            dest: 'Common factor',
            feedback: p('1 divides everything. Is there a bigger one?'),
          },
        ],
        otherwise: stay('Common factor', p('Try the numbers that divide 15: 1, 3, 5, 15.')),
      }),
    ),
    card(
      'Simplest form',
      p('Rahul used 15 cups of milk and 20 cups of oats this month. Write the ratio of milk to oats in simplest form.'),
      ratioExpression(
        {
          responses: [
            { rules: [Ratio.equals(3, 4)], dest: 'Simplest done', feedback: p('Yes, divide both by 5.') },
            {
              rules: [Ratio.equivalent(3, 4)],
              dest: 'Simplest form',
              feedback: p('That is equivalent, but not the simplest form yet.'),
            },
          ],
          otherwise: stay('Simplest form', p('Find a number that divides both 15 and 20.')),
        },
        { numberOfTerms: 2 },
      ),
    ),
    endCard('Simplest done', p('Well done! Your ratios are nice and simple.')),
  ],
};

export const combiningRatios: Lesson = {
  id: 'qB7eriupkBP0',
  title: 'Combining Ratios',
  objective: 'Work with three-term ratios and amounts with units.',
  category: CATEGORY,
  tags: ['ratios', 'measurement'],
  cards: [
    continueCard(
      'Triple berry',
      ps(
        'Rahul\'s triple berry smoothie mixes raspberries, blueberries and juice in the ratio 2:3:5.',
        'Ratios can compare more than two amounts!',
      ),
      'Three terms',
    ),
    card(
      'Three terms',
      p('Ivy uses 4 cups of raspberries, 6 of blueberries and 10 of juice. Write her ratio in simplest form.'),
      ratioExpression(
        {
          responses: [
            { rules: [Ratio.equals(2, 3, 5)], dest: 'Juice needed', feedback: p('Same recipe as Rahul!') },
            {
              rules: [Ratio.termCount(2)],
              dest: 'Three terms',
              feedback: p('There are three ingredients, so use three terms.'),
            },
            {
              rules: [Ratio.termIs(1, 4)],
              dest: 'Three terms',
              feedback: p('4:6:10 can be simplified. Divide every term by 2.'),
            },
          ],
          otherwise: stay('Three terms', p('Divide all three terms by 2.')),
        },
        { numberOfTerms: 3 },
      ),
    ),
    card(
      'Juice needed',
      p('One glass needs 250 ml of juice. How much juice do 4 glasses need? Include the unit.'),
      numberWithUnits({
        responses: [
          {
            rules: [Units.equivalent(qty(1000, ['ml', 1]))],
            dest: 'Smoothies done',
            feedback: p('Yes: 1000 ml, which is 1 litre.'),
          },
        ],
        otherwise: stay('Juice needed', p('4 × 250 = ? Then write ml.')),
        solution: { answer: qty(1000, ['ml', 1]), explanation: p('4 × 250 ml = 1000 ml.') },
      }),
    ),
    endCard('Smoothies done', p('Rahul\'s smoothie stand is a hit. Congratulations!')),
  ],
};
