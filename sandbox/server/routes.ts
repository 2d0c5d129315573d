import type { Handler } from './app';
import { asset } from './handlers/assets';
import {
  allClassroomsSummary,
  classroomAccessValidation,
  classroomData,
} from './handlers/classroom';
import { LEARNER_EVENT_ENDPOINTS, learnerEvent } from './handlers/events';
import { explorationAccessValidation, explorationInit } from './handlers/exploration';
import { conceptCard } from './handlers/concept-card';
import { bundleCss, bundleJs, explorationPage, shellPage, unknownPath } from './handlers/pages';
import { csrfToken, featureFlags, internetConnectivity, userInfo } from './handlers/site';
import { storyData } from './handlers/story';
import { topicData } from './handlers/topic';
import { BUNDLE_CSS_PATH, BUNDLE_JS_PATH } from './web-assets';

/** Route names scenarios hook into. */
export type RouteName =
  | 'page'
  | 'explore-page'
  | 'bundle'
  | 'all-classrooms-summary'
  | 'classroom-data'
  | 'classroom-access-validation'
  | 'topic-data'
  | 'story-data'
  | 'explore-init'
  | 'explore-access-validation'
  | 'learner-event'
  | 'user-info'
  | 'feature-flags'
  | 'csrf'
  | 'internet-connectivity'
  | 'asset'
  | 'concept-card'
  | 'unknown';

type Method = 'GET' | 'POST' | 'PUT';

interface Route {
  name: RouteName;
  methods: readonly Method[];
  /** `/topic_data_handler/:classroom_url_fragment/:topic_url_fragment`; `:x` matches one segment. */
  path: string;
  /** Allowed values of some parameters. */
  where?: Record<string, readonly string[]>;
  handle: Handler;
}

const GET = ['GET'] as const;

/**
 * The routing table: Oppia's paths (main.py route names in comments), one place. Page paths come
 * from main.py / PAGES_REGISTERED_WITH_FRONTEND; handler paths from feconf.py and the frontend's
 * URL constants.
 */
export const ROUTES: readonly Route[] = [
  // Pages: the SPA shell (oppia_root.OppiaRootPage / OppiaLightweightRootPage).
  { name: 'page', methods: GET, path: '/learn', handle: shellPage },
  { name: 'page', methods: GET, path: '/learn/:classroom_url_fragment', handle: shellPage },
  {
    name: 'page',
    methods: GET,
    path: '/learn/:classroom_url_fragment/:topic_url_fragment',
    handle: shellPage,
  },
  ...['story', 'revision', 'practice', 'studyguide'].map((tab): Route => ({
    name: 'page',
    methods: GET,
    path: `/learn/:classroom_url_fragment/:topic_url_fragment/${tab}`,
    handle: shellPage,
  })),
  {
    name: 'page',
    methods: GET,
    path: '/learn/:classroom_url_fragment/:topic_url_fragment/story/:story_url_fragment',
    handle: shellPage,
  },
  { name: 'explore-page', methods: GET, path: '/explore/:exploration_id', handle: explorationPage },
  // The new lesson player's page (PAGES_REGISTERED_WITH_FRONTEND.NEW_LESSON_PLAYER, app.routing.module
  // with IsNewLessonPlayerGuard): a frontend route, so the server answers the shell; the guard in the
  // browser shows the 404 page when new_lesson_player is off.
  { name: 'page', methods: GET, path: '/lesson/:exploration_id', handle: shellPage },
  { name: 'page', methods: GET, path: '/error/:status_code', handle: shellPage },
  { name: 'bundle', methods: GET, path: BUNDLE_JS_PATH, handle: bundleJs },
  { name: 'bundle', methods: GET, path: BUNDLE_CSS_PATH, handle: bundleCss },

  // JSON data handlers.
  {
    name: 'all-classrooms-summary',
    methods: GET,
    path: '/all_classrooms_summary',
    handle: allClassroomsSummary,
  },
  {
    name: 'classroom-data',
    methods: GET,
    path: '/classroom_data_handler/:classroom_url_fragment',
    handle: classroomData,
  },
  {
    name: 'classroom-access-validation',
    methods: GET,
    path: '/access_validation_handler/can_access_classroom_page',
    handle: classroomAccessValidation,
  },
  {
    name: 'topic-data',
    methods: GET,
    path: '/topic_data_handler/:classroom_url_fragment/:topic_url_fragment',
    handle: topicData,
  },
  {
    name: 'story-data',
    methods: GET,
    path: '/story_data_handler/:classroom_url_fragment/:topic_url_fragment/:story_url_fragment',
    handle: storyData,
  },
  {
    name: 'explore-init',
    methods: GET,
    path: '/explorehandler/init/:exploration_id',
    handle: explorationInit,
  },
  {
    name: 'explore-access-validation',
    methods: GET,
    path: '/access_validation_handler/can_access_exploration_player_page/:exploration_id',
    handle: explorationAccessValidation,
  },
  {
    name: 'learner-event',
    methods: ['POST', 'PUT'],
    path: '/explorehandler/:endpoint/:exploration_id',
    where: { endpoint: LEARNER_EVENT_ENDPOINTS },
    handle: learnerEvent,
  },
  { name: 'user-info', methods: GET, path: '/userinfohandler', handle: userInfo },
  {
    name: 'feature-flags',
    methods: GET,
    path: '/feature_flags_evaluation_handler',
    handle: featureFlags,
  },
  { name: 'csrf', methods: GET, path: '/csrfhandler', handle: csrfToken },
  {
    name: 'internet-connectivity',
    methods: GET,
    path: '/internetconnectivityhandler',
    handle: internetConnectivity,
  },
  {
    name: 'asset',
    methods: GET,
    path: '/assetsdevhandler/:entity_type/:entity_id/assets/:asset_type/:filename',
    handle: asset,
  },
  // feconf.CONCEPT_CARD_DATA_URL_PREFIX + '/<selected_skill_ids>' (concept_card_viewer.py).
  {
    name: 'concept-card',
    methods: GET,
    path: '/concept_card_handler/:selected_skill_ids',
    handle: conceptCard,
  },
];

const UNKNOWN: Route = {
  name: 'unknown',
  methods: ['GET', 'POST', 'PUT'],
  path: '',
  handle: unknownPath,
};

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** The route for a method and path; unmatched requests get the catch-all (Error404Handler). */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const segments = pathname.split('/').slice(1);
  for (const route of ROUTES) {
    if (!(route.methods as readonly string[]).includes(method)) continue;
    const params = matchPath(route, segments);
    if (params) return { route, params };
  }
  return { route: UNKNOWN, params: {} };
}

function matchPath(route: Route, segments: string[]): Record<string, string> | null {
  const pattern = route.path.split('/').slice(1);
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] as string;
    const actual = segments[i] as string;
    if (expected.startsWith(':')) {
      let value: string;
      try {
        value = decodeURIComponent(actual);
      } catch {
        return null;
      }
      const name = expected.slice(1);
      const allowed = route.where?.[name];
      if (!value || (allowed && !allowed.includes(value))) return null;
      params[name] = value;
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}
