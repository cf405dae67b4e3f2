// Runs the in-host mocha suite inside VS Code for the Web, offline, in a headless Chromium.
//   node test/host/runWeb.mjs                    out/test/host/suite.js; exit 0 only if every test passed
//   node test/host/runWeb.mjs --expect-failure   out/test/host/failing.js; exit 0 only if it failed,
//                                                which proves a failing test makes this runner fail
//   node test/host/runWeb.mjs --huge             out/test/host/huge.js: a 10 MB note and 50,000 formulas in a
//                                                VS Code instance of their own, the host's event loop watched
//   node test/host/runWeb.mjs --zh               out/test/host/zh.js in a browser set to zh-CN: the
//                                                extension as a user with VS Code in Chinese sees it
//   --verbose                                    also print page errors and console errors of the workbench,
//                                                and the workbench log after the tests ended
// Env: HOST_TEST_TIMEOUT_MS (default 900000: the hardening suite opens a 10 MB note) bounds the whole run. Bundles come from
// `node esbuild.mjs --tests`; the extension itself from `node esbuild.mjs`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { repoRoot, runnerOptions, startWebHost } from './lib/webHost.mjs';

const options = runnerOptions(['--expect-failure', '--zh', '--huge', '--verbose']);
const expectFailure = options.has('--expect-failure');
const zh = options.has('--zh');
const huge = options.has('--huge');
const verbose = options.has('--verbose');
const { timeoutMs } = options;

const bundle = join(repoRoot, 'out', 'test', 'host', expectFailure ? 'failing.js' : zh ? 'zh.js' : huge ? 'huge.js' : 'suite.js');
if (!existsSync(bundle)) {
  console.error(`${bundle} does not exist: build it with \`node esbuild.mjs --tests\`.`);
  process.exit(1);
}
if (!existsSync(join(repoRoot, 'dist', 'extension.web.js'))) {
  console.warn('warning: dist/extension.web.js does not exist, so the extension cannot load: run `node esbuild.mjs`.');
}

// The closing line printed by test/host/lib/mochaBootstrap.ts; seeing it proves the suite ran
// to its end rather than crashing while loading.
const SUMMARY = /^(\d+) passed, (\d+) failed$/;
let summary;

const startedAt = Date.now();
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

let timer;
let hostStarting;
const outcome = await new Promise((resolve) => {
  timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  process.once('SIGINT', () => resolve({ kind: 'interrupted' }));
  console.log(`Running ${bundle} in VS Code for the Web (timeout ${timeoutMs / 1000} s)...`);
  hostStarting = startWebHost({
    extensionTestsPath: bundle,
    folderPath: join(repoRoot, 'samples'),
    locale: zh ? 'zh-CN' : undefined,
    verbose,
    onLog: (type, args) => {
      // After the summary VS Code stops the extension host, and the workbench logs the fallout
      // (ENOPRO: the mounted folder's provider lived in that host): noise unless asked for.
      if (summary && !verbose) return;
      // mocha logs printf-style ('%d passing (%s)', 1, '9ms').
      const text = format(...args);
      const match = SUMMARY.exec(text.trim());
      if (match) summary = { passed: Number(match[1]), failed: Number(match[2]) };
      (type === 'error' || type === 'warn' ? console.error : console.log)(text);
    },
    onExit: (code) => resolve({ kind: 'exit', code }),
  });
  hostStarting.then(
    (host) => host.context.once('close', () => resolve({ kind: 'browser-closed' })),
    (error) => resolve({ kind: 'error', error }),
  );
});
clearTimeout(timer);
// Also when the outcome came first (a timeout during start-up): the browser must not outlive us.
await hostStarting.then((host) => host.close(), () => {});

const counts = summary ? `${summary.passed} passed, ${summary.failed} failed` : 'no test summary was printed';
let ok;
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
        ? `In-host suite passed (${counts}).`
        : `In-host suite FAILED (exit code ${outcome.code}; ${counts}).`);
    }
    break;
  case 'timeout':
    ok = false;
    console.error(`FAILED: the in-host run did not finish within ${timeoutMs / 1000} s (HOST_TEST_TIMEOUT_MS); ${counts}.`);
    break;
  case 'browser-closed':
    ok = false;
    console.error('FAILED: the browser closed before the tests reported a result.');
    break;
  case 'interrupted':
    ok = false;
    console.error('Interrupted.');
    break;
  case 'error':
    ok = false;
    console.error(`FAILED to start VS Code for the Web: ${outcome.error.message}`);
    break;
}
console.log(`Run took ${seconds()}.`);
// Exit explicitly, so that nothing a failed run leaves behind (a half-open socket, a Playwright
// call stuck on a crashed page) can keep CI waiting.
process.exit(ok ? 0 : 1);
