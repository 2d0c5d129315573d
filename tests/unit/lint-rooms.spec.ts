import { expect, test } from '@playwright/test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

/**
 * The rooms of design.md and the one-reader-of-the-environment rule hold by lint: a deliberate
 * violation of each, placed where it does not belong, fails `npm run lint` with the rule that
 * guards it (and the same line where it belongs passes).
 */
const eslint = new ESLint({
  // Type information is not needed for these rules; without it a snippet need not be a real file.
  overrideConfig: tseslint.configs.disableTypeChecked,
});

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const cases: Array<{ what: string; file: string; code: string; rule: string }> = [
  {
    what: 'the planner imports Playwright',
    file: 'planner/rules/snippet.ts',
    code: "import { test } from '@playwright/test';\nexport const t = test;\n",
    rule: 'no-restricted-imports',
  },
  {
    what: 'the suite imports the sandbox',
    file: 'fixtures/snippet.ts',
    code: "import { startSandbox } from '../sandbox/server';\nexport const s = startSandbox;\n",
    rule: 'no-restricted-imports',
  },
  {
    what: 'the sandbox imports the suite',
    file: 'sandbox/server/snippet.ts',
    code: "import { planChapter } from '../../planner';\nexport const p = planChapter;\n",
    rule: 'no-restricted-imports',
  },
  {
    what: 'a page object imports a fixture',
    file: 'page-objects/snippet.ts',
    code: "import { expect } from '../fixtures/expect';\nexport const e = expect;\n",
    rule: 'no-restricted-imports',
  },
  {
    what: 'a journey spec strips XSSI itself',
    file: 'tests/journeys/snippet.spec.ts',
    code: "import { stripXssiPrefix } from '../../catalog/xssi';\nexport const s = stripXssiPrefix;\n",
    rule: 'no-restricted-imports',
  },
  {
    what: 'a journey spec reads reporting internals',
    file: 'tests/journeys/snippet.spec.ts',
    code: "import { FAILURE_CATEGORIES } from '../../reporting/categories';\nexport const c = FAILURE_CATEGORIES;\n",
    rule: 'no-restricted-imports',
  },
  {
    what: 'code outside config/ reads process.env',
    file: 'fixtures/snippet.ts',
    code: 'export const depth = process.env.DEPTH;\n',
    rule: 'no-restricted-properties',
  },
  {
    what: 'a journey spec branches inside a test',
    file: 'tests/journeys/snippet.spec.ts',
    code:
      "import { test } from '@playwright/test';\n" +
      "test('t', async ({ page }) => {\n  if (page.url()) await page.goto('/');\n});\n",
    rule: 'playwright/no-conditional-in-test',
  },
];

for (const { what, file, code, rule } of cases) {
  test(`lint fails when ${what} (${rule})`, async () => {
    expect(await rulesBroken(file, code)).toContain(rule);
  });
}

test('the same reads are allowed where they belong', async () => {
  expect(
    await rulesBroken('config/snippet.ts', 'export const depth = process.env.DEPTH;\n'),
  ).toEqual([]);
  expect(
    await rulesBroken(
      'fixtures/snippet.ts',
      "import { planChapter } from '../planner';\nexport const p = planChapter;\n",
    ),
  ).toEqual([]);
});
