import { BotState, calculateChangeHash, type TurnContext } from 'botbuilder';
import type { DocumentStore, UserIdentity, WriteCondition } from '../../storage';
import { BotStorage } from './bot-storage';
import { conversationStateKey, userStateKey, type StateKeyOf } from './state-keys';

type StateObject = Record<string, unknown>;

/** What one turn knows about its stored state. */
interface TurnCache {
  state: StateObject;
  /** Hash at load or last save: `saveChanges` writes only when the state changed since. */
  hash: string;
  /** The version this turn read (or last wrote); undefined when nothing was stored. */
  eTag: string | undefined;
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
    private readonly store: DocumentStore,
    private readonly keyOf: StateKeyOf,
  ) {
    super(new BotStorage(store), async (context) => keyOf(context));
  }

  override async load(context: TurnContext, force = false): Promise<StateObject> {
    const cached = this.cached(context);
    if (cached && !force) {
      return cached.state;
    }
    const key = this.keyOf(context);
    const stored = (await this.store.read([key])).get(key);
    const state = stored?.document ?? {};
    context.turnState.set(this.cacheKey, { state, hash: calculateChangeHash(state), eTag: stored?.eTag });
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
    const condition: WriteCondition = cached.eTag ? { kind: 'update', eTag: cached.eTag } : { kind: 'create' };
    const eTags = await this.store.write([{ key, document: cached.state, condition, owner: ownerOf(context) }]);
    cached.eTag = eTags.get(key) ?? cached.eTag;
    cached.hash = calculateChangeHash(cached.state);
  }

  override async clear(context: TurnContext): Promise<void> {
    if (!this.cached(context)) {
      await this.load(context);
    }
    const eTag = this.cached(context)?.eTag;
    // An empty hash forces the next saveChanges to write the cleared state.
    context.turnState.set(this.cacheKey, { state: {}, hash: '', eTag });
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.store.delete([this.keyOf(context)]);
  }

  override get(context: TurnContext): StateObject | undefined {
    return this.cached(context)?.state;
  }

  private cached(context: TurnContext): TurnCache | undefined {
    return context.turnState.get(this.cacheKey) as TurnCache | undefined;
  }
}

/** Whose turn this is, for the store's user reference (erasure finds the conversations a user wrote in). */
function ownerOf(context: TurnContext): UserIdentity | undefined {
  const { channelId, from } = context.activity;
  return channelId && from?.id ? { channelId, userId: from.id } : undefined;
}

/** The conversation's state (dialog stack, session), shared by every turn of one conversation. */
export class ConcurrencySafeConversationState extends ConcurrencySafeState {
  constructor(store: DocumentStore, namespace = '') {
    super(store, (context) => conversationStateKey(context, namespace));
  }
}

/**
 * The user's state (preferences), shared by every conversation of one user on one channel. Turns of different
 * conversations are not queued one after the other, so the eTag check is what keeps a save from erasing another.
 */
export class ConcurrencySafeUserState extends ConcurrencySafeState {
  constructor(store: DocumentStore, namespace = '') {
    super(store, (context) => userStateKey(context, namespace));
  }
}
