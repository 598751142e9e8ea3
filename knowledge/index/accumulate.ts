/**
 * The term index's inner loops: adding a term's score to per-document accumulators, from its
 * documents or from its score column, and reading the documents found back. Plain functions over
 * typed arrays, so the compiler keeps each loop tight.
 *
 * The accumulators, one slot per document: `total` (the score so far), `matched` (distinct query
 * terms matched; 0 for a document not reached) and `reach` (the smallest code, over the terms
 * read from their documents, of the term, neighbour and field that reached the document; equal
 * scores keep the order the query reaches documents in, as MiniSearch's sort does; a score
 * column's code is looked up only for the documents kept).
 */

/** The accumulators of a search. */
export interface Accumulators {
  readonly total: Float64Array;
  readonly matched: Uint16Array;
  readonly reach: Uint32Array;
}

/**
 * A query term's documents: each document holding the term (or one of its fuzzy neighbours), in
 * ascending order, with the score the term adds to it (summed over the fields and neighbours)
 * and which neighbour and field reached it first (their number, neighbour by neighbour, field
 * by field).
 */
export interface TermDocs {
  readonly docs: Uint32Array;
  readonly scores: Float64Array;
  readonly firsts: Uint32Array;
  /** How many neighbour-and-field numbers the term takes: its neighbours times the fields. */
  readonly codes: number;
}

/**
 * Adds a term's score, `times` over, to its documents from the `i`-th on that stand before
 * `to`, each counting the term once more among those it matched; `code` numbers the term's first
 * neighbour and field. Gives where it stopped.
 */
export function addTermDocs(t: TermDocs, i: number, to: number, times: number, code: number, a: Accumulators): number {
  const { docs, scores, firsts } = t;
  const { total, matched, reach } = a;
  for (const end = docs.length; i < end; i++) {
    const doc = docs[i]!;
    if (doc >= to) break;
    matched[doc] = matched[doc]! + 1;
    reach[doc] = Math.min(reach[doc]!, code + firsts[i]!);
    // Added `times` over, as MiniSearch adds a repeated query term's score once per time.
    const score = scores[i]!;
    let sum = total[doc]!;
    for (let n = 0; n < times; n++) sum += score;
    total[doc] = sum;
  }
  return i;
}

/** A very common term's score in every document, `times` asked, and its code. */
export interface Column {
  readonly scores: Float64Array;
  readonly times: number;
  readonly code: number;
}

/**
 * Adds a score column, `times` over (as one product), to the documents of [from, to), without a
 * branch: a column is dense, and a branch on each of its documents would be mispredicted often.
 */
export function addColumn(c: Column, from: number, to: number, a: Accumulators): void {
  const { scores, times } = c;
  const { total, matched } = a;
  for (let doc = from; doc < to; doc++) {
    const score = scores[doc]!;
    total[doc] = total[doc]! + score * times;
    matched[doc] = matched[doc]! + Number(score > 0);
  }
}

/**
 * The documents of [from, to) reached, into `docs`, with their score so far (the sum times the
 * terms matched) into `scores`; gives how many.
 */
export function gather(from: number, to: number, a: Accumulators, docs: Uint32Array, scores: Float64Array): number {
  const { total, matched } = a;
  let n = 0;
  for (let doc = from; doc < to; doc++) {
    const m = matched[doc]!;
    if (m === 0) continue;
    docs[n] = doc;
    scores[n++] = total[doc]! * m;
  }
  return n;
}

/**
 * Adds the columns to the `n` documents gathered that could still score `cut` or more (their
 * sum plus `columnsMax`, times their terms plus the columns'), keeping those alone, in place,
 * with their final scores; gives how many are kept.
 */
export function addColumnsTo(docs: Uint32Array, scores: Float64Array, n: number, cut: number, columns: readonly Column[], columnsMax: number, a: Accumulators): number {
  const { total, matched } = a;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const doc = docs[i]!;
    let sum = total[doc]!;
    let m = matched[doc]!;
    if ((sum + columnsMax) * (m + columns.length) * (1 + 1e-12) < cut) continue;
    for (const { scores: column, times } of columns) {
      const score = column[doc]!;
      if (score === 0) continue;
      m += 1;
      sum += score * times;
    }
    docs[kept] = doc;
    scores[kept++] = sum * m;
  }
  return kept;
}

/** A gathered document's final score: its score so far with every column added. */
export function finalScore(doc: number, columns: readonly Column[], a: Accumulators): number {
  let sum = a.total[doc]!;
  let m = a.matched[doc]!;
  for (const { scores: column, times } of columns) {
    const score = column[doc]!;
    if (score === 0) continue;
    m += 1;
    sum += score * times;
  }
  return sum * m;
}
