#!/usr/bin/env node
// Makes sure Playwright has a Chromium to drive, and says which one.
// Order: CHROMIUM_PATH if set; Playwright's own Chromium if already downloaded; Debian's `chromium`
// if present; else try `npx playwright install chromium` (machines with internet), and on Debian as
// root fall back to `apt-get install -y chromium` (machines that reach only the package mirrors).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const log = (msg) => console.log(`[setup:browser] ${msg}`);

function found() {
  const custom = process.env.CHROMIUM_PATH;
  if (custom) {
    if (existsSync(custom)) return `CHROMIUM_PATH=${custom}`;
    console.error(`[setup:browser] CHROMIUM_PATH=${custom} does not exist; unset it or fix the path.`);
    process.exit(1);
  }
  if (existsSync(chromium.executablePath())) return `Playwright's Chromium (${chromium.executablePath()})`;
  if (existsSync(DEBIAN_CHROMIUM)) return `Debian chromium (${DEBIAN_CHROMIUM})`;
  return null;
}

let which = found();
if (which) {
  log(`using ${which}`);
  process.exit(0);
}

log('no Chromium yet: trying `npx playwright install chromium`');
const pw = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
which = pw.status === 0 ? found() : null;

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!which && isRoot && existsSync('/usr/bin/apt-get')) {
  log('Playwright could not download its browser: installing Debian `chromium` with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  which = found();
}

if (!which) {
  console.error(
    '[setup:browser] Could not install a Chromium. Run `npx playwright install chromium` on a machine with ' +
      'internet, or `sudo apt-get install -y chromium` on Debian/Ubuntu, or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
log(`using ${which}`);
