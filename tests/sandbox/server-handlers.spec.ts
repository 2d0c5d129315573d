import { expect, test } from '../support/sandbox';
import { FIXTURE_CATALOG, expectFields, getAdmin, getOppia, notFoundBody } from './server-helpers';

/**
 * Every Oppia route the sandbox serves, against the field names and types of Oppia's backend
 * (shared/reference, oppia-corrections.md wins), over the fixture catalog in fixtures/server/catalog:
 * classroom math (published: place-values with a Draft node_3 and a Ready To Publish node_7,
 * addition, fractions; unpublished: coming-soon) and classroom science (unpublished).
 */

// The worker's sandbox over the fixture catalog (tests/support/sandbox.ts), reset before each test.
test.use({ sandboxOptions: { contentDir: FIXTURE_CATALOG, cardDelayMs: 123 } });

const STORY_NODE_FIELDS = {
  id: 'string',
  title: 'string',
  description: 'string',
  thumbnail_filename: ['string', 'null'],
  thumbnail_bg_color: ['string', 'null'],
  thumbnail_size_in_bytes: ['number', 'null'],
  destination_node_ids: 'array',
  acquired_skill_ids: 'array',
  prerequisite_skill_ids: 'array',
  outline: 'string',
  outline_is_finalized: 'boolean',
  exploration_id: ['string', 'null'],
  status: 'string',
  planned_publication_date_msecs: ['number', 'null'],
  last_modified_msecs: ['number', 'null'],
  first_publication_date_msecs: ['number', 'null'],
  unpublishing_reason: ['string', 'null'],
} as const;

test.describe('JSON transport', () => {
  test('every JSON handler answers with the XSSI prefix and Oppia JSON headers', async ({
    base,
  }) => {
    const { headers, raw } = await getOppia(base, '/all_classrooms_summary');
    expect(raw.startsWith(")]}'\n{")).toBe(true);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="oppia-attachment.txt"');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('a missing resource answers 404 with Oppia error body quoting the request URI', async ({
    base,
  }) => {
    const path = '/classroom_data_handler/no-such-classroom';
    const { status, body } = await getOppia(base, path);
    expect(status).toBe(404);
    expect(body).toEqual(notFoundBody(base, path));
  });
});

test.describe('classrooms', () => {
  test('/all_classrooms_summary lists every classroom, unpublished too, by index', async ({
    base,
  }) => {
    const { status, body } = await getOppia(base, '/all_classrooms_summary');
    expect(status).toBe(200);
    expectFields(body, { all_classrooms_summary: 'array' }, 'body');
    const items = (body as { all_classrooms_summary: Array<Record<string, unknown>> })
      .all_classrooms_summary;
    for (const item of items) {
      expectFields(
        item,
        {
          classroom_id: 'string',
          name: 'string',
          url_fragment: 'string',
          teaser_text: 'string',
          is_published: 'boolean',
          is_diagnostic_test_enabled: 'boolean',
          thumbnail_filename: 'string',
          thumbnail_bg_color: 'string',
          index: 'number',
        },
        `classroom ${String(item['url_fragment'])}`,
      );
    }
    expect(items.map((c) => [c['url_fragment'], c['is_published'], c['index']])).toEqual([
      ['math', true, 0],
      ['science', false, 1],
    ]);
    // AllClassroomsSummaryHandler takes the colour from banner_data (classroom.py).
    expect(items[0]?.['thumbnail_bg_color']).toBe('#C1D8F1');
  });

  test('/classroom_data_handler/<c> has every ClassroomDataHandler field and topic summaries', async ({
    base,
  }) => {
    const { status, body } = await getOppia(base, '/classroom_data_handler/math');
    expect(status).toBe(200);
    const image = { filename: 'string', bg_color: 'string', size_in_bytes: 'number' } as const;
    expectFields(
      body,
      {
        topic_summary_dicts: 'array',
        topic_list_intro: 'string',
        course_details: 'string',
        name: 'string',
        url_fragment: 'string',
        teaser_text: 'string',
        is_published: 'boolean',
        is_diagnostic_test_enabled: 'boolean',
        thumbnail_data: 'object',
        banner_data: 'object',
        public_classrooms_count: 'number',
        classroom_id: 'string',
      },
      'classroom',
    );
    const data = body as Record<string, unknown> & {
      topic_summary_dicts: Array<Record<string, unknown>>;
    };
    expectFields(data['thumbnail_data'], image, 'thumbnail_data');
    expectFields(data['banner_data'], image, 'banner_data');
    expect(data['public_classrooms_count']).toBe(1);
    for (const topic of data.topic_summary_dicts) {
      expectFields(
        topic,
        {
          id: 'string',
          name: 'string',
          url_fragment: 'string',
          language_code: 'string',
          description: 'string',
          version: 'number',
          canonical_story_count: 'number',
          additional_story_count: 'number',
          uncategorized_skill_count: 'number',
          subtopic_count: 'number',
          total_skill_count: 'number',
          total_published_node_count: 'number',
          thumbnail_filename: ['string', 'null'],
          thumbnail_bg_color: ['string', 'null'],
          published_story_exploration_mapping: 'object',
          topic_model_created_on: 'number',
          topic_model_last_updated: 'number',
          is_published: 'boolean',
        },
        `topic ${String(topic['url_fragment'])}`,
      );
    }
    expect(data.topic_summary_dicts.map((t) => [t['url_fragment'], t['is_published']])).toEqual([
      ['place-values', true],
      ['addition', true],
      ['fractions', true],
      ['coming-soon', false],
    ]);
    const placeValues = data.topic_summary_dicts[0] as Record<string, unknown>;
    expect(placeValues['total_published_node_count']).toBe(5);
    expect(placeValues['published_story_exploration_mapping']).toEqual({
      fxStoryPlace: [
        'fxPlace00001',
        'fxPlace00002',
        'fxPlace00004',
        'fxPlace00005',
        'fxPlace00006',
      ],
    });
  });

  test('an unpublished classroom still answers: does_classroom_exist only checks existence', async ({
    base,
  }) => {
    const { status, body } = await getOppia(base, '/classroom_data_handler/science');
    expect(status).toBe(200);
    expect((body as { is_published: boolean }).is_published).toBe(false);
  });

  test('the classroom page access validator refuses unknown and unpublished classrooms', async ({
    base,
  }) => {
    const path = '/access_validation_handler/can_access_classroom_page?classroom_url_fragment=';
    expect((await getOppia(base, `${path}math`)).status).toBe(200);
    for (const fragment of ['science', 'no-such-classroom']) {
      const { status, body } = await getOppia(base, path + fragment);
      expect(status, fragment).toBe(404);
      expect(body).toEqual(notFoundBody(base, path + fragment));
    }
  });
});

test.describe('topic', () => {
  test('/topic_data_handler/<c>/<t> has every TopicPageDataHandler field', async ({ base }) => {
    const { status, body } = await getOppia(base, '/topic_data_handler/math/place-values');
    expect(status).toBe(200);
    expectFields(
      body,
      {
        topic_id: 'string',
        topic_name: 'string',
        topic_description: 'string',
        canonical_story_dicts: 'array',
        additional_story_dicts: 'array',
        uncategorized_skill_ids: 'array',
        subtopics: 'array',
        degrees_of_mastery: 'object',
        skill_descriptions: 'object',
        practice_tab_is_displayed: 'boolean',
        meta_tag_content: 'string',
        page_title_fragment_for_web: 'string',
        classroom_name: ['string', 'null'],
      },
      'topic',
    );
    const topic = body as {
      topic_name: string;
      classroom_name: string;
      canonical_story_dicts: unknown[];
    };
    expect(topic.topic_name).toBe('Place Values');
    expect(topic.classroom_name).toBe('Math');
    expect(topic.canonical_story_dicts).toHaveLength(1);
  });

  test('canonical stories leave Draft nodes out of node_titles and all_node_dicts', async ({
    base,
  }) => {
    const { body } = await getOppia(base, '/topic_data_handler/math/place-values');
    const story = (body as { canonical_story_dicts: Array<Record<string, unknown>> })
      .canonical_story_dicts[0];
    expectFields(
      story,
      {
        id: 'string',
        title: 'string',
        description: 'string',
        node_titles: 'array',
        thumbnail_bg_color: ['string', 'null'],
        thumbnail_filename: ['string', 'null'],
        url_fragment: 'string',
        story_is_published: 'boolean',
        completed_node_titles: 'array',
        all_node_dicts: 'array',
      },
      'story dict',
    );
    const nodes = (story as { all_node_dicts: Array<Record<string, unknown>> }).all_node_dicts;
    for (const node of nodes) {
      expectFields(
        node,
        {
          ...STORY_NODE_FIELDS,
          available_text_language_codes: 'array',
          available_voiceover_language_codes: 'array',
          available_voiceover_language_accent_descriptions: 'object',
        },
        `node ${String(node['id'])}`,
      );
    }
    expect(nodes.map((n) => [n['id'], n['status']])).toEqual([
      ['node_1', 'Published'],
      ['node_2', 'Published'],
      ['node_4', 'Published'],
      ['node_5', 'Published'],
      ['node_6', 'Published'],
      ['node_7', 'Ready To Publish'],
    ]);
    expect(story?.['node_titles']).not.toContain('Draft Chapter');
    expect(story?.['url_fragment']).toBe('jaimes-adventures-arcade');
    expect(story?.['story_is_published']).toBe(true);
    expect(story?.['completed_node_titles']).toEqual([]);
    expect(nodes[0]?.['available_text_language_codes']).toEqual(['en']);
  });

  for (const [why, path] of [
    ['an unpublished topic', '/topic_data_handler/math/coming-soon'],
    ['an unknown topic', '/topic_data_handler/math/no-such-topic'],
    ['a topic asked for under another classroom', '/topic_data_handler/science/place-values'],
  ] as const) {
    test(`${why} answers 404 like can_access_topic_viewer_page`, async ({ base }) => {
      const { status, body } = await getOppia(base, path);
      expect(status).toBe(404);
      expect(body).toEqual(notFoundBody(base, path));
    });
  }
});

test.describe('story', () => {
  test('/story_data_handler/<c>/<t>/<s> lists every ordered node with status and summary', async ({
    base,
  }) => {
    const { status, body } = await getOppia(
      base,
      '/story_data_handler/math/place-values/jaimes-adventures-arcade',
    );
    expect(status).toBe(200);
    expectFields(
      body,
      {
        story_id: 'string',
        story_title: 'string',
        story_description: 'string',
        story_nodes: 'array',
        topic_name: 'string',
        meta_tag_content: 'string',
      },
      'story',
    );
    const nodes = (body as { story_nodes: Array<Record<string, unknown>> }).story_nodes;
    for (const node of nodes) {
      expectFields(
        node,
        { ...STORY_NODE_FIELDS, completed: 'boolean', exp_summary_dict: 'object' },
        `node ${String(node['id'])}`,
      );
      expect(node['completed']).toBe(false);
      expectFields(
        node['exp_summary_dict'],
        {
          id: 'string',
          title: 'string',
          activity_type: 'string',
          category: 'string',
          created_on_msec: 'number',
          objective: 'string',
          language_code: 'string',
          last_updated_msec: 'number',
          human_readable_contributors_summary: 'object',
          status: 'string',
          ratings: 'object',
          community_owned: 'boolean',
          tags: 'array',
          thumbnail_icon_url: 'string',
          thumbnail_bg_color: 'string',
          num_views: 'number',
        },
        `exp_summary_dict of ${String(node['id'])}`,
      );
      expect((node['exp_summary_dict'] as { id: string }).id).toBe(node['exploration_id']);
    }
    // The story handler does not filter by status: Draft and Ready To Publish nodes are there.
    expect(nodes.map((n) => [n['id'], n['status']])).toEqual([
      ['node_1', 'Published'],
      ['node_2', 'Published'],
      ['node_3', 'Draft'],
      ['node_4', 'Published'],
      ['node_5', 'Published'],
      ['node_6', 'Published'],
      ['node_7', 'Ready To Publish'],
    ]);
    expect(nodes[0]?.['destination_node_ids']).toEqual(['node_2']);
    expect(nodes[6]?.['destination_node_ids']).toEqual([]);
  });

  test('a story of an unpublished topic, or an unknown story, answers 404', async ({ base }) => {
    for (const path of [
      '/story_data_handler/math/coming-soon/soon-story',
      '/story_data_handler/math/place-values/no-such-story',
    ]) {
      const { status, body } = await getOppia(base, path);
      expect(status, path).toBe(404);
      expect(body).toEqual(notFoundBody(base, path));
    }
  });
});

test.describe('exploration player data', () => {
  const INIT_FIELDS = {
    can_edit: 'boolean',
    exploration: 'object',
    exploration_metadata: 'object',
    exploration_id: 'string',
    is_logged_in: 'boolean',
    session_id: 'string',
    version: 'number',
    preferred_audio_language_code: 'null',
    preferred_language_codes: 'null',
    auto_tts_enabled: 'boolean',
    record_playthrough_probability: 'number',
    has_viewed_lesson_info_modal_once: 'null',
    furthest_reached_checkpoint_exp_version: 'null',
    furthest_reached_checkpoint_state_name: 'null',
    most_recently_reached_checkpoint_exp_version: 'null',
    most_recently_reached_checkpoint_state_name: 'null',
    displayable_language_codes: 'array',
  } as const;

  const STATE_FIELDS = {
    content: 'object',
    interaction: 'object',
    param_changes: 'array',
    solicit_answer_details: 'boolean',
    card_is_checkpoint: 'boolean',
    linked_skill_id: ['string', 'null'],
    classifier_model_id: ['string', 'null'],
    inapplicable_skill_misconception_ids: 'array',
  } as const;

  // fxPlace00001 is an older export (states schema 45, per-state voiceovers and translations).
  for (const id of ['fxPlace00002', 'fxPlace00001']) {
    test(`/explorehandler/init/${id} has the full logged-out init dict, states in the newest shape`, async ({
      base,
    }) => {
      const { status, body } = await getOppia(base, `/explorehandler/init/${id}`);
      expect(status).toBe(200);
      expectFields(body, INIT_FIELDS, 'init');
      const init = body as Record<string, unknown> & { exploration: Record<string, unknown> };
      expect(init['is_logged_in']).toBe(false);
      expect(init['can_edit']).toBe(false);
      expect(init['exploration_id']).toBe(id);
      expect(init['version']).toBe(1);
      expectFields(
        init.exploration,
        {
          init_state_name: 'string',
          param_changes: 'array',
          param_specs: 'object',
          states: 'object',
          title: 'string',
          language_code: 'string',
          objective: 'string',
          next_content_id_index: 'number',
        },
        'exploration',
      );
      expect(init.exploration['next_content_id_index']).toBe(9);
      const states = init.exploration['states'] as Record<string, Record<string, unknown>>;
      expect(Object.keys(states).sort()).toEqual(['End', 'Introduction', 'Question']);
      for (const [name, state] of Object.entries(states))
        expectFields(state, STATE_FIELDS, `state ${name}`);
      expectFields(
        init['exploration_metadata'],
        {
          title: 'string',
          category: 'string',
          objective: 'string',
          language_code: 'string',
          tags: 'array',
          blurb: 'string',
          author_notes: 'string',
          states_schema_version: 'number',
          init_state_name: 'string',
          param_specs: 'object',
          param_changes: 'array',
          auto_tts_enabled: 'boolean',
          edits_allowed: 'boolean',
        },
        'exploration_metadata',
      );
    });
  }

  test('an unknown exploration or version answers 404', async ({ base }) => {
    for (const path of [
      '/explorehandler/init/noSuchExp01',
      '/explorehandler/init/fxPlace00002?v=2',
    ]) {
      const { status, body } = await getOppia(base, path);
      expect(status, path).toBe(404);
      expect(body).toEqual(notFoundBody(base, path));
    }
    expect((await getOppia(base, '/explorehandler/init/fxPlace00002?v=1')).status).toBe(200);
  });

  test('the exploration player access validator answers 200 or 404', async ({ base }) => {
    const ok = await getOppia(
      base,
      '/access_validation_handler/can_access_exploration_player_page/fxPlace00002',
    );
    expect(ok.status).toBe(200);
    const missing = await getOppia(
      base,
      '/access_validation_handler/can_access_exploration_player_page/noSuchExp01',
    );
    expect(missing.status).toBe(404);
  });
});

test.describe('start-up handlers', () => {
  test('/userinfohandler tells a logged-out learner exactly that', async ({ base }) => {
    const { status, body } = await getOppia(base, '/userinfohandler');
    expect(status).toBe(200);
    expect(body).toEqual({ user_is_logged_in: false });
  });

  test('/feature_flags_evaluation_handler is a flat flag -> boolean map naming every known flag', async ({
    base,
  }) => {
    const { status, body } = await getOppia(base, '/feature_flags_evaluation_handler');
    expect(status).toBe(200);
    const flags = body as Record<string, unknown>;
    for (const value of Object.values(flags)) expect(typeof value).toBe('boolean');
    for (const name of [
      'new_lesson_player',
      'end_chapter_celebration',
      'checkpoint_celebration',
      'redesigned_topic_viewer_page',
      'serial_chapter_launch_learner_view',
      'enable_multiple_classrooms',
      'diagnostic_test',
      'learner_groups_are_enabled',
      'show_redesigned_learner_dashboard',
      'story_editor_arcs',
    ]) {
      expect(flags, name).toHaveProperty(name);
    }
    expect(flags['new_lesson_player']).toBe(false);
  });

  test('/csrfhandler issues an Oppia-shaped token and /internetconnectivityhandler says online', async ({
    base,
  }) => {
    const csrf = await getOppia(base, '/csrfhandler');
    expectFields(csrf.body, { token: 'string' }, 'csrf');
    expect((csrf.body as { token: string }).token).toMatch(/^\d+\/[\w-]+\/[\w-]+$/);
    const online = await getOppia(base, '/internetconnectivityhandler');
    expect(online.body).toEqual({ is_internet_connected: true });
  });
});

test.describe('pages', () => {
  const PAGES = [
    '/learn',
    '/learn/math',
    '/learn/math/place-values',
    '/learn/math/place-values/story',
    '/learn/math/place-values/revision',
    '/learn/math/place-values/practice',
    '/learn/math/place-values/story/jaimes-adventures-arcade',
    '/explore/fxPlace00001?topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=jaimes-adventures-arcade&node_id=node_1',
    '/error/404',
  ];

  for (const path of PAGES) {
    test(`${path.split('?')[0]} answers the app shell with 200`, async ({ base }) => {
      const response = await fetch(base + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain('<oppia-root>');
      expect(html).toContain('/webpack_bundles/sandbox.bundle.js');
      expect(html).toContain('/webpack_bundles/sandbox.bundle.css');
      // The player's card delay is filled into the shell.
      expect(html).toContain('content="123"');
    });
  }

  test('an unknown path, or an unknown exploration, answers 404 with the shell', async ({
    base,
  }) => {
    for (const path of ['/no/such/page', '/explore/noSuchExp01', '/classroom_data_handler']) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('<oppia-root>');
    }
  });

  test('a POST to a path without a POST handler answers 404 with the JSON error body', async ({
    base,
  }) => {
    const path = '/classroom_data_handler/math';
    const { status, body } = await getOppia(base, path, { method: 'POST', body: '{}' });
    expect(status).toBe(404);
    expect(body).toEqual(notFoundBody(base, path));
  });

  test('the browser bundle and its stylesheet are served', async ({ base }) => {
    const js = await fetch(`${base}/webpack_bundles/sandbox.bundle.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await js.text()).length).toBeGreaterThan(1000);
    const css = await fetch(`${base}/webpack_bundles/sandbox.bundle.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
  });
});

test.describe('assets', () => {
  test('an exploration image is served from the content assets', async ({ base }) => {
    const response = await fetch(
      `${base}/assetsdevhandler/exploration/fxAdd000002/assets/image/apples.svg`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toContain('<svg');
  });

  test('a missing exploration image answers 404; path tricks find nothing', async ({ base }) => {
    for (const path of [
      '/assetsdevhandler/exploration/fxAdd000002/assets/image/missing.svg',
      '/assetsdevhandler/exploration/fxAdd000002/assets/image/..%2F..%2Fcatalog.yaml',
    ]) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(404);
    }
  });

  test('a topic thumbnail without a file gets a placeholder picture', async ({ base }) => {
    const response = await fetch(
      `${base}/assetsdevhandler/topic/fxTopicPlace/assets/thumbnail/thumb.svg`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
  });
});

test.describe('learner events and the admin endpoint', () => {
  /** What Oppia's request interceptor sends: multipart form data with a JSON `payload`. */
  function eventForm(payload: object): FormData {
    const form = new FormData();
    form.set('payload', JSON.stringify(payload));
    form.set('csrf_token', 'token');
    form.set('source', 'http://localhost/explore/fxPlace00002');
    return form;
  }

  test('learner events answer {} and are counted by endpoint; every non-GET is counted', async ({
    base,
  }) => {
    expect((await getAdmin(base, '/_sandbox/events', { method: 'DELETE' })).body).toEqual({
      learnerEvents: 0,
      byEndpoint: {},
      nonGetRequests: 0,
    });
    for (const endpoint of [
      'exploration_start_event',
      'state_hit_event',
      'state_hit_event',
      'answer_submitted_event',
    ]) {
      const { status, body } = await getOppia(base, `/explorehandler/${endpoint}/fxPlace00002`, {
        method: 'POST',
        body: eventForm({ session_id: 's', version: 1 }),
      });
      expect(status, endpoint).toBe(200);
      expect(body).toEqual({});
    }
    const checkpoint = await getOppia(
      base,
      '/explorehandler/checkpoint_reached_by_logged_out_user/fxPlace00002',
      {
        method: 'PUT',
        body: eventForm({ unique_progress_url_id: 'abc123' }),
      },
    );
    expect(checkpoint.body).toEqual({});
    const progress = await getOppia(
      base,
      '/explorehandler/checkpoint_reached_by_logged_out_user/fxPlace00002',
      {
        method: 'POST',
        body: eventForm({}),
      },
    );
    expect(progress.body).toEqual({ unique_progress_url_id: expect.any(String) as unknown });
    // Unknown exploration: 404, not a learner event, but still a non-GET request.
    const unknown = await getOppia(base, '/explorehandler/state_hit_event/noSuchExp01', {
      method: 'POST',
      body: '{}',
    });
    expect(unknown.status).toBe(404);
    // A GET on an event endpoint is no event at all.
    expect((await fetch(`${base}/explorehandler/state_hit_event/fxPlace00002`)).status).toBe(404);

    const events = await getAdmin(base, '/_sandbox/events');
    expect(events.body).toEqual({
      learnerEvents: 6,
      byEndpoint: {
        exploration_start_event: 1,
        state_hit_event: 2,
        answer_submitted_event: 1,
        checkpoint_reached_by_logged_out_user: 2,
      },
      nonGetRequests: 7,
    });
  });

  test('/_sandbox/health, /_sandbox/scenario and bad admin requests', async ({ base }) => {
    expect((await getAdmin(base, '/_sandbox/health')).body).toEqual({
      ok: true,
      scenario: 'healthy',
    });
    expect((await getAdmin(base, '/_sandbox/scenario')).body).toEqual({ name: 'healthy' });
    const unknown = await getAdmin<{ error: string; names: string[] }>(base, '/_sandbox/scenario', {
      method: 'PUT',
      body: JSON.stringify({ name: 'no-such-scenario' }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toContain('no-such-scenario');
    expect(unknown.body.names).toContain('place-values-500');
    const notJson = await getAdmin(base, '/_sandbox/scenario', { method: 'PUT', body: 'healthy' });
    expect(notJson.status).toBe(400);
    expect((await getAdmin(base, '/_sandbox/nothing-here')).status).toBe(404);
    // Admin requests are not learner traffic.
    expect(
      (await getAdmin<{ nonGetRequests: number }>(base, '/_sandbox/events', { method: 'DELETE' }))
        .body.nonGetRequests,
    ).toBe(0);
  });
});
