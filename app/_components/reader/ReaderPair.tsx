import type { Segment } from '@/lib/content/types';
import type { BlockLabels, TermMarker } from './labels';
import { BlockTools, translationId, type LearnerProps } from './BlockTools';
import { SegmentText } from './SegmentText';
import { sentenceSpans } from './sentence-runs';
import { TranslationBlock, translationRule } from './TranslationBlock';

/**
 * One aligned pair, the headline's or a paragraph's: the same layout switching for both, so the
 * two can no longer drift apart (they did once, a334528). Each pair is its own grid row, so the
 * tops of original and translation line up however long either is; below the md breakpoint the
 * pair stacks, original first. A swapped layout swaps the DOM order too, so reading and tab order
 * follow what is seen. The headline pair is one h1 holding phrasing content only (spans), with
 * its controls after the heading; a paragraph pair carries them under its original.
 */
export function ReaderPair({
  segment,
  labels,
  terms,
  learner,
  heading = false,
}: {
  segment: Segment;
  labels: BlockLabels;
  terms?: TermMarker;
  learner?: LearnerProps;
  heading?: boolean;
}) {
  const layout = learner?.layout ?? 'side';
  const Block = heading ? 'span' : 'p';
  const Wrapper = heading ? 'span' : 'div';
  const blockClass = heading ? 'block' : 'prose-block';
  const tools = learner ? <BlockTools segmentId={segment.id} learner={learner} /> : null;
  const originalText = (
    <Block lang="id" data-segment={segment.id} tabIndex={0} className={blockClass}>
      <SegmentText
        text={segment.original}
        lang="id"
        terms={terms}
        sentences={sentenceSpans(segment, 'original')}
      />
    </Block>
  );
  const original =
    layout === 'translation' ? null : heading ? (
      <Wrapper key="original" className="block">
        {originalText}
      </Wrapper>
    ) : (
      <div key="original">
        {originalText}
        {tools}
      </div>
    );
  const hidden = layout === 'original';
  const translation = (
    <Wrapper
      key="translation"
      id={hidden ? translationId(segment.id) : undefined}
      hidden={hidden}
      className={`${heading ? 'block ' : ''}${translationRule(layout) ?? ''}`.trim() || undefined}
    >
      <TranslationBlock segment={segment} labels={labels} terms={terms} className={blockClass} as={Block} />
      {!heading && segment.note ? (
        <p className="mt-2 max-w-[38rem] text-sm text-[var(--color-muted)]">
          <span className="font-semibold">{labels.note}:</span> <span lang="en">{segment.note}</span>
        </p>
      ) : null}
    </Wrapper>
  );
  const twoColumns = layout === 'side' || layout === 'side-swapped';
  const grid = `grid items-start gap-x-10 gap-y-2 ${twoColumns ? 'md:grid-cols-2' : ''}`;
  const ordered = layout === 'side-swapped' ? [translation, original] : [original, translation];
  if (heading) {
    return (
      <div data-pair={segment.id}>
        <h1 id={segment.id} className={`${grid} font-serif text-2xl font-semibold leading-tight sm:text-3xl`}>
          {ordered}
        </h1>
        {tools}
      </div>
    );
  }
  return (
    <div id={segment.id} data-pair={segment.id} className={`${grid} scroll-mt-6`}>
      {ordered}
    </div>
  );
}
