/**
 * The term index: every known term and alias in one trie, matched the way mixed Chinese and
 * Latin notes need it — longest match first, word boundaries for Latin but not against
 * Chinese, spaces and full-width letters ignored, acronyms case-sensitive.
 */

import { ShardedMap, stringShard } from '../collections';

/** Where a definition came from; the hover lists the user's own first. */
export type TermOrigin =
  | { readonly kind: 'note'; readonly uri: string; readonly line: number; readonly character: number }
  | { readonly kind: 'glossary'; readonly uri: string; readonly line: number; readonly character: number }
  | { readonly kind: 'builtin'; readonly field: string };

export interface TermDefinition {
  /** The term as its source writes it. */
  readonly term: string;
  readonly aliases: readonly string[];
  readonly definition: string;
  /** A key formula in TeX, without delimiters. */
  readonly tex?: string;
  /** The long form an abbreviation stands for, when known. */
  readonly expansion?: string;
  readonly origin: TermOrigin;
}

/** A term found in a text: where, under which spelling, with every definition known for it. */
export interface TermMatch {
  /** Offsets in the searched text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The index key (normalised spelling) that matched. */
  readonly key: string;
  readonly definitions: readonly TermDefinition[];
}

/**
 * A trie node. Most nodes have one child (the tails of long terms), kept in `c1`/`n1`; a Map
 * is made only for a second child — ten times fewer Maps on a workspace's terms.
 */
interface TrieNode {
  c1: number;
  n1: TrieNode | undefined;
  next: Map<number, TrieNode> | undefined;
  /** Definitions whose term or alias ends here, by the exact spelling that put them here. */
  terms: Map<string, Set<TermDefinition>> | undefined;
}

function childOf(node: TrieNode, c: number): TrieNode | undefined {
  return node.c1 === c ? node.n1 : node.next?.get(c);
}

function newNode(): TrieNode {
  return { c1: -1, n1: undefined, next: undefined, terms: undefined };
}

const ORIGIN_RANK = { note: 0, glossary: 1, builtin: 2 } as const;

/** Folds full-width ASCII (`ＬＤＭ`, `：`) to half-width and the ideographic space to a space. */
export function foldWidth(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 32;
  return c;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

/** Latin letters and digits: the characters a Latin term must not be glued to. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * An acronym keeps its case (`SSD`, `mAP`, `LoRA`, `DC-AE`); a word does not (`Linear attention`,
 * `Classifier-Free Guidance`, `Adam`). A spelling is case-sensitive when one of its words (runs
 * of Latin letters) has an upper-case letter after its first character, or when it is a single
 * upper-case letter.
 */
export function isCaseSensitive(spelling: string): boolean {
  let letters = 0;
  let inWord = 0;
  for (let i = 0; i < spelling.length; i++) {
    const c = foldWidth(spelling.charCodeAt(i));
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122)) {
      letters++;
      if (upper && inWord > 0) return true;
      inWord++;
    } else {
      inWord = 0;
    }
  }
  return letters === 1 && /^[A-Z]$/.test(termKey(spelling));
}

const NEEDS_FOLDING = /[\s\u00a0\u3000\uff01-\uff5e]/;

/**
 * The key a spelling is indexed under: width folded, case kept, spaces dropped except one
 * between two Latin letters or digits (`KL 散度` → `KL散度`, `Linear attention` keeps its
 * space), so `KL散度` matches `KL 散度` but `S SD` never matches `SSD`.
 */
export function termKey(spelling: string): string {
  // Most spellings have nothing to fold.
  if (!NEEDS_FOLDING.test(spelling)) return spelling;
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < spelling.length; i++) {
    const c = foldWidth(spelling.charCodeAt(i));
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace && isWordChar(c) && isWordChar(out.charCodeAt(out.length - 1))) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Definitions that enter or leave the index together (see {@link TermIndex.beginReplace}):
 * lookups show a staged definition only while its stage is shown.
 */
interface Stage {
  shown: boolean;
}

/**
 * A replacement of one set of definitions by another that runs in steps (see
 * {@link TermIndex.beginReplace}). `step` works until `shouldYield` says stop and returns
 * true once the replacement is complete; `finish` runs what remains at once.
 */
export interface TermReplacement {
  step(shouldYield: () => boolean): boolean;
  finish(): void;
  /** Whether lookups show the new definitions yet (the old ones are gone from them then). */
  readonly committed: boolean;
}

/** A part number for a definition (see ShardedMap): from its term, which never changes. */
export function definitionShard(def: TermDefinition): number {
  return stringShard(def.term);
}

/** Items a stepping job handles between two questions to `shouldYield`. */
const ITEMS_PER_CHECK = 128;
/** Text positions `scan` tries between two questions to `shouldYield`. */
const POSITIONS_PER_CHECK = 512;

/** A mutable index of terms; add and remove definitions as notes and glossary files change. */
export class TermIndex {
  private readonly root: TrieNode = newNode();
  private readonly byDefinition: Map<TermDefinition, string[]> = new ShardedMap(definitionShard);
  private longest = 0;
  /** The longest key starting with each (lower-cased) character: lookups skip hopeless starts. */
  private readonly longestByFirst = new Map<number, number>();
  private count = 0;
  /**
   * The set each key's definitions live in, as stored in the trie (the same object), so adding
   * under a known key skips the walk. A set emptied by `remove` leaves the trie and this map
   * together.
   */
  private readonly setOfKey: Map<string, Set<TermDefinition>> = new ShardedMap(stringShard);
  /**
   * The stage of every definition a replacement is moving in or out (empty between
   * replacements): in the trie but hidden from lookups, or shown but about to leave.
   */
  private readonly stageOf: Map<TermDefinition, Stage> = new ShardedMap(definitionShard);

  /** Number of definitions in the index (the ones lookups show). */
  get size(): number {
    return this.count;
  }

  /** Whether lookups show `def` (every definition but the hidden ones of a replacement). */
  private shown(def: TermDefinition): boolean {
    return this.stageOf.size === 0 || (this.stageOf.get(def)?.shown ?? true);
  }

  /** Adds every definition of `set` that lookups show to `out`. */
  private pushShown(out: TermDefinition[], set: Set<TermDefinition>): void {
    if (this.stageOf.size === 0) out.push(...set);
    else for (const d of set) if (this.shown(d)) out.push(d);
  }

  /** Adds a definition under its term and every alias. */
  add(def: TermDefinition): void {
    this.addKeys(def);
    this.count++;
  }

  private addKeys(def: TermDefinition): void {
    const keys: string[] = [];
    this.addSpelling(def, def.term, keys);
    for (const alias of def.aliases) this.addSpelling(def, alias, keys);
    this.byDefinition.set(def, keys);
  }

  /**
   * Replaces the definitions `outgoing` (in the index) by `incoming` (new to it) in steps, so
   * that a note of tens of thousands of terms never holds the caller for long: lookups show
   * the old definitions until every new one is in the trie, then the new ones and no old one
   * (the switch is one step), and the old ones leave the trie afterwards. The caller must not
   * add or remove any of these definitions otherwise until the replacement is finished.
   * `onCommit` runs at the switch (the caller switches its own records with the index).
   */
  beginReplace(outgoing: readonly TermDefinition[], incoming: readonly TermDefinition[], onCommit?: () => void): TermReplacement {
    const entering: Stage = { shown: false };
    const leaving: Stage = { shown: true };
    /** The outgoing definitions that are in the index (and shown), marked as leaving in phase 0. */
    const leavers: TermDefinition[] = [];
    let phase = 0;
    let at = 0;
    const run = (shouldYield: () => boolean): boolean => {
      for (;;) {
        if (phase === 0) {
          // Every new definition into the trie, hidden; then the old ones marked as leaving
          // (still shown). Both in chunks, asking `shouldYield` between them.
          const total = incoming.length + outgoing.length;
          const end = Math.min(total, at + ITEMS_PER_CHECK);
          for (; at < end; at++) {
            if (at < incoming.length) {
              this.addKeys(incoming[at]);
              this.stageOf.set(incoming[at], entering);
            } else {
              const d = outgoing[at - incoming.length];
              if (!this.byDefinition.has(d) || !this.shown(d)) continue;
              leavers.push(d);
              this.stageOf.set(d, leaving);
            }
          }
          if (at < total) {
            if (shouldYield()) return false;
            continue;
          }
          // The switch: the new shown, the old hidden, at once.
          entering.shown = true;
          leaving.shown = false;
          this.count += incoming.length - leavers.length;
          onCommit?.();
          phase = 1;
          at = 0;
          if (shouldYield()) return false;
        }
        if (phase === 1) {
          // The old ones out of the trie (hidden already, so `remove` does not count them again).
          const end = Math.min(leavers.length, at + ITEMS_PER_CHECK);
          for (; at < end; at++) this.remove(leavers[at]);
          if (at < leavers.length) {
            if (shouldYield()) return false;
            continue;
          }
          phase = 2;
          at = 0;
        }
        if (phase === 2) {
          // The new ones are ordinary definitions from now on.
          const end = Math.min(incoming.length, at + ITEMS_PER_CHECK * 8);
          for (; at < end; at++) if (this.stageOf.get(incoming[at]) === entering) this.stageOf.delete(incoming[at]);
          if (at < incoming.length) {
            if (shouldYield()) return false;
            continue;
          }
          phase = 3;
        }
        return true;
      }
    };
    return {
      step: run,
      finish: () => void run(() => false),
      get committed() {
        return phase > 0;
      },
    };
  }

  /** Adds `def` under one spelling's key (unless empty or already in `keys`), and records the key. */
  private addSpelling(def: TermDefinition, spelling: string, keys: string[]): void {
    const key = termKey(spelling);
    if (key.length === 0 || keys.includes(key)) return;
    keys.push(key);
    // A workspace spells the same terms again and again: a key seen before finds its set at once.
    let set = this.setOfKey.get(key);
    if (!set) {
      let node = this.root;
      for (let i = 0; i < key.length; i++) {
        const c = lower(key.charCodeAt(i));
        let child = childOf(node, c);
        if (!child) {
          child = newNode();
          if (!node.n1) {
            node.c1 = c;
            node.n1 = child;
          } else {
            (node.next ??= new Map()).set(c, child);
          }
        }
        node = child;
      }
      node.terms ??= new Map();
      set = node.terms.get(key);
      if (!set) node.terms.set(key, (set = new Set()));
      this.setOfKey.set(key, set);
      if (key.length > this.longest) this.longest = key.length;
      const first = lower(key.charCodeAt(0));
      if (key.length > (this.longestByFirst.get(first) ?? 0)) this.longestByFirst.set(first, key.length);
    }
    set.add(def);
  }

  /** Removes a definition added before (matched by identity). */
  remove(def: TermDefinition): void {
    const keys = this.byDefinition.get(def);
    if (!keys) return;
    for (const key of keys) {
      let node: TrieNode | undefined = this.root;
      for (let i = 0; i < key.length && node; i++) node = childOf(node, lower(key.charCodeAt(i)));
      const set = node?.terms?.get(key);
      set?.delete(def);
      if (set && set.size === 0) {
        node!.terms!.delete(key);
        this.setOfKey.delete(key);
      }
    }
    if (this.shown(def)) this.count--;
    this.stageOf.delete(def);
    this.byDefinition.delete(def);
  }

  /** Removes every definition `predicate` selects (e.g. all from one note). */
  removeWhere(predicate: (def: TermDefinition) => boolean): void {
    for (const def of [...this.byDefinition.keys()]) if (predicate(def)) this.remove(def);
  }

  /** Every definition in the index (that lookups show), in the order they were added. */
  definitions(): IterableIterator<TermDefinition> {
    if (this.stageOf.size === 0) return this.byDefinition.keys();
    return this.shownDefinitions();
  }

  private *shownDefinitions(): IterableIterator<TermDefinition> {
    for (const d of this.byDefinition.keys()) if (this.shown(d)) yield d;
  }

  /** Every definition whose term or alias has exactly this key. */
  definitionsOf(spelling: string): TermDefinition[] {
    const key = termKey(spelling);
    let node: TrieNode | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = childOf(node, lower(key.charCodeAt(i)));
    const out: TermDefinition[] = [];
    if (node?.terms) {
      for (const [k, set] of node.terms) if (k === key || (!isCaseSensitive(k) && k.toLowerCase() === key.toLowerCase())) this.pushShown(out, set);
    }
    return sortDefinitions(out);
  }

  /**
   * The longest term that starts at `start` of `text` (spaces inside the term may be present
   * or not), respecting Latin word boundaries and acronym case; undefined when none does.
   */
  matchAt(text: string, start: number): TermMatch | undefined {
    const first = text.charCodeAt(start);
    if (isSpace(foldWidth(first))) return undefined;
    if (isWordChar(foldWidth(first)) && start > 0 && isWordChar(foldWidth(text.charCodeAt(start - 1)))) return undefined;
    let node: TrieNode | undefined = this.root;
    let best: TermMatch | undefined;
    let i = start;
    let seen = 0;
    let prev = 0;
    while (node && i < text.length && seen < this.longest + 8) {
      const c = foldWidth(text.charCodeAt(i));
      seen++;
      // A term never spans lines (the hover looks at one line; a Chinese term broken by a
      // line break is not the term).
      if (c === 10 || c === 13) break;
      if (isSpace(c)) {
        // Spaces are optional inside a term (a term never starts or ends on one), except
        // between two Latin letters or digits, where the key must have its space too.
        let j = i + 1;
        while (j < text.length && isSpace(foldWidth(text.charCodeAt(j))) && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
        if (j < text.length && isWordChar(prev) && isWordChar(foldWidth(text.charCodeAt(j)))) {
          node = childOf(node, 32);
          if (!node) break;
        }
        i = j;
        continue;
      }
      prev = c;
      node = childOf(node, lower(c));
      if (!node) break;
      i++;
      if (node.terms && !(isWordChar(c) && i < text.length && isWordChar(foldWidth(text.charCodeAt(i))))) {
        // Only here is the spelling needed: build it from the text once.
        const key = termKey(text.slice(start, i));
        const defs: TermDefinition[] = [];
        for (const [k, set] of node.terms) {
          if (k === key || (!isCaseSensitive(k) && k.toLowerCase() === key.toLowerCase())) this.pushShown(defs, set);
        }
        if (defs.length > 0) best = { start, end: i, key, definitions: sortDefinitions(defs) };
      }
    }
    return best;
  }

  /** The term covering `offset` in `text` (the hover's question), longest first. */
  lookup(text: string, offset: number): TermMatch | undefined {
    let best: TermMatch | undefined;
    // Walk start positions back from the cursor. A term starting at `s` must hold at least
    // `needed` non-blank characters to reach the cursor: starts whose longest key is shorter
    // are skipped without a trie walk, and the walk stops once no key is that long.
    let needed = 0;
    for (let s = Math.min(offset, text.length - 1); s >= 0; s--) {
      const c = foldWidth(text.charCodeAt(s));
      if (c === 10 || c === 13) break;
      if (isSpace(c)) continue;
      if (++needed > this.longest) break;
      if ((this.longestByFirst.get(lower(c)) ?? 0) < needed) continue;
      const m = this.matchAt(text, s);
      if (m && m.end > offset && (!best || m.end - m.start > best.end - best.start)) best = m;
    }
    return best;
  }

  /** Every term in `text`, left to right, longest match first, not overlapping. */
  findAll(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    this.scan(text, 0, (m) => out.push(m));
    return out;
  }

  /**
   * `findAll` of a long text in steps: hands every term from offset `from` on to `found`, left
   * to right, until the text ends (returns -1) or `shouldYield` (asked every few hundred
   * positions) says stop (returns the offset to go on from). The terms of all steps are
   * exactly findAll's: a match never depends on where the scan started.
   */
  scan(text: string, from: number, found: (m: TermMatch) => void, shouldYield?: () => boolean): number {
    let i = from;
    let budget = POSITIONS_PER_CHECK;
    while (i < text.length) {
      if (--budget === 0) {
        if (shouldYield?.()) return i;
        budget = POSITIONS_PER_CHECK;
      }
      const m = this.matchAt(text, i);
      if (m) {
        found(m);
        i = m.end;
      } else {
        i++;
      }
    }
    return -1;
  }
}

/** The user's own notes first, then glossary files, then the built-in glossary. */
function sortDefinitions(defs: TermDefinition[]): TermDefinition[] {
  return [...new Set(defs)].sort((a, b) => ORIGIN_RANK[a.origin.kind] - ORIGIN_RANK[b.origin.kind]);
}
