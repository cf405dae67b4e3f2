/**
 * The outline: the note model arranged as a tree the topic view shows — topics nested by
 * level, with each topic's questions and defined terms as its children.
 */
import type { NoteModel, Range, TopicKind } from './model';
import { ShardedMap, stringShard } from '../collections';

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

/** How many items an outline job makes between two questions to `shouldYield`. */
export const OUTLINE_ITEMS_PER_CHECK = 500;

/**
 * An outline built in steps, as a ParseJob parses: `step` works until `shouldYield` (asked
 * every `OUTLINE_ITEMS_PER_CHECK` items) says stop and returns true once the outline is made;
 * `result()` makes whatever remains at once. The outline is buildOutline's, whatever the steps.
 */
export interface OutlineJob {
  step(shouldYield: () => boolean): boolean;
  result(): OutlineNode[];
}

/** Builds the outline tree of a note; `filter` keeps only questions or only terms (and the topics above them). */
export function buildOutline(model: NoteModel, filter: OutlineFilter = 'all'): OutlineNode[] {
  return beginOutline(model, filter).result();
}

const enum Phase { Topics, Questions, Definitions, Finish, Roots, Done }

/** Starts building the outline of `model` in steps (see OutlineJob). */
export function beginOutline(model: NoteModel, filter: OutlineFilter = 'all', itemsPerCheck = OUTLINE_ITEMS_PER_CHECK): OutlineJob {
  const seen: Map<string, number> = new ShardedMap(stringShard);
  const idFor = (prefix: string, label: string): string => {
    const key = `${prefix}:${label}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? key : `${key}#${n}`;
  };
  const topicNodes: MutableNode[] = [];
  let roots: MutableNode[] = [];
  const attach = (node: MutableNode, topic: number): void => {
    if (topic >= 0) {
      node.parent = topicNodes[topic];
      topicNodes[topic].children.push(node);
    } else {
      roots.push(node);
    }
  };
  const keeps = (n: MutableNode): boolean => (filter === 'questions' ? n.questionCount > 0 : n.definitionCount > 0);
  /** Sorts a topic's children (or the roots) into document order: topics, questions and terms were added kind by kind. */
  const sortNodes = (nodes: MutableNode[]): void => {
    nodes.sort((a, b) => a.line - b.line || order(a) - order(b));
  };

  let phase = Phase.Topics;
  /** The next item of the current phase. */
  let at = 0;

  const run = (shouldYield: () => boolean): boolean => {
    let budget = itemsPerCheck;
    const tired = (): boolean => {
      if (--budget > 0) return false;
      budget = itemsPerCheck;
      return shouldYield();
    };
    if (phase === Phase.Topics) {
      // A topic's parent comes before it: each is attached as it is made.
      while (at < model.topics.length) {
        const index = at++;
        const t = model.topics[index];
        const node: MutableNode = {
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
        };
        topicNodes.push(node);
        attach(node, t.parent);
        if (tired()) return false;
      }
      at = 0;
      phase = Phase.Questions;
    }
    if (phase === Phase.Questions) {
      while (filter !== 'terms' && at < model.questions.length) {
        const index = at++;
        const q = model.questions[index];
        // A heading that asks a question is already in the tree as that topic.
        if (q.pattern === 'heading') continue;
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
        if (tired()) return false;
      }
      at = 0;
      phase = Phase.Definitions;
    }
    if (phase === Phase.Definitions) {
      while (filter !== 'questions' && at < model.definitions.length) {
        const index = at++;
        const d = model.definitions[index];
        if (d.style === 'pseudo-heading' && d.topic >= 0) {
          // The pseudo-heading is the term: a child with the same name would only repeat it.
          topicNodes[d.topic].definition = index;
          topicNodes[d.topic].definitionCount += 1;
          continue;
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
        if (tired()) return false;
      }
      at = topicNodes.length;
      phase = Phase.Finish;
    }
    if (phase === Phase.Finish) {
      // Last topic first: a topic's sub-topics come after it, so they are finished when it is.
      while (at > 0) {
        const n = topicNodes[--at];
        sortNodes(n.children);
        for (const c of n.children) {
          n.questionCount += c.questionCount;
          n.definitionCount += c.definitionCount;
        }
        if (filter !== 'all') n.children = n.children.filter(keeps);
        if (tired()) return false;
      }
      phase = Phase.Roots;
    }
    if (phase === Phase.Roots) {
      sortNodes(roots);
      if (filter !== 'all') roots = roots.filter(keeps);
      phase = Phase.Done;
    }
    return true;
  };
  return {
    step: run,
    result: () => {
      run(() => false);
      return roots;
    },
  };
}

function order(n: MutableNode): number {
  return n.kind === 'topic' ? 0 : n.kind === 'question' ? 1 : 2;
}

/**
 * For each level of an outline, the last line reached by its first k nodes (the nodes are in
 * document order, their spans may overlap): made on the first search of that level.
 */
const reach = new WeakMap<readonly OutlineNode[], Int32Array>();

/** The first node of `level` whose span holds `line`, by binary search (see `reach`). */
function nodeOfLevel(level: readonly OutlineNode[], line: number): OutlineNode | undefined {
  let ends = reach.get(level);
  if (!ends) {
    ends = new Int32Array(level.length);
    let most = -1;
    for (let i = 0; i < level.length; i++) ends[i] = most = Math.max(most, level[i].span.end.line);
    reach.set(level, ends);
  }
  // The first node reaching `line`: no node before it does, and when it starts after `line`,
  // so does every node after it.
  let lo = 0;
  let hi = level.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  const n = level[lo];
  return n && n.span.start.line <= line && line <= n.span.end.line ? n : undefined;
}

/** The deepest node whose span holds `line`, preferring a question or term over the topic around it. */
export function nodeAtLine(roots: readonly OutlineNode[], line: number): OutlineNode | undefined {
  let found: OutlineNode | undefined;
  let level: readonly OutlineNode[] = roots;
  while (true) {
    const next = nodeOfLevel(level, line);
    if (!next) return found;
    found = next;
    level = next.children;
  }
}

/** A long list is shown in groups of this many items (a long note's sections, a big workspace's notes). */
export const GROUP_SIZE = 100;
/** No level shows more than this many groups: a longer list is shown in groups of groups. */
export const MAX_SHOWN = 500;

/** A run of consecutive items of a list, shown as one collapsed node. */
export interface ItemRange {
  /** Index of its first item (0-based). */
  readonly first: number;
  /** How many items it holds, through its groups. */
  readonly count: number;
  /** How many items a range of its level holds at most: GROUP_SIZE, GROUP_SIZE², … */
  readonly size: number;
  /** The ranges of the level below; none when it holds the items themselves (size GROUP_SIZE). */
  readonly groups: readonly ItemRange[];
}

/**
 * How a list of `length` items is shown, as a debugger shows a long array: undefined when it has
 * at most `groupSize` items (shown as they are); otherwise ranges of `groupSize` items, or, when
 * there would be more than `maxShown` of them, ranges of `groupSize` ranges, and so on: no level
 * shows more than `maxShown` nodes, and a range's level is `groupSize` times its groups' level.
 */
export function groupRanges(length: number, groupSize = GROUP_SIZE, maxShown = MAX_SHOWN): ItemRange[] | undefined {
  if (length <= groupSize) return undefined;
  let size = groupSize;
  while (Math.ceil(length / size) > maxShown) size *= groupSize;
  const ranges = (from: number, to: number, size: number): ItemRange[] => {
    const out: ItemRange[] = [];
    for (let first = from; first < to; first += size) {
      const end = Math.min(first + size, to);
      out.push({ first, count: end - first, size, groups: size > groupSize ? ranges(first, end, size / groupSize) : [] });
    }
    return out;
  };
  return ranges(0, length, size);
}
