/**
 * Checks every seeded exploration in sandbox/content/explorations/ against Oppia's export format
 * and against what the suite needs from it (a reachable end, resolvable destinations, images that
 * exist, interaction and rule coverage). Independent of the sandbox server's loader and of the
 * content generator: it only reads the YAML files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const CONTENT = fileURLToPath(new URL('../../sandbox/content/', import.meta.url));

// ------------------------------------------------------------ the parts of Oppia's dicts we read

interface Outcome {
  dest: string;
  dest_if_really_stuck: string | null;
  feedback: { content_id: string; html: string };
  labelled_as_correct: boolean;
}
interface RuleSpec {
  rule_type: string;
  inputs: Record<string, unknown>;
}
interface AnswerGroup {
  outcome: Outcome;
  rule_specs: RuleSpec[];
}
interface State {
  content: { content_id: string; html: string };
  interaction: {
    id: string;
    customization_args: Record<string, { value: unknown }>;
    answer_groups: AnswerGroup[];
    default_outcome: Outcome | null;
    hints: Array<{ hint_content: { content_id: string; html: string } }>;
    solution: { correct_answer: unknown; explanation: { content_id: string } } | null;
  };
  recorded_voiceovers: { voiceovers_mapping: Record<string, unknown> };
  card_is_checkpoint: boolean;
}
interface Exploration {
  init_state_name: string;
  next_content_id_index: number;
  schema_version: number;
  states_schema_version: number;
  title: string;
  states: Record<string, State>;
}
interface CatalogChapter {
  node_id: string;
  title: string;
  exploration_id: string;
  status: string;
}
interface Catalog {
  classrooms: Array<{
    is_published: boolean;
    topics: Array<{
      is_published: boolean;
      url_fragment: string;
      stories: Array<{ chapters: CatalogChapter[] }>;
    }>;
  }>;
}

const readYaml = <T>(path: string): T => parse(readFileSync(path, 'utf8')) as T;

const explorationIds = readdirSync(join(CONTENT, 'explorations'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();
const explorations = new Map(
  explorationIds.map((id) => [
    id,
    readYaml<Exploration>(join(CONTENT, 'explorations', `${id}.yaml`)),
  ]),
);
const exploration = (id: string): Exploration => {
  const found = explorations.get(id);
  if (!found) throw new Error(`no exploration ${id}`);
  return found;
};

const catalog = readYaml<Catalog>(join(CONTENT, 'catalog.yaml'));
/** Exploration ids of the chapters a correct walk plays, and those of Place Values. */
const walked = new Set<string>();
const placeValues = new Set<string>();
for (const classroom of catalog.classrooms) {
  for (const topic of classroom.topics) {
    for (const story of topic.stories) {
      for (const chapter of story.chapters) {
        if (classroom.is_published && topic.is_published && chapter.status === 'Published') {
          walked.add(chapter.exploration_id);
          if (topic.url_fragment === 'place-values') placeValues.add(chapter.exploration_id);
        }
      }
    }
  }
}
const walkedExplorations = (): Array<[string, Exploration]> =>
  [...walked].map((id) => [id, exploration(id)]);

// ------------------------------------------------------------ graph helpers

function outcomes(state: State): Outcome[] {
  const { answer_groups, default_outcome } = state.interaction;
  return [...answer_groups.map((g) => g.outcome), ...(default_outcome ? [default_outcome] : [])];
}

function reachableFrom(exp: Exploration, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const state = exp.states[name];
    if (!state) continue;
    for (const { dest } of outcomes(state)) {
      if (!seen.has(dest)) {
        seen.add(dest);
        queue.push(dest);
      }
    }
  }
  return seen;
}

const isEnd = (state: State | undefined): boolean => state?.interaction.id === 'EndExploration';
const reachesEnd = (exp: Exploration, from: string): boolean =>
  [...reachableFrom(exp, from)].some((name) => isEnd(exp.states[name]));

/** Every content id a state holds (content, feedback, hints, solution, args, rule inputs). */
function contentIds(state: State): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'content_id' || key === 'contentId') && typeof value === 'string') {
          ids.push(value);
        } else walk(value);
      }
    }
  };
  walk(state.content);
  walk(state.interaction);
  return ids;
}

function imageFilenames(html: string): string[] {
  return [...html.matchAll(/filepath-with-value="&amp;quot;([^"&]+)&amp;quot;"/g)].map(
    (m) => m[1] ?? '',
  );
}

/**
 * Rich text with every level of component escaping undone, so that components nested in tabs and
 * collapsibles (whose html is a JSON string inside an attribute) read like top-level ones.
 */
function unescapeAll(html: string): string {
  let text = html;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\\"/g, '"')
      .replace(/&amp;/g, '&');
  }
  return text;
}

/** Every html string a state holds: content, choices, feedback, hints, solution. */
function htmlOf(state: State): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'html' && typeof value === 'string') found.push(value);
        else walk(value);
      }
    }
  };
  walk(state.content);
  walk(state.interaction);
  return found;
}

/** Image and formula SVG files named in a state's rich text, nested components included. */
function assetFiles(state: State): string[] {
  const files = new Set<string>();
  for (const html of htmlOf(state)) {
    const text = unescapeAll(html);
    for (const m of text.matchAll(/filepath-with-value="+([^"]+?)"/g)) files.add(m[1] ?? '');
    for (const m of text.matchAll(/"svg_filename":\s*"([^"]+)"/g)) files.add(m[1] ?? '');
  }
  return [...files];
}

// ------------------------------------------------------------ per-interaction expectations

/** Customization args each interaction must carry (interaction_specs.json). */
const REQUIRED_ARGS: Record<string, string[]> = {
  Continue: ['buttonText'],
  EndExploration: ['recommendedExplorationIds'],
  MultipleChoiceInput: ['choices', 'showChoicesInShuffledOrder'],
  ItemSelectionInput: ['choices', 'maxAllowableSelectionCount', 'minAllowableSelectionCount'],
  NumericInput: ['requireNonnegativeInput'],
  TextInput: ['placeholder', 'rows', 'catchMisspellings'],
  FractionInput: [
    'requireSimplestForm',
    'allowImproperFraction',
    'allowNonzeroIntegerPart',
    'customPlaceholder',
  ],
  NumberWithUnits: [],
  RatioExpressionInput: ['placeholder', 'numberOfTerms'],
  DragAndDropSortInput: ['choices', 'allowMultipleItemsInSamePosition'],
  NumericExpressionInput: ['placeholder', 'useFractionForDivision'],
  AlgebraicExpressionInput: ['allowedVariables', 'useFractionForDivision'],
  ImageClickInput: ['imageAndRegions', 'highlightRegionsOnHover'],
  SetInput: ['buttonText'],
};

/** Rule types each interaction knows, with the names of their inputs. */
const RULE_INPUTS: Record<string, Record<string, string[]>> = {
  MultipleChoiceInput: { Equals: ['x'] },
  ItemSelectionInput: {
    Equals: ['x'],
    ContainsAtLeastOneOf: ['x'],
    DoesNotContainAtLeastOneOf: ['x'],
    IsProperSubsetOf: ['x'],
  },
  NumericInput: {
    Equals: ['x'],
    IsLessThan: ['x'],
    IsGreaterThan: ['x'],
    IsLessThanOrEqualTo: ['x'],
    IsGreaterThanOrEqualTo: ['x'],
    IsInclusivelyBetween: ['a', 'b'],
    IsWithinTolerance: ['tol', 'x'],
  },
  TextInput: { Equals: ['x'], StartsWith: ['x'], Contains: ['x'], FuzzyEquals: ['x'] },
  FractionInput: {
    IsExactlyEqualTo: ['f'],
    IsEquivalentTo: ['f'],
    IsEquivalentToAndInSimplestForm: ['f'],
    IsLessThan: ['f'],
    IsGreaterThan: ['f'],
    HasFractionalPartExactlyEqualTo: ['f'],
    HasNumeratorEqualTo: ['x'],
    HasDenominatorEqualTo: ['x'],
    HasIntegerPartEqualTo: ['x'],
    HasNoFractionalPart: [],
  },
  NumberWithUnits: { IsEqualTo: ['f'], IsEquivalentTo: ['f'] },
  RatioExpressionInput: {
    Equals: ['x'],
    IsEquivalent: ['x'],
    HasNumberOfTermsEqualTo: ['y'],
    HasSpecificTermEqualTo: ['x', 'y'],
  },
  DragAndDropSortInput: {
    IsEqualToOrdering: ['x'],
    IsEqualToOrderingWithOneItemAtIncorrectPosition: ['x'],
    HasElementXAtPositionY: ['x', 'y'],
    HasElementXBeforeElementY: ['x', 'y'],
  },
  NumericExpressionInput: {
    MatchesExactlyWith: ['x'],
    MatchesUpToTrivialManipulations: ['x'],
    IsEquivalentTo: ['x'],
  },
  AlgebraicExpressionInput: {
    MatchesExactlyWith: ['x'],
    MatchesUpToTrivialManipulations: ['x'],
    IsEquivalentTo: ['x'],
  },
  ImageClickInput: { IsInRegion: ['x'] },
  SetInput: {
    Equals: ['x'],
    IsSubsetOf: ['x'],
    IsSupersetOf: ['x'],
    HasElementsIn: ['x'],
    HasElementsNotIn: ['x'],
    OmitsElementsIn: ['x'],
    IsDisjointFrom: ['x'],
  },
};

const isFraction = (v: unknown): boolean => {
  const f = v as Record<string, unknown>;
  return (
    typeof f?.['isNegative'] === 'boolean' &&
    Number.isInteger(f['wholeNumber']) &&
    Number.isInteger(f['numerator']) &&
    Number.isInteger(f['denominator']) &&
    (f['denominator'] as number) > 0
  );
};
const isNumberWithUnits = (v: unknown): boolean => {
  const n = v as Record<string, unknown>;
  return (
    (n?.['type'] === 'real' || n?.['type'] === 'fraction') &&
    typeof n['real'] === 'number' &&
    isFraction(n['fraction']) &&
    Array.isArray(n['units']) &&
    (n['units'] as Array<Record<string, unknown>>).every(
      (u) => typeof u['unit'] === 'string' && Number.isInteger(u['exponent']),
    )
  );
};
const isStringList = (v: unknown): boolean =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Problems with one rule's inputs, given the card it sits on. */
function ruleInputProblems(state: State, rule: RuleSpec): string[] {
  const id = state.interaction.id;
  const expected = RULE_INPUTS[id]?.[rule.rule_type];
  if (!expected) return [`unknown rule ${id}.${rule.rule_type}`];
  const names = Object.keys(rule.inputs).sort();
  if (names.join() !== [...expected].sort().join()) {
    return [`${rule.rule_type} inputs ${names.join()} (want ${expected.join()})`];
  }
  const args = state.interaction.customization_args;
  const choices = (args['choices']?.value ?? []) as Array<{ content_id: string }>;
  const choiceIds = new Set(choices.map((c) => c.content_id));
  const { x, y } = rule.inputs;
  const bad = (why: string): string[] => [`${rule.rule_type}: ${why}`];
  switch (id) {
    case 'MultipleChoiceInput':
      return Number.isInteger(x) && (x as number) >= 0 && (x as number) < choices.length
        ? []
        : bad(`x ${String(x)} is not a choice index`);
    case 'ItemSelectionInput':
      return isStringList(x) && (x as string[]).every((c) => choiceIds.has(c))
        ? []
        : bad('x must list choice content ids');
    case 'TextInput': {
      const value = x as { contentId?: unknown; normalizedStrSet?: unknown };
      return typeof value?.contentId === 'string' && isStringList(value.normalizedStrSet)
        ? []
        : bad('x must be {contentId, normalizedStrSet}');
    }
    case 'SetInput': {
      const value = x as { contentId?: unknown; unicodeStrSet?: unknown };
      return typeof value?.contentId === 'string' && isStringList(value.unicodeStrSet)
        ? []
        : bad('x must be {contentId, unicodeStrSet}');
    }
    case 'FractionInput':
      return 'f' in rule.inputs
        ? isFraction(rule.inputs['f'])
          ? []
          : bad('f must be a Fraction dict')
        : Object.values(rule.inputs).every(Number.isInteger)
          ? []
          : bad('inputs must be integers');
    case 'NumberWithUnits':
      return isNumberWithUnits(rule.inputs['f']) ? [] : bad('f must be a NumberWithUnits dict');
    case 'NumericInput':
      return Object.values(rule.inputs).every((v) => typeof v === 'number')
        ? []
        : bad('inputs must be numbers');
    case 'RatioExpressionInput':
      if (rule.rule_type === 'Equals' || rule.rule_type === 'IsEquivalent') {
        return Array.isArray(x) && x.every((t) => Number.isInteger(t) && t > 0)
          ? []
          : bad('x must list positive integers');
      }
      return Object.values(rule.inputs).every(Number.isInteger)
        ? []
        : bad('inputs must be integers');
    case 'DragAndDropSortInput':
      if (rule.rule_type.startsWith('IsEqualToOrdering')) {
        return Array.isArray(x) &&
          (x as unknown[]).every(
            (group) => isStringList(group) && (group as string[]).every((c) => choiceIds.has(c)),
          )
          ? []
          : bad('x must be a list of lists of choice content ids');
      }
      if (rule.rule_type === 'HasElementXAtPositionY') {
        return choiceIds.has(x as string) && Number.isInteger(y)
          ? []
          : bad('x choice id, y position');
      }
      return choiceIds.has(x as string) && choiceIds.has(y as string)
        ? []
        : bad('x and y must be choice ids');
    case 'ImageClickInput': {
      const regions = (
        args['imageAndRegions']?.value as { labeledRegions: Array<{ label: string }> }
      ).labeledRegions.map((r) => r.label);
      return regions.includes(x as string) ? [] : bad(`no region labelled ${String(x)}`);
    }
    default:
      return typeof x === 'string' ? [] : bad('x must be an expression string');
  }
}

// ------------------------------------------------------------ tests

test.describe('seeded explorations', () => {
  test('there is one file per catalog chapter and nothing else', () => {
    const referenced = catalog.classrooms.flatMap((c) =>
      c.topics.flatMap((t) => t.stories.flatMap((s) => s.chapters.map((ch) => ch.exploration_id))),
    );
    expect(explorationIds).toEqual([...new Set(referenced)].sort());
  });

  for (const id of explorationIds) {
    test(`${id} is a well-formed Oppia exploration with a reachable end`, () => {
      const exp = exploration(id);
      const names = Object.keys(exp.states);
      const problems: string[] = [];

      expect(exp.states_schema_version).toBe(57);
      expect(exp.schema_version).toBe(62);
      expect(names).toContain(exp.init_state_name);
      expect(exp.states[exp.init_state_name]?.card_is_checkpoint).toBe(true);
      expect(reachesEnd(exp, exp.init_state_name)).toBe(true);

      const unreachable = names.filter((n) => !reachableFrom(exp, exp.init_state_name).has(n));
      expect(unreachable, 'cards no learner can reach').toEqual([]);

      const allIds: string[] = [];
      for (const [name, state] of Object.entries(exp.states)) {
        const where = (what: string): string => `${name}: ${what}`;
        const interactionId = state.interaction.id;
        const required = REQUIRED_ARGS[interactionId];
        if (!required) {
          problems.push(where(`unexpected interaction ${interactionId}`));
          continue;
        }
        const missing = required.filter((arg) => !(arg in state.interaction.customization_args));
        if (missing.length) problems.push(where(`missing customization args ${missing.join()}`));

        if (isEnd(state)) {
          if (state.interaction.default_outcome !== null)
            problems.push(where('end with an outcome'));
          if (state.interaction.answer_groups.length) problems.push(where('end with answers'));
        } else if (!state.interaction.default_outcome) {
          problems.push(where('no default outcome'));
        }
        for (const outcome of outcomes(state)) {
          if (!(outcome.dest in exp.states)) problems.push(where(`dest "${outcome.dest}" missing`));
          const stuck = outcome.dest_if_really_stuck;
          if (stuck !== null && (!(stuck in exp.states) || stuck === name))
            problems.push(where(`dest_if_really_stuck "${stuck}" is not another card`));
        }
        if (interactionId === 'Continue' && state.interaction.default_outcome?.dest === name) {
          problems.push(where('Continue loops on itself'));
        }
        for (const group of state.interaction.answer_groups) {
          if (!group.rule_specs.length) problems.push(where('answer group without rules'));
          for (const rule of group.rule_specs) {
            problems.push(...ruleInputProblems(state, rule).map(where));
          }
        }
        if (interactionId === 'DragAndDropSortInput') {
          const multi = state.interaction.customization_args['allowMultipleItemsInSamePosition'];
          if (typeof multi?.value !== 'boolean')
            problems.push(where('allowMultipleItemsInSamePosition must be a boolean'));
        }

        const ids = contentIds(state);
        allIds.push(...ids);
        const voiceovers = Object.keys(state.recorded_voiceovers.voiceovers_mapping).sort();
        if (voiceovers.join() !== [...new Set(ids)].sort().join()) {
          problems.push(where('recorded_voiceovers does not list exactly its content ids'));
        }

        const images = assetFiles(state);
        const clickImage = (
          state.interaction.customization_args['imageAndRegions']?.value as
            { imagePath: string } | undefined
        )?.imagePath;
        for (const file of clickImage ? [...images, clickImage] : images) {
          if (!existsSync(join(CONTENT, 'assets', id, 'image', file))) {
            problems.push(where(`image ${file} missing under assets/${id}/image/`));
          }
        }
      }

      for (const contentId of allIds) {
        const match =
          /^(?:content|default_outcome|feedback|hint|solution|rule_input|ca_[A-Za-z]+)_(\d+)$/.exec(
            contentId,
          );
        if (!match) problems.push(`content id ${contentId} is not <type>_<n>`);
        else if (Number(match[1]) >= exp.next_content_id_index) {
          problems.push(`content id ${contentId} not below next_content_id_index`);
        }
      }
      const duplicates = allIds.filter((cid, i) => allIds.indexOf(cid) !== i);
      expect(duplicates, 'content ids used twice').toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  test('walked chapters have 4 to 12 cards, two or three 25 to 40; Place Values at least 8', () => {
    const sizes = walkedExplorations().map(([id, exp]) => ({
      id,
      cards: Object.keys(exp.states).length,
    }));
    expect(
      sizes.filter((s) => s.cards < 4 || (s.cards > 12 && s.cards < 25) || s.cards > 40),
    ).toEqual([]);
    const long = sizes.filter((s) => s.cards >= 25).length;
    expect(long).toBeGreaterThanOrEqual(2);
    expect(long).toBeLessThanOrEqual(3);
    expect([...placeValues].filter((id) => Object.keys(exploration(id).states).length < 8)).toEqual(
      [],
    );
  });

  test('walked chapters use every interaction the suite must handle', () => {
    const used = new Set(
      walkedExplorations().flatMap(([, exp]) =>
        Object.values(exp.states).map((s) => s.interaction.id),
      ),
    );
    expect([...used].sort()).toEqual(Object.keys(REQUIRED_ARGS).sort());
  });

  test('walked chapters use the rule types the suite must handle', () => {
    const used = new Set(
      walkedExplorations().flatMap(([, exp]) =>
        Object.values(exp.states).flatMap((s) =>
          s.interaction.answer_groups.flatMap((g) =>
            g.rule_specs.map((r) => `${s.interaction.id}.${r.rule_type}`),
          ),
        ),
      ),
    );
    const wanted = [
      'NumericInput.Equals',
      'NumericInput.IsInclusivelyBetween',
      'NumericInput.IsWithinTolerance',
      'NumericInput.IsGreaterThan',
      'NumericInput.IsLessThan',
      'TextInput.Equals',
      'TextInput.Contains',
      'TextInput.FuzzyEquals',
      'TextInput.StartsWith',
      'NumericExpressionInput.MatchesExactlyWith',
      'AlgebraicExpressionInput.MatchesExactlyWith',
      'DragAndDropSortInput.IsEqualToOrderingWithOneItemAtIncorrectPosition',
      'DragAndDropSortInput.HasElementXAtPositionY',
      'DragAndDropSortInput.HasElementXBeforeElementY',
      'FractionInput.IsEquivalentTo',
      'FractionInput.IsExactlyEqualTo',
      'FractionInput.IsEquivalentToAndInSimplestForm',
      'NumberWithUnits.IsEqualTo',
      'NumberWithUnits.IsEquivalentTo',
      'RatioExpressionInput.Equals',
      'RatioExpressionInput.IsEquivalent',
      'DragAndDropSortInput.IsEqualToOrdering',
      'ItemSelectionInput.Equals',
      'SetInput.Equals',
      'ImageClickInput.IsInRegion',
      'NumericExpressionInput.MatchesUpToTrivialManipulations',
      'AlgebraicExpressionInput.IsEquivalentTo',
    ];
    expect(wanted.filter((w) => !used.has(w))).toEqual([]);
  });

  test('walked chapters carry the patterns real content has', () => {
    const states = walkedExplorations().flatMap(([id, exp]) =>
      Object.entries(exp.states).map(([name, state]) => ({ id, exp, name, state })),
    );
    const count = (pred: (s: (typeof states)[number]) => boolean): number =>
      states.filter(pred).length;
    const groups = (s: (typeof states)[number]): AnswerGroup[] => s.state.interaction.answer_groups;
    const args = (s: (typeof states)[number]) => s.state.interaction.customization_args;

    // Wrong answers that keep the learner on the card, with feedback.
    expect(
      count((s) => outcomes(s.state).some((o) => o.dest === s.name && o.feedback.html)),
    ).toBeGreaterThan(20);
    // Onward answers with empty feedback (the player moves on by itself).
    expect(
      count((s) =>
        groups(s).some((g) => g.outcome.dest !== s.name && g.outcome.feedback.html === ''),
      ),
    ).toBeGreaterThan(5);
    // Onward answers labelled incorrect, and loops labelled correct.
    expect(
      count((s) =>
        groups(s).some((g) => g.outcome.dest !== s.name && !g.outcome.labelled_as_correct),
      ),
    ).toBeGreaterThan(10);
    expect(
      count((s) =>
        groups(s).some((g) => g.outcome.dest === s.name && g.outcome.labelled_as_correct),
      ),
    ).toBeGreaterThan(0);
    // Branching: one card with two onward answers to different cards, each reaching the end.
    expect(
      count((s) => {
        const onward = new Set(
          groups(s)
            .map((g) => g.outcome.dest)
            .filter((d) => d !== s.name),
        );
        return onward.size >= 2 && [...onward].every((d) => reachesEnd(s.exp, d));
      }),
    ).toBeGreaterThan(0);
    // Solutions, hints, images, shuffled choices, multi-select.
    expect(count((s) => s.state.interaction.solution !== null)).toBeGreaterThan(10);
    expect(count((s) => s.state.interaction.hints.length > 0)).toBeGreaterThan(5);
    expect(count((s) => imageFilenames(s.state.content.html).length > 0)).toBeGreaterThan(5);
    expect(count((s) => args(s)['showChoicesInShuffledOrder']?.value === true)).toBeGreaterThan(0);
    expect(
      count(
        (s) =>
          s.state.interaction.id === 'ItemSelectionInput' &&
          (args(s)['minAllowableSelectionCount']?.value as number) > 1 &&
          (args(s)['maxAllowableSelectionCount']?.value as number) > 1,
      ),
    ).toBeGreaterThan(0);
  });

  test('walked chapters use the shapes real Oppia lessons have', () => {
    const states = walkedExplorations().flatMap(([id, exp]) =>
      Object.entries(exp.states).map(([name, state]) => ({ id, exp, name, state })),
    );
    type Found = (typeof states)[number];
    const missing: string[] = [];
    const need = (what: string, pred: (s: Found) => boolean): void => {
      if (!states.some(pred)) missing.push(what);
    };
    const args = (s: Found) => s.state.interaction.customization_args;
    const choices = (s: Found): string[] =>
      ((args(s)['choices']?.value ?? []) as Array<{ html: string }>).map((c) => c.html);
    const text = (html: string): string =>
      html
        .replace(/<oppia-noninteractive-[^>]*>.*?<\/oppia-noninteractive-[a-z]+>/g, '')
        .replace(/<[^>]+>/g, '')
        .trim();
    const onlyImage = (html: string): boolean =>
      /^(<p>)?<oppia-noninteractive-image [^>]*><\/oppia-noninteractive-image>(<\/p>)?$/.test(html);
    const onlyMath = (html: string): boolean =>
      /^(<p>)?<oppia-noninteractive-math [^>]*><\/oppia-noninteractive-math>(<\/p>)?$/.test(html);
    const alt = (html: string): string | undefined =>
      /alt-with-value="&amp;quot;(.*?)&amp;quot;"/.exec(html)?.[1];
    const isA = (id: string) => (s: Found) => s.state.interaction.id === id;
    const rules = (s: Found): string[] =>
      s.state.interaction.answer_groups.flatMap((g) => g.rule_specs.map((r) => r.rule_type));

    // Choices and items that are not words.
    for (const id of ['MultipleChoiceInput', 'ItemSelectionInput', 'DragAndDropSortInput']) {
      need(
        `${id}: picture-only choices with alt text`,
        (s) => isA(id)(s) && choices(s).some((c) => onlyImage(c) && Boolean(alt(c))),
      );
      need(`${id}: formula-only choices`, (s) => isA(id)(s) && choices(s).some(onlyMath));
    }
    need(
      'a picture with empty alt text as a choice of an unshuffled card',
      (s) =>
        args(s)['showChoicesInShuffledOrder']?.value !== true &&
        choices(s).some((c) => onlyImage(c) && alt(c) === ''),
    );
    need('choices of text and a picture', (s) =>
      choices(s).some((c) => c.includes('oppia-noninteractive-image') && text(c) !== ''),
    );
    need('choices of text and a formula', (s) =>
      choices(s).some((c) => c.includes('oppia-noninteractive-math') && text(c) !== ''),
    );
    need('two choices with the same words and different pictures', (s) => {
      const pictured = choices(s).filter(
        (c) => c.includes('oppia-noninteractive-image') && text(c),
      );
      return pictured.some((c, i) =>
        pictured.some((d, j) => j > i && text(c) === text(d) && c !== d),
      );
    });
    need(
      'shuffled picture or formula choices',
      (s) =>
        args(s)['showChoicesInShuffledOrder']?.value === true &&
        choices(s).some((c) => onlyImage(c) || onlyMath(c)),
    );
    need(
      'multi-item drag and drop with three rule types or more',
      (s) =>
        args(s)['allowMultipleItemsInSamePosition']?.value === true && new Set(rules(s)).size >= 3,
    );

    // Rich card content.
    for (const tag of ['image', 'math', 'tabs', 'collapsible', 'link', 'skillreview', 'video']) {
      need(`cards with oppia-noninteractive-${tag}`, (s) =>
        s.state.content.html.includes(`<oppia-noninteractive-${tag} `),
      );
    }
    need('a picture inside tabs', (s) =>
      /<oppia-noninteractive-tabs [^>]*oppia-noninteractive-image/.test(s.state.content.html),
    );
    need('a picture inside a collapsible', (s) =>
      /<oppia-noninteractive-collapsible [^>]*oppia-noninteractive-image/.test(
        s.state.content.html,
      ),
    );
    need('a formula in feedback or choices', (s) =>
      htmlOf(s.state)
        .slice(1)
        .some((h) => h.includes('oppia-noninteractive-math')),
    );

    // Long-lesson patterns.
    need('dest_if_really_stuck', (s) =>
      outcomes(s.state).some((o) => o.dest_if_really_stuck !== null),
    );
    need('several answer groups leading to the same other card', (s) => {
      const dests = s.state.interaction.answer_groups
        .map((g) => g.outcome.dest)
        .filter((d) => d !== s.name);
      return new Set(dests).size < dests.length;
    });
    need(
      'a default outcome of a question that moves the learner on',
      (s) =>
        s.state.interaction.id !== 'Continue' &&
        s.state.interaction.default_outcome !== null &&
        s.state.interaction.default_outcome.dest !== s.name,
    );
    need('a loop through other cards back to this one, on an answer labelled correct', (s) =>
      s.state.interaction.answer_groups.some(
        (g) =>
          g.outcome.labelled_as_correct &&
          g.outcome.dest !== s.name &&
          reachableFrom(s.exp, g.outcome.dest).has(s.name),
      ),
    );
    need('a custom Continue button text', (s) => {
      const button = args(s)['buttonText']?.value as { unicode_str?: string } | undefined;
      return isA('Continue')(s) && button?.unicode_str !== 'Continue';
    });
    const longLessons = walkedExplorations().filter(
      ([, exp]) => Object.keys(exp.states).length >= 25,
    );
    for (const [id, exp] of longLessons) {
      const all = Object.values(exp.states);
      expect(
        all.filter((st) => st.card_is_checkpoint).length,
        `${id} checkpoints`,
      ).toBeGreaterThanOrEqual(3);
      expect(
        all.some((st) => st.interaction.hints.length > 0),
        `${id} hints`,
      ).toBe(true);
      expect(
        all.some((st) => st.interaction.solution !== null),
        `${id} solutions`,
      ).toBe(true);
    }

    // Input semantics.
    need(
      'NumericInput with requireNonnegativeInput',
      (s) => isA('NumericInput')(s) && args(s)['requireNonnegativeInput']?.value === true,
    );
    need(
      'TextInput with catchMisspellings',
      (s) => isA('TextInput')(s) && args(s)['catchMisspellings']?.value === true,
    );
    need('an expression card where x*(x+1) and x^2+x lead to different cards', (s) => {
      const dest = (x: string) =>
        s.state.interaction.answer_groups.find((g) =>
          g.rule_specs.some((r) => r.rule_type === 'MatchesExactlyWith' && r.inputs['x'] === x),
        )?.outcome.dest;
      const [a, b] = [dest('x*(x+1)'), dest('x^2+x')];
      return a !== undefined && b !== undefined && a !== b;
    });
    need('an expression card that sends an equivalent but unsimplified answer elsewhere', (s) => {
      const groups = s.state.interaction.answer_groups;
      const exact = groups.find((g) =>
        g.rule_specs.some((r) => r.rule_type === 'MatchesExactlyWith'),
      );
      const equivalent = groups.find((g) =>
        g.rule_specs.some((r) => r.rule_type === 'IsEquivalentTo'),
      );
      return Boolean(exact && equivalent && exact.outcome.dest !== equivalent.outcome.dest);
    });
    expect(missing).toEqual([]);
  });

  test('Place Values chapters send some wrong answers back to an earlier card', () => {
    for (const id of placeValues) {
      const exp = exploration(id);
      const backwards = Object.entries(exp.states).flatMap(([name, state]) =>
        outcomes(state).filter(
          (o) => o.dest !== name && o.feedback.html && reachableFrom(exp, o.dest).has(name),
        ),
      );
      expect(backwards.length, `${id} loops back to an earlier card`).toBeGreaterThan(0);
      const numeric = Object.values(exp.states).filter((s) => s.interaction.id === 'NumericInput');
      expect(numeric.length, `${id} asks NumericInput questions`).toBeGreaterThan(0);
    }
  });
});
