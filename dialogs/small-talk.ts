import type { TFunction } from 'i18next';
import { LANGS } from '../config/languages';
import { comparable } from '../knowledge/text';
import { translator } from '../locales';

/** Things people say to a bot that are not questions about the agency's offers. */
export const SMALL_TALK = ['thanks', 'goodbye', 'identity'] as const;
export type SmallTalk = (typeof SMALL_TALK)[number];

/** Small talk is short: a longer message is a question even if it starts with "merci". */
const MAX_SMALL_TALK_LENGTH = 60;

let phrases: Map<string, SmallTalk> | undefined;

/** Every phrase of `smallTalk.<kind>` in both languages, compared as typed replies are. */
function phrasebook(): Map<string, SmallTalk> {
  if (!phrases) {
    phrases = new Map();
    for (const lang of LANGS) {
      const t = translator(lang, 'conversation');
      for (const kind of SMALL_TALK) {
        const list = t(`smallTalk.${kind}`, { returnObjects: true }) as unknown;
        for (const phrase of Array.isArray(list) ? list : []) phrases.set(comparable(String(phrase)), kind);
      }
    }
  }
  return phrases;
}

/**
 * "merci", "non merci", "tu es un robot ?"… in either language. Searching them would only find a poor match (or
 * nothing, recorded as an unanswered question for the editors).
 */
export function recognizeSmallTalk(text: string): SmallTalk | undefined {
  if (text.length > MAX_SMALL_TALK_LENGTH) return undefined;
  const typed = comparable(text);
  return typed ? phrasebook().get(typed) : undefined;
}

/** The short reply to small talk, in the turn's language; undefined when the text is not small talk. */
export function smallTalkReply(text: string, t: TFunction): string | undefined {
  const kind = recognizeSmallTalk(text);
  return kind === undefined ? undefined : t(`smallTalk.${kind}Reply`);
}
