/**
 * Expressions and Equations, second story: "Mira's Math Fair". Lessons of real Oppia size (the
 * curriculum's run 20-40 cards) with the shapes real lessons use and the seeded ones did not:
 * choices and drag items that are only a picture or only a formula, multi-item drag and drop,
 * tabs, collapsibles, videos, links and concept-card links, checkpoints, `dest_if_really_stuck`,
 * loops back to earlier cards and answers that only a symbolic reading of maths tells apart.
 */
import {
  collapsible,
  img,
  link,
  math,
  mathImage,
  p,
  ps,
  skillReview,
  svgImage,
  tabs,
  ul,
  video,
} from '../html';
import type { MathAsset } from '../html';
import {
  algebraicExpression,
  card,
  continueCard,
  dragAndDrop,
  dragAndDropMulti,
  endCard,
  Expr,
  Items,
  itemSelection,
  MC,
  multipleChoice,
  Num,
  numericExpression,
  numericInput,
  Order,
  stay,
  Text,
  textInput,
} from '../interactions';
import type { ImageAsset, Lesson } from '../oppia';

const CATEGORY = 'Mathematics';
/** Skill ids the concept-card links name (12-character Oppia ids, invented). */
const SKILL_PATTERNS = 'pT5rNs8KwQ2e';
const SKILL_EXPRESSIONS = 'Xe4mVb7LqZ1c';

// ---------------------------------------------------------------- pictures

/** A regular polygon with `sides` sides, centred in a square picture. */
function polygon(random: string, sides: number, size: number, fill: string): ImageAsset {
  const c = size / 2;
  const r = size / 2 - 8;
  const points = Array.from({ length: sides }, (_, i) => {
    const a = (2 * Math.PI * i) / sides - Math.PI / 2;
    return `${(c + r * Math.cos(a)).toFixed(1)},${(c + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  return svgImage(
    '20250301_100000',
    random,
    size,
    size,
    `<polygon points="${points}" fill="${fill}" stroke="#2C3E50" stroke-width="3"/>`,
  );
}

/** A tower of `blocks` stacked squares. */
function tower(random: string, blocks: number): ImageAsset {
  const body = Array.from(
    { length: blocks },
    (_, i) =>
      `<rect x="20" y="${170 - (i + 1) * 34}" width="40" height="32" fill="#E67E22" stroke="#873600"/>`,
  ).join('');
  return svgImage('20250301_103000', random, 80, 180, body);
}

/** A row of `count` stars. */
function stars(random: string, count: number): ImageAsset {
  const star = (x: number): string =>
    `<polygon transform="translate(${x},10)" points="20,0 26,14 40,14 29,23 33,38 20,29 7,38 11,23 0,14 14,14" fill="#F1C40F" stroke="#9A7D0A"/>`;
  return svgImage(
    '20250301_110000',
    random,
    50 * count + 10,
    60,
    Array.from({ length: count }, (_, i) => star(5 + i * 50)).join(''),
  );
}

const fairBanner = svgImage(
  '20250301_090000',
  '8b1f0c9d2e',
  420,
  180,
  `<rect width="420" height="180" fill="#EAF2F8"/>
<polygon points="60,150 110,40 160,150" fill="#E74C3C"/><polygon points="170,150 220,30 270,150" fill="#3498DB"/>
<polygon points="280,150 330,50 380,150" fill="#27AE60"/>
<text x="210" y="172" font-size="18" text-anchor="middle">Mira's Math Fair</text>`,
);
const triangle = polygon('a01c4e7b92', 3, 120, '#E74C3C');
const square = polygon('a02d5f8c03', 4, 120, '#3498DB');
const pentagon = polygon('a03e6a9d14', 5, 120, '#27AE60');
const hexagon = polygon('a04f7bae25', 6, 120, '#8E44AD');
const smallTriangle = polygon('a05a8cbf36', 3, 80, '#F5B7B1');
const diamondKite = svgImage(
  '20250301_101500',
  'b16c2e4f80',
  120,
  160,
  '<polygon points="60,8 110,60 60,152 10,60" fill="#F39C12" stroke="#7E5109" stroke-width="3"/>',
);
const triangleKite = svgImage(
  '20250301_101600',
  'b27d3f5a91',
  120,
  160,
  '<polygon points="60,8 112,150 8,150" fill="#F39C12" stroke="#7E5109" stroke-width="3"/>',
);
const towers = [1, 3, 5, 7].map((n, i) => tower(`c3${i}e5a7b9d`, n));
const starRows = [1, 2, 3].map((n, i) => stars(`d4${i}f6b8cae`, n));
const ringToss = svgImage(
  '20250301_120000',
  'e58a7c9b0d',
  300,
  160,
  `<rect width="300" height="160" fill="#FDFEFE"/>
<rect x="140" y="30" width="12" height="110" fill="#784212"/>
<circle cx="146" cy="120" r="34" fill="none" stroke="#C0392B" stroke-width="8"/>
<circle cx="60" cy="60" r="30" fill="none" stroke="#2980B9" stroke-width="8"/>`,
);

// ---------------------------------------------------------------- formulas

let mathCount = 0;
/** A formula with its own SVG (random part of the name made unique per formula). */
function formula(latex: string, text = latex): MathAsset {
  mathCount++;
  const random = `m${mathCount.toString(36).padStart(3, '0')}q7x2kz`.slice(0, 10);
  return mathImage('20250302_140000', random, latex, text);
}

const seq2468 = formula('2, 4, 6, 8, \\ldots', '2, 4, 6, 8, …');
const f2n = formula('2n');
const fnPlus2 = formula('n+2');
const fnSquared = formula('n^2', 'n²');
const fnPlus1 = formula('n+1');
const f2PowN = formula('2^n', '2ⁿ');
const f2nPlus1 = formula('2n+1');
const f3times4 = formula('3\\times 4', '3 × 4');
const f6plus6 = formula('6+6', '6 + 6');
const f10plus1 = formula('10+1', '10 + 1');
const f2cubed = formula('2^3', '2³');
const fTowerRule = formula('t = 2n - 1', 't = 2n − 1');

// ---------------------------------------------------------------- chapter 1

/** A choice that is only a picture. */
const pic = (image: ImageAsset, alt: string): string => img(image, alt);

export const shapesAndPatterns: Lesson = {
  id: 'Fq7Lm2Rx9TbK',
  title: 'Shapes and Patterns at the Fair',
  objective: 'Recognise shapes by their sides and describe growing patterns with a rule.',
  category: CATEGORY,
  tags: ['patterns', 'shapes', 'expressions'],
  images: [
    fairBanner,
    triangle,
    square,
    pentagon,
    hexagon,
    smallTriangle,
    diamondKite,
    triangleKite,
    ...towers,
    ...starRows,
    ringToss,
    seq2468,
    f2n,
    fnPlus2,
    fnSquared,
    fnPlus1,
    f2PowN,
    f2nPlus1,
    f3times4,
    f6plus6,
    f10plus1,
    f2cubed,
    fTowerRule,
  ],
  cards: [
    continueCard(
      'Welcome to the fair',
      `${p('Mira and her brother Theo are spending Saturday at the town maths fair.')}${img(
        fairBanner,
        'Three colourful tents in a field',
        'The fair opens at ten.',
      )}${p(`Every booth has a puzzle. You can read about the fair on the ${link('https://www.oppia.org/about', 'Oppia site')}.`)}`,
      'The booth map',
      { buttonText: "Let's go!" },
    ),
    continueCard(
      'The booth map',
      `${p('Theo unfolds the map. It has two parts: shapes and patterns.')}${tabs(
        {
          title: 'Shapes',
          content: `${p('The shape booth sorts shapes by how many sides they have.')}${img(
            triangle,
            'A red triangle',
          )}`,
        },
        { title: 'Patterns', content: p('The pattern booth asks what comes next in a list.') },
      )}`,
      'Find the triangle',
    ),
    card(
      'Find the triangle',
      p('At the first booth, Mira must point to the triangle. Which picture shows a triangle?'),
      multipleChoice(
        [
          pic(square, 'A blue square'),
          pic(triangle, 'A red triangle'),
          pic(pentagon, 'A green pentagon'),
          pic(hexagon, 'A purple hexagon'),
        ],
        {
          responses: [
            { rules: [MC.is(1)], dest: 'Why three sides', feedback: p('Yes! Three sides, three corners.'), correct: true },
            { rules: [MC.is(0)], dest: 'Find the triangle', feedback: p('Count the sides of the square: there are four.') },
          ],
          otherwise: stay('Find the triangle', p('Count the straight sides. A triangle has three.')),
          hints: [p('<em>Tri</em> means three.')],
        },
        { shuffle: true },
      ),
    ),
    continueCard(
      'Why three sides',
      `${p('Every shape with three straight sides is a triangle, however big or small.')}${collapsible(
        'See a small triangle',
        `${p('This one is smaller, but it still has three sides.')}${img(smallTriangle, 'A small pink triangle')}`,
      )}`,
      'Four sides',
      { checkpoint: true },
    ),
    card(
      'Four sides',
      p('Select every shape with <strong>four</strong> sides.'),
      itemSelection(
        [
          `${p('A window')}${img(square, 'A blue square')}`,
          `${p('A kite')}${img(diamondKite, 'An orange diamond-shaped kite')}`,
          `${p('A sail')}${img(triangleKite, 'An orange triangle')}`,
          `${p('A tile')}${img(hexagon, 'A purple hexagon')}`,
        ],
        1,
        2,
        {
          responses: [
            { rules: [Items.equals(0, 1)], dest: 'Same words', feedback: p('Right: the window and the kite both have four sides.'), correct: true },
            {
              rules: [Items.containsAtLeastOneOf(2)],
              dest: 'Why three sides',
              feedback: p("The sail has three sides, so it is a triangle. Let's look at triangles again."),
            },
          ],
          otherwise: { ...stay('Four sides', p('Count the sides of each picture.')), stuck: 'Why three sides' },
          hints: [p('Two of the pictures have four sides.')],
        },
      ),
    ),
    card(
      'Same words',
      p('Theo has two kites with the same label. Which one has four sides?'),
      multipleChoice(
        [
          `${p("Theo's kite")}${img(triangleKite, 'A kite shaped like a triangle')}`,
          `${p("Theo's kite")}${img(diamondKite, 'A kite shaped like a diamond')}`,
        ],
        {
          responses: [
            { rules: [MC.is(1)], dest: 'Patterns booth', feedback: p('Yes, the diamond kite has four sides.') },
            { rules: [MC.is(0)], dest: 'Same words', feedback: p('That kite has three sides.') },
          ],
          otherwise: stay('Same words', p('Look at the pictures, not the words.')),
        },
        { shuffle: true },
      ),
    ),
    continueCard(
      'Patterns booth',
      `${p('The pattern booth shows a list of numbers:')}${p(math(seq2468))}${p(
        `Each number is 2 more than the one before. ${skillReview(SKILL_PATTERNS, 'Review: number patterns')}`,
      )}`,
      'Pattern rule',
      { checkpoint: true, buttonText: 'I see the pattern' },
    ),
    card(
      'Pattern rule',
      p('Which rule gives the n-th number of 2, 4, 6, 8, …?'),
      multipleChoice([math(fnPlus2), math(f2n), math(fnSquared)], {
        responses: [
          { rules: [MC.is(1)], dest: 'Pattern lab', feedback: p('Yes: the 1st is 2, the 2nd is 4, the n-th is 2n.'), correct: true },
          // Several answer groups lead to the same help card.
          { rules: [MC.is(0)], dest: 'Pattern help', feedback: p('n + 2 gives 3 for the first number, not 2.') },
          { rules: [MC.is(2)], dest: 'Pattern help', feedback: p('n² gives 9 for the third number, not 6.') },
        ],
        otherwise: stay('Pattern rule', p('Try each rule with n = 1, 2 and 3.')),
      }),
    ),
    continueCard(
      'Pattern help',
      `${p('Test a rule by putting in n = 1, 2, 3 and comparing with the list.')}${tabs(
        { title: 'n = 1', content: p('The first number is 2.') },
        { title: 'n = 2', content: p('The second number is 4.') },
        { title: 'n = 3', content: `${p('The third number is 6.')}${img(starRows[2] as ImageAsset, 'Three stars')}` },
      )}`,
      'Pattern rule',
      { buttonText: 'Try again' },
    ),
    continueCard(
      'Pattern lab',
      `${p('In the pattern lab, rules grow at different speeds.')}${tabs(
        { title: 'Adding', content: `${p(math(fnPlus1))}${p('grows by one each step.')}` },
        { title: 'Doubling', content: `${p(math(f2PowN))}${p('doubles each step.')}` },
        { title: 'Squaring', content: `${p(math(fnSquared))}${p('grows faster and faster.')}` },
      )}`,
      'Order the rules',
    ),
    card(
      'Order the rules',
      p('Put the rules in order of their value at n = 3, smallest first.'),
      dragAndDrop([math(fnSquared), math(fnPlus1), math(f2PowN), math(f2n)], {
        responses: [
          { rules: [Order.is(1, 3, 2, 0)], dest: 'Towers', feedback: p('Yes: 4, 6, 8 and 9.'), correct: true },
          { rules: [Order.offByOne(1, 3, 2, 0)], dest: 'Order the rules', feedback: p('Nearly: one rule is in the wrong place.') },
        ],
        otherwise: stay('Order the rules', p('Work out each rule with n = 3 first.')),
        solution: { answer: [1, 3, 2, 0], explanation: p('n + 1 = 4, 2n = 6, 2ⁿ = 8, n² = 9.') },
      }),
    ),
    card(
      'Towers',
      `${p('Theo builds towers of 1, 3, 5 and 7 blocks. Put the pictures in order from shortest to tallest.')}`,
      dragAndDrop(
        [
          pic(towers[2] as ImageAsset, 'A tower of five blocks'),
          pic(towers[0] as ImageAsset, 'A tower of one block'),
          pic(towers[3] as ImageAsset, 'A tower of seven blocks'),
          pic(towers[1] as ImageAsset, 'A tower of three blocks'),
        ],
        {
          responses: [
            { rules: [Order.is(1, 3, 0, 2)], dest: 'Tower rule', feedback: p('Right: 1, 3, 5, 7.') },
            { rules: [Order.at(2, 1)], dest: 'Towers', feedback: p('The tallest tower goes last.') },
          ],
          otherwise: stay('Towers', p('Count the blocks in each tower.')),
        },
      ),
    ),
    card(
      'Tower rule',
      `${p('Tower number n has this many blocks:')}${p(math(fTowerRule))}${p('How many blocks are in tower number 10?')}`,
      numericInput(
        {
          responses: [
            { rules: [Num.equals(19)], dest: 'Sorting booth', feedback: p('Yes: 2 × 10 − 1 = 19.'), correct: true },
            { rules: [Num.equals(20)], dest: 'Towers', feedback: p("You doubled but forgot to take one away. Let's look at the towers again.") },
          ],
          otherwise: { ...stay('Tower rule', p('Put n = 10 into the rule.')), stuck: 'Pattern lab' },
          hints: [p('Double 10 first.'), p('Then take away 1.')],
          solution: { answer: 19, explanation: p('t = 2 × 10 − 1 = 19.'), exclusive: true },
        },
        { requireNonnegativeInput: true },
      ),
    ),
    continueCard(
      'Sorting booth',
      `${p('At the sorting booth, several things can share a place.')}${video('Ntcw0H0hwPU', 5, 65)}${p(
        `Watch the clip, or ${skillReview(SKILL_PATTERNS, 'review sorting by sides')}.`,
      )}`,
      'Group the shapes',
      { checkpoint: true },
    ),
    card(
      'Group the shapes',
      p('Drag the shapes into places, fewest sides first. Shapes with the same number of sides share a place.'),
      dragAndDropMulti(
        [
          pic(square, 'A blue square'),
          pic(triangle, 'A red triangle'),
          pic(pentagon, 'A green pentagon'),
          pic(smallTriangle, 'A small pink triangle'),
        ],
        {
          responses: [
            { rules: [Order.isGroups([1, 3], [0], [2])], dest: 'Sharing a place', feedback: p('Both triangles share the first place.'), correct: true },
            { rules: [Order.offByOneGroups([1, 3], [0], [2])], dest: 'Group the shapes', feedback: p('One shape is in the wrong place.') },
            { rules: [Order.before(2, 0)], dest: 'Group the shapes', feedback: p('The pentagon has more sides than the square.') },
            { rules: [Order.at(0, 1)], dest: 'Four sides', feedback: p("The square doesn't have the fewest sides. Let's count sides again.") },
          ],
          otherwise: stay('Group the shapes', p('Put the two triangles together in the first place.')),
          hints: [p('Two of the shapes are triangles.')],
          solution: { answer: [[1, 3], [0], [2]], explanation: p('Triangles (3), then the square (4), then the pentagon (5).') },
        },
      ),
    ),
    continueCard(
      'Sharing a place',
      p('When two things are equal, they share a place: neither comes first.'),
      'Booth choice',
    ),
    card(
      'Booth choice',
      `${p('Two more booths are open before the prize tent. Where does Mira go?')}`,
      multipleChoice(['<p>Ring toss</p>', '<p>Star counting</p>', '<p>The prize tent</p>'], {
        responses: [
          { rules: [MC.is(0)], dest: 'Ring toss', feedback: '' },
          { rules: [MC.is(1)], dest: 'Star counting', feedback: '' },
          { rules: [MC.is(2)], dest: 'Prize tent', feedback: p('Off to the prizes!'), correct: true },
        ],
        otherwise: stay('Booth choice', p('Pick a booth.')),
      }),
    ),
    continueCard(
      'Ring toss',
      `${p('At the ring toss, Mira throws rings onto a post.')}${img(ringToss, 'Two rings and a wooden post')}`,
      'Ring shape',
    ),
    card(
      'Ring shape',
      p('What do we call a round shape with no corners?'),
      textInput(
        {
          responses: [
            { rules: [Text.equals('circle')], dest: 'Booth choice', feedback: p('A circle! Back to the map.'), correct: true },
          ],
          otherwise: stay('Ring shape', p('It starts with "c".')),
          solution: { answer: 'circle', explanation: p('A round shape with no corners is a circle.') },
        },
        { catchMisspellings: true },
      ),
    ),
    card(
      'Star counting',
      p('Mira must pick the picture in the middle of the row. Which one is it?'),
      // Decorative pictures with empty alt text, not shuffled: only their place tells them apart.
      multipleChoice(
        [pic(starRows[0] as ImageAsset, ''), pic(starRows[1] as ImageAsset, ''), pic(starRows[2] as ImageAsset, '')],
        {
          responses: [
            { rules: [MC.is(1)], dest: 'Booth choice', feedback: p('The middle one: two stars.'), correct: true },
          ],
          otherwise: stay('Star counting', p('The middle picture is the second of the three.')),
        },
      ),
    ),
    continueCard(
      'Prize tent',
      p('In the prize tent, every prize has a price written as a sum or a product.'),
      'Equal prices',
      { checkpoint: true },
    ),
    card(
      'Equal prices',
      p('Mira has 12 tickets. Select the two prices that cost exactly 12 tickets.'),
      itemSelection([math(f3times4), math(f10plus1), math(f6plus6), math(f2cubed)], 2, 2, {
        responses: [
          { rules: [Items.equals(0, 2)], dest: 'Picture prices', feedback: p('3 × 4 = 12 and 6 + 6 = 12.'), correct: true },
          { rules: [Items.containsAtLeastOneOf(1, 3)], dest: 'Equal prices', feedback: p('10 + 1 = 11 and 2³ = 8.') },
        ],
        otherwise: stay('Equal prices', p('Work out each price.')),
      }),
    ),
    card(
      'Picture prices',
      p('Which prize costs the most tickets?'),
      multipleChoice(
        [
          p(`Teddy bear: ${math(f2n)} tickets with n = 5`),
          p(`Yo-yo: ${math(fnSquared)} tickets with n = 5`),
          p(`Kite: ${math(fnPlus1)} tickets with n = 5`),
        ],
        {
          responses: [
            { rules: [MC.is(1)], dest: 'Rule for prizes', feedback: p('5² = 25 tickets: the yo-yo.') },
            // An onward answer that is not the best one: the lesson moves on anyway.
            { rules: [MC.is(0)], dest: 'Rule for prizes', feedback: p('2 × 5 = 10, but 5² = 25 is more. The yo-yo costs the most.'), correct: false },
          ],
          otherwise: stay('Picture prices', p('Put n = 5 into each rule.')),
        },
        { shuffle: true },
      ),
    ),
    card(
      'Rule for prizes',
      `${p('Prize boxes come in the pattern 3, 5, 7, 9, … Which rule gives box number n?')}`,
      multipleChoice([math(f2nPlus1), math(fnPlus2), math(f2n)], {
        responses: [
          { rules: [MC.is(0)], dest: 'Fair recap', feedback: p('Yes: 2n + 1.'), correct: true },
          { rules: [MC.is(1), MC.is(2)], dest: 'Pattern help', feedback: p('Try the rule with n = 1, 2 and 3.') },
        ],
        otherwise: stay('Rule for prizes', p('The numbers go up by 2 each time.')),
      }),
    ),
    continueCard(
      'Fair recap',
      `${p('What Mira learned today:')}${ul('Shapes are named by their sides.', 'A rule like 2n describes a pattern.')}${collapsible(
        'All the rules',
        `${p(math(f2n))}${p(math(f2nPlus1))}${img(fairBanner, 'The fair')}`,
      )}`,
      'Last check',
    ),
    card(
      'Last check',
      p('Type the name of the shape with five sides.'),
      textInput(
        {
          responses: [
            { rules: [Text.fuzzyEquals('pentagon')], dest: 'Goodbye', feedback: p('Pentagon, five sides.'), correct: true },
          ],
          otherwise: { ...stay('Last check', p('It starts with "pent", which means five.')), stuck: 'Fair recap' },
        },
        { catchMisspellings: true },
      ),
    ),
    continueCard(
      'Goodbye',
      p('The sun sets over the fair. Mira and Theo walk home with their prizes.'),
      'The end',
      { buttonText: 'Finish' },
    ),
    endCard('The end', p('Well done! You finished the first day at the fair.')),
  ],
};

// ---------------------------------------------------------------- chapter 2

const fXTimesXPlus1 = formula('x(x+1)');
const fTwoATimes = formula('2a + 3a');
const fSquareOfSum = formula('(a+b)^2', '(a + b)²');
const f2xPlus6 = formula('2x+6', '2x + 6');
const f2xPlus3 = formula('2x+3', '2x + 3');
const fxPlusXPlus6 = formula('x+x+6', 'x + x + 6');
const f2Times3PlusX = formula('2(3+x)', '2(3 + x)');
const f2TimesXPlus3 = formula('2(x+3)', '2(x + 3)');
const fXSquared = formula('x^2', 'x²');
const f10x = formula('10x');
const lightRows = svgImage(
  '20250303_090000',
  'f61b8d0c1e',
  260,
  140,
  Array.from(
    { length: 20 },
    (_, i) => `<circle cx="${30 + (i % 5) * 50}" cy="${25 + Math.floor(i / 5) * 30}" r="10" fill="#F4D03F"/>`,
  ).join(''),
);

export const theNumberBooth: Lesson = {
  id: 'Hs3Wd8Nv5PcY',
  title: 'The Number Booth',
  objective: 'Answer with numbers, words and expressions, and see when two expressions are the same.',
  category: CATEGORY,
  tags: ['expressions', 'equivalent expressions'],
  images: [
    hexagon,
    lightRows,
    fXTimesXPlus1,
    fTwoATimes,
    fSquareOfSum,
    f2xPlus6,
    f2xPlus3,
    fxPlusXPlus6,
    f2Times3PlusX,
    f2TimesXPlus3,
    fXSquared,
    f10x,
  ],
  cards: [
    continueCard(
      'The number booth',
      ps(
        'On Sunday Mira and Theo visit the number booth. Each puzzle wants a different kind of answer: a number, a word or an expression.',
      ),
      'Tickets left',
      { buttonText: 'Start counting' },
    ),
    card(
      'Tickets left',
      p('Mira had 12 tickets and used 5 at the door. How many tickets does she have left?'),
      numericInput(
        {
          responses: [
            { rules: [Num.equals(7)], dest: 'Lemonade', feedback: p('Yes, 7 tickets.'), correct: true },
            { rules: [Num.equals(17)], dest: 'Tickets left', feedback: p('She used tickets, so take them away.') },
          ],
          otherwise: stay('Tickets left', p('Work out 12 − 5.')),
          solution: { answer: 7, explanation: p('12 − 5 = 7.'), exclusive: true },
        },
        { requireNonnegativeInput: true },
      ),
    ),
    card(
      'Lemonade',
      p('A lemonade costs 1.25 dollars. How many dollars do two lemonades cost?'),
      numericInput({
        responses: [
          { rules: [Num.equals(2.5)], dest: 'Half a pizza', feedback: p('2.50 dollars, or 2.5.'), correct: true },
          { rules: [Num.within(0.3, 2.5)], dest: 'Lemonade', feedback: p('Close! Add 1.25 and 1.25 carefully.') },
        ],
        otherwise: stay('Lemonade', p('Add 1.25 twice.')),
        solution: { answer: 2.5, explanation: p('1.25 + 1.25 = 2.5.') },
      }),
    ),
    card(
      'Half a pizza',
      p('Theo eats half of a pizza. Write one half as a decimal.'),
      numericInput(
        {
          responses: [{ rules: [Num.equals(0.5)], dest: 'Cold night', feedback: p('0.5, which you can also type as .5.') }],
          otherwise: stay('Half a pizza', p('One half is five tenths.')),
          hints: [p('Divide 1 by 2.')],
        },
        { requireNonnegativeInput: true },
      ),
    ),
    card(
      'Cold night',
      p('It was 3 degrees in the evening. By midnight it was 5 degrees colder. What was the temperature at midnight?'),
      numericInput({
        responses: [
          { rules: [Num.equals(-2)], dest: 'Big crowd', feedback: p('Minus 2 degrees: below zero.'), correct: true },
          { rules: [Num.equals(2)], dest: 'Cold night', feedback: p('It went below zero, so the answer is negative.') },
        ],
        otherwise: stay('Cold night', p('Count down 5 from 3.')),
        solution: { answer: -2, explanation: p('3 − 5 = −2.') },
      }),
    ),
    card(
      'Big crowd',
      p('A thousand people came on each of a thousand days. How many visits is that?'),
      numericInput(
        {
          responses: [
            { rules: [Num.equals(1000000)], dest: 'Word booth', feedback: p('One million!'), correct: true },
            { rules: [Num.between(1000, 999999)], dest: 'Big crowd', feedback: p('Too small: multiply 1000 by 1000.') },
          ],
          otherwise: stay('Big crowd', p('1000 × 1000 has six zeros.')),
        },
        { requireNonnegativeInput: true },
      ),
    ),
    continueCard(
      'Word booth',
      `${p('The word booth wants answers in words.')}${video('dQw4w9WgXcQ')}${tabs(
        { title: 'Shapes', content: `${p('A shape with six sides:')}${img(hexagon, 'A purple hexagon')}` },
        { title: 'Numbers', content: p('Numbers can be written in words, like forty.') },
      )}`,
      'Six sides',
      { checkpoint: true },
    ),
    card(
      'Six sides',
      p('What is the name of a shape with six sides?'),
      textInput(
        {
          responses: [{ rules: [Text.equals('hexagon')], dest: 'Spell forty', feedback: p('Hexagon!'), correct: true }],
          otherwise: stay('Six sides', p('It starts with "hex", which means six.')),
          solution: { answer: 'hexagon', explanation: p('Six sides: a hexagon.') },
        },
        { catchMisspellings: true, placeholder: 'Type a word' },
      ),
    ),
    card(
      'Spell forty',
      p('Write the number 40 in words.'),
      textInput({
        responses: [
          { rules: [Text.equals('fourty')], dest: 'Spell forty', feedback: p('Careful: forty has no "u", although four does.') },
          { rules: [Text.fuzzyEquals('forty')], dest: 'Count by fives', feedback: p('Forty.'), correct: true },
        ],
        otherwise: stay('Spell forty', p('Four tens: f-o-r-t-y.')),
      }),
    ),
    card(
      'Count by fives',
      p('Describe the pattern 5, 10, 15, 20 in a few words.'),
      textInput(
        {
          responses: [
            { rules: [Text.contains('five', '5')], dest: 'Even or odd', feedback: p('It counts in fives.') },
          ],
          // An open question: any other description moves on too, with the answer shown.
          otherwise: { dest: 'Even or odd', feedback: p('It goes up by five each time: it counts in fives.') },
        },
        { rows: 2 },
      ),
    ),
    card(
      'Even or odd',
      p('Is 12 even or odd? Start your answer with the word.'),
      textInput({
        responses: [
          { rules: [Text.startsWith('even')], dest: 'Expression booth', feedback: p('Even: 12 splits into two sixes.'), correct: true },
          { rules: [Text.startsWith('odd')], dest: 'Even or odd', feedback: p('12 splits into two equal groups.') },
        ],
        otherwise: stay('Even or odd', p('Start with "even" or "odd".')),
      }),
    ),
    continueCard(
      'Expression booth',
      `${p('The expression booth has a string of lights: x rows, each with x + 1 lights.')}${img(
        lightRows,
        'Four rows of five lights',
      )}${p(`The total is ${math(fXTimesXPlus1)}. ${skillReview(SKILL_EXPRESSIONS, 'Review: writing expressions')}`)}${collapsible(
        'What does x(x+1) mean?',
        p('x times (x + 1): the number of rows times the lights in a row.'),
      )}`,
      'Lights',
      { checkpoint: true },
    ),
    card(
      'Lights',
      p('Write an expression for the number of lights in x rows of x + 1 lights.'),
      algebraicExpression(['x'], {
        responses: [
          // Only a symbolic reading tells these apart: x(x+1) and x^2+x are equal but not the same.
          { rules: [Expr.exactly('x*(x+1)')], dest: 'Factored form', feedback: p('Rows times lights in a row.'), correct: true },
          { rules: [Expr.exactly('x^2+x')], dest: 'Expanded form', feedback: p('You multiplied it out.'), correct: true },
          { rules: [Expr.equivalent('x*(x+1)')], dest: 'Another form', feedback: p('That is equal too.'), correct: true },
        ],
        otherwise: { ...stay('Lights', p('Multiply the number of rows by the lights in each row.')), stuck: 'Expression booth' },
        hints: [p('There are x rows.'), p('Each row has x + 1 lights.')],
        solution: { answer: 'x*(x+1)', explanation: p('x rows of (x + 1): x(x + 1).') },
      }),
    ),
    continueCard('Factored form', p('x(x + 1) keeps the rows and the lights per row in view.'), 'Count the lights'),
    continueCard('Expanded form', p('x² + x is the same amount, multiplied out.'), 'Count the lights'),
    continueCard('Another form', p('Your expression is equal to x(x + 1), written another way.'), 'Count the lights'),
    card(
      'Count the lights',
      p('How many lights are there when x = 4?'),
      numericInput(
        {
          responses: [
            { rules: [Num.equals(20)], dest: 'Groups of tickets', feedback: p('4 × 5 = 20.'), correct: true },
            { rules: [Num.equals(16)], dest: 'Lights', feedback: p("That is 4 × 4. Each row has one more light. Let's write the expression again.") },
          ],
          otherwise: stay('Count the lights', p('Put x = 4 into x(x + 1).')),
        },
        { requireNonnegativeInput: true },
      ),
    ),
    card(
      'Groups of tickets',
      p('Write an expression for 3 groups of 4 tickets and 2 more tickets.'),
      numericExpression({
        responses: [
          { rules: [Expr.exactly('3*4+2')], dest: 'Simplify', feedback: p('3 × 4 + 2.'), correct: true },
          { rules: [Expr.upToTrivialManipulations('3*4+2')], dest: 'Simplify', feedback: p('Yes, in another order.'), correct: true },
          { rules: [Expr.equivalent('14')], dest: 'Groups of tickets', feedback: p('That is 14, but write it with the groups.') },
        ],
        otherwise: stay('Groups of tickets', p('Three groups of four is 3 × 4.')),
      }),
    ),
    card(
      'Simplify',
      p(`Simplify ${math(fTwoATimes)}.`),
      algebraicExpression(['a'], {
        responses: [
          { rules: [Expr.exactly('5a')], dest: 'Square of a sum', feedback: p('5a.'), correct: true },
          { rules: [Expr.equivalent('5a')], dest: 'Simplify', feedback: p('That equals 5a, but it is not simpler. Collect the a terms.') },
        ],
        otherwise: stay('Simplify', p('2 a and 3 more a make how many a?')),
        solution: { answer: '5a', explanation: p('2a + 3a = 5a.') },
      }),
    ),
    card(
      'Square of a sum',
      p(`Multiply out ${math(fSquareOfSum)}.`),
      algebraicExpression(['a', 'b'], {
        responses: [
          { rules: [Expr.equivalent('a^2+2*a*b+b^2')], dest: 'Check with numbers', feedback: p('a² + 2ab + b².'), correct: true },
          { rules: [Expr.equivalent('a^2+b^2')], dest: 'Square of a sum', feedback: p('You left out the 2ab in the middle.') },
        ],
        otherwise: stay('Square of a sum', p('(a + b)² = (a + b)(a + b).')),
        solution: { answer: 'a^2+2*a*b+b^2', explanation: p('(a + b)(a + b) = a² + ab + ba + b².') },
      }),
    ),
    card(
      'Check with numbers',
      p('Check with a = 1 and b = 2: what is (a + b)²?'),
      numericInput({
        responses: [
          { rules: [Num.equals(9)], dest: 'Equal expressions', feedback: p('3² = 9, and 1 + 4 + 4 = 9 too.'), correct: true },
          { rules: [Num.equals(5)], dest: 'Square of a sum', feedback: p("That is a² + b². Let's multiply it out again.") },
        ],
        otherwise: stay('Check with numbers', p('1 + 2 = 3, then square it.')),
      }),
    ),
    card(
      'Equal expressions',
      p(`Select every expression equal to ${math(f2TimesXPlus3)}.`),
      itemSelection([math(f2xPlus6), math(f2xPlus3), math(fxPlusXPlus6), math(f2Times3PlusX)], 1, 3, {
        responses: [
          { rules: [Items.equals(0, 2, 3)], dest: 'Which is bigger', feedback: p('All three equal 2x + 6.'), correct: true },
          { rules: [Items.containsAtLeastOneOf(1)], dest: 'Equal expressions', feedback: p('2(x + 3) is 2x + 6, not 2x + 3.') },
        ],
        otherwise: stay('Equal expressions', p('Multiply out each one.')),
      }),
    ),
    card(
      'Which is bigger',
      p('When x = 10, which is bigger?'),
      multipleChoice(
        [p(`Mira's ${math(fXSquared)}`), p(`Theo's ${math(f10x)}`), p('They are equal')],
        {
          responses: [
            { rules: [MC.is(2)], dest: 'Booth review', feedback: p('10² = 100 and 10 × 10 = 100.'), correct: true },
            { rules: [MC.is(0), MC.is(1)], dest: 'Which is bigger', feedback: p('Work both out with x = 10.') },
          ],
          otherwise: stay('Which is bigger', p('Work both out.')),
        },
        { shuffle: true },
      ),
    ),
    continueCard(
      'Booth review',
      `${p('Before the last puzzle, a look back:')}${tabs(
        { title: 'Numbers', content: p('Decimals like 0.5, negatives like −2, big numbers like 1000000.') },
        { title: 'Words', content: p('Spelling counts, but small slips are forgiven.') },
        { title: 'Expressions', content: `${p(math(fXTimesXPlus1))}${img(lightRows, 'Rows of lights')}` },
      )}`,
      'Final puzzle',
      { checkpoint: true },
    ),
    card(
      'Final puzzle',
      p('Mira thinks of a number, doubles it and adds 3. She gets 17. What is her number?'),
      numericInput(
        {
          responses: [{ rules: [Num.equals(7)], dest: 'Write the puzzle', feedback: p('7: 2 × 7 + 3 = 17.'), correct: true }],
          otherwise: { ...stay('Final puzzle', p('Undo the steps: take away 3, then halve.')), stuck: 'Expression booth' },
          hints: [p('17 − 3 = 14.')],
          solution: { answer: 7, explanation: p('(17 − 3) ÷ 2 = 7.') },
        },
        { requireNonnegativeInput: true },
      ),
    ),
    card(
      'Write the puzzle',
      p('Write "double n, then add 3" as an expression.'),
      algebraicExpression(['n'], {
        responses: [
          { rules: [Expr.exactly('2*(n+3)')], dest: 'Write the puzzle', feedback: p('That adds 3 first and then doubles.') },
          { rules: [Expr.upToTrivialManipulations('2n+3')], dest: 'Well counted', feedback: p('2n + 3.'), correct: true },
        ],
        otherwise: stay('Write the puzzle', p('Double n is 2n.')),
        solution: { answer: '2n+3', explanation: p('Double n is 2n; add 3: 2n + 3.') },
      }),
    ),
    continueCard('Well counted', p('Theo is impressed. The number booth gives Mira a gold star.'), 'The end', {
      buttonText: 'Collect the star',
    }),
    endCard('The end', p('You finished the number booth!')),
  ],
};

// ---------------------------------------------------------------- chapter 3

const f4plus4 = formula('4+4', '4 + 4');
const starAlts = ['One star', '', 'Three stars'];

export const sortingThePrizes: Lesson = {
  id: 'Jt6Ge4Qz1MaU',
  title: 'Sorting the Prizes',
  objective: 'Sort things into order when some of them are equal.',
  category: CATEGORY,
  tags: ['ordering', 'expressions'],
  images: [fairBanner, triangle, smallTriangle, square, hexagon, ...starRows, f3times4, f6plus6, f2cubed, f4plus4, f10plus1],
  cards: [
    continueCard(
      'Prize sorting',
      `${p('After the fair, Mira and Theo sort the prizes they won.')}${img(fairBanner, 'The fair tents')}`,
      'Ticket piles',
    ),
    card(
      'Ticket piles',
      p('Sort the prizes by price, cheapest first. Prizes with the same price share a place.'),
      dragAndDropMulti(
        ['<p>Yo-yo: 5 tickets</p>', '<p>Kite: 8 tickets</p>', '<p>Ball: 5 tickets</p>', '<p>Bear: 12 tickets</p>', '<p>Whistle: 8 tickets</p>'],
        {
          responses: [
            { rules: [Order.isGroups([0, 2], [1, 4], [3])], dest: 'Same price', feedback: p('5, 8 and 12 tickets.'), correct: true },
            { rules: [Order.offByOneGroups([0, 2], [1, 4], [3])], dest: 'Ticket piles', feedback: p('One prize is in the wrong place.') },
            { rules: [Order.at(3, 1)], dest: 'Ticket piles', feedback: p('The bear is the most expensive: it goes last.') },
            { rules: [Order.before(3, 0)], dest: 'Ticket piles', feedback: p('The yo-yo is cheaper than the bear.') },
          ],
          otherwise: stay('Ticket piles', p('Put the two 5-ticket prizes together first.')),
          solution: { answer: [[0, 2], [1, 4], [3]], explanation: p('Yo-yo and ball (5), kite and whistle (8), bear (12).') },
        },
      ),
    ),
    continueCard(
      'Same price',
      `${p('Equal prices share a place.')}${collapsible('Why not pick an order?', p('Neither is cheaper, so neither comes first.'))}`,
      'Formula piles',
    ),
    card(
      'Formula piles',
      p('Sort these prices, smallest first. Equal prices share a place.'),
      dragAndDropMulti([math(f3times4), math(f6plus6), math(f2cubed), math(f4plus4), math(f10plus1)], {
        responses: [
          { rules: [Order.isGroups([2, 3], [4], [0, 1])], dest: 'Picture piles', feedback: p('8, 11 and 12.'), correct: true },
          { rules: [Order.before(0, 2)], dest: 'Formula piles', feedback: p('3 × 4 = 12 is more than 2³ = 8.') },
        ],
        otherwise: stay('Formula piles', p('Work out each price first.')),
      }),
    ),
    card(
      'Picture piles',
      p('Sort the shapes by their number of sides, fewest first. Shapes with as many sides share a place.'),
      dragAndDropMulti(
        [pic(hexagon, 'A purple hexagon'), pic(triangle, 'A red triangle'), pic(smallTriangle, 'A small pink triangle'), pic(square, 'A blue square')],
        {
          responses: [
            { rules: [Order.isGroups([1, 2], [3], [0])], dest: 'Prize shelf', feedback: p('Triangles, square, hexagon.'), correct: true },
            { rules: [Order.at(0, 1)], dest: 'Picture piles', feedback: p('The hexagon has the most sides.') },
          ],
          otherwise: stay('Picture piles', p('Count the sides of each shape.')),
        },
      ),
    ),
    continueCard(
      'Prize shelf',
      `${p('Theo puts the star stickers on a shelf.')}${video('Ntcw0H0hwPU')}`,
      'Star order',
      { checkpoint: true },
    ),
    card(
      'Star order',
      p('Put the sticker sheets in order, fewest stars first.'),
      // The middle sheet's picture has no alt text: only its place tells it apart.
      dragAndDrop(
        [2, 1, 0].map((i) => pic(starRows[i] as ImageAsset, starAlts[i] ?? '')),
        {
          responses: [{ rules: [Order.is(2, 1, 0)], dest: 'Count the prizes', feedback: p('1, 2, 3 stars.'), correct: true }],
          otherwise: stay('Star order', p('Count the stars on each sheet.')),
        },
      ),
    ),
    card(
      'Count the prizes',
      p('They have 2 yo-yos, 2 kites, 1 bear, 1 ball and 1 whistle. How many prizes is that?'),
      numericInput(
        {
          responses: [{ rules: [Num.equals(7)], dest: 'Best prize', feedback: p('7 prizes.') }],
          otherwise: stay('Count the prizes', p('Add them all up.')),
        },
        { requireNonnegativeInput: true },
      ),
    ),
    card(
      'Best prize',
      p('The last prize is a sticker of any two shapes with the same number of sides. Pick them.'),
      itemSelection(
        [
          pic(square, 'A blue square'),
          pic(triangle, 'A red triangle'),
          pic(hexagon, 'A purple hexagon'),
          pic(smallTriangle, 'A small pink triangle'),
        ],
        2,
        2,
        {
          responses: [
            {
              rules: [Items.equals(1, 3)],
              dest: 'Goodnight',
              feedback: p('Two triangles.'),
              correct: true,
            },
          ],
          otherwise: stay('Best prize', p('Two of the shapes have three sides.')),
        },
      ),
    ),
    continueCard('Goodnight', p('Every prize has its place. Goodnight, Mira and Theo!'), 'The end', {
      buttonText: 'Goodnight',
    }),
    endCard('The end', p('You sorted all the prizes!')),
  ],
};
