import type { Activity } from 'botbuilder';
import { SlidingWindowLimiter, type RateDecision } from '../directline/rate-limit';

const MINUTE_MS = 60_000;

/**
 * At most `perMinute` activities per conversation in any minute on `/api/messages` (local mode, where nothing else
 * stands between a script and the bot). A person types far less; a loop posting as fast as it can is slowed down to
 * this rate instead of holding the conversation's turn queue.
 */
export class ConversationRateLimit {
  private readonly limiter: SlidingWindowLimiter;

  constructor(perMinute: number, now: () => number = Date.now) {
    this.limiter = new SlidingWindowLimiter(perMinute, MINUTE_MS, now);
  }

  check(activity: Activity): RateDecision {
    return this.limiter.check(`${activity.channelId}\u0000${activity.conversation.id}`);
  }
}
