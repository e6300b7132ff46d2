/** Dialog ids. Children of a ComponentDialog only need to be unique within it. */
export const MAIN_DIALOG = 'faq.main';
export const MAIN_WELCOME = 'faq.main.welcome';
export const MAIN_LOOP = 'faq.main.loop';
export const CASCADE_DIALOG = 'faq.cascade';
export const CASCADE_STEPS = 'faq.cascade.steps';
/** The cascade's own question (a facet, or its list of questions): there, `retour` undoes the last facet chosen. */
export const CASCADE_QUESTION = 'faq.cascade.question';
export const QUESTION_DIALOG = 'faq.question';
export const QUESTION_STEPS = 'faq.question.steps';
export const ANSWER_DIALOG = 'faq.answer';
export const ANSWER_STEPS = 'faq.answer.steps';
export const MENU_PROMPT = 'faq.menu';
