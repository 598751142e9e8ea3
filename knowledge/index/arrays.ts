/** Searching an ascending array, selecting from an unordered one: the term index's two needs. */

/** The first index in [from, to) of an ascending array whose value is at least `value`. */
export function firstAtOrAfter(xs: Uint32Array, value: number, from = 0, to = xs.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The k-th largest of some numbers (k from 1), by quickselect, reordering them: linear on average. */
export function kthLargest(xs: Float64Array, k: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i]! > pivot) i++;
      while (xs[j]! < pivot) j--;
      if (i <= j) {
        [xs[i], xs[j]] = [xs[j]!, xs[i]!];
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return xs[want]!;
  }
  return xs[want]!;
}

/**
 * The k-th largest of the first `n` values (k from 1 to n), leaving them in place; `scratch`
 * holds at least n numbers. A few (k up to 32, a province's best): one pass keeping the k largest
 * in a min-heap; more: {@link kthLargest} on a copy.
 */
export function kthLargestOf(values: Float64Array, n: number, k: number, scratch: Float64Array): number {
  if (k > 32) {
    scratch.set(values.subarray(0, n));
    return kthLargest(scratch.subarray(0, n), k);
  }
  let size = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    if (size < k) {
      // Sifted up from the end.
      let c = size++;
      scratch[c] = x;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (scratch[p]! <= x) break;
        scratch[c] = scratch[p]!;
        c = p;
      }
      scratch[c] = x;
    } else if (x > scratch[0]!) {
      // Replaces the smallest kept, sifted down.
      let p = 0;
      for (;;) {
        const l = 2 * p + 1;
        if (l >= k) break;
        const m = l + 1 < k && scratch[l + 1]! < scratch[l]! ? l + 1 : l;
        if (scratch[m]! >= x) break;
        scratch[p] = scratch[m]!;
        p = m;
      }
      scratch[p] = x;
    }
  }
  return scratch[0]!;
}

/**
 * The first `n` of a list in the order `compare` sets, as a stable sort would give them (of
 * equals, the earlier first), without sorting the rest: a province's few best of hundreds.
 */
export function firstOf<T>(list: readonly T[], n: number, compare: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const x of list) {
    if (out.length === n && compare(x, out[n - 1]!) >= 0) continue;
    let i = out.length;
    while (i > 0 && compare(x, out[i - 1]!) < 0) i--;
    out.splice(i, 0, x);
    if (out.length > n) out.pop();
  }
  return out;
}
