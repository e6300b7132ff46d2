import { ConfigError, oneOf, type Setting } from './settings';

/** The query parameters of the agency's contact form that pre-fill its subject and its message. */
export interface ContactFormFields {
  subject: string;
  body: string;
}

const FIELD_NAME = /^[A-Za-z0-9_.[\]-]+$/;

function formFields(env: string, doc: string): Setting<ContactFormFields | undefined> {
  const parse = (raw: string | undefined): ContactFormFields | undefined => {
    const value = raw?.trim();
    if (!value) return undefined;
    const pairs = new Map(
      value.split(',').map((pair): [string, string | undefined] => {
        const [key = '', name] = pair.split('=').map((part) => part.trim());
        return [key, name];
      }),
    );
    const subject = pairs.get('subject');
    const body = pairs.get('body');
    const known = [...pairs.keys()].every((key) => key === 'subject' || key === 'body');
    if (!known || !subject || !body || !FIELD_NAME.test(subject) || !FIELD_NAME.test(body)) {
      throw new ConfigError(env, `expected "subject=<parameter>,body=<parameter>", got "${value}"`);
    }
    return { subject, body };
  };
  return { env, doc, defaultText: '(unset)', parse };
}

/** How "write to the agency" reaches it; the README's configuration table lists them with the others. */
export const CONTACT_SETTINGS = {
  contactVia: oneOf(
    'CONTACT_VIA',
    '"Write to the agency" as a pre-filled e-mail (email: CONTACT_EMAIL), the contact form pre-filled through its query parameters (form: CONTACT_URL and CONTACT_FORM_FIELDS), or the contact page with the message to copy (page). auto: email if CONTACT_EMAIL is set, else form if CONTACT_FORM_FIELDS is, else page.',
    ['auto', 'email', 'form', 'page'] as const,
    'auto',
  ),
  contactFormFields: formFields(
    'CONTACT_FORM_FIELDS',
    'Query parameters of the contact form at CONTACT_URL that pre-fill its subject and message, as subject=<name>,body=<name> (e.g. subject=objet,body=message).',
  ),
} satisfies Record<string, Setting<unknown>>;

/** What the dialogs need to offer "write to the agency". */
export interface ContactSettings {
  /** The contact page (or form). */
  url?: string;
  email?: string;
  via: 'email' | 'form' | 'page';
  formFields?: ContactFormFields;
}

interface ContactConfig {
  contactUrl?: string;
  contactEmail?: string;
  contactVia: 'auto' | 'email' | 'form' | 'page';
  contactFormFields?: ContactFormFields;
}

/** The way to write to the agency, from the settings. @throws ConfigError when the chosen way lacks what it needs. */
export function contactSettings(config: ContactConfig): ContactSettings {
  const via = config.contactVia !== 'auto' ? config.contactVia : config.contactEmail ? 'email' : config.contactFormFields ? 'form' : 'page';
  if (via === 'email' && !config.contactEmail) throw new ConfigError('CONTACT_VIA', 'email needs CONTACT_EMAIL');
  if (via === 'form' && (!config.contactFormFields || !config.contactUrl)) {
    throw new ConfigError('CONTACT_VIA', 'form needs CONTACT_FORM_FIELDS and CONTACT_URL');
  }
  return { url: config.contactUrl, email: config.contactEmail, via, formFields: config.contactFormFields };
}
