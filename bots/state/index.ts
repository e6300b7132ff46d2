/** botbuilder's side of the state: `BotState`s and a `Storage` over the SDK-free `DocumentStore` of `storage/`. */
export { BotStorage } from './bot-storage';
export {
  ConcurrencySafeConversationState,
  ConcurrencySafeState,
  ConcurrencySafeUserState,
} from './concurrency-safe-state';
export { conversationStateKey, userStateKey, type StateKeyOf } from './state-keys';
