import * as assert from 'node:assert/strict';
import { BlockSync, MAX_BLOCKS, MAX_HTML, type ListChange } from '../../src/host/preview/blockSync';
import { unpackBlocks, PENDING_ID_PREFIX } from '../../src/protocol/preview';
import type { BlockView } from '../../src/core/markdown';

interface Block {
  id: string;
  startLine: number;
  endLine: number;
  html?: string;
}

const viewOf = (blocks: Block[]): BlockView => ({
  length: blocks.length,
  id: (i) => blocks[i].id,
  startLine: (i) => blocks[i].startLine,
  endLine: (i) => blocks[i].endLine,
  html: (i) => blocks[i].html,
});

/** `count` blocks of two lines each with a blank line between, html of `size` characters. */
function note(count: number, size = 20, prefix = 'b'): Block[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, startLine: 3 * i, endLine: 3 * i + 1, html: `<p>${String(i).padEnd(size - 7, '.')}</p>` }));
}

/** What the webview does with the messages (src/webview/preview/main.ts applyUpdate), on plain data. */
class Webview {
  list: { id: string; startLine: number; endLine: number }[] = [];
  html = new Map<string, string>();
  apply(c: ListChange): void {
    const head = this.list.slice(0, c.keepHead);
    const tail = this.list.slice(this.list.length - c.keepTail).map((b) => ({ ...b, startLine: b.startLine + c.shift, endLine: b.endLine + c.shift }));
    const middle = new Set(this.list.slice(c.keepHead, this.list.length - c.keepTail).map((b) => b.id));
    const blocks = unpackBlocks(c.blocks);
    for (const b of blocks) {
      if (b.html !== undefined) this.html.set(b.id, b.html);
      else assert.ok(b.id.startsWith(PENDING_ID_PREFIX) || middle.has(b.id) && this.html.has(b.id), `block ${b.id} without html is one the webview has`);
    }
    this.list = [...head, ...blocks.map((b) => ({ id: b.id, startLine: b.startLine, endLine: b.endLine })), ...tail];
  }
  /** The list without gaps, as the target's blocks (ids, lines, html). */
  shown(): Block[] {
    return this.list.map((b) => ({ ...b, html: this.html.get(b.id) }));
  }
}

const limits = (c: ListChange): void => {
  const blocks = unpackBlocks(c.blocks);
  assert.ok(blocks.length <= MAX_BLOCKS + 2, `${blocks.length} blocks in one message`);
  const html = blocks.reduce((n, b) => n + (b.html?.length ?? 0), 0);
  assert.ok(html <= MAX_HTML, `${html} characters of html in one message`);
};

suite('preview: the webview list mirrored on the host (BlockSync)', () => {
  test('a short note goes in one message; an edit sends only the changed block, the blocks after it moved by the line shift', () => {
    const sync = new BlockSync();
    const web = new Webview();
    const blocks = note(30);
    const first = sync.update(viewOf(blocks), { startLine: 0, endLine: 60 });
    assert.ok(first);
    assert.deepEqual([first.keepHead, first.keepTail, first.shift, first.htmlSent], [0, 0, 0, 30]);
    web.apply(first);
    assert.deepEqual(web.shown(), blocks);
    assert.equal(sync.pending, 0);
    assert.equal(sync.update(viewOf(blocks), { startLine: 0, endLine: 60 }), undefined, 'nothing changed, nothing to send');

    // Block 10 grows by two lines: 10 blocks kept at the head, 19 at the tail moved by 2.
    const edited = blocks.map((b, i) => (i < 10 ? b : i === 10 ? { ...b, id: 'b10x', endLine: b.endLine + 2, html: '<p>new</p>' } : { ...b, startLine: b.startLine + 2, endLine: b.endLine + 2 }));
    const change = sync.update(viewOf(edited), { startLine: 0, endLine: 60 });
    assert.ok(change);
    assert.deepEqual([change.keepHead, change.keepTail, change.shift, change.htmlSent], [10, 19, 2, 1]);
    assert.deepEqual(unpackBlocks(change.blocks).map((b) => b.id), ['b10x']);
    web.apply(change);
    assert.deepEqual(web.shown(), edited);
  });

  test('a long note: the blocks in view first, gaps for the rest, filled one message at a time within the limits', () => {
    const sync = new BlockSync();
    const web = new Webview();
    const blocks = note(20000, 200);
    const view = viewOf(blocks);
    const visible = { startLine: 3 * 12000, endLine: 3 * 12000 + 60 };
    const first = sync.update(view, visible);
    assert.ok(first);
    limits(first);
    web.apply(first);
    const ids = unpackBlocks(first.blocks).map((b) => b.id);
    assert.equal(ids[0].startsWith(PENDING_ID_PREFIX), true, 'a gap above the view');
    assert.equal(ids[1], 'b12000', 'then the block in view');
    assert.equal(ids[ids.length - 1].startsWith(PENDING_ID_PREFIX), true, 'a gap below');
    assert.equal(sync.pending, 20000 - (ids.length - 2));
    assert.deepEqual(sync.deliveredLines(view), [[3 * 12000, 3 * (12000 + ids.length - 3) + 1]]);
    let messages = 1;
    let previousPending = sync.pending;
    const firstBelow: string[] = [];
    for (let c = sync.fill(view, visible); c; c = sync.fill(view, visible)) {
      limits(c);
      web.apply(c);
      messages++;
      if (messages === 2) firstBelow.push(...unpackBlocks(c.blocks).map((b) => b.id));
      assert.ok(sync.pending < previousPending, 'each message fills some of a gap');
      previousPending = sync.pending;
    }
    assert.equal(sync.pending, 0);
    assert.equal(firstBelow[0], `b${12000 + ids.length - 2}`, 'the gap below the view is filled first');
    assert.deepEqual(web.shown(), blocks);
    // 20,000 blocks of 200 characters: 4 MB of html in messages of at most MAX_HTML.
    const least = Math.ceil((20000 * 200) / MAX_HTML);
    assert.ok(messages >= least && messages < least * 1.5, `${messages} messages`);
  });

  test('blocks not rendered yet stand as gaps; they are filled once rendered; a new target replaces the gaps', () => {
    const sync = new BlockSync();
    const web = new Webview();
    const blocks = note(100);
    const rendering: Block[] = blocks.map((b, i) => (i >= 40 && i < 50 ? b : { ...b, html: undefined }));
    const view = viewOf(rendering);
    const first = sync.update(view, { startLine: 120, endLine: 150 });
    assert.ok(first);
    web.apply(first);
    assert.deepEqual(unpackBlocks(first.blocks).map((b) => b.id.startsWith(PENDING_ID_PREFIX) ? 'gap' : b.id),
      ['gap', ...Array.from({ length: 10 }, (_, i) => `b${40 + i}`), 'gap']);
    assert.equal(sync.pending, 90);
    assert.equal(sync.fill(view, { startLine: 120, endLine: 150 }), undefined, 'nothing rendered to fill with');
    // The renderer goes on: blocks 50–59 are rendered; the gap below fills with them.
    for (let i = 50; i < 60; i++) rendering[i].html = blocks[i].html;
    const next = sync.fill(view, { startLine: 120, endLine: 150 });
    assert.ok(next);
    web.apply(next);
    assert.equal(sync.pending, 80);
    // A newer render (an edit) replaces the target: one update brings the webview to it.
    const edited = blocks.map((b, i) => (i === 70 ? { ...b, id: 'b70x', html: '<p>edited</p>' } : b));
    const change = sync.update(viewOf(edited), { startLine: 120, endLine: 150 });
    assert.ok(change);
    web.apply(change);
    assert.equal(sync.pending, 0);
    assert.deepEqual(web.shown(), edited);
  });
});
