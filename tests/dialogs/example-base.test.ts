import { EXAMPLE_KB } from '../../bench/datasets';
import { loadKnowledgeBase, nextFacetQuestion } from '../../knowledge';
import type { Lang } from '../../knowledge';
import { join } from './cases';
import { buttons, Conversation, plain, strings, texts, type Replies } from './harness';

/** "Hôpital (50)" → ["Hôpital", 50]; undefined for a button without a count. */
function counted(title: string): [string, number] | undefined {
  const found = /^(.*) \((\d+)\)$/.exec(plain(title));
  return found === null ? undefined : [found[1] as string, Number(found[2])];
}

/**
 * The whole bot on the example base built from the realistic export (106 answers, facets as the FAQ page's filter
 * labels): the cascade asks only questions that split what remains, each choice saying how many answers it leads
 * to, down to a short list of answers; answers written in French only reach an English user with the notice.
 */
describe.each(['fr', 'en'] as const)('the example base in a %s conversation', (lang: Lang) => {
  const t = strings(lang);
  let conversation: Conversation;
  afterEach(() => conversation.close());

  it('asks only questions that split the answers, with counts, down to a short list', async () => {
    conversation = await Conversation.start({ lang, knowledgeDir: EXAMPLE_KB });
    let replies: Replies = await conversation.send(join());
    expect(texts(replies).map(plain).join('\n')).toContain(plain(t('cascade.firstHint')));
    let remaining = 106;
    for (let step = 0; step < 6; step += 1) {
      const choices = buttons(replies).map(counted);
      if (choices.some((choice) => choice === undefined)) break;
      const any = choices.at(-1) as [string, number];
      expect(any[1]).toBe(remaining);
      const values = choices.slice(0, -1) as [string, number][];
      for (const [, count] of values) expect(count).toBeLessThanOrEqual(remaining);
      // The question is worth asking: some choice leaves out a tenth of what remains at least.
      expect(Math.min(...values.map(([, count]) => count))).toBeLessThanOrEqual(0.9 * remaining);
      const [label, count] = values.reduce((best, value) => (value[1] < best[1] ? value : best));
      replies = await conversation.send(label);
      remaining = count;
    }
    expect(remaining).toBeLessThan(106);
  });
});

describe('the example base in an English conversation', () => {
  it('finds a French-only answer for an English question, with the notice', async () => {
    const t = strings('en');
    const conversation = await Conversation.start({ lang: 'en', knowledgeDir: EXAMPLE_KB });
    await conversation.send(join());
    const suggested = await conversation.send('DRIMbox deadlines');
    expect(texts(suggested).map(plain).join('\n')).toContain(plain(t('question.didYouMean')));
    const answer = await conversation.send('1');
    expect(texts(answer).map(plain).join('\n')).toContain(plain(t('answer.onlyIn.fr')));
    await conversation.close();
  });
});

describe('the example base’s cascade', () => {
  const kb = loadKnowledgeBase(EXAMPLE_KB);

  it('skips a question whose every choice leaves nearly all the remaining answers', () => {
    // In the hospital corridor most answers name no device: every device leaves 48 to 50 of them.
    const next = nextFacetQuestion(kb, { offer: 'segur', corridor: 'hospital' }, ['offer', 'corridor']);
    expect(next?.facet.name).not.toBe('device');
  });
});
