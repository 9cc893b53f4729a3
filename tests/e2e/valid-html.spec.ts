import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '@/app/_components/reader/reader-layout';
import { baseURL, SEED } from './browser';

// Conformance to the HTML standard only (content models, nesting, ids, required attributes):
// the stylistic rules of the recommended preset would judge how React writes attributes.
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

const PAGES: [string, number][] = ['en', 'id'].flatMap((locale) => [
  [`/${locale}`, 200],
  [`/${locale}/glossary`, 200],
  [`/${locale}/study`, 200],
  ...LAYOUTS.map((layout): [string, number] => [`/${locale}/articles/${SEED}?layout=${layout}`, 200]),
  [`/${locale}/articles/no-such-article`, 404],
]);

describe('served HTML', () => {
  // Assistive technology reads the document as parsed: a paragraph inside a heading, a
  // duplicate id or a list item outside a list changes what a screen reader announces.
  it.each(PAGES)('%s (%i) conforms to the HTML standard', async (path, status) => {
    const response = await fetch(`${baseURL()}${path}`);
    expect(response.status).toBe(status);
    const report = await validator.validateString(await response.text(), path);
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});
