import type { PatternRule } from './rule';

/**
 * Postal addresses: a number and a street (French or English), a French postcode and its town, a British postcode,
 * an American state and ZIP code. A street name without a number, or a town alone, is not an address.
 */
const UPPER_WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
/** A street name typed in lower case ("rue de la paix"); never a function word ("le 12 rue ne veut rien dire"). */
const LOWER_WORD =
  "(?!(?:ne|n['’]|est|et|a|à|qui|que|se|sont|va|pour|par|sur|dans|avec|mais|ou|où|donc|car|sans|the|and|is)(?![\\p{L}]))" +
  "\\p{Ll}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
/** "de la", "du", "l'"…: the little words inside French street names. */
const PARTICLES = "(?:\\s+(?:de|du|des|la|le|les|aux|au|sur|en|sous)(?=\\s)|\\s+[ldLD]['’](?=\\p{L}))*";
/** Before a word: a space, or nothing after an elided particle (l'Église). */
const GAP = "(?:\\s+|(?<=['’]))";
const MORE_WORDS = `(?:${PARTICLES}${GAP}${UPPER_WORD})*`;

/** Street types that name a street even before a name in lower case ("12 rue de la paix"). */
const FR_STREET = '(?:rue|avenue|av\\.|bd|boulevard|bld|allée|allee|impasse|quai|chemin|faubourg|lotissement|square)';
/** Words that name streets only when a capitalised name follows ("22 cours Lafayette", not "3 cours de formation"). */
const FR_STREET_NAMED =
  '(?:cours|place|route|passage|voie|mail|cité|résidence|promenade|esplanade|parvis|hameau|villa|sentier|rond-point)';
const FR_NUMBER = '\\d{1,4}(?:\\s?(?:bis|ter|quater|[a-dA-D])(?![\\p{L}]))?,?';

const FR_STREET_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])${FR_NUMBER}\\s+(?:` +
    `${FR_STREET}${PARTICLES}${GAP}(?:${UPPER_WORD}|${LOWER_WORD})${MORE_WORDS}` +
    `|${FR_STREET_NAMED}${PARTICLES}${GAP}${UPPER_WORD}${MORE_WORDS}` +
    `)(?![\\p{L}])`,
  'gu',
);

/** 75009 Paris, 20000 Ajaccio, 97400 Saint-Denis, 92130 Issy-les-Moulineaux, 69003 Lyon CEDEX 03. */
const FR_POSTCODE_TOWN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:0[1-9]|[1-8]\\d|9[0-8]|2[AB])\\s?\\d{3}\\s+${UPPER_WORD}` +
    `(?:\\s+(?:sur|sous|en|lès|les)\\s+${UPPER_WORD})*(?:\\s+CEDEX(?:\\s+\\d{1,2})?)?`,
  'gu',
);

const EN_STREET_TYPE =
  '(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Ln\\.|Drive|Boulevard|Blvd\\.|Close|Court|Place|Way|Terrace|' +
  'Crescent|Square|Gardens|Row|Mews|Loop|Highway|Parkway|Circle|Walk|Grove|Hill)';
const EN_STREET_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Z]?\\s+(?:(?:${UPPER_WORD}|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}${EN_STREET_TYPE}` +
    '(?:\\s+(?:North|South|East|West))?(?![\\p{L}])',
  'gu',
);

/** A town's name before a postcode, bounded (an unbounded word here would make long capitalised runs slow). */
const TOWN = "\\p{Lu}[\\p{L}'’-]{1,30}";

/** SW1A 2AA, M1 1AE, with the town before it if there is one. */
const UK_POSTCODE = new RegExp(
  `(?:${TOWN}\\s+)?(?<![\\p{L}\\p{N}])[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Springfield, IL 62704 / New York, NY 10001-1234. */
const US_STATE_ZIP = new RegExp(
  `(?:${TOWN}(?:\\s${TOWN})?,\\s+)?(?<![\\p{L}\\p{N}])[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{N}])`,
  'gu',
);

export const ADDRESS_RULES: PatternRule[] = [
  { kind: 'address', pattern: FR_STREET_ADDRESS },
  { kind: 'address', pattern: EN_STREET_ADDRESS },
  { kind: 'address', pattern: FR_POSTCODE_TOWN },
  { kind: 'address', pattern: UK_POSTCODE },
  { kind: 'address', pattern: US_STATE_ZIP },
];
