/**
 * The Oppia feature flags the sandbox can turn on for every user (`--flags`, `SANDBOX_FLAGS`), as a
 * test server does with `force_enable_for_all_users` (core/domain/feature_flag_services.py: a
 * logged-out learner sees a flag only when it is force-enabled). Everything else keeps the value
 * oppia.org serves (handlers/site.ts FEATURE_FLAGS).
 */

/**
 * The flags whose designs the sandbox renders:
 * - `new_lesson_player`: /explore/<id> goes on to /lesson/<id>, the new player
 *   (core/feature_flag_list.py @ 02b1a54f, TEST stage);
 * - `redesigned_topic_viewer_page`: the redesigned topic page (same file, DEV; TEST in
 *   web_feature_flag_list.py @ 099985e9);
 * - the story-grouping flag under each of its names: `story_editor_arcs` (web_feature_flag_list.py
 *   @ 099985e9), `story_editor_adventures` (feature_flag_list.py @ 02b1a54f), `story_editor_modules`
 *   (the current name: core/jobs/batch_jobs/story_module_migration_jobs.py @ dce02e6a renames the
 *   stored flag story_editor_arcs to it).
 */
export const KNOWN_FLAGS = [
  'new_lesson_player',
  'redesigned_topic_viewer_page',
  'story_editor_modules',
  'story_editor_adventures',
  'story_editor_arcs',
] as const;
export type KnownFlag = (typeof KNOWN_FLAGS)[number];

/** The story-grouping flag's names, oldest last; any of them turns grouping on. */
export const STORY_GROUPING_FLAGS: readonly KnownFlag[] = [
  'story_editor_modules',
  'story_editor_adventures',
  'story_editor_arcs',
];

export class UnknownFlagError extends Error {
  override name = 'UnknownFlagError';
  constructor(readonly flag: string) {
    super(
      `unknown feature flag ${JSON.stringify(flag)}; the sandbox knows ${KNOWN_FLAGS.join(', ')}`,
    );
  }
}

/** The flags to turn on, checked: an unknown name throws UnknownFlagError listing the known ones. */
export function checkFlags(names: readonly string[]): ReadonlySet<KnownFlag> {
  const flags = new Set<KnownFlag>();
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    if (!(KNOWN_FLAGS as readonly string[]).includes(name)) throw new UnknownFlagError(name);
    flags.add(name as KnownFlag);
  }
  return flags;
}

/** Which hooks the new player renders: Oppia's latest templates, or the older ones that had more. */
export const NEW_PLAYER_HOOKS = ['latest', 'older'] as const;
export type NewPlayerHooks = (typeof NEW_PLAYER_HOOKS)[number];
