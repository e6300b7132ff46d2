import { TEAMS_KEYS, teamsStrings } from '../../../channels/teams/package/strings';

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
});
