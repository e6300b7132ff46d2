/**
 * What introduces a person's name, as regular-expression fragments (case matters where it is written: "Dr" but not
 * "dr" before a capitalised name, "Miss" but not "miss").
 */
const any = (alternatives: readonly string[]) => `(?:${alternatives.join('|')})`;

export const CIVILITY = any([
  ...['M\\.', 'MM\\.', 'Mmes?\\.?', 'Mlles?\\.?', 'Melle', 'Drs?\\.?', 'Pr\\.?', 'Prof\\.?', 'Mrs?\\.?', 'Ms\\.?', 'Mx\\.?'],
  ...['Miss', 'Sir', '[Mm]onsieur', '[Mm]adame', '[Mm]ademoiselle', '[Dd]octeur', '[Pp]rofesseur', '[Dd]octor'],
  ...['[Pp]rofessor', '[Mm]a[îi]tre'],
]);

/** Abbreviated civilities typed in lower case in a chat ("bonjour mme martin"): the name may be in lower case too. */
export const TYPED_CIVILITY = '(?:mme|mlle|mrs?|ms|dr)\\.?(?=\\s+\\p{Ll})';

const DETERMINER = any(['[Mm]on', '[Mm]a', '[Ll]e', '[Ll]a', '[Cc]e', '[Cc]ette', '[Nn]otre', '[Mm]y', '[Tt]he', '[Oo]ur', '[Tt]his', '[Aa]']);
export const PATIENT = `${DETERMINER}\\s+(?:patiente?|malade|résidente?)\\s*,?`;

const POSSESSIVE = any(['[Mm]on', '[Mm]a', '[Ss]on', '[Ss]a', '[Mm]y', '[Hh]is', '[Hh]er', '[Ll]e', '[Ll]a', '[Tt]he']);
const KIN = any([
  ...['fils', 'fille', 'femme', 'mari', 'époux', 'épouse', 'mère', 'père', 'frère', 'sœur', 'soeur', 'enfant', 'bébé'],
  ...['son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'child', 'baby'],
]);
/** "… de M. [NAME]": whose relative, without crossing a placeholder other than a whole [NAME]. */
const WHOSE = '(?:\\s+(?:de|of)\\s+(?:[^\\s\\[\\]]+\\s+)?(?:\\[NAME\\]|[^\\s,\\[\\]]+))?';
/** "ma fille Léa", "my son, Tom", "La fille de M. X, Margaux": a relative, then their name. */
export const RELATIVE = `${POSSESSIVE}\\s+${KIN}${WHOSE}\\s*,?|(?:[Dd]aughter|[Ss]on|[Ww]ife|[Hh]usband)\\s*,`;

export const SELF_STRONG = any([
  ...["[Jj]e m['’]appelle", '[Jj]e me nomme', '[Mm]on nom est', "[Mm]on nom c['’]est", "[Mm]oi c['’]est"],
  ...['[Jj]e me présente\\s*[:,]?', '[Mm]y name is', "[Mm]y name['’]s", "I['’]m called", '[Cc]all me'],
]);

/** Followed by a job as often as by a name ("je suis éditeur"): only a capitalised name counts. */
export const SELF_WEAK = any(['[Jj]e suis', 'I am', "I['’]m", '[Tt]his is', "[Cc]['’]est"]);

export const FIELD = `${any([
  ...['[Nn]om(?: de (?:famille|naissance|jeune fille|usage))?', 'NOM', '[Pp]rénom', 'PRÉNOM', '[Nn]ame'],
  ...['[Ff]irst name', '[Ll]ast name', '[Ss]urname', '[Ff]amily name', '[Pp]atiente?(?: name)?'],
])}\\s*:`;

export const SIGN_OFF = `${any([
  ...['[Cc]ordialement', '[Bb]ien cordialement', '[Bb]ien à vous', "[Mm]erci(?: d['’]avance| beaucoup)?"],
  ...['[Ss]alutations', '[Bb]est regards', '[Kk]ind regards', '[Rr]egards', '[Bb]est', '[Tt]hanks', '[Tt]hank you'],
  ...['[Ss]incerely', '[Cc]heers', '[Ss]igné', '[Ss]igned'],
])}\\s*[,:]?`;

/** Places named after people ("hôpital Georges Pompidou", "Simone Veil hospital"): a name there is not a person. */
export const PLACE_BEFORE = new RegExp(
  `${any([
    ...['hopital', 'chu', 'ch', 'clinique', 'centre', 'center', 'centre hospitalier', 'rue', 'avenue', 'boulevard'],
    ...['bd', 'place', 'lycee', 'college', 'ecole', 'universite', 'institut', 'fondation', 'stade', 'salle', 'quai'],
    ...['allee', 'square'],
  ])}\\s*$`,
);
export const PLACE_AFTER = new RegExp(
  `^\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?${any([
    ...['hospital', 'university', 'institute', 'foundation', 'centre', 'center', 'school', 'college', 'street'],
    ...['avenue', 'road', 'hall', 'stadium'],
  ])}\\b`,
  'iu',
);
