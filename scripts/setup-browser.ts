/**
 * Makes sure Playwright has a Chromium to drive, and says which one. The choice is config/browser's
 * (CHROMIUM_PATH, else Playwright's own Chromium, else Debian's `chromium`), read with the suite's
 * configuration (.env files included). When there is none: `npx playwright install chromium`
 * (machines with internet), then on Debian as root `apt-get install -y chromium` (machines that
 * reach only the package mirrors).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ConfigError, getConfig, inheritedEnv } from '../config';
import { BrowserNotFoundError, resolveChromiumPath } from '../config/browser';

const log = (message: string) => console.log(`[setup:browser] ${message}`);

let chromiumPath: string | undefined;
try {
  chromiumPath = getConfig().chromiumPath ?? undefined;
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`[setup:browser] ${error.message}`);
  process.exit(2);
}

/** The browser found, in words, or null. A CHROMIUM_PATH that does not exist stops here. */
function found(): string | null {
  try {
    const path = resolveChromiumPath(chromiumPath);
    return path === undefined ? "Playwright's Chromium" : path;
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    if (chromiumPath) {
      console.error(`[setup:browser] ${error.message}`);
      process.exit(1);
    }
    return null;
  }
}

let which = found();
if (!which) {
  log('no Chromium yet: trying `npx playwright install chromium`');
  const pw = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 300_000,
  });
  which = pw.status === 0 ? found() : null;
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!which && isRoot && existsSync('/usr/bin/apt-get')) {
  log('Playwright could not download its browser: installing Debian `chromium` with apt-get');
  const env = inheritedEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  which = found();
}
if (!which) {
  console.error(
    '[setup:browser] Could not install a Chromium. Run `npx playwright install chromium` on a ' +
      'machine with internet, or `sudo apt-get install -y chromium` on Debian/Ubuntu, or set ' +
      'CHROMIUM_PATH.',
  );
  process.exit(1);
}
log(`using ${which}`);
