import { checkAlignment, HEADLINE_ID } from '../content/article';
import { parseDateline } from '../content/dateline';
import { formatProblem } from '../content/problems';
import {
  articleMetaSchema,
  originalFileSchema,
  translationFileSchema,
  type ArticleMetaFile,
  type OriginalFile,
  type TranslationFile,
} from '../content/schema';
import { slugify, slugPattern } from '../content/slug';
import { removeInvisible } from '../text/policy';
import { findNewsSource } from './news-sources';
import { normalizeWhitespace } from './normalize-whitespace';
import { parseRawArticle, type ImportProblem } from './parse-raw-article';

export interface ArticleFiles {
  slug: string;
  meta: ArticleMetaFile;
  original: OriginalFile;
  translation: TranslationFile;
}

export interface ImportOptions {
  /** ISO date, YYYY-MM-DD. */
  published: string;
  slug?: string;
}

export type ImportResult =
  | {
      ok: true;
      files: ArticleFiles;
      /** Invisible format characters (soft hyphens, zero-width and bidi marks) dropped from the text. */
      removedInvisible: number;
    }
  | { ok: false; problems: ImportProblem[] };

/** Turns a pasted news article into the three content files, with every English segment pending. */
export function importRawArticle(text: string, { published, slug: givenSlug }: ImportOptions): ImportResult {
  // Pasted web text is full of soft hyphens and zero-width marks a reader never sees; stored,
  // they would hide names from the glossary, so import removes them (and says how many).
  const visible = removeInvisible(text);
  const parsed = parseRawArticle(normalizeWhitespace(visible.text));
  if (!parsed.ok) return parsed;
  const { headline, paragraphs, related } = parsed.article;
  const first = paragraphs[0];
  const dateline = first && parseDateline(first.text);
  if (!first || !dateline) {
    return fail(
      first?.line,
      'first paragraph does not start with a dateline like "KONTAN.CO.ID - JAKARTA." (the source is read from it)',
    );
  }
  const source = findNewsSource(dateline.site);
  if (!source)
    return fail(
      first.line,
      `dateline source "${dateline.site}" is neither a known news site nor a domain name`,
    );
  const slug = givenSlug ?? slugify(headline.text);
  if (!slugPattern.test(slug))
    return fail(headline.line, `cannot make a slug from the headline; give one with --slug`);

  const paragraphId = (index: number) => (index < 0 ? HEADLINE_ID : `p${index + 1}`);
  const segments = [
    { id: HEADLINE_ID, text: headline.text },
    ...paragraphs.map((paragraph, index) => ({ id: paragraphId(index), text: paragraph.text })),
  ];
  const files: ArticleFiles = {
    slug,
    meta: {
      source: { name: source.name, site: source.site, url: source.url },
      published,
      dateline: dateline.city,
      originalLanguage: 'id',
      translations: ['en'],
      related: related.map((item, index) => ({
        id: `r${index + 1}`,
        after: paragraphId(item.afterParagraph),
        title: item.text,
        href: source.searchUrl(item.text),
      })),
    },
    original: { lang: 'id', segments },
    translation: {
      lang: 'en',
      segments: segments.map(({ id }) => ({ id, status: 'pending', text: '' })),
      related: [],
    },
  };
  const invalid = validate(files);
  return invalid.length > 0
    ? { ok: false, problems: invalid }
    : { ok: true, files, removedInvisible: visible.removed };
}

/** The same rules `check` applies, so an import never writes files that `check` would then reject. */
function validate({ slug, meta, original, translation }: ArticleFiles): ImportProblem[] {
  const label = (name: string) => `${slug}/${name}`;
  const issues = [
    ...issuesOf(articleMetaSchema.safeParse(meta), label('article.json')),
    ...issuesOf(originalFileSchema.safeParse(original), label('id.json')),
    ...issuesOf(translationFileSchema.safeParse(translation), label('en.json')),
    ...checkAlignment(meta, original, translation, label).map(formatProblem),
  ];
  return issues.map((message) => ({ message: `imported article would be invalid: ${message}` }));
}

function issuesOf(
  result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } },
  file: string,
): string[] {
  return (result.error?.issues ?? []).map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
}

function fail(line: number | undefined, message: string): ImportResult {
  return { ok: false, problems: [line === undefined ? { message } : { line, message }] };
}
