/**
 * The outline built in steps (beginOutline) and the binary search of nodeAtLine against the
 * one-piece builder and linear search they replaced (kept below as the reference): the same
 * tree, ids, counts and parent links, and the same node at every line, for every filter.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beginOutline, buildOutline, nodeAtLine, parseNote, type NoteModel, type OutlineFilter, type OutlineNode, type OutlineNodeKind, type Range, type TopicKind } from '../../src/core/notes';

// ---- the reference: buildOutline and nodeAtLine as they were before they ran in steps ----
interface MutableNode {
  kind: OutlineNodeKind;
  topicKind: TopicKind | undefined;
  index: number;
  label: string;
  id: string;
  range: Range;
  span: Range;
  isQuestion: boolean;
  definition: number | undefined;
  questionCount: number;
  definitionCount: number;
  children: MutableNode[];
  parent: MutableNode | undefined;
  /** Document order of the item's first line, for sorting children. */
  line: number;
}

/** Builds the outline tree of a note; `filter` keeps only questions or only terms (and the topics above them). */
function referenceOutline(model: NoteModel, filter: OutlineFilter = 'all'): OutlineNode[] {
  const seen = new Map<string, number>();
  const idFor = (prefix: string, label: string): string => {
    const key = `${prefix}:${label}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? key : `${key}#${n}`;
  };

  const topicNodes: MutableNode[] = model.topics.map((t, index) => ({
    kind: 'topic',
    topicKind: t.kind,
    index,
    label: t.title,
    id: idFor('t', t.title),
    range: t.range,
    span: t.sectionRange,
    isQuestion: t.isQuestion,
    definition: undefined,
    questionCount: t.isQuestion && filter !== 'terms' ? 1 : 0,
    definitionCount: 0,
    children: [],
    parent: undefined,
    line: t.range.start.line,
  }));
  const roots: MutableNode[] = [];
  const attach = (node: MutableNode, topic: number): void => {
    if (topic >= 0) {
      node.parent = topicNodes[topic];
      topicNodes[topic].children.push(node);
    } else {
      roots.push(node);
    }
  };
  model.topics.forEach((t, i) => attach(topicNodes[i], t.parent));

  if (filter !== 'terms') {
    model.questions.forEach((q, index) => {
      // A heading that asks a question is already in the tree as that topic.
      if (q.pattern === 'heading') return;
      attach({
        kind: 'question',
        topicKind: undefined,
        index,
        label: q.text,
        id: idFor('q', q.text),
        range: q.range,
        span: q.answerRange ? { start: q.range.start, end: q.answerRange.end } : q.range,
        isQuestion: true,
        definition: undefined,
        questionCount: 1,
        definitionCount: 0,
        children: [],
        parent: undefined,
        line: q.range.start.line,
      }, q.topic);
    });
  }
  if (filter !== 'questions') {
    model.definitions.forEach((d, index) => {
      if (d.style === 'pseudo-heading' && d.topic >= 0) {
        // The pseudo-heading is the term: a child with the same name would only repeat it.
        topicNodes[d.topic].definition = index;
        topicNodes[d.topic].definitionCount += 1;
        return;
      }
      attach({
        kind: 'definition',
        topicKind: undefined,
        index,
        label: d.term,
        id: idFor('d', d.term),
        range: d.termRange,
        span: d.range,
        isQuestion: false,
        definition: index,
        questionCount: 0,
        definitionCount: 1,
        children: [],
        parent: undefined,
        line: d.range.start.line,
      }, d.topic);
    });
  }

  const finish = (nodes: MutableNode[]): MutableNode[] => {
    nodes.sort((a, b) => a.line - b.line || order(a) - order(b));
    for (const n of nodes) {
      if (n.kind !== 'topic') continue;
      finish(n.children);
      for (const c of n.children) {
        n.questionCount += c.questionCount;
        n.definitionCount += c.definitionCount;
      }
    }
    if (filter === 'all') return nodes;
    const keep = nodes.filter((n) => (filter === 'questions' ? n.questionCount > 0 : n.definitionCount > 0));
    for (const n of keep) if (n.kind === 'topic') n.children = n.children.filter((c) => (filter === 'questions' ? c.questionCount > 0 : c.definitionCount > 0));
    return keep;
  };
  return finish(roots);
}

function order(n: MutableNode): number {
  return n.kind === 'topic' ? 0 : n.kind === 'question' ? 1 : 2;
}

/** The deepest node whose span holds `line`, preferring a question or term over the topic around it. */
function referenceNodeAtLine(roots: readonly OutlineNode[], line: number): OutlineNode | undefined {
  let found: OutlineNode | undefined;
  let level: readonly OutlineNode[] = roots;
  while (true) {
    const next = level.find((n) => n.span.start.line <= line && line <= n.span.end.line);
    if (!next) return found;
    found = next;
    level = next.children;
  }
}

// ---- the tests ----

/** The tree as plain data, parents as ids (deepEqual on the linked nodes compares the same). */
function flat(nodes: readonly OutlineNode[]): unknown[] {
  return nodes.map((n) => ({
    kind: n.kind, topicKind: n.topicKind, index: n.index, label: n.label, id: n.id, range: n.range, span: n.span,
    isQuestion: n.isQuestion, definition: n.definition, questionCount: n.questionCount, definitionCount: n.definitionCount,
    parent: n.parent?.id, children: flat(n.children),
  }));
}

/** Builds in steps, yielding at every check; returns the outline and the number of step() calls. */
function stepped(model: NoteModel, filter: OutlineFilter, itemsPerCheck?: number): { roots: OutlineNode[]; calls: number } {
  const job = beginOutline(model, filter, itemsPerCheck);
  let calls = 1;
  while (!job.step(() => true)) calls++;
  return { roots: job.result(), calls };
}

const root = join(__dirname, '..', '..', '..');
const notes = [
  ...readdirSync(join(root, 'test', 'fixtures')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, 'test', 'fixtures', f), 'utf8')),
  ...readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, 'samples', f), 'utf8')),
];

/** A long note like the huge-note host test's: sections with a bold question, an answer, terms and a sub-section. */
function bigNote(sections: number): string {
  return Array.from({ length: sections }, (_, i) => [
    `## 第 ${i} 节 Section ${i}`, '', `**Q${i}: 为什么 (${i})?**`, '', `答：数值稳定 $x_${i}$。`, '',
    `- 术语${i % 50}：一个定义。`, `- Term ${i}: a definition.`, '', `### Sub ${i}`, `Q: 问题 ${i}？`, '  A: 回答', '',
    i % 7 === 0 ? '**LDM**\n在潜空间里扩散。\n' : '',
  ].join('\n')).join('\n');
}

const filters: OutlineFilter[] = ['all', 'questions', 'terms'];

suite('outline: built in steps, found by binary search', () => {
  test('every fixture and sample note: the same outline as the one-piece builder, in steps of 1 and 3 items, for every filter', () => {
    assert.ok(notes.length >= 10);
    for (const text of notes) {
      const model = parseNote(text);
      for (const filter of filters) {
        const expected = flat(referenceOutline(model, filter));
        assert.deepEqual(flat(buildOutline(model, filter)), expected);
        for (const n of [1, 3]) assert.deepEqual(flat(stepped(model, filter, n).roots), expected, `${filter}, steps of ${n}`);
      }
    }
  });

  test('a big note: the same outline, in a known number of steps, and the same node at every line', () => {
    const model = parseNote(bigNote(2000));
    assert.deepEqual([model.topics.length, model.questions.length, model.definitions.length], [6286, 4000, 4286]);
    for (const filter of filters) {
      const expected = referenceOutline(model, filter);
      const { roots, calls } = stepped(model, filter);
      assert.deepEqual(flat(roots), flat(expected), filter);
      for (let line = 0; line < model.lineCount; line++) {
        assert.equal(nodeAtLine(roots, line)?.id, referenceNodeAtLine(expected, line)?.id, `${filter}, line ${line}`);
      }
      // 500 items between two checks, counted across phases: 6,286 topics made, then the
      // questions and terms that make nodes (2,000 heading questions and 286 pseudo-heading
      // terms make none), then 6,286 topics finished; the last call makes the roots.
      const made = { all: 6286 + 2000 + 4000, questions: 6286 + 2000, terms: 6286 + 4000 }[filter];
      assert.equal(calls, Math.floor((made + 6286) / 500) + 1, `${filter}: ${calls} calls`);
      assert.equal(calls, { all: 38, questions: 30, terms: 34 }[filter]);
    }
  });

  test('nodeAtLine where spans overlap: a question whose answer holds a term is found first, the term inside it is not', () => {
    const model = parseNote('# A\nQ: 为什么？\n- 术语：定义\n答案的其余部分\n# B\n');
    const roots = buildOutline(model);
    assert.deepEqual(roots[0].children.map((n) => `${n.kind}:${n.label}:${n.span.start.line}-${n.span.end.line}`), ['question:为什么？:1-3', 'definition:术语:2-3']);
    assert.deepEqual([0, 1, 2, 3, 4].map((line) => nodeAtLine(roots, line)?.label), ['A', '为什么？', '为什么？', '为什么？', 'B']);
    assert.deepEqual([0, 1, 2, 3, 4].map((line) => referenceNodeAtLine(roots, line)?.label), ['A', '为什么？', '为什么？', '为什么？', 'B']);
  });
});
