import type { Segment } from '@/lib/content/types';
import type { BlockLabels, TermMarker } from './labels';
import { BlockTools, translationId, type LearnerProps } from './BlockTools';
import { SegmentText } from './SegmentText';
import { sentenceSpans } from './sentence-runs';
import { TranslationBlock, translationRule } from './TranslationBlock';

/**
 * One aligned pair. Each pair is its own grid row, so the tops of original and translation
 * line up however long either is; below the md breakpoint the pair stacks, original first.
 * With `learner`, the pair follows the chosen layout and carries its listen and reveal controls;
 * a swapped layout swaps the DOM order too, so reading and tab order follow what is seen.
 */
export function ReaderRow({
  segment,
  labels,
  terms,
  learner,
}: {
  segment: Segment;
  labels: BlockLabels;
  terms?: TermMarker;
  learner?: LearnerProps;
}) {
  const layout = learner?.layout ?? 'side';
  const original =
    layout === 'translation' ? null : (
      <div key="original">
        <p lang="id" data-segment={segment.id} tabIndex={0} className="prose-block">
          <SegmentText
            text={segment.original}
            lang="id"
            terms={terms}
            sentences={sentenceSpans(segment, 'original')}
          />
        </p>
        {learner ? <BlockTools segmentId={segment.id} learner={learner} /> : null}
      </div>
    );
  const translation = (
    <div
      key="translation"
      id={layout === 'original' ? translationId(segment.id) : undefined}
      hidden={layout === 'original'}
      className={translationRule(layout)}
    >
      <TranslationBlock segment={segment} labels={labels} terms={terms} className="prose-block" />
      {segment.note ? (
        <p className="mt-2 max-w-[38rem] text-sm text-[var(--color-muted)]">
          <span className="font-semibold">{labels.note}:</span> <span lang="en">{segment.note}</span>
        </p>
      ) : null}
    </div>
  );
  const twoColumns = layout === 'side' || layout === 'side-swapped';
  return (
    <div
      id={segment.id}
      data-pair={segment.id}
      className={`grid scroll-mt-6 items-start gap-x-10 gap-y-2 ${twoColumns ? 'md:grid-cols-2' : ''}`}
    >
      {layout === 'side-swapped' ? [translation, original] : [original, translation]}
    </div>
  );
}
