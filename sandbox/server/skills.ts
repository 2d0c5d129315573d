/**
 * The skills whose concept cards the seeded lessons open (`oppia-noninteractive-skillreview`
 * `skill_id-with-value`). Oppia keeps a skill's concept card in its SkillContents
 * (core/domain/skill_domain.py `SkillContents.to_dict`: explanation, worked_examples,
 * recorded_voiceovers, written_translations); `/concept_card_handler` answers those dicts.
 * The content format has no skills of its own, so they are seeded here, keyed by the ids the
 * lessons use (sandbox/content/build/lessons/math-fair.ts and sandbox/synthetic/real-lessons.ts).
 * Any other id answers 404, as Oppia answers a skill that does not exist.
 */

/** state_domain.SubtitledHtmlDict. */
export interface SubtitledHtmlDict {
  content_id: string;
  html: string;
}

/** skill_domain.SkillContentsDict. */
export interface SkillContentsDict {
  explanation: SubtitledHtmlDict;
  worked_examples: { question: SubtitledHtmlDict; explanation: SubtitledHtmlDict }[];
  recorded_voiceovers: { voiceovers_mapping: Record<string, Record<string, never>> };
  written_translations: { translations_mapping: Record<string, Record<string, never>> };
}

function skillContents(
  explanation: string,
  examples: readonly (readonly [question: string, explanation: string])[],
): SkillContentsDict {
  // Content ids as the skill editor assigns them: explanation, then worked_example_q_/e_ pairs.
  const ids = [
    'explanation',
    ...examples.flatMap((_, i) => [`worked_example_q_${i + 1}`, `worked_example_e_${i + 1}`]),
  ];
  const empty = Object.fromEntries(ids.map((id) => [id, {}]));
  return {
    explanation: { content_id: 'explanation', html: explanation },
    worked_examples: examples.map(([q, e], i) => ({
      question: { content_id: `worked_example_q_${i + 1}`, html: q },
      explanation: { content_id: `worked_example_e_${i + 1}`, html: e },
    })),
    recorded_voiceovers: { voiceovers_mapping: empty },
    written_translations: { translations_mapping: empty },
  };
}

export const SEEDED_SKILLS: Readonly<Record<string, SkillContentsDict>> = {
  // Mira's Math Fair: "Review: number patterns".
  pT5rNs8KwQ2e: skillContents(
    '<p>A number pattern follows a rule. To find the rule, look at how each number changes from the one before it.</p>',
    [
      [
        '<p>What comes next: 3, 5, 7, 9, ...?</p>',
        '<p>Each number is 2 more than the one before, so the next number is 11.</p>',
      ],
      [
        '<p>What comes next: 2, 4, 8, 16, ...?</p>',
        '<p>Each number is double the one before, so the next number is 32.</p>',
      ],
    ],
  ),
  // Mira's Math Fair: "Review: writing expressions".
  Xe4mVb7LqZ1c: skillContents(
    '<p>An expression uses letters for numbers we do not know yet. "Three more than a number n" is written n + 3.</p>',
    [['<p>Write "twice a number x" as an expression.</p>', '<p>Twice x is 2x.</p>']],
  ),
  // Synthetic lessons (sandbox/synthetic/real-lessons.ts): "Review this skill".
  synthSkill01: skillContents(
    '<p>This skill is reviewed on a concept card: a short explanation of the idea the lesson uses.</p>',
    [],
  ),
};
