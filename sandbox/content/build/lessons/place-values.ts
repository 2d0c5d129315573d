/**
 * Place Values: "Jaime's Adventures in the Arcade". Longer lessons, like the real ones: reading
 * cards with Continue between NumericInput questions whose wrong answers stay with feedback or
 * send the learner back to an earlier card.
 */
import { img, p, ps, svgImage, ul } from '../html';
import {
  Click,
  continueCard,
  card,
  endCard,
  Expr,
  imageClick,
  Items,
  itemSelection,
  MC,
  multipleChoice,
  Num,
  numericExpression,
  numericInput,
  Order,
  dragAndDrop,
  stay,
  Text,
  textInput,
} from '../interactions';
import type { Lesson } from '../oppia';

const CATEGORY = 'Mathematics';

const ticketCounter = svgImage(
  '20240311_101502',
  'db557950ef',
  400,
  200,
  `<rect width="400" height="200" rx="12" fill="#FFF4E0"/>
<rect x="20" y="120" width="360" height="60" rx="6" fill="#E67E22"/>
<text x="200" y="158" font-size="22" fill="#FFFFFF" text-anchor="middle">TICKET COUNTER</text>
<rect x="40" y="40" width="70" height="70" rx="6" fill="#F1C40F"/><text x="75" y="82" font-size="16" text-anchor="middle">100</text>
<rect x="150" y="55" width="40" height="55" rx="4" fill="#F39C12"/><text x="170" y="88" font-size="14" text-anchor="middle">10</text>
<rect x="240" y="85" width="18" height="25" rx="2" fill="#D35400"/><text x="249" y="102" font-size="11" fill="#FFFFFF" text-anchor="middle">1</text>`,
);

const placeValueChart = svgImage(
  '20240311_102010',
  '77fbc25e19',
  360,
  240,
  `<rect width="360" height="240" fill="#FFFFFF"/>
<rect x="0" y="0" width="120" height="240" fill="#FADBD8" stroke="#922B21"/>
<rect x="120" y="0" width="120" height="240" fill="#D6EAF8" stroke="#1F618D"/>
<rect x="240" y="0" width="120" height="240" fill="#D5F5E3" stroke="#1E8449"/>
<text x="60" y="40" font-size="20" text-anchor="middle">Hundreds</text>
<text x="180" y="40" font-size="20" text-anchor="middle">Tens</text>
<text x="300" y="40" font-size="20" text-anchor="middle">Ones</text>
<text x="60" y="150" font-size="64" text-anchor="middle">5</text>
<text x="180" y="150" font-size="64" text-anchor="middle">8</text>
<text x="300" y="150" font-size="64" text-anchor="middle">2</text>`,
);

const scoreboard = svgImage(
  '20240312_093344',
  '8a743e45ad',
  400,
  160,
  `<rect width="400" height="160" rx="10" fill="#1B2631"/>
<text x="200" y="40" font-size="20" fill="#F7DC6F" text-anchor="middle">JAIME'S SCORE</text>
<rect x="60" y="60" width="280" height="80" rx="8" fill="#000000" stroke="#F7DC6F"/>
<text x="200" y="118" font-size="52" fill="#58D68D" text-anchor="middle">4,372</text>`,
);

const highScores = svgImage(
  '20240313_110021',
  'b3f4cc4825',
  360,
  200,
  `<rect width="360" height="200" rx="10" fill="#212F3D"/>
<text x="180" y="36" font-size="22" fill="#F4D03F" text-anchor="middle">HIGH SCORES</text>
<text x="60" y="90" font-size="24" fill="#FFFFFF">1. JAIME</text><text x="300" y="90" font-size="24" fill="#5DADE2" text-anchor="end">5,281</text>
<text x="60" y="140" font-size="24" fill="#FFFFFF">2. NIC</text><text x="300" y="140" font-size="24" fill="#5DADE2" text-anchor="end">5,218</text>`,
);

const numberLine = svgImage(
  '20240314_141530',
  '1265c4fced',
  420,
  120,
  `<rect width="420" height="120" fill="#FFFFFF"/>
<line x1="20" y1="60" x2="400" y2="60" stroke="#2C3E50" stroke-width="3"/>
${Array.from({ length: 11 }, (_, i) => {
  const x = 30 + i * 36;
  const tall = i === 0 || i === 10 || i === 5;
  return `<line x1="${x}" y1="${tall ? 45 : 52}" x2="${x}" y2="${tall ? 75 : 68}" stroke="#2C3E50" stroke-width="2"/><text x="${x}" y="98" font-size="14" text-anchor="middle">${40 + i}</text>`;
}).join('\n')}
<circle cx="282" cy="60" r="9" fill="#E74C3C"/>`,
);

const jackpot = svgImage(
  '20240315_160405',
  '42b4b38d85',
  400,
  180,
  `<rect width="400" height="180" rx="14" fill="#7D3C98"/>
<text x="200" y="50" font-size="26" fill="#F9E79F" text-anchor="middle">MEGA JACKPOT</text>
<rect x="40" y="75" width="320" height="80" rx="10" fill="#000000"/>
<text x="200" y="132" font-size="48" fill="#F4D03F" text-anchor="middle">1,250,000</text>`,
);

export const whatArePlaceValues: Lesson = {
  id: 'K645IfRNzpKy',
  title: 'What are the Place Values?',
  objective: 'Understand the ones, tens and hundreds places and what each digit of a number means.',
  category: CATEGORY,
  tags: ['place values', 'ones', 'tens', 'hundreds'],
  images: [ticketCounter, placeValueChart],
  cards: [
    continueCard(
      'Welcome to the arcade',
      ps(
        'Jaime and his sister Nic love the arcade on Main Street. Every game they play gives them prize tickets.',
        "Today Jaime wants to find out exactly how many tickets he has won. Let's help him!",
      ),
      'Ticket counter',
      { buttonText: "Let's go!" },
    ),
    continueCard(
      'Ticket counter',
      p('At the ticket counter, Mr. Reyes keeps tickets in three kinds of piles:') +
        img(ticketCounter, 'Single tickets, bundles of ten and boxes of one hundred') +
        ul(
          'single tickets (<strong>ones</strong>),',
          'bundles of ten tickets (<strong>tens</strong>), and',
          'boxes of one hundred tickets (<strong>hundreds</strong>).',
        ),
      'Ones, tens, hundreds',
    ),
    continueCard(
      'Ones, tens, hundreds',
      ps(
        'When we write a number, each digit sits in a <strong>place</strong>. The place tells us what the digit is worth.',
        'In 34, the 3 is in the <em>tens</em> place, so it means 3 bundles of ten. The 4 is in the <em>ones</em> place, so it means 4 single tickets.',
      ),
      'How many tickets',
      { checkpoint: true },
    ),
    card(
      'How many tickets',
      p('Jaime has 3 bundles of ten tickets and 4 single tickets. How many tickets does he have?'),
      numericInput(
        {
          responses: [
            {
              rules: [Num.equals(34)],
              dest: 'The ones place',
              feedback: p('Right! 3 tens and 4 ones make 34.'),
              correct: true,
            },
            {
              rules: [Num.equals(7)],
              dest: 'How many tickets',
              feedback: p(
                'That adds 3 and 4. But each bundle holds ten tickets, so 3 bundles are worth 30.',
              ),
            },
            {
              rules: [Num.equals(43)],
              dest: 'Ones, tens, hundreds',
              feedback: p(
                "It looks like the tens and ones got swapped. Let's look at the places again.",
              ),
            },
          ],
          otherwise: stay('How many tickets', p('Count the bundles first: each one is 10 tickets.')),
          hints: [p('Three bundles of ten: 10, 20, 30. Then add the single tickets.')],
          solution: {
            answer: 34,
            explanation: p('3 tens = 30 and 4 ones = 4, so Jaime has 30 + 4 = 34 tickets.'),
            exclusive: true,
          },
        },
        { requireNonnegativeInput: true },
      ),
    ),
    continueCard(
      'The ones place',
      ps(
        'The place on the far right is always the <strong>ones</strong> place. Moving one place to the left makes a digit worth ten times more.',
        'So the second place from the right is the <strong>tens</strong> place, and the third is the <strong>hundreds</strong> place.',
      ),
      'The tens digit',
    ),
    card(
      'The tens digit',
      p('Nic has 582 tickets. Which digit is in the <strong>tens</strong> place?'),
      numericInput({
        responses: [
          // Right answer, empty feedback: the next card follows straight away.
          { rules: [Num.equals(8)], dest: 'Hundreds' },
          {
            rules: [Num.equals(5)],
            dest: 'The tens digit',
            feedback: p('5 is in the hundreds place. Look one place to the right.'),
          },
          {
            rules: [Num.equals(2)],
            dest: 'The tens digit',
            feedback: p('2 is in the ones place, the place on the far right.'),
          },
        ],
        otherwise: {
          dest: 'The ones place',
          feedback: p("Type just one digit of 582. Let's go over the places once more."),
        },
      }),
    ),
    continueCard(
      'Hundreds',
      ps(
        'Nic trades ten bundles of ten for one big box. Ten tens make one <strong>hundred</strong>!',
        'A digit in the hundreds place tells us how many boxes of one hundred there are.',
      ),
      'Build the number',
      { checkpoint: true },
    ),
    card(
      'Build the number',
      p(
        'Jaime has 2 boxes of one hundred, no bundles of ten and 6 single tickets. What number is that?',
      ),
      numericInput({
        responses: [
          {
            rules: [Num.equals(206)],
            dest: 'Place value chart',
            feedback: p('Exactly! The 0 keeps the tens place empty, so 2 stays in the hundreds.'),
            correct: true,
          },
          {
            rules: [Num.equals(26)],
            dest: 'Build the number',
            feedback: p(
              'Careful: 26 is 2 tens and 6 ones. We need a 0 to show there are no tens.',
            ),
          },
          {
            rules: [Num.atLeast(1000)],
            dest: 'Build the number',
            feedback: p('That number is too big: it has a thousands place.'),
          },
        ],
        otherwise: stay('Build the number', p('Write the hundreds digit, then tens, then ones.')),
        hints: [p('Hundreds: 2. Tens: 0. Ones: 6.')],
      }),
    ),
    card(
      'Place value chart',
      p('Mr. Reyes shows the number 582 on his place value chart. Click on the hundreds column.') +
        img(placeValueChart, 'A place value chart showing 5 hundreds, 8 tens and 2 ones'),
      imageClick(
        placeValueChart.filename,
        [
          {
            label: 'Hundreds',
            area: [
              [0, 0],
              [0.333, 1],
            ],
          },
          {
            label: 'Tens',
            area: [
              [0.334, 0],
              [0.666, 1],
            ],
          },
          {
            label: 'Ones',
            area: [
              [0.667, 0],
              [1, 1],
            ],
          },
        ],
        {
          responses: [
            { rules: [Click.inRegion('Hundreds')], dest: 'Well done' },
            {
              rules: [Click.inRegion('Tens')],
              dest: 'Place value chart',
              feedback: p('That is the tens column. The hundreds are one more place to the left.'),
            },
            {
              rules: [Click.inRegion('Ones')],
              dest: 'Place value chart',
              feedback: p('That is the ones column, on the far right.'),
            },
          ],
          otherwise: stay('Place value chart', p('Click inside one of the three columns.')),
        },
        { highlightRegionsOnHover: true },
      ),
    ),
    endCard(
      'Well done',
      ps(
        'Well done! You now know the ones, tens and hundreds places.',
        'Jaime is off to play another game. In the next chapter we will find the value of each digit in a number.',
      ),
    ),
  ],
};

export const findingTheValue: Lesson = {
  id: 'Knvx24p24qPO',
  title: 'Finding the Value of a Number',
  objective: 'Find the value of a digit from its place, and write numbers in expanded form.',
  category: CATEGORY,
  tags: ['place values', 'expanded form'],
  images: [scoreboard],
  cards: [
    continueCard(
      "Jaime's score",
      p('Jaime just finished a game of Space Bowling. His score flashes on the board:') +
        img(scoreboard, 'A scoreboard showing 4,372') +
        p('Nic asks: "How much is the 3 in your score really worth?"'),
      'Digit and value',
    ),
    continueCard(
      'Digit and value',
      ps(
        'A <strong>digit</strong> is one of the symbols 0 to 9. Its <strong>value</strong> depends on its place.',
        'In 4,372 the 3 is in the hundreds place, so its value is 3 hundreds, which is 300.',
      ),
      'Value of the 7',
    ),
    card(
      'Value of the 7',
      p('What is the <strong>value</strong> of the 7 in 4,372?'),
      numericInput({
        responses: [
          {
            rules: [Num.equals(70)],
            dest: 'Expanded form',
            feedback: p('Yes! The 7 is in the tens place, so it is worth 7 tens, or 70.'),
            // Right, but left unlabelled, as real lessons often are.
            correct: false,
          },
          {
            rules: [Num.equals(7)],
            dest: 'Value of the 7',
            feedback: p('7 is the digit. What is it worth in the tens place?'),
          },
          {
            rules: [Num.equals(700)],
            dest: 'Digit and value',
            feedback: p("The 7 is not in the hundreds place. Let's look at the places again."),
          },
        ],
        otherwise: stay('Value of the 7', p('Find the place of the 7 first.')),
        hints: [p('The places from the right are ones, tens, hundreds, thousands.')],
        solution: { answer: 70, explanation: p('7 tens = 7 × 10 = 70.'), exclusive: true },
      }),
    ),
    continueCard(
      'Expanded form',
      ps(
        'We can write a number as the sum of the values of its digits. This is called <strong>expanded form</strong>.',
        '4,372 = 4000 + 300 + 70 + 2',
      ),
      'Write it expanded',
      { checkpoint: true },
    ),
    card(
      'Write it expanded',
      p('Nic scored 5,608. Write her score in expanded form, for example 1000+200+30+4.'),
      numericExpression(
        {
          responses: [
            {
              rules: [Expr.upToTrivialManipulations('5000+600+8')],
              dest: "Nic's tickets",
              feedback: p('Perfect: 5 thousands, 6 hundreds and 8 ones. There are no tens.'),
            },
            {
              rules: [Expr.equivalent('5608')],
              dest: 'Write it expanded',
              feedback: p(
                'That is equal to 5,608, but write it as a sum of the value of each digit.',
              ),
            },
          ],
          otherwise: stay('Write it expanded', p('Not quite. Start with 5000, then add the rest.')),
          hints: [p('The 0 is in the tens place, so you can leave it out.')],
          solution: { answer: '5000+600+8', explanation: p('5,608 = 5000 + 600 + 8.') },
        },
        { placeholder: 'e.g. 1000+200+30+4' },
      ),
    ),
    card(
      "Nic's tickets",
      p(
        'Nic has 6 thousands, 0 hundreds, 5 tens and 1 one in tickets. What number is that?',
      ),
      numericInput({
        responses: [
          { rules: [Num.equals(6051)], dest: 'Largest value', feedback: p('Right, 6,051!') },
          {
            rules: [Num.equals(651)],
            dest: 'Expanded form',
            feedback: p('Remember the 0 in the hundreds place. Look at expanded form again.'),
          },
        ],
        otherwise: stay("Nic's tickets", p('Write the digits from thousands down to ones.')),
      }),
    ),
    card(
      'Largest value',
      p('Which digit in 9,146 has the largest value?'),
      multipleChoice(
        [p('9'), p('1'), p('4'), p('6')],
        {
          responses: [
            {
              rules: [MC.is(0)],
              dest: 'Prize shelf',
              feedback: p('Yes: the 9 is worth 9,000.'),
              correct: true,
            },
            {
              rules: [MC.is(3)],
              dest: 'Largest value',
              feedback: p('6 is the biggest digit here apart from 9, but it is only worth 6.'),
            },
          ],
          otherwise: stay('Largest value', p('Think about where each digit sits.')),
        },
      ),
    ),
    continueCard(
      'Prize shelf',
      p(
        'Jaime and Nic walk over to the prize shelf. A stuffed dragon costs 1,250 tickets. Can they afford it? They will find out soon!',
      ),
      'Chapter done',
    ),
    endCard(
      'Chapter done',
      p('Great work! You can now find the value of any digit and write numbers in expanded form.'),
    ),
  ],
};

export const comparingNumbers: Lesson = {
  id: 'aAkDKVDR53cG',
  title: 'Comparing Numbers',
  objective: 'Compare and order whole numbers by looking at their digits from the left.',
  category: CATEGORY,
  tags: ['place values', 'comparing'],
  images: [highScores],
  cards: [
    continueCard(
      'High score board',
      p('The arcade has a high score board for Space Bowling:') +
        img(highScores, 'A high score board: Jaime 5,281 and Nic 5,218') +
        p('Nic says she won. Jaime says he did. Who is right?'),
      'Compare from the left',
    ),
    continueCard(
      'Compare from the left',
      ps(
        'To compare two numbers with the same number of digits, start at the <strong>left</strong>, the biggest place.',
        'If the digits are the same, move one place to the right and compare again. The first place where the digits differ decides.',
      ),
      'Who scored more',
    ),
    card(
      'Who scored more',
      p('Jaime scored 5,281 and Nic scored 5,218. Who scored more?'),
      multipleChoice(
        [p('Jaime'), p('Nic'), p('They scored the same')],
        {
          responses: [
            {
              rules: [MC.is(0)],
              dest: 'Greater and less',
              feedback: p('Yes! The thousands and hundreds are equal, and 8 tens beat 1 ten.'),
            },
            {
              rules: [MC.is(1)],
              dest: 'Compare from the left',
              feedback: p("Not quite: look at the tens place. Let's go over the method again."),
            },
          ],
          otherwise: stay('Who scored more', p('The digits are not all the same. Look closely!')),
        },
        { shuffle: true },
      ),
    ),
    continueCard(
      'Greater and less',
      ps(
        'We say 5,281 is <strong>greater than</strong> 5,218, and 5,218 is <strong>less than</strong> 5,281.',
        'Mathematicians write 5,281 &gt; 5,218 and 5,218 &lt; 5,281.',
      ),
      'Greater or less',
      { checkpoint: true },
    ),
    card(
      'Greater or less',
      p('Is 703 greater than or less than 730? Type "greater" or "less".'),
      textInput(
        {
          responses: [
            { rules: [Text.contains('less')], dest: 'Order the scores' },
            {
              rules: [Text.contains('greater', 'more', 'bigger')],
              dest: 'Greater or less',
              feedback: p('Both have 7 hundreds. Now compare the tens: 0 tens and 3 tens.'),
            },
          ],
          otherwise: stay('Greater or less', p('Please answer with "greater" or "less".')),
          solution: { answer: 'less', explanation: p('0 tens is less than 3 tens, so 703 &lt; 730.') },
        },
        { placeholder: 'greater or less' },
      ),
    ),
    card(
      'Order the scores',
      p('Put these scores in order from <strong>greatest</strong> to <strong>least</strong>.'),
      dragAndDrop([p('4,090'), p('4,900'), p('409'), p('4,009')], {
        responses: [
          {
            rules: [Order.is(1, 0, 3, 2)],
            dest: 'Biggest number',
            feedback: p('Well sorted!'),
          },
          {
            rules: [Order.at(2, 1)],
            dest: 'Order the scores',
            feedback: p('409 has only three digits, so it is the smallest of all.'),
          },
          {
            rules: [Order.offByOne(1, 0, 3, 2)],
            dest: 'Order the scores',
            feedback: p('Almost! Just one score is in the wrong spot.'),
          },
        ],
        otherwise: stay('Order the scores', p('Compare the hundreds digits of the four-digit scores.')),
        hints: [p('4,900 has 9 hundreds, more than any other score.')],
        solution: {
          answer: [1, 0, 3, 2],
          explanation: p('4,900 &gt; 4,090 &gt; 4,009 &gt; 409.'),
          exclusive: true,
        },
      }),
    ),
    card(
      'Biggest number',
      p(
        'Using each of the digits 3, 8, 1 and 5 exactly once, what is the greatest four-digit number you can make?',
      ),
      numericInput({
        responses: [
          {
            rules: [Num.equals(8531)],
            dest: 'Prize time',
            feedback: p('Yes: put the biggest digit in the biggest place.'),
          },
          {
            rules: [Num.greaterThan(8531)],
            dest: 'Biggest number',
            feedback: p('Use only the digits 3, 8, 1 and 5, once each.'),
          },
          {
            rules: [Num.lessThan(8531)],
            dest: 'Compare from the left',
            feedback: p('You can make a bigger one. Remember: the left-most place matters most.'),
          },
        ],
        otherwise: stay('Biggest number', p('Try again.')),
      }),
    ),
    continueCard(
      'Prize time',
      p('Jaime wins the high score prize: a shiny arcade token!'),
      'Comparing done',
    ),
    endCard('Comparing done', p('Congratulations! You can compare and order numbers.')),
  ],
};

export const roundingNumbers: Lesson = {
  id: 'mCcS5sx4qtCq',
  title: 'Rounding Numbers to a Given Place',
  objective: 'Round whole numbers to the nearest ten, hundred or thousand and use rounding to estimate.',
  category: CATEGORY,
  tags: ['place values', 'rounding', 'estimation'],
  images: [numberLine],
  cards: [
    continueCard(
      'Ticket jar',
      ps(
        'The arcade has a guessing game: how many tickets are in the big jar? Nic counts 47 tickets on the top layer.',
        'She does not need an exact number for her guess, just a <strong>rounded</strong> one.',
      ),
      'Nearest ten',
    ),
    continueCard(
      'Nearest ten',
      p('Here is 47 on a number line from 40 to 50:') +
        img(numberLine, 'A number line from 40 to 50 with 47 marked') +
        p('47 is closer to 50 than to 40, so 47 rounded to the nearest ten is 50.'),
      'Round 47',
    ),
    card(
      'Round 47',
      p('What is 47 rounded to the nearest ten?'),
      numericInput({
        responses: [
          { rules: [Num.equals(50)], dest: 'The halfway rule' },
          {
            rules: [Num.equals(40)],
            dest: 'Nearest ten',
            feedback: p('Is 47 closer to 40 or to 50? Look at the number line again.'),
          },
        ],
        otherwise: stay('Round 47', p('A number rounded to the nearest ten ends in 0.')),
        solution: { answer: 50, explanation: p('47 is 3 away from 50 and 7 away from 40.') },
      }),
    ),
    continueCard(
      'The halfway rule',
      ps(
        'Look at the digit just to the right of the place you are rounding to.',
        'If it is 5 or more, round <strong>up</strong>. If it is 4 or less, round <strong>down</strong>. So 45 rounds up to 50.',
      ),
      'Round 350',
      { checkpoint: true },
    ),
    card(
      'Round 350',
      p('Round 350 to the nearest hundred.'),
      numericInput({
        responses: [
          {
            rules: [Num.equals(400)],
            dest: 'Round the tickets',
            feedback: p('Yes! 350 is exactly halfway, and halfway rounds up.'),
          },
          {
            rules: [Num.equals(300)],
            // Labelled correct although it keeps the learner here: the label is not the truth.
            dest: 'Round 350',
            feedback: p('350 is exactly halfway between 300 and 400. Halfway rounds up.'),
            correct: true,
          },
        ],
        otherwise: stay('Round 350', p('Round to a number that ends in 00.')),
      }),
    ),
    card(
      'Round the tickets',
      p('The jar label says it holds 2,487 tickets. Round 2,487 to the nearest hundred.'),
      numericInput({
        responses: [
          { rules: [Num.equals(2500)], dest: 'Quick estimate', feedback: p('Right, about 2,500.') },
          {
            rules: [Num.equals(2490)],
            dest: 'Round the tickets',
            feedback: p('That is rounded to the nearest ten. We want the nearest hundred.'),
          },
          {
            rules: [Num.equals(2000), Num.equals(3000)],
            dest: 'The halfway rule',
            feedback: p('That is the nearest thousand. Look at the tens digit to round to hundreds.'),
          },
        ],
        otherwise: stay('Round the tickets', p('Look at the tens digit, 8.')),
      }),
    ),
    card(
      'Quick estimate',
      p('Estimate 612 + 289 by rounding each number to the nearest hundred first.'),
      numericInput({
        responses: [
          {
            rules: [Num.equals(900)],
            dest: 'Rounds to 70',
            feedback: p('600 + 300 = 900. A quick and useful estimate!'),
          },
          {
            rules: [Num.within(10, 901)],
            dest: 'Quick estimate',
            feedback: p('That is (close to) the exact sum. Round both numbers first, then add.'),
          },
        ],
        otherwise: stay('Quick estimate', p('612 rounds to 600. What does 289 round to?')),
        hints: [p('289 is closer to 300 than to 200.')],
      }),
    ),
    card(
      'Rounds to 70',
      p('Select <strong>all</strong> the numbers that round to 70 when rounded to the nearest ten.'),
      itemSelection(
        [p('65'), p('74'), p('75'), p('68'), p('61')],
        2,
        3,
        {
          responses: [
            { rules: [Items.equals(0, 1, 3)], dest: 'Cash in', feedback: p('Exactly right.') },
            {
              rules: [Items.containsAtLeastOneOf(2)],
              dest: 'Rounds to 70',
              feedback: p('75 has 5 ones, so it rounds up to 80.'),
            },
            {
              rules: [Items.containsAtLeastOneOf(4)],
              dest: 'Rounds to 70',
              feedback: p('61 is closer to 60.'),
            },
          ],
          otherwise: stay('Rounds to 70', p('Some numbers that round to 70 are missing.')),
        },
      ),
    ),
    continueCard(
      'Cash in',
      p('Nic guesses 2,500 tickets, and wins the jar! Rounding helped her make a great guess.'),
      'Rounding done',
    ),
    endCard('Rounding done', p('Congratulations! You can round numbers and make estimates.')),
  ],
};

export const readingBigNumbers: Lesson = {
  id: 'N1QCKUmez60Q',
  title: 'Reading Really Big Numbers',
  objective: 'Read and write numbers in the thousands and millions, in digits and in words.',
  category: CATEGORY,
  tags: ['place values', 'millions'],
  images: [jackpot],
  cards: [
    continueCard(
      'The jackpot',
      p('At the back of the arcade is the Mega Jackpot machine:') +
        img(jackpot, 'A jackpot display showing 1,250,000') +
        p('"How do you even say that number?" asks Jaime.'),
      'Groups of three',
    ),
    continueCard(
      'Groups of three',
      ps(
        'Big numbers are split into groups of three digits by commas: ones, thousands, millions.',
        'In 1,250,000 the 1 is in the millions place, the 2 in the hundred-thousands place, and the 5 in the ten-thousands place. We read it "one million, two hundred fifty thousand".',
      ),
      'Hundred thousands',
    ),
    card(
      'Hundred thousands',
      p('In 1,250,000, which digit is in the <strong>hundred-thousands</strong> place?'),
      numericInput({
        responses: [
          { rules: [Num.equals(2)], dest: 'Say it in words', feedback: p('Correct!') },
          {
            rules: [Num.equals(5)],
            dest: 'Hundred thousands',
            feedback: p('5 is in the ten-thousands place. Look one place to the left.'),
          },
          {
            rules: [Num.equals(1)],
            dest: 'Groups of three',
            feedback: p("1 is in the millions place. Let's look at the groups again."),
          },
        ],
        otherwise: stay('Hundred thousands', p('Type one digit of 1,250,000.')),
      }),
    ),
    card(
      'Say it in words',
      p('Write 3,400 in words.'),
      textInput(
        {
          responses: [
            {
              rules: [Text.fuzzyEquals('three thousand four hundred')],
              dest: 'Number from words',
              feedback: p('Nicely done!'),
            },
            {
              rules: [Text.startsWith('thirty four hundred', 'thirty-four hundred')],
              dest: 'Say it in words',
              feedback: p('People do say that, but try it with "thousand".'),
            },
            {
              rules: [Text.startsWith('three thousand')],
              dest: 'Say it in words',
              feedback: p('Good start! What about the 4 in the hundreds place?'),
            },
          ],
          otherwise: stay('Say it in words', p('Start with the thousands: "three thousand ...".')),
          solution: {
            answer: 'three thousand four hundred',
            explanation: p('3 thousands and 4 hundreds: three thousand four hundred.'),
          },
        },
        { placeholder: 'Type the number in words', catchMisspellings: true },
      ),
    ),
    card(
      'Number from words',
      p('Type this number in digits: two million, forty thousand and six.'),
      numericInput({
        responses: [
          { rules: [Num.equals(2040006)], dest: 'Choose your path', feedback: p('Well done!') },
          {
            rules: [Num.lessThan(1000000)],
            dest: 'Groups of three',
            feedback: p("Two million has seven digits. Let's look at the groups again."),
          },
        ],
        otherwise: stay('Number from words', p('Check each group of three digits.')),
        hints: [p('Millions: 2. Thousands: 040. Ones: 006.')],
      }),
    ),
    card(
      'Choose your path',
      p('Jaime wonders how big a million really is. What would you like to do?'),
      multipleChoice(
        [p('Show me how big a million is'), p('Skip to the final challenge')],
        {
          responses: [
            { rules: [MC.is(0)], dest: 'How big is a million' },
            {
              rules: [MC.is(1)],
              dest: 'Final challenge',
              feedback: p("Straight to the challenge, then. Let's go!"),
            },
          ],
          otherwise: stay('Choose your path', p('Pick one of the two options.')),
        },
      ),
    ),
    continueCard(
      'How big is a million',
      ps(
        'If Jaime won one ticket every second, day and night, it would take him more than 11 days to win a million tickets!',
        'A million is a thousand thousands.',
      ),
      'Final challenge',
    ),
    card(
      'Final challenge',
      p('Type any number that is greater than one million.'),
      numericInput({
        responses: [
          {
            rules: [Num.greaterThan(1000000)],
            dest: 'Big numbers done',
            correct: true,
          },
        ],
        otherwise: stay('Final challenge', p('One million is 1,000,000. Try a bigger number.')),
      }),
      true,
    ),
    endCard(
      'Big numbers done',
      p('Fantastic! You can read, write and compare really big numbers. Jaime and Nic are proud of you.'),
    ),
  ],
};

/** Story node 6, "Ready To Publish": exists, but no learner may reach it yet. */
export const placeValuesReview: Lesson = {
  id: 'lhWI4mak32GN',
  title: 'Place Values Review',
  objective: 'Review everything about place values.',
  category: CATEGORY,
  cards: [
    continueCard('Review intro', p("Let's review what Jaime and Nic learned."), 'Review question'),
    card(
      'Review question',
      p('What is the value of the 6 in 1,604?'),
      numericInput({
        responses: [{ rules: [Num.equals(600)], dest: 'Review done', feedback: p('Yes!') }],
        otherwise: stay('Review question', p('The 6 is in the hundreds place.')),
      }),
    ),
    endCard('Review done', p('Review complete.')),
  ],
};
