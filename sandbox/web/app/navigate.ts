/**
 * In-app navigation, as Oppia's Angular Router does it (`router.navigate`, e.g. the new player's
 * closePlayer() in new-lesson-player/header-components/player-header.component.ts): the address
 * bar changes with `history.pushState` and the page for the new path renders in the same document.
 * Nothing unloads, so the requests the previous page started (learner events, which Oppia's
 * StatsReportingService fires and forgets) run to their end, as they do on Oppia, where the story
 * page is a route of the same app (pages/oppia-root/routing/app.routing.module.ts, STORY_VIEWER).
 */
type Navigator = (url: string) => void;

let inApp: Navigator | null = null;

/** The SPA's router registers itself once it has booted (app/main.ts). */
export function setInAppNavigator(navigator: Navigator): void {
  inApp = navigator;
}

/** Goes to `url` inside the app; a full page load only before the router has booted. */
export function navigateInApp(url: string): void {
  if (inApp) inApp(url);
  else location.assign(url);
}
