/** Page models of Oppia's learner pages; see page-objects/interactions for the card interactions. */
export type { LearnerCtx } from './context';
export { ChapterPlayer } from './player/ChapterPlayer';
export { Player, type PlayedCard, type PlayerExploration } from './player/Player';
export { COMPLETION_TOAST_TEXT, EndCard, type EndOfChapter } from './player/EndCard';
export { LessonEndScreen } from './player/LessonEndScreen';
export { LessonPlayer } from './player/LessonPlayer';
export { playerFor } from './player/choose';
export { PlayerError, type PlayerErrorCategory } from './player/errors';
export { ClassroomPage, type TopicEntry } from './ClassroomPage';
export { ClassroomsIndexPage, type ClassroomEntry } from './ClassroomsIndexPage';
export { SaveProgressOverlay } from './components/SaveProgressOverlay';
export { Toasts } from './components/Toasts';
export { ErrorPage } from './ErrorPage';
export { interactionFor, SUPPORTED_INTERACTIONS, type InteractionComponent } from './interactions';
export { step } from './step';
export { RedesignedTopicPage, TopicStorySection } from './RedesignedTopicPage';
export { StoryPage, type ChapterEntry } from './StoryPage';
export { TopicPage } from './TopicPage';
