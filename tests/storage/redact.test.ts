import { redactPii, redactPiiDetailed, type PiiKind } from '../../storage/redact';

/** [input, expected output]: personal data that must disappear. */
const REDACTED: Array<[string, string]> = [
  // Emails
  ['écrivez-moi à jean.dupont@ans.sante.fr.', 'écrivez-moi à [EMAIL].'],
  ['contact: Marie-Ève+ror@éditeur-santé.com', 'contact: [EMAIL]'],
  ['A.B_C%d@sub.domain.co.uk ou x@y.io', '[EMAIL] ou [EMAIL]'],
  // French phone numbers
  ['mon numéro : 06 12 34 56 78', 'mon numéro : [PHONE]'],
  ['06.12.34.56.78', '[PHONE]'],
  ['06-12-34-56-78', '[PHONE]'],
  ['0612345678', '[PHONE]'],
  ['fixe 01 23 45 67 89, portable 07 98 76 54 32', 'fixe [PHONE], portable [PHONE]'],
  ['+33 6 12 34 56 78', '[PHONE]'],
  ['+33612345678', '[PHONE]'],
  ['+33 (0)6 12 34 56 78', '[PHONE]'],
  ['0033 6 12 34 56 78', '[PHONE]'],
  ['0033612345678', '[PHONE]'],
  ['tél\u00a0: 06\u00a012\u00a034\u00a056\u00a078', 'tél\u00a0: [PHONE]'],
  // International phone numbers
  ['+44 20 7946 0958', '[PHONE]'],
  ['+1 (555) 123-4567', '[PHONE]'],
  ['+49 30 1234567', '[PHONE]'],
  ['0049 30 1234567', '[PHONE]'],
  ['+32 2 123 45 67', '[PHONE]'],
  // NIR (French social-security number)
  ['NIR 1 85 05 78 006 084 36', 'NIR [NIR]'],
  ['185057800608436', '[NIR]'],
  ['1850578006084', '[NIR]'],
  ['2 69 05 2A 123 456 78', '[NIR]'],
  ['269052B12345678', '[NIR]'],
  ['2.69.05.2b.123.456', '[NIR]'],
  ['numéro provisoire 7 85 05 78 006 084', 'numéro provisoire [NIR]'],
  ['INS : 2 94 03 75 120 005 22.', 'INS : [NIR].'],
  // IBANs
  ['IBAN FR76 3000 6000 0112 3456 7890 189 merci', 'IBAN [IBAN] merci'],
  ['FR7630006000011234567890189', '[IBAN]'],
  ['fr76 3000 6000 0112 3456 7890 189', '[IBAN]'],
  ['FR14 2004 1010 0505 0001 3M02 606', '[IBAN]'],
  ['GB29 NWBK 6016 1331 9268 19', '[IBAN]'],
  ['DE89 3704 0044 0532 0130 00', '[IBAN]'],
  ['BE68539007547034', '[IBAN]'],
  ['NO93 8601 1117 947', '[IBAN]'],
  // Health professionals' and facilities' numbers
  ['FINESS 750712184', 'FINESS [FINESS]'],
  ['RPPS 10101234567', 'RPPS [RPPS]'],
  ['FINESS géographique 2A0001234', 'FINESS géographique [FINESS]'],
  ['mon numéro ADELI est le 751 234 567', 'mon numéro ADELI est le [ADELI]'],
  // Names
  ['Ma patiente Mme Martin ne voit pas son DMP', 'Ma patiente Mme [NAME] ne voit pas son DMP'],
  ['Bonjour, je suis Jean Dupont, éditeur', 'Bonjour, je suis [NAME], éditeur'],
  ["je m'appelle marc blanc et j'ai une question", "je m'appelle [NAME] et j'ai une question"],
  ['My name is John Smith and I work for a vendor', 'My name is [NAME] and I work for a vendor'],
  ['Cordialement, Pierre Leroy', 'Cordialement, [NAME]'],
  ['Dr Benson’s practice', 'Dr [NAME]’s practice'],
  // Dates of birth, care events, old dates
  ['né le 12/03/1985', 'né le [DATE]'],
  ['née le 1er mars 1985 à Lyon', 'née le [DATE] à Lyon'],
  ['7 novembre 1867', '[DATE]'],
  ['born on March 12, 1985', 'born on [DATE]'],
  ['DOB 12th March 1985', 'DOB [DATE]'],
  ['hospitalisé le 03/02/2024', 'hospitalisé le [DATE]'],
  ['elle est née en 1972', 'elle est née en [DATE]'],
  // Addresses
  ["J'habite au 12 rue de la Paix, 75002 Paris", "J'habite au [ADDRESS], [ADDRESS]"],
  ['I live at 221B Baker Street, London NW1 6XE', 'I live at [ADDRESS], [ADDRESS]'],
  // Health details
  ["Ma patiente est atteinte d'un diabète de type 2", "Ma patiente est atteinte d'un [HEALTH]"],
  ['My father has Alzheimer’s disease', 'My father has [HEALTH]'],
  ["il est atteint d'une maladie orpheline, dit-il", "il est atteint d'[HEALTH], dit-il"],
  // Mixed
  ['Je suis le Dr X (06 12 34 56 78, x@y.fr), NIR 185057800608436', 'Je suis le Dr [NAME] ([PHONE], [EMAIL]), NIR [NIR]'],
];

/** Text that must stay as it is: versions, dates, years, counts, identifiers that are not personal. */
const KEPT: string[] = [
  'Le ROR 2.4 est sorti.',
  'version 1.10.2 du CI-SIS',
  'le 15/01/2023 à 14h30',
  '2023-01-15T10:20:30Z',
  'le 01.02.2023',
  'en 2024 puis 2025',
  '94 scénarios de test',
  '10 000 établissements et 1 234 567 patients',
  // The FAQ's own words: acronyms, products, programmes, numbers as words
  'Comment obtenir un numéro RPPS ou ADELI ?',
  'Le FINESS de notre client est-il obligatoire ?',
  'Je suis éditeur de logiciels et je suis intéressé par le Ségur.',
  'I am a software vendor and I am interested in Pro Santé Connect.',
  'Mailiz, MSSanté et le DMP, vague 2 du Ségur',
  // Dates that are nobody's: FAQ updates, deadlines, texts of law, recent events without a person
  'mis à jour le 15 janvier 2023',
  'La loi Informatique et Libertés du 6 janvier 1978 s’applique-t-elle ?',
  'Faut-il déposer le dossier avant le 31 décembre 2025 ?',
  'The FAQ was updated on January 15, 2023.',
  // Conditions as subjects of the FAQ, not as someone's health
  'Notre solution de télésurveillance de l’insuffisance cardiaque est-elle éligible ?',
  'Can diabetic patients share their data through the app?',
  // Places named after people
  "L'hôpital Georges Pompidou est-il raccordé au ROR ?",
  'SIRET 123 456 789 00012',
  'SIRET 12345678900012',
  'port 5432',
  'HL7 FHIR R4',
  'décret n° 2022-1234 du 20 octobre 2022',
  'article L.1111-8 du code de la santé publique',
  '06 12 34 56',
  'prix : 1 234,56 €',
  'FR12 abcd efgh ijkl',
  'Ségur vague 2, couloir DPI',
  'MSSanté, Pro Santé Connect, e-CPS',
  'arobase @ seule et mail@ incomplet',
  '',
];

describe('redactPii', () => {
  it.each(REDACTED)('redacts %j', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each(KEPT)('keeps %j', (input) => {
    expect(redactPii(input)).toBe(input);
  });

  it('says what it found', () => {
    const result = redactPiiDetailed('IBAN FR7630006000011234567890189, tél 06 12 34 56 78, a@b.fr, 185057800608436');
    expect(result.found.sort()).toEqual((['email', 'iban', 'nir', 'phone'] satisfies PiiKind[]).sort());
    expect(redactPiiDetailed('rien à signaler').found).toEqual([]);
  });

  it('is idempotent', () => {
    for (const [input] of REDACTED) {
      const once = redactPii(input);
      expect(redactPii(once)).toBe(once);
    }
  });
});
