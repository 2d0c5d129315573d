/**
 * /learn/<c> — Oppia's classroom page (classroom-page.component.{ts,html} @48f56935/@d8dee333):
 * GET /classroom_data_handler/<c>; `h1.e2e-test-classroom-name`; one topic tile per topic in
 * handler order (topic-summary-tile.component.html @2c5b0498). Oppia checks access first
 * (/access_validation_handler/can_access_classroom_page) and shows the 404 page for an unknown
 * classroom; the sandbox reads a 404 from the data handler the same way. Other failures: warning
 * toast, page left half-rendered.
 */
import { h } from '../app/dom';
import { getJson, HttpError, isToastWorthy } from '../app/http';
import { showWarning } from '../app/toasts';
import { thumbnail } from './art';
import { renderErrorPage } from './error';
import { topicUrl } from './urls';

interface TopicSummary {
  id: string;
  name: string;
  url_fragment: string;
  description?: string;
  total_published_node_count?: number;
  thumbnail_bg_color?: string;
  is_published: boolean;
}

interface ClassroomData {
  classroom_id?: string;
  name: string;
  url_fragment: string;
  teaser_text?: string;
  course_details?: string;
  topic_list_intro?: string;
  topic_summary_dicts: TopicSummary[];
  thumbnail_data?: { bg_color?: string };
  banner_data?: { bg_color?: string };
}

/**
 * Darker shade for the tile's details band, like getDarkerThumbnailBgColor(), dark enough for its
 * white text to keep WCAG's 4.5:1 contrast on any thumbnail colour (light colours such as Oppia's
 * #F8BF74 need more than the first darkening).
 */
function darker(color: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(color);
  if (!match) return '#2b5f5b';
  const n = parseInt(match[1] as string, 16);
  const rgb = [16, 8, 0].map((shift) => (n >> shift) & 255);
  let factor = 0.6;
  const shade = () => rgb.map((c) => Math.round(c * factor));
  while (relativeLuminance(shade()) > WHITE_TEXT_MAX_LUMINANCE) factor *= 0.9;
  const [r, g, b] = shade();
  return `rgb(${r}, ${g}, ${b})`;
}

/** White text keeps 4.5:1 on a background up to this luminance: (1 + 0.05) / 4.5 - 0.05. */
const WHITE_TEXT_MAX_LUMINANCE = 0.18;

/** WCAG 2.x relative luminance of an sRGB colour. */
function relativeLuminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function topicTile(classroom: string, t: TopicSummary): HTMLElement {
  const bg = t.thumbnail_bg_color ?? '#F8BF74';
  const lessons = t.total_published_node_count ?? 0;
  // Oppia keeps the link on unpublished topics and disables the card with pointer-events: none.
  return h(
    'oppia-topic-summary-tile',
    {},
    h(
      'div',
      { class: 'oppia-topic-summary-tile e2e-test-topic-summary-tile' },
      h(
        'div',
        {
          class: t.is_published ? 'topic-card' : 'topic-card faded-topic-card',
          style: t.is_published ? undefined : 'pointer-events: none',
        },
        h(
          'a',
          { class: 'e2e-test-topic-link', href: topicUrl(classroom, t.url_fragment) },
          h(
            'div',
            { class: 'topic-thumbnail' },
            t.is_published ? null : h('span', { class: 'topic-coming-soon' }, 'Coming soon'),
            thumbnail(
              bg,
              t.id,
              t.is_published ? 'topic-thumbnail-art' : 'topic-thumbnail-art grayscale-effect',
            ),
          ),
          h(
            'div',
            { class: 'topic-details', style: `background-color: ${darker(bg)}` },
            h('span', { class: 'topic-name e2e-test-topic-name' }, t.name),
            h(
              'span',
              { class: 'topic-lesson-count' },
              `${lessons} ${lessons === 1 ? 'Lesson' : 'Lessons'}`,
            ),
          ),
        ),
      ),
    ),
  );
}

export async function renderClassroomPage(main: HTMLElement, classroom: string): Promise<void> {
  document.title = 'Classroom | Oppia';
  const heading = h('h1', { class: 'classroom-title e2e-test-classroom-name' });
  const teaser = h('p', { class: 'classroom-teaser' });
  const details = h('div', { class: 'classroom-details' });
  const tiles = h('div', { class: 'classroom-topic-tiles' });
  const banner = h('div', { class: 'classroom-banner' }, heading, teaser);
  main.replaceChildren(h('div', { class: 'oppia-classroom-page' }, banner, details, tiles));
  let data: ClassroomData;
  try {
    data = await getJson<ClassroomData>(`/classroom_data_handler/${classroom}`);
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) {
      renderErrorPage(main, 404);
      return;
    }
    if (isToastWorthy(error)) showWarning('Failed to get dashboard data');
    return;
  }
  document.title = `Learn ${data.name} with Oppia | Oppia`;
  banner.style.background =
    data.banner_data?.bg_color ?? data.thumbnail_data?.bg_color ?? '#B3D8F1';
  heading.textContent = data.name;
  teaser.textContent = data.teaser_text ?? '';
  details.append(
    h(
      'h2',
      { class: 'classroom-section-heading e2e-test-classroom-content-heading' },
      'Course Details',
    ),
    h('p', { class: 'classroom-course-details' }, data.course_details ?? ''),
    h('h2', { class: 'classroom-section-heading' }, 'Topics Covered'),
    h('p', { class: 'classroom-topic-list-intro' }, data.topic_list_intro ?? ''),
  );
  for (const t of data.topic_summary_dicts)
    tiles.append(topicTile(data.url_fragment ?? classroom, t));
}
