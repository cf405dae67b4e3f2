/**
 * Scheduling with FSRS (ts-fsrs). A card's state is never stored on its own: it is rebuilt by
 * replaying the review log, so the log stays the single source of truth and merged logs give
 * one consistent state.
 */
import { createEmptyCard, fsrs, Rating, State, type Card as FsrsCard, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Grade, ReviewRecord } from './reviewLog';

export interface SchedulerOptions {
  /** Desired retention, 0.7–0.99 (default 0.9). */
  readonly retention?: number;
  /** Longest interval in days (default 36,500). */
  readonly maximumInterval?: number;
}

/** A card's memory state, as FSRS keeps it. */
export type CardState = FsrsCard;

export interface Queue {
  /** Cards seen before and due now, most overdue first. */
  readonly due: readonly string[];
  /** Cards never graded, in the order given. */
  readonly fresh: readonly string[];
}

const GRADE_TO_RATING: Readonly<Record<Grade, FsrsGrade>> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

export class Scheduler {
  private readonly engine: FSRS;

  constructor(options: SchedulerOptions = {}) {
    const retention = Math.min(0.99, Math.max(0.7, options.retention ?? 0.9));
    // No fuzz: replaying the same log must give the same dates on every machine.
    this.engine = fsrs({ request_retention: retention, maximum_interval: options.maximumInterval ?? 36500, enable_fuzz: false });
  }

  /** The state of every card the log mentions, after replaying its records in time order. */
  replay(records: readonly ReviewRecord[]): Map<string, CardState> {
    const states = new Map<string, CardState>();
    for (const r of records) {
      const now = new Date(r.time);
      const before = states.get(r.card) ?? createEmptyCard<CardState>(now);
      states.set(r.card, this.engine.next(before, now, GRADE_TO_RATING[r.grade]).card);
    }
    return states;
  }

  /** The state after grading `state` (or a new card) at `now`. */
  grade(state: CardState | undefined, grade: Grade, now: Date): CardState {
    return this.engine.next(state ?? createEmptyCard<CardState>(now), now, GRADE_TO_RATING[grade]).card;
  }

  /** When each grade would bring the card back, for the grade buttons ("10 min", "3 d"). */
  preview(state: CardState | undefined, now: Date): Record<Grade, Date> {
    const card = state ?? createEmptyCard<CardState>(now);
    const out = {} as Record<Grade, Date>;
    for (const g of [1, 2, 3, 4] as const) out[g] = this.engine.next(card, now, GRADE_TO_RATING[g]).card.due;
    return out;
  }

  /**
   * What to study now: cards due (reviews) and cards never seen (new), within the day's
   * limits (`reviewsLeft`, `newLeft`: how many more the user wants today).
   */
  queue(cardIds: readonly string[], states: ReadonlyMap<string, CardState>, now: Date, newLeft = 20, reviewsLeft = 200): Queue {
    const due: { id: string; at: number }[] = [];
    const fresh: string[] = [];
    for (const id of cardIds) {
      const s = states.get(id);
      if (!s || s.state === State.New) {
        if (fresh.length < newLeft) fresh.push(id);
      } else if (s.due.getTime() <= now.getTime()) {
        due.push({ id, at: s.due.getTime() });
      }
    }
    due.sort((a, b) => a.at - b.at);
    return { due: due.slice(0, reviewsLeft).map((d) => d.id), fresh };
  }
}

/** A short human interval: `1 min`, `10 min`, `3 h`, `4 d`, `2 mo`, `1.5 y`. */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60000));
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)} h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)} d`;
  if (days < 365) return `${Math.round(days / 30)} mo`;
  return `${Math.round((days / 365) * 10) / 10} y`;
}
