import { Client } from 'pg';
import { send } from './raw-http';

/** One conversation over /api/messages (expectReplies: the replies are the response, the latency is the turn's). */
export async function say(base: string, conversation: string, activity: Record<string, unknown>) {
  const outcome = await send(base, {
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      channelId: 'webchat',
      serviceUrl: 'http://localhost:9/unused',
      locale: 'fr-FR',
      deliveryMode: 'expectReplies',
      conversation: { id: conversation },
      from: { id: `user-${conversation}` },
      recipient: { id: 'bot' },
      ...activity,
    }),
  });
  const texts =
    outcome.status === 200 ? (JSON.parse(outcome.body) as { activities: Array<{ text?: string }> }).activities.map((a) => a.text ?? '') : [];
  return { ...outcome, texts };
}

/** The conversation states stored in the database, by key. */
export async function stateDocuments(url: string): Promise<Map<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string; document: unknown }>(`SELECT key, document FROM bot_state WHERE key LIKE 'webchat/conversations/%'`);
    return new Map(rows.map((row) => [row.key, JSON.stringify(row.document)]));
  } finally {
    await client.end();
  }
}
