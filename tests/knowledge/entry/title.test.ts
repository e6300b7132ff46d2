import { deriveTitle, loadKnowledgeBase, MAX_TITLE_LENGTH } from '../../../knowledge';

describe('deriveTitle', () => {
  it.each([
    ['the first sentence, without its full stop', 'Le label est attribué pour trois ans. Il se renouvelle ensuite.', 'Le label est attribué pour trois ans'],
    ['a question keeps its mark', 'Vous cherchez le formulaire ? Il est en ligne.', 'Vous cherchez le formulaire ?'],
    ['a very short first sentence takes the next one along', 'Oui.\n\nLe label est attribué pour trois ans.', 'Oui. Le label est attribué pour trois ans'],
    ['abbreviations and initials do not end a sentence', 'Écrivez à M. Dupont, etc. avant la fin du mois. Merci.', 'Écrivez à M. Dupont, etc. avant la fin du mois'],
    ['a heading opening the answer is its title', '## Le label e-santé\n\nTexte de la réponse.', 'Le label e-santé'],
    ['markdown marks are dropped, links keep their text', 'Consultez **la page** [du ROR](https://esante.gouv.fr/ror) pour *tout* savoir.', 'Consultez la page du ROR pour tout savoir'],
    ['a list introduction loses its colon', 'Trois pièces sont demandées :\n- le formulaire ;\n- le devis.', 'Trois pièces sont demandées'],
    ['list items without punctuation are not run together', '- Premier point\n- second point', 'Premier point'],
    ['lines of one paragraph are one text', 'Le ROR décrit\nl’offre de santé. Fin.', 'Le ROR décrit l’offre de santé'],
  ])('%s', (_case, answer, title) => {
    expect(deriveTitle(answer)).toBe(title);
  });

  it('cuts a long first sentence at a word boundary, never inside a word, and marks the cut', () => {
    const answer = 'Votre niveau d’accès aux données du ROR dépend de la nature des données que vous souhaitez utiliser (publiques ou restreintes) et du périmètre.';
    const title = deriveTitle(answer);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH + 1);
    expect(title).toMatch(/…$/);
    const words = title.slice(0, -1).split(' ');
    for (const word of words) expect(answer.split(/\s+/)).toContain(word);
    expect(title).not.toMatch(/ (de|la|des|du|et)…$/);
  });

  it('prefers ending at a clause when one ends late enough', () => {
    expect(deriveTitle('Pour que votre dossier de candidature soit complet et recevable par le jury, joignez tous les justificatifs demandés.'))
      .toBe('Pour que votre dossier de candidature soit complet et recevable par le jury…');
  });

  it('keeps a single word longer than a title whole', () => {
    const word = 'x'.repeat(MAX_TITLE_LENGTH + 20);
    expect(deriveTitle(word)).toBe(word);
  });

  it('gives every answer of the project content a short title ending on a whole word', () => {
    for (const entry of loadKnowledgeBase().entries) {
      for (const lang of entry.langs) {
        const title = deriveTitle(entry.answer[lang] as string);
        expect([entry.id, lang, title.length <= MAX_TITLE_LENGTH + 1, /\S$/.test(title)]).toEqual([entry.id, lang, true, true]);
      }
    }
  });
});
