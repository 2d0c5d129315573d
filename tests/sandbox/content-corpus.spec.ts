import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadContentDir } from '../../sandbox/content-loader';
import { explorationFromData, loadExplorationFile } from '../../sandbox/content-loader/exploration';

/** The loader on the corpus of real Oppia lessons, and the state migrations it applies. */

const CORPUS = 'sandbox/content/corpus';
const manifest = JSON.parse(readFileSync(join(CORPUS, 'corpus.json'), 'utf8')) as {
  lessons: Array<{ file: string; status: string; statesSchemaVersion: number }>;
};

test('the corpus is served as one classroom with a chapter per playable lesson', async () => {
  const content = await loadContentDir(CORPUS);
  const playable = manifest.lessons.filter((l) => l.status === 'playable');
  expect([...content.explorations.keys()].sort()).toEqual(
    playable.map((l) => l.file.replace(/\.yaml$/, '')).sort(),
  );
  expect(content.classrooms).toHaveLength(1);
  const chapters = content.classrooms[0]?.topics[0]?.stories[0]?.chapters ?? [];
  expect(chapters).toHaveLength(playable.length);
});

test('every corpus file, excluded ones too, loads at its recorded schema version', async () => {
  for (const lesson of manifest.lessons) {
    const entry = await loadExplorationFile(join(CORPUS, lesson.file), 'corpusfile');
    expect(entry.metadata.states_schema_version, lesson.file).toBe(lesson.statesSchemaVersion);
    for (const [name, state] of Object.entries(entry.player.states)) {
      const raw = state as unknown as Record<string, unknown>;
      expect(raw['written_translations'], `${lesson.file} ${name}`).toBeUndefined();
      expect(raw['next_content_id_index'], `${lesson.file} ${name}`).toBeUndefined();
      expect(state.linked_skill_id, `${lesson.file} ${name}`).toBeNull();
    }
  }
});

/** A states-schema-42 file from the corpus, with one card turned into a NumericExpressionInput. */
function v42WithMathCard(): Record<string, unknown> {
  const exp = parse(readFileSync(join(CORPUS, 'boot_verbs.yaml'), 'utf8')) as {
    states: Record<string, { card_is_checkpoint?: boolean; interaction: { id: string } }>;
  };
  exp.states['subject']!.card_is_checkpoint = true;
  exp.states['So...']!.interaction.id = 'NumericExpressionInput';
  return exp;
}

test('states before v44 get card_is_checkpoint = is the init state (exp_domain v43 -> v44)', () => {
  const entry = explorationFromData(v42WithMathCard(), 'v42.yaml', 'v42');
  const checkpoints = Object.entries(entry.player.states)
    .filter(([, s]) => s.card_is_checkpoint)
    .map(([name]) => name);
  expect(checkpoints).toEqual(['Sentence']);
});

test('math inputs before v43 get useFractionForDivision: true (exp_domain v42 -> v43)', () => {
  const v42 = explorationFromData(v42WithMathCard(), 'v42.yaml', 'v42');
  expect(v42.player.states['So...']?.interaction.customization_args).toMatchObject({
    useFractionForDivision: { value: true },
  });
  expect(v42.player.states['subject']?.interaction.customization_args).not.toHaveProperty(
    'useFractionForDivision',
  );
  const v45 = { ...v42WithMathCard(), states_schema_version: 45, schema_version: 50 };
  const served = explorationFromData(v45, 'v45.yaml', 'v45');
  expect(served.player.states['So...']?.interaction.customization_args).not.toHaveProperty(
    'useFractionForDivision',
  );
  expect(served.player.states['subject']?.card_is_checkpoint, 'kept as written').toBe(true);
});
