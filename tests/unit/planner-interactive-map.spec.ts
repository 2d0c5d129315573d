import { expect, test } from '@playwright/test';
import { PlanError, planChapter, planWrongAnswer } from '../../planner';
import type { Answer, ExplorationPlayerDict } from '../../planner';
import { seededRng } from '../../planner/random';
import { EDGE_PX, VIEW_PX, distanceKm } from '../../planner/rules/interactive-map';
import {
  END,
  exploration,
  group,
  interaction,
  outcome,
  rule,
  state,
} from '../support/planner-dicts';
import { containerPoint, project, unproject } from '../../planner/web-mercator';

/**
 * InteractiveMap: Oppia's rules (haversine km, interactive-map-rules.service.ts), leaflet's Web
 * Mercator (EPSG:3857, 256·2^zoom px world) and the planner's choice of points a learner can click
 * in the map's first view.
 */

const HELSINKI: [number, number] = [60.1708, 24.9375];
const SYDNEY: [number, number] = [-33.8688, 151.2093];
/** Welcome to Oppia's card "Finding Helsinki" (data/explorations/welcome/welcome.yaml). */
const VIEW = { latitude: HELSINKI[0], longitude: HELSINKI[1], zoom: 2.0 };

function mapChapter(
  args: Record<string, unknown>,
  groups: ReturnType<typeof group>[],
  defaultDest = 'Map',
): ExplorationPlayerDict {
  return exploration('Map', {
    Map: state(
      interaction('InteractiveMap', args, groups, outcome(defaultDest, '<p>Far away</p>')),
    ),
    Done: END,
  });
}

const mapAnswer = (a: Answer | null | undefined) => {
  expect(a?.kind).toBe('InteractiveMap');
  return a as Answer & { kind: 'InteractiveMap' };
};

/** Pixels of the answer from the view's centre, at the answer's zoom. */
function offset(a: Answer & { kind: 'InteractiveMap' }) {
  const p = project(a.lat, a.lng, a.view.zoom);
  const c = project(a.view.lat, a.view.lng, a.view.zoom);
  return { dx: p.x - c.x, dy: p.y - c.y };
}

test.describe('Oppia rules and leaflet projection', () => {
  test('distanceKm is Oppia’s haversine on a 6371 km Earth (its own spec cases)', () => {
    const quarter = 0.5 * Math.PI * 6371.0;
    expect(distanceKm([0, 90], [0, 0])).toBeCloseTo(quarter, 6);
    expect(distanceKm([90, 180], [90, 0])).toBeLessThan(0.1);
    expect(distanceKm([55, -45], [-37, -97])).toBeLessThanOrEqual(11370);
    expect(distanceKm([27, -123], [83, -127])).toBeGreaterThan(6220);
  });

  test('project is leaflet’s EPSG:3857: 256·2^zoom px world, latitudes clamped at ±85.0511°', () => {
    expect(project(0, 0, 0)).toEqual({ x: 128, y: 128 });
    const corner = project(89, 180, 2);
    expect(corner.x).toBeCloseTo(1024, 6);
    expect(corner.y).toBeCloseTo(0, 6);
    const [lat, lng] = unproject(project(HELSINKI[0], HELSINKI[1], 5), 5);
    expect(lat).toBeCloseTo(HELSINKI[0], 9);
    expect(lng).toBeCloseTo(HELSINKI[1], 9);
  });

  test('containerPoint puts the centre at the container’s middle, up to leaflet’s rounded origin', () => {
    const view = { lat: HELSINKI[0], lng: HELSINKI[1], zoom: 2 };
    const centre = containerPoint(HELSINKI[0], HELSINKI[1], view, { width: 544, height: 300 });
    expect(Math.abs(centre.x - 272)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(centre.y - 150)).toBeLessThanOrEqual(0.5);
    // One zoom level doubles pixel distances.
    const a = containerPoint(
      SYDNEY[0],
      SYDNEY[1],
      { lat: 0, lng: 0, zoom: 1 },
      { width: 0, height: 0 },
    );
    const b = containerPoint(
      SYDNEY[0],
      SYDNEY[1],
      { lat: 0, lng: 0, zoom: 2 },
      { width: 0, height: 0 },
    );
    expect(b.x).toBeCloseTo(2 * a.x, 6);
    expect(b.y).toBeCloseTo(2 * a.y, 6);
  });
});

test.describe('planning InteractiveMap', () => {
  test('Within: a point inside the circle, in the first view, clear of the edge', () => {
    const plan = planChapter(
      mapChapter(VIEW, [group([rule('Within', { d: 110.0, p: HELSINKI })], outcome('Done'))]),
    );
    const a = mapAnswer(plan.cards[0]?.answer);
    expect(plan.cards[0]?.groupIndex).toBe(0);
    expect(a.view).toEqual({ lat: HELSINKI[0], lng: HELSINKI[1], zoom: 2 });
    expect(distanceKm(HELSINKI, [a.lat, a.lng])).toBeLessThanOrEqual(110);
    const { dx, dy } = offset(a);
    expect(Math.max(Math.abs(dx), Math.abs(dy))).toBeLessThanOrEqual(VIEW_PX);
  });

  test('Within a circle off the view’s centre: the point nearest the centre, not the circle’s own', () => {
    // The view is on Helsinki; the circle of 300 km is around Stockholm, ~20 px west at zoom 2.
    const stockholm: [number, number] = [59.3293, 18.0686];
    const plan = planChapter(
      mapChapter(VIEW, [group([rule('Within', { d: 300, p: stockholm })], outcome('Done'))]),
    );
    const a = mapAnswer(plan.cards[0]?.answer);
    expect(distanceKm(stockholm, [a.lat, a.lng])).toBeLessThanOrEqual(300);
    expect(distanceKm(HELSINKI, [a.lat, a.lng])).toBeLessThan(distanceKm(HELSINKI, stockholm));
  });

  test('NotWithin: a point outside the circle', () => {
    const plan = planChapter(
      mapChapter(VIEW, [group([rule('NotWithin', { d: 1100, p: HELSINKI })], outcome('Done'))]),
    );
    const a = mapAnswer(plan.cards[0]?.answer);
    expect(distanceKm(HELSINKI, [a.lat, a.lng])).toBeGreaterThan(1100);
    const { dx, dy } = offset(a);
    expect(Math.max(Math.abs(dx), Math.abs(dy))).toBeLessThanOrEqual(VIEW_PX + 1);
  });

  test('the default outcome: a point outside every circle, as in "Finding Helsinki"', () => {
    const plan = planChapter(
      mapChapter(
        VIEW,
        [
          group([rule('Within', { d: 110.0, p: HELSINKI })], outcome('Map', '<p>Hooray</p>')),
          group([rule('Within', { d: 1100.0, p: HELSINKI })], outcome('Map', '<p>Close</p>')),
        ],
        'Done',
      ),
    );
    const a = mapAnswer(plan.cards[0]?.answer);
    expect(plan.cards[0]?.groupIndex).toBe('default');
    expect(distanceKm(HELSINKI, [a.lat, a.lng])).toBeGreaterThan(1100);
  });

  test('a wrong answer on "Finding Helsinki" lands outside both circles, reproducibly', () => {
    const chapter = mapChapter(VIEW, [
      group([rule('Within', { d: 110.0, p: HELSINKI })], outcome('Done', '<p>Hooray</p>')),
      group([rule('Within', { d: 1100.0, p: HELSINKI })], outcome('Map', '<p>Close</p>')),
    ]);
    const first = planWrongAnswer(chapter.states['Map']!, 'Map', seededRng(7));
    const again = planWrongAnswer(chapter.states['Map']!, 'Map', seededRng(7));
    expect(first).toEqual(again);
    const a = mapAnswer(first?.answer);
    expect(distanceKm(HELSINKI, [a.lat, a.lng])).toBeGreaterThan(110);
  });

  test('no point of the circle is in the first view: the chapter fails naming the card', () => {
    const chapter = mapChapter(VIEW, [
      group([rule('Within', { d: 500, p: SYDNEY })], outcome('Done')),
    ]);
    expect(() => planChapter(chapter)).toThrow(PlanError);
    expect(() => planChapter(chapter)).toThrow(/Card "Map" \(InteractiveMap\)/);
  });

  test(`a circle thinner than ${EDGE_PX * 2} px cannot be hit reliably: not planned`, () => {
    // 5 km at zoom 2 is a quarter of a pixel at Helsinki's latitude.
    const chapter = mapChapter(VIEW, [
      group([rule('Within', { d: 5, p: HELSINKI })], outcome('Done')),
    ]);
    expect(() => planChapter(chapter)).toThrow(PlanError);
  });

  test('missing latitude/longitude open the map on [0, 0]; zoom is parseInt(zoom) || 0', () => {
    const plan = planChapter(
      mapChapter({ zoom: 3.7 }, [group([rule('Within', { d: 2000, p: [0, 0] })], outcome('Done'))]),
    );
    expect(mapAnswer(plan.cards[0]?.answer).view).toEqual({ lat: 0, lng: 0, zoom: 3 });
  });
});
