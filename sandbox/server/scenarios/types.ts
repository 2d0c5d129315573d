import type { SandboxApp } from '../app';
import type { CatalogIndex } from '../catalog-index';
import type { Reply, RequestContext } from '../http';
import type { RouteName } from '../routes';

export type ScenarioCategory =
  | 'server-error'
  | 'client-error'
  | 'schema-drift'
  | 'front-end-exception'
  | 'slow'
  | 'dead-end'
  | 'asset'
  | 'flaky'
  | 'unreachable'
  | 'accessibility'
  | null;

/** What a scenario breaks, by url fragments: the ground truth for tests (contracts.md §1). */
export interface ScenarioBreaks {
  category: ScenarioCategory;
  pages: Array<{
    kind: 'classroom' | 'topic' | 'story';
    classroom: string;
    topic?: string;
    story?: string;
    /** accessibility scenarios: the axe-core rule the break violates. */
    rule?: string;
  }>;
  chapters: Array<{
    classroom: string;
    topic: string;
    story: string;
    nodeId: string;
    number: number;
    explorationId: string;
    /** accessibility scenarios: the axe-core rule the break violates. */
    rule?: string;
  }>;
}

/** The small hooks a scenario plugs into request handling. */
export interface ScenarioHooks {
  /** Runs before the route's handler; a reply (or a promise of one) replaces the handler's. */
  before?(
    route: RouteName,
    ctx: RequestContext,
    app: SandboxApp,
  ): Reply | undefined | Promise<Reply | undefined>;
  /** Rewrites a successful Oppia JSON body. */
  alterJson?(route: RouteName, ctx: RequestContext, body: unknown): unknown;
}

/** A scenario applied to the loaded content: its victims and the hooks that break them. */
export interface ScenarioPlan {
  description: string;
  breaks: ScenarioBreaks;
  /** Fresh hooks (and fresh state, e.g. the intermittent counter) each time it is switched on. */
  hooks(): ScenarioHooks;
}

export interface ScenarioDefinition {
  name: string;
  category: ScenarioCategory;
  /** Chooses the victims from the content, deterministically. */
  plan(catalog: CatalogIndex): ScenarioPlan;
}
