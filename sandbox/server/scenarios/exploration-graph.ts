import { outcomesOf, type PlayerExplorationDict } from '../../content-loader';

/** Pure look-ups on an exploration's card graph, used to choose scenario victims. */

const isTerminal = (exp: PlayerExplorationDict, name: string) =>
  exp.states[name]?.interaction.id === 'EndExploration';

/** Cards reachable from the first card without passing through `skip`, in breadth-first order. */
function reachable(exp: PlayerExplorationDict, skip?: string): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const queue = [exp.init_state_name];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name) || name === skip) continue;
    seen.add(name);
    order.push(name);
    const state = exp.states[name];
    if (state) for (const out of outcomesOf(state)) queue.push(out.dest);
  }
  return order;
}

/**
 * Non-first, non-terminal cards every route from the first card to an end card passes through, in
 * the order a learner meets them: breaking one of these breaks every play-through.
 */
export function cardsOnEveryPath(exp: PlayerExplorationDict): string[] {
  const all = reachable(exp);
  if (!all.some((n) => isTerminal(exp, n))) return [];
  return all.filter(
    (name) =>
      name !== exp.init_state_name &&
      !isTerminal(exp, name) &&
      !reachable(exp, name).some((n) => isTerminal(exp, n)),
  );
}

/** Filenames of the `oppia-noninteractive-image` tags in some rich text. */
export function imageFilenames(html: string): string[] {
  const files: string[] = [];
  for (const match of html.matchAll(
    /<oppia-noninteractive-image\b[^>]*?filepath-with-value="([^"]*)"/g,
  )) {
    // Attribute values are JSON, HTML-escaped once more: &amp;quot;name.svg&amp;quot;
    const raw = (match[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value === 'string' && value) files.push(value);
    } catch {
      if (raw) files.push(raw);
    }
  }
  return files;
}

/** Images a learner is certain to load: on the first card or on a card on every path. */
export function imagesOnEveryPath(
  exp: PlayerExplorationDict,
): Array<{ card: string; filename: string }> {
  return [exp.init_state_name, ...cardsOnEveryPath(exp)].flatMap((card) =>
    imageFilenames(exp.states[card]?.content.html ?? '').map((filename) => ({ card, filename })),
  );
}

/** Every image in the exploration, whichever card shows it. */
export function allImages(exp: PlayerExplorationDict): Array<{ card: string; filename: string }> {
  return Object.entries(exp.states).flatMap(([card, state]) =>
    imageFilenames(state.content.html).map((filename) => ({ card, filename })),
  );
}
