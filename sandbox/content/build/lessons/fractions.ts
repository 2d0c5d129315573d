/** Fractions: "Matthew Goes to the Bakery". */
import { img, p, ps, svgImage } from '../html';
import {
  card,
  Click,
  continueCard,
  dragAndDrop,
  endCard,
  Frac,
  frac,
  fractionInput,
  imageClick,
  MC,
  multipleChoice,
  Order,
  stay,
} from '../interactions';
import type { Lesson } from '../oppia';

const CATEGORY = 'Mathematics';

/** A pie cut in `parts` equal slices with the first `shaded` coloured. */
function pie(cx: number, cy: number, r: number, parts: number, shaded: number): string {
  const slices: string[] = [];
  for (let i = 0; i < parts; i++) {
    const a0 = (2 * Math.PI * i) / parts - Math.PI / 2;
    const a1 = (2 * Math.PI * (i + 1)) / parts - Math.PI / 2;
    const x0 = (cx + r * Math.cos(a0)).toFixed(1);
    const y0 = (cy + r * Math.sin(a0)).toFixed(1);
    const x1 = (cx + r * Math.cos(a1)).toFixed(1);
    const y1 = (cy + r * Math.sin(a1)).toFixed(1);
    const large = a1 - a0 > Math.PI ? 1 : 0;
    slices.push(
      `<path d="M${cx},${cy} L${x0},${y0} A${r},${r} 0 ${large} 1 ${x1},${y1} Z" fill="${i < shaded ? '#D35400' : '#FDEBD0'}" stroke="#784212"/>`,
    );
  }
  return slices.join('');
}

const berryPie = svgImage('20240801_090000', '4c3e45babd', 220, 220, pie(110, 110, 100, 8, 3));

const cutCakes = svgImage(
  '20240802_103000',
  '40e2bfe85d',
  420,
  150,
  `<rect width="420" height="150" fill="#FFFFFF"/>
<rect x="15" y="25" width="120" height="100" fill="#F9E79F" stroke="#7D6608"/>
<line x1="55" y1="25" x2="55" y2="125" stroke="#7D6608"/><line x1="110" y1="25" x2="110" y2="125" stroke="#7D6608"/>
<rect x="150" y="25" width="120" height="100" fill="#F9E79F" stroke="#7D6608"/>
<line x1="190" y1="25" x2="190" y2="125" stroke="#7D6608"/><line x1="230" y1="25" x2="230" y2="125" stroke="#7D6608"/>
<rect x="285" y="25" width="120" height="100" fill="#F9E79F" stroke="#7D6608"/>
<line x1="285" y1="75" x2="405" y2="75" stroke="#7D6608"/><line x1="345" y1="25" x2="345" y2="75" stroke="#7D6608"/>`,
);

const fractionBars = svgImage(
  '20240803_113000',
  '70deb4e9ac',
  320,
  120,
  `<rect width="320" height="120" fill="#FFFFFF"/>
<rect x="10" y="15" width="300" height="35" fill="#FDEBD0" stroke="#784212"/><rect x="10" y="15" width="150" height="35" fill="#D35400"/>
<line x1="160" y1="15" x2="160" y2="50" stroke="#784212"/>
<rect x="10" y="70" width="300" height="35" fill="#FDEBD0" stroke="#784212"/><rect x="10" y="70" width="150" height="35" fill="#D35400"/>
${[1, 2, 3].map((i) => `<line x1="${10 + i * 75}" y1="70" x2="${10 + i * 75}" y2="105" stroke="#784212"/>`).join('')}`,
);

export const whatIsAFraction: Lesson = {
  id: '0X0KC9DXWwra',
  title: 'What is a Fraction?',
  objective: 'Name a fraction of a whole from its equal parts.',
  category: CATEGORY,
  tags: ['fractions'],
  images: [berryPie],
  cards: [
    continueCard(
      'The bakery',
      ps(
        'Matthew visits his uncle\'s bakery on Saturdays. Today his uncle baked a big berry pie and cut it into 8 equal slices.',
        'A <strong>fraction</strong> tells us how many equal parts of a whole we have.',
      ),
      'Numerator and denominator',
    ),
    continueCard(
      'Numerator and denominator',
      p('Customers bought 3 of the 8 slices:') +
        img(berryPie, 'A pie cut into 8 equal slices, 3 of them shaded') +
        p('We write this as 3/8. The top number (3) is the <strong>numerator</strong>; the bottom number (8) is the <strong>denominator</strong>.'),
      'Slices sold',
    ),
    card(
      'Slices sold',
      p('What fraction of the pie was sold? Type it like 1/2.'),
      fractionInput(
        {
          responses: [
            { rules: [Frac.exactly('3/8')], dest: 'Slices left', feedback: p('Yes: 3 of 8 equal slices.') },
            {
              rules: [Frac.exactly('8/3')],
              dest: 'Numerator and denominator',
              feedback: p('The numbers are upside down. Let\'s look at which goes on top.'),
            },
          ],
          otherwise: stay('Slices sold', p('How many slices were sold, out of how many?')),
          solution: { answer: frac('3/8'), explanation: p('3 slices sold out of 8.'), exclusive: true },
        },
        { placeholder: 'e.g. 1/2' },
      ),
    ),
    card(
      'Slices left',
      p('What fraction of the pie is <strong>left</strong>?'),
      multipleChoice(
        [p('5/8'), p('3/8'), p('5/3'), p('8/5')],
        {
          responses: [{ rules: [MC.is(0)], dest: 'Fraction done', feedback: p('Right: 5 of 8 slices are left.') }],
          otherwise: stay('Slices left', p('8 slices minus the 3 sold.')),
        },
        { shuffle: true },
      ),
    ),
    endCard('Fraction done', p('Great! You know what a fraction is.')),
  ],
};

export const equalParts: Lesson = {
  id: 'Izyt21gyZfqs',
  title: 'The Meaning of "Equal Parts"',
  objective: 'See that the parts of a fraction must be equal.',
  category: CATEGORY,
  tags: ['fractions'],
  images: [cutCakes],
  cards: [
    continueCard(
      'Fair slices',
      p('Matthew\'s uncle says: "A fraction only works when all the parts are the same size."'),
      'Which is fair',
    ),
    card(
      'Which is fair',
      p('Click on the cake that is cut into <strong>equal</strong> thirds.') +
        img(cutCakes, 'Three cakes: one cut in unequal parts, one in three equal parts, one in three unequal parts'),
      imageClick(
        cutCakes.filename,
        [
          {
            label: 'UnequalStrips',
            area: [
              [0.03, 0.15],
              [0.32, 0.85],
            ],
          },
          {
            label: 'EqualThirds',
            area: [
              [0.35, 0.15],
              [0.65, 0.85],
            ],
          },
          {
            label: 'MixedPieces',
            area: [
              [0.68, 0.15],
              [0.97, 0.85],
            ],
          },
        ],
        {
          responses: [
            { rules: [Click.inRegion('EqualThirds')], dest: 'One third' },
            {
              rules: [Click.inRegion('UnequalStrips'), Click.inRegion('MixedPieces')],
              dest: 'Which is fair',
              feedback: p('Look closely: are all three pieces the same size?'),
              // A loop that is (wrongly) labelled correct, as real content sometimes is.
              correct: true,
            },
          ],
          otherwise: stay('Which is fair', p('Click on one of the cakes.')),
        },
      ),
    ),
    card(
      'One third',
      p('Matthew eats one of the three equal pieces. What fraction of the cake did he eat?'),
      fractionInput({
        responses: [
          { rules: [Frac.exactly('1/3')], dest: 'Equal parts done', feedback: p('Yes, one third.') },
          {
            rules: [Frac.denominatorIs(3)],
            dest: 'One third',
            feedback: p('The denominator is right. He ate just one piece.'),
          },
        ],
        otherwise: stay('One third', p('One piece out of three.')),
      }),
    ),
    endCard('Equal parts done', p('Well done! Equal parts make fair fractions.')),
  ],
};

export const comparingFractions: Lesson = {
  id: 'L7NBXpVtuqwc',
  title: 'Comparing Fractions',
  objective: 'Compare fractions with the same numerator or denominator.',
  category: CATEGORY,
  tags: ['fractions', 'comparing'],
  cards: [
    continueCard(
      'Bigger slices',
      ps(
        'If two fractions have the same denominator, the one with the bigger numerator is bigger: 5/8 &gt; 3/8.',
        'If they have the same numerator, the one with the <em>smaller</em> denominator is bigger: 1/3 &gt; 1/4, because thirds are bigger pieces than quarters.',
      ),
      'More than half',
    ),
    card(
      'More than half',
      p('Type any fraction that is <strong>greater</strong> than 1/2.'),
      fractionInput({
        responses: [
          { rules: [Frac.greaterThan('1/2')], dest: 'Order them', correct: true },
          {
            rules: [Frac.equivalent('1/2')],
            dest: 'More than half',
            feedback: p('That is exactly one half. We need a bit more.'),
          },
        ],
        otherwise: stay('More than half', p('Try a fraction like 3/4.')),
      }),
    ),
    card(
      'Order them',
      p('Put these fractions in order from <strong>smallest</strong> to <strong>largest</strong>.'),
      dragAndDrop([p('1/2'), p('1/8'), p('1/3'), p('1/4')], {
        responses: [
          { rules: [Order.is(1, 3, 2, 0)], dest: 'Which is larger' },
          {
            rules: [Order.before(0, 1)],
            dest: 'Order them',
            feedback: p('Eighths are tiny pieces: 1/8 is smaller than 1/2.'),
          },
        ],
        otherwise: stay('Order them', p('The bigger the denominator, the smaller the piece.')),
        solution: { answer: [1, 3, 2, 0], explanation: p('1/8 &lt; 1/4 &lt; 1/3 &lt; 1/2.') },
      }),
    ),
    card(
      'Which is larger',
      p('Which is larger: 2/5 or 2/7?'),
      multipleChoice(
        [p('2/5'), p('2/7'), p('They are equal')],
        {
          responses: [{ rules: [MC.is(0)], dest: 'Comparing fractions done' }],
          otherwise: stay('Which is larger', p('Same numerator: fifths are bigger than sevenths.')),
        },
        { shuffle: true },
      ),
    ),
    endCard('Comparing fractions done', p('Great comparing!')),
  ],
};

export const equivalentFractions: Lesson = {
  id: 'HYAIDrfCzVf0',
  title: 'Equivalent Fractions',
  objective: 'Find fractions that are equal in size, and simplify them.',
  category: CATEGORY,
  tags: ['fractions', 'equivalent fractions'],
  images: [fractionBars],
  cards: [
    continueCard(
      'Same amount',
      p('Matthew cuts two equal loaves. One into 2 pieces, one into 4:') +
        img(fractionBars, 'Two bars: one half shaded, and two quarters shaded') +
        p('1/2 and 2/4 cover the same amount. They are <strong>equivalent</strong> fractions.'),
      'Find an equivalent',
    ),
    card(
      'Find an equivalent',
      p('Type a fraction that is equivalent to 2/3, but with different numbers.'),
      fractionInput({
        responses: [
          {
            rules: [Frac.exactly('2/3')],
            dest: 'Find an equivalent',
            feedback: p('That is 2/3 itself. Multiply top and bottom by the same number.'),
          },
          { rules: [Frac.equivalent('2/3')], dest: 'Simplify', feedback: p('Yes, equivalent to 2/3!') },
        ],
        otherwise: stay('Find an equivalent', p('Try multiplying 2 and 3 both by 2.')),
        solution: { answer: frac('4/6'), explanation: p('2/3 = 4/6 = 6/9 = ...') },
      }),
    ),
    card(
      'Simplify',
      p('Write 6/8 in its simplest form.'),
      fractionInput({
        responses: [
          {
            rules: [Frac.equivalentInSimplestForm('3/4')],
            dest: 'Equivalent done',
            feedback: p('Right: divide top and bottom by 2.'),
          },
          {
            rules: [Frac.equivalent('3/4')],
            dest: 'Simplify',
            feedback: p('That is equal to 6/8, but it can be simpler.'),
          },
        ],
        otherwise: stay('Simplify', p('What number divides both 6 and 8?')),
      }),
    ),
    endCard('Equivalent done', p('Well done! You can find and simplify equivalent fractions.')),
  ],
};

export const mixedNumbers: Lesson = {
  id: 'uTGV8gbNrPDO',
  title: 'Mixed Numbers',
  objective: 'Write fractions greater than one as mixed numbers.',
  category: CATEGORY,
  tags: ['fractions', 'mixed numbers'],
  cards: [
    continueCard(
      'More than one pie',
      ps(
        'At closing time there are 7 quarter-pies left: 7/4 of a pie.',
        'That is 1 whole pie and 3 quarters more, which we write as the <strong>mixed number</strong> 1 3/4.',
      ),
      'Write mixed',
    ),
    card(
      'Write mixed',
      p('There are 11/4 pies left on Sunday. Write this as a mixed number, like 1 3/4.'),
      fractionInput(
        {
          responses: [
            { rules: [Frac.exactly('2 3/4')], dest: 'Whole part', feedback: p('Yes: 2 wholes and 3 quarters.') },
            {
              rules: [Frac.equivalent('11/4')],
              dest: 'Write mixed',
              feedback: p('That is the right amount. Write it with a whole number part.'),
            },
            {
              rules: [Frac.integerPartIs(2)],
              dest: 'Write mixed',
              feedback: p('The whole number is right. Check the fraction part.'),
            },
          ],
          otherwise: stay('Write mixed', p('How many groups of 4 quarters are in 11 quarters?')),
          solution: { answer: frac('2 3/4'), explanation: p('11 = 2 × 4 + 3.') },
        },
        { allowNonzeroIntegerPart: true },
      ),
    ),
    card(
      'Whole part',
      p('How many whole pies are in 9/2 pies? Type the mixed number.'),
      fractionInput({
        responses: [{ rules: [Frac.exactly('4 1/2')], dest: 'Mixed done' }],
        otherwise: stay('Whole part', p('9 halves = 4 wholes and 1 half.')),
      }),
    ),
    endCard('Mixed done', p('Great! You can write mixed numbers.')),
  ],
};

export const addingFractions: Lesson = {
  id: 'UhDmrXcex6Mm',
  title: 'Adding Fractions',
  objective: 'Add fractions with the same denominator and simplify the sum.',
  category: CATEGORY,
  tags: ['fractions', 'addition'],
  cards: [
    continueCard(
      'Adding slices',
      ps(
        'To add fractions with the same denominator, add the numerators and keep the denominator.',
        '1/8 + 2/8 = 3/8.',
      ),
      'Add them up',
    ),
    card(
      'Add them up',
      p('Matthew eats 1/8 of a cake and his sister eats 5/8. How much did they eat together? Give your answer in simplest form.'),
      fractionInput(
        {
          responses: [
            {
              rules: [Frac.equivalentInSimplestForm('3/4')],
              dest: 'Fifths',
              feedback: p('6/8 = 3/4. Well simplified!'),
            },
            {
              rules: [Frac.exactly('6/8')],
              dest: 'Add them up',
              feedback: p('6/8 is right, but it can be simplified.'),
            },
            {
              rules: [Frac.exactly('6/16')],
              dest: 'Adding slices',
              feedback: p("Don't add the denominators. Let's look at the rule again."),
            },
          ],
          otherwise: stay('Add them up', p('1 + 5 = 6 eighths. Now simplify.')),
          hints: [p('Divide the numerator and denominator by 2.')],
        },
        { requireSimplestForm: false },
      ),
    ),
    card(
      'Fifths',
      p('Uncle adds 2/5 of a cup of sugar and then 1/5 more. How much sugar is that?'),
      fractionInput({
        responses: [
          { rules: [Frac.exactly('3/5')], dest: 'Bakery done', feedback: p('2 + 1 = 3 fifths.') },
          {
            rules: [Frac.denominatorIs(10)],
            dest: 'Fifths',
            feedback: p('Keep the denominator: fifths plus fifths are still fifths.'),
          },
        ],
        otherwise: stay('Fifths', p('Add the numerators: 2 + 1.')),
      }),
    ),
    endCard('Bakery done', p('That is the end of Matthew\'s bakery story. Well done!')),
  ],
};
