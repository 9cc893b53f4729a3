'use client';

import { useState, type FormEvent } from 'react';

export interface ImportLabels {
  heading: string;
  intro: string;
  text: string;
  file: string;
  preview: string;
  create: string;
  /** With {count} and {slug}. */
  segments: string;
  problems: string;
  created: string;
  /** With {error}. */
  failed: string;
}

type Preview =
  | { ok: true; slug: string; segments: { id: string; text: string }[] }
  | { ok: false; problems: { line?: number; message: string }[] };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/**
 * Import: the raw text, pasted or from a file, goes to the CLI's importer on the server. First a
 * preview (the segments it makes, or its errors with their lines, shown inline), then Create,
 * which writes the article folder; nothing is written on an error.
 */
export function ImportForm({ locale, labels }: { locale: 'en' | 'id'; labels: ImportLabels }) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview>();
  const [created, setCreated] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const send = async (create: boolean) => {
    setFailure(undefined);
    try {
      const response = await fetch('/api/studio/import', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, create }),
      });
      const body = (await response.json()) as Preview & { error?: string };
      if (body.error) return setFailure(body.error);
      setPreview(body);
      if (create && body.ok) setCreated(body.slug);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };

  return (
    <section aria-labelledby="import-heading" className="mt-12 max-w-3xl">
      <h2 id="import-heading" className="font-serif text-2xl font-semibold">
        {labels.heading}
      </h2>
      <p className="mt-2 text-sm text-[var(--color-muted)]">{labels.intro}</p>
      <form onSubmit={onSubmit} className="mt-4 grid gap-3">
        <label className="grid gap-1 text-sm font-semibold">
          {labels.text}
          <textarea
            lang="id"
            name="text"
            rows={10}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setPreview(undefined);
              setCreated(undefined);
            }}
            className="rounded border border-[var(--color-rule)] bg-transparent p-2 font-normal"
          />
        </label>
        <label className="grid gap-1 text-sm">
          {labels.file}
          <input
            type="file"
            accept=".txt,text/plain"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file) setText(await file.text());
            }}
          />
        </label>
        <p className="flex gap-3">
          <button type="submit" className="tool-button">
            {labels.preview}
          </button>
          {preview?.ok && !created ? (
            <button type="button" className="tool-button" onClick={() => void send(true)}>
              {labels.create}
            </button>
          ) : null}
        </p>
      </form>
      <div aria-live="polite">
        {failure ? <p role="alert">{fill(labels.failed, { error: failure })}</p> : null}
        {preview && !preview.ok ? (
          <div role="alert" data-import-problems>
            <p className="font-semibold">{labels.problems}</p>
            <ul className="list-disc pl-6">
              {preview.problems.map((problem, i) => (
                <li key={i}>
                  {problem.line === undefined ? '' : `${problem.line}: `}
                  {problem.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {created ? (
          <p>
            <a className="link" href={`/${locale}/studio/${created}`}>
              {labels.created}
            </a>
          </p>
        ) : null}
        {preview?.ok ? (
          <div data-import-preview>
            <p className="mt-4 font-semibold">
              {fill(labels.segments, { count: preview.segments.length, slug: preview.slug })}
            </p>
            <ol className="mt-2 grid gap-2 text-sm">
              {preview.segments.map((segment) => (
                <li key={segment.id} lang="id">
                  <span className="font-mono text-xs text-[var(--color-muted)]" lang="en">
                    {segment.id}
                  </span>{' '}
                  {segment.text}
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </div>
    </section>
  );
}
