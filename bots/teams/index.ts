/** What the bot does differently on Microsoft Teams (the app package is in `channels/teams/package`). */
export { greetingOnInstall, greetingOnMembersAdded, type Greeting } from './greeting';
export { helloText } from './hello';
export { prepareIncomingMessage } from './incoming';
export {
  FEEDBACK_INVOKE,
  FEEDBACK_RECEIVED,
  feedbackText,
  recordTeamsRating,
  teamsRating,
  type TeamsFeedbackDeps,
  type TeamsRating,
  type TeamsRatingOutcome,
} from './feedback-loop';
export { searchFaq, searchText, type FaqSearchDeps } from './faq-search';
