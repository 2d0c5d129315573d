import { createHmac, randomBytes } from 'node:crypto';
import type { Handler } from '../app';
import { oppiaJson } from '../http';

/** `GET /userinfohandler`: profile.py UserInfoHandler renders only this for a logged-out user. */
export const userInfo: Handler = () => oppiaJson({ user_is_logged_in: false });

/**
 * Every flag name the frontend knows, so `isFeatureEnabled` never throws "Feature 'x' does not
 * exist." Names: feature-status-summary.model.ts @ 02b1a54f plus those oppia-corrections.md §3 lists
 * from other versions (end_chapter_celebration, checkpoint_celebration, ...).
 */
export const FEATURE_FLAGS: Readonly<Record<string, boolean>> = {
  dummy_feature_flag_for_e2e_tests: false,
  serial_chapter_launch_curriculum_admin_view: false,
  // Story pages hide drafts and show "Ready To Publish" chapters as coming soon.
  serial_chapter_launch_learner_view: true,
  show_translation_size: false,
  show_feedback_updates_in_profile_pic_dropdown: false,
  show_redesigned_learner_dashboard: false,
  is_improvements_tab_enabled: false,
  learner_groups_are_enabled: false,
  cd_admin_dashboard_new_ui: false,
  new_lesson_player: false,
  cd_allow_undoing_translation_review: false,
  exploration_editor_can_modify_translations: false,
  exploration_editor_can_tag_misconceptions: false,
  redesigned_topic_viewer_page: false,
  automatic_voiceover_regeneration_from_exp: false,
  highlight_sentences_during_automatic_voiceover_playback: false,
  show_voiceover_tab_for_non_curated_explorations: false,
  show_restructured_study_guides: false,
  enable_translation_opps_with_new_opp_models: false,
  show_regenerated_voiceovers_to_learners: false,
  enable_background_voiceover_synthesis: false,
  enable_ready_for_review_test: false,
  enable_financial_literacy_campaign_banner: false,
  enable_financial_literacy_campaign_banner_test_mode: false,
  enable_automatic_translation_suggestions: false,
  enable_certificate_assessment: false,
  web_feedback_modal_enabled: false,
  exploration_editor_new_creator_feedback_tab: false,
  story_editor_adventures: false,
  end_chapter_celebration: true,
  checkpoint_celebration: true,
  enable_multiple_classrooms: true,
  diagnostic_test: false,
  story_editor_arcs: false,
  story_editor_modules: false,
};

/**
 * `GET /feature_flags_evaluation_handler`: core/controllers/feature_flag.py @ 2c30f2f5
 * FeatureFlagsEvaluationHandler renders `evaluate_all_feature_flag_configs(user_id)`, a flat
 * `{name: bool}` map; the `--flags` ones are on, as force-enabled flags are for a logged-out user.
 */
export const featureFlags: Handler = (_ctx, app) => {
  const values: Record<string, boolean> = { ...FEATURE_FLAGS };
  for (const flag of app.flags) values[flag] = true;
  return oppiaJson(values);
};

const CSRF_SECRET = randomBytes(32);

/** `GET /csrfhandler`: base.py CsrfTokenHandler, token `<issued>/<nonce>/<digest>`. */
export const csrfToken: Handler = () => {
  const issuedOn = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(20).toString('base64url');
  const digest = createHmac('sha256', CSRF_SECRET)
    .update(`non_logged_in_user:${issuedOn}:${nonce}`)
    .digest('base64url');
  return oppiaJson({ token: `${issuedOn}/${nonce}/${digest}` });
};

/** `GET /internetconnectivityhandler`: base.py / main.py InternetConnectivityHandler. */
export const internetConnectivity: Handler = () => oppiaJson({ is_internet_connected: true });
