import type { SandboxApp } from '../app';
import { adminJson, type WrittenReply } from '../http';

/**
 * The sandbox's own endpoint under `/_sandbox/` (off Oppia's paths, plain JSON, never broken by a
 * scenario, so a test can always switch back). Contract: contracts.md §1.
 */
export function adminReply(
  method: string,
  path: string,
  body: Buffer,
  app: SandboxApp,
): WrittenReply {
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /_sandbox/health':
      return adminJson({ ok: true, scenario: app.scenarios.current });
    case 'GET /_sandbox/scenarios': {
      const scenarios = app.scenarios.list();
      return adminJson(app.replay?.annotate(scenarios) ?? scenarios);
    }
    case 'GET /_sandbox/scenario':
      return adminJson({ name: app.scenarios.current });
    case 'PUT /_sandbox/scenario':
      return switchScenario(body, app);
    case 'GET /_sandbox/events':
      return adminJson(app.events.snapshot());
    case 'DELETE /_sandbox/events':
      app.events.reset();
      return adminJson(app.events.snapshot());
    default:
      return adminJson(
        {
          error: `No sandbox admin route ${route}`,
          routes: [
            'GET /_sandbox/health',
            'GET /_sandbox/scenarios',
            'GET|PUT /_sandbox/scenario',
            'GET|DELETE /_sandbox/events',
          ],
        },
        404,
      );
  }
}

function switchScenario(body: Buffer, app: SandboxApp): WrittenReply {
  let name: unknown;
  try {
    name = (JSON.parse(body.toString('utf8')) as { name?: unknown }).name;
  } catch {
    return adminJson(
      { error: 'Body must be JSON like {"name": "healthy"}', names: app.scenarios.names() },
      400,
    );
  }
  if (typeof name !== 'string' || !app.scenarios.names().includes(name)) {
    return adminJson(
      {
        error: `Unknown scenario ${JSON.stringify(name)}; known: ${app.scenarios.names().join(', ')}`,
        names: app.scenarios.names(),
      },
      400,
    );
  }
  app.scenarios.activate(name);
  return adminJson({ name });
}
