import { param, type Handler } from '../app';
import { notFound, oppiaJson } from '../http';
import {
  classroomImageDict,
  classroomSummaryDict,
  classroomTopicSummaryDict,
} from '../oppia-dicts';

/**
 * `GET /all_classrooms_summary`: classroom.py AllClassroomsSummaryHandler (open_access). Lists every
 * classroom, unpublished ones too, sorted by index.
 */
export const allClassroomsSummary: Handler = (_ctx, app) =>
  oppiaJson({ all_classrooms_summary: app.catalog.classrooms.map(classroomSummaryDict) });

/**
 * `GET /classroom_data_handler/<classroom_url_fragment>`: classroom.py ClassroomDataHandler
 * (@ 00a09331 typed version). Its decorator `does_classroom_exist` only checks that the classroom
 * exists: an unpublished classroom's data is served too (acl_decorators.py).
 */
export const classroomData: Handler = (ctx, app) => {
  const classroom = app.catalog.classroom(param(ctx, 'classroom_url_fragment'));
  if (!classroom) return notFound(ctx);
  return oppiaJson({
    topic_summary_dicts: classroom.topics.map(classroomTopicSummaryDict),
    topic_list_intro: classroom.topic_list_intro,
    course_details: classroom.course_details,
    name: classroom.name,
    url_fragment: classroom.url_fragment,
    teaser_text: classroom.teaser_text,
    is_published: classroom.is_published,
    is_diagnostic_test_enabled: classroom.is_diagnostic_test_enabled,
    thumbnail_data: classroomImageDict(classroom.thumbnail),
    banner_data: classroomImageDict(classroom.banner),
    public_classrooms_count: app.catalog.classrooms.filter((c) => c.is_published).length,
    classroom_id: classroom.classroom_id,
  });
};

/**
 * `GET /access_validation_handler/can_access_classroom_page?classroom_url_fragment=<c>`: the
 * classroom page's first call (classroom-page.component.ts @ 48f56935); 404 for an unknown or
 * unpublished classroom, which the page shows as its 404 error page. The success body is unused.
 */
export const classroomAccessValidation: Handler = (ctx, app) => {
  const classroom = app.catalog.classroom(ctx.url.searchParams.get('classroom_url_fragment') ?? '');
  return classroom?.is_published ? oppiaJson({}) : notFound(ctx);
};
