import { BotState, calculateChangeHash, type TurnContext } from 'botbuilder';
import { CREATE_ONLY_ETAG, type ConditionalStorage } from './conditional-storage';
import { StorageError } from './errors';

type StateObject = Record<string, unknown>;

/** Where a state lives in the storage, computed from the turn (the conversation, the user…). */
export type StateKeyOf = (context: TurnContext) => string;

/** What one turn knows about its stored state. */
interface TurnCache {
  state: StateObject;
  /** Hash at load or last save: `saveChanges` writes only when the state changed since. */
  hash: string;
  /** The eTag the stored item had when this turn read it (or last wrote it); `CREATE_ONLY_ETAG` if none existed. */
  eTag: string;
}

/**
 * A `BotState` whose saves are conditional on what the turn read.
 *
 * botbuilder's `BotState.saveChanges` always writes with eTag `*`, so when two turns touching the same state overlap
 * (two quick messages, two instances behind a load balancer, two conversations of one user) the later save silently
 * erases the earlier one. This class keeps the eTag read by `load` and writes with it: the second save fails with
 * `StorageConflictError` instead. A state never stored is written create-only, so two first turns cannot both win.
 *
 * It overrides every public method of `BotState` with its own per-turn cache (the base class keeps its cache under
 * a private symbol), so property accessors, `runDialog` and `BotStateSet` work unchanged. Subclasses only say where
 * the state lives (`keyOf`).
 */
export class ConcurrencySafeState extends BotState {
  private readonly cacheKey = Symbol('ConcurrencySafeState');

  constructor(
    private readonly conditionalStorage: ConditionalStorage,
    private readonly keyOf: StateKeyOf,
  ) {
    super(conditionalStorage, async (context) => keyOf(context));
  }

  override async load(context: TurnContext, force = false): Promise<StateObject> {
    const cached = this.cached(context);
    if (cached && !force) {
      return cached.state;
    }
    const key = this.keyOf(context);
    const items = await this.conditionalStorage.read([key]);
    const { eTag, ...state } = (items[key] ?? {}) as StateObject;
    const storedETag = typeof eTag === 'string' ? eTag : CREATE_ONLY_ETAG;
    context.turnState.set(this.cacheKey, { state, hash: calculateChangeHash(state), eTag: storedETag });
    return state;
  }

  /** Writes the state if it changed (or `force`), on condition that nobody wrote it since this turn read it. */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = this.cached(context);
    if (!cached && force) {
      // Never loaded this turn: learn the stored eTag first rather than overwrite blindly.
      await this.load(context);
      cached = this.cached(context);
    }
    if (!cached || (!force && cached.hash === calculateChangeHash(cached.state))) {
      return;
    }
    const key = this.keyOf(context);
    const eTags = await this.conditionalStorage.writeReturningETags({ [key]: { ...cached.state, eTag: cached.eTag } });
    cached.eTag = eTags[key] ?? cached.eTag;
    cached.hash = calculateChangeHash(cached.state);
  }

  override async clear(context: TurnContext): Promise<void> {
    if (!this.cached(context)) {
      await this.load(context);
    }
    const eTag = this.cached(context)?.eTag ?? CREATE_ONLY_ETAG;
    // An empty hash forces the next saveChanges to write the cleared state.
    context.turnState.set(this.cacheKey, { state: {}, hash: '', eTag });
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.conditionalStorage.delete([this.keyOf(context)]);
  }

  override get(context: TurnContext): StateObject | undefined {
    return this.cached(context)?.state;
  }

  private cached(context: TurnContext): TurnCache | undefined {
    return context.turnState.get(this.cacheKey) as TurnCache | undefined;
  }
}

/**
 * botbuilder's `ConversationState` key, `<channel>/conversations/<conversation id>/<namespace>`: state stored by
 * earlier versions of the bot is found again.
 */
export function conversationStateKey(context: TurnContext, namespace = ''): string {
  const { channelId, conversation } = context.activity;
  if (!channelId) throw new StorageError('conversation state: the activity has no channelId');
  if (!conversation?.id) throw new StorageError('conversation state: the activity has no conversation.id');
  return `${channelId}/conversations/${conversation.id}/${namespace}`;
}

/** botbuilder's `UserState` key, `<channel>/users/<user id>/<namespace>`: one user of one channel. */
export function userStateKey(context: TurnContext, namespace = ''): string {
  const { channelId, from } = context.activity;
  if (!channelId) throw new StorageError('user state: the activity has no channelId');
  if (!from?.id) throw new StorageError('user state: the activity has no from.id');
  return `${channelId}/users/${from.id}/${namespace}`;
}

/** The conversation's state (dialog stack, session), shared by every turn of one conversation. */
export class ConcurrencySafeConversationState extends ConcurrencySafeState {
  constructor(storage: ConditionalStorage, namespace = '') {
    super(storage, (context) => conversationStateKey(context, namespace));
  }
}

/**
 * The user's state (preferences), shared by every conversation of one user on one channel. Turns of different
 * conversations are not queued one after the other, so the eTag check is what keeps a save from erasing another.
 */
export class ConcurrencySafeUserState extends ConcurrencySafeState {
  constructor(storage: ConditionalStorage, namespace = '') {
    super(storage, (context) => userStateKey(context, namespace));
  }
}
