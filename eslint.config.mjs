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
      '**/*.mjs',
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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
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
      'playwright/no-conditional-in-test': 'off',
      'playwright/no-conditional-expect': 'off',
      'playwright/expect-expect': [
        'error',
        { assertFunctionNames: ['expect*', '*.expect*', 'explainFailures', '*.play*'] },
      ],
    },
  },
  {
    // The sandbox's browser code runs in the page, not under Playwright.
    files: ['sandbox/web/**/*.ts'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
  },
);
