import { clauseBefore, fold } from './fold';
import type { CustomRule, PiiKind } from './rule';
import { escapeRegExp, readWordList } from './word-lists';

/**
 * Health details: the conditions and treatments of `data/health-terms.{fr,en}.txt`, when the sentence links them to
 * a person (a patient, a relative, he or she, a [NAME]…, or words right before it such as "atteint de", "j'ai",
 * "mon", "suffers from"); and whatever follows "atteint(e) de", "souffre de", "diagnosed with"… even when it is not
 * listed. A condition named without a person ("la télésurveillance de l'insuffisance cardiaque", "patients
 * diabétiques") is a subject of the FAQ, not someone's health, and stays.
 */
const TERMS = [...readWordList('health-terms.fr.txt'), ...readWordList('health-terms.en.txt')]
  .map(fold)
  .sort((a, b) => b.length - a.length);
const TERM = new RegExp(`(?<![a-z0-9-])(?:${TERMS.map(escapeRegExp).join('|')})(?![a-z0-9-])`, 'g');

/**
 * Said of one person: a patient named as someone (le, ma, this…: not "un patient", which is anybody), a relative, he
 * or she (not "peut-il", an inversion), a redacted name.
 */
const PATIENT = '(?:le|la|ma|mon|sa|son|cette|ce|notre|the|my|his|her|this|our) (?:patiente?|malade)';
const RELATIVE =
  '(?:ma|mon|sa|son|my|his|her) (?:mere|pere|fils|fille|femme|mari|epoux|epouse|frere|soeur|enfant|bebe|' +
  'mother|father|son|daughter|wife|husband|brother|sister|child|baby|partner)';
const PERSON = new RegExp(`(?:^|[^a-z-])(?:${PATIENT}|${RELATIVE}|il|elle|he|she)(?:[^a-z]|$)|\\[name\\]`);

/** Right before the term, what attaches it to someone ("atteint d'un", "j'ai le", "je suis", "mon", "suffers from"). */
const LINKS = [
  ...["atteinte? (?:de|d'|du)", "souffr(?:e|ant) (?:de|d'|du)", "diagnostiquee? (?:avec|d'|de)", 'suivie? pour'],
  ...['traitee? (?:pour|par)', 'soignee? pour', 'hospitalisee? pour', "operee? (?:de|d'|du)", 'sous', 'prend'],
  ...["j'ai", "j'ai eu", 'je suis', "a (?:un|une|le|la|l'|les|des|du|fait un|fait une)", 'mon', 'ma', 'son', 'sa'],
  ...['my', 'his', 'her', 'i have', 'i have had', "i've had", "i've", 'i had', 'i am', "i'm"],
  ...['suffers from', 'suffering from', 'diagnosed with', 'treated for', 'admitted for', 'lives with', 'living with'],
  ...['taking', 'undergoing'],
];
const LINK = new RegExp(`(?:^|[^a-z])(?:${LINKS.join('|')})(?: (?:un|une|le|la|les|l'|des|du|de|d'|a|an|the))?\\s*$`);

/** After these, the next words are a condition even if the list does not know it ("atteint d'une maladie rare"). */
const CUES = [
  ...['atteinte?', 'souffr(?:e|ant)', 'diagnostiqu[ée]e?', 'opér[ée]e?', 'hospitalis[ée]e?\\s+pour', 'trait[ée]e?\\s+pour'],
  ...['suffers', 'suffering', 'diagnosed', 'surgery', 'operated', 'admitted', 'treated'],
];
const CONNECTOR = "(?:de\\s+|d['’]|du\\s+|des\\s+|from\\s+|with\\s+|for\\s+)";
const ARTICLE = '(?:un|une|la|le|les|a|an)';
const NOT_A_WORD_OF_IT = '(?:et|and|qui|who|mais|but|depuis|since|pour|for|a|an|the|le|la|les|un|une)(?![\\p{L}])';
const PHRASE =
  `(?<phrase>(?:${ARTICLE}\\s+|l['’])?(?!${ARTICLE}(?![\\p{L}]))[\\p{L}'’-]+` +
  `(?:\\s+(?:de\\s+|du\\s+|des\\s+|d['’]|en\\s+|of\\s+)?(?!${NOT_A_WORD_OF_IT})[\\p{L}'’-]+){0,3})`;
const STRONG_CUE = new RegExp(`(?:^|[^\\p{L}])(?:${CUES.join('|')})\\s+${CONNECTOR}${PHRASE}`, 'giu');

function linkedToPerson(folded: string, start: number): boolean {
  const clause = clauseBefore(folded, start, 80);
  return PERSON.test(clause) || LINK.test(clause);
}

function listedTerms(text: string, placeholder: string, found: PiiKind[]): string {
  const folded = fold(text);
  let out = '';
  let copied = 0;
  for (const match of folded.matchAll(TERM)) {
    const start = match.index ?? 0;
    if (!linkedToPerson(folded, start)) continue;
    out += text.slice(copied, start) + placeholder;
    copied = start + match[0].length;
    found.push('health');
  }
  return out + text.slice(copied);
}

function cuedPhrases(text: string, placeholder: string, found: PiiKind[]): string {
  return text.replace(STRONG_CUE, (match: string, ...args: unknown[]) => {
    const groups = args[args.length - 1] as { phrase: string };
    found.push('health');
    return match.slice(0, match.length - groups.phrase.length) + placeholder;
  });
}

/** Listed terms first; then what a strong cue introduces and the list did not know. */
export const HEALTH_RULES: CustomRule[] = [
  { kind: 'health', redact: listedTerms },
  { kind: 'health', redact: cuedPhrases },
];
