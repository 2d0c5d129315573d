// Lint: typed typescript-eslint rules everywhere, Playwright's recommended rules on the specs, with the
// rules that keep the suite honest (no sleeps, no networkidle, no element handles, web-first
// assertions, awaited expectations) raised to errors.
import js from '@eslint/js';
import playwright from 'eslint-plugin-playwright';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'allure-results/',
      'allure-report/',
      'reports/',
      'test-results/',
      'playwright-report/',
      '.cache/',
      '.allure/',
      'sandbox/web/dist/',
      '**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'page-objects/**/*.ts', 'fixtures/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      'playwright/no-wait-for-timeout': 'error',
      'playwright/no-networkidle': 'error',
      'playwright/no-element-handle': 'error',
      'playwright/no-eval': 'error',
      'playwright/prefer-web-first-assertions': 'error',
      'playwright/missing-playwright-await': 'error',
      'playwright/no-wait-for-selector': 'error',
      'playwright/no-page-pause': 'error',
      'playwright/no-focused-test': 'error',
      // Data-driven specs build their tests in loops over the catalog snapshot.
      'playwright/valid-title': 'off',
      'playwright/consistent-spacing-between-blocks': 'off',
      'playwright/no-conditional-in-test': 'error',
      'playwright/no-conditional-expect': 'error',
      // Model methods named expect* assert (style.md: "methods whose name says so").
      'playwright/expect-expect': [
        'error',
        { assertFunctionPatterns: ['^expect[A-Z]', '^expect$'] },
      ],
    },
  },
  {
    // Page objects and fixtures are not tests: their branches are the models' logic.
    files: ['page-objects/**/*.ts', 'fixtures/**/*.ts'],
    rules: {
      'playwright/no-conditional-in-test': 'off',
      'playwright/no-conditional-expect': 'off',
    },
  },
  {
    // The project's own tests of the sandbox and of whole walks check generated data and the
    // scenarios' declarations case by case; the walk's specs (tests/journeys) have no conditionals.
    files: ['tests/sandbox/**/*.ts', 'tests/self/**/*.ts'],
    rules: {
      'playwright/no-conditional-in-test': 'off',
      'playwright/no-conditional-expect': 'off',
    },
  },
  // The rooms of design.md hold by themselves: each folder imports only what its column allows.
  ...rooms(),
  {
    // The sandbox's browser code runs in the page, not under Playwright.
    files: ['sandbox/web/**/*.ts'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
  },
  {
    // One module reads the environment (config/); everything else gets a typed Config from it.
    files: ['**/*.ts', '**/*.mjs'],
    ignores: ['config/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through config/ (getConfig, childEnv), not process.env.',
        },
      ],
    },
  },
  {
    // Plain JavaScript modules: linted, without type information.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { console: 'readonly', process: 'readonly' },
    },
  },
);

/**
 * design.md's "knows nothing of" column as lint: the planner imports no Playwright, the sandbox and
 * the suite import nothing of each other, page objects import neither fixtures nor reporting, and
 * the journey specs know nothing of HTTP, XSSI or reporting internals.
 */
function rooms() {
  const noSandbox = {
    regex: '(^|/)sandbox(/|$)',
    message: 'The suite must not learn from the sandbox: import nothing of it.',
  };
  const suiteFolders =
    'catalog|config|fixtures|page-objects|planner|recorder|reporting|scripts|tools|tests';
  // One entry per folder with all of its restrictions: in flat config a later entry's options for
  // the same rule replace an earlier one's, so a file must match exactly one of these.
  const room = (files, patterns, paths = []) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns, paths }] },
  });
  return [
    room(
      ['planner/**/*.ts'],
      [
        noSandbox,
        { regex: '^@playwright/|^playwright', message: 'planner/ is pure: no Playwright.' },
        {
          regex: '(^|/)(fixtures|page-objects|reporting|catalog)(/|$)',
          message: 'planner/ knows only its own rules.',
        },
      ],
    ),
    room(
      ['sandbox/**/*.ts'],
      [
        {
          regex: `^(\\.\\./)+(${suiteFolders})(/|$)`,
          message: 'The sandbox is its own program: it imports nothing of the suite.',
        },
      ],
    ),
    room(
      ['page-objects/**/*.ts'],
      [
        noSandbox,
        {
          regex: '(^|/)(fixtures|reporting)(/|$)',
          message: 'Page objects know neither fixtures nor reporting.',
        },
      ],
    ),
    room(
      ['tests/journeys/**/*.ts'],
      [
        noSandbox,
        {
          regex: '(^|/)catalog/(xssi|client)',
          message: 'Specs know nothing of HTTP or XSSI: use a page model or fixture.',
        },
        { regex: '(^|/)reporting(/|$)', message: 'Specs know nothing of reporting internals.' },
      ],
      [
        {
          name: '@playwright/test',
          importNames: ['Response', 'Request'],
          message: 'Specs know nothing of HTTP: use a page model or fixture.',
        },
      ],
    ),
    // The rest of the suite. The bench (tools/bench) is a tool that starts a
    // synthetic sandbox in-process to measure the walk on it, so it is not in this list.
    room(
      [
        'catalog/**/*.ts',
        'config/**/*.ts',
        'fixtures/**/*.ts',
        'recorder/**/*.ts',
        'reporting/**/*.ts',
        'scripts/{journey,record,report,run-tests,setup-browser,stability,target}.ts',
        'scripts/ci/**/*.ts',
        'tests/unit/**/*.ts',
      ],
      [noSandbox],
    ),
  ];
}
