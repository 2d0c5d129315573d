/**
 * TextInput. Submits the typed string. Rules as in
 * extensions/interactions/TextInput/directives/text-input-rules.service.ts @ 54d6b861: the answer
 * and every string of `x.normalizedStrSet` are whitespace-normalised (trim, runs of 2+ whitespace
 * -> one space: normalize-whitespace.pipe.ts) and lower-cased; Equals = any equal, StartsWith,
 * Contains, FuzzyEquals = edit distance <= 1. Older content stores `x` as a list or one string,
 * and had CaseSensitiveEquals.
 * TextInput is trainable: an exact match in a group's training_data picks that group when no rule
 * matched. With catchMisspellings the player nudges near-misses of the answer groups' strings
 * instead of applying the default outcome (answer-classification.service.ts), so such answers are
 * treated as uncertain.
 */
import { boolArg, stringListInput } from '../normalize';
import type { Rule } from '../normalize';
import { randomWord } from '../random';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

/** Oppia's NormalizeWhitespacePipe. */
export function normalizeWhitespace(text: string): string {
  return text.trim().replace(/\s{2,}/g, ' ');
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

function strings(rule: Rule): string[] {
  const x = stringListInput(rule.inputs['x'], 'normalizedStrSet');
  if (x.length === 0) throw new UnevaluableRuleError(`${rule.type} needs strings in x`);
  return x;
}

const folded = (s: string) => normalizeWhitespace(s).toLowerCase();

const RULES: Record<string, (answer: string, x: string[]) => boolean> = {
  Equals: (a, x) => x.some((s) => folded(s) === folded(a)),
  FuzzyEquals: (a, x) => x.some((s) => editDistance(folded(s), folded(a)) <= 1),
  StartsWith: (a, x) => x.some((s) => folded(a).startsWith(folded(s))),
  Contains: (a, x) => x.some((s) => folded(a).includes(folded(s))),
  CaseSensitiveEquals: (a, x) => x.some((s) => normalizeWhitespace(s) === normalizeWhitespace(a)),
};

/** Deterministic answers that few rules written by a creator would match. */
const FILLERS = ['xylophone quartz', 'qwzx', 'zzzz', 'I do not know', '7', 'plannerword'];

/** The largest edit distance at which the player may treat an answer as a misspelling. */
const MISSPELLING_DISTANCE = 2;

export const textInputRules = defineRules<string>({
  id: 'TextInput',
  prepare(interaction) {
    const catchMisspellings = boolArg(interaction.args['catchMisspellings'], false);
    const allStrings = interaction.groups.flatMap((g) =>
      g.rules.flatMap((r) => stringListInput(r.inputs['x'], 'normalizedStrSet')),
    );
    return {
      trainable: true,
      matches(rule, value) {
        const evaluate = RULES[rule.type];
        if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
        return evaluate(value, strings(rule));
      },
      fromSolution: (correct) => (typeof correct === 'string' ? correct : null),
      candidatesFor: (rule) => (rule.type in RULES ? strings(rule) : []),
      *fillers() {
        yield* FILLERS;
        for (const s of allStrings) yield `${s} qwzx`;
      },
      *randomValues(rng) {
        for (let i = 0; i < 30; i++)
          yield i % 3 === 2 ? `${randomWord(rng)} ${randomWord(rng)}` : randomWord(rng);
      },
      interceptsDefault(value) {
        if (!catchMisspellings) return null;
        const near = allStrings.find(
          (s) => editDistance(folded(s), folded(value)) <= MISSPELLING_DISTANCE,
        );
        return near === undefined ? null : `the player may nudge it as a misspelling of “${near}”`;
      },
      toAnswer(value) {
        if (value.trim() === '') return unenterable('the card does not accept an empty answer');
        return { kind: 'TextInput', text: value };
      },
      submitted: (answer) =>
        answer.kind === 'TextInput' ? answer.text : unenterable('not a TextInput answer'),
    };
  },
});
