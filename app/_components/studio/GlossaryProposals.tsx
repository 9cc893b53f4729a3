'use client';

import { useId, useState, type FormEvent } from 'react';

export interface ProposalLabels {
  heading: string;
  intro: string;
  add: string;
  nameId: string;
  nameEn: string;
  type: string;
  noteEn: string;
  noteId: string;
  submit: string;
  added: string;
  /** "Could not add: {error}" */
  failed: string;
}

const kebab = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** One suggested name and, once opened, the form that adds it to the glossary. */
function Proposal({
  name,
  types,
  labels,
  glossaryUrl,
}: {
  name: string;
  types: { value: string; label: string }[];
  labels: ProposalLabels;
  glossaryUrl: string;
}) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<string>();
  const id = useId();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const entry = {
      id: kebab(text('nameEn') || text('nameId')),
      type: text('type'),
      names: { id: [text('nameId')], en: [text('nameEn')] },
      notes: { en: text('noteEn'), id: text('noteId') },
    };
    try {
      const response = await fetch(glossaryUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ entry }),
      });
      const body = (await response.json()) as { ok: boolean; error?: string };
      setOutcome(
        body.ok ? labels.added : labels.failed.replace('{error}', body.error ?? String(response.status)),
      );
      if (body.ok) setOpen(false);
    } catch (error) {
      setOutcome(labels.failed.replace('{error}', error instanceof Error ? error.message : String(error)));
    }
  };
  const field = 'rounded border border-[var(--color-rule)] bg-transparent px-2 py-1 font-normal';
  return (
    <li data-proposal={name}>
      <span lang="id">{name}</span>{' '}
      <button
        type="button"
        className="tool-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {labels.add}
      </button>
      <p aria-live="polite" className="text-sm">
        {outcome}
      </p>
      {open ? (
        <form id={id} onSubmit={onSubmit} className="mt-2 grid max-w-xl gap-2 text-sm">
          <label className="grid gap-1 font-semibold">
            {labels.nameId}
            <input name="nameId" lang="id" required defaultValue={name} className={field} />
          </label>
          <label className="grid gap-1 font-semibold">
            {labels.nameEn}
            <input name="nameEn" lang="en" required className={field} />
          </label>
          <label className="grid gap-1 font-semibold">
            {labels.type}
            <select name="type" className={field}>
              {types.map((type) => (
                <option key={type.value} value={type.value}>
                  {type.label}
                </option>
              ))}
            </select>
          </label>
          <label className="grid gap-1 font-semibold">
            {labels.noteEn}
            <textarea name="noteEn" lang="en" required rows={2} className={field} />
          </label>
          <label className="grid gap-1 font-semibold">
            {labels.noteId}
            <textarea name="noteId" lang="id" required rows={2} className={field} />
          </label>
          <button type="submit" className="tool-button justify-self-start">
            {labels.submit}
          </button>
        </form>
      ) : null}
    </li>
  );
}

/**
 * The names `content check` suggests for this article (capitalised names no glossary entry
 * covers), each with "add to glossary": both names, the type and a note in each language, sent to
 * the server, which validates it as entries.json is and appends it.
 */
export function GlossaryProposals({
  names,
  types,
  labels,
  glossaryUrl,
}: {
  names: string[];
  types: { value: string; label: string }[];
  labels: ProposalLabels;
  glossaryUrl: string;
}) {
  if (names.length === 0) return null;
  return (
    <section aria-labelledby="glossary-proposals" className="mt-10 border-t border-[var(--color-rule)] pt-6">
      <h2 id="glossary-proposals" className="font-serif text-xl font-semibold">
        {labels.heading}
      </h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">{labels.intro}</p>
      <ul className="mt-3 grid gap-3">
        {names.map((name) => (
          <Proposal key={name} name={name} types={types} labels={labels} glossaryUrl={glossaryUrl} />
        ))}
      </ul>
    </section>
  );
}
