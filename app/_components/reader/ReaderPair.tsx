import type { Segment } from '@/lib/content/types';
import type { BlockLabels, TermMarker } from './labels';
import { BlockTools, translationId, type LearnerProps } from './BlockTools';
import { SegmentText } from './SegmentText';
import { sentenceSpans } from './sentence-runs';
import { TranslationBlock, translationRule } from './TranslationBlock';

/** What a screen reader hears for a pair and for each of its sides, in the interface language. */
export interface PairLabels {
  /** The pair's group name, e.g. "Paragraph 3" or "Headline". */
  pair: string;
  original: string;
  translation: string;
}

/**
 * One aligned pair, the headline's or a paragraph's: the same layout switching for both, so the
 * two can no longer drift apart (they did once, a334528). Each pair is its own grid row, so the
 * tops of original and translation line up however long either is; below the md breakpoint the
 * pair stacks, original first. A swapped layout swaps the DOM order too, so reading and tab order
 * follow what is seen.
 *
 * For screen readers the pair is a labelled group and each side a group named by its language,
 * the spoken cue when the language changes. The headline's original is the page's one h1; its
 * translation is a paragraph of its own (in Translation only, the translation is the h1).
 * The pair's first visible block is its one Tab stop; ReaderKeys moves within it by arrow keys.
 */
export function ReaderPair({
  segment,
  labels,
  terms,
  learner,
  pairLabels,
  heading = false,
}: {
  segment: Segment;
  labels: BlockLabels;
  terms?: TermMarker;
  learner?: LearnerProps;
  pairLabels?: PairLabels;
  heading?: boolean;
}) {
  const layout = learner?.layout ?? 'side';
  const blockClass = heading ? 'headline' : 'prose-block';
  const tools = learner ? <BlockTools segmentId={segment.id} learner={learner} /> : null;
  const swapped = layout === 'side-swapped';
  const hidden = layout === 'original';
  const OriginalBlock = heading ? 'h1' : 'p';
  const original =
    layout === 'translation' ? null : (
      <div key="original" role={pairLabels ? 'group' : undefined} aria-label={pairLabels?.original}>
        <OriginalBlock lang="id" data-segment={segment.id} tabIndex={swapped ? -1 : 0} className={blockClass}>
          <SegmentText
            text={segment.original}
            lang="id"
            terms={terms}
            sentences={sentenceSpans(segment, 'original')}
          />
        </OriginalBlock>
        {tools}
      </div>
    );
  const translation = (
    <div
      key="translation"
      id={hidden ? translationId(segment.id) : undefined}
      hidden={hidden}
      role={pairLabels ? 'group' : undefined}
      aria-label={pairLabels?.translation}
      className={translationRule(layout)}
    >
      <TranslationBlock
        segment={segment}
        labels={labels}
        terms={terms}
        className={heading ? 'translated-headline' : blockClass}
        as={heading && layout === 'translation' ? 'h1' : 'p'}
        tabIndex={swapped || layout === 'translation' ? 0 : -1}
      />
      {!heading && segment.note ? (
        <p className="mt-2 max-w-[38rem] text-sm text-[var(--color-muted)]">
          <span className="font-semibold">{labels.note}:</span> <span lang="en">{segment.note}</span>
        </p>
      ) : null}
    </div>
  );
  const twoColumns = layout === 'side' || swapped;
  const ordered = swapped ? [translation, original] : [original, translation];
  return (
    <div
      id={segment.id}
      data-pair={segment.id}
      role={pairLabels ? 'group' : undefined}
      aria-label={pairLabels?.pair}
      className={`grid scroll-mt-6 items-start gap-x-10 gap-y-2 ${twoColumns ? 'md:grid-cols-2' : ''}`}
    >
      {ordered}
    </div>
  );
}
