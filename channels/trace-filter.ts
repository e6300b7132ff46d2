import { ActivityTypes, Channels, type Middleware, type TurnContext } from 'botbuilder';

/**
 * Drops trace activities outside the Bot Framework Emulator. `runDialog` sends a "Bot State" trace holding a
 * snapshot of the conversation's memory at every turn; channels drop it, but with `expectReplies` (and through the
 * local Direct Line) it would travel back to the client, the user's texts and all.
 */
export class TraceFilter implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.channelId !== Channels.Emulator) {
      context.onSendActivities(async (_context, activities, send) => {
        const kept = activities.filter((activity) => activity.type !== ActivityTypes.Trace);
        if (kept.length === activities.length) return send();
        if (kept.length === 0) return [];
        activities.splice(0, activities.length, ...kept); // the send below reads this very array
        return send();
      });
    }
    await next();
  }
}
