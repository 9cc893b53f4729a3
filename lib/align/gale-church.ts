/** Indices of the source and target sentences that translate each other, in order. */
export type AlignmentGroup = { source: number[]; target: number[] };

/**
 * English characters per Indonesian character. Gale & Church used c = 1; the seed article gives
 * 1856 / 1888 ≈ 0.98, so English translations run slightly shorter than their Indonesian originals.
 */
export const charsPerSourceChar = 0.98;
/** Variance of that ratio per character, Gale & Church's estimate (s² = 6.8). */
export const varianceRatio = 6.8;

/**
 * Allowed groupings with Gale & Church's priors (1993, table 5). 1–0 and 0–1 stay in, with their
 * tiny prior, so that any two sentence lists align: without them 3 sentences against 1 could not.
 * 2–2 is left out; it is almost always better described as two 1–1 groups.
 */
const moves = [
  { source: 1, target: 1, prior: 0.89 },
  { source: 1, target: 2, prior: 0.089 / 2 },
  { source: 2, target: 1, prior: 0.089 / 2 },
  { source: 1, target: 0, prior: 0.0099 / 2 },
  { source: 0, target: 1, prior: 0.0099 / 2 },
] as const;

/**
 * Gale & Church (1993) length-based sentence alignment: a dynamic programme over both lists that
 * minimises −log P(grouping) − log P(length difference), where the length difference of a group
 * is normally distributed around c times its source length.
 */
export function alignSentences(source: string[], target: string[]): AlignmentGroup[] {
  const sourceLengths = source.map((sentence) => sentence.length);
  const targetLengths = target.map((sentence) => sentence.length);
  const rows = source.length + 1;
  const columns = target.length + 1;
  const cost = new Float64Array(rows * columns).fill(Infinity);
  const step = new Int8Array(rows * columns).fill(-1);
  cost[0] = 0;

  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const here = cost[i * columns + j]!;
      if (here === Infinity) continue;
      moves.forEach((move, m) => {
        const toI = i + move.source;
        const toJ = j + move.target;
        if (toI >= rows || toJ >= columns) return;
        const length1 = sum(sourceLengths, i, toI);
        const length2 = sum(targetLengths, j, toJ);
        const total = here + moveCost(length1, length2, move.prior);
        if (total < cost[toI * columns + toJ]!) {
          cost[toI * columns + toJ] = total;
          step[toI * columns + toJ] = m;
        }
      });
    }
  }
  return backtrack(step, source.length, target.length, columns);
}

function backtrack(step: Int8Array, sourceCount: number, targetCount: number, columns: number) {
  const groups: AlignmentGroup[] = [];
  let i = sourceCount;
  let j = targetCount;
  while (i > 0 || j > 0) {
    const move = moves[step[i * columns + j]!];
    if (!move) throw new Error(`no alignment path reaches (${i}, ${j})`);
    groups.push({ source: range(i - move.source, i), target: range(j - move.target, j) });
    i -= move.source;
    j -= move.target;
  }
  return groups.reverse();
}

/** −log of the prior times the two-tailed probability of a length difference at least this large. */
export function moveCost(sourceLength: number, targetLength: number, prior: number): number {
  const mean = (sourceLength + targetLength / charsPerSourceChar) / 2;
  const z =
    mean === 0 ? 0 : (charsPerSourceChar * sourceLength - targetLength) / Math.sqrt(varianceRatio * mean);
  const probability = Math.max(2 * normalUpperTail(Math.abs(z)), 1e-300);
  return -Math.log(prior) - Math.log(probability);
}

/**
 * P(Z > x) for x ≥ 0 (Abramowitz & Stegun 26.2.17). Computing the tail directly, not 1 − Φ(x),
 * keeps far-off groupings distinguishable instead of all rounding to probability 0.
 */
function normalUpperTail(x: number): number {
  const t = 1 / (1 + 0.2316419 * x);
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  return (
    density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  );
}

function sum(lengths: number[], from: number, to: number): number {
  let total = 0;
  for (let k = from; k < to; k++) total += lengths[k]!;
  return total;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
