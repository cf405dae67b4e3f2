/**
 * One sitting of the quiz: the cards in order, what was graded, and undo. A card graded Again
 * comes back at the end of the sitting (at most twice more), as a learning card would. Undo
 * takes back the last grade and puts its card in front again; the log gets an undo line for it
 * (see reviewLog.ts), so the log stays append-only.
 */
import type { Grade } from './reviewLog';

export interface Graded<T, X> {
  readonly item: T;
  readonly grade: Grade;
  /** What the caller attached (the record written, the time spent). */
  readonly extra: X;
  /** Whether this grade put the card at the end of the queue again. */
  readonly requeued: boolean;
}

const MAX_REPEATS = 2;

export class StudySession<T extends { readonly id: string }, X = undefined> {
  private readonly queue: T[];
  private index = 0;
  private readonly done: Graded<T, X>[] = [];

  constructor(items: readonly T[], private readonly repeatAgain = true) {
    this.queue = [...items];
  }

  /** The card to show, or undefined when the sitting is over. */
  get current(): T | undefined {
    return this.queue[this.index];
  }

  /** How many cards were graded so far (the progress bar's position). */
  get position(): number {
    return this.index;
  }

  /** Cards in the sitting, repeats included. */
  get total(): number {
    return this.queue.length;
  }

  get finished(): boolean {
    return this.index >= this.queue.length;
  }

  /** Every card of the sitting in order, repeats included. */
  get items(): readonly T[] {
    return this.queue;
  }

  get history(): readonly Graded<T, X>[] {
    return this.done;
  }

  /** Grades the current card and moves on. */
  grade(grade: Grade, extra: X): Graded<T, X> {
    const item = this.current;
    if (!item) throw new Error('the session is over');
    const shown = this.queue.filter((q) => q.id === item.id).length;
    const requeued = this.repeatAgain && grade === 1 && shown <= MAX_REPEATS;
    if (requeued) this.queue.push(item);
    this.index++;
    const g = { item, grade, extra, requeued };
    this.done.push(g);
    return g;
  }

  /** Takes back the last grade: its card is current again. Returns what was taken back. */
  undo(): Graded<T, X> | undefined {
    const last = this.done.pop();
    if (!last) return undefined;
    if (last.requeued) {
      // The copy Again added is the last one in the queue.
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].id === last.item.id) {
          this.queue.splice(i, 1);
          break;
        }
      }
    }
    this.index--;
    return last;
  }
}
