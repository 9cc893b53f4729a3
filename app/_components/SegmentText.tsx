import { splitDateline } from '@/lib/content/dateline';
import type { TermMarker } from './labels';
import { TermMention } from './TermMention';

/**
 * The text of one block, with its dateline set apart and its glossary names marked. Content is
 * rendered as React text nodes only, so anything that looks like markup is shown as text, never parsed.
 */
export function SegmentText({ text, lang, terms }: { text: string; lang: 'id' | 'en'; terms?: TermMarker }) {
  const { dateline, gap, rest } = splitDateline(text);
  const marked = (part: string) =>
    terms
      ? terms.mark(part, lang).map((piece, i) =>
          'termId' in piece ? (
            <TermMention key={i} termId={piece.termId} href={terms.href(piece.termId)}>
              {piece.text}
            </TermMention>
          ) : (
            piece.text
          ),
        )
      : part;
  if (!dateline) return <>{marked(text)}</>;
  return (
    <>
      <span className="dateline">{marked(dateline)}</span>
      {gap}
      {marked(rest)}
    </>
  );
}
