import * as assert from 'node:assert/strict';
import { PENDING_PREFIX } from '../../src/core/markdown';
import { isWebviewToHost, packBlocks, PENDING_ID_PREFIX, unpackBlocks, type BlockUpdate } from '../../src/protocol/preview';

suite('preview protocol', () => {
  test('packs an update\'s blocks into one string and one array and back, html only where given', () => {
    const blocks: BlockUpdate[] = [
      { id: 'a1', startLine: 0, endLine: 2, html: '<h1>标题</h1>' },
      { id: 'b2', startLine: 4, endLine: 4 },
      { id: 'pending-c3', startLine: 6, endLine: 9 },
      { id: 'd4', startLine: 11, endLine: 11, html: '' },
    ];
    const packed = packBlocks(blocks);
    assert.deepEqual(packed, { ids: 'a1\nb2\npending-c3\nd4', lines: [0, 2, 4, 4, 6, 9, 11, 11], html: { 0: '<h1>标题</h1>', 3: '' } });
    assert.deepEqual(unpackBlocks(JSON.parse(JSON.stringify(packed))), blocks.map((b) => ({ ...b, html: b.html })));
    assert.deepEqual(unpackBlocks(packBlocks([])), []);
  });

  test('the renderer\'s placeholder ids are the ones the webview draws itself', () => {
    assert.equal(PENDING_PREFIX, PENDING_ID_PREFIX);
  });

  test('rejects messages from the webview that are not in the protocol', () => {
    assert.equal(isWebviewToHost({ type: 'scroll', uri: 'file:///n.md', line: 3 }), true);
    assert.equal(isWebviewToHost({ type: 'scroll', uri: 'file:///n.md', line: '3' }), false);
    // Which note the line belongs to is part of the message: without it the host cannot tell.
    assert.equal(isWebviewToHost({ type: 'scroll', line: 3 }), false);
    assert.equal(isWebviewToHost({ type: 'reveal', uri: 'file:///n.md', line: 0 }), true);
    assert.equal(isWebviewToHost({ type: 'reveal', line: 0 }), false);
    assert.equal(isWebviewToHost({ type: 'eval', code: 'x' }), false);
    assert.equal(isWebviewToHost(null), false);
  });
});
