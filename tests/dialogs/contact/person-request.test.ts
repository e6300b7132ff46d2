import { isPersonRequest } from '../../../dialogs/contact';

describe('a request for a person', () => {
  it.each([
    'je veux parler à un conseiller',
    'Je voudrais parler à quelqu’un',
    'parler à un humain',
    'un vrai conseiller svp',
    "Comment contacter l'ANS ?",
    'contacter l’ANS',
    'contact',
    'je souhaite échanger avec une personne',
    "Quelle est l'adresse e-mail de l'ANS ?",
    'Puis-je avoir le numéro de téléphone du support ?',
    'I want to talk to a human',
    'Can I speak with someone please?',
    'contact the ANS',
    'how can I contact you',
    'real person please',
    'I would like to speak to an agent',
    'get me in touch with the support team',
  ])('%s', (text) => {
    expect(isPersonRequest(text)).toBe(true);
  });

  it.each([
    // Questions that also name a subject stay questions: the FAQ answers them.
    'Qui contacter pour un accès professionnel aux données ROR ?',
    'Comment contacter le GRADeS de ma région ?',
    "À quelle adresse envoyer le dossier de labellisation ?",
    'Who should I contact for professional access to ROR data?',
    'Which address should the labelling application be sent to?',
    'merci',
    'bonjour',
    'je veux',
    'help',
    '',
  ])('%s is not one', (text) => {
    expect(isPersonRequest(text)).toBe(false);
  });
});
