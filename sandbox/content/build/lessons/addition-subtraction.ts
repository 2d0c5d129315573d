/** Addition and Subtraction: "Maya, Omar and Malik make a pizza!" */
import { img, p, ps, svgImage } from '../html';
import {
  card,
  continueCard,
  dragAndDrop,
  endCard,
  Items,
  itemSelection,
  MC,
  multipleChoice,
  Num,
  numericInput,
  Order,
  Set_,
  setInput,
  stay,
  Text,
  textInput,
} from '../interactions';
import type { Lesson } from '../oppia';

const CATEGORY = 'Mathematics';

const pizza = svgImage(
  '20240402_094512',
  '1688e4eb08',
  300,
  300,
  `<circle cx="150" cy="150" r="140" fill="#F5CBA7" stroke="#A04000" stroke-width="6"/>
<circle cx="150" cy="150" r="118" fill="#E74C3C"/>
<circle cx="110" cy="100" r="14" fill="#F7F9F9"/><circle cx="190" cy="115" r="14" fill="#F7F9F9"/>
<circle cx="150" cy="190" r="14" fill="#F7F9F9"/>
<circle cx="100" cy="170" r="10" fill="#1E8449"/><circle cx="200" cy="185" r="10" fill="#1E8449"/>`,
);

const slices = svgImage(
  '20240403_111709',
  '1fd344a527',
  360,
  140,
  `<rect width="360" height="140" fill="#FFFFFF"/>
${Array.from({ length: 12 }, (_, i) => {
  const x = 15 + (i % 6) * 57;
  const y = i < 6 ? 10 : 75;
  const eaten = i >= 7;
  return `<polygon points="${x},${y + 55} ${x + 25},${y} ${x + 50},${y + 55}" fill="${eaten ? '#D5D8DC' : '#F0B27A'}" stroke="#A04000"/>`;
}).join('\n')}`,
);

export const whatIsAddition: Lesson = {
  id: 'W0xq3jW5GzDF',
  title: 'What is Addition?',
  objective: 'Understand addition as putting groups together.',
  category: CATEGORY,
  tags: ['addition'],
  images: [pizza],
  cards: [
    continueCard(
      'Pizza night',
      p('Maya, Omar and Malik are making a pizza for their family.') +
        img(pizza, 'A pizza with mushrooms and olives') +
        p('Maya puts 3 mushrooms on the pizza. Then Omar adds 2 more.'),
      'Putting together',
    ),
    continueCard(
      'Putting together',
      ps(
        'When we put two groups together and count them all, we are <strong>adding</strong>.',
        'We write 3 + 2 = 5 and say "three plus two equals five". The answer is called the <strong>sum</strong>.',
      ),
      'How many mushrooms',
    ),
    card(
      'How many mushrooms',
      p('Malik adds 4 olives and then 3 more olives. How many olives are on the pizza?'),
      multipleChoice(
        [p('6'), p('7'), p('8'), p('43')],
        {
          responses: [
            { rules: [MC.is(1)], dest: 'Count on', feedback: p('Yes! 4 + 3 = 7.') },
            {
              rules: [MC.is(3)],
              dest: 'How many mushrooms',
              feedback: p('That just writes the numbers side by side. Count them all together.'),
            },
          ],
          otherwise: stay('How many mushrooms', p('Start at 4 and count on 3 more: 5, 6, ...')),
        },
        { shuffle: true },
      ),
    ),
    card(
      'Count on',
      p('Omar has 5 pepper slices and gets 4 more from the fridge. How many pepper slices now?'),
      numericInput(
        {
          responses: [{ rules: [Num.equals(9)], dest: 'Into the oven' }],
          otherwise: stay('Count on', p('Start at 5 and count on four times.')),
          solution: { answer: 9, explanation: p('5 + 4 = 9.'), exclusive: true },
        },
        { requireNonnegativeInput: true },
      ),
    ),
    endCard('Into the oven', p('The pizza goes into the oven. You have learned what addition is!')),
  ],
};

export const basicsOfAddition: Lesson = {
  id: 'Z6Kv0FlHV2LF',
  title: 'Basics of Addition',
  objective: 'Add single-digit numbers and find missing addends.',
  category: CATEGORY,
  tags: ['addition'],
  cards: [
    continueCard(
      'Order does not matter',
      ps(
        'Maya notices that 2 + 6 and 6 + 2 give the same sum, 8.',
        'You can add numbers in any order. Starting with the bigger number makes counting on quicker!',
      ),
      'Add eight and five',
    ),
    card(
      'Add eight and five',
      p('What is 8 + 5?'),
      numericInput({
        responses: [
          { rules: [Num.equals(13)], dest: 'Making ten', feedback: p('Correct, 13.') },
          {
            rules: [Num.between(11, 15)],
            dest: 'Add eight and five',
            feedback: p('Close! Count on from 8 carefully: 9, 10, 11, 12, 13.'),
          },
        ],
        otherwise: stay('Add eight and five', p('Start at 8 and count on 5.')),
      }),
    ),
    continueCard(
      'Making ten',
      p('Numbers that add up to 10 are handy: 1 + 9, 2 + 8, 3 + 7, 4 + 6 and 5 + 5.'),
      'Small numbers',
      { checkpoint: true },
    ),
    card(
      'Small numbers',
      p(
        'Malik adds a number to 7 and the sum is <strong>less than 10</strong>. List every whole number he could have added, starting from 0.',
      ),
      setInput(
        {
          responses: [
            {
              rules: [Set_.equals('0', '1', '2')],
              dest: 'Addition basics done',
              feedback: p('Exactly: 7 + 0, 7 + 1 and 7 + 2 are all less than 10.'),
            },
            {
              rules: [Set_.hasElementsNotIn('0', '1', '2')],
              dest: 'Small numbers',
              feedback: p('Some of those are too big: 7 + 3 is already 10.'),
            },
            {
              rules: [Set_.omitsElementsIn('0', '1', '2')],
              dest: 'Small numbers',
              feedback: p('You are missing some. Did you remember 0?'),
            },
          ],
          otherwise: stay('Small numbers', p('Add one number per box.')),
          solution: {
            answer: ['0', '1', '2'],
            explanation: p('7 + 3 = 10 is not less than 10, so only 0, 1 and 2 work.'),
          },
        },
        { buttonText: 'Add number' },
      ),
    ),
    endCard('Addition basics done', p('Well done! You know the basics of addition.')),
  ],
};

export const whatIsSubtraction: Lesson = {
  id: 'uDZWqs5tvaAs',
  title: 'What is Subtraction?',
  objective: 'Understand subtraction as taking away.',
  category: CATEGORY,
  tags: ['subtraction'],
  images: [slices],
  cards: [
    continueCard(
      'Pizza is ready',
      p('The pizza is cut into 12 slices. The family eats 5 of them.') +
        img(slices, 'Twelve pizza slices, five of them eaten') +
        p('How many slices are left?'),
      'Taking away',
    ),
    continueCard(
      'Taking away',
      ps(
        'When we take some away from a group, we are <strong>subtracting</strong>.',
        'We write 12 − 5 = 7 and say "twelve minus five equals seven".',
      ),
      'Slices left',
    ),
    card(
      'Slices left',
      p('Omar eats 2 of the 7 slices that are left. How many slices are left now?'),
      numericInput({
        responses: [
          { rules: [Num.equals(5)], dest: 'Name the answer', feedback: p('Right: 7 − 2 = 5.') },
          {
            rules: [Num.equals(9)],
            dest: 'Taking away',
            feedback: p("That adds the slices. Omar took slices away, let's look again."),
          },
        ],
        otherwise: stay('Slices left', p('Start at 7 and count back 2.')),
      }),
    ),
    card(
      'Name the answer',
      p('The answer to a subtraction has a special name. It starts with "d". What is it?'),
      textInput(
        {
          responses: [
            {
              rules: [Text.equals('difference')],
              dest: 'Subtraction done',
              feedback: p('Yes, the difference!'),
            },
            {
              rules: [Text.equals('sum')],
              dest: 'Name the answer',
              feedback: p('The sum is the answer to an addition.'),
            },
          ],
          otherwise: stay('Name the answer', p('Hint: how <em>different</em> are the two numbers?')),
          hints: [p('It is the noun of the word "different".')],
          solution: { answer: 'difference', explanation: p('12 − 5 = 7: 7 is the difference.') },
        },
        { placeholder: 'One word' },
      ),
    ),
    endCard('Subtraction done', p('Great! You know what subtraction is.')),
  ],
};

export const basicsOfSubtraction: Lesson = {
  id: 'IwFvuCmeyDEi',
  title: 'Basics of Subtraction',
  objective: 'Relate subtraction to addition using fact families.',
  category: CATEGORY,
  tags: ['subtraction', 'fact families'],
  cards: [
    continueCard(
      'Fact families',
      ps(
        'Addition and subtraction are opposites. The numbers 4, 9 and 13 make a <strong>fact family</strong>:',
        '4 + 9 = 13, 9 + 4 = 13, 13 − 4 = 9 and 13 − 9 = 4.',
      ),
      'Pick the family',
    ),
    card(
      'Pick the family',
      p('Select the two subtraction facts that belong to the family of 6 + 8 = 14.'),
      itemSelection(
        [p('14 − 6 = 8'), p('14 − 8 = 6'), p('8 − 6 = 2'), p('14 + 6 = 20')],
        2,
        2,
        {
          responses: [
            {
              rules: [Items.equals(0, 1)],
              dest: 'Missing number',
              feedback: p('Both use 6, 8 and 14.'),
            },
          ],
          otherwise: stay('Pick the family', p('A fact family only uses the numbers 6, 8 and 14.')),
        },
      ),
    ),
    card(
      'Missing number',
      p('Maya has some grapes. After eating 6 she has 9 left. How many did she start with?'),
      numericInput({
        responses: [
          { rules: [Num.equals(15)], dest: 'Check it', feedback: p('Yes: 9 + 6 = 15.') },
          {
            rules: [Num.atMost(9)],
            dest: 'Missing number',
            feedback: p('She had more at the start than at the end!'),
          },
        ],
        otherwise: stay('Missing number', p('Use addition: 9 + 6.')),
      }),
    ),
    card(
      'Check it',
      p('Which addition checks that 15 − 6 = 9 is right?'),
      multipleChoice(
        [p('9 + 6 = 15'), p('15 + 6 = 21'), p('9 − 6 = 3')],
        {
          responses: [{ rules: [MC.is(0)], dest: 'Subtraction basics done' }],
          otherwise: stay('Check it', p('Add the answer back to the number you took away.')),
        },
        { shuffle: true },
      ),
    ),
    endCard('Subtraction basics done', p('Well done! Fact families make subtraction easier.')),
  ],
};

export const addingLargerNumbers: Lesson = {
  id: 'gBhJsx42MzsI',
  title: 'Adding Larger Numbers',
  objective: 'Add three-digit numbers by lining up places and carrying.',
  category: CATEGORY,
  tags: ['addition', 'regrouping'],
  cards: [
    continueCard(
      'The pizza shop',
      ps(
        'Malik visits the pizza shop where his aunt works. On Friday she sold 347 slices, and on Saturday 285.',
        'To add big numbers, line up the ones, tens and hundreds, then add each place from the right. If a place adds up to 10 or more, <strong>carry</strong> the ten to the next place.',
      ),
      'Weekend slices',
    ),
    card(
      'Weekend slices',
      p('How many slices did she sell on Friday and Saturday together? (347 + 285)'),
      numericInput({
        responses: [
          { rules: [Num.equals(632)], dest: 'Rough check', feedback: p('Correct! 632 slices.') },
          {
            rules: [Num.equals(522)],
            dest: 'Weekend slices',
            feedback: p('It looks like you forgot to carry. 7 + 5 = 12: write 2, carry 1.'),
          },
        ],
        otherwise: stay('Weekend slices', p('Add the ones first: 7 + 5.')),
        hints: [p('Ones: 7 + 5 = 12. Tens: 4 + 8 + 1 = 13. Hundreds: 3 + 2 + 1 = 6.')],
        solution: { answer: 632, explanation: p('347 + 285 = 632.'), exclusive: true },
      }),
    ),
    card(
      'Rough check',
      p('Check with an estimate: about how much is 347 + 285? Any answer within 50 of the sum is fine.'),
      numericInput({
        responses: [
          {
            rules: [Num.within(50, 632)],
            dest: 'Larger sums done',
            feedback: p('Good estimate! 350 + 300 = 650 is close to 632.'),
          },
        ],
        otherwise: stay('Rough check', p('Round each number to the nearest hundred or fifty and add.')),
      }),
    ),
    endCard('Larger sums done', p('Great adding! You can add big numbers now.')),
  ],
};

export const subtractingLargeNumbers: Lesson = {
  id: 'dRjaoy7NQwip',
  title: 'Subtracting Large Numbers',
  objective: 'Subtract three-digit numbers by borrowing (regrouping).',
  category: CATEGORY,
  tags: ['subtraction', 'regrouping'],
  cards: [
    continueCard(
      'Cheese for pizzas',
      ps(
        'The shop had 503 grams of cheese and used 168 grams on pizzas. How much is left?',
        'When the top digit is smaller than the bottom one, <strong>borrow</strong> ten from the next place to the left.',
      ),
      'Steps in order',
    ),
    card(
      'Steps in order',
      p('Put the steps for working out 503 − 168 in order.'),
      dragAndDrop(
        [
          p('Borrow from the hundreds, because there are no tens'),
          p('Subtract the ones: 13 − 8'),
          p('Subtract the hundreds: 4 − 1'),
          p('Subtract the tens: 9 − 6'),
        ],
        {
          responses: [
            { rules: [Order.is(0, 1, 3, 2)], dest: 'Cheese left' },
            {
              rules: [Order.before(2, 1)],
              dest: 'Steps in order',
              feedback: p('We always start with the ones place, not the hundreds.'),
            },
          ],
          otherwise: stay('Steps in order', p('Borrowing comes first, then work from the right.')),
          solution: {
            answer: [0, 1, 3, 2],
            explanation: p('Borrow, then subtract ones, tens and hundreds.'),
          },
        },
      ),
    ),
    card(
      'Cheese left',
      p('So, how many grams of cheese are left? (503 − 168)'),
      numericInput({
        responses: [
          { rules: [Num.equals(335)], dest: 'Larger differences done', feedback: p('Yes, 335 g.') },
          {
            rules: [Num.equals(465)],
            dest: 'Cheese for pizzas',
            feedback: p('That subtracts the smaller digit from the bigger one in each place. Borrow instead!'),
          },
        ],
        otherwise: stay('Cheese left', p('Check: your answer plus 168 should be 503.')),
      }),
    ),
    endCard('Larger differences done', p('Well done! You can subtract big numbers.')),
  ],
};

export const pizzaPartyProblems: Lesson = {
  id: 'IzuN5JFwtYah',
  title: 'Pizza Party Word Problems',
  objective: 'Decide whether to add or subtract in word problems.',
  category: CATEGORY,
  tags: ['addition', 'subtraction', 'word problems'],
  cards: [
    continueCard(
      'Party planning',
      p(
        'Maya, Omar and Malik are throwing a pizza party. Word problems tell a story; first decide whether the story puts things together or takes them away.',
      ),
      'Add or subtract',
    ),
    card(
      'Add or subtract',
      p(
        '24 friends are invited and 9 cannot come. Should we add or subtract to find how many come? Type your answer.',
      ),
      textInput({
        responses: [
          { rules: [Text.startsWith('sub')], dest: 'Guests coming', feedback: p('Yes, some are taken away.') },
          {
            rules: [Text.startsWith('add')],
            dest: 'Add or subtract',
            feedback: p('The 9 friends are taken away from the 24 invited.'),
          },
        ],
        otherwise: stay('Add or subtract', p('Answer "add" or "subtract".')),
      }),
    ),
    card(
      'Guests coming',
      p('How many friends come to the party?'),
      numericInput({
        responses: [{ rules: [Num.equals(15)], dest: 'Party done' }],
        otherwise: stay('Guests coming', p('24 − 9 = ?')),
      }),
    ),
    endCard('Party done', p('What a party! You solved the word problems.')),
  ],
};
