import type { RelatedItem } from '@/lib/content/types';
import { translationId } from './BlockTools';
import type { Layout } from './reader-layout';
import { RevealButton } from './RevealButton';

/**
 * A "Baca Juga" link, kept where the original placed it but set apart from the aligned text.
 * Not an <aside>: several same-named landmarks in one article would only clutter landmark navigation.
 * In the original-only layout its English title is hidden like every other translation, and
 * revealed by its own button or with the rest.
 */
export function RelatedRow({
  item,
  label,
  layout,
  revealLabel,
}: {
  item: RelatedItem;
  label: string;
  layout: Layout;
  revealLabel: string;
}) {
  const hidden = layout === 'original';
  const controls = translationId(item.id);
  const original = (
    <div key="original">
      <p>
        <span className="font-semibold uppercase tracking-wider text-[var(--color-muted)]">{label}: </span>
        <a href={item.href} lang="id" className="link" rel="noopener noreferrer">
          {item.title.original}
        </a>
      </p>
      {hidden && item.title.translation ? (
        <div className="mt-2">
          <RevealButton controls={controls} label={revealLabel} roving={false} />
        </div>
      ) : null}
    </div>
  );
  const translation = !item.title.translation ? null : (
    <p
      key="translation"
      lang="en"
      id={hidden ? controls : undefined}
      hidden={hidden}
      className="text-[var(--color-muted)]"
    >
      {item.title.translation}
    </p>
  );
  // Swapped, the English title comes first, as every pair's translation does.
  return (
    <div
      data-related={item.id}
      className="grid gap-x-10 border-y border-[var(--color-rule)] py-3 text-sm md:grid-cols-2"
    >
      {layout === 'side-swapped' ? [translation, original] : [original, translation]}
    </div>
  );
}
