// `npm run test:fuzz`: the property tests (test/unit/properties.test.ts) with 10,000 cases per
// property instead of the 100 `npm test` runs. FUZZ_RUNS and FUZZ_SEED override (a failure
// prints the seed that reproduces it).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' };
const mocha = require.resolve('mocha/bin/mocha.js');
const r = spawnSync(process.execPath, [mocha, '--grep', 'properties', '--timeout', '0'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
