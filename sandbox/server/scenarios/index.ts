import type { CatalogIndex } from '../catalog-index';
import { SCENARIOS } from './definitions';
import type { ScenarioBreaks, ScenarioHooks, ScenarioPlan } from './types';

export { SCENARIOS, SLOW_HANDLER_DELAY_MS } from './definitions';
export type * from './types';

export const SCENARIO_NAMES: readonly string[] = SCENARIOS.map((s) => s.name);

export class UnknownScenarioError extends Error {
  constructor(name: string) {
    super(
      `Unknown scenario ${JSON.stringify(name)}; known scenarios: ${SCENARIO_NAMES.join(', ')}`,
    );
    this.name = 'UnknownScenarioError';
  }
}

/** The scenarios planned against the loaded content, and the one switched on. */
export class ScenarioRegistry {
  private readonly plans = new Map<string, ScenarioPlan>();
  private activeName = 'healthy';
  private activeHooks: ScenarioHooks = {};

  constructor(catalog: CatalogIndex, initial = 'healthy') {
    for (const scenario of SCENARIOS) this.plans.set(scenario.name, scenario.plan(catalog));
    this.activate(initial);
  }

  names(): string[] {
    return [...this.plans.keys()];
  }

  /** `GET /_sandbox/scenarios`. */
  list(): Array<{ name: string; description: string; breaks: ScenarioBreaks }> {
    return [...this.plans].map(([name, p]) => ({
      name,
      description: p.description,
      breaks: p.breaks,
    }));
  }

  /** Switches scenario; its state (e.g. the intermittent counter) starts afresh. */
  activate(name: string): void {
    const scenario = this.plans.get(name);
    if (!scenario) throw new UnknownScenarioError(name);
    this.activeName = name;
    this.activeHooks = scenario.hooks();
  }

  get current(): string {
    return this.activeName;
  }

  get hooks(): ScenarioHooks {
    return this.activeHooks;
  }
}
