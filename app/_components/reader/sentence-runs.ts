import type { Segment } from '@/lib/content/types';

/** One sentence of one side of a segment, as offsets into that side's text. */
export interface SentenceSpan {
  /** `<segmentId>.<groupId>`, the same on both sides for sentences that translate each other. */
  id: string;
  start: number;
  end: number;
}

/** A stretch of a block's text that lies in one sentence (or between sentences) and on one side of the dateline. */
export interface TextRun {
  text: string;
  sentence?: string;
  dateline: boolean;
}

/** The sentence spans of one side of a segment; the sentences of a 1–2 group share their group's id. */
export function sentenceSpans(segment: Segment, side: 'original' | 'translation'): SentenceSpan[] {
  return (segment.sentences ?? []).flatMap((pair) =>
    pair[side].map(({ start, end }) => ({ id: `${segment.id}.${pair.id}`, start, end })),
  );
}

/**
 * Cuts a text at sentence boundaries and at the end of its dateline. The runs join back to the
 * text exactly, so a block's textContent never changes; whitespace between sentences is its own
 * run, outside every sentence.
 */
export function cutIntoRuns(text: string, sentences: SentenceSpan[], datelineEnd = 0): TextRun[] {
  const inside = sentences.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length, ...inside.flatMap((s) => [s.start, s.end])]);
  if (datelineEnd > 0 && datelineEnd < text.length) cuts.add(datelineEnd);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    const sentence = inside.find((s) => s.start <= from && to <= s.end)?.id;
    runs.push({ text: text.slice(from, to), dateline: to <= datelineEnd, ...(sentence ? { sentence } : {}) });
  }
  return runs;
}

/** Consecutive runs of the same sentence, so each sentence becomes one element. */
export function groupBySentence(runs: TextRun[]): { sentence?: string; runs: TextRun[] }[] {
  const groups: { sentence?: string; runs: TextRun[] }[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    if (last && last.sentence !== undefined && last.sentence === run.sentence) last.runs.push(run);
    else groups.push({ ...(run.sentence ? { sentence: run.sentence } : {}), runs: [run] });
  }
  return groups;
}
