import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'dotenv';

export type Environment = Record<string, string | undefined>;

/**
 * The environment the suite runs with: `.env`, then `.env.<TARGET>` over it, then the real
 * environment over both (a variable set in the shell or CI always wins). TARGET itself is taken
 * from the real environment first, else from `.env`. Nothing is written to `process.env`; child
 * processes get what they need passed explicitly.
 */
export function loadEnvironment(dir: string, env: Environment): Environment {
  const base = readEnvFile(join(dir, '.env'));
  const target = env['TARGET']?.trim() || base['TARGET']?.trim();
  const perTarget = target ? readEnvFile(join(dir, `.env.${target}`)) : {};
  return { ...base, ...perTarget, ...definedOnly(env) };
}

function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  return parse(readFileSync(path, 'utf8'));
}

function definedOnly(env: Environment): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
