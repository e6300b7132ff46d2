import { clauseBefore, fold } from './fold';
import { CIVILITY, FIELD, PATIENT, PLACE_AFTER, PLACE_BEFORE, RELATIVE, SELF_STRONG, SELF_WEAK, SIGN_OFF, TYPED_CIVILITY } from './name-cues';
import { isFirstName, isNotAName, looksLikeName, looksLikeTypedName, LOOSE_NAME, NAME, NAME_WORD } from './name-words';
import type { CustomRule, Hit, PatternRule, PiiKind } from './rule';

/**
 * People's names, found by what introduces them: a civility (M., Mme, Dr, Pr, Mr, Mrs, Ms, Prof., Monsieur…), "mon
 * patient / ma patiente", a relative ("ma fille Léa"), "je m'appelle / my name is", "je suis / I am / I'm / this
 * is" (then only a capitalised name that is not a job or a product: "je suis éditeur" stays), a form field ("Nom :",
 * "Name:"), a sign-off ("Cordialement, …"), or a listed first name followed by a surname ("Jean Dupont").
 */
const NOT_A_LETTER = "(?<![\\p{L}'’])";

function after(cue: string, name: string, flags = 'gu', tail = ''): RegExp {
  return new RegExp(`(?<before>${NOT_A_LETTER}(?:${cue})\\s+)(?<pii>${name})${tail}`, flags);
}

const nameAccepted = (hit: Hit) => looksLikeName(hit.pii);
const typedNameAccepted = (hit: Hit) => looksLikeTypedName(hit.pii);
const capitalisedNameAccepted = (hit: Hit) => nameAccepted(hit) && !/^\p{Lu}+$/u.test(hit.pii);
/** A sign-off's name ends its line. */
const END_OF_LINE = '(?=\\s*[.!]?\\s*$)';

export const CUED_NAME_RULES: PatternRule[] = [
  { kind: 'name', pattern: after(CIVILITY, NAME), accept: nameAccepted },
  { kind: 'name', pattern: after(SELF_STRONG, LOOSE_NAME), accept: typedNameAccepted },
  { kind: 'name', pattern: after(TYPED_CIVILITY, LOOSE_NAME), accept: typedNameAccepted },
  { kind: 'name', pattern: after(PATIENT, NAME), accept: nameAccepted },
  { kind: 'name', pattern: after(RELATIVE, NAME), accept: nameAccepted },
  { kind: 'name', pattern: after(FIELD, LOOSE_NAME), accept: typedNameAccepted },
  { kind: 'name', pattern: after(SIGN_OFF, NAME, 'gmu', END_OF_LINE), accept: nameAccepted },
  { kind: 'name', pattern: after(SELF_WEAK, NAME), accept: capitalisedNameAccepted },
];

const FIRST_WORD = new RegExp(`${NOT_A_LETTER}${NAME_WORD}`, 'gu');
const SURNAMES = new RegExp(`(?:\\s+(?:de|du|le|la|van|von|di|da)(?=\\s+\\p{Lu}))?\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?`, 'uy');

/** The end of the surnames that follow a first name at `start`, or undefined when there are none. */
function surnamesEnd(text: string, start: number, first: string): number | undefined {
  SURNAMES.lastIndex = start + first.length;
  const surnames = SURNAMES.exec(text);
  if (!surnames || isNotAName(surnames[0].trim().split(/\s+/)[0])) return undefined;
  const end = SURNAMES.lastIndex;
  const inAPlaceName = PLACE_BEFORE.test(fold(clauseBefore(text, start, 30))) || PLACE_AFTER.test(text.slice(end, end + 40));
  return inAPlaceName ? undefined : end;
}

/** "Jean Dupont", "Emma Harris": a listed first name, then one or two capitalised words that are not listed non-names. */
function firstAndLastNames(text: string, placeholder: string, found: PiiKind[]): string {
  let out = '';
  let copied = 0;
  for (const match of text.matchAll(FIRST_WORD)) {
    const start = match.index ?? 0;
    if (start < copied || !isFirstName(match[0])) continue;
    const end = surnamesEnd(text, start, match[0]);
    if (end === undefined) continue;
    out += text.slice(copied, start) + placeholder;
    copied = end;
    found.push('name');
  }
  return out + text.slice(copied);
}

export const FIRST_AND_LAST_NAME_RULE: CustomRule = { kind: 'name', redact: firstAndLastNames };
