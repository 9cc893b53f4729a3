import type { Segment } from '@/lib/content/types';
import type { BlockLabels, TermMarker } from './labels';
import { BlockTools, translationId, type LearnerProps } from './BlockTools';
import { SegmentText } from './SegmentText';
import { sentenceSpans } from './sentence-runs';
import { TranslationBlock, translationRule } from './TranslationBlock';

/**
 * One heading holding both headlines, so the page has a single h1 in either interface language.
 * With `learner` it follows the chosen layout like ReaderRow; its controls sit after the h1.
 */
export function ReaderHeading({
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
      <span key="original" lang="id" data-segment={segment.id} tabIndex={0} className="block">
        <SegmentText
          text={segment.original}
          lang="id"
          terms={terms}
          sentences={sentenceSpans(segment, 'original')}
        />
      </span>
    );
  const ruled = `block ${translationRule(layout) ?? ''}`.trim();
  const translation =
    layout === 'original' ? (
      <span key="translation" id={translationId(segment.id)} hidden className={ruled}>
        <TranslationBlock segment={segment} labels={labels} terms={terms} className="block" as="span" />
      </span>
    ) : (
      <TranslationBlock
        key="translation"
        segment={segment}
        labels={labels}
        terms={terms}
        className={ruled}
        as="span"
      />
    );
  const twoColumns = layout === 'side' || layout === 'side-swapped';
  return (
    <div data-pair={segment.id}>
      <h1
        id={segment.id}
        className={`grid items-start gap-x-10 gap-y-2 font-serif text-2xl font-semibold leading-tight sm:text-3xl ${twoColumns ? 'md:grid-cols-2' : ''}`}
      >
        {layout === 'side-swapped' ? [translation, original] : [original, translation]}
      </h1>
      {learner ? <BlockTools segmentId={segment.id} learner={learner} /> : null}
    </div>
  );
}
