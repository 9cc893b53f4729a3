import { Fragment } from 'react';
import { splitDateline } from '@/lib/content/dateline';
import type { TermMarker } from './labels';
import { cutIntoRuns, groupBySentence, type SentenceSpan } from './sentence-runs';
import { TermMention } from '@/app/_components/glossary/TermMention';

/**
 * The text of one block, cut into its sentences (`data-sentence`, the same id as the sentences
 * that translate them in the twin block), with its dateline set apart and its glossary names
 * marked. Names are marked per sentence, so a mention never crosses a sentence boundary; one that
 * would stays plain text. Content is rendered as React text nodes only, so anything that looks
 * like markup is shown as text, never parsed.
 */
export function SegmentText({
  text,
  lang,
  terms,
  sentences = [],
}: {
  text: string;
  lang: 'id' | 'en';
  terms?: TermMarker;
  sentences?: SentenceSpan[];
}) {
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
  const { dateline } = splitDateline(text);
  const groups = groupBySentence(cutIntoRuns(text, sentences, dateline?.length ?? 0));
  return (
    <>
      {groups.map(({ sentence, runs }, g) => {
        const content = runs.map((run, r) =>
          run.dateline ? (
            <span key={r} className="dateline">
              {marked(run.text)}
            </span>
          ) : (
            <Fragment key={r}>{marked(run.text)}</Fragment>
          ),
        );
        return sentence ? (
          <span key={g} data-sentence={sentence}>
            {content}
          </span>
        ) : (
          <Fragment key={g}>{content}</Fragment>
        );
      })}
    </>
  );
}
