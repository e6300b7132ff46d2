import { ConversationState, calculateChangeHash, type TurnContext } from 'botbuilder';
import { CREATE_ONLY_ETAG, type ConditionalStorage } from './conditional-storage';

type StateObject = Record<string, unknown>;

/** What one turn knows about its conversation's stored state. */
interface TurnCache {
  state: StateObject;
  /** Hash at load or last save: `saveChanges` writes only when the state changed since. */
  hash: string;
  /** The eTag the stored item had when this turn read it (or last wrote it); `CREATE_ONLY_ETAG` if none existed. */
  eTag: string;
}

/**
 * `ConversationState` whose saves are conditional on what the turn read.
 *
 * botbuilder's `BotState.saveChanges` always writes with eTag `*`, so when two turns of one conversation overlap
 * (two quick messages, two instances behind a load balancer) the later save silently erases the earlier one.
 * This class keeps the eTag read by `load` and writes with it: the second save fails with `StorageConflictError`
 * instead. A conversation with no stored state is written create-only, so two first turns cannot both win.
 *
 * It overrides every public method of `BotState` with its own per-turn cache (the base class keeps its cache under
 * a private symbol), so property accessors, `runDialog` and `BotStateSet` work unchanged.
 */
export class ConcurrencySafeConversationState extends ConversationState {
  private readonly cacheKey = Symbol('ConcurrencySafeConversationState');

  constructor(
    private readonly conditionalStorage: ConditionalStorage,
    namespace = '',
  ) {
    super(conditionalStorage, namespace);
  }

  override async load(context: TurnContext, force = false): Promise<StateObject> {
    const cached = this.cached(context);
    if (cached && !force) {
      return cached.state;
    }
    const key = await this.storageKey(context);
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
    const key = await this.storageKey(context);
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
    const key = await this.storageKey(context);
    await this.conditionalStorage.delete([key]);
  }

  override get(context: TurnContext): StateObject | undefined {
    return this.cached(context)?.state;
  }

  private cached(context: TurnContext): TurnCache | undefined {
    return context.turnState.get(this.cacheKey) as TurnCache | undefined;
  }
}
