/**
 * One queue of turns for every long job of the extension (parsing a long note, rendering the
 * preview, indexing terms, counting uses, building the Topics view). A job works until its
 * turn's deadline, then waits for its next turn. Turns are handed out one per task of the event
 * loop, first come first served, so two jobs never run back to back in one stretch: between two
 * turns the extension host handles everything else that is waiting (typing, hovers, other
 * extensions). With TURN_MS well under 50 ms, our code never holds the host for more than 50 ms.
 *
 * No `vscode` import: the same code runs in the desktop and web extension hosts.
 */

/** How long one turn may run, in milliseconds. */
export const TURN_MS = 8;

/**
 * Whose turn comes first: `view` for what the user is looking at (the preview, the Topics view
 * and the parse they wait for), `background` for the rest (the terms index, use counts); a
 * background job gets a turn when no view job is waiting.
 */
export type TurnPriority = 'view' | 'background';

const waiting: Record<TurnPriority, Array<() => void>> = { view: [], background: [] };
let scheduled = false;

/**
 * Runs `callback` as a task of its own, after what is queued already: a timer, so it takes its
 * place among the host's other timers by due time (browsers hold a chain of timeouts back by
 * 4 ms each; a message port instead was seen to block in postMessage for 80 ms). Node has
 * setImmediate, which runs after pending I/O and timers.
 */
const post: (callback: () => void) => void = (() => {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return (callback: () => void) => void immediate(callback);
  return (callback: () => void) => void setTimeout(callback, 0);
})();

function schedule(): void {
  if (scheduled || (waiting.view.length === 0 && waiting.background.length === 0)) return;
  scheduled = true;
  post(handOut);
}

/** Starts the next job's turn; the next turn is a task of its own, after whatever else waits. */
function handOut(): void {
  scheduled = false;
  (waiting.view.shift() ?? waiting.background.shift())?.();
  schedule();
}

/**
 * Waits for this job's next turn and resolves with its deadline (a `performance.now()` time):
 * work until then, or until `pastDeadline(deadline)`, then ask again.
 */
export function nextTurn(priority: TurnPriority = 'background'): Promise<number> {
  return new Promise((resolve) => {
    waiting[priority].push(() => resolve(performance.now() + TURN_MS));
    schedule();
  });
}

/** Whether a turn that ends at `deadline` is over. */
export function pastDeadline(deadline: number): boolean {
  return performance.now() >= deadline;
}

/**
 * A deadline for work that starts now, in the task of the event loop it was called from (an
 * event, a command): the first part is done at once, then `nextTurn()` for the rest.
 */
export function turnFromNow(): number {
  return performance.now() + TURN_MS;
}
