import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  AutoSaveStateMiddleware,
  ConversationState,
  TestAdapter,
  TurnContext,
  UserState,
  type BotState,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import {
  BotStorage,
  ConcurrencySafeConversationState,
  ConcurrencySafeUserState,
  type ConcurrencySafeState,
} from '../../../bots/state';
import type { DocumentStore } from '../../../storage/documents/document-store';
import { StorageConflictError, StorageError } from '../../../storage/errors';

function turnOf(conversationId: string, userId = 'user', channelId = 'test'): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: ActivityTypes.Message,
    channelId,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: userId, name: userId },
    recipient: { id: 'bot', name: 'bot' },
    text: 'bonjour',
  });
}

/** One kind of state, and what "two turns touching the same state" means for it. */
interface StateVariant {
  name: string;
  create(store: DocumentStore): ConcurrencySafeState;
  /** What botbuilder offers for the same scope (it saves with eTag `*`), on the same store. */
  plain(store: DocumentStore): BotState & { getStorageKey(context: TurnContext): string | undefined };
  /** A new turn in `scope`: the same conversation, or the same user in a conversation of its own. */
  turnIn(scope: string): TurnContext;
}

const VARIANTS: StateVariant[] = [
  {
    name: 'ConcurrencySafeConversationState',
    create: (store) => new ConcurrencySafeConversationState(store),
    plain: (store) => new ConversationState(new BotStorage(store)),
    turnIn: (conversationId) => turnOf(conversationId),
  },
  {
    // A user's turns in different conversations are not queued one after the other: only the eTag protects them.
    name: 'ConcurrencySafeUserState',
    create: (store) => new ConcurrencySafeUserState(store),
    plain: (store) => new UserState(new BotStorage(store)),
    turnIn: (userId) => turnOf(`conv-${randomUUID()}`, userId),
  },
];

/** Runs one turn's read-modify part: load, then set `property` to `value`. */
async function changeInTurn(state: BotState, context: TurnContext, property: string, value: unknown): Promise<void> {
  await state.createProperty(property).set(context, value);
}

/** botbuilder-js `storageBaseTests.proceedsThroughWaterfall`: dialog state survives turns through the storage. */
async function proceedThroughWaterfall(state: BotState): Promise<void> {
  const dialogs = new DialogSet(state.createProperty('dialogState'));
  dialogs.add(new TextPrompt('name', async (prompt) => (prompt.recognized.value ?? '').length > 3));
  dialogs.add(
    new WaterfallDialog('waterfall', [
      async (step) => step.prompt('name', { prompt: 'Votre nom ?', retryPrompt: 'Plus de 3 lettres, svp.' }),
      async (step) => {
        await step.context.sendActivity(`Bonjour ${String(step.result)}`);
        return step.endDialog();
      },
    ]),
  );
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog('waterfall');
    }
  }).use(new AutoSaveStateMiddleware(state));
  adapter.conversation = TestAdapter.createConversation(`waterfall-${randomUUID()}`);
  await adapter
    .send('salut')
    .assertReply('Votre nom ?')
    .send('Al')
    .assertReply('Plus de 3 lettres, svp.')
    .send('Alice')
    .assertReply('Bonjour Alice')
    .startTest();
}

function describeVariant(variant: StateVariant, getStore: () => DocumentStore): void {
  describe(variant.name, () => {
    let state: ConcurrencySafeState;
    let scope: string;
    const turn = () => variant.turnIn(scope);

    beforeEach(() => {
      state = variant.create(getStore());
      scope = `scope-${randomUUID()}`;
    });

    it('keeps state from one turn to the next, with several saves in one turn', async () => {
      const first = turn();
      await changeInTurn(state, first, 'lang', 'fr');
      await state.saveChanges(first);
      await changeInTurn(state, first, 'facets', { offer: 'segur' });
      await state.saveChanges(first);

      const second = turn();
      await expect(state.createProperty('lang').get(second)).resolves.toBe('fr');
      await expect(state.createProperty('facets').get(second)).resolves.toEqual({ offer: 'segur' });
      expect(state.get(second)).not.toHaveProperty('eTag');
    });

    it('fails the later of two overlapping turns instead of overwriting the earlier one', async () => {
      const setup = turn();
      await changeInTurn(state, setup, 'step', 'start');
      await state.saveChanges(setup);

      const [turnA, turnB] = [turn(), turn()];
      await changeInTurn(state, turnA, 'step', 'from A');
      await changeInTurn(state, turnB, 'step', 'from B');
      await state.saveChanges(turnA);
      await expect(state.saveChanges(turnB)).rejects.toThrow(StorageConflictError);

      await expect(state.createProperty('step').get(turn())).resolves.toBe('from A');
    });

    it('lets only one of two first turns create the state', async () => {
      const [turnA, turnB] = [turn(), turn()];
      await changeInTurn(state, turnA, 'lang', 'fr');
      await changeInTurn(state, turnB, 'lang', 'en');
      await state.saveChanges(turnB);
      await expect(state.saveChanges(turnA)).rejects.toThrow(StorageConflictError);
      await expect(state.createProperty('lang').get(turn())).resolves.toBe('en');
    });

    it('does not write when nothing changed, and writes a cleared state with the read eTag', async () => {
      const setup = turn();
      await changeInTurn(state, setup, 'lang', 'fr');
      await state.saveChanges(setup);

      const idle = turn();
      await state.load(idle);
      const writer = turn();
      await changeInTurn(state, writer, 'lang', 'en');
      await state.saveChanges(writer);
      await expect(state.saveChanges(idle)).resolves.toBeUndefined();

      const restart = turn();
      await state.clear(restart);
      await state.saveChanges(restart);
      await expect(state.createProperty('lang').get(turn())).resolves.toBeUndefined();
    });

    it('deletes the stored state; a later turn starts fresh', async () => {
      const setup = turn();
      await changeInTurn(state, setup, 'lang', 'fr');
      await state.saveChanges(setup);
      await state.delete(turn());
      const next = turn();
      await expect(state.load(next)).resolves.toEqual({});
      await changeInTurn(state, next, 'lang', 'en');
      await expect(state.saveChanges(next)).resolves.toBeUndefined();
    });

    it('stores under the key botbuilder uses, so existing state is found again', async () => {
      const context = turn();
      await changeInTurn(state, context, 'lang', 'fr');
      await state.saveChanges(context);
      const key = variant.plain(getStore()).getStorageKey(context) ?? '';
      expect((await getStore().read([key])).get(key)).toEqual({ document: { lang: 'fr' }, eTag: expect.any(String) });
    });

    it('is needed: botbuilder’s own state silently loses the earlier turn', async () => {
      const plain = variant.plain(getStore());
      const [turnA, turnB] = [turn(), turn()];
      await changeInTurn(plain, turnA, 'step', 'from A');
      await changeInTurn(plain, turnB, 'step', 'from B');
      await plain.saveChanges(turnA);
      await plain.saveChanges(turnB);
      await expect(plain.createProperty('step').get(turn())).resolves.toBe('from B');
    });
  });
}

/**
 * Shows, on a store of each kind, that overlapping turns cannot silently overwrite each other's conversation or
 * user state. `getStore` gives the store the suite's `beforeAll` opened.
 */
export function describeStateContract(name: string, getStore: () => DocumentStore): void {
  describe(`${name} (ConcurrencySafeState)`, () => {
    describeStateScopes(getStore);
    for (const variant of VARIANTS) describeVariant(variant, getStore);
  });
}

function describeStateScopes(getStore: () => DocumentStore): void {
  it('carries a waterfall dialog through several turns, as plain ConversationState does', async () => {
    await proceedThroughWaterfall(new ConcurrencySafeConversationState(getStore()));
    await proceedThroughWaterfall(new ConversationState(new BotStorage(getStore())));
  });

  it('shares user state between the conversations of one user, not between users or channels', async () => {
    const state = new ConcurrencySafeUserState(getStore());
    const user = `user-${randomUUID()}`;
    const first = turnOf('conversation-1', user);
    await changeInTurn(state, first, 'lang', 'en');
    await state.saveChanges(first);
    const lang = state.createProperty<string>('lang');
    await expect(lang.get(turnOf('conversation-2', user))).resolves.toBe('en');
    await expect(lang.get(turnOf('conversation-1', `other-${randomUUID()}`))).resolves.toBeUndefined();
    await expect(lang.get(turnOf('conversation-1', user, 'msteams'))).resolves.toBeUndefined();
  });

  it('names what the activity lacks when no key can be made', async () => {
    const noUser = turnOf('conversation-1');
    noUser.activity.from = { id: '', name: '' };
    await expect(new ConcurrencySafeUserState(getStore()).load(noUser)).rejects.toThrow(
      new StorageError('user state: the activity has no from.id'),
    );
    const noConversation = turnOf('');
    await expect(new ConcurrencySafeConversationState(getStore()).load(noConversation)).rejects.toThrow(
      /conversation state: the activity has no conversation\.id/,
    );
  });
}
