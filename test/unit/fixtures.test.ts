/**
 * Fixture notes in test/fixtures/*.md are parsed and compared with the expected model in
 * the .json file next to each. Set UPDATE_FIXTURES=1 to rewrite the .json files after a
 * deliberate change, then review the diff by hand before committing it.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseNote } from '../../src/core/notes';
import { noteToJson } from '../../src/core/notes/serialize';

const dir = join(__dirname, '../../../test/fixtures');

suite('fixture notes', () => {
  const notes = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

  test('there are fixtures to check', () => {
    assert.ok(notes.length >= 9, `expected at least 9 fixtures in ${dir}, found ${notes.length}`);
  });

  for (const name of notes) {
    test(name, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const actual = JSON.parse(JSON.stringify(noteToJson(name, parseNote(text))));
      const expectedPath = join(dir, name.replace(/\.md$/, '.json'));
      if (process.env.UPDATE_FIXTURES === '1') {
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
        return;
      }
      assert.ok(existsSync(expectedPath), `missing ${expectedPath}: run with UPDATE_FIXTURES=1 and review it`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }

  test('a CRLF note gives the same model as its LF original', () => {
    for (const name of notes) {
      const lf = readFileSync(join(dir, name), 'utf8');
      const crlf = lf.replace(/\n/g, '\r\n');
      const a = parseNote(lf);
      const b = parseNote(crlf);
      assert.equal(b.eol, '\r\n', name);
      assert.deepEqual({ ...b, eol: '\n' }, a, name);
    }
  });
});
