import type { Lang } from '../types';

/**
 * Chat and note-taking shorthands people type into a chat box, with the words they stand for. General to each
 * language, not to any subject: a subject's abbreviations ("DMP", "PSC") belong to the lexicon.
 */
const SHORTHANDS: Record<Lang, Readonly<Record<string, string>>> = {
  fr: {
    koi: 'quoi', kwa: 'quoi', pk: 'pourquoi', pq: 'pourquoi', pkoi: 'pourquoi', cb: 'combien', cbn: 'combien',
    qd: 'quand', qnd: 'quand', ki: 'qui', pr: 'pour', avt: 'avant', apr: 'après', bcp: 'beaucoup', tps: 'temps',
    pb: 'problème', pbm: 'problème', pbs: 'problèmes', maj: 'mise à jour', rdv: 'rendez-vous', ds: 'dans', tt: 'tout',
    ts: 'tous', dc: 'donc', mm: 'même', jms: 'jamais', tjs: 'toujours', tjrs: 'toujours', svp: "s'il vous plaît",
    stp: "s'il te plaît", nb: 'nombre', qqch: 'quelque chose', qqn: "quelqu'un", ac: 'avec', vs: 'contre',
  },
  en: {
    u: 'you', ur: 'your', pls: 'please', plz: 'please', thx: 'thanks', abt: 'about', b4: 'before', asap: 'as soon as possible',
    msg: 'message', pwd: 'password', govt: 'government', w: 'with', wo: 'without', req: 'requirement', reqs: 'requirements',
  },
};

/** The words a shorthand stands for (lower case), or undefined when the token is none. */
export function expandShorthand(token: string, lang: Lang): string[] | undefined {
  const words = SHORTHANDS[lang][token];
  return words === undefined ? undefined : words.split(' ');
}
