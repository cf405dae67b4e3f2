// Client of the host bridge (server side and design: test/host/lib/webHost.mjs). Lets an
// in-host test ask the Node side about the browser: which frames exist, what an expression
// evaluates to inside them (e.g. a webview's DOM), and a screenshot of the page. Works only in
// VS Code for the Web driven by test/host/runWeb.mjs; elsewhere every call rejects, so tests
// that use it should skip outside the web (vscode.env.uiKind !== vscode.UIKind.Web).

// Same value as BRIDGE_PATH in webHost.mjs.
const BRIDGE_PATH = '/__research-notes-host-bridge';

type Request =
  | { kind: 'frames' }
  | { kind: 'evalInFrames'; urlIncludes: string; expression: string }
  | { kind: 'press'; urlIncludes: string; selector: string; keys: string[] }
  | { kind: 'screenshot'; path: string }
  | { kind: 'profile'; action: 'start' | 'stop'; path?: string; anchor?: ProfileAnchor; gaps?: [number, number][] }
  | { kind: 'events'; since?: EventCounts };

type Reply<T> = { ok: true; result: T } | { ok: false; error: string };

/** One frame's answer to evalInFrames: its value, or the message of what it threw. */
export interface FrameResult {
  url: string;
  value?: unknown;
  error?: string;
}

async function ask<T>(request: Request): Promise<T> {
  // The worker's own origin (its blob: URL's origin) is the test server. Node's extension host
  // has no `location`: under test/host/runServer.mjs (code-server) the runner serves the bridge
  // itself and names its origin in RESEARCH_NOTES_HOST_BRIDGE.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const origin = env?.RESEARCH_NOTES_HOST_BRIDGE ?? (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!origin || origin === 'null') {
    throw new Error('The host bridge exists only in VS Code for the Web run by test/host/runWeb.mjs.');
  }
  const response = await fetch(new URL(BRIDGE_PATH, origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    // Every request is answered within seconds, or a minute for a CPU profile: never wait forever.
    signal: AbortSignal.timeout(120000),
  });
  if (!response.ok) {
    throw new Error(`The host bridge did not answer (HTTP ${response.status}): it exists only under test/host/runWeb.mjs.`);
  }
  const reply = (await response.json()) as Reply<T>;
  if (!reply.ok) throw new Error(`host bridge: ${reply.error}`);
  return reply.result;
}

/** URLs of every frame of the workbench page, webview iframes included. */
export function frameUrls(): Promise<string[]> {
  return ask({ kind: 'frames' });
}

/**
 * Evaluates the JavaScript `expression` in every frame whose URL contains `urlIncludes` and
 * returns one result per frame (none when no frame matches yet: poll for frames that appear
 * later, such as a webview's). Values must be JSON-able; a returned promise is awaited.
 */
export function evalInFrames(urlIncludes: string, expression: string): Promise<FrameResult[]> {
  return ask({ kind: 'evalInFrames', urlIncludes, expression });
}

/** Saves a PNG of the workbench page at `path`, relative to the repo root. */
export function screenshot(path: string): Promise<{ path: string }> {
  return ask({ kind: 'screenshot', path });
}

/**
 * Presses `keys` (Playwright key names: ' ', '3', 'Control+z') as real keyboard input, after
 * focusing the first element matching `selector` in a frame whose URL contains `urlIncludes`
 * (e.g. a webview's content frame). Rejects when no such element exists yet.
 */
export function press(urlIncludes: string, selector: string, ...keys: string[]): Promise<{ url: string; pressed: number }> {
  return ask({ kind: 'press', urlIncludes, selector, keys });
}

/** How many of each kind of browser event were recorded: a mark to read only later ones. */
export interface EventCounts {
  readonly dialogs: number;
  readonly pageErrors: number;
  readonly console: number;
}

/** What the browser reported (see recordBrowserEvents in webHost.mjs) since `since`. */
export interface BrowserEvents {
  readonly dialogs: { type: string; message: string }[];
  readonly pageErrors: string[];
  readonly console: { type: string; text: string; url: string }[];
  readonly counts: EventCounts;
}

/**
 * Dialogs (alert, confirm, prompt — dismissed at once), uncaught page errors and console errors
 * and warnings of the workbench and every frame in it, recorded since `since` (a previous
 * answer's `counts`), or since the page loaded.
 */
export function browserEvents(since?: EventCounts): Promise<BrowserEvents> {
  return ask({ kind: 'events', since });
}

/** A function the test ran busy from `at` (performance.now()), to tie its clock to the profile's. */
export interface ProfileAnchor {
  name: string;
  at: number;
  /** How long it ran busy, in milliseconds. */
  ms?: number;
}

/** Who held the extension host during one measured event-loop gap (see `profile`). */
export interface GapReport {
  from: number;
  to: number;
  ms: number;
  /**
   * What the owners' milliseconds are: `cpu`, the host thread's CPU time (Linux, polled from
   * /proc), or `wall`, the time between samples capped at 1.5 sampling intervals.
   */
  clock: 'cpu' | 'wall';
  /** With `cpu`: how long within the gap the host's thread was ready to run but waited for a CPU. */
  waitedMs?: number;
  /** Milliseconds of samples with each one's code on the stack: `ours`, `tests`, built-in extensions by folder, `vscode`, `(gc)`. */
  owners: Record<string, number>;
  /**
   * The most milliseconds of our code's samples in one stretch of the gap: consecutive samples
   * with our code on the stack, ended by a sample of other code or of the host idle (garbage
   * collection neither ends nor extends one). How long our code held the host at a time.
   */
  oursAtOnce: number;
  /** Samples in the gap at which the host was idle (waiting for work). */
  idleSamples: number;
  /** The functions most often at the top of the stack, with their milliseconds. */
  top: string[];
  /** Our code's part: our functions on the stack (`a>b>c`, outermost first), with their milliseconds. */
  ours: string[];
}

/**
 * Starts, or stops and saves (at `path`, relative to the repo root, a `.cpuprofile` that Chrome
 * DevTools and VS Code open), a CPU profile of the extension host: for finding what holds it up.
 * `hot`: the functions most often on the stack; `longest`: per extension (ours is `ours`), its
 * longest run of samples on the stack, in milliseconds (back-to-back tasks merge into one run).
 * With `anchor` and `gaps` (event-loop gaps the test measured, in performance.now() time),
 * `gaps` answers who held the host during each.
 */
export function profile(action: 'start' | 'stop', path?: string, gaps?: { anchor: ProfileAnchor; gaps: [number, number][] }): Promise<{ path?: string; hot?: string[]; longest?: Record<string, number>; gaps?: GapReport[] }> {
  return ask({ kind: 'profile', action, path, ...gaps });
}
