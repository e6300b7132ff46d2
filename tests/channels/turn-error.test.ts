import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { turnErrorHandler } from '../../channels/turn-error';
import { translator } from '../../locales';
import { StorageConflictError, StorageUnavailableError } from '../../storage';

const fr = translator('fr', 'conversation');

/** A storage whose deletes fail with `deleteError` (a reset that cannot be done). */
class FailingDeletes extends MemoryStorage {
  constructor(private readonly deleteError: Error) {
    super();
  }
  override async delete(): Promise<void> {
    throw this.deleteError;
  }
}

const unavailable = () => new StorageUnavailableError('reading', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) });

async function failTurn(
  error: Error,
  storage = new MemoryStorage(),
): Promise<{ replies: Partial<Activity>[]; kept: unknown }> {
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

  it('says storage is momentarily unavailable, and resets nothing, when storage cannot be reached', async () => {
    const { replies, kept } = await failTurn(unavailable());
    expect(replies.map((reply) => reply.text)).toEqual([fr('error.unavailable')]);
    expect(fr('error.unavailable')).toContain('momentanément indisponible');
    expect(fr('error.unavailable')).toContain('dans une minute');
    expect(kept).toBe('cascade');
  });

  it('does not promise a fresh start when the reset fails: unavailable, or the plain apology', async () => {
    const stillDown = await failTurn(new Error('boom'), new FailingDeletes(unavailable()));
    expect(stillDown.replies.map((reply) => reply.text)).toEqual([fr('error.unavailable')]);
    const otherFailure = await failTurn(new Error('boom'), new FailingDeletes(new Error('disk on fire')));
    expect(otherFailure.replies.map((reply) => reply.text)).toEqual([fr('error.notReset')]);
    expect(otherFailure.kept).toBe('cascade');
  });
});
