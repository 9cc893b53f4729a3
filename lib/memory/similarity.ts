import type { DiffOp } from './types';
import { tokenize, type Token } from './tokens';

/** Most a score loses to case, accent and punctuation differences: they rarely change what a translator types. */
export const MAX_FORM_PENALTY = 5;

/**
 * Edit costs in one integer scale: a word edit outweighs any likely number of form edits, so the
 * alignment first minimises changed words (what the score counts), then form differences.
 */
const WORD = 1000;
const FORM = 1;

export interface Similarity {
  score: number;
  diff: DiffOp[];
}

/**
 * Word-level Levenshtein similarity of a query and a stored original, 0–100 before rounding:
 * 100 × (1 − changed words / the longer text's word count), less one point per word that differs
 * only in case or accents and per punctuation mark inserted, deleted or changed, up to
 * MAX_FORM_PENALTY. Only identical texts score 100, so an exact match is always recognisable.
 */
export function similarity(query: string, original: string): Similarity {
  return compareTokens(tokenize(query), tokenize(original), query === original);
}

export function compareTokens(query: Token[], original: Token[], identical: boolean): Similarity {
  const rows = original.length + 1;
  const columns = query.length + 1;
  const cost = new Int32Array(rows * columns);
  for (let i = 1; i < rows; i++) cost[i * columns] = cost[(i - 1) * columns]! + indel(original[i - 1]!);
  for (let j = 1; j < columns; j++) cost[j] = cost[j - 1]! + indel(query[j - 1]!);
  for (let i = 1; i < rows; i++) {
    const a = original[i - 1]!;
    for (let j = 1; j < columns; j++) {
      const b = query[j - 1]!;
      const here = i * columns + j;
      cost[here] = Math.min(
        cost[here - columns - 1]! + substitution(a, b),
        cost[here - columns]! + indel(a),
        cost[here - 1]! + indel(b),
      );
    }
  }

  const diff: DiffOp[] = [];
  let wordEdits = 0;
  let formEdits = 0;
  let i = original.length;
  let j = query.length;
  while (i > 0 || j > 0) {
    const here = i * columns + j;
    const a = original[i - 1];
    const b = query[j - 1];
    if (a && b && cost[here] === cost[here - columns - 1]! + substitution(a, b)) {
      const step = substitution(a, b);
      if (step >= WORD) wordEdits++;
      else formEdits += step;
      if (a.text === b.text) diff.push({ op: 'equal', text: a.text });
      else diff.push({ op: 'insert', text: b.text }, { op: 'delete', text: a.text });
      i--;
      j--;
    } else if (a && cost[here] === cost[here - columns]! + indel(a)) {
      if (a.word) wordEdits++;
      else formEdits++;
      diff.push({ op: 'delete', text: a.text });
      i--;
    } else {
      if (b!.word) wordEdits++;
      else formEdits++;
      diff.push({ op: 'insert', text: b!.text });
      j--;
    }
  }
  diff.reverse();

  const words = Math.max(count(query), count(original), 1);
  const raw = 100 * (1 - wordEdits / words) - Math.min(formEdits, MAX_FORM_PENALTY);
  const score = identical ? 100 : Math.min(Math.max(raw, 0), 99);
  return { score, diff: mergeRuns(diff) };
}

function substitution(a: Token, b: Token): number {
  if (a.text === b.text) return 0;
  if (a.word !== b.word) return WORD + WORD; // a word never stands for a mark: delete one, insert the other
  if (a.folded === b.folded) return FORM;
  return a.word ? WORD : FORM;
}

function indel(token: Token): number {
  return token.word ? WORD : FORM;
}

function count(tokens: Token[]): number {
  return tokens.reduce((n, token) => n + (token.word ? 1 : 0), 0);
}

/**
 * Between two equal stretches, all deleted tokens then all inserted ones, each joined as text is
 * spaced: "pada masa" → "di waktu" reads as one change, not four alternating steps.
 */
function mergeRuns(ops: DiffOp[]): DiffOp[] {
  const merged: DiffOp[] = [];
  let deleted: string[] = [];
  let inserted: string[] = [];
  const flush = () => {
    if (deleted.length > 0) merged.push({ op: 'delete', text: joinTokens(deleted) });
    if (inserted.length > 0) merged.push({ op: 'insert', text: joinTokens(inserted) });
    deleted = [];
    inserted = [];
  };
  for (const op of ops) {
    if (op.op === 'delete') deleted.push(op.text);
    else if (op.op === 'insert') inserted.push(op.text);
    else {
      flush();
      const last = merged.at(-1);
      if (last?.op === 'equal') last.text = joinTokens([last.text, op.text]);
      else merged.push({ ...op });
    }
  }
  flush();
  return merged;
}

/** Tokens joined by spaces, except before closing marks and after opening ones. */
function joinTokens(tokens: string[]): string {
  return tokens.reduce((text, token) =>
    /^[.,;:!?)\]}”’»%…]/u.test(token) || /[(\[{“‘«]$/u.test(text) ? text + token : `${text} ${token}`,
  );
}
