/**
 * Unit-cost Levenshtein distance between two sequences of word ids, capped: the cheap screen that
 * `lookup` runs before the full weighted comparison, which also builds a diff. It is never more
 * than the word edits that comparison counts, so a score bound computed from it is safe to prune
 * on. Only cells within `cap` of the diagonal can lie on a path of cost ≤ cap, and once a whole
 * row exceeds it so will the result (Ukkonen's cut-off), so a hopeless candidate costs a fraction
 * of the full table. Returns `cap + 1` for anything beyond the cap.
 */
export function createWordDistance(): (a: Int32Array, b: Int32Array, cap: number) => number {
  let previous = new Int32Array(64);
  let current = new Int32Array(64);
  return (a, b, cap) => {
    if (Math.abs(a.length - b.length) > cap) return cap + 1;
    if (b.length + 1 > previous.length) {
      previous = new Int32Array(2 * (b.length + 1));
      current = new Int32Array(2 * (b.length + 1));
    }
    const beyond = cap + 1;
    for (let j = 0; j <= b.length; j++) previous[j] = j <= cap ? j : beyond;
    for (let i = 1; i <= a.length; i++) {
      const from = Math.max(1, i - cap);
      const to = Math.min(b.length, i + cap);
      current[from - 1] = from === 1 && i <= cap ? i : beyond;
      let rowMin = current[from - 1]!;
      const word = a[i - 1]!;
      for (let j = from; j <= to; j++) {
        const substitute = previous[j - 1]! + (word === b[j - 1] ? 0 : 1);
        const value = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1, beyond);
        current[j] = value;
        if (value < rowMin) rowMin = value;
      }
      if (to < b.length) current[to + 1] = beyond;
      if (rowMin > cap) return beyond;
      [previous, current] = [current, previous];
    }
    return Math.min(previous[b.length]!, beyond);
  };
}
