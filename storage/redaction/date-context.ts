import { clauseBefore, fold } from './fold';
import { wordsPattern } from './word-lists';

/**
 * Whether a date is personal. Dates of birth always are; so are the dates of care events (consultation, admission,
 * surgery, death, vaccination…) and any date in a sentence about a patient or a named person. Dates in a text of
 * law, a FAQ update, a reference document or a deadline are not. Otherwise a date before 2000 is personal (nothing
 * the FAQ covers is that old: it is a birth date or an old record), and a later one is not (a release, a meeting).
 */
const BIRTH = /(?:^|[^\p{L}])(?:née?s?|né\(e\)|née?\(s\)|ne\(e\)|naissance|ddn|naiss\.|born|birth|birthdate|birthday|dob|d\.o\.b\.?)(?:[^\p{L}]|$)/u;

const CARE = new RegExp(
  wordsPattern([
    ...['consult\\w*', 'hospitalis\\w*', 'hospitaliz\\w*', 'in hospital', 'at the hospital', "a l'hopital", 'au chu'],
    ...['admise?s?', 'admission', 'admitted', 'urgences', 'emergency', 'discharged?', 'sortie d.hospitalisation', 'sortie de l.hopital'],
    ...['operee?s?', 'opere', 'operated', 'surgery', 'chirurgie', 'intervention', 'greffe', 'transplant'],
    ...['decedee?s?', 'deces', 'morte?', 'died', 'death', 'deceased'],
    ...['vaccinee?s?', 'vaccination', 'vaccinated', 'accouche\\w*', 'gave birth', 'diagnostiquee?s?', 'diagnosed'],
    ...['irm', 'mri', 'scanner', 'scan', 'radiographie', 'x-ray', 'prise de sang', 'blood test', 'bilan sanguin'],
    ...['dialyse', 'dialysis', 'rendez-vous medical', 'rdv', 'appointment', 'seen in clinic'],
  ]),
);

const PATIENT = '(?:le|la|ma|mon|sa|son|cette|ce|du|une?|the|my|his|her|a|this|our|notre) (?:patiente?|malade)';
const RELATIVE =
  '(?:ma|mon|sa|son|my|his|her) (?:mere|pere|fils|fille|femme|mari|epoux|epouse|frere|soeur|enfant|bebe|' +
  'mother|father|son|daughter|wife|husband|brother|sister|child|baby)';
const PERSON = new RegExp(`${wordsPattern([PATIENT, RELATIVE, "l'enfant", 'the baby', 'le bebe', 'patiente?'])}|\\[name\\]`);

const INSTITUTIONAL = new RegExp(
  wordsPattern([
    ...['loi', 'decret', 'arrete', 'ordonnance', 'circulaire', 'instruction', 'directive', 'reglement', 'code', 'texte'],
    ...['act', 'decree', 'order', 'law', 'regulation', 'statute', 'convention', 'accord', 'agreement', 'charte'],
    ...['mise? a jour', 'maj', 'updated?', 'publiee?s?', 'published', 'version', 'release', 'released'],
    ...['referentiel', 'reference', 'specification', 'norme', 'standard', 'guide', 'guideline', 'cahier des charges'],
  ]),
);

export type DateContext = 'birth' | 'care' | 'person' | 'institutional' | 'none';

/** What the words before a date (in its sentence) and the sentence say about it. */
export function dateContext(text: string, start: number): DateContext {
  const before = clauseBefore(text, start, 60).toLowerCase();
  if (BIRTH.test(before.slice(-30))) return 'birth';
  const folded = fold(before);
  if (CARE.test(folded.slice(-45))) return 'care';
  if (PERSON.test(folded)) return 'person';
  return INSTITUTIONAL.test(folded) ? 'institutional' : 'none';
}

/** Nothing the FAQ covers happened before this year. */
export const PERSONAL_BEFORE_YEAR = 2000;
