import type { Segment } from '@/lib/content/types';
import type { BlockLabels } from './labels';
import { TranslationBlock } from './TranslationBlock';

/** One heading holding both headlines, so the page has a single h1 in either interface language. */
export function ReaderHeading({ segment, labels }: { segment: Segment; labels: BlockLabels }) {
  return (
    <h1 id={segment.id} className="grid items-start gap-x-10 gap-y-2 font-serif text-2xl font-semibold leading-tight sm:text-3xl md:grid-cols-2">
      <span lang="id" data-segment={segment.id} tabIndex={0} className="block">
        {segment.original}
      </span>
      <TranslationBlock segment={segment} labels={labels} className="block" />
    </h1>
  );
}
