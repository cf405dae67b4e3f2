/**
 * `shownPath` (the file names `research-notes terms` prints as origins) takes a shortcut for
 * paths below the working directory: it must name every path exactly as path.relative does.
 */
import * as assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { shownPath } from '../../src/cli/files';

function reference(file: string): string {
  return (relative(process.cwd(), file) || file).split(/[\\/]/).join('/');
}

suite('terms: shown paths', () => {
  test('the shortcut names files as path.relative does', () => {
    const cwd = process.cwd();
    const paths = [
      'samples/a.md', 'a.md', 'topic-000/note-1.md', './a.md', 'samples//a.md', 'samples/./a.md', 'samples/../a.md',
      '../a.md', '..', '.', 'dir/', '..a/b.md', 'a\\b.md', 'x/..', 'x/.', '.hidden/a.md', '.../a.md', 'a/.b', 'a/..b/c.md',
      join(cwd, 'a.md'), join(cwd, 'samples', 'b.md'), `${cwd}/`, cwd, `${cwd}2/a.md`, `${cwd}//a.md`, `${cwd}/./a.md`,
      `${cwd}/../a.md`, `${cwd}/.hidden/a.md`, `${cwd}/./`, '/', '/tmp/a.md', '//a.md', `${cwd}/a\\b.md`, `${cwd}/dir/`,
    ];
    for (const p of paths) assert.equal(shownPath(p), reference(p), p);
  });
});
