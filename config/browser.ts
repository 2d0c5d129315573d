import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where a Chromium for Playwright can come from, in the order they are tried. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export class BrowserNotFoundError extends Error {}

/**
 * Picks the Chromium binary: CHROMIUM_PATH when set, else Playwright's own downloaded Chromium
 * (machines with internet), else Debian's `chromium` package. `undefined` means "Playwright's own".
 */
export function resolveChromiumPath(chromiumPath: string | undefined): string | undefined {
  if (chromiumPath) {
    if (!existsSync(chromiumPath)) {
      throw new BrowserNotFoundError(
        `CHROMIUM_PATH=${chromiumPath} does not exist. Point it at a Chromium binary ` +
          `(Debian: apt-get install chromium -> /usr/bin/chromium) or unset it to use Playwright's own.`,
      );
    }
    return chromiumPath;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new BrowserNotFoundError(
    'No Chromium found for Playwright. Install one with `npm run setup:browser` ' +
      '(runs `npx playwright install chromium`, or `apt-get install -y chromium` on Debian as root), ' +
      'or set CHROMIUM_PATH to an existing Chromium binary.',
  );
}
