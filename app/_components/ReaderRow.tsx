import type { Segment } from '@/lib/content/types';
import type { BlockLabels, TermMarker } from './labels';
import { SegmentText } from './SegmentText';
import { sentenceSpans } from './sentence-runs';
import { TranslationBlock } from './TranslationBlock';

/**
 * One aligned pair. Each pair is its own grid row, so the tops of original and translation
 * line up however long either is; below the md breakpoint the pair stacks, original first.
 */
export function ReaderRow({ segment, labels, terms }: { segment: Segment; labels: BlockLabels; terms?: TermMarker }) {
  return (
    <div id={segment.id} className="grid scroll-mt-6 items-start gap-x-10 gap-y-2 md:grid-cols-2">
      <p lang="id" data-segment={segment.id} tabIndex={0} className="prose-block">
        <SegmentText text={segment.original} lang="id" terms={terms} sentences={sentenceSpans(segment, 'original')} />
      </p>
      <div className="border-l-2 border-[var(--color-rule)] pl-4 md:border-l-0 md:pl-0">
        <TranslationBlock segment={segment} labels={labels} terms={terms} className="prose-block" />
        {segment.note ? (
          <p className="mt-2 max-w-[38rem] text-sm text-[var(--color-muted)]">
            <span className="font-semibold">{labels.note}:</span> <span lang="en">{segment.note}</span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
