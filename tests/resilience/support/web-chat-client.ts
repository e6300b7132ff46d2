import { setTimeout as sleep } from 'node:timers/promises';

/** What a web chat page does over the local Direct Line, reduced to what the suite needs. */
export interface WebChat {
  conversationId: string;
  token: string;
  userId: string;
}

export interface PolledActivity {
  type?: string;
  text?: string;
  from?: { role?: string };
}

/** `POST /api/directline/token` then `POST /conversations`, as the page and Web Chat do. */
export async function openWebChat(base: string): Promise<WebChat> {
  const issued = await fetch(`${base}/api/directline/token?lang=fr`, { method: 'POST' });
  if (issued.status !== 200) throw new Error(`token endpoint answered ${issued.status}`);
  const { token, userId } = (await issued.json()) as { token: string; userId: string };
  const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (started.status !== 201) throw new Error(`POST /conversations answered ${started.status}`);
  // Web Chat goes on with the token this answer gives (it says the conversation started), not the page's.
  const conversation = (await started.json()) as { conversationId: string; token: string };
  return { conversationId: conversation.conversationId, token: conversation.token, userId };
}

/** Posts a message as the user typed it; resolves with the HTTP status. */
export async function post(base: string, chat: WebChat, text: string): Promise<number> {
  const response = await fetch(`${base}/v3/directline/conversations/${chat.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${chat.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text, from: { id: chat.userId, role: 'user' }, locale: 'fr-FR' }),
  });
  await response.arrayBuffer();
  return response.status;
}

/**
 * Polls the conversation (every `everyMs`, as Web Chat does every second) until a bot message satisfies `seen`;
 * resolves with it, or undefined after `timeoutMs`. `watermark` is kept across calls in `chat`.
 */
export async function waitForBot(
  base: string,
  chat: WebChat & { watermark?: string },
  seen: (text: string) => boolean,
  { everyMs = 500, timeoutMs = 20_000 } = {},
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const query = chat.watermark ? `?watermark=${encodeURIComponent(chat.watermark)}` : '';
    const response = await fetch(`${base}/v3/directline/conversations/${chat.conversationId}/activities${query}`, {
      headers: { authorization: `Bearer ${chat.token}` },
    });
    if (response.status === 200) {
      const body = (await response.json()) as { activities: PolledActivity[]; watermark?: string };
      chat.watermark = body.watermark ?? chat.watermark;
      const found = body.activities.find((a) => a.type === 'message' && a.from?.role === 'bot' && seen(a.text ?? ''));
      if (found) return found.text;
    } else await response.arrayBuffer();
    await sleep(everyMs + Math.random() * 200);
  }
  return undefined;
}
