'use client';

import { useState, type FormEvent } from 'react';

interface Range {
  start: number;
  end: number;
}
interface Hit {
  original: string;
  translation: string;
  ranges: { original: Range[]; translation: Range[] };
  source: string;
}

export interface ConcordanceLabels {
  concordanceTitle: string;
  concordanceField: string;
  concordanceSearch: string;
  concordanceEmpty: string;
}

/** Text with the ranges a search found marked. */
function Marked({ text, ranges }: { text: string; ranges: Range[] }) {
  const parts = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * Concordance: every stored original and translation holding the words searched for, case and
 * accents aside, with them marked: how a term was translated before, in context.
 */
export function Concordance({ memoryUrl, labels }: { memoryUrl: string; labels: ConcordanceLabels }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[]>();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim()) return;
    const separator = memoryUrl.includes('?') ? '&' : '?';
    const response = await fetch(`${memoryUrl}${separator}search=${encodeURIComponent(query)}`);
    setHits(response.ok ? ((await response.json()) as { hits: Hit[] }).hits : []);
  };
  return (
    <section className="mt-4" aria-label={labels.concordanceTitle}>
      <h3 className="font-semibold">{labels.concordanceTitle}</h3>
      <form onSubmit={onSubmit} className="mt-1 flex gap-2">
        <input
          type="search"
          aria-label={labels.concordanceField}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="min-w-0 flex-1 rounded border border-[var(--color-rule)] bg-transparent px-2 py-1"
        />
        <button type="submit" className="tool-button">
          {labels.concordanceSearch}
        </button>
      </form>
      {hits && hits.length === 0 ? <p className="mt-2 text-sm">{labels.concordanceEmpty}</p> : null}
      {hits && hits.length > 0 ? (
        <ul className="mt-2 grid gap-2 text-sm" data-concordance>
          {hits.map((hit) => (
            <li key={hit.source}>
              <p lang="id">
                <Marked text={hit.original} ranges={hit.ranges.original} />
              </p>
              <p lang="en" className="text-[var(--color-muted)]">
                <Marked text={hit.translation} ranges={hit.ranges.translation} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
