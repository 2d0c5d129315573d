import { ENV_VARIABLES, type EnvVariable } from './env-schema';

/** Values for the suite's own variables (config/env-schema.ts), as a child should see them. */
export type DeclaredVars = Partial<Record<EnvVariable, string>>;

/**
 * Variables of the machine, not of the suite, that a child needs to run at all: where programs,
 * the home folder and temporary files are, the locale, the terminal, proxies and certificates, and
 * where Playwright keeps its browsers. Everything else in the parent's environment stays behind.
 */
export const ESSENTIAL_VARIABLES: readonly string[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  'TERM',
  'NO_COLOR',
  'FORCE_COLOR',
  'XDG_CACHE_HOME',
  'XDG_CONFIG_HOME',
  'XDG_RUNTIME_DIR',
  'DISPLAY',
  'PLAYWRIGHT_BROWSERS_PATH',
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
];
/** Locale categories (LC_ALL, LC_CTYPE, ...). */
const ESSENTIAL_PREFIXES = ['LC_'];

export interface ChildEnvOptions {
  /** The suite's variables to set; they win over everything else. */
  vars?: DeclaredVars;
  /**
   * Where the suite's other variables come from. `none` (default): nowhere, so only `vars` steer
   * the child (self-tests, the bench: a developer's TOPICS or WORKERS cannot leak in). `parent`:
   * the values this process was started with, under `vars` (stability: the user's own settings
   * steer every run).
   */
  declaredFrom?: 'none' | 'parent';
  /** Variables the suite does not own that this child needs (NODE_OPTIONS, DEBIAN_FRONTEND). */
  extra?: Record<string, string>;
  /** The parent's environment; default this process's. */
  parent?: NodeJS.ProcessEnv;
}

/**
 * The environment for a child walk, bench run or tool, built from nothing: the machine's
 * essentials (ESSENTIAL_VARIABLES), the suite's declared variables as `declaredFrom` says, `extra`,
 * then `vars`. No other variable of the parent's passes, so a developer's shell cannot change what
 * a self-test or a bench run does.
 */
export function buildChildEnv({
  vars = {},
  declaredFrom = 'none',
  extra = {},
  parent = process.env,
}: ChildEnvOptions = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue;
    const essential =
      ESSENTIAL_VARIABLES.includes(name) || ESSENTIAL_PREFIXES.some((p) => name.startsWith(p));
    const declared = declaredFrom === 'parent' && (ENV_VARIABLES as string[]).includes(name);
    if (essential || declared) env[name] = value;
  }
  return { ...env, ...extra, ...definedOnly(vars) };
}

/** The machine's essentials and exactly the suite's variables given (see buildChildEnv). */
export function childEnv(vars: DeclaredVars = {}, extra: Record<string, string> = {}) {
  return buildChildEnv({ vars, extra });
}

/** This process's environment as it is, for a tool (not a walk) that must see what the user set. */
export function inheritedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

function definedOnly(vars: DeclaredVars): Record<string, string> {
  return Object.fromEntries(
    Object.entries(vars).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
