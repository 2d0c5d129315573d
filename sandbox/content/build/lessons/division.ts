/** Division: "Sharing Snacks at the Fair". */
import { img, p, ps, svgImage } from '../html';
import {
  card,
  continueCard,
  dragAndDrop,
  endCard,
  MC,
  multipleChoice,
  Num,
  numberWithUnits,
  numericInput,
  Order,
  qty,
  stay,
  Text,
  textInput,
  Units,
} from '../interactions';
import type { Lesson } from '../oppia';

const CATEGORY = 'Mathematics';

const cookiePlates = svgImage(
  '20240601_120000',
  '99c9589d19',
  360,
  130,
  `<rect width="360" height="130" fill="#FEF5E7"/>
${[0, 1, 2]
  .map((plate) => {
    const cx = 60 + plate * 120;
    const cookies = [0, 1, 2, 3]
      .map((c) => `<circle cx="${cx - 27 + c * 18}" cy="65" r="8" fill="#A0522D"/>`)
      .join('');
    return `<ellipse cx="${cx}" cy="70" rx="52" ry="30" fill="#FFFFFF" stroke="#7F8C8D"/>${cookies}`;
  })
  .join('\n')}`,
);

export const whatIsDivision: Lesson = {
  id: 'qTrKO04jR9Gf',
  title: 'What is Division?',
  objective: 'Understand division as sharing equally.',
  category: CATEGORY,
  tags: ['division'],
  images: [cookiePlates],
  cards: [
    continueCard(
      'At the fair',
      ps(
        'Ana, Ben and Chloe are at the school fair with a bag of 12 cookies.',
        'They want to share the cookies <strong>equally</strong>, so that everyone gets the same number.',
      ),
      'Sharing equally',
    ),
    continueCard(
      'Sharing equally',
      p('They put one cookie on each plate at a time until the bag is empty:') +
        img(cookiePlates, 'Three plates with four cookies each') +
        p('Each friend gets 4 cookies. We write 12 ÷ 3 = 4 and say "twelve divided by three is four".'),
      'Share the grapes',
    ),
    card(
      'Share the grapes',
      p('They buy 15 grapes and share them equally among the 3 of them. How many grapes each?'),
      numericInput({
        responses: [
          { rules: [Num.equals(5)], dest: 'Division words', feedback: p('Yes, 15 ÷ 3 = 5.') },
          {
            rules: [Num.equals(45)],
            dest: 'Sharing equally',
            feedback: p("That multiplies. When we share, each person gets fewer. Let's look again."),
          },
        ],
        otherwise: stay('Share the grapes', p('Put 15 grapes into 3 equal groups.')),
        solution: { answer: 5, explanation: p('3 groups of 5 make 15.'), exclusive: true },
      }),
    ),
    card(
      'Division words',
      p('In 12 ÷ 3 = 4, what is the 4 called?'),
      multipleChoice(
        [p('The quotient'), p('The divisor'), p('The dividend')],
        {
          responses: [
            { rules: [MC.is(0)], dest: 'Division done', feedback: p('Right: the answer is the quotient.') },
            {
              rules: [MC.is(1)],
              dest: 'Division words',
              feedback: p('The divisor is the number we divide by: 3.'),
            },
          ],
          otherwise: stay('Division words', p('The dividend is the number being shared: 12.')),
        },
        { shuffle: true },
      ),
    ),
    endCard('Division done', p('Great sharing! You know what division is.')),
  ],
};

export const divisionAndMultiplication: Lesson = {
  id: '0IjnG0ylLB8n',
  title: 'Division and Multiplication',
  objective: 'Use multiplication facts to divide.',
  category: CATEGORY,
  tags: ['division', 'multiplication'],
  cards: [
    continueCard(
      'Opposites',
      ps(
        'Division undoes multiplication. Since 6 × 7 = 42, we know 42 ÷ 7 = 6 and 42 ÷ 6 = 7.',
      ),
      'Which operation',
    ),
    card(
      'Which operation',
      p('Which operation can you use to check a division?'),
      textInput(
        {
          responses: [
            {
              rules: [Text.fuzzyEquals('multiplication', 'multiply', 'times')],
              dest: 'Use the fact',
            },
          ],
          otherwise: stay('Which operation', p('Think of the opposite of dividing.')),
        },
        { catchMisspellings: true },
      ),
    ),
    card(
      'Use the fact',
      p('8 × 9 = 72. What is 72 ÷ 8?'),
      numericInput({
        responses: [{ rules: [Num.equals(9)], dest: 'Opposites done', feedback: p('Yes, 9!') }],
        otherwise: stay('Use the fact', p('Which number times 8 makes 72?')),
      }),
    ),
    endCard('Opposites done', p('Well done! Multiplication facts help you divide.')),
  ],
};

export const remainders: Lesson = {
  id: 'GGovEmOhC24m',
  title: 'Remainders',
  objective: 'Divide when things do not share out exactly.',
  category: CATEGORY,
  tags: ['division', 'remainders'],
  cards: [
    continueCard(
      'Leftover balloons',
      ps(
        'The friends win 17 balloons and share them among 5 classmates. Each gets 3, and 2 are left over.',
        'The 2 left over is called the <strong>remainder</strong>: 17 ÷ 5 = 3 remainder 2.',
      ),
      'Find the remainder',
    ),
    card(
      'Find the remainder',
      p('23 tickets are shared among 4 friends. How many tickets are left over?'),
      numericInput(
        {
          responses: [
            { rules: [Num.equals(3)], dest: 'Too big a remainder', feedback: p('Yes: 4 × 5 = 20, and 3 are left.') },
            {
              rules: [Num.equals(5)],
              dest: 'Find the remainder',
              feedback: p('5 is how many each friend gets. How many are left over?'),
            },
            {
              rules: [Num.atLeast(4)],
              dest: 'Leftover balloons',
              feedback: p('If 4 or more were left, each friend could get one more!'),
            },
          ],
          otherwise: stay('Find the remainder', p('Take away 4 at a time until you cannot.')),
        },
        { requireNonnegativeInput: true },
      ),
    ),
    card(
      'Too big a remainder',
      p('When dividing by 6, which of these could <strong>not</strong> be a remainder?'),
      multipleChoice(
        [p('0'), p('3'), p('5'), p('7')],
        {
          responses: [{ rules: [MC.is(3)], dest: 'Remainders done', feedback: p('Right: 7 is more than 6.') }],
          otherwise: stay('Too big a remainder', p('A remainder is always smaller than the divisor.')),
        },
        { shuffle: true },
      ),
    ),
    endCard('Remainders done', p('Great! You understand remainders.')),
  ],
};

export const longDivision: Lesson = {
  id: 's7IaEvjMFSRM',
  title: 'Long Division',
  objective: 'Divide larger numbers step by step.',
  category: CATEGORY,
  tags: ['division', 'long division'],
  cards: [
    continueCard(
      'Big bag of popcorn',
      ps(
        'The popcorn stand has 156 bags to share among 12 classes.',
        'Long division repeats four steps: divide, multiply, subtract, bring down.',
      ),
      'Order the steps',
    ),
    card(
      'Order the steps',
      p('Put the steps of long division in order.'),
      dragAndDrop([p('Subtract'), p('Divide'), p('Bring down the next digit'), p('Multiply')], {
        responses: [
          { rules: [Order.is(1, 3, 0, 2)], dest: 'Bags per class', feedback: p('Divide, multiply, subtract, bring down.') },
          {
            rules: [Order.at(1, 1)],
            dest: 'Order the steps',
            feedback: p('Good start with divide. Check the order of the rest.'),
          },
        ],
        otherwise: stay('Order the steps', p('The first step is "Divide".')),
        solution: { answer: [1, 3, 0, 2], explanation: p('Divide, multiply, subtract, bring down.') },
      }),
    ),
    card(
      'Bags per class',
      p('How many bags does each class get? (156 ÷ 12)'),
      numericInput({
        responses: [
          { rules: [Num.equals(13)], dest: 'Long division done', feedback: p('Correct: 12 × 13 = 156.') },
          {
            rules: [Num.between(10, 16)],
            dest: 'Bags per class',
            feedback: p('Close. Check by multiplying your answer by 12.'),
          },
        ],
        otherwise: stay('Bags per class', p('15 ÷ 12 = 1 remainder 3; bring down the 6.')),
        hints: [p('12 × 10 = 120, and 156 − 120 = 36.')],
      }),
    ),
    endCard('Long division done', p('Excellent! You can do long division.')),
  ],
};

export const dividingByTen: Lesson = {
  id: '3SFTewKBfcfz',
  title: 'Dividing by 10 and 100',
  objective: 'Divide by 10 and 100 and work with units.',
  category: CATEGORY,
  tags: ['division', 'measurement'],
  cards: [
    continueCard(
      'Moving digits right',
      ps(
        'Dividing by 10 moves every digit one place to the <strong>right</strong>: 470 ÷ 10 = 47.',
        'Dividing by 100 moves every digit two places: 4,700 ÷ 100 = 47.',
      ),
      'Divide by hundred',
    ),
    card(
      'Divide by hundred',
      p('What is 3,200 ÷ 100?'),
      numericInput({
        responses: [
          { rules: [Num.equals(32)], dest: 'Share the popcorn' },
          {
            rules: [Num.equals(320)],
            dest: 'Divide by hundred',
            feedback: p('That is 3,200 ÷ 10. Move the digits two places.'),
          },
        ],
        otherwise: stay('Divide by hundred', p('Take two zeros off the end.')),
      }),
    ),
    card(
      'Share the popcorn',
      p('5 kg of popcorn is shared equally into 10 bags. How much popcorn is in each bag? Include the unit.'),
      numberWithUnits({
        responses: [
          {
            rules: [Units.equivalent(qty(0.5, ['kg', 1]))],
            dest: 'Fair done',
            feedback: p('Yes: 0.5 kg, which is 500 g.'),
          },
          {
            rules: [Units.equals(qty(50, ['kg', 1]))],
            dest: 'Share the popcorn',
            feedback: p('That multiplies by 10. We are sharing, so divide.'),
          },
        ],
        otherwise: stay('Share the popcorn', p('5 ÷ 10 = ? Write kg or g after it.')),
        solution: { answer: qty(500, ['g', 1]), explanation: p('5 kg = 5000 g, and 5000 ÷ 10 = 500 g.') },
      }),
    ),
    endCard('Fair done', p('The fair is over. Thanks for helping share the snacks!')),
  ],
};
