/** Runs the CLI in-process with captured output, for the CLI's unit tests. */
import { join } from 'node:path';
import { main } from '../../src/cli/main';

export const fixtures = join(__dirname, '../../../test/fixtures');

export function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
