/**
 * Keeps a card's history when its front was edited a little: the log names cards by id, and an
 * id comes from the front, so a reworded question gets a new id. A logged id that no current
 * card has ("orphan") is linked to a card of the same note without history when their fronts
 * are similar and the match is unambiguous (one candidate each way).
 */
import { normalizeFront, type Card } from './cardExtractor';
import type { ReviewRecord } from './reviewLog';

/** Similar enough to be the same card (Dice coefficient of character bigrams). */
export const SIMILARITY_THRESHOLD = 0.7;

function bigrams(text: string): Map<string, number> {
  const s = normalizeFront(text).toLowerCase().replace(/\s+/g, ' ');
  const out = new Map<string, number>();
  const chars = Array.from(s);
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** 0 (nothing in common) … 1 (same text after normalising). Works for CJK (character bigrams). */
export function frontSimilarity(a: string, b: string): number {
  if (normalizeFront(a) === normalizeFront(b)) return 1;
  return dice(bigrams(a), bigrams(b));
}

function dice(x: Map<string, number>, y: Map<string, number>): number {
  let total = 0;
  let common = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}

/**
 * Old card id → current card id, for orphans matched unambiguously to a card without history
 * in the same note. `records` are the log's records (any order).
 */
export function linkHistory(cards: readonly Card[], records: readonly ReviewRecord[], threshold = SIMILARITY_THRESHOLD): Map<string, string> {
  const current = new Set(cards.map((c) => c.id));
  const logged = new Set(records.map((r) => r.card));
  // The latest front and note of each orphan id.
  const orphans = new Map<string, { note: string; front: string }>();
  for (const r of records) {
    if (!current.has(r.card) && typeof r.front === 'string') orphans.set(r.card, { note: r.note, front: r.front });
  }
  // Cards without history, by note, with their bigrams computed once.
  const fresh = new Map<string, { id: string; front: string; grams: Map<string, number> }[]>();
  for (const c of cards) {
    if (logged.has(c.id)) continue;
    const list = fresh.get(c.note) ?? fresh.set(c.note, []).get(c.note)!;
    list.push({ id: c.id, front: normalizeFront(c.front), grams: bigrams(c.front) });
  }
  const matches: { orphan: string; card: string }[] = [];
  for (const [orphan, o] of orphans) {
    const candidates = fresh.get(o.note);
    if (!candidates) continue;
    const front = normalizeFront(o.front);
    const grams = bigrams(o.front);
    for (const c of candidates) {
      if (c.front === front || dice(grams, c.grams) >= threshold) matches.push({ orphan, card: c.id });
    }
  }
  const perOrphan = new Map<string, number>();
  const perCard = new Map<string, number>();
  for (const m of matches) {
    perOrphan.set(m.orphan, (perOrphan.get(m.orphan) ?? 0) + 1);
    perCard.set(m.card, (perCard.get(m.card) ?? 0) + 1);
  }
  const links = new Map<string, string>();
  for (const m of matches) if (perOrphan.get(m.orphan) === 1 && perCard.get(m.card) === 1) links.set(m.orphan, m.card);
  return links;
}

/** The records with linked old ids replaced by the current ones (the log itself is untouched). */
export function relinkRecords(records: readonly ReviewRecord[], links: ReadonlyMap<string, string>): ReviewRecord[] {
  if (links.size === 0) return [...records];
  return records.map((r) => {
    const to = links.get(r.card);
    return to ? { ...r, card: to } : r;
  });
}
