/**
 * `npx tsx scripts/report-screenshots.ts [--report DIR] [--out DIR]`: opens a built Allure report
 * (`npm run report`) in headless Chromium and takes the pictures a newcomer needs to read one:
 * the overview, a failed chapter, a passed chapter and a known failure (docs/report/ keeps the
 * incident's). A chapter is chosen by its state in the report's own data, not by its name.
 */
import { chromium, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getConfig } from '../config';
import { resolveChromiumPath } from '../config/browser';

const { values } = parseArgs({
  options: { report: { type: 'string' }, out: { type: 'string' } },
});
const reportDir = resolve(values.report ?? 'allure-report');
const outDir = resolve(values.out ?? 'docs/report');
if (!existsSync(join(reportDir, 'index.html'))) {
  console.error(`No report in ${reportDir}: build one with \`npm run report\` first.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
// The report's pages load their data with fetch: serve the folder over HTTP, as `allure open` does.
const server = createServer((req, res) => {
  let file = join(reportDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(reportDir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((done) => server.once('listening', done));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

/** The part of the report's own data on a test (data/test-results/<id>.json) the choice needs. */
interface ReportTest {
  name: string;
  status: string;
  /** "issue" when one of Allure 3's resolutions (our known failures) matched the test. */
  resolution?: string;
  isRetry?: boolean;
}
const resultsDir = join(reportDir, 'data', 'test-results');
const chapters = readdirSync(resultsDir)
  .map((f) => JSON.parse(readFileSync(join(resultsDir, f), 'utf8')) as ReportTest)
  .filter((t) => t.name.startsWith('Chapter ') && !t.isRetry)
  .sort((a, b) => a.name.localeCompare(b.name));
const pick = {
  'failed-chapter': chapters.find((t) => t.status === 'failed' && !t.resolution),
  'passed-chapter': chapters.find((t) => t.status === 'passed'),
  'known-failure': chapters.find((t) => t.status === 'failed' && t.resolution === 'issue'),
};

const browser = await chromium.launch({
  executablePath: resolveChromiumPath(getConfig().chromiumPath ?? undefined),
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 2200 } });
  await page.goto(base);
  await page
    .getByText(chapters[0]?.name ?? 'Chapter')
    .first()
    .waitFor();
  await page.screenshot({ path: join(outDir, 'overview.png') });
  console.log(`${join(outDir, 'overview.png')}`);
  for (const [shot, test] of Object.entries(pick)) {
    if (!test) {
      console.log(`no ${shot} in this report: no picture of it`);
      continue;
    }
    await openTest(page, test.name);
    await page.screenshot({ path: join(outDir, `${shot}.png`), fullPage: true });
    console.log(`${join(outDir, `${shot}.png`)} (${test.name})`);
  }
} finally {
  await browser.close();
  server.close();
}

/** Opens a test from the overview's tree and waits for its page. */
async function openTest(page: Page, name: string): Promise<void> {
  await page.goto(base);
  await page.getByText(name, { exact: true }).first().click();
  // The test page shows the name as its heading once its data has loaded.
  await page
    .getByRole('heading', { name })
    .or(page.getByText('Reproduce this chapter'))
    .first()
    .waitFor();
}
