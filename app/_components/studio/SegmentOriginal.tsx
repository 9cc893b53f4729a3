import type { EditorSegment } from './types';

/** The Indonesian text with its glossary mentions marked, as the help aside lists them. */
export function SegmentOriginal({ segment }: { segment: EditorSegment }) {
  return (
    <p lang="id" className="prose-block">
      {segment.pieces.map((piece, i) =>
        piece.termId ? (
          <mark key={i} data-term={piece.termId} className="rounded-sm bg-[var(--color-mark)] text-inherit">
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
