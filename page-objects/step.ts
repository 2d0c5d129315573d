import { test } from '@playwright/test';

/** A step title: a template such as `open story {0}` / `play card {0.stateName}`, or a function. */
export type StepName<Args extends unknown[]> = string | ((...args: Args) => string);

/**
 * Method decorator (TC39 standard decorators): runs the method inside a boxed `test.step`, so every
 * model action is a named step in reports and a failure points at the caller's line.
 * Without a name the title is `Class.method`; `{0}` in a template is the first argument and
 * `{0.title}` a property of it.
 */
export function step<NameArgs extends unknown[]>(name?: StepName<NameArgs>) {
  // A title function may read only the first arguments: Args extends [...NameArgs, ...rest].
  return function <This, Args extends [...NameArgs, ...unknown[]], R>(
    target: (this: This, ...args: Args) => Promise<R>,
    context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Promise<R>>,
  ) {
    return function steppedMethod(this: This, ...args: Args): Promise<R> {
      const title =
        name === undefined
          ? `${(this as object).constructor.name}.${String(context.name)}`
          : typeof name === 'function'
            ? name(...(args as unknown as NameArgs))
            : formatStepTitle(name, args);
      return test.step(title, () => target.call(this, ...args), { box: true });
    };
  };
}

/** Fills `{0}` / `{1.some.path}` placeholders of a step title template with the call's arguments. */
export function formatStepTitle(template: string, args: readonly unknown[]): string {
  return template.replace(/\{(\d+)((?:\.\w+)*)\}/g, (placeholder, index: string, path: string) => {
    let value: unknown = args[Number(index)];
    for (const key of path.split('.').slice(1)) {
      value =
        value !== null && typeof value === 'object'
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
    return value === undefined ? placeholder : formatStepArgument(value);
  });
}

function formatStepArgument(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
