import { param, type Handler } from '../app';
import { notFound, oppiaError, oppiaJson } from '../http';
import { SEEDED_SKILLS } from '../skills';

/**
 * `GET /concept_card_handler/<selected_skill_ids>`: core/controllers/concept_card_viewer.py
 * ConceptCardDataHandler. The path argument is a JSON-encoded list of skill ids (schema
 * `JsonEncodedInString`; the frontend's ConceptCardBackendApiService interpolates
 * `JSON.stringify(skillIds)` into SkillDomainConstants.CONCEPT_CARD_DATA_URL_TEMPLATE). The ACL
 * decorator `can_view_skills` (core/controllers/acl_decorators.py) answers 400 for an id that is
 * not 12 characters (`Skill.require_valid_skill_id`: "Invalid skill id.") and 404 when any skill
 * does not exist (`skill_fetchers.get_multi_skills` raises). Found skills answer
 * `{concept_card_dicts: [SkillContents.to_dict(), ...]}` in the order asked.
 */
export const conceptCard: Handler = (ctx) => {
  let ids: unknown;
  try {
    ids = JSON.parse(param(ctx, 'selected_skill_ids'));
  } catch (error) {
    return oppiaError(
      400,
      `Schema validation for 'selected_skill_ids' failed: ${(error as Error).message}`,
    );
  }
  if (!Array.isArray(ids)) {
    return oppiaError(
      400,
      "Schema validation for 'selected_skill_ids' failed: Expected a list of skill ids",
    );
  }
  for (const id of ids) {
    if (typeof id !== 'string') return oppiaError(400, 'Skill id should be a string.');
    if (id.length !== 12) return oppiaError(400, 'Invalid skill id.');
  }
  const cards = (ids as string[]).map((id) =>
    Object.hasOwn(SEEDED_SKILLS, id) ? SEEDED_SKILLS[id] : undefined,
  );
  if (cards.includes(undefined)) return notFound(ctx);
  return oppiaJson({ concept_card_dicts: cards });
};
