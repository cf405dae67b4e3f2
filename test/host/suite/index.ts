// Entry of the in-host suite: esbuild bundles it to out/test/host/suite.js, which the web
// runner (test/host/runWeb.mjs) and the desktop runner (test/host/runDesktop.mjs) hand to
// VS Code as extensionTestsPath. VS Code calls run() and fails the run when it rejects.
import { runMocha } from '../lib/mochaBootstrap';
import './tests';

export function run(): Promise<void> {
  return runMocha();
}
