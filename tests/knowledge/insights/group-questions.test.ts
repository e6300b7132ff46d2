import { groupByNeed, loadKnowledgeBase } from '../../../knowledge';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';

const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const texts = (questions: Array<[string, 'fr' | 'en']>) =>
  groupByNeed(kb, questions.map(([text, lang], ref) => ({ text, lang, ref }))).map((group) => group.members.map((member) => member.text));

describe('grouping questions by need', () => {
  it('puts spellings, accents, inflections, word order and question words of one need in one group', () => {
    expect(
      texts([
        ['Comment accéder aux données du ROR ?', 'fr'],
        ['acceder donnees ROR', 'fr'],
        ['Les données du ROR : comment y accéder ?', 'fr'],
        ['accéder aux donées du ROR', 'fr'],
      ]),
    ).toEqual([['Comment accéder aux données du ROR ?', 'acceder donnees ROR', 'Les données du ROR : comment y accéder ?', 'accéder aux donées du ROR']]);
  });

  it('keeps different needs, and the two languages, apart', () => {
    const groups = texts([
      ['Comment accéder aux données du ROR ?', 'fr'],
      ['Quel financement pour le Ségur ?', 'fr'],
      ['How do I access ROR data?', 'en'],
      ['access the ROR data', 'en'],
    ]);
    expect(groups).toEqual([
      ['Comment accéder aux données du ROR ?'],
      ['Quel financement pour le Ségur ?'],
      ['How do I access ROR data?', 'access the ROR data'],
    ]);
  });
});
