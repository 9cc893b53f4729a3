import type { Segment } from '@/lib/content/types';
import type { BlockLabels, TermMarker } from './labels';
import { SegmentText } from './SegmentText';
import { sentenceSpans } from './sentence-runs';

/** The English twin of a segment, or a localized "translation pending" in its place. */
export function TranslationBlock({
  segment,
  labels,
  terms,
  className,
}: {
  segment: Segment;
  labels: BlockLabels;
  terms?: TermMarker;
  className: string;
}) {
  if (segment.status === 'pending' || !segment.translation.trim()) {
    return (
      <p
        lang="en"
        data-segment={segment.id}
        data-status="pending"
        tabIndex={0}
        className={`${className} italic text-[var(--color-muted)]`}
      >
        <span lang={labels.interfaceLang}>{labels.pending}</span>
      </p>
    );
  }
  return (
    <p lang="en" data-segment={segment.id} data-status={segment.status} tabIndex={0} className={className}>
      <SegmentText
        text={segment.translation}
        lang="en"
        terms={terms}
        sentences={sentenceSpans(segment, 'translation')}
      />
    </p>
  );
}
