// Mocha bootstrap shared by the in-host suites (test/host/suite, test/host/failing). It runs in
// the extension host: a web worker under VS Code for the Web, Node under desktop VS Code.
//
// Each suite's index.ts imports this module BEFORE its test files: ES module order then
// guarantees that `suite`/`test` exist as globals when the test files are evaluated.
import 'mocha/mocha';

// mocha@11's browser build (mocha@12's UMD build clobbers the bundle's exports). Its singleton
// starts with the HTML reporter, which needs a DOM; `reporter: undefined` selects spec, which
// writes through console.log, which both hosts forward to the runner.
mocha.setup({ ui: 'tdd', reporter: undefined, timeout: 10000 });

/** Set by esbuild from HOST_GREP when the bundle is built: only the tests whose title matches run. */
declare const __HOST_GREP__: string;
if (__HOST_GREP__) mocha.grep(new RegExp(__HOST_GREP__));

/**
 * Runs every registered test and resolves only when at least one ran and none failed. Ends
 * with a line `N passed, N failed` that the runners (and CI logs) read.
 */
export function runMocha(): Promise<void> {
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    // Mocha.prototype.run, not the browser override mocha.run: the override reads grep options
    // from `location.search`, and `location` does not exist in desktop VS Code's Node extension
    // host. Nothing else in the override matters outside a browser page.
    const runner = Mocha.prototype.run.call(mocha, () => {
      console.log(`${passed} passed, ${failed} failed`);
      if (failed > 0) reject(new Error(`${failed} in-host test(s) failed.`));
      else if (passed === 0) reject(new Error('No in-host test ran.'));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}
