/** Page models of Oppia's learner pages; see page-objects/interactions for the card interactions. */
export {
  ChapterPlayer,
  DEFAULT_CARD_TIMEOUT_MS,
  type ChapterPlayerOptions,
  type PlayedCard,
} from './ChapterPlayer';
export { ClassroomPage, type TopicEntry } from './ClassroomPage';
export { ClassroomsIndexPage, type ClassroomEntry } from './ClassroomsIndexPage';
export { COMPLETION_TOAST_TEXT, EndCard } from './components/EndCard';
export { SaveProgressOverlay } from './components/SaveProgressOverlay';
export { Toasts } from './components/Toasts';
export { ErrorPage } from './ErrorPage';
export { interactionFor, SUPPORTED_INTERACTIONS, type InteractionComponent } from './interactions';
export { step } from './step';
export { StoryPage, type ChapterEntry } from './StoryPage';
export { TopicPage } from './TopicPage';
