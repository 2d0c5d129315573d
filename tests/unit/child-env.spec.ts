import { expect, test } from '@playwright/test';
import { buildChildEnv } from '../../config/child-env';
import { walkOutputs } from '../../config/child-walk';

/** A developer's shell: the machine's essentials, the suite's own variables, and anything else. */
const SHELL: NodeJS.ProcessEnv = {
  PATH: '/usr/bin',
  HOME: '/home/dev',
  LANG: 'en_GB.UTF-8',
  LC_ALL: 'C.UTF-8',
  PLAYWRIGHT_BROWSERS_PATH: '/opt/browsers',
  TOPICS: 'fractions',
  WORKERS: '9',
  SANDBOX_SCENARIO: 'topic-500',
  NODE_OPTIONS: '--inspect',
  TEST_WORKER_INDEX: '3',
  AWS_SECRET_ACCESS_KEY: 'secret',
  MY_OWN_THING: 'x',
};

test.describe('the environment of a child walk', () => {
  test('passes the machine’s essentials and only the suite’s variables given', () => {
    const env = buildChildEnv({ parent: SHELL, vars: { DEPTH: 'full', WORKERS: '2' } });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/dev',
      LANG: 'en_GB.UTF-8',
      LC_ALL: 'C.UTF-8',
      PLAYWRIGHT_BROWSERS_PATH: '/opt/browsers',
      DEPTH: 'full',
      WORKERS: '2',
    });
  });

  test('an undeclared variable never passes, nor a declared one the caller did not give', () => {
    const env = buildChildEnv({ parent: SHELL });
    expect(env).not.toHaveProperty('MY_OWN_THING');
    expect(env).not.toHaveProperty('AWS_SECRET_ACCESS_KEY');
    expect(env).not.toHaveProperty('NODE_OPTIONS');
    expect(env).not.toHaveProperty('TEST_WORKER_INDEX');
    expect(env).not.toHaveProperty('TOPICS');
    expect(env).not.toHaveProperty('SANDBOX_SCENARIO');
  });

  test('declaredFrom parent: the shell’s own settings of the suite steer, under the given ones', () => {
    const env = buildChildEnv({
      parent: SHELL,
      declaredFrom: 'parent',
      vars: { WORKERS: '2', RUN_ID: 'stability-1' },
    });
    expect(env).toMatchObject({ TOPICS: 'fractions', SANDBOX_SCENARIO: 'topic-500' });
    expect(env).toMatchObject({ WORKERS: '2', RUN_ID: 'stability-1' });
    expect(env).not.toHaveProperty('MY_OWN_THING');
    expect(env).not.toHaveProperty('NODE_OPTIONS');
  });

  test('extra carries a variable the suite does not own, only when asked for', () => {
    const env = buildChildEnv({
      parent: SHELL,
      extra: { NODE_OPTIONS: '--max-old-space-size=512' },
    });
    expect(env['NODE_OPTIONS']).toBe('--max-old-space-size=512');
  });

  test('a run’s outputs all sit under its own folder', () => {
    expect(walkOutputs('/tmp/run-1')).toEqual({
      SNAPSHOT_PATH: '/tmp/run-1/catalog.json',
      ALLURE_RESULTS_DIR: '/tmp/run-1/allure-results',
      REPORTS_DIR: '/tmp/run-1/reports',
      OUTPUT_DIR: '/tmp/run-1/playwright',
    });
  });
});
