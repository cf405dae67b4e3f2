// A suite that fails on purpose. `node test/host/runWeb.mjs --expect-failure` runs it to prove
// that a failing in-host test really makes the runner exit non-zero; a runner that always
// "passes" would otherwise go unnoticed.
import { runMocha } from '../lib/mochaBootstrap';
import * as assert from '../suite/assert';

suite('deliberate failure', () => {
  test('passes', () => {
    assert.strictEqual(1 + 1, 2);
  });

  test('fails on purpose', () => {
    assert.strictEqual(1 + 1, 3, 'this failure is expected: it proves the runner can fail');
  });
});

export function run(): Promise<void> {
  return runMocha();
}
