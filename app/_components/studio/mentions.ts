import type { EditorSegment, GlossaryHint } from './types';

/** The glossary entries an original mentions, each once, in order of first mention. */
export function mentionedHints(
  segment: EditorSegment,
  glossary: Record<string, GlossaryHint>,
): GlossaryHint[] {
  const ids = new Set(segment.pieces.flatMap((p) => (p.termId ? [p.termId] : [])));
  return [...ids].flatMap((id) => {
    const hint = glossary[id];
    return hint ? [hint] : [];
  });
}
