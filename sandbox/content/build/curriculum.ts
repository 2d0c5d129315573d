/**
 * The seeded catalog: a Math classroom modelled on oppia.org's (topic and story ids from Oppia's
 * HACKY_TRANSLATION_KEYS, see ../README.md), a small Science classroom, and the items a correct
 * walk must leave out: an unpublished classroom, a "Coming soon" topic, a Draft chapter and a
 * "Ready To Publish" chapter.
 */
import type { ClassroomDef } from './catalog';
import * as as from './lessons/addition-subtraction';
import * as div from './lessons/division';
import * as expr from './lessons/expressions';
import * as frac from './lessons/fractions';
import * as out from './lessons/left-out';
import * as fair from './lessons/math-fair';
import * as mul from './lessons/multiplication';
import * as pv from './lessons/place-values';
import * as ratio from './lessons/ratios';
import * as sci from './lessons/science';

const thumb = (filename: string, bg_color: string) => ({ filename, bg_color });

export const CLASSROOMS: ClassroomDef[] = [
  {
    classroom_id: 'tJEFvtgb9ReL',
    name: 'Math',
    url_fragment: 'math',
    teaser_text: 'Learn math through fun stories!',
    course_details:
      "Oppia's curated math foundations course teaches the building blocks of math, covering essential concepts like addition, multiplication and fractions.",
    topic_list_intro:
      'Start from the basics with our first topic, place values. Or, if you want to brush up on a specific topic, jump to any topic and dive in!',
    is_published: true,
    is_diagnostic_test_enabled: false,
    index: 0,
    thumbnail: thumb('math.svg', '#B3D8F1'),
    banner: thumb('math-banner.svg', '#B3D8F1'),
    topics: [
      {
        id: 'iX9kYCjnouWN',
        name: 'Place Values',
        url_fragment: 'place-values',
        description:
          'Learn how the place of a digit gives it its value, and use place values to compare and round numbers.',
        is_published: true,
        thumbnail: thumb('topic-place-values.svg', '#F8BF74'),
        stories: [
          {
            id: 'RRVMHsZ5Mobh',
            title: "Jaime's Adventures in the Arcade",
            url_fragment: 'jaimes-adventures-arcade',
            description:
              "In this story, we'll follow Jaime and his sister Nic as they learn how to represent and read a number's value.",
            thumbnail: thumb('story-jaime-arcade.svg', '#F8BF74'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Jaime and Nic count their prize tickets in ones, tens and hundreds.',
                status: 'Published',
                lesson: pv.whatArePlaceValues,
              },
              {
                node_id: 'node_2',
                description: 'How much is each digit of a high score worth?',
                status: 'Published',
                lesson: pv.findingTheValue,
              },
              {
                node_id: 'node_3',
                description: 'Who won at Space Bowling? Compare and order scores.',
                status: 'Published',
                lesson: pv.comparingNumbers,
              },
              {
                node_id: 'node_4',
                description: 'Nic rounds numbers to guess the tickets in the jar.',
                status: 'Published',
                lesson: pv.roundingNumbers,
              },
              {
                node_id: 'node_5',
                description: 'Read the Mega Jackpot: thousands and millions.',
                status: 'Published',
                lesson: pv.readingBigNumbers,
              },
              {
                node_id: 'node_6',
                description: 'A review of the whole story.',
                status: 'Ready To Publish',
                lesson: pv.placeValuesReview,
              },
            ],
          },
        ],
      },
      {
        id: 'sWBXKH4PZcK6',
        name: 'Addition and Subtraction',
        url_fragment: 'addition-subtraction',
        description: 'Learn to add and subtract, from small numbers to big ones.',
        is_published: true,
        thumbnail: thumb('topic-addition-subtraction.svg', '#C6DCDA'),
        stories: [
          {
            id: 'Qu6THxP29tOy',
            title: 'Maya, Omar and Malik make a pizza!',
            url_fragment: 'maya-omar-malik-pizza',
            description:
              'Join Maya, Omar and Malik as they make a pizza and learn to add and subtract along the way.',
            thumbnail: thumb('story-pizza.svg', '#C6DCDA'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Toppings go on the pizza: what adding means.',
                status: 'Published',
                lesson: as.whatIsAddition,
              },
              {
                node_id: 'node_2',
                description: 'Adding in any order and making ten.',
                status: 'Published',
                lesson: as.basicsOfAddition,
              },
              {
                node_id: 'node_3',
                description: 'Slices get eaten: what subtracting means.',
                status: 'Published',
                lesson: as.whatIsSubtraction,
              },
              {
                node_id: 'node_4',
                description: 'Fact families link adding and subtracting.',
                status: 'Published',
                lesson: as.basicsOfSubtraction,
              },
              {
                // Real stories keep node ids in creation order, not story order.
                node_id: 'node_7',
                description: 'The pizza shop adds up its weekend sales.',
                status: 'Published',
                lesson: as.addingLargerNumbers,
              },
              {
                node_id: 'node_5',
                description: 'How much cheese is left? Subtracting with borrowing.',
                status: 'Published',
                lesson: as.subtractingLargeNumbers,
              },
              {
                node_id: 'node_6',
                description: 'Plan the pizza party with word problems.',
                status: 'Published',
                lesson: as.pizzaPartyProblems,
              },
            ],
          },
        ],
      },
      {
        id: 'C4fqwrvqWpRm',
        name: 'Multiplication',
        url_fragment: 'multiplication',
        description: 'Learn to multiply using equal groups, arrays and clever tricks.',
        is_published: true,
        thumbnail: thumb('topic-multiplication.svg', '#F7A66B'),
        stories: [
          {
            id: 'vfJDB3JAdwIx',
            title: "Kamal's Kite Shop",
            url_fragment: 'kamals-kite-shop',
            description: 'Kamal helps out in his grandmother\'s kite shop and discovers multiplication.',
            thumbnail: thumb('story-kite-shop.svg', '#F7A66B'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Rows of kites and equal groups.',
                status: 'Published',
                lesson: mul.whatIsMultiplication,
              },
              {
                node_id: 'node_2',
                description: 'Boxes of string: multiplying by 10 and 100.',
                status: 'Published',
                lesson: mul.multiplyingByTen,
              },
              {
                // A Draft in the middle: published chapters after it are numbered without it.
                node_id: 'node_3',
                description: 'Tricks for the times tables (being written).',
                status: 'Draft',
                lesson: mul.timesTableTricks,
              },
              {
                node_id: 'node_4',
                description: 'Kite strings: multiplying two-digit numbers.',
                status: 'Published',
                lesson: mul.multiplyingBiggerNumbers,
              },
              {
                node_id: 'node_5',
                description: 'The Saturday rush: which problems need multiplying?',
                status: 'Published',
                lesson: mul.multiplicationWordProblems,
              },
              {
                node_id: 'node_6',
                description: 'Turning the rows around: the order of factors.',
                status: 'Published',
                lesson: mul.orderOfFactors,
              },
            ],
          },
          {
            id: 'fq0tJ7Qp9v1q',
            title: "Multiplication at the Farmers' Market",
            url_fragment: 'farmers-market',
            description: 'Practise multiplying with the stall holders at the farmers\' market.',
            thumbnail: thumb('story-farmers-market.svg', '#D6E3A5'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Apples in rows and columns.',
                status: 'Published',
                lesson: mul.arraysOfApples,
              },
              {
                node_id: 'node_2',
                description: 'Mr. Diaz multiplies in his head.',
                status: 'Published',
                lesson: mul.doublingAndHalving,
              },
              {
                node_id: 'node_3',
                description: 'Win the fruit basket.',
                status: 'Published',
                lesson: mul.marketDayChallenge,
              },
            ],
          },
        ],
      },
      {
        id: 'qW12maD4hiA8',
        name: 'Division',
        url_fragment: 'division',
        description: 'Learn to share equally, find remainders and divide big numbers.',
        is_published: true,
        thumbnail: thumb('topic-division.svg', '#D6E3A5'),
        stories: [
          {
            id: 'rqnxwceQyFnv',
            title: 'Sharing Snacks at the Fair',
            url_fragment: 'sharing-snacks-at-the-fair',
            description: 'Ana, Ben and Chloe share their snacks fairly at the school fair.',
            thumbnail: thumb('story-school-fair.svg', '#D6E3A5'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Cookies on plates: sharing equally.',
                status: 'Published',
                lesson: div.whatIsDivision,
              },
              {
                node_id: 'node_2',
                description: 'Multiplication facts help us divide.',
                status: 'Published',
                lesson: div.divisionAndMultiplication,
              },
              {
                node_id: 'node_3',
                description: 'Balloons that do not share out exactly.',
                status: 'Published',
                lesson: div.remainders,
              },
              {
                node_id: 'node_4',
                description: 'Popcorn for twelve classes.',
                status: 'Published',
                lesson: div.longDivision,
              },
              {
                node_id: 'node_5',
                description: 'Dividing by 10 and 100, with units.',
                status: 'Published',
                lesson: div.dividingByTen,
              },
            ],
          },
        ],
      },
      {
        id: 'dLmjjMDbCcrf',
        name: 'Expressions and Equations',
        // "expressions-equations" would be 21 characters; Oppia allows 20.
        url_fragment: 'expressions',
        description: 'Learn the order of operations, variables, and how to solve equations.',
        is_published: true,
        thumbnail: thumb('topic-expressions.svg', '#B3D8F1'),
        stories: [
          {
            id: '3M5VBajMccXO',
            title: "Lucia's Puzzle Club",
            url_fragment: 'lucias-puzzle-club',
            description: 'Lucia and her friends solve puzzles with expressions and equations.',
            thumbnail: thumb('story-puzzle-club.svg', '#B3D8F1'),
            chapters: [
              {
                node_id: 'node_1',
                description: '14 or 11? The order of operations.',
                status: 'Published',
                lesson: expr.orderOfOperations,
              },
              {
                node_id: 'node_2',
                description: 'Marbles in a mystery box.',
                status: 'Published',
                lesson: expr.whatIsAVariable,
              },
              {
                node_id: 'node_3',
                description: 'Turning words into expressions.',
                status: 'Published',
                lesson: expr.writingExpressions,
              },
              {
                node_id: 'node_4',
                description: 'Keeping the balance.',
                status: 'Published',
                lesson: expr.solvingEquations,
              },
              {
                node_id: 'node_5',
                description: 'Spending the club budget.',
                status: 'Published',
                lesson: expr.equationsInRealLife,
              },
            ],
          },
          {
            // Lessons of real Oppia size and shape (25-30 cards; pictures and formulas as choices,
            // multi-item drag and drop, rich content): see ../README.md.
            id: 'Mw4Xp9Kc2VdE',
            title: "Mira's Math Fair",
            url_fragment: 'miras-math-fair',
            description: 'Mira and her brother Theo solve a puzzle at every booth of the town maths fair.',
            thumbnail: thumb('story-math-fair.svg', '#B3D8F1'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Shapes by their sides, and the rules behind patterns.',
                status: 'Published',
                lesson: fair.shapesAndPatterns,
              },
              {
                node_id: 'node_2',
                description: 'Numbers, words and expressions that mean the same.',
                status: 'Published',
                lesson: fair.theNumberBooth,
              },
              {
                node_id: 'node_3',
                description: 'Sorting prizes when some cost the same.',
                status: 'Published',
                lesson: fair.sortingThePrizes,
              },
            ],
          },
        ],
      },
      {
        id: '0abdeaJhmfPm',
        name: 'Fractions',
        url_fragment: 'fractions',
        description: 'Learn what fractions are, how to compare them and how to add them.',
        is_published: true,
        thumbnail: thumb('topic-fractions.svg', '#C6DCDA'),
        stories: [
          {
            id: 'JhiDkq01dqgC',
            title: 'Matthew Goes to the Bakery',
            url_fragment: 'matthew-goes-to-the-bakery',
            description: "Matthew learns about fractions at his uncle's bakery.",
            thumbnail: thumb('story-bakery.svg', '#C6DCDA'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Slices of berry pie.',
                status: 'Published',
                lesson: frac.whatIsAFraction,
              },
              {
                node_id: 'node_2',
                description: 'Why fair slices matter.',
                status: 'Published',
                lesson: frac.equalParts,
              },
              {
                node_id: 'node_3',
                description: 'Bigger and smaller pieces.',
                status: 'Published',
                lesson: frac.comparingFractions,
              },
              {
                node_id: 'node_4',
                description: 'Halves and quarters of a loaf.',
                status: 'Published',
                lesson: frac.equivalentFractions,
              },
              {
                node_id: 'node_5',
                description: 'More than one pie.',
                status: 'Published',
                lesson: frac.mixedNumbers,
              },
              {
                node_id: 'node_6',
                description: 'Cake for two.',
                status: 'Published',
                lesson: frac.addingFractions,
              },
            ],
          },
        ],
      },
      {
        id: '5g0nxGUmx5J5',
        name: 'Ratios and Proportional Reasoning',
        url_fragment: 'ratios',
        description: 'Learn to compare quantities with ratios, and to scale recipes up and down.',
        is_published: true,
        thumbnail: thumb('topic-ratios.svg', '#F7A66B'),
        stories: [
          {
            id: 'ialKSV0VYV0B',
            title: "Rahul's Smoothie Recipes",
            url_fragment: 'rahuls-smoothie-recipes',
            description: 'Rahul uses ratios to make the perfect smoothie.',
            thumbnail: thumb('story-smoothies.svg', '#F7A66B'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Strawberries to banana.',
                status: 'Published',
                lesson: ratio.whatIsARatio,
              },
              {
                node_id: 'node_2',
                description: "Ivy's swapped recipe.",
                status: 'Published',
                lesson: ratio.orderMatters,
              },
              {
                node_id: 'node_3',
                description: 'Doubling for a party.',
                status: 'Published',
                lesson: ratio.equivalentRatios,
              },
              {
                node_id: 'node_4',
                description: 'Keeping ratios simple.',
                status: 'Published',
                lesson: ratio.simplestForm,
              },
              {
                node_id: 'node_5',
                description: 'The triple berry smoothie.',
                status: 'Published',
                lesson: ratio.combiningRatios,
              },
            ],
          },
        ],
      },
      {
        // Unpublished topic: the classroom page shows a faded "Coming soon" tile.
        id: 'au3pXbjC0UFt',
        name: 'Decimals',
        url_fragment: 'decimals',
        description: 'Learn about tenths and hundredths.',
        is_published: false,
        thumbnail: thumb('topic-decimals.svg', '#B3D8F1'),
        stories: [
          {
            id: 'KMJUVnGerLSh',
            title: 'Omar at the Track',
            url_fragment: 'omar-at-the-track',
            description: 'Omar times his races to the tenth of a second.',
            thumbnail: thumb('story-track.svg', '#B3D8F1'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Reading a stopwatch.',
                status: 'Published',
                lesson: out.tenthsAtTheTrack,
              },
              {
                node_id: 'node_2',
                description: 'A photo finish.',
                status: 'Published',
                lesson: out.hundredthsAtTheTrack,
              },
            ],
          },
        ],
      },
    ],
  },
  {
    classroom_id: 'co3YrumhiPVW',
    name: 'Science',
    url_fragment: 'science',
    teaser_text: 'Explore the living world and the weather around you.',
    course_details: 'A short science course about plants, water and weather, told through stories.',
    topic_list_intro: 'Start with plants, then chase some storms!',
    is_published: true,
    is_diagnostic_test_enabled: false,
    index: 1,
    thumbnail: thumb('science.svg', '#D6E3A5'),
    banner: thumb('science-banner.svg', '#D6E3A5'),
    topics: [
      {
        id: 'aptqNY9lRS9d',
        name: 'Plant Life',
        url_fragment: 'plant-life',
        description: 'What plants need, how they are built and how they grow.',
        is_published: true,
        thumbnail: thumb('topic-plant-life.svg', '#D6E3A5'),
        stories: [
          {
            id: 'kir1MdLYbPXe',
            title: "Priya's Windowsill Garden",
            url_fragment: 'priyas-windowsill-garden',
            description: 'Priya grows tomatoes on her windowsill with help from her grandfather.',
            thumbnail: thumb('story-windowsill.svg', '#D6E3A5'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Water, sunlight and air.',
                status: 'Published',
                lesson: sci.whatPlantsNeed,
              },
              {
                node_id: 'node_2',
                description: 'Roots, stem, leaves and flower.',
                status: 'Published',
                lesson: sci.partsOfAPlant,
              },
              {
                node_id: 'node_3',
                description: 'From seed to tomato.',
                status: 'Published',
                lesson: sci.howSeedsGrow,
              },
            ],
          },
        ],
      },
      {
        id: 'qyDqED6SP459',
        name: 'Weather and Water',
        url_fragment: 'weather-and-water',
        description: 'The water cycle, clouds, rain and wind.',
        is_published: true,
        thumbnail: thumb('topic-weather.svg', '#B3D8F1'),
        stories: [
          {
            id: 'X4A9FhIh2L6C',
            title: 'Storm Chasing with Dev',
            url_fragment: 'storm-chasing-with-dev',
            description: 'Dev learns how weather works while chasing storms with his science club.',
            thumbnail: thumb('story-storm-chasing.svg', '#B3D8F1'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Where does rain come from?',
                status: 'Published',
                lesson: sci.waterCycleLesson,
              },
              {
                node_id: 'node_2',
                description: 'Storm clouds and rain gauges.',
                status: 'Published',
                lesson: sci.cloudsAndRain,
              },
              {
                node_id: 'node_3',
                description: 'How fast is the wind?',
                status: 'Published',
                lesson: sci.measuringWind,
              },
            ],
          },
        ],
      },
    ],
  },
  {
    // Unpublished classroom: listed by /all_classrooms_summary with is_published false.
    classroom_id: '0VFccEkhyCQF',
    name: 'Computing',
    url_fragment: 'computing',
    teaser_text: 'Learn to think like a computer scientist.',
    course_details: 'An introduction to algorithms and programming (coming soon).',
    topic_list_intro: 'Start with Coding Basics.',
    is_published: false,
    is_diagnostic_test_enabled: false,
    index: 2,
    thumbnail: thumb('computing.svg', '#F8BF74'),
    banner: thumb('computing-banner.svg', '#F8BF74'),
    topics: [
      {
        id: 'd6phXZqh5qpg',
        name: 'Coding Basics',
        url_fragment: 'coding-basics',
        description: 'Instructions, sequences and loops.',
        is_published: true,
        thumbnail: thumb('topic-coding-basics.svg', '#F8BF74'),
        stories: [
          {
            id: 'Ul6zAV7QJU0D',
            title: "Robo's First Program",
            url_fragment: 'robos-first-program',
            description: 'Teach Robo the robot to walk to the door.',
            thumbnail: thumb('story-robo.svg', '#F8BF74'),
            chapters: [
              {
                node_id: 'node_1',
                description: 'Step by step.',
                status: 'Published',
                lesson: out.robotSteps,
              },
              {
                node_id: 'node_2',
                description: 'Repeat after me.',
                status: 'Published',
                lesson: out.robotLoops,
              },
            ],
          },
        ],
      },
    ],
  },
];
