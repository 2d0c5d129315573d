/** Multiplication: "Kamal's Kite Shop" and "Multiplication at the Farmers' Market". */
import { img, p, ps, svgImage } from '../html';
import {
  card,
  Click,
  continueCard,
  endCard,
  Expr,
  imageClick,
  Items,
  itemSelection,
  MC,
  multipleChoice,
  Num,
  numberWithUnits,
  numericExpression,
  numericInput,
  qty,
  stay,
  Text,
  textInput,
  Units,
} from '../interactions';
import type { Lesson } from '../oppia';

const CATEGORY = 'Mathematics';

const kites = svgImage(
  '20240501_101010',
  '63b1e3afb2',
  360,
  150,
  `<rect width="360" height="150" fill="#EBF5FB"/>
${[0, 1, 2]
  .map((row) =>
    [0, 1, 2, 3]
      .map((col) => {
        const x = 50 + col * 80;
        const y = 20 + row * 42;
        return `<polygon points="${x},${y} ${x + 14},${y + 18} ${x},${y + 36} ${x - 14},${y + 18}" fill="#E74C3C"/>`;
      })
      .join(''),
  )
  .join('\n')}`,
);

const appleArrays = svgImage(
  '20240502_083015',
  '89f8e8b079',
  420,
  160,
  `<rect width="420" height="160" fill="#FDFEFE"/>
<rect x="5" y="5" width="130" height="150" rx="8" fill="#FDEDEC" stroke="#CB4335"/>
<rect x="145" y="5" width="130" height="150" rx="8" fill="#EAFAF1" stroke="#239B56"/>
<rect x="285" y="5" width="130" height="150" rx="8" fill="#FEF9E7" stroke="#B7950B"/>
${[
  [5, 2, 3],
  [145, 3, 4],
  [285, 2, 5],
]
  .map(([left, rows, cols]) =>
    Array.from({ length: (rows ?? 0) * (cols ?? 0) }, (_, i) => {
      const cx = (left ?? 0) + 20 + (i % (cols ?? 1)) * 22;
      const cy = 40 + Math.floor(i / (cols ?? 1)) * 30;
      return `<circle cx="${cx}" cy="${cy}" r="9" fill="#C0392B"/>`;
    }).join(''),
  )
  .join('\n')}`,
);

export const whatIsMultiplication: Lesson = {
  id: '4QluDB7ttliI',
  title: 'What is Multiplication?',
  objective: 'Understand multiplication as equal groups.',
  category: CATEGORY,
  tags: ['multiplication'],
  images: [kites],
  cards: [
    continueCard(
      'The kite shop',
      p('Kamal helps his grandmother in her kite shop. Today he hangs the new red kites in rows.') +
        img(kites, 'Three rows of four red kites'),
      'Equal groups',
    ),
    continueCard(
      'Equal groups',
      ps(
        'There are 3 rows with 4 kites in each row. We could add 4 + 4 + 4, or we can <strong>multiply</strong>: 3 × 4 = 12.',
        'Multiplication is a quick way to add equal groups.',
      ),
      'Count the kites',
    ),
    card(
      'Count the kites',
      p('Kamal hangs 5 rows of 3 kites. How many kites is that?'),
      numericInput({
        responses: [
          { rules: [Num.equals(15)], dest: 'Repeated addition', feedback: p('Yes: 5 × 3 = 15.') },
          {
            rules: [Num.equals(8)],
            dest: 'Equal groups',
            feedback: p("That adds 5 and 3. We need 5 groups of 3. Let's look again."),
          },
        ],
        otherwise: stay('Count the kites', p('Add 3 five times: 3, 6, 9, ...')),
        solution: { answer: 15, explanation: p('3 + 3 + 3 + 3 + 3 = 15.'), exclusive: true },
      }),
    ),
    card(
      'Repeated addition',
      p('Which addition means the same as 4 × 6?'),
      multipleChoice(
        [p('6 + 6 + 6 + 6'), p('4 + 6'), p('4 + 4 + 6')],
        {
          responses: [{ rules: [MC.is(0)], dest: 'Kites hung', feedback: p('Exactly: four sixes.') }],
          otherwise: stay('Repeated addition', p('4 × 6 means 4 groups of 6.')),
        },
        { shuffle: true },
      ),
    ),
    endCard('Kites hung', p('All the kites are up! You know what multiplication means.')),
  ],
};

export const multiplyingByTen: Lesson = {
  id: '8YPzD9m8QoA6',
  title: 'Multiplying by 10 and 100',
  objective: 'Multiply whole numbers by 10 and 100 using place value.',
  category: CATEGORY,
  tags: ['multiplication', 'place values'],
  cards: [
    continueCard(
      'Boxes of string',
      ps(
        'Kite string comes in boxes of 10 rolls. When you multiply by 10, every digit moves one place to the left, and a 0 fills the ones place.',
        'So 7 × 10 = 70 and 23 × 10 = 230.',
      ),
      'Times ten',
    ),
    card(
      'Times ten',
      p('Kamal orders 36 boxes. How many rolls of string is that? (36 × 10)'),
      numericInput({
        responses: [
          { rules: [Num.equals(360)], dest: 'Times hundred' },
          {
            rules: [Num.equals(3600)],
            dest: 'Times ten',
            feedback: p('That is 36 × 100. Multiplying by 10 adds just one 0.'),
          },
        ],
        otherwise: stay('Times ten', p('Move each digit one place to the left.')),
      }),
    ),
    card(
      'Times hundred',
      p('What is 48 × 100?'),
      numericInput({
        responses: [
          { rules: [Num.equals(4800)], dest: 'Name the pattern', feedback: p('Correct, 4,800.') },
          {
            rules: [Num.equals(480)],
            dest: 'Times hundred',
            feedback: p('That is 48 × 10. Multiplying by 100 moves digits two places.'),
          },
        ],
        otherwise: stay('Times hundred', p('Multiply by 10, then by 10 again.')),
      }),
    ),
    card(
      'Name the pattern',
      p('When we multiply by 10, how many zeros do we write at the end of a whole number?'),
      textInput({
        responses: [
          {
            rules: [Text.equals('one', '1', 'one zero')],
            dest: 'Tens done',
            feedback: p('Right: one zero for 10, two zeros for 100.'),
          },
        ],
        otherwise: stay('Name the pattern', p('10 has one zero in it.')),
      }),
    ),
    endCard('Tens done', p('Well done! Multiplying by 10 and 100 is easy now.')),
  ],
};

/** Story node 3, still a Draft: never listed to learners. */
export const timesTableTricks: Lesson = {
  id: 'vmeAZDA1O188',
  title: 'Times Table Tricks',
  objective: 'Tricks for the 9 times table.',
  category: CATEGORY,
  cards: [
    continueCard('Nines trick', p('Use your fingers to multiply by 9.'), 'Nine times four'),
    card(
      'Nine times four',
      p('What is 9 × 4?'),
      numericInput({
        responses: [{ rules: [Num.equals(36)], dest: 'Tricks done' }],
        otherwise: stay('Nine times four', p('Try again.')),
      }),
    ),
    endCard('Tricks done', p('Draft lesson ends here.')),
  ],
};

export const multiplyingBiggerNumbers: Lesson = {
  id: 'hEpd4xHbTdn8',
  title: 'Multiplying Bigger Numbers',
  objective: 'Multiply a two-digit number by a one-digit number, with units.',
  category: CATEGORY,
  tags: ['multiplication', 'measurement'],
  cards: [
    continueCard(
      'Long strings',
      ps(
        'Each kite needs a string 12 m long. To find the length for 8 kites, split 12 into 10 and 2:',
        '8 × 12 = 8 × 10 + 8 × 2 = 80 + 16 = 96.',
      ),
      'String needed',
    ),
    card(
      'String needed',
      p('How much string does Kamal need for 8 kites? Include the unit, for example 5 m.'),
      numberWithUnits({
        responses: [
          {
            rules: [Units.equals(qty(96, ['m', 1]))],
            dest: 'Split and multiply',
            feedback: p('Yes, 96 m of string.'),
          },
          {
            rules: [Units.equivalent(qty(96, ['m', 1]))],
            dest: 'Split and multiply',
            feedback: p('Right! That is the same as 96 m.'),
          },
          {
            rules: [Units.equals(qty(96, ['cm', 1]))],
            dest: 'String needed',
            feedback: p('Check the unit: each string is 12 metres, not centimetres.'),
          },
        ],
        otherwise: stay('String needed', p('8 × 12 = ? Then write m after the number.')),
        solution: { answer: qty(96, ['m', 1]), explanation: p('8 × 12 m = 96 m.') },
      }),
    ),
    card(
      'Split and multiply',
      p('Use the same trick: what is 6 × 23?'),
      numericInput({
        responses: [
          { rules: [Num.equals(138)], dest: 'Bigger done', feedback: p('Great: 120 + 18 = 138.') },
          {
            rules: [Num.equals(120)],
            dest: 'Long strings',
            feedback: p('That is only 6 × 20. Remember to add 6 × 3 too.'),
          },
        ],
        otherwise: stay('Split and multiply', p('6 × 20 + 6 × 3.')),
      }),
    ),
    endCard('Bigger done', p('Fantastic! You can multiply bigger numbers.')),
  ],
};

export const multiplicationWordProblems: Lesson = {
  id: 'Pu3rEHHcDrE0',
  title: 'Multiplication Word Problems',
  objective: 'Recognise and solve multiplication word problems.',
  category: CATEGORY,
  tags: ['multiplication', 'word problems'],
  cards: [
    continueCard(
      'Busy Saturday',
      p('Saturday is the busiest day at the kite shop. Let\'s spot which questions need multiplication.'),
      'Spot the multiplication',
    ),
    card(
      'Spot the multiplication',
      p('Select the <strong>two</strong> questions that can be solved by multiplying.'),
      itemSelection(
        [
          p('6 boxes hold 8 kites each. How many kites?'),
          p('Kamal had 20 kites and sold 7. How many are left?'),
          p('Each kite costs $9. How much do 4 kites cost?'),
          p('Kamal has 12 kites and gets 5 more. How many now?'),
        ],
        2,
        2,
        {
          responses: [
            {
              rules: [Items.equals(0, 2)],
              dest: 'Boxes of kites',
              feedback: p('Yes: both have equal groups.'),
            },
            {
              rules: [Items.containsAtLeastOneOf(1, 3)],
              dest: 'Spot the multiplication',
              feedback: p('Look for equal groups. Taking away or adding a few is not multiplying.'),
            },
          ],
          otherwise: stay('Spot the multiplication', p('Choose exactly two questions.')),
        },
      ),
    ),
    card(
      'Boxes of kites',
      p('6 boxes hold 8 kites each. How many kites are there?'),
      numericInput({
        responses: [{ rules: [Num.equals(48)], dest: 'Word problems done' }],
        otherwise: stay('Boxes of kites', p('6 × 8 = ?')),
        hints: [p('5 × 8 = 40, and one more 8.')],
      }),
    ),
    endCard('Word problems done', p('You solved the Saturday rush!')),
  ],
};

export const orderOfFactors: Lesson = {
  id: 'ug4Fj8vfmhRv',
  title: 'Order of Factors',
  objective: 'See that the order of factors does not change a product.',
  category: CATEGORY,
  tags: ['multiplication', 'commutative'],
  cards: [
    continueCard(
      'Turn it around',
      ps(
        '3 rows of 7 kites and 7 rows of 3 kites hold the same number of kites: 21.',
        'The numbers we multiply are called <strong>factors</strong>, and their order does not change the <strong>product</strong>.',
      ),
      'Write the product',
    ),
    card(
      'Write the product',
      p('Write a multiplication expression for 3 rows of 7 kites. Use * for times.'),
      numericExpression({
        responses: [
          {
            rules: [Expr.upToTrivialManipulations('3*7')],
            dest: 'Same product',
            feedback: p('Yes! 3 × 7 (or 7 × 3) kites.'),
          },
          {
            rules: [Expr.equivalent('21')],
            dest: 'Write the product',
            feedback: p('That is the right number of kites, but write it as a multiplication.'),
          },
        ],
        otherwise: stay('Write the product', p('Multiply the number of rows by the kites per row.')),
        solution: { answer: '3*7', explanation: p('3 rows × 7 kites = 3 × 7.') },
      }),
    ),
    card(
      'Same product',
      p('If 14 × 6 = 84, what is 6 × 14?'),
      numericInput({
        responses: [{ rules: [Num.equals(84)], dest: 'Factors done', feedback: p('Of course!') }],
        otherwise: stay('Same product', p('Changing the order of the factors keeps the product.')),
      }),
    ),
    endCard('Factors done', p('Great job! That is the end of this story.')),
  ],
};

export const arraysOfApples: Lesson = {
  id: 'atNPPfGn3Sr4',
  title: 'Arrays of Apples',
  objective: 'Use arrays (rows and columns) to multiply.',
  category: CATEGORY,
  tags: ['multiplication', 'arrays'],
  images: [appleArrays],
  cards: [
    continueCard(
      'Apple stall',
      p('At the farmers\' market, Mrs. Osei stacks apples in neat rows and columns called <strong>arrays</strong>.'),
      'Find the array',
    ),
    card(
      'Find the array',
      p('Click on the array that shows 3 × 4.') +
        img(appleArrays, 'Three arrays of apples: 2 by 3, 3 by 4 and 2 by 5'),
      imageClick(
        appleArrays.filename,
        [
          {
            label: 'TwoByThree',
            area: [
              [0.01, 0.03],
              [0.32, 0.97],
            ],
          },
          {
            label: 'ThreeByFour',
            area: [
              [0.35, 0.03],
              [0.65, 0.97],
            ],
          },
          {
            label: 'TwoByFive',
            area: [
              [0.68, 0.03],
              [0.99, 0.97],
            ],
          },
        ],
        {
          responses: [
            { rules: [Click.inRegion('ThreeByFour')], dest: 'Apples in all', feedback: p('Yes: 3 rows of 4.') },
            {
              rules: [Click.inRegion('TwoByThree'), Click.inRegion('TwoByFive')],
              dest: 'Find the array',
              feedback: p('Count the rows and the apples in each row.'),
            },
          ],
          otherwise: stay('Find the array', p('Click on one of the three arrays.')),
        },
      ),
    ),
    card(
      'Apples in all',
      p('How many apples are in the 3 × 4 array?'),
      numericInput({
        responses: [{ rules: [Num.equals(12)], dest: 'Arrays done' }],
        otherwise: stay('Apples in all', p('3 × 4 = ?')),
      }),
    ),
    endCard('Arrays done', p('Arrays make counting quick!')),
  ],
};

export const doublingAndHalving: Lesson = {
  id: 'JgvLfDBhnwKn',
  title: 'Doubling and Halving',
  objective: 'Multiply by doubling one factor and halving the other.',
  category: CATEGORY,
  tags: ['multiplication', 'mental math'],
  cards: [
    continueCard(
      'A clever trick',
      ps(
        'Mr. Diaz sells eggs. He works out 4 × 15 in his head by doubling and halving:',
        'halve the 4 to get 2, double the 15 to get 30, and 2 × 30 = 60.',
      ),
      'Try doubling',
    ),
    card(
      'Try doubling',
      p('Use doubling and halving to work out 8 × 25.'),
      numericInput({
        responses: [
          { rules: [Num.equals(200)], dest: 'Easier product', feedback: p('Yes! 4 × 50 = 2 × 100 = 200.') },
          {
            rules: [Num.between(150, 250)],
            dest: 'Try doubling',
            feedback: p('Close. Halve 8 and double 25 until it is easy.'),
          },
        ],
        otherwise: stay('Try doubling', p('8 × 25 = 4 × 50 = ?')),
      }),
    ),
    card(
      'Easier product',
      p('Halve and double 16 × 5. Which product do you get that is easy to work out?'),
      multipleChoice(
        [p('8 × 10'), p('32 × 10'), p('8 × 2.5')],
        {
          responses: [{ rules: [MC.is(0)], dest: 'Doubling done', feedback: p('8 × 10 = 80. Easy!') }],
          otherwise: stay('Easier product', p('Halve the 16 and double the 5.')),
        },
        { shuffle: true },
      ),
    ),
    endCard('Doubling done', p('Mr. Diaz is impressed!')),
  ],
};

export const marketDayChallenge: Lesson = {
  id: 'yn9XeRKkCjl3',
  title: 'Market Day Challenge',
  objective: 'Solve a multi-step multiplication problem.',
  category: CATEGORY,
  tags: ['multiplication', 'word problems'],
  cards: [
    continueCard(
      'The challenge',
      p('At the end of market day, the farmers set a challenge. Solve it to win a basket of fruit!'),
      'Baskets of pears',
    ),
    card(
      'Baskets of pears',
      p('There are 7 baskets with 9 pears each, and 3 extra pears. How many pears are there?'),
      numericInput({
        responses: [
          { rules: [Num.equals(66)], dest: 'Share the prize', feedback: p('63 + 3 = 66. Correct!') },
          {
            rules: [Num.equals(63)],
            dest: 'Baskets of pears',
            feedback: p('Do not forget the 3 extra pears.'),
          },
        ],
        otherwise: stay('Baskets of pears', p('First 7 × 9, then add 3.')),
      }),
    ),
    card(
      'Share the prize',
      p('The prize basket holds 4 bags with 6 plums each. How many plums is that?'),
      numericInput({
        responses: [{ rules: [Num.equals(24)], dest: 'Challenge won' }],
        otherwise: stay('Share the prize', p('4 × 6 = ?')),
      }),
    ),
    endCard('Challenge won', p('You won the fruit basket. Well done!')),
  ],
};
