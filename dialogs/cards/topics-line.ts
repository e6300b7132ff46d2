import type { TFunction } from 'i18next';
import type { Lang } from '../../knowledge/types';

const QUOTES: Record<Lang, [string, string]> = { fr: ['« ', ' »'], en: ['“', '”'] };

/** « ROR », « Ségur » et « LGC » / “ROR”, “Ségur” and “LGC”. */
export function quotedList(names: readonly string[], lang: Lang, t: TFunction): string {
  const [open, close] = QUOTES[lang];
  const quoted = names.map((name) => `${open}${name}${close}`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${t('topics.and')} ${quoted.at(-1)}`;
}

/** What the bot understood the question is about, said before its answer: « Sur le thème « ROR » : ». */
export function understoodLine(names: readonly string[], lang: Lang, t: TFunction): string {
  return t('topics.understood', { count: names.length, topics: quotedList(names, lang, t) });
}
