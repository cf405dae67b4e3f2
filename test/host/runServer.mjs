// Runs the in-host mocha suite with the extension in a Node.js extension host, as desktop VS Code
// runs it, offline: code-server (the npm package, VS Code's own server inside) serves the
// workbench, a headless Chromium opens it (as in runWeb.mjs), and the server's Node extension
// host runs out/test/host/suite.js.
//   node test/host/runServer.mjs                    out/test/host/suite.js; exit 0 only if every test passed
//   node test/host/runServer.mjs --expect-failure   out/test/host/failing.js; exit 0 only if it failed
//   node test/host/runServer.mjs --zh               out/test/host/zh.js in a browser set to zh-CN
//   --verbose                                       also print page errors, console errors and code-server's output
//   --web-worker                                    a control: the same code-server, the extension and tests in
//                                                   its web worker host instead (tells code-server apart from Node)
// Not part of CI, and code-server is not a devDependency: it wants Node 24 (engines.node) and its
// postinstall builds native modules (libkrb5-dev needed). Install it anywhere with Node 24:
//   npm install code-server@4.139.1   (npm_config_nodedir=<a Node 24 tree with include/node> offline)
// Env:
//   CODE_SERVER_DIR       the installed code-server package (default: node_modules/code-server of the repo)
//   CODE_SERVER_NODE      the Node 24 that runs it (default: this Node)
//   HOST_TEST_TIMEOUT_MS  bounds the whole run (default 900000)
//   HOST_KEEP_SCRATCH     keep the run's scratch folder (code-server's logs, user data) for a look
//
// How the tests get in. @vscode/test-web puts the development extension and the tests in the
// workbench configuration's developmentOptions; code-server has no option for that, so this
// runner rewrites the configuration (<meta id="vscode-workbench-web-configuration">) in the page
// on its way to the browser. (The URL's `payload` would carry extensionDevelopmentPath and
// extensionTestsPath too, but a built workbench reads it only under the server's
// enable-smoke-test-driver flag, and that flag also hides every notification toast.) The
// extension has both `main` and `browser`; the user setting remote.extensionKind makes the
// workbench run it, and so the tests, in the server's Node host. That host's console and exit
// code reach the page through window.codeAutomationLog / codeAutomationExit, as in runWeb.mjs.
//
// What tests see: vscode.env.uiKind is still UIKind.Web (the UI is a browser), but the host is
// Node: no `location`, no web worker, and the workspace is the real disk with a real file watcher.
// The host bridge (test/host/lib/hostBridge.ts) finds its server through `location.origin`, which
// a Node host lacks; so this runner serves the bridge over HTTP on a port of its own and names it
// in the environment variable RESEARCH_NOTES_HOST_BRIDGE (the extension host inherits the
// server's environment): hostBridge.ts reads the variable, and webHost.mjs exports
// recordBrowserEvents and answerBridge (and installBridge, for --web-worker).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import * as webHost from './lib/webHost.mjs';

const { repoRoot, freePort } = webHost;
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

const options = webHost.runnerOptions(['--expect-failure', '--zh', '--verbose', '--web-worker']);
const expectFailure = options.has('--expect-failure');
const zh = options.has('--zh');
const verbose = options.has('--verbose');
// A control: the same code-server, but the extension and tests in its web worker extension host.
const webWorker = options.has('--web-worker');
const hostName = webWorker ? 'web worker' : 'Node';
const { timeoutMs } = options;

const bundle = join(repoRoot, 'out', 'test', 'host', expectFailure ? 'failing.js' : zh ? 'zh.js' : 'suite.js');
if (!existsSync(bundle)) {
  console.error(`${bundle} does not exist: build it with \`node esbuild.mjs --tests\`.`);
  process.exit(1);
}
if (!existsSync(join(repoRoot, 'dist', 'extension.node.js'))) {
  console.warn('warning: dist/extension.node.js does not exist, so the extension cannot load: run `node esbuild.mjs`.');
}

/** The code-server package folder and the Node to run it with, or exits saying what is missing. */
function findCodeServer() {
  let dir = process.env.CODE_SERVER_DIR;
  if (!dir) {
    try {
      dir = dirname(createRequire(join(repoRoot, 'package.json')).resolve('code-server/package.json'));
    } catch {
      console.error('code-server is not installed: set CODE_SERVER_DIR to an installed code-server package ' +
        '(`npm install code-server` with Node 24 somewhere else, as the top of test/host/runServer.mjs says).');
      process.exit(1);
    }
  }
  const entry = join(dir, 'out', 'node', 'entry.js');
  if (!existsSync(entry) || !existsSync(join(dir, 'lib', 'vscode', 'node_modules'))) {
    console.error(`${dir} is not a complete code-server install (no out/node/entry.js or lib/vscode/node_modules).`);
    process.exit(1);
  }
  const node = process.env.CODE_SERVER_NODE || process.execPath;
  const wanted = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).engines?.node;
  return { dir, entry, node, wanted };
}

/** Starts code-server on `port`; resolves once it answers /healthz. */
async function startCodeServer({ node, entry }, port, scratch, extraEnv) {
  const userDataDir = join(scratch, 'user-data');
  const extensionsDir = join(scratch, 'extensions');
  await mkdir(join(userDataDir, 'User'), { recursive: true });
  await mkdir(extensionsDir, { recursive: true });
  // Keep a fresh profile quiet: no welcome page, no release notes, no gallery lookups.
  await writeFile(join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'update.showReleaseNotes': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    // Fewer workbench log lines between the test results (code-server's chat and agent host).
    'chat.disableAIFeatures': true,
    // The extension has both `main` and `browser`; given through developmentOptions the workbench
    // would run it in its web worker host. This puts it, and so the tests, in the Node host
    // (or, for --web-worker, says so explicitly).
    'remote.extensionKind': { [EXTENSION_ID]: [webWorker ? 'web' : 'workspace'] },
  }, null, 2));
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', join(scratch, 'config.yaml'),
  ];
  // Its own process group, so that stopping it also stops the extension host it forks.
  const child = spawn(node, args, {
    cwd: scratch,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // code-server keeps logs, a heartbeat file and a default config under the XDG folders
    // (~/.local/share/code-server, ~/.config/code-server): keep them in the scratch folder.
    env: {
      ...process.env,
      XDG_DATA_HOME: join(scratch, 'xdg-data'),
      XDG_CONFIG_HOME: join(scratch, 'xdg-config'),
      XDG_CACHE_HOME: join(scratch, 'xdg-cache'),
      XDG_STATE_HOME: join(scratch, 'xdg-state'),
      // The extension host inherits the server's environment.
      ...extraEnv,
    },
  });
  const output = [];
  const keep = (chunk) => {
    const text = chunk.toString();
    output.push(text);
    if (verbose) process.stderr.write(`[code-server] ${text}`);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const early = await Promise.race([exited, new Promise((r) => setTimeout(r, 250))]);
    if (early) throw new Error(`code-server exited (${JSON.stringify(early)}) before it listened:\n${output.join('')}`);
    const healthy = await globalThis.fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on port ${port} within 60 s:\n${output.join('')}`);
    }
  }
  return { stop, output, exited };
}

/**
 * The host bridge for a Node extension host: the same requests as webHost.mjs's route
 * (answerBridge), over plain HTTP on localhost (the extension host runs on this machine).
 */
async function startBridge() {
  let page;
  let events;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', async () => {
      let reply;
      try {
        if (!page) throw new Error('no page yet');
        reply = { ok: true, result: await webHost.answerBridge(page, JSON.parse(body), events) };
      } catch (error) {
        reply = { ok: false, error: error.message };
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Starts recording the page's events and answering about it. */
    attach(target) {
      page = target;
      events = webHost.recordBrowserEvents(page);
    },
    close: () => server.close(),
  };
}

function unescapeHtml(text) {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A URI's parts, as the workbench revives them (URI.revive). */
function toUriComponents(uri) {
  const { protocol, host, pathname } = new URL(uri);
  return { scheme: protocol.slice(0, -1), authority: host, path: decodeURI(pathname), query: '', fragment: '' };
}

// The closing line printed by test/host/lib/mochaBootstrap.ts.
const SUMMARY = /^(\d+) passed, (\d+) failed$/;
let summary;
const startedAt = Date.now();
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

const codeServer = findCodeServer();
const nodeVersion = await new Promise((resolve) => {
  const probe = spawn(codeServer.node, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  probe.stdout.on('data', (c) => { out += c; });
  probe.once('error', () => resolve(undefined));
  probe.once('exit', () => resolve(out.trim()));
});
if (!nodeVersion) {
  console.error(`Cannot run ${codeServer.node} (CODE_SERVER_NODE).`);
  process.exit(1);
}
if (codeServer.wanted && !nodeVersion.startsWith(`v${codeServer.wanted}`)) {
  console.warn(`warning: code-server wants Node ${codeServer.wanted}, ${codeServer.node} is ${nodeVersion}: set CODE_SERVER_NODE.`);
}

const scratch = await mkdtemp(join(tmpdir(), 'research-notes-code-server-'));
// The Node host works on the real disk, and the tests edit, save and delete notes: they get a
// copy of samples/ in the scratch folder, so the repository's samples stay as they are.
const workspace = join(scratch, 'samples');
await cp(join(repoRoot, 'samples'), workspace, { recursive: true });
let server;
let context;
let bridge;
const cleanUp = async () => {
  await context?.close().catch(() => {});
  bridge?.close();
  await server?.stop();
  if (process.env.HOST_KEEP_SCRATCH) console.log(`Kept ${scratch} (HOST_KEEP_SCRATCH).`);
  else await rm(scratch, { recursive: true, force: true });
};

let timer;
const outcome = await new Promise((resolve) => {
  timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  process.once('SIGINT', () => resolve({ kind: 'interrupted' }));
  console.log(`Running ${bundle} in code-server's ${hostName} extension host (server on Node ${nodeVersion}; timeout ${timeoutMs / 1000} s)...`);
  (async () => {
    const port = await freePort();
    bridge = await startBridge();
    server = await startCodeServer(codeServer, port, scratch, { RESEARCH_NOTES_HOST_BRIDGE: bridge.origin });
    server.exited.then((exit) => resolve({ kind: 'server-exit', exit }));
    const profileDir = await webHost.freshProfile(join(scratch, 'chromium'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: webHost.findChromium(),
      headless: true,
      viewport: { width: 1400, height: 900 },
      ...(zh ? { locale: 'zh-CN' } : {}),
      // A page answered by page.route (see below) has no address space of its own, so Chromium's
      // local network access checks would block its connections to the server on localhost.
      args: [...webHost.CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
    });
    if (zh) await context.addInitScript((lang) => { globalThis._VSCODE_NLS_LANGUAGE = lang; }, 'zh-cn');
    context.once('close', () => resolve({ kind: 'browser-closed' }));
    const page = context.pages()[0] ?? (await context.newPage());
    if (verbose) {
      page.on('pageerror', (error) => console.error(`[page error] ${error.stack ?? error}`));
      page.on('console', (message) => {
        if (message.type() === 'error') console.error(`[console error] ${message.text()}`);
      });
    }
    if (webWorker) {
      // The worker fetches its own origin, as under runWeb.mjs: webHost.mjs's route answers.
      await webHost.installBridge(context, page);
    }
    bridge.attach(page);
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (summary && !verbose) return;
      const text = format(...args);
      const match = SUMMARY.exec(text.trim());
      if (match) summary = { passed: Number(match[1]), failed: Number(match[2]) };
      (type === 'error' || type === 'warn' ? console.error : console.log)(text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolve({ kind: 'exit', code }));
    // URIs of the server's file system: vscode-remote://<the authority the page is served from>/<path>.
    const authority = `localhost:${port}`;
    const remote = (path) => `vscode-remote://${authority}${encodeURI(path)}`;
    const extensionDevelopmentPath = remote(repoRoot.replace(/\/$/, ''));
    const extensionTestsPath = remote(bundle);
    const url = `http://${authority}/?folder=${encodeURIComponent(workspace)}`;
    // As @vscode/test-web does: the development extension and the tests go in the workbench
    // configuration's developmentOptions (see the top of this file). Only the page itself is
    // routed: the workbench's WebSocket connections to the server share its URL path.
    // (The rewritten page comes from Playwright, not from an address on this machine: see the
    // LocalNetworkAccessChecks flag above.)
    await page.route((u) => u.protocol === 'http:' && u.host === authority && u.pathname === '/' && u.searchParams.has('folder'), async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const meta = /(<meta id="vscode-workbench-web-configuration" data-settings=")([^"]*)(")/;
      if (!meta.test(html)) {
        resolve({ kind: 'error', error: new Error('the workbench page has no <meta id="vscode-workbench-web-configuration"> to rewrite') });
        await route.abort();
        return;
      }
      const rewritten = html.replace(meta, (_, head, settings, tail) => {
        const config = JSON.parse(unescapeHtml(settings));
        config.developmentOptions = {
          ...config.developmentOptions,
          extensions: [toUriComponents(extensionDevelopmentPath)],
          extensionTestsPath: toUriComponents(extensionTestsPath),
        };
        return head + escapeHtml(JSON.stringify(config)) + tail;
      });
      await route.fulfill({ response, body: rewritten });
    });
    await page.goto(url);
  })().catch((error) => resolve({ kind: 'error', error }));
});
clearTimeout(timer);
if (outcome.kind === 'timeout' && context) {
  // What the page showed when time ran out, for finding where it stuck.
  await context.pages()[0]?.screenshot({ path: join(scratch, 'timeout.png') }).catch(() => {});
}
const serverOutput = server?.output.join('') ?? '';
await cleanUp();

const counts = summary ? `${summary.passed} passed, ${summary.failed} failed` : 'no test summary was printed';
let ok = false;
switch (outcome.kind) {
  case 'exit':
    if (expectFailure) {
      ok = outcome.code !== 0 && summary?.failed > 0;
      console.log(ok
        ? `OK: the deliberately failing suite made the runner report failure (exit code ${outcome.code}; ${counts}), so the runner can fail.`
        : `FAILED: the deliberately failing suite did not make the runner report a failing test (exit code ${outcome.code}; ${counts}).`);
    } else {
      ok = outcome.code === 0 && summary?.failed === 0;
      console.log(ok
        ? `In-host suite passed in code-server's ${hostName} extension host (${counts}).`
        : `In-host suite FAILED in code-server's ${hostName} extension host (exit code ${outcome.code}; ${counts}).`);
    }
    break;
  case 'timeout':
    console.error(`FAILED: the run did not finish within ${timeoutMs / 1000} s (HOST_TEST_TIMEOUT_MS); ${counts}.`);
    break;
  case 'server-exit':
    console.error(`FAILED: code-server exited (${JSON.stringify(outcome.exit)}) before the tests reported a result:\n${serverOutput}`);
    break;
  case 'browser-closed':
    console.error('FAILED: the browser closed before the tests reported a result.');
    break;
  case 'interrupted':
    console.error('Interrupted.');
    break;
  case 'error':
    console.error(`FAILED to start code-server or the browser: ${outcome.error.message}`);
    break;
}
console.log(`Run took ${seconds()}.`);
process.exit(ok ? 0 : 1);
