import type { SandboxApp } from '../server/app';
import { notFound, oppiaJson, type Reply, type RequestContext } from '../server/http';
import type { RouteName } from '../server/routes';
import type { RecordedStore } from './store';

/**
 * How a replay answers each route: recorded bodies at their paths, and for anything not recorded
 * what Oppia answers for a missing resource (404 with its error body; the shell with 404 for a
 * page). `undefined` leaves the request to the sandbox's own handler: its pages and bundle, the
 * learner event POSTs, and site handlers that carry no content (CSRF token, connectivity; user info
 * and feature flags unless recorded).
 */
export function replayReply(
  route: RouteName,
  ctx: RequestContext,
  app: SandboxApp,
  store: RecordedStore,
): Reply | undefined | Promise<Reply> {
  const path = ctx.url.pathname;
  switch (route) {
    case 'page':
    case 'bundle':
    case 'learner-event':
    case 'csrf':
    case 'internet-connectivity':
      return undefined;
    case 'user-info':
    case 'feature-flags':
      return store.has(path) ? oppiaJson(store.body(path)) : undefined;
    case 'explore-page':
      return { kind: 'html', status: initFor(ctx, store) ? 200 : 404, body: app.web.shellHtml };
    case 'explore-init': {
      const init = initFor(ctx, store);
      return init ? oppiaJson(init.body) : notFound(ctx);
    }
    case 'explore-access-validation':
      return initFor(ctx, store) ? oppiaJson({}) : notFound(ctx);
    case 'classroom-access-validation': {
      const fragment = ctx.url.searchParams.get('classroom_url_fragment') ?? '';
      return app.catalog.classroom(fragment)?.is_published ? oppiaJson({}) : notFound(ctx);
    }
    case 'asset':
      return store
        .asset(path)
        .then((file): Reply =>
          file
            ? { kind: 'file', status: 200, contentType: file.contentType, body: file.body }
            : notFound(ctx),
        );
    case 'unknown':
      // A recorded handler the sandbox has no route for (a hand-made directory may hold one).
      if (ctx.method === 'GET' && store.has(path)) return oppiaJson(store.body(path));
      return undefined;
    default:
      return store.has(path) ? oppiaJson(store.body(path)) : notFound(ctx);
  }
}

/**
 * The recorded init body of the exploration a request names; `?v=N` must be its recorded version
 * (Oppia answers 404 for a version that does not exist).
 */
function initFor(ctx: RequestContext, store: RecordedStore): { body: unknown } | undefined {
  const id = ctx.params['exploration_id'] ?? '';
  const body = store.body(`/explorehandler/init/${id}`);
  if (body === undefined) return undefined;
  const wanted = ctx.url.searchParams.get('v');
  const version =
    typeof body === 'object' && body !== null && 'version' in body ? body.version : null;
  if (wanted !== null && typeof version === 'number' && Number(wanted) !== version)
    return undefined;
  return { body };
}
