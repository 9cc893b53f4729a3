import type { RelatedItem } from '@/lib/content/types';

/**
 * A "Baca Juga" link, kept where the original placed it but set apart from the aligned text.
 * Not an <aside>: several same-named landmarks in one article would only clutter landmark navigation.
 */
export function RelatedRow({ item, label }: { item: RelatedItem; label: string }) {
  return (
    <div
      data-related={item.id}
      className="grid gap-x-10 border-y border-[var(--color-rule)] py-3 text-sm md:grid-cols-2"
    >
      <p>
        <span className="font-semibold uppercase tracking-wider text-[var(--color-muted)]">{label}: </span>
        <a href={item.href} lang="id" className="link" rel="noopener noreferrer">
          {item.title.original}
        </a>
      </p>
      {item.title.translation ? (
        <p lang="en" className="text-[var(--color-muted)]">
          {item.title.translation}
        </p>
      ) : null}
    </div>
  );
}
