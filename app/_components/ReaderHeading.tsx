import type { Segment } from '@/lib/content/types';
import type { BlockLabels, TermMarker } from './labels';
import { SegmentText } from './SegmentText';
import { sentenceSpans } from './sentence-runs';
import { TranslationBlock } from './TranslationBlock';

/** One heading holding both headlines, so the page has a single h1 in either interface language. */
export function ReaderHeading({ segment, labels, terms }: { segment: Segment; labels: BlockLabels; terms?: TermMarker }) {
  return (
    <h1 id={segment.id} className="grid items-start gap-x-10 gap-y-2 font-serif text-2xl font-semibold leading-tight sm:text-3xl md:grid-cols-2">
      <span lang="id" data-segment={segment.id} tabIndex={0} className="block">
        <SegmentText text={segment.original} lang="id" terms={terms} sentences={sentenceSpans(segment, 'original')} />
      </span>
      <TranslationBlock segment={segment} labels={labels} terms={terms} className="block" />
    </h1>
  );
}
