/** What the bot does differently for the web page: its welcome, and the language it announces. */
export {
  WEB_JOIN_EVENT,
  awaitsWebJoin,
  greetingOnWebJoin,
  isWebJoin,
  webJoinLanguage,
  webWelcomeFor,
  type WebWelcome,
} from './join';
export { WEB_CHAT_FEEDBACK_EVENT, recordWebChatVote, webChatVote, type WebChatVote } from './feedback-vote';
