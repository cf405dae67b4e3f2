import * as assert from 'node:assert/strict';
import { classifyBytes, looksBinaryText } from '../../src/core/notes/bytes';

suite('note bytes: UTF-8, another encoding, binary', () => {
  test('UTF-8 notes (with CJK, with a BOM, empty) are utf8', () => {
    assert.equal(classifyBytes(new TextEncoder().encode('# 标题\n\n问题：什么是注意力？\n')), 'utf8');
    assert.equal(classifyBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x23, 0x20, 0x41])), 'utf8');
    assert.equal(classifyBytes(new Uint8Array([])), 'utf8');
  });

  test('GBK bytes of a Chinese note are not UTF-8', () => {
    // "# 标题\n注意力" in GBK.
    const gbk = new Uint8Array([0x23, 0x20, 0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0xd7, 0xa2, 0xd2, 0xe2, 0xc1, 0xa6]);
    assert.equal(classifyBytes(gbk), 'not-utf8');
    // Latin-1 accented text too.
    assert.equal(classifyBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])), 'not-utf8');
  });

  test('a NUL byte early on makes a file binary (a PNG renamed to .md), one far in does not', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assert.equal(classifyBytes(png), 'binary');
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0;
    assert.equal(classifyBytes(late), 'utf8');
    assert.equal(looksBinaryText('\u0089PNG\r\n\u001a\n\u0000\u0000'), true);
    assert.equal(looksBinaryText('# note\n'), false);
    // Only the first 8,000 characters are searched (a 10 MB note is not searched to its end).
    assert.equal(looksBinaryText('a'.repeat(7999) + '\u0000' + 'b'.repeat(100)), true);
    assert.equal(looksBinaryText('a'.repeat(8000) + '\u0000' + 'b'.repeat(100)), false);
  });
});
