/**
 * /learn — Oppia's classrooms page (pages/classrooms-page): GET /all_classrooms_summary; with
 * exactly one published classroom it navigates client-side to /learn/<fragment>; otherwise the
 * heading "Oppia Classrooms", one `oppia-classroom-summary-tile` per published classroom and one
 * greyed placeholder tile when any classroom is unpublished
 * (classroom-summary-tile.component.html @5a8e3605).
 */
import { h } from '../app/dom';
import { getJson, isToastWorthy } from '../app/http';
import { showWarning } from '../app/toasts';
import { thumbnail } from './art';
import { renderClassroomPage } from './classroom';

interface ClassroomSummary {
  classroom_id: string;
  name: string;
  url_fragment: string;
  teaser_text: string;
  is_published: boolean;
  thumbnail_bg_color?: string;
}

function tile(c: ClassroomSummary): HTMLElement {
  return h(
    'oppia-classroom-summary-tile',
    {},
    h(
      'div',
      { class: 'oppia-classroom-tile-container e2e-test-classroom-tile' },
      h(
        'a',
        { class: 'classroom-content', href: `/learn/${c.url_fragment}` },
        thumbnail(c.thumbnail_bg_color ?? '#B3D8F1', c.classroom_id, 'classroom-thumbnail'),
        h('h3', { class: 'classroom-name e2e-test-classroom-name' }, c.name),
        h('p', { class: 'classroom-teaser-text' }, c.teaser_text),
      ),
    ),
  );
}

function placeholderTile(): HTMLElement {
  return h(
    'oppia-classroom-summary-tile',
    {},
    h(
      'div',
      { class: 'oppia-classroom-tile-container diable-classroom-tile-click' },
      h(
        'div',
        { class: 'classroom-content' },
        thumbnail('#d9d9d9', 'coming-soon', 'classroom-thumbnail'),
        h('h3', { class: 'classroom-name' }, 'More classrooms coming soon'),
      ),
    ),
  );
}

export async function renderClassroomsPage(main: HTMLElement): Promise<void> {
  document.title = 'Classrooms | Oppia';
  const tiles = h('div', { class: 'oppia-classroom-tiles' });
  const page = h(
    'div',
    { class: 'oppia-classrooms-page' },
    h('h1', { class: 'oppia-classrooms-heading e2e-test-classroom-heading' }, 'Oppia Classrooms'),
    h('p', { class: 'oppia-classrooms-subheading' }, 'Explore our classrooms and start learning.'),
    tiles,
  );
  let summaries: ClassroomSummary[];
  try {
    const body = await getJson<{ all_classrooms_summary: ClassroomSummary[] }>(
      '/all_classrooms_summary',
    );
    summaries = body.all_classrooms_summary;
  } catch (error) {
    main.replaceChildren(page);
    if (isToastWorthy(error)) showWarning('Failed to get classrooms data.');
    return;
  }
  const published = summaries.filter((c) => c.is_published);
  const only = published.length === 1 ? published[0] : undefined;
  if (only) {
    // ClassroomsPageComponent: router.navigate(['/learn/' + fragment]) — no HTTP redirect.
    history.replaceState(null, '', `/learn/${only.url_fragment}`);
    await renderClassroomPage(main, only.url_fragment);
    return;
  }
  for (const c of published) tiles.append(tile(c));
  if (summaries.some((c) => !c.is_published)) tiles.append(placeholderTile());
  main.replaceChildren(page);
}
