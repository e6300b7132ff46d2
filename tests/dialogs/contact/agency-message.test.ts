import { agencyLink, agencyMessage, writeToAgency, type AgencyDraft } from '../../../dialogs/contact';
import type { Contact } from '../../../dialogs/deps';
import { strings } from '../harness';

const draft: AgencyDraft = {
  question: 'Comment accéder aux données du ROR (open data) ?',
  topics: ['Annuaires (ROR)'],
  tried: ['Comment accéder aux données du ROR ?'],
};
const email: Contact = { url: 'https://esante.gouv.fr/contact', email: 'contact@example.org', via: 'email' };

describe('the message to the agency', () => {
  it('says the question, its topics and the answers tried, in the user’s language, for the user to complete', () => {
    const fr = agencyMessage(draft, strings('fr'));
    expect(fr.subject).toBe('Question sur la FAQ des industriels\u00a0: Annuaires (ROR)');
    expect(fr.body).toContain('Ma question\u00a0: Comment accéder aux données du ROR (open data) ?');
    expect(fr.body).toContain('Réponses déjà consultées\u00a0:\n- Comment accéder aux données du ROR ?');
    expect(fr.body).toContain(strings('fr')('agency.yourDetails'));
    const en = agencyMessage({ topics: [], tried: [] }, strings('en'));
    expect(en).toEqual({ subject: 'Question about the vendors’ FAQ', body: expect.stringContaining('I would like to ask the ANS a question.') });
  });

  it('opens as a mailto: link with subject and body, which survives inside a markdown link', () => {
    const link = agencyLink(email, agencyMessage(draft, strings('fr'))) ?? '';
    expect(link).toMatch(/^mailto:contact@example\.org\?subject=/);
    expect(link).not.toMatch(/[()\s]/);
    const url = new URL(link);
    expect(url.searchParams.get('body')).toContain('\r\nMa question\u00a0: Comment accéder aux données du ROR (open data) ?\r\n');
  });

  it('fills the contact form through its query parameters, or points to the page with the message to copy', () => {
    const form: Contact = { url: 'https://esante.gouv.fr/contact', via: 'form', formFields: { subject: 'objet', body: 'message' } };
    const url = new URL(agencyLink(form, agencyMessage(draft, strings('en'))) ?? '');
    expect(url.origin + url.pathname).toBe('https://esante.gouv.fr/contact');
    expect(url.searchParams.get('objet')).toContain('Annuaires (ROR)');
    expect(url.searchParams.get('message')).toContain('My question: Comment accéder aux données du ROR (open data) ?');
    const page = writeToAgency({ url: 'https://esante.gouv.fr/contact', via: 'page' }, draft, strings('fr')) ?? '';
    expect(page).toContain(`[${strings('fr')('agency.link.page')}](https://esante.gouv.fr/contact)`);
    expect(page).toContain(strings('fr')('agency.offer.page'));
    expect(page).toContain('> Ma question\u00a0: Comment accéder aux données du ROR (open data) ?');
  });

  it('shows the message in the chat, says the bot sends nothing, and is absent without a contact', () => {
    const shown = writeToAgency(email, draft, strings('en')) ?? '';
    expect(shown.split('\n\n')[0]).toBe(strings('en')('agency.offer.email'));
    expect(shown).toContain('> **Subject:** Question about the vendors’ FAQ: Annuaires (ROR)');
    expect(writeToAgency({ via: 'page' }, draft, strings('en'))).toBeUndefined();
  });
});
