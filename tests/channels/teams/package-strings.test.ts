import { PROMPT_STARTERS, TEAMS_KEYS, teamsStrings } from '../../../channels/teams/package/strings';
import { defaultContentDir, loadKnowledgeBase, Matcher } from '../../../knowledge';

describe('Teams manifest strings', () => {
  it('exist in both languages', () => {
    for (const lang of ['fr', 'en'] as const) expect(Object.keys(teamsStrings(lang))).toEqual([...TEAMS_KEYS]);
  });

  it('name the commands as the bot understands them', () => {
    const fr = teamsStrings('fr');
    const en = teamsStrings('en');
    expect([fr['commands.help.title'], fr['commands.restart.title']]).toEqual(['aide', 'recommencer']);
    expect([en['commands.help.title'], en['commands.restart.title']]).toEqual(['help', 'restart']);
  });

  it('follow French typography: no-break spaces inside « », none missing before ; : ! ?', () => {
    for (const text of Object.values(teamsStrings('fr'))) {
      expect(text).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
      expect(text).not.toMatch(/[^\u00a0\u202f][;:!?]/);
      expect(text).not.toMatch(/'/);
    }
  });

  it('offer prompt starters the shipped knowledge base answers at once, in both languages', () => {
    const matcher = new Matcher(loadKnowledgeBase(defaultContentDir()));
    for (const lang of ['fr', 'en'] as const) {
      const strings = teamsStrings(lang);
      for (const id of PROMPT_STARTERS) {
        const result = matcher.match({ text: strings[`promptStarters.${id}.prompt`], lang });
        expect({ id, lang, decision: result.decision }).toEqual({ id, lang, decision: 'answer' });
      }
    }
  });
});
