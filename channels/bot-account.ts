import type { ChannelAccount } from 'botbuilder';

/** The bot's account on the channels the bot serves itself (local Direct Line, console, in-process turns). */
export const BOT_ACCOUNT: ChannelAccount = { id: 'faq-sante-bot', name: 'FAQ Santé' };
