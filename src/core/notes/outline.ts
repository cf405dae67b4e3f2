/**
 * The outline: the note model arranged as a tree the topic view shows — topics nested by
 * level, with each topic's questions and defined terms as its children.
 */
import type { NoteModel, Range, TopicKind } from './model';

export type OutlineFilter = 'all' | 'questions' | 'terms';

export type OutlineNodeKind = 'topic' | 'question' | 'definition';

export interface OutlineNode {
  readonly kind: OutlineNodeKind;
  /** How a topic was written (undefined for questions and terms). */
  readonly topicKind: TopicKind | undefined;
  /** Index into the model's `topics`, `questions` or `definitions`, by kind. */
  readonly index: number;
  readonly label: string;
  /** Identifies the node across re-parses of the same note while its text stays. */
  readonly id: string;
  /** What to select when the node is opened: the heading line, the question line, the term. */
  readonly range: Range;
  /** The lines the node stands for: a topic's section, a question with its answer, a definition. */
  readonly span: Range;
  /** True for a topic whose heading is itself a question. */
  readonly isQuestion: boolean;
  /** For a pseudo-heading that defines its term (`**LDM**` + paragraph): index into `definitions`. */
  readonly definition: number | undefined;
  /** Questions and definitions below this node, counted through all levels. */
  readonly questionCount: number;
  readonly definitionCount: number;
  readonly children: OutlineNode[];
  readonly parent: OutlineNode | undefined;
}

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
export function buildOutline(model: NoteModel, filter: OutlineFilter = 'all'): OutlineNode[] {
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
export function nodeAtLine(roots: readonly OutlineNode[], line: number): OutlineNode | undefined {
  let found: OutlineNode | undefined;
  let level: readonly OutlineNode[] = roots;
  while (true) {
    const next = level.find((n) => n.span.start.line <= line && line <= n.span.end.line);
    if (!next) return found;
    found = next;
    level = next.children;
  }
}
