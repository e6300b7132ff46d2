import type { Activity } from 'botbuilder';
import type { Lang } from '../../knowledge/types';

/** The part of an activity list a client has not seen yet, as Direct Line 3.0 returns it. */
export interface ActivitySet {
  activities: Partial<Activity>[];
  /** Always a non-empty string: Web Chat stops polling on an empty one. */
  watermark: string;
}

interface Numbered {
  seq: number;
  activity: Partial<Activity>;
}

/**
 * One local Direct Line conversation: who it belongs to, the activities clients can still fetch (the last
 * `maxActivities` only, so memory stays bounded) and the chain that runs its bot turns one at a time.
 */
export class Conversation {
  private readonly log: Numbered[] = [];
  private lastSeq = 0;
  /** Turns queued or running; the previous turn's promise is the next one's start. */
  private tail: Promise<void> = Promise.resolve();
  pendingTurns = 0;
  lastActiveAt: number;

  constructor(
    readonly id: string,
    readonly userId: string,
    readonly lang: Lang,
    private readonly maxActivities: number,
    now: number,
  ) {
    this.lastActiveAt = now;
  }

  /** Stores an activity, gives it its Direct Line id (`<conversation>|<sequence>`) and returns it. */
  append(activity: Partial<Activity>, now: number): Partial<Activity> {
    this.lastSeq += 1;
    const stored: Partial<Activity> = {
      ...activity,
      id: `${this.id}|${String(this.lastSeq).padStart(7, '0')}`,
      timestamp: new Date(now),
      conversation: { id: this.id } as Activity['conversation'],
    };
    this.log.push({ seq: this.lastSeq, activity: stored });
    if (this.log.length > this.maxActivities) this.log.shift();
    return stored;
  }

  /** The activities after `watermark` (all of those still kept when it is undefined). */
  since(watermark: number | undefined): ActivitySet {
    const after = watermark ?? 0;
    return {
      activities: this.log.filter((item) => item.seq > after).map((item) => item.activity),
      watermark: String(this.lastSeq),
    };
  }

  /** Chains `turn` after the turns already queued; a failing turn does not stop the next ones. */
  enqueue(turn: () => Promise<void>): Promise<void> {
    this.pendingTurns += 1;
    const run = this.tail.then(turn).finally(() => {
      this.pendingTurns -= 1;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every queued turn has finished (tests, shutdown). */
  settled(): Promise<void> {
    return this.tail;
  }
}
