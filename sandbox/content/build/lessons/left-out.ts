/**
 * Lessons a correct walk never reaches: the chapters of the unpublished ("Coming soon") Decimals
 * topic and of the unpublished Computing classroom. They are complete and playable on purpose, so
 * a walk that wrongly includes them would pass them rather than fail loudly.
 */
import { p, ps } from '../html';
import {
  card,
  continueCard,
  endCard,
  MC,
  multipleChoice,
  Num,
  numericInput,
  stay,
} from '../interactions';
import type { Lesson } from '../oppia';

export const tenthsAtTheTrack: Lesson = {
  id: 'v4zO6WJ36xoI',
  title: 'Tenths at the Track',
  objective: 'Read times in tenths of a second.',
  category: 'Mathematics',
  tags: ['decimals'],
  cards: [
    continueCard(
      'Stopwatch',
      ps('Omar runs 100 m in 14.7 seconds.', 'The 7 is in the <strong>tenths</strong> place.'),
      'Tenths digit',
    ),
    card(
      'Tenths digit',
      p('Which digit is in the tenths place of 12.3?'),
      numericInput({
        responses: [{ rules: [Num.equals(3)], dest: 'Tenths done' }],
        otherwise: stay('Tenths digit', p('Look just right of the decimal point.')),
      }),
    ),
    endCard('Tenths done', p('Well done!')),
  ],
};

export const hundredthsAtTheTrack: Lesson = {
  id: 'Gj14kn8Syc1t',
  title: 'Hundredths at the Finish Line',
  objective: 'Compare decimal times.',
  category: 'Mathematics',
  tags: ['decimals'],
  cards: [
    card(
      'Photo finish',
      p('Who was faster: 9.58 seconds or 9.63 seconds?'),
      multipleChoice([p('9.58 seconds'), p('9.63 seconds')], {
        responses: [{ rules: [MC.is(0)], dest: 'Finish done', feedback: p('Less time is faster.') }],
        otherwise: stay('Photo finish', p('The smaller time wins a race.')),
      }),
    ),
    endCard('Finish done', p('Great!')),
  ],
};

export const robotSteps: Lesson = {
  id: '6P6sKIqs1QSz',
  title: 'Giving Robo Instructions',
  objective: 'Write step-by-step instructions.',
  category: 'Computing',
  tags: ['algorithms'],
  cards: [
    continueCard(
      'Meet Robo',
      p('Robo follows instructions exactly, one step at a time.'),
      'Steps to the door',
    ),
    card(
      'Steps to the door',
      p('Robo needs 3 steps to reach the door and takes 1 step per instruction. How many instructions?'),
      numericInput({
        responses: [{ rules: [Num.equals(3)], dest: 'Robo done' }],
        otherwise: stay('Steps to the door', p('One instruction per step.')),
      }),
    ),
    endCard('Robo done', p('Robo reached the door!')),
  ],
};

export const robotLoops: Lesson = {
  id: 'QYJ8fVXe03qx',
  title: 'Robo Repeats Itself',
  objective: 'Use loops to repeat instructions.',
  category: 'Computing',
  tags: ['loops'],
  cards: [
    continueCard('Loops', p('A loop repeats instructions.'), 'Loop count'),
    card(
      'Loop count',
      p('"Repeat 4 times: step forward." How many steps does Robo take?'),
      numericInput({
        responses: [{ rules: [Num.equals(4)], dest: 'Loops done' }],
        otherwise: stay('Loop count', p('Count the repeats.')),
      }),
    ),
    endCard('Loops done', p('Loops save a lot of typing!')),
  ],
};
