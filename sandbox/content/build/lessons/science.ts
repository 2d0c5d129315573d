/** Science classroom: "Priya's Windowsill Garden" and "Storm Chasing with Dev". */
import { img, p, ps, svgImage } from '../html';
import {
  card,
  Click,
  continueCard,
  dragAndDrop,
  endCard,
  imageClick,
  Items,
  itemSelection,
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

const CATEGORY = 'Science';

const plantDiagram = svgImage(
  '20241001_100000',
  'f2497fe69a',
  240,
  320,
  `<rect width="240" height="320" fill="#FBFCFC"/>
<rect x="0" y="230" width="240" height="90" fill="#A04000" fill-opacity="0.35"/>
<path d="M120,230 L120,300 M120,260 L95,300 M120,260 L145,300 M120,280 L105,315 M120,280 L140,315" stroke="#6E2C00" stroke-width="4" fill="none"/>
<rect x="115" y="90" width="10" height="140" fill="#27AE60"/>
<ellipse cx="80" cy="160" rx="35" ry="16" fill="#2ECC71"/>
<ellipse cx="160" cy="140" rx="35" ry="16" fill="#2ECC71"/>
${[0, 1, 2, 3, 4, 5].map((i) => `<circle cx="${120 + 28 * Math.cos((i * Math.PI) / 3)}" cy="${60 + 28 * Math.sin((i * Math.PI) / 3)}" r="16" fill="#F1948A"/>`).join('')}
<circle cx="120" cy="60" r="14" fill="#F4D03F"/>`,
);

const waterCycle = svgImage(
  '20241101_090000',
  '2a28818485',
  400,
  220,
  `<rect width="400" height="220" fill="#EBF5FB"/>
<rect x="0" y="170" width="400" height="50" fill="#3498DB"/>
<circle cx="60" cy="50" r="28" fill="#F4D03F"/>
<ellipse cx="280" cy="55" rx="70" ry="28" fill="#FFFFFF" stroke="#AAB7B8"/>
${[0, 1, 2, 3].map((i) => `<line x1="${245 + i * 22}" y1="90" x2="${238 + i * 22}" y2="130" stroke="#2E86C1" stroke-width="3"/>`).join('')}
<path d="M120,165 C110,140 130,120 120,95" stroke="#85C1E9" stroke-width="3" fill="none"/>`,
);

export const whatPlantsNeed: Lesson = {
  id: 'G1MGyBgEhaAP',
  title: 'What Do Plants Need?',
  objective: 'Name the things a plant needs to grow.',
  category: CATEGORY,
  tags: ['plants'],
  cards: [
    continueCard(
      'Windowsill garden',
      ps(
        'Priya wants to grow tomatoes on her windowsill. Her grandfather, a farmer, tells her that plants need a few things to grow well.',
        'Plants need <strong>water</strong>, <strong>sunlight</strong>, <strong>air</strong> and <strong>nutrients</strong> from the soil.',
      ),
      'Pick the needs',
    ),
    card(
      'Pick the needs',
      p('Select <strong>three</strong> things Priya\'s tomato plant needs.'),
      itemSelection(
        [p('Water'), p('Sunlight'), p('Candy'), p('Air'), p('Music')],
        3,
        3,
        {
          responses: [
            { rules: [Items.equals(0, 1, 3)], dest: 'Where to put it', feedback: p('Exactly right.') },
            {
              rules: [Items.containsAtLeastOneOf(2, 4)],
              dest: 'Pick the needs',
              feedback: p('Plants do not need candy or music, although they might enjoy the company!'),
            },
          ],
          otherwise: stay('Pick the needs', p('Choose three things.')),
        },
      ),
    ),
    card(
      'Where to put it',
      p('Where should Priya put her plant pot?'),
      multipleChoice(
        [p('On the sunny windowsill'), p('In a dark cupboard'), p('In the freezer')],
        {
          responses: [
            { rules: [MC.is(0)], dest: 'Plants done' },
            {
              rules: [MC.is(1)],
              dest: 'Pick the needs',
              feedback: p("A cupboard has no sunlight. Let's think about what plants need."),
            },
          ],
          otherwise: stay('Where to put it', p('Too cold! Plants need warmth and light.')),
        },
        { shuffle: true },
      ),
    ),
    endCard('Plants done', p('Priya\'s tomato plant is happy in the sun. Well done!')),
  ],
};

export const partsOfAPlant: Lesson = {
  id: '2M9bHRetDlb6',
  title: 'Parts of a Plant',
  objective: 'Identify the roots, stem, leaves and flower of a plant.',
  category: CATEGORY,
  tags: ['plants', 'biology'],
  images: [plantDiagram],
  cards: [
    continueCard(
      'Plant parts',
      p('Priya\'s grandfather draws a plant for her:') +
        img(plantDiagram, 'A plant with roots, a stem, two leaves and a flower') +
        p('The <strong>roots</strong> drink water from the soil, the <strong>stem</strong> carries it up, the <strong>leaves</strong> make food from sunlight, and the <strong>flower</strong> makes seeds.'),
      'Click the roots',
    ),
    card(
      'Click the roots',
      p('Click on the part of the plant that takes in water from the soil.') +
        img(plantDiagram, 'A plant with roots, a stem, two leaves and a flower'),
      imageClick(
        plantDiagram.filename,
        [
          {
            label: 'Flower',
            area: [
              [0.3, 0.05],
              [0.7, 0.33],
            ],
          },
          {
            label: 'Leaves',
            area: [
              [0.15, 0.38],
              [0.85, 0.56],
            ],
          },
          {
            label: 'Stem',
            area: [
              [0.45, 0.58],
              [0.55, 0.71],
            ],
          },
          {
            label: 'Roots',
            area: [
              [0.35, 0.73],
              [0.65, 0.99],
            ],
          },
        ],
        {
          responses: [
            { rules: [Click.inRegion('Roots')], dest: 'Name the part', feedback: p('Yes! The roots.') },
            {
              rules: [Click.inRegion('Leaves')],
              dest: 'Click the roots',
              feedback: p('The leaves make food. Water comes in underground.'),
            },
          ],
          otherwise: stay('Click the roots', p('Look below the ground.')),
        },
        { highlightRegionsOnHover: true },
      ),
    ),
    card(
      'Name the part',
      p('Which part of the plant makes food from sunlight?'),
      textInput({
        responses: [
          { rules: [Text.fuzzyEquals('leaves', 'leaf', 'the leaves')], dest: 'Parts done' },
          {
            rules: [Text.contains('flower')],
            dest: 'Name the part',
            feedback: p('The flower makes seeds. Which part is green and flat?'),
          },
        ],
        otherwise: stay('Name the part', p('They are green and catch the sun.')),
      }),
    ),
    endCard('Parts done', p('Well done! You know the parts of a plant.')),
  ],
};

export const howSeedsGrow: Lesson = {
  id: 'xey1PH0fczBV',
  title: 'How Seeds Grow',
  objective: 'Order the stages of a plant\'s life and measure growth.',
  category: CATEGORY,
  tags: ['plants', 'life cycle'],
  cards: [
    continueCard(
      'Life cycle',
      p('A tomato plant starts as a seed. It sprouts, grows into a young plant, flowers, and makes fruit with new seeds inside.'),
      'Order the stages',
    ),
    card(
      'Order the stages',
      p('Put the stages of the tomato plant\'s life in order, first to last.'),
      dragAndDrop([p('Flowering plant'), p('Seed'), p('Fruit with seeds'), p('Sprout')], {
        responses: [
          { rules: [Order.is(1, 3, 0, 2)], dest: 'Measure growth' },
          {
            rules: [Order.before(2, 1)],
            dest: 'Order the stages',
            feedback: p('The fruit comes last: it holds the seeds for next time.'),
          },
        ],
        otherwise: stay('Order the stages', p('Start with the seed.')),
        solution: { answer: [1, 3, 0, 2], explanation: p('Seed, sprout, flowering plant, fruit.') },
      }),
    ),
    card(
      'Measure growth',
      p('Priya\'s plant grows 2 cm every week. How much does it grow in 3 weeks? Include the unit.'),
      numberWithUnits({
        responses: [
          { rules: [Units.equivalent(qty(6, ['cm', 1]))], dest: 'Seeds done', feedback: p('Yes, 6 cm.') },
        ],
        otherwise: stay('Measure growth', p('2 cm + 2 cm + 2 cm = ?')),
      }),
    ),
    endCard('Seeds done', p('Priya has her first tomatoes. Congratulations!')),
  ],
};

export const waterCycleLesson: Lesson = {
  id: 'bpfH4PFyQY9K',
  title: 'The Water Cycle',
  objective: 'Describe the stages of the water cycle.',
  category: CATEGORY,
  tags: ['weather', 'water cycle'],
  images: [waterCycle],
  cards: [
    continueCard(
      'Where rain comes from',
      p('Dev loves storms. He wants to know where rain comes from.') +
        img(waterCycle, 'The sun warms the sea; water rises to a cloud and falls as rain') +
        p('The sun warms water, which rises as vapour (<strong>evaporation</strong>), cools into clouds (<strong>condensation</strong>), falls as rain (<strong>precipitation</strong>) and gathers in seas and rivers (<strong>collection</strong>).'),
      'Cycle order',
    ),
    card(
      'Cycle order',
      p('Put the stages of the water cycle in order, starting with evaporation.'),
      dragAndDrop([p('Precipitation'), p('Evaporation'), p('Collection'), p('Condensation')], {
        responses: [
          { rules: [Order.is(1, 3, 0, 2)], dest: 'What is a cloud' },
          {
            rules: [Order.offByOne(1, 3, 0, 2)],
            dest: 'Cycle order',
            feedback: p('So close: one stage is out of place.'),
          },
        ],
        otherwise: stay('Cycle order', p('Water rises, makes clouds, falls, then collects.')),
      }),
    ),
    card(
      'What is a cloud',
      p('What are clouds made of?'),
      multipleChoice(
        [p('Tiny drops of water'), p('Smoke'), p('Cotton')],
        {
          responses: [{ rules: [MC.is(0)], dest: 'Cycle done', feedback: p('Yes: tiny drops of water or ice.') }],
          otherwise: stay('What is a cloud', p('Clouds form when water vapour cools down.')),
        },
        { shuffle: true },
      ),
    ),
    endCard('Cycle done', p('Well done! You know the water cycle.')),
  ],
};

export const cloudsAndRain: Lesson = {
  id: 'NDGTxAOXjlI6',
  title: 'Clouds and Rain',
  objective: 'Name storm clouds and add up rainfall.',
  category: CATEGORY,
  tags: ['weather', 'measurement'],
  cards: [
    continueCard(
      'Storm clouds',
      ps(
        'Dev watches tall, dark clouds build up in the afternoon. These are <strong>cumulonimbus</strong> clouds, the ones that bring thunderstorms.',
        'He measures rain with a rain gauge, in millimetres (mm).',
      ),
      'Cloud name',
    ),
    card(
      'Cloud name',
      p('What are thunderstorm clouds called? (Hint: cumulo...)'),
      textInput(
        {
          responses: [{ rules: [Text.fuzzyEquals('cumulonimbus')], dest: 'Rain total' }],
          otherwise: stay('Cloud name', p('It is cumulonimbus.')),
        },
        { catchMisspellings: true },
      ),
    ),
    card(
      'Rain total',
      p('It rained 12 mm on Monday and 8 mm on Tuesday. How much rain fell in total? Include the unit.'),
      numberWithUnits({
        responses: [
          { rules: [Units.equals(qty(20, ['mm', 1]))], dest: 'Rain done', feedback: p('Yes, 20 mm.') },
          {
            rules: [Units.equivalent(qty(20, ['mm', 1]))],
            dest: 'Rain done',
            feedback: p('Right, that is the same as 20 mm.'),
          },
        ],
        otherwise: stay('Rain total', p('12 + 8 = ? Then write mm.')),
      }),
    ),
    endCard('Rain done', p('Dev\'s rain gauge is full. Well measured!')),
  ],
};

export const measuringWind: Lesson = {
  id: 'zcoI5G8PBdHf',
  title: 'Measuring Wind',
  objective: 'Work out wind speed from distance and time.',
  category: CATEGORY,
  tags: ['weather', 'speed'],
  cards: [
    continueCard(
      'Weather balloon',
      ps(
        'Dev\'s science club launches a weather balloon. The wind carries it 30 km in 2 hours.',
        'Speed = distance ÷ time, measured in kilometres per hour (km/hr).',
      ),
      'Wind speed',
    ),
    card(
      'Wind speed',
      p('How fast was the wind blowing? Include the unit, like 10 km/hr.'),
      numberWithUnits({
        responses: [
          {
            rules: [Units.equivalent(qty(15, ['km', 1], ['hr', -1]))],
            dest: 'Gust estimate',
            feedback: p('Yes: 30 km ÷ 2 hr = 15 km/hr.'),
          },
          {
            rules: [Units.equals(qty(60, ['km', 1], ['hr', -1]))],
            dest: 'Wind speed',
            feedback: p('That multiplies. Speed is distance divided by time.'),
          },
        ],
        otherwise: stay('Wind speed', p('30 ÷ 2 = ? Then write km/hr.')),
        solution: { answer: qty(15, ['km', 1], ['hr', -1]), explanation: p('30 ÷ 2 = 15 km/hr.') },
      }),
    ),
    card(
      'Gust estimate',
      p('A gust felt about twice as strong. Estimate its speed in km/hr (any number from 25 to 35).'),
      numericInput({
        responses: [{ rules: [Num.between(25, 35)], dest: 'Wind done', correct: true }],
        otherwise: stay('Gust estimate', p('Twice 15 is 30. Anything from 25 to 35 is a good estimate.')),
      }),
    ),
    endCard('Wind done', p('The balloon landed safely. Great work, storm chaser!')),
  ],
};
