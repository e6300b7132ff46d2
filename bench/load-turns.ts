/**
 * The conversations the load benchmark plays: a realistic French/English mix of typed questions, menu clicks (the
 * reply's first suggested action, when there is one), Oui/Non and commands, posted to `/api/messages` with
 * expectReplies, as the bot's own HTTP path receives them. Each turn is timed from request to full response.
 */
const STEPS: readonly string[] = [
  'Où trouver les ressources sur le financement Ségur ?',
  '@click',
  'Oui',
  'Pourquoi utiliser le MOS et les NOS ?',
  'Non',
  'aide',
  'English',
  'Where can I find the resources about Ségur funding?',
  '@click',
  'Yes',
  'restart',
  'candidature label centres de santé',
  '@click',
  'No',
  'recommencer',
];

interface Reply {
  suggestedActions?: { actions?: { value?: unknown; title?: string }[] };
}

function activity(conversation: string, text: string, value?: unknown): Record<string, unknown> {
  return {
    type: 'message',
    channelId: 'webchat',
    deliveryMode: 'expectReplies',
    id: `${conversation}-${Math.random().toString(36).slice(2)}`,
    from: { id: `user-${conversation}`, name: 'user' },
    recipient: { id: 'bot' },
    conversation: { id: conversation },
    text,
    ...(value === undefined ? {} : { value }),
    locale: 'fr-FR',
  };
}

function firstAction(replies: Reply[]): { text: string; value?: unknown } {
  const action = replies.flatMap((reply) => reply.suggestedActions?.actions ?? [])[0];
  if (!action) return { text: 'menu' };
  return typeof action.value === 'string' ? { text: action.value } : { text: action.title ?? '', value: action.value };
}

/** Plays `turns` turns of one conversation; returns each turn's latency (ms). */
export async function playConversation(url: string, conversation: string, turns: number): Promise<number[]> {
  const times: number[] = [];
  let last: Reply[] = [];
  for (let turn = 0; turn < turns; turn += 1) {
    const step = STEPS[turn % STEPS.length] as string;
    const next = step === '@click' ? firstAction(last) : { text: step };
    const started = performance.now();
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity(conversation, next.text, next.value)),
    });
    const body = (await response.json().catch(() => ({}))) as { activities?: Reply[] };
    times.push(performance.now() - started);
    if (response.status >= 300) throw new Error(`turn ${turn}: HTTP ${response.status} ${JSON.stringify(body)}`);
    last = body.activities ?? [];
  }
  return times;
}
