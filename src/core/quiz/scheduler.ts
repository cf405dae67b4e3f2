/**
 * Scheduling with FSRS (ts-fsrs). A card's state is never stored on its own: it is rebuilt by
 * replaying the review log, so the log stays the single source of truth and merged logs give
 * one consistent state.
 */
import { createEmptyCard, fsrs, Rating, State, type Card as FsrsCard, type FSRS, type Grade as FsrsGrade, type StepUnit } from 'ts-fsrs';
import type { Grade, ReviewRecord } from './reviewLog';

export interface SchedulerOptions {
  /** Desired retention, 0.7–0.99 (default 0.9). */
  readonly retention?: number;
  /** Longest interval in days (default 36,500). */
  readonly maximumInterval?: number;
  /** Learning steps of a new card, as ts-fsrs reads them (`'1m'`, `'10m'`, `'1h'`); ts-fsrs's default when absent. */
  readonly learningSteps?: readonly string[];
}

/** Whether `step` is a learning step ts-fsrs understands: a positive number and m, h or d. */
export function isStep(step: string): boolean {
  return /^\d+(\.\d+)?[mhd]$/.test(step) && parseFloat(step) > 0;
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
    // Invalid steps are dropped; none valid out of some given means ts-fsrs's default (an empty list means no steps).
    let steps = options.learningSteps?.filter(isStep) as StepUnit[] | undefined;
    if (steps && steps.length === 0 && options.learningSteps!.length > 0) steps = undefined;
    this.engine = fsrs({
      request_retention: retention,
      maximum_interval: options.maximumInterval ?? 36500,
      enable_fuzz: false,
      ...(steps ? { learning_steps: steps } : {}),
    });
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

/** Local midnight at the start of `now`'s day. */
export function startOfDay(now: Date): Date {
  const d = new Date(now.getTime());
  d.setHours(0, 0, 0, 0);
  return d;
}

/**
 * Cards due per day for the next `days` days: index 0 is today (overdue cards included), 1 is
 * tomorrow, and so on (local days). New cards never graded are not counted.
 */
export function forecast(cardIds: readonly string[], states: ReadonlyMap<string, CardState>, now: Date, days = 14): number[] {
  const out = new Array<number>(days).fill(0);
  const start = startOfDay(now);
  for (const id of cardIds) {
    const s = states.get(id);
    if (!s || s.state === State.New) continue;
    // Calendar days between local midnights (DST-safe: rounds 23 h and 25 h days).
    const day = Math.max(0, Math.round((startOfDay(s.due).getTime() - start.getTime()) / 86_400_000));
    if (day < days) out[day]++;
  }
  return out;
}

/** How many new cards and reviews the records show for `now`'s day (for the daily limits). */
export function todayCounts(records: readonly ReviewRecord[], now: Date): { newCards: number; reviews: number } {
  const start = startOfDay(now).getTime();
  const end = start + 86_400_000;
  const seen = new Set<string>();
  let newCards = 0;
  let reviews = 0;
  for (const r of records) {
    const t = Date.parse(r.time);
    const first = !seen.has(r.card);
    seen.add(r.card);
    if (t < start || t >= end) continue;
    if (first) newCards++;
    else reviews++;
  }
  return { newCards, reviews };
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
