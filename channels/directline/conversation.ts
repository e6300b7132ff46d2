import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Lang } from '../../knowledge/types';

/** The part of an activity list a client has not seen yet, as Direct Line 3.0 returns it. */
export interface ActivitySet {
  activities: Partial<Activity>[];
  /** Always a non-empty string: Web Chat stops polling on an empty one. */
  watermark: string;
}

interface Numbered {
  /** 1 for the first activity this process stored in the conversation. */
  position: number;
  activity: Partial<Activity>;
}

/**
 * One local Direct Line conversation: who it belongs to and its transcript, the activities clients can still fetch
 * (the last `maxActivities` only, so memory stays bounded). Its bot turns are queued in the bot's `TurnQueue`.
 *
 * A conversation is either opened here, or re-opened after another process held it (a restart, another instance).
 * Web Chat keeps the watermark the other process gave it and replaces any activity whose id it already shows, so a
 * re-opened conversation numbers its activities on from the client's watermark (taken at its first poll, which may
 * come after a message) and tags their ids, so none repeats an id of the earlier process.
 */
export class Conversation {
  private readonly transcript: Numbered[] = [];
  private count = 0;
  /** The watermark of position 0: 0 when opened here; for a re-opened one, unknown until the first poll. */
  private base: number | undefined;
  private readonly idPrefix: string;
  lastActiveAt: number;

  constructor(
    readonly id: string,
    readonly userId: string,
    readonly lang: Lang,
    private readonly maxActivities: number,
    now: number,
    readonly reopened = false,
  ) {
    this.lastActiveAt = now;
    this.base = reopened ? undefined : 0;
    this.idPrefix = reopened ? `${randomBytes(4).toString('hex')}.` : '';
  }

  /** Stores an activity, gives it its Direct Line id (`<conversation>|<sequence>`) and returns it. */
  append(activity: Partial<Activity>, now: number): Partial<Activity> {
    this.count += 1;
    const stored: Partial<Activity> = {
      ...activity,
      id: `${this.id}|${this.idPrefix}${String(this.count).padStart(7, '0')}`,
      timestamp: new Date(now),
      conversation: { id: this.id } as Activity['conversation'],
    };
    this.transcript.push({ position: this.count, activity: stored });
    if (this.transcript.length > this.maxActivities) this.transcript.shift();
    return stored;
  }

  /** The activities after `watermark` (all of those still kept when it is undefined). */
  since(watermark: number | undefined): ActivitySet {
    this.base ??= watermark ?? 0;
    const seen = (watermark ?? 0) - this.base;
    return {
      activities: this.transcript.filter((item) => item.position > seen).map((item) => item.activity),
      watermark: String(this.base + this.count),
    };
  }
}
