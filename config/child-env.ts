import { ENV_VARIABLES, type EnvVariable } from './env-schema';

/**
 * The environment for a child walk, bench run or tool: this process's own (PATH, HOME, CI, ...)
 * without any variable the suite's configuration declares, plus exactly the ones given. So a
 * developer's shell (TOPICS, WORKERS, SANDBOX_SCENARIO, ...) can never leak into a self-test or a
 * bench run. `extra` carries variables the suite does not own (NODE_OPTIONS, DEBIAN_FRONTEND).
 */
export function childEnv(
  vars: Partial<Record<EnvVariable, string>> = {},
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ENV_VARIABLES) delete env[name];
  return { ...env, ...extra, ...vars };
}

/** This process's environment as it is, for a child that must see what the user set. */
export function inheritedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
