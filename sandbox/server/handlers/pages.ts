import { param, type Handler } from '../app';
import { oppiaError } from '../http';

/**
 * Pages the SPA renders in the browser. main.py maps them to oppia_root.OppiaRootPage /
 * OppiaLightweightRootPage, which render the same shell (oppia-root.mainpage.html) with 200.
 */
export const shellPage: Handler = (_ctx, app) => ({
  kind: 'html',
  status: 200,
  body: app.web.shellHtml,
});

/**
 * `GET /explore/<exploration_id>`: reader.py ExplorationPage renders the shell, or raises
 * PageNotFoundException for a missing exploration, which base.py answers with the shell and 404.
 */
export const explorationPage: Handler = (ctx, app) => ({
  kind: 'html',
  status: app.catalog.exploration(param(ctx, 'exploration_id')) ? 200 : 404,
  body: app.web.shellHtml,
});

/**
 * Anything else: base.Error404Handler (the catch-all route). A GET gets the shell with 404 (the
 * SPA's wildcard route shows the error page); other methods get the JSON error body.
 */
export const unknownPath: Handler = (ctx, app) =>
  ctx.method === 'GET'
    ? { kind: 'html', status: 404, body: app.web.shellHtml }
    : oppiaError(404, `Could not find the resource ${ctx.uri}.`);

export const bundleJs: Handler = (_ctx, app) => ({
  kind: 'file',
  status: 200,
  contentType: 'text/javascript; charset=utf-8',
  body: app.web.js,
});

export const bundleCss: Handler = (_ctx, app) => ({
  kind: 'file',
  status: 200,
  contentType: 'text/css; charset=utf-8',
  body: app.web.css,
});
