import { z } from 'zod';
import {
  anyText,
  autoOrWholeNumber,
  baseUrl,
  factor,
  matching,
  nameList,
  noneOrWholeNumber,
  oneOf,
  share,
  snakeCaseList,
  strictBoolean,
  subsetOf,
  wholeNumber,
} from './env-values';
import { TARGET_NAMES } from './targets';

export const DEPTHS = ['smoke', 'full'] as const;
export type Depth = (typeof DEPTHS)[number];

/** Playwright's trace modes the walk accepts (https://playwright.dev/docs/api/class-testoptions#test-options-trace). */
export const TRACE_MODES = [
  'off',
  'on',
  'on-first-retry',
  'on-all-retries',
  'retain-on-failure',
  'retain-on-first-failure',
] as const;
export type TraceMode = (typeof TRACE_MODES)[number];

export const PROJECT_NAMES = ['desktop', 'mobile'] as const;

/** A11Y: skip the accessibility audit, report what it finds, or fail on it (fixtures/a11y.ts). */
export const A11Y_MODES = ['off', 'report', 'fail'] as const;
export type A11yMode = (typeof A11Y_MODES)[number];
/** axe-core's impact levels, least to most severe. */
export const A11Y_IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
export type A11yImpact = (typeof A11Y_IMPACTS)[number];
export type ProjectName = (typeof PROJECT_NAMES)[number];

/**
 * Every environment variable the suite reads, each optional: defaults depend on the target and are
 * applied by `loadConfig`. `.env.example` documents the same list; keep the two in step.
 */
export const envSchema = z.object({
  TARGET: oneOf(TARGET_NAMES),
  BASE_URL: baseUrl(),

  CLASSROOMS: nameList(),
  TOPICS: nameList(),
  STORIES: nameList(),
  CHAPTERS: nameList(),

  DEPTH: oneOf(DEPTHS),
  PRODUCTION_SAFE: strictBoolean(),
  WRONG_ANSWER_SHARE: share(),
  SEED: wholeNumber(0, 2 ** 32 - 1),
  CARD_BUDGET_MS: wholeNumber(1_000, 600_000),
  NAVIGATION_TIMEOUT_MS: wholeNumber(1_000, 600_000),
  SLOW_FACTOR: factor(100),
  FETCH_CONCURRENCY: wholeNumber(1, 32),
  REQUEST_RATE: wholeNumber(1, 1_000),
  WORKERS: autoOrWholeNumber(1, 64, 'lanes from the CPUs, the memory and the cost per card'),
  WORKER_HEAP_MB: noneOrWholeNumber(128, 65_536, 'no cap: V8 decides'),
  RETRIES: wholeNumber(0, 10),
  TRACE: oneOf(TRACE_MODES),
  PROJECTS: subsetOf(PROJECT_NAMES),
  A11Y: oneOf(A11Y_MODES),
  A11Y_MIN_IMPACT: oneOf(A11Y_IMPACTS),
  A11Y_BASELINE: anyText(),

  SANDBOX_SCENARIO: matching(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'use a scenario name in kebab-case, such as healthy or topic-500 (the sandbox lists them at /_sandbox/scenarios)',
  ),
  SANDBOX_PORT: wholeNumber(0, 65_535),
  SANDBOX_CONTENT: anyText(),
  SANDBOX_SYNTHETIC: wholeNumber(1, 100_000),
  // Oppia feature flags the sandbox turns on (its --flags); it refuses names it does not know.
  SANDBOX_FLAGS: snakeCaseList(
    'use Oppia feature flag names separated by commas, such as new_lesson_player,redesigned_topic_viewer_page',
  ),

  SNAPSHOT_PATH: anyText(),
  ALLURE_RESULTS_DIR: anyText(),
  REPORTS_DIR: anyText(),
  ALLURE_HISTORY_PATH: anyText(),
  KNOWN_FAILURES: anyText(),
  OUTPUT_DIR: anyText(),
  CHROMIUM_PATH: anyText(),
  // Set by CI systems, not by people: read leniently (GitHub: CI=true; others CI=1).
  CI: z
    .string()
    .optional()
    .transform((text) => !!text?.trim() && !/^(false|0)$/i.test(text.trim())),
  // GitHub Actions: the file whose Markdown appears on the run's summary page.
  GITHUB_STEP_SUMMARY: anyText(),
  RUN_ID: matching(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit',
  ),
});

export type EnvValues = z.output<typeof envSchema>;
export type EnvVariable = keyof EnvValues;
export const ENV_VARIABLES = Object.keys(envSchema.shape) as EnvVariable[];
