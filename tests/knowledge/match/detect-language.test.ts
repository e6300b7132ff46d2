import { join } from 'node:path';
import { LanguageDetector, loadKnowledgeBase, Matcher } from '../../../knowledge';

const kb = loadKnowledgeBase();
const matcher = new Matcher(kb);
const detector = new LanguageDetector(kb);
const industriels = new LanguageDetector(loadKnowledgeBase(join(__dirname, '..', 'understand', 'fixtures', 'kb-industriels')));

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
    // Accents inside a name do not make a question French.
    ['What exactly is Pro Santé Connect?', 'en'],
    ['integrating Mon espace santé into our software', 'en'],
    ['open data', 'fr'],
    ['ROR', 'fr'],
    ['', 'fr'],
  ])('%s → %s', (text, lang) => {
    expect(matcher.detectLanguage(text)).toBe(lang);
    expect(detector.detect(text)).toBe(lang);
  });
});

describe('the language a message is clearly written in (the turn follows it)', () => {
  it.each([
    ['Comment accéder aux données du ROR ?', 'fr'],
    ['How do I get a software label?', 'en'],
    ["Comment obtenir le label pour notre logiciel ?", 'fr'],
    ['Is ROR data available as open data?', 'en'],
    ["je voudrais savoir comment candidater au label", 'fr'],
    ["we don't know how to apply for Ségur funding", 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detector.clearLanguage(text)).toBe(lang);
  });

  it.each([
    // Short replies, names and acronyms keep the conversation's language.
    'ROR',
    'PLATINES',
    'Pro Santé Connect',
    'open data',
    'the second one',
    'le deuxième',
    'Peu importe',
    'ok',
    'label MSP',
    // Mixed: French words around English names, or the other way round.
    'ROR open data access request',
  ])('%s → none', (text) => {
    expect(detector.clearLanguage(text)).toBeUndefined();
  });

  it('reads a base’s own words: an English question full of French product names is English', () => {
    expect(industriels.clearLanguage('How do I connect my software to Pro Santé Connect?')).toBe('en');
    expect(industriels.clearLanguage("Comment rejoindre l'Espace de Confiance PSC ?")).toBe('fr');
  });
});
