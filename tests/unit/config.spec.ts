import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  ConfigError,
  defaultWorkers,
  thisMachine,
  ENV_VARIABLES,
  loadConfig,
  loadEnvironment,
  TARGET_NAMES,
  walkEnvironment,
} from '../../config';
import { autoLanes } from '../../config/lanes';
import { parseJourneyArgs } from '../../config/journey-args';

/** [variable, a value it refuses, words the message must give as what is allowed] */
const REFUSED: Array<[string, string, string]> = [
  ['TARGET', 'staging', 'use sandbox, local-oppia, test-server or production'],
  ['BASE_URL', 'ftp://www.oppia.org', 'use an http(s) URL'],
  ['BASE_URL', 'www.oppia.org', 'use an http(s) URL'],
  ['BASE_URL', 'https://www.oppia.org/?lang=en', 'use an http(s) URL without query or fragment'],
  ['DEPTH', 'deep', 'use smoke or full'],
  ['PRODUCTION_SAFE', 'yes', 'use true, false, 1 or 0'],
  ['PRODUCTION_SAFE', 'TRUE', 'use true, false, 1 or 0'],
  ['WRONG_ANSWER_SHARE', '1.5', 'use a number from 0 to 1'],
  ['WRONG_ANSWER_SHARE', '25%', 'use a number from 0 to 1'],
  ['SEED', 'abc', 'use a whole number from 0 to 4294967295'],
  ['SEED', '-1', 'use a whole number from 0 to 4294967295'],
  ['CARD_BUDGET_MS', '500', 'use a whole number from 1000 to 600000'],
  ['SLOW_FACTOR', '1', 'use a number above 1 and at most 100, such as 2 or 1.5'],
  ['SLOW_FACTOR', 'twice', 'use a number above 1 and at most 100, such as 2 or 1.5'],
  ['NAVIGATION_TIMEOUT_MS', '30s', 'use a whole number from 1000 to 600000'],
  ['FETCH_CONCURRENCY', '0', 'use a whole number from 1 to 32'],
  [
    'WORKERS',
    '2.5',
    'use auto (lanes from the CPUs, the memory and the cost per card) or a whole number from 1 to 64',
  ],
  ['WORKER_HEAP_MB', '64', 'use 0 (no cap: V8 decides) or a whole number from 128 to 65536'],
  ['WORKER_HEAP_MB', '256M', 'use 0 (no cap: V8 decides) or a whole number from 128 to 65536'],
  ['RETRIES', '11', 'use a whole number from 0 to 10'],
  ['TRACE', 'always', 'use off, on, on-first-retry, on-all-retries, retain-on-failure or'],
  ['PROJECTS', 'desktop,tablet', 'use desktop or mobile, separated by commas'],
  ['A11Y', 'on', 'use off, report or fail'],
  ['A11Y_MIN_IMPACT', 'high', 'use minor, moderate, serious or critical'],
  ['SANDBOX_SCENARIO', 'Topic 500', 'use a scenario name in kebab-case'],
  ['SANDBOX_PORT', '70000', 'use a whole number from 0 to 65535'],
  ['SANDBOX_SYNTHETIC', '0', 'use a whole number from 1 to 100000'],
  ['SANDBOX_FLAGS', 'New Lesson Player', 'use Oppia feature flag names separated by commas'],
  ['SANDBOX_FLAGS', 'new-lesson-player', 'use Oppia feature flag names separated by commas'],
  ['RUN_ID', 'run 1', 'use up to 64 letters, digits, dots, dashes or underscores'],
];

/** Variables that take any text, so no value is refused. */
const FREE_TEXT = [
  'CLASSROOMS',
  'TOPICS',
  'STORIES',
  'CHAPTERS',
  'SANDBOX_CONTENT',
  'SNAPSHOT_PATH',
  'ALLURE_RESULTS_DIR',
  'REPORTS_DIR',
  'ALLURE_HISTORY_PATH',
  'KNOWN_FAILURES',
  'OUTPUT_DIR',
  'REQUEST_RATE',
  'CHROMIUM_PATH',
  'A11Y_BASELINE',
  'CI',
  'GITHUB_STEP_SUMMARY',
];

test.describe('a bad value', () => {
  for (const [variable, value, allowed] of REFUSED) {
    test(`${variable}="${value}" is refused, naming the variable, the value and what is allowed`, () => {
      expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ [variable]: value })).toThrow(
        `${variable}="${value}" is not allowed: ${allowed}`,
      );
    });
  }

  test('every variable is either checked above or free text', () => {
    const covered = new Set([...REFUSED.map(([variable]) => variable), ...FREE_TEXT]);
    expect(ENV_VARIABLES.filter((variable) => !covered.has(variable))).toEqual([]);
  });

  test('every bad variable is reported at once, one per line', () => {
    let error: unknown;
    try {
      loadConfig({ DEPTH: 'deep', SEED: 'x', TARGET: 'prod' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.split('\n')).toEqual([
      'TARGET="prod" is not allowed: use sandbox, local-oppia, test-server or production',
      'DEPTH="deep" is not allowed: use smoke or full',
      'SEED="x" is not allowed: use a whole number from 0 to 4294967295',
    ]);
  });
});

test.describe('targets', () => {
  test('each preset has its URL; production is walked production-safe by default', () => {
    const byTarget = Object.fromEntries(
      TARGET_NAMES.map((target) => {
        const config = loadConfig({ TARGET: target });
        return [target, { baseUrl: config.baseUrl, productionSafe: config.productionSafe }];
      }),
    );
    expect(byTarget).toEqual({
      sandbox: { baseUrl: null, productionSafe: false },
      'local-oppia': { baseUrl: 'http://localhost:8181', productionSafe: false },
      'test-server': { baseUrl: 'https://www.oppiatestserver.org', productionSafe: false },
      production: { baseUrl: 'https://www.oppia.org', productionSafe: true },
    });
  });

  test('nothing set means the sandbox', () => {
    const config = loadConfig({});
    expect(config.target).toBe('sandbox');
    expect(config.baseUrl).toBeNull();
  });

  test('a version-specific URL works as BASE_URL and counts as production', () => {
    const config = loadConfig({ BASE_URL: 'https://3-4-8-dot-oppiaserver.appspot.com/' });
    expect(config.target).toBe('custom');
    expect(config.baseUrl).toBe('https://3-4-8-dot-oppiaserver.appspot.com');
    expect(config.productionSafe).toBe(true);
  });

  test('BASE_URL overrides the preset URL and keeps the target', () => {
    const config = loadConfig({ TARGET: 'local-oppia', BASE_URL: 'http://127.0.0.1:9000/' });
    expect(config.target).toBe('local-oppia');
    expect(config.baseUrl).toBe('http://127.0.0.1:9000');
  });

  test('a sandbox that is already running is given as TARGET=sandbox plus BASE_URL', () => {
    const config = loadConfig({ TARGET: 'sandbox', BASE_URL: 'http://127.0.0.1:4180' });
    expect(config.target).toBe('sandbox');
    expect(config.baseUrl).toBe('http://127.0.0.1:4180');
  });

  test('PRODUCTION_SAFE overrides the default both ways', () => {
    expect(loadConfig({ TARGET: 'production', PRODUCTION_SAFE: 'false' }).productionSafe).toBe(
      false,
    );
    expect(loadConfig({ TARGET: 'production', PRODUCTION_SAFE: '0' }).productionSafe).toBe(false);
    expect(loadConfig({ TARGET: 'test-server', PRODUCTION_SAFE: '1' }).productionSafe).toBe(true);
  });

  test('a custom URL on the test server is not production', () => {
    expect(loadConfig({ BASE_URL: 'https://www.oppiatestserver.org' }).productionSafe).toBe(false);
  });
});

test.describe('defaults', () => {
  test('accessibility: fail on the sandbox and a release candidate, report on production', () => {
    expect(loadConfig({}).a11y.mode).toBe('fail');
    expect(loadConfig({ TARGET: 'production' }).a11y.mode).toBe('report');
    expect(loadConfig({ BASE_URL: 'https://www.oppia.org' }).a11y.mode).toBe('report');
    expect(loadConfig({ BASE_URL: 'https://3-4-8-dot-oppiaserver.appspot.com' }).a11y.mode).toBe(
      'fail',
    );
    expect(loadConfig({ TARGET: 'production', A11Y: 'fail' }).a11y.mode).toBe('fail');
    expect(
      loadConfig({ A11Y: 'off', A11Y_MIN_IMPACT: 'minor', A11Y_BASELINE: 'x.yaml' }).a11y,
    ).toEqual({ mode: 'off', minImpact: 'minor', baseline: 'x.yaml', baselineGiven: true });
  });

  test('workers: auto lanes in full depth (mostly waiting), one per CPU in smoke depth', () => {
    expect(defaultWorkers('full', 2)).toBe(autoLanes(thisMachine(2)).lanes);
    expect(defaultWorkers('smoke', 2)).toBe(2);
    expect(defaultWorkers('smoke', 96)).toBe(64);
    expect(loadConfig({ DEPTH: 'smoke' }).workers).toBe(availableParallelism());
    expect(loadConfig({ DEPTH: 'smoke', WORKERS: '3' }).workers).toBe(3);
  });

  test('worker heap cap: 256 MiB, any size from 128 MiB, 0 for none', () => {
    expect(loadConfig({}).workerHeapMb).toBe(256);
    expect(loadConfig({ WORKER_HEAP_MB: '512' }).workerHeapMb).toBe(512);
    expect(loadConfig({ WORKER_HEAP_MB: '0' }).workerHeapMb).toBeNull();
  });

  test('an empty environment gets the documented defaults', () => {
    const { seed, runId, ...rest } = loadConfig({});
    expect(rest).toEqual({
      target: 'sandbox',
      baseUrl: null,
      filters: { classrooms: [], topics: [], stories: [], chapters: [] },
      depth: 'full',
      productionSafe: false,
      wrongAnswerShare: 0.25,
      cardBudgetMs: 15_000,
      navigationTimeoutMs: 30_000,
      slowFactor: 2,
      fetchConcurrency: 6,
      requestRate: null,
      workers: autoLanes(thisMachine()).lanes,
      lanesAuto: true,
      workerHeapMb: 256,
      retries: 0,
      trace: 'on-first-retry',
      projects: ['desktop', 'mobile'],
      a11y: {
        mode: 'fail',
        minImpact: 'serious',
        baseline: 'a11y-baseline.yaml',
        baselineGiven: false,
      },
      sandbox: { scenario: 'healthy', port: 0, contentDir: null, synthetic: null, flags: [] },
      paths: {
        snapshot: '.cache/catalog.json',
        allureResults: 'allure-results',
        reports: 'reports',
        allureHistory: '.allure/history.jsonl',
        knownFailures: 'known-failures.yaml',
        output: 'test-results/journeys',
      },
      chromiumPath: null,
      ci: false,
      githubStepSummary: null,
    });
    expect(Number.isInteger(seed) && seed >= 0).toBe(true);
    expect(runId).toMatch(/^\d{8}-\d{6}-[0-9a-f]{4}$/);
  });

  test('on CI a failed test is retried once by default', () => {
    expect(loadConfig({ CI: 'true' }).retries).toBe(1);
    expect(loadConfig({ CI: '1' }).ci).toBe(true);
    expect(loadConfig({ CI: 'false' }).retries).toBe(0);
    expect(loadConfig({ CI: 'true', RETRIES: '0' }).retries).toBe(0);
  });

  test('a blank value means the default', () => {
    const config = loadConfig({ DEPTH: '', SEED: '  ', FETCH_CONCURRENCY: '' });
    expect(config.depth).toBe('full');
    expect(config.fetchConcurrency).toBe(6);
  });

  test('the seed is random per run unless SEED is set', () => {
    const seeds = new Set(Array.from({ length: 5 }, () => loadConfig({}).seed));
    expect(seeds.size).toBeGreaterThan(1);
    expect(loadConfig({ SEED: '42' }).seed).toBe(42);
  });

  test('values are parsed into their types', () => {
    const config = loadConfig({
      CLASSROOMS: ' math , Science,,math ',
      CHAPTERS: 'node_1',
      DEPTH: 'smoke',
      WRONG_ANSWER_SHARE: '0.5',
      WORKERS: '2',
      PROJECTS: 'mobile',
      SANDBOX_SCENARIO: 'topic-500',
      SANDBOX_PORT: '4180',
      SANDBOX_CONTENT: 'content/explorations',
      SANDBOX_SYNTHETIC: '200',
      SANDBOX_FLAGS: ' new_lesson_player, redesigned_topic_viewer_page,new_lesson_player ',
      SNAPSHOT_PATH: '/tmp/catalog.json',
      CHROMIUM_PATH: '/usr/bin/chromium',
      RUN_ID: 'nightly-42',
      GITHUB_STEP_SUMMARY: '/tmp/summary.md',
    });
    expect(config.filters).toEqual({
      classrooms: ['math', 'Science'],
      topics: [],
      stories: [],
      chapters: ['node_1'],
    });
    expect(config).toMatchObject({
      depth: 'smoke',
      wrongAnswerShare: 0.5,
      workers: 2,
      projects: ['mobile'],
      sandbox: {
        scenario: 'topic-500',
        port: 4180,
        contentDir: 'content/explorations',
        synthetic: 200,
        flags: ['new_lesson_player', 'redesigned_topic_viewer_page'],
      },
      paths: { snapshot: '/tmp/catalog.json' },
      chromiumPath: '/usr/bin/chromium',
      runId: 'nightly-42',
      githubStepSummary: '/tmp/summary.md',
    });
  });
});

test.describe('.env files', () => {
  let dir: string;

  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'config-'));
  });

  test.afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('.env.<TARGET> overrides .env, and the real environment overrides both', () => {
    writeFileSync(
      join(dir, '.env'),
      'TARGET=test-server\nSEED=1\nDEPTH=smoke\nFETCH_CONCURRENCY=3\n',
    );
    writeFileSync(join(dir, '.env.test-server'), 'SEED=2\nWORKERS=4\nDEPTH=smoke\n');
    const config = loadConfig(loadEnvironment(dir, { DEPTH: 'full', UNRELATED: undefined }));
    expect(config).toMatchObject({
      target: 'test-server',
      seed: 2,
      workers: 4,
      depth: 'full',
      fetchConcurrency: 3,
    });
  });

  test('TARGET from the real environment picks the per-target file', () => {
    writeFileSync(join(dir, '.env'), 'TARGET=test-server\n');
    writeFileSync(join(dir, '.env.test-server'), 'SEED=2\n');
    writeFileSync(join(dir, '.env.production'), 'SEED=3\n');
    expect(loadConfig(loadEnvironment(dir, { TARGET: 'production' })).seed).toBe(3);
  });

  test('no files at all is fine', () => {
    expect(loadEnvironment(dir, { SEED: '5' })).toEqual({ SEED: '5' });
  });

  test('a bad value in a file is reported like one in the environment', () => {
    writeFileSync(join(dir, '.env'), 'PRODUCTION_SAFE=yes\n');
    expect(() => loadConfig(loadEnvironment(dir, {}))).toThrow(
      'PRODUCTION_SAFE="yes" is not allowed: use true, false, 1 or 0',
    );
  });
});

test.describe('journey arguments', () => {
  test('its own flags are taken, everything else goes to playwright', () => {
    expect(
      parseJourneyArgs([
        '--project',
        'desktop',
        '--depth',
        'smoke',
        '--shard',
        '1/2',
        '-g',
        'Place',
      ]),
    ).toEqual({
      list: false,
      help: false,
      depth: 'smoke',
      playwrightArgs: ['--project', 'desktop', '--shard', '1/2', '-g', 'Place'],
    });
    expect(parseJourneyArgs(['--list', '--depth=full'])).toMatchObject({
      list: true,
      depth: 'full',
    });
  });

  test('after -- everything is playwright’s, even --list', () => {
    expect(parseJourneyArgs(['--', '--list'])).toMatchObject({
      list: false,
      playwrightArgs: ['--list'],
    });
  });

  test('a bad --depth names the flag, the value and what is allowed', () => {
    expect(() => parseJourneyArgs(['--depth', 'deep'])).toThrow(
      '--depth "deep" is not allowed: use smoke or full',
    );
    expect(() => parseJourneyArgs(['--depth'])).toThrow('--depth needs a value');
    expect(() => parseJourneyArgs(['--depth', '--list'])).toThrow('--depth needs a value');
  });
});

test('the playwright child gets the values every worker must share', () => {
  const config = loadConfig({ TARGET: 'sandbox', SEED: '7', RUN_ID: 'r1', DEPTH: 'smoke' });
  const env = walkEnvironment(config, {
    baseUrl: 'http://127.0.0.1:4180',
    snapshotPath: '/tmp/catalog.json',
  });
  expect(env).toMatchObject({
    TARGET: 'sandbox',
    BASE_URL: 'http://127.0.0.1:4180',
    SNAPSHOT_PATH: '/tmp/catalog.json',
    RUN_ID: 'r1',
    SEED: '7',
    DEPTH: 'smoke',
  });
  const worker = loadConfig(env);
  expect(worker).toMatchObject({ target: 'sandbox', baseUrl: 'http://127.0.0.1:4180', seed: 7 });

  const custom = loadConfig({ BASE_URL: 'https://example.org' });
  expect(
    walkEnvironment(custom, { baseUrl: 'https://example.org', snapshotPath: 'x' }),
  ).not.toHaveProperty('TARGET');
});
