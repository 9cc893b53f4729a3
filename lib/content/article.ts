import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { alignSegment } from '../align';
import { LINK_REFUSED } from './regular-file';
import { readJsonFile } from './read';
import type { ContentProblem } from './problems';
import {
  articleMetaSchema,
  originalFileSchema,
  translationFileSchema,
  type ArticleMetaFile,
  type OriginalFile,
  type TranslationFile,
} from './schema';
import type { Article, Progress, Segment } from './types';

export const HEADLINE_ID = 'headline';

export type ArticleResult = { ok: true; article: Article } | { ok: false; problems: ContentProblem[] };

/** Loads `<articlesDir>/<slug>/{article,id,en}.json`, checks they agree, and reshapes them into an `Article`. */
export async function loadArticle(articlesDir: string, slug: string, labelRoot = 'content/articles'): Promise<ArticleResult> {
  const label = (name: string) => `${labelRoot}/${slug}/${name}`;
  const folder = await lstat(join(articlesDir, slug)).catch(() => undefined);
  if (folder?.isSymbolicLink())
    return { ok: false, problems: [{ file: `${labelRoot}/${slug}`, message: `folder ${LINK_REFUSED}` }] };
  const [meta, original, translation] = await Promise.all([
    readJsonFile(join(articlesDir, slug, 'article.json'), label('article.json'), articleMetaSchema),
    readJsonFile(join(articlesDir, slug, 'id.json'), label('id.json'), originalFileSchema),
    readJsonFile(join(articlesDir, slug, 'en.json'), label('en.json'), translationFileSchema),
  ]);
  const problems = [meta, original, translation].flatMap((r) => (r.ok ? [] : r.problems));
  if (!meta.ok || !original.ok || !translation.ok) return { ok: false, problems };

  const crossProblems = checkAlignment(meta.data, original.data, translation.data, label);
  if (crossProblems.length > 0) return { ok: false, problems: crossProblems };
  return { ok: true, article: reshapeArticle(slug, meta.data, original.data, translation.data) };
}

/** Rules that span files: unique ids, a headline first, exactly one translation per original, related items anchored. */
export function checkAlignment(
  meta: ArticleMetaFile,
  original: OriginalFile,
  translation: TranslationFile,
  label: (name: string) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const originalIds = new Set<string>();
  for (const { id } of original.segments) {
    if (originalIds.has(id)) problems.push({ file: label('id.json'), segment: id, message: 'duplicate segment id' });
    originalIds.add(id);
  }
  if (original.segments[0]?.id !== HEADLINE_ID) {
    problems.push({
      file: label('id.json'),
      message: `article has no headline: the first segment must have id "${HEADLINE_ID}"`,
    });
  }
  const translatedIds = new Set<string>();
  for (const { id } of translation.segments) {
    if (translatedIds.has(id)) {
      problems.push({ file: label('en.json'), segment: id, message: 'duplicate segment id' });
    } else if (!originalIds.has(id)) {
      problems.push({ file: label('en.json'), segment: id, message: 'segment id has no original in id.json' });
    }
    translatedIds.add(id);
  }
  const originals = new Map(original.segments.map((s) => [s.id, s.text]));
  for (const { id, status, text, alignment } of translation.segments) {
    if (!alignment) continue;
    if (status === 'pending') {
      problems.push({ file: label('en.json'), segment: id, message: 'alignment override on a pending segment (remove it or translate the segment)' });
      continue;
    }
    const originalText = originals.get(id);
    if (originalText === undefined) continue;
    try {
      alignSegment(originalText, text, alignment);
    } catch (error) {
      problems.push({ file: label('en.json'), segment: id, message: (error as Error).message });
    }
  }
  for (const id of originalIds) {
    if (!translatedIds.has(id)) {
      problems.push({ file: label('en.json'), segment: id, message: 'translation segment is missing (add it with status "pending")' });
    }
  }
  const relatedIds = new Set<string>();
  for (const item of meta.related) {
    if (relatedIds.has(item.id)) problems.push({ file: label('article.json'), segment: item.id, message: 'duplicate related item id' });
    relatedIds.add(item.id);
    if (!originalIds.has(item.after)) {
      problems.push({ file: label('article.json'), segment: item.id, message: `related item follows unknown segment "${item.after}"` });
    }
  }
  for (const { id } of translation.related) {
    if (!relatedIds.has(id)) problems.push({ file: label('en.json'), segment: id, message: 'related title has no related item in article.json' });
  }
  return problems;
}

export function reshapeArticle(
  slug: string,
  meta: ArticleMetaFile,
  original: OriginalFile,
  translation: TranslationFile,
): Article {
  const translations = new Map(translation.segments.map((s) => [s.id, s]));
  const relatedTitles = new Map(translation.related.map((r) => [r.id, r.title]));
  const segments: Segment[] = original.segments.map(({ id, text }) => {
    const twin = translations.get(id);
    const translated = twin !== undefined && twin.status !== 'pending' && twin.text.trim().length > 0;
    return {
      id,
      kind: id === HEADLINE_ID ? 'headline' : 'paragraph',
      original: text,
      translation: twin?.text ?? '',
      status: twin?.status ?? 'pending',
      ...(twin?.note ? { note: twin.note } : {}),
      ...(twin?.dismissed?.length ? { dismissed: twin.dismissed } : {}),
      // Aligned here, at build time: the reader only renders the groups.
      sentences: translated ? alignSegment(text, twin.text, twin.alignment) : [],
    };
  });
  const [headline, ...body] = segments as [Segment, ...Segment[]];
  return {
    slug,
    source: meta.source,
    published: meta.published,
    ...(meta.dateline ? { dateline: meta.dateline } : {}),
    originalLanguage: 'id',
    translationLanguage: 'en',
    headline,
    body,
    related: meta.related.map(({ id, after, href, title }) => {
      const translated = relatedTitles.get(id);
      return { id, after, href, title: { original: title, ...(translated ? { translation: translated } : {}) } };
    }),
    progress: countProgress(segments),
  };
}

function countProgress(segments: Segment[]): Progress {
  const progress: Progress = { total: segments.length, pending: 0, translated: 0, reviewed: 0 };
  for (const { status } of segments) progress[status] += 1;
  return progress;
}
