// Runs the in-host suite (out/test/host/suite.js) in desktop VS Code with @vscode/test-electron.
// Not part of CI: it needs a desktop VS Code, either VSCODE_EXECUTABLE_PATH (offline) or
// test-electron's own download into .vscode-test/ (needs internet).
//
// The same bundle serves both hosts. It is built for the browser (cjs, `vscode` external), and
// Node's extension host loads cjs too. mocha/mocha's browser build is safe in Node: it carries
// its own `process` shim rather than touching Node's, and test/host/lib/mochaBootstrap.ts calls
// Mocha.prototype.run instead of the browser-only override that reads `location`. One
// difference: uncaught errors outside a test's promise are not pinned on that test in Node (the
// build listens on `onerror`, which only browsers fire); VS Code still logs them.
import { runTests } from '@vscode/test-electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');
const extensionTestsPath = join(repoRoot, 'out', 'test', 'host', 'suite.js');
if (!existsSync(extensionTestsPath)) {
  console.error(`${extensionTestsPath} does not exist: build it with \`node esbuild.mjs --tests\`.`);
  process.exit(1);
}

const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || undefined;
if (!vscodeExecutablePath) {
  console.log('VSCODE_EXECUTABLE_PATH is not set: test-electron downloads VS Code (needs internet).');
}

try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    // Open samples/ like the web runner does; keep extensions installed on this machine out.
    launchArgs: [join(repoRoot, 'samples'), '--disable-extensions'],
  });
  console.log('Desktop in-host suite passed.');
} catch (error) {
  console.error(`Desktop in-host suite FAILED: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
