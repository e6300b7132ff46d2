import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { turnErrorHandler } from '../../channels/turn-error';
import { translator } from '../../locales';
import { StorageConflictError } from '../../storage';

const fr = translator('fr', 'conversation');

async function failTurn(error: Error): Promise<{ replies: Partial<Activity>[]; kept: unknown }> {
  const storage = new MemoryStorage();
  const state = new ConversationState(storage);
  const step = state.createProperty<string>('step');
  const adapter = new TestAdapter();
  const context = new TurnContext(adapter, {
    ...adapter.conversation,
    type: 'message',
    text: 'bonjour',
    locale: 'fr-FR',
  } as Partial<Activity> as Activity);
  await step.set(context, 'cascade');
  await state.saveChanges(context);

  await turnErrorHandler(state, 'fr', () => undefined)(context, error);

  const fresh = new TurnContext(adapter, context.activity);
  return { replies: adapter.activeQueue, kept: await state.createProperty<string>('step').get(fresh) };
}

describe('turnErrorHandler', () => {
  it('apologises in the user language and resets the conversation after an ordinary failure', async () => {
    const { replies, kept } = await failTurn(new Error('boom'));
    expect(replies.map((reply) => reply.text)).toEqual([fr('error.apology')]);
    expect(kept).toBeUndefined();
  });

  it('keeps the state another turn saved first, and asks the user to resend, on an eTag conflict', async () => {
    const { replies, kept } = await failTurn(new StorageConflictError('conversation/c1', '3'));
    expect(replies.map((reply) => reply.text)).toEqual([fr('error.conflict')]);
    expect(kept).toBe('cascade');
  });
});
