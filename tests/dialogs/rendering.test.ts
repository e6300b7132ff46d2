import { capabilitiesFor } from '../../dialogs/cards/capabilities';
import { formatDate, sourceLabel } from '../../dialogs/cards/answer-message';
import { menuMessage } from '../../dialogs/cards/menu-message';
import { typeset } from '../../dialogs/cards/typography';
import { feedbackOptions, plainOption } from '../../dialogs/cards/options';
import { recognizeCommand } from '../../dialogs/commands';
import { prepareQuestion } from '../../dialogs/input';
import type { MenuOption } from '../../dialogs/menu/menu-option';
import { strings } from './harness';

const OFFERS: MenuOption[] = [
  { id: 'segur', title: 'Financement Ségur numérique (2)', value: 'Financement Ségur numérique' },
  {
    id: 'ref',
    title: "Référentiels d'interopérabilité (MOS, NOS) (3)",
    value: "Référentiels d'interopérabilité (MOS, NOS)",
  },
  { id: 'labels', title: 'Labels (2)', value: 'Labels', synonyms: ['Software labels'] },
  { id: 'ror', title: 'Annuaires (ROR) (2)', value: 'Annuaires (ROR)' },
  { id: 'any', title: 'Peu importe (9)', value: 'Peu importe', synonyms: ['passer'] },
];

describe('menuMessage and rendering capabilities', () => {
  const yesNo = feedbackOptions('conv/42', strings('fr'));

  it('gives web chat, Direct Line, console and tests every option as suggested actions', () => {
    for (const channel of ['webchat', 'directline', 'console', 'test', 'emulator']) {
      const message = menuMessage('Votre offre ?', OFFERS, capabilitiesFor(channel));
      expect(message.suggestedActions?.actions.map((action) => action.title)).toEqual(
        OFFERS.map((option) => typeset(option.title)),
      );
      expect(message.suggestedActions?.actions[0]).toEqual(
        expect.objectContaining({ type: 'imBack', value: OFFERS[0]?.value }),
      );
      expect(message.attachments).toBeUndefined();
    }
  });

  it('carries the feedback payload in a messageBack where suggested actions allow it', () => {
    const [yes] = menuMessage('Utile ?', yesNo, capabilitiesFor('webchat')).suggestedActions?.actions ?? [];
    expect(yes).toEqual({
      type: 'messageBack',
      title: 'Oui',
      text: 'Oui',
      displayText: 'Oui',
      value: { feedback: 'yes', answerKey: 'conv/42' },
    });
  });

  it('gives Teams up to three imBack suggested actions', () => {
    const three = OFFERS.filter((option) => option.id !== 'ref').slice(0, 3);
    const message = menuMessage('Votre offre ?', three, capabilitiesFor('msteams'));
    expect(message.suggestedActions?.actions.map((action) => action.type)).toEqual(['imBack', 'imBack', 'imBack']);
  });

  it('gives Teams a card of wrapped rows, not suggested actions it would truncate, for long titles', () => {
    const message = menuMessage('Votre offre ?', OFFERS.slice(0, 2), capabilitiesFor('msteams'));
    expect(message.suggestedActions).toBeUndefined();
    const content = message.attachments?.[0]?.content as { body: { selectAction: { data: unknown } }[] };
    expect(content.body.map((row) => row.selectAction.data)).toEqual(
      OFFERS.slice(0, 2).map((option) => ({ msteams: { type: 'imBack', value: option.value } })),
    );
  });

  it('gives Teams an Adaptive Card 1.5 beyond three options, whose buttons send the same text', () => {
    const short = OFFERS.filter((option) => option.id !== 'ref');
    const message = menuMessage('Votre offre ?', short, capabilitiesFor('msteams'));
    expect(message.text).toBe('Votre offre\u00a0?');
    expect(message.suggestedActions).toBeUndefined();
    const card = message.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const content = card?.content as { version: string; actions: { type: string; title: string; data: unknown }[] };
    expect(content.version).toBe('1.5');
    expect(content.actions).toHaveLength(short.length);
    expect(content.actions[1]).toEqual({
      type: 'Action.Submit',
      title: 'Labels (2)',
      data: { msteams: { type: 'imBack', value: 'Labels' } },
    });
  });

  it('gives Teams a card for feedback buttons, so that they keep their payload', () => {
    const content = menuMessage('Utile ?', yesNo, capabilitiesFor('msteams')).attachments?.[0]?.content as {
      actions: { data: { msteams: Record<string, unknown> } }[];
    };
    expect(content.actions[0]?.data.msteams).toEqual({
      type: 'messageBack',
      text: 'Oui',
      displayText: 'Oui',
      value: { feedback: 'yes', answerKey: 'conv/42' },
    });
  });

  it('turns long titles into wrapped clickable rows', () => {
    const long = [plainOption('a', 'Comment constituer et envoyer ma candidature au label ?'), ...OFFERS.slice(0, 3)];
    const content = menuMessage('Questions', long, capabilitiesFor('msteams')).attachments?.[0]?.content as {
      body: { type: string; selectAction: { data: unknown }; items: { text: string; wrap: boolean }[] }[];
    };
    expect(content.body[0]?.type).toBe('Container');
    expect(content.body[0]?.items[0]).toEqual(
      expect.objectContaining({ text: 'Comment constituer et envoyer ma candidature au label\u00a0?', wrap: true }),
    );
    expect(content.body[0]?.selectAction.data).toEqual({ msteams: { type: 'imBack', value: long[0]?.value } });
  });
});

describe('small text helpers', () => {
  it('formats review dates per language', () => {
    expect(formatDate('2023-01-15', 'fr')).toBe('15 janvier 2023');
    expect(formatDate('2024-03-01', 'fr')).toBe('1er mars 2024');
    expect(formatDate('2023-01-15', 'en')).toBe('15 January 2023');
    expect(sourceLabel('https://industriels.esante.gouv.fr/faq/')).toBe('industriels.esante.gouv.fr/faq');
  });

  it('recognises global commands in both languages, and only as the whole message', () => {
    expect(recognizeCommand('Aide')).toEqual({ kind: 'help' });
    expect(recognizeCommand('help')).toEqual({ kind: 'help' });
    expect(recognizeCommand('?')).toEqual({ kind: 'help' });
    expect(recognizeCommand('recommencer')).toEqual({ kind: 'restart' });
    expect(recognizeCommand('Retour')).toEqual({ kind: 'back' });
    expect(recognizeCommand('English')).toEqual({ kind: 'language', lang: 'en' });
    expect(recognizeCommand('francais')).toEqual({ kind: 'language', lang: 'fr' });
    expect(recognizeCommand("Aide à l'investissement Ségur")).toBeUndefined();
    expect(recognizeCommand('!!!')).toBeUndefined();
  });

  it('recognises a one-word command with one typo, not a short or different word', () => {
    expect(recognizeCommand('recomencer')).toEqual({ kind: 'restart' });
    expect(recognizeCommand('Retrour')).toEqual({ kind: 'back' });
    expect(recognizeCommand('anglias')).toEqual({ kind: 'language', lang: 'en' });
    expect(recognizeCommand('Francias')).toEqual({ kind: 'language', lang: 'fr' });
    expect(recognizeCommand('aid')).toBeUndefined();
    expect(recognizeCommand('labels')).toBeUndefined();
    expect(recognizeCommand('recommencer le label')).toBeUndefined();
  });

  it.each([
    ["Votre question concerne quel type d'offre ?", 'Votre question concerne quel type d’offre\u00a0?'],
    ['Source : [ANS](https://esante.gouv.fr/a?b=1).', 'Source\u00a0: [ANS](https://esante.gouv.fr/a?b=1).'],
    ['tapez « aide » ; merci !', 'tapez «\u00a0aide\u00a0»\u00a0; merci\u00a0!'],
    ['Bonjour\u00a0! Déjà\u202fprêt\u00a0?', 'Bonjour\u00a0! Déjà\u202fprêt\u00a0?'],
    ["Why use the MOS? It's simple: yes.", 'Why use the MOS? It’s simple: yes.'],
  ])('typesets %j: no line can start with "?", and apostrophes are typographic', (typed, shown) => {
    expect(typeset(typed)).toBe(shown);
  });

  it('shows menus typeset, while their buttons still send the text the dialog understands', () => {
    const message = menuMessage("Votre question concerne quel type d'offre ?", OFFERS, capabilitiesFor('webchat'));
    expect(message.text).toBe('Votre question concerne quel type d’offre\u00a0?');
    const ref = message.suggestedActions?.actions[1];
    expect(ref).toEqual(
      expect.objectContaining({ title: 'Référentiels d’interopérabilité (MOS, NOS) (3)', value: OFFERS[1]?.value }),
    );
    const card = menuMessage('Q ?', OFFERS, capabilitiesFor('msteams')).attachments?.[0]?.content as {
      body: { items: { text: string }[] }[];
    };
    expect(card.body[1]?.items[0]?.text).toBe('Référentiels d’interopérabilité (MOS, NOS) (3)');
  });

  it('cuts long questions and redacts personal data before keeping them', () => {
    const prepared = prepareQuestion(`Mon email est jean.dupont@example.org ${'blabla '.repeat(200)}`);
    expect(prepared.truncated).toBe(true);
    expect(prepared.text.length).toBeLessThanOrEqual(500);
    expect(prepared.text).not.toContain('jean.dupont');
  });
});
