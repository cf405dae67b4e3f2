/**
 * Runs a render job in turns (src/host/turns.ts) with the event loop free in between, so a
 * long note never holds up the extension host (typing, hovers, other extensions) while its
 * formulas render. The blocks the user looks at are rendered first.
 */
import type { RenderJob, RenderResult } from '../../core/markdown';
import { nextTurn, pastDeadline } from '../turns';

export interface SlicedRenderOptions {
  /** Source lines to render before the rest (the visible part). */
  readonly first?: { readonly startLine: number; readonly endLine: number };
  /** Called once after the first slice that rendered (the visible part) when the job is not finished yet (to show what is ready). */
  readonly afterFirstSlice?: (job: RenderJob) => void;
  /** False when a newer render has replaced this one: the job is dropped (its blocks stay cached). */
  readonly isCurrent: () => boolean;
}

/** The job's result, or undefined when it stopped being current before it finished. */
export async function renderInSlices(job: RenderJob, options: SlicedRenderOptions): Promise<RenderResult | undefined> {
  // Not in the task that asked (a command, an edit): that one has done enough already.
  let deadline = await nextTurn('view');
  if (!options.isCurrent()) return undefined;
  const shouldYield = (): boolean => pastDeadline(deadline);
  // A long note first takes a few slices to match its blocks against the caches (the job is
  // not `ready`); the first slice that starts ready renders the visible part, then it is shown.
  let announced = false;
  let wasReady = job.ready;
  let done = job.step(shouldYield, options.first);
  for (;;) {
    if (done) break;
    if (wasReady && !announced) {
      announced = true;
      options.afterFirstSlice?.(job);
    }
    deadline = await nextTurn('view');
    if (!options.isCurrent()) return undefined;
    wasReady = job.ready;
    done = job.step(shouldYield, options.first);
  }
  return job.result();
}
