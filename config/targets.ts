/** The Oppia deployments the suite knows by name, and what each one implies. */

export const TARGET_NAMES = ['sandbox', 'local-oppia', 'test-server', 'production'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

interface TargetPreset {
  /** null: the suite starts its own sandbox. */
  baseUrl: string | null;
  /** Production carries real learners' statistics: walk it gently unless told otherwise. */
  productionSafe: boolean;
}

export const TARGET_PRESETS: Record<TargetName, TargetPreset> = {
  sandbox: { baseUrl: null, productionSafe: false },
  // `python -m scripts.start` serves a local Oppia on port 8181.
  'local-oppia': { baseUrl: 'http://localhost:8181', productionSafe: false },
  'test-server': { baseUrl: 'https://www.oppiatestserver.org', productionSafe: false },
  production: { baseUrl: 'https://www.oppia.org', productionSafe: true },
};

/**
 * Hosts that serve production data. `oppiaserver` is the App Engine project behind oppia.org, so a
 * version-specific URL such as https://3-4-8-dot-oppiaserver.appspot.com reads and writes the same
 * datastore as www.oppia.org and deserves the same care.
 */
export function isProductionHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'oppia.org' ||
    host === 'www.oppia.org' ||
    host === 'oppiaserver.appspot.com' ||
    host.endsWith('-dot-oppiaserver.appspot.com')
  );
}
