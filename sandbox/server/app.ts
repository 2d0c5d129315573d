import type { Replay } from '../replay';
import type { CatalogIndex } from './catalog-index';
import type { EventCounter } from './event-counter';
import type { KnownFlag } from './flags';
import type { Reply, RequestContext } from './http';
import type { ScenarioRegistry } from './scenarios';
import type { WebAssets } from './web-assets';

/** What every handler may use: the content, the browser bundle, counters and the scenario. */
export interface SandboxApp {
  readonly catalog: CatalogIndex;
  readonly web: WebAssets;
  readonly events: EventCounter;
  readonly scenarios: ScenarioRegistry;
  /** Set with `--replay DIR`: recorded bodies answer in place of the content's handlers. */
  readonly replay?: Replay;
  /** Feature flags turned on for every user (`--flags`). */
  readonly flags: ReadonlySet<KnownFlag>;
}

export type Handler = (ctx: RequestContext, app: SandboxApp) => Reply | Promise<Reply>;

/** A path parameter the route pattern guarantees. */
export function param(ctx: RequestContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined) throw new Error(`route has no :${name} parameter`);
  return value;
}
