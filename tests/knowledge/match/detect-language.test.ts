import { loadKnowledgeBase, Matcher } from '../../../knowledge';

const matcher = new Matcher(loadKnowledgeBase());

describe('language detection', () => {
  it.each([
    ['Comment accéder aux données du ROR ?', 'fr'],
    ['comment acceder aux donnees du ror', 'fr'],
    ["qu'est-ce que le MOS", 'fr'],
    ['financement segur pour les editeurs', 'fr'],
    ['pourquoi utiliser les nomenclatures', 'fr'],
    ['How can I access ROR data?', 'en'],
    ['what is the MOS', 'en'],
    ['Ségur funding for software vendors', 'en'],
    ['how do I apply for the label', 'en'],
    ['is the e-santé label worth it for our software', 'en'],
    ['open data', 'fr'],
    ['ROR', 'fr'],
    ['', 'fr'],
  ])('%s → %s', (text, lang) => {
    expect(matcher.detectLanguage(text)).toBe(lang);
  });
});
