import type { Activity } from 'botbuilder';

/**
 * Runs one incoming activity through the bot in-process and resolves with the replies it produced (the
 * `expectReplies` delivery mode). This is the seam between the bot and the channels that do not go through the
 * Bot Framework connector: the local Direct Line of the web chat and the console.
 */
export type BotTurn = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;
