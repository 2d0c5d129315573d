/** Expressions and Equations: "Lucia's Puzzle Club". */
import { img, p, ps, svgImage } from '../html';
import {
  algebraicExpression,
  card,
  continueCard,
  endCard,
  Expr,
  MC,
  multipleChoice,
  Num,
  numericExpression,
  numericInput,
  stay,
  Text,
  textInput,
} from '../interactions';
import type { Lesson } from '../oppia';

const CATEGORY = 'Mathematics';

const balance = svgImage(
  '20240701_140000',
  '2d84c7dc95',
  360,
  200,
  `<rect width="360" height="200" fill="#FFFFFF"/>
<polygon points="180,120 160,190 200,190" fill="#7F8C8D"/>
<line x1="40" y1="120" x2="320" y2="120" stroke="#34495E" stroke-width="6"/>
<rect x="50" y="70" width="40" height="40" rx="6" fill="#8E44AD"/><text x="70" y="98" font-size="22" fill="#FFFFFF" text-anchor="middle">x</text>
${[0, 1, 2, 3, 4, 5, 6].map((i) => `<circle cx="${105 + (i % 4) * 16}" cy="${i < 4 ? 103 : 87}" r="7" fill="#F39C12"/>`).join('')}
${Array.from({ length: 12 }, (_, i) => `<circle cx="${225 + (i % 6) * 15}" cy="${i < 6 ? 103 : 88}" r="7" fill="#F39C12"/>`).join('')}`,
);

export const orderOfOperations: Lesson = {
  id: 'yyHdc9N9F82A',
  title: 'Order of Operations',
  objective: 'Evaluate expressions using the order of operations.',
  category: CATEGORY,
  tags: ['expressions', 'order of operations'],
  cards: [
    continueCard(
      'Puzzle club',
      ps(
        'Lucia runs a puzzle club after school. Her first puzzle: what is 3 + 4 × 2?',
        'Half the club said 14 and half said 11. Who is right?',
      ),
      'The rule',
    ),
    continueCard(
      'The rule',
      ps(
        'Mathematicians agree on an order: first brackets, then multiplication and division, then addition and subtraction.',
        'So 3 + 4 × 2 = 3 + 8 = 11.',
      ),
      'Work it out',
    ),
    card(
      'Work it out',
      p('What is 10 − 2 × 3?'),
      numericInput({
        responses: [
          { rules: [Num.equals(4)], dest: 'Add brackets', feedback: p('Yes: 10 − 6 = 4.') },
          {
            rules: [Num.equals(24)],
            dest: 'The rule',
            feedback: p("That subtracts first. Multiplication comes first, let's look at the rule again."),
          },
        ],
        otherwise: stay('Work it out', p('Multiply first, then subtract.')),
        solution: { answer: 4, explanation: p('2 × 3 = 6, and 10 − 6 = 4.'), exclusive: true },
      }),
    ),
    card(
      'Add brackets',
      p('Write an expression with brackets that adds 3 and 4 first, then multiplies by 2.'),
      numericExpression({
        responses: [
          {
            rules: [Expr.exactly('(3+4)*2')],
            dest: 'Puzzle solved',
            feedback: p('Exactly: (3 + 4) × 2 = 14.'),
          },
          {
            rules: [Expr.upToTrivialManipulations('(3+4)*2')],
            dest: 'Puzzle solved',
            feedback: p('That works too: the order of factors does not matter.'),
          },
          {
            rules: [Expr.equivalent('14')],
            dest: 'Add brackets',
            feedback: p('That equals 14, but use brackets around 3 + 4.'),
          },
        ],
        otherwise: stay('Add brackets', p('Put brackets around the part to do first.')),
      }),
    ),
    endCard('Puzzle solved', p('Both halves of the club learned something today. Well done!')),
  ],
};

export const whatIsAVariable: Lesson = {
  id: 'LGSqTQxhFbNY',
  title: 'What is a Variable?',
  objective: 'Use letters to stand for unknown numbers.',
  category: CATEGORY,
  tags: ['variables', 'algebra'],
  cards: [
    continueCard(
      'Mystery box',
      ps(
        'Lucia hides some marbles in a box. We do not know how many, so we call the number <strong>n</strong>.',
        'A letter that stands for a number is called a <strong>variable</strong>.',
      ),
      'Five more',
    ),
    card(
      'Five more',
      p('Lucia adds 5 marbles to the box. Write an expression for the number of marbles now.'),
      algebraicExpression(['n'], {
        responses: [
          {
            rules: [Expr.upToTrivialManipulations('n+5')],
            dest: 'Name it',
            feedback: p('Yes: n + 5.'),
          },
          {
            rules: [Expr.equivalent('n-5')],
            dest: 'Five more',
            feedback: p('She <em>adds</em> marbles, so the number grows.'),
          },
        ],
        otherwise: stay('Five more', p('Start with n, then add 5.')),
        solution: { answer: 'n+5', explanation: p('n marbles plus 5 more: n + 5.') },
      }),
    ),
    card(
      'Name it',
      p('What do we call a letter that stands for an unknown number?'),
      textInput({
        responses: [{ rules: [Text.equals('variable', 'a variable')], dest: 'Variables done' }],
        otherwise: stay('Name it', p('It starts with "v".')),
      }),
    ),
    endCard('Variables done', p('Great! You know what a variable is.')),
  ],
};

export const writingExpressions: Lesson = {
  id: 'IgbAZIHqQCQD',
  title: 'Writing Expressions',
  objective: 'Translate word descriptions into algebraic expressions.',
  category: CATEGORY,
  tags: ['expressions', 'algebra'],
  cards: [
    continueCard(
      'Words to symbols',
      ps(
        '"Three times a number" becomes 3x. "A number minus four" becomes x − 4.',
        'Lucia challenges the club to turn words into expressions.',
      ),
      'Triple it',
    ),
    card(
      'Triple it',
      p('Write "three times a number x, plus two" as an expression.'),
      algebraicExpression(['x'], {
        responses: [
          { rules: [Expr.equivalent('3*x+2')], dest: 'Same expression' },
        ],
        otherwise: stay('Triple it', p('Three times x is 3x. Then add 2.')),
        hints: [p('Type 3*x+2.')],
      }),
    ),
    card(
      'Same expression',
      p('Which expression is equal to 2(x + 3)?'),
      multipleChoice(
        [p('2x + 6'), p('2x + 3'), p('x + 6')],
        {
          responses: [
            { rules: [MC.is(0)], dest: 'Expressions done', feedback: p('Yes: 2 times x plus 2 times 3.') },
            {
              rules: [MC.is(1)],
              dest: 'Same expression',
              feedback: p('Multiply <em>both</em> terms in the brackets by 2.'),
            },
          ],
          otherwise: stay('Same expression', p('Share the 2 with both x and 3.')),
        },
      ),
    ),
    endCard('Expressions done', p('Well done! You can write expressions.')),
  ],
};

export const solvingEquations: Lesson = {
  id: 'Lh4J3PtCWWXP',
  title: 'Solving Simple Equations',
  objective: 'Solve one-step equations by keeping both sides balanced.',
  category: CATEGORY,
  tags: ['equations'],
  images: [balance],
  cards: [
    continueCard(
      'The balance',
      p('An equation is like a balance. Both sides weigh the same:') +
        img(balance, 'A balance with a box x and 7 marbles on the left and 12 marbles on the right') +
        p('x + 7 = 12. To find x, take 7 marbles off <em>both</em> sides.'),
      'Find x',
    ),
    card(
      'Find x',
      p('Solve x + 7 = 12. What is x?'),
      numericInput({
        responses: [
          { rules: [Num.equals(5)], dest: 'Multiply equation', feedback: p('Yes: 5 + 7 = 12.') },
          {
            rules: [Num.equals(19)],
            dest: 'The balance',
            feedback: p('That adds 7 instead of taking it away. Look at the balance again.'),
          },
        ],
        otherwise: stay('Find x', p('What plus 7 makes 12?')),
      }),
    ),
    card(
      'Multiply equation',
      p('Solve 4y = 34. Give y as a decimal.'),
      numericInput({
        responses: [
          {
            rules: [Num.within(0.01, 8.5)],
            dest: 'Equations done',
            feedback: p('Right: 34 ÷ 4 = 8.5.'),
          },
          {
            rules: [Num.equals(30)],
            dest: 'Multiply equation',
            feedback: p('4y means 4 times y, so divide both sides by 4.'),
          },
        ],
        otherwise: stay('Multiply equation', p('Divide 34 by 4.')),
        solution: { answer: 8.5, explanation: p('y = 34 ÷ 4 = 8.5.') },
      }),
    ),
    endCard('Equations done', p('Balanced! You can solve simple equations.')),
  ],
};

export const equationsInRealLife: Lesson = {
  id: 'sRExYZRuJbOC',
  title: 'Equations in Real Life',
  objective: 'Write and solve an equation for a real problem, in two different ways.',
  category: CATEGORY,
  tags: ['equations', 'word problems'],
  cards: [
    continueCard(
      'Club budget',
      p(
        'The puzzle club has $50. Puzzle books cost $8 each, and they already spent $10 on pencils. How many books can they buy?',
      ),
      'Pick a method',
    ),
    card(
      'Pick a method',
      p('How would you like to solve it?'),
      multipleChoice(
        [p('Write an equation'), p('Guess and check')],
        {
          responses: [
            { rules: [MC.is(0)], dest: 'Equation way', feedback: p('Good choice.') },
            { rules: [MC.is(1)], dest: 'Guess and check way' },
          ],
          otherwise: stay('Pick a method', p('Choose a method.')),
        },
        { shuffle: true },
      ),
    ),
    card(
      'Equation way',
      p('8b + 10 = 50. What is b?'),
      numericInput({
        responses: [{ rules: [Num.equals(5)], dest: 'Budget done', feedback: p('8 × 5 + 10 = 50.') }],
        otherwise: stay('Equation way', p('Take 10 from both sides, then divide by 8.')),
      }),
    ),
    card(
      'Guess and check way',
      p('Try numbers of books: 4 books cost $32 plus $10 pencils = $42. How many books use exactly $50?'),
      numericInput({
        responses: [{ rules: [Num.equals(5)], dest: 'Budget done', feedback: p('$40 + $10 = $50.') }],
        otherwise: stay('Guess and check way', p('Try one more book than 4.')),
      }),
    ),
    endCard('Budget done', p('The club buys 5 puzzle books. Both methods work!')),
  ],
};
