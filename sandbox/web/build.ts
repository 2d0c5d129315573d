/**
 * Builds the sandbox's browser side with esbuild: one ES module bundle, one stylesheet and the HTML
 * shell the server answers for every page route. The server serves the bundle at
 * BUNDLE_JS_PATH / BUNDLE_CSS_PATH and replaces CARD_DELAY_PLACEHOLDER in the shell with the
 * player's card delay in milliseconds (renderShellHtml does that).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const BUNDLE_JS_PATH = '/webpack_bundles/sandbox.bundle.js';
export const BUNDLE_CSS_PATH = '/webpack_bundles/sandbox.bundle.css';
export const CARD_DELAY_PLACEHOLDER = '{{CARD_DELAY_MS}}';
export const NEW_PLAYER_HOOKS_PLACEHOLDER = '{{NEW_PLAYER_HOOKS}}';

export interface WebAssets {
  js: string;
  css: string;
  shellHtml: string;
}

const SHELL_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="sandbox-card-delay-ms" content="${CARD_DELAY_PLACEHOLDER}">
  <meta name="sandbox-new-player-hooks" content="${NEW_PLAYER_HOOKS_PLACEHOLDER}">
  <title>Oppia</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${BUNDLE_CSS_PATH}">
  <script type="module" src="${BUNDLE_JS_PATH}"></script>
</head>
<body>
  <oppia-root></oppia-root>
</body>
</html>
`;

let cached: Promise<WebAssets> | null = null;

/** Bundles sandbox/web/app/main.ts and sandbox/web/styles.css. Built once per process. */
export function buildWebAssets(): Promise<WebAssets> {
  cached ??= bundle().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function bundle(): Promise<WebAssets> {
  const result = await build({
    entryPoints: {
      sandbox: fileURLToPath(new URL('./app/main.ts', import.meta.url)),
      'sandbox-styles': fileURLToPath(new URL('./styles.css', import.meta.url)),
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: 'out',
    logLevel: 'silent',
    legalComments: 'none',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text;
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text;
  if (js === undefined || css === undefined) {
    throw new Error('esbuild produced no sandbox bundle: expected one .js and one .css output.');
  }
  return { js, css, shellHtml: SHELL_HTML };
}

/**
 * The shell with the card delay and the new player's hook variant filled in (what the server answers
 * for page routes).
 */
export function renderShellHtml(
  shellHtml: string,
  cardDelayMs: number,
  newPlayerHooks: 'latest' | 'older' = 'latest',
): string {
  if (!Number.isInteger(cardDelayMs) || cardDelayMs < 0) {
    throw new Error(`cardDelayMs must be a whole number of milliseconds >= 0, got ${cardDelayMs}.`);
  }
  return shellHtml
    .replace(CARD_DELAY_PLACEHOLDER, String(cardDelayMs))
    .replace(NEW_PLAYER_HOOKS_PLACEHOLDER, newPlayerHooks);
}
