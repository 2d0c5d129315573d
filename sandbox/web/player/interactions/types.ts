import type { CustomizationArgs } from '../types';

/** What the learner has entered so far. */
export type AnswerState =
  | { kind: 'empty' }
  | { kind: 'invalid'; error: string }
  | { kind: 'ready'; answer: unknown; echo: Node | string };

export interface InteractionContext {
  explorationId: string;
  /** Where the card's interaction is, for notices: `/explorehandler/init/<id> exploration.states["X"].interaction`. */
  where: string;
  args: CustomizationArgs;
  /** The entry changed: the player refreshes the Submit button and the error line. */
  changed(): void;
  /** Enter in a field: the same as clicking Submit. */
  requestSubmit(): void;
  /** For interactions without the generic Submit button (ImageClickInput). */
  submit(answer: unknown, echo: Node | string): void;
}

export interface InteractionView {
  /** The `oppia-interactive-<kebab-id>` element put in the interaction host. */
  element: HTMLElement;
  /** generic = the Submit button; continue = the Continue button; self = submits on its own. */
  submit: 'generic' | 'continue' | 'self' | 'none';
  continueLabel?: string;
  read(): AnswerState;
  /** The learner stays on the card: clear the entry and enable it again. */
  reset(): void;
  setEnabled(enabled: boolean): void;
  focus?(): void;
}

export type InteractionFactory = (ctx: InteractionContext) => InteractionView;

export interface Choice {
  contentId: string;
  html: string;
}

/**
 * `choices` customization arg: SubtitledHtml list (older YAML: plain HTML strings). Reading
 * `args.choices.value` without a guard is deliberate: a card whose args lack `choices` throws a
 * TypeError while rendering, as Oppia's player does (the player-exception scenario).
 */
export function readChoices(args: CustomizationArgs): Choice[] {
  const list = (args['choices'] as { value: unknown[] }).value;
  return list.map((c) =>
    typeof c === 'string'
      ? { contentId: c, html: c }
      : {
          contentId: String((c as { content_id: string }).content_id),
          html: String((c as { html: string }).html),
        },
  );
}

/** A SubtitledUnicode arg (`{content_id, unicode_str}`) or a plain string in older YAML. */
export function unicodeArg(args: CustomizationArgs, name: string, fallback: string): string {
  const value = args[name]?.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'unicode_str' in value) {
    return String(value.unicode_str);
  }
  return fallback;
}

export function boolArg(args: CustomizationArgs, name: string, fallback: boolean): boolean {
  const value = args[name]?.value;
  return typeof value === 'boolean' ? value : fallback;
}

export function numberArg(args: CustomizationArgs, name: string, fallback: number): number {
  const value = args[name]?.value;
  return typeof value === 'number' ? value : fallback;
}
