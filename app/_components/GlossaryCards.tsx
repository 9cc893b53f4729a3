import type { GlossaryEntry } from '@/lib/glossary/types';

export interface CardLabels {
  type: Record<GlossaryEntry['type'], string>;
  open: string;
  pronunciation: string;
  /** "Save" to the study list; without it the card has no Save button. */
  save?: string;
}

/**
 * One hidden card per entry named on the page, rendered on the server. Mentions point at them
 * with aria-describedby; GlossaryTooltips shows the card beside the mention that opened it.
 */
export function GlossaryCards({
  entries,
  locale,
  labels,
  href,
}: {
  entries: GlossaryEntry[];
  locale: 'en' | 'id';
  labels: CardLabels;
  href: (termId: string) => string;
}) {
  return (
    <div>
      {entries.map((entry) => (
        <div
          key={entry.id}
          id={`term-${entry.id}`}
          role="tooltip"
          hidden
          data-term-card={entry.id}
          className="term-card"
        >
          <p className="font-semibold">
            <span lang="id">{entry.name.id}</span>
            {entry.name.en !== entry.name.id ? (
              <>
                {' / '}
                <span lang="en">{entry.name.en}</span>
              </>
            ) : null}
          </p>
          <p className="text-xs uppercase tracking-wider text-[var(--color-muted)]">
            {labels.type[entry.type]}
          </p>
          {entry.pronunciation ? (
            <p className="text-xs">
              {labels.pronunciation}: <span lang="en">{entry.pronunciation}</span>
            </p>
          ) : null}
          <p className="mt-1" lang={locale}>
            {entry.notes[locale]}
          </p>
          <p className="mt-2 flex flex-wrap items-center justify-between gap-3">
            <a href={href(entry.id)} className="link" tabIndex={-1}>
              {labels.open}
            </a>
            {labels.save ? (
              // Focus never enters the card, so keyboard users save with the `s` key instead (StudySaver).
              <button
                type="button"
                tabIndex={-1}
                data-study-save={entry.id}
                data-study-entry={JSON.stringify({ name: entry.name, note: entry.notes })}
                className="study-save"
              >
                {labels.save}
              </button>
            ) : null}
          </p>
        </div>
      ))}
    </div>
  );
}
