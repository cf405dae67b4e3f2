/** Polls `condition` until it holds, failing with `what` (and `detail()`) after `timeoutMs`. */
export async function until(
  condition: () => unknown,
  what: string,
  timeoutMs = 10000,
  detail?: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail ? ` (${detail()})` : ''}`);
}
