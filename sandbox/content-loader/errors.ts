import type { z } from 'zod';

/** Bad sandbox content: the message names the file, the field and what is wrong. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/** `states["Card 2"].interaction.answer_groups[0].outcome.dest`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(top level)';
}

export function describeIssues(file: string, error: z.ZodError): ContentError {
  const lines = error.issues
    .slice(0, 8)
    .map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  const more = error.issues.length > 8 ? `\n  ... and ${error.issues.length - 8} more` : '';
  return new ContentError(`${file}: invalid content:\n${lines.join('\n')}${more}`);
}
