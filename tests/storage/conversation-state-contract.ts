import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  AutoSaveStateMiddleware,
  ConversationState,
  TestAdapter,
  TurnContext,
  type BotState,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import { ConcurrencySafeConversationState } from '../../storage/concurrency-safe-state';
import type { ConditionalStorage } from '../../storage/conditional-storage';
import { StorageConflictError } from '../../storage/errors';

function turnOf(conversationId: string): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: ActivityTypes.Message,
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user', name: 'user' },
    recipient: { id: 'bot', name: 'bot' },
    text: 'bonjour',
  });
}

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

/** Shows that overlapping turns of one conversation cannot silently overwrite each other. */
export function describeConversationStateContract(getStorage: () => ConditionalStorage): void {
  describe('ConcurrencySafeConversationState', () => {
    let state: ConcurrencySafeConversationState;
    let conversationId: string;

    beforeEach(() => {
      state = new ConcurrencySafeConversationState(getStorage());
      conversationId = `conv-${randomUUID()}`;
    });

    it('keeps state from one turn to the next, with several saves in one turn', async () => {
      const first = turnOf(conversationId);
      await changeInTurn(state, first, 'lang', 'fr');
      await state.saveChanges(first);
      await changeInTurn(state, first, 'facets', { offer: 'segur' });
      await state.saveChanges(first);

      const second = turnOf(conversationId);
      await expect(state.createProperty('lang').get(second)).resolves.toBe('fr');
      await expect(state.createProperty('facets').get(second)).resolves.toEqual({ offer: 'segur' });
      expect(state.get(second)).not.toHaveProperty('eTag');
    });

    it('fails the later of two overlapping turns instead of overwriting the earlier one', async () => {
      const setup = turnOf(conversationId);
      await changeInTurn(state, setup, 'step', 'start');
      await state.saveChanges(setup);

      const [turnA, turnB] = [turnOf(conversationId), turnOf(conversationId)];
      await changeInTurn(state, turnA, 'step', 'from A');
      await changeInTurn(state, turnB, 'step', 'from B');
      await state.saveChanges(turnA);
      await expect(state.saveChanges(turnB)).rejects.toThrow(StorageConflictError);

      await expect(state.createProperty('step').get(turnOf(conversationId))).resolves.toBe('from A');
    });

    it('lets only one of two first turns of a new conversation create its state', async () => {
      const [turnA, turnB] = [turnOf(conversationId), turnOf(conversationId)];
      await changeInTurn(state, turnA, 'lang', 'fr');
      await changeInTurn(state, turnB, 'lang', 'en');
      await state.saveChanges(turnB);
      await expect(state.saveChanges(turnA)).rejects.toThrow(StorageConflictError);
      await expect(state.createProperty('lang').get(turnOf(conversationId))).resolves.toBe('en');
    });

    it('does not write when nothing changed, and writes a cleared state with the read eTag', async () => {
      const setup = turnOf(conversationId);
      await changeInTurn(state, setup, 'lang', 'fr');
      await state.saveChanges(setup);

      const idle = turnOf(conversationId);
      await state.load(idle);
      const writer = turnOf(conversationId);
      await changeInTurn(state, writer, 'lang', 'en');
      await state.saveChanges(writer);
      await expect(state.saveChanges(idle)).resolves.toBeUndefined();

      const restart = turnOf(conversationId);
      await state.clear(restart);
      await state.saveChanges(restart);
      await expect(state.createProperty('lang').get(turnOf(conversationId))).resolves.toBeUndefined();
    });

    it('deletes the stored state; a later turn starts fresh', async () => {
      const setup = turnOf(conversationId);
      await changeInTurn(state, setup, 'lang', 'fr');
      await state.saveChanges(setup);
      await state.delete(turnOf(conversationId));
      const next = turnOf(conversationId);
      await expect(state.load(next)).resolves.toEqual({});
      await changeInTurn(state, next, 'lang', 'en');
      await expect(state.saveChanges(next)).resolves.toBeUndefined();
    });

    it('carries a waterfall dialog through several turns, as plain ConversationState does', async () => {
      await proceedThroughWaterfall(state);
      await proceedThroughWaterfall(new ConversationState(getStorage()));
    });

    it('is needed: plain ConversationState silently loses the earlier turn', async () => {
      const plain = new ConversationState(getStorage());
      const [turnA, turnB] = [turnOf(conversationId), turnOf(conversationId)];
      await changeInTurn(plain, turnA, 'step', 'from A');
      await changeInTurn(plain, turnB, 'step', 'from B');
      await plain.saveChanges(turnA);
      await plain.saveChanges(turnB);
      await expect(plain.createProperty('step').get(turnOf(conversationId))).resolves.toBe('from B');
    });
  });
}
