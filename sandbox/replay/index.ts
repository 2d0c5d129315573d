import type { SandboxContent } from '../content-loader/model';
import type { SandboxApp } from '../server/app';
import type { Reply, RequestContext } from '../server/http';
import type { RouteName } from '../server/routes';
import type { ScenarioBreaks } from '../server/scenarios';
import { replayCatalog } from './catalog';
import { replayReply } from './routes';
import { RecordedStore } from './store';

export { RecordedStore } from './store';

/** A record directory served by the sandbox (`--replay DIR`). */
export interface Replay {
  readonly store: RecordedStore;
  /** Recorded bodies the catalog could not use, and files that are not part of the layout. */
  readonly problems: readonly string[];
  /** The replay's answer for a route, or undefined to let the sandbox's own handler answer. */
  reply(route: RouteName, ctx: RequestContext, app: SandboxApp): Reply | undefined | Promise<Reply>;
  /** One line for the log: what is replayed, from where. */
  describe(): string;
  /** `/_sandbox/scenarios` on a replay: victims that were not recorded are named as such. */
  annotate<T extends { description: string; breaks: ScenarioBreaks }>(scenarios: T[]): T[];
}

/** Reads a record directory into the content (for look-ups and scenarios) and its replay. */
export async function loadReplay(
  dir: string,
): Promise<{ content: SandboxContent; replay: Replay }> {
  const store = await RecordedStore.load(dir);
  const catalog = replayCatalog(store);
  const problems = [
    ...catalog.problems,
    ...store.ignored.map(
      (file) => `${dir}/${file}: ignored; bodies end in .json, assets live under assetsdevhandler/`,
    ),
  ];
  const content: SandboxContent = {
    origin: `replay of ${dir}`,
    classrooms: catalog.classrooms,
    explorations: catalog.explorations,
    // Assets are answered by the replay itself (recorded or 404); the catalog never reads them.
    assets: { read: () => Promise.resolve(null) },
  };
  const { target, recordedAt } = store.manifest ?? {};
  const replay: Replay = {
    store,
    problems,
    reply: (route, ctx, app) => replayReply(route, ctx, app, store),
    annotate: (scenarios) =>
      scenarios.map((scenario) => {
        const missing = scenario.breaks.chapters.filter(
          (c) => !store.has(`/explorehandler/init/${c.explorationId}`),
        );
        if (missing.length === 0) return scenario;
        const names = missing.map((c) => `chapter ${c.number} (${c.explorationId})`).join(', ');
        return {
          ...scenario,
          description:
            `${scenario.description} Replay: ${names} not recorded, so where this fault does not ` +
            'answer for it, its init answers 404.',
        };
      }),
    describe: () =>
      `replaying ${dir}: ${store.paths().length} handler bodies, ${store.assetCount} assets` +
      (target ? `, recorded from ${target}` : '') +
      (recordedAt ? ` at ${recordedAt}` : ''),
  };
  return { content, replay };
}
