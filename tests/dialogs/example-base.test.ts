import { EXAMPLE_KB } from '../../bench/datasets';
import { loadKnowledgeBase, nextFacetQuestion } from '../../knowledge';
import type { Lang } from '../../knowledge';
import { inWords } from '../../dialogs/cards/numbers';
import { join } from './cases';
import { buttons, Conversation, plain, strings, texts, type Replies } from './harness';

/** "Hôpital – 50 réponses" / "Labels – deux réponses" → ["Hôpital", 50]; undefined for a button without a count. */
function counted(title: string, lang: Lang): [string, number] | undefined {
  const found = /^(.*) – (\S+) (?:réponses?|answers?)$/.exec(plain(title));
  if (found === null) return undefined;
  const spelled = found[2] as string;
  const count = /^\d+$/.test(spelled) ? Number(spelled) : [...Array(10).keys()].find((n) => inWords(n, lang) === spelled);
  return count === undefined ? undefined : [found[1] as string, count];
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
      const choices = buttons(replies).map((title) => counted(title, lang));
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
    // The question names DRIMbox (said back) and may first be narrowed by a facet question or a "did you mean":
    // the first choice each time, until an answer comes.
    let replies = await conversation.send('DRIMbox deadlines');
    const said = (): string => texts(replies).map(plain).join('\n');
    expect(said()).toContain('DRIMbox');
    for (let step = 0; step < 3 && !said().includes(plain(t('feedback.ask'))); step += 1) replies = await conversation.send('1');
    expect(said()).toContain(plain(t('answer.onlyIn.fr')));
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
