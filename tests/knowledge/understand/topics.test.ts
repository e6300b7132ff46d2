import { join } from 'node:path';
import { loadKnowledgeBase, TopicReader, type FacetSelection } from '../../../knowledge';

const shipped = new TopicReader(loadKnowledgeBase());
/** A base shaped like the agency's vendor FAQ: Pro Santé Connect, its Trust Space, e-CPS, MSSanté, INS, DRIMbox… */
const industriels = new TopicReader(loadKnowledgeBase(join(__dirname, 'fixtures', 'kb-industriels')));

type Row = [question: string, selection: FacetSelection, shown: string[]];

describe('topics named by a question, on the shipped base', () => {
  it.each<Row>([
    ['Comment accéder aux données du ROR ?', { offer: 'directories', product: 'ror' }, ['ROR']],
    ['How can I access ROR data?', { offer: 'directories', product: 'ror' }, ['ROR']],
    ['accès au répertoire opérationnel des ressources', { offer: 'directories', product: 'ror' }, ['ROR']],
    ['operational resources directory open data', { offer: 'directories', product: 'ror' }, ['ROR']],
    ['Comment utiliser PLATINES ?', { offer: 'test-tools', product: 'platines' }, ['PLATINES']],
    ['How do I use the PLATINES platform?', { offer: 'test-tools', product: 'platines' }, ['PLATINES']],
    ['Candidature au label MSP', { product: 'label-msc' }, ['Label MSP']],
    ['label MSP application form', { product: 'label-msc' }, ['Label MSP']],
    ['Comment obtenir un financement Ségur ?', { offer: 'segur' }, ['Ségur']],
    ['How do I get Ségur funding?', { offer: 'segur' }, ['Ségur']],
    // A scheme implies the programme it belongs to (the facets file's `when`).
    ['produit socle et produit option SONS', { offer: 'segur', device: 'sons' }, ['SONS']],
    ['base product and option product in SONS', { offer: 'segur', device: 'sons' }, ['SONS']],
    ['Le NOS, à quoi ça sert ?', { offer: 'referentials' }, ['NOS']],
    ['What is the MOS for?', { offer: 'referentials' }, ['MOS']],
  ])('%s', (question, selection, shown) => {
    expect(shipped.read(question)).toEqual({ selection, shown });
  });

  it.each([
    // Common words, themes and generic labels narrow nothing: only names do.
    'Comment obtenir un label pour mon logiciel ?',
    'How do I get a software label?',
    'Quel financement pour mon hôpital ?',
    'What funding is there for hospitals?',
    // An acronym that is also a word names the value only in capitals.
    'nos logiciels sont-ils concernés ?',
    // Two values of one facet: the question is about both, no narrowing.
    'tester mon interface ROR sur PLATINES',
    'testing my ROR interface on PLATINES',
    '',
  ])('%s names no topic', (question) => {
    expect(shipped.read(question)).toEqual({ selection: {}, shown: [] });
  });
});

describe('topics named by a question, on a base shaped like the vendor FAQ', () => {
  it.each<Row>([
    ['Comment raccorder mon logiciel à Pro Santé Connect ?', { product: 'pro-sante-connect' }, ['Pro Santé Connect']],
    ['How do I connect my software to Pro Santé Connect?', { product: 'pro-sante-connect' }, ['Pro Santé Connect']],
    // The lexicon's acronym of a product's name names it too.
    ['raccordement à PSC', { product: 'pro-sante-connect' }, ['Pro Santé Connect']],
    ['PSC sandbox', { product: 'pro-sante-connect' }, ['Pro Santé Connect']],
    // The longest name wins: the Trust Space, not Pro Santé Connect through its "PSC".
    ["Comment rejoindre l'Espace de Confiance PSC ?", { product: 'psc-trust-space' }, ['Espace de Confiance PSC']],
    ['How do I join the PSC Trust Space?', { product: 'psc-trust-space' }, ['PSC Trust Space']],
    ["Comment obtenir l'INS qualifiée ?", { product: 'ins' }, ['INS']],
    ['How do I get the national health identifier?', { product: 'ins' }, ['INS']],
    ['e-CPS de test', { product: 'e-cps' }, ['e-CPS']],
    ['test e-CPS for developers', { product: 'e-cps' }, ['e-CPS']],
    ['règles pour un client MSSanté', { product: 'mssante' }, ['MSSanté']],
    ['rules for an MSSanté mail client', { product: 'mssante' }, ['MSSanté']],
    ['financement de la DRIMbox', { offer: 'segur', device: 'drimbox' }, ['DRIMbox']],
    ['DRIMbox funding', { offer: 'segur', device: 'drimbox' }, ['DRIMbox']],
    ['référencement Ségur des LGC', { offer: 'segur', device: 'lgc' }, ['Ségur', 'LGC']],
    ['paiement sur Convergence', { product: 'convergence' }, ['Convergence']],
    ['label MSP', { product: 'label-e-sante' }, ['Label MSP']],
  ])('%s', (question, selection, shown) => {
    expect(industriels.read(question)).toEqual({ selection, shown });
  });

  it.each([
    'les insectes de mon jardin',
    'What is the ROR?', // not a value of this base
    'Comment fonctionne l’authentification ?',
    'How does authentication work?',
  ])('%s names no topic', (question) => {
    expect(industriels.read(question)).toEqual({ selection: {}, shown: [] });
  });
});
