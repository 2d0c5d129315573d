import { buildWebAssets, renderShellHtml, type WebAssets } from '../web/build';

export type { WebAssets } from '../web/build';
export { BUNDLE_CSS_PATH, BUNDLE_JS_PATH } from '../web/build';

/** Builds the browser bundle (sandbox/web, once per process) and fills in the shell's card delay. */
export async function loadWebAssets(config: {
  cardDelayMs: number;
  newPlayerHooks: 'latest' | 'older';
}): Promise<WebAssets> {
  const assets = await buildWebAssets();
  return {
    ...assets,
    shellHtml: renderShellHtml(assets.shellHtml, config.cardDelayMs, config.newPlayerHooks),
  };
}
