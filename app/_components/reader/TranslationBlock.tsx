import type { Segment } from '@/lib/content/types';
import type { BlockLabels, TermMarker } from './labels';
import type { Layout } from './reader-layout';
import { SegmentText } from './SegmentText';
import { sentenceSpans } from './sentence-runs';

/**
 * Sets a translation apart from the original above it wherever the two are stacked: in the
 * Stacked and Original-only layouts, and on narrow screens in the side-by-side ones, where the
 * columns do it from the md breakpoint on. Translation-only shows no original to set it apart from.
 */
export function translationRule(layout: Layout): string | undefined {
  if (layout === 'translation') return undefined;
  const rule = 'border-l-2 border-[var(--color-rule)] pl-4';
  return layout === 'side' || layout === 'side-swapped' ? `${rule} md:border-l-0 md:pl-0` : rule;
}

/**
 * The English twin of a segment, or a localized "translation pending" in its place. A paragraph,
 * or the page's h1 where the translation is the only headline shown.
 */
export function TranslationBlock({
  segment,
  labels,
  terms,
  className,
  as: Block = 'p',
  tabIndex = 0,
}: {
  segment: Segment;
  labels: BlockLabels;
  terms?: TermMarker;
  className: string;
  as?: 'p' | 'h1';
  /** 0 when this block is its pair's Tab stop, -1 when the original is (ReaderKeys). */
  tabIndex?: 0 | -1;
}) {
  if (segment.status === 'pending' || !segment.translation.trim()) {
    return (
      <Block
        lang="en"
        data-segment={segment.id}
        data-status="pending"
        tabIndex={tabIndex}
        className={`${className} italic text-[var(--color-muted)]`}
      >
        <span lang={labels.interfaceLang}>{labels.pending}</span>
      </Block>
    );
  }
  return (
    <Block
      lang="en"
      data-segment={segment.id}
      data-status={segment.status}
      tabIndex={tabIndex}
      className={className}
    >
      <SegmentText
        text={segment.translation}
        lang="en"
        terms={terms}
        sentences={sentenceSpans(segment, 'translation')}
      />
    </Block>
  );
}
