/**
 * Transfer weight of a prerendered page: the gzip size of its HTML and of the JavaScript it loads:
 * its `<script src>` tags (module scripts only: `noModule` scripts never run in a current browser).
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadArticle } from '../lib/content/article';

export interface PageWeight {
  status: number;
  htmlGzip: number;
  scriptCount: number;
  jsGzip: number;
}

/** gzip at zlib's default level 6, the level `gzip` and most servers use. */
export const gzipBytes = (text: string | Buffer): number => gzipSync(text, { level: 6 }).length;

export async function pageWeight(origin: string, path: string): Promise<PageWeight> {
  const response = await fetch(origin + path);
  const html = await response.text();
  if (!response.ok) return { status: response.status, htmlGzip: 0, scriptCount: 0, jsGzip: 0 };
  const sources = new Set<string>();
  for (const [, attributes = ''] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (src && !/\bnomodule\b/i.test(attributes)) sources.add(src.replaceAll('&amp;', '&'));
  }
  let jsGzip = 0;
  for (const src of sources) {
    const script = await fetch(new URL(src, origin));
    if (!script.ok) throw new Error(`${src} (referenced by ${path}) answered ${script.status}`);
    jsGzip += gzipBytes(Buffer.from(await script.arrayBuffer()));
  }
  return { status: response.status, htmlGzip: gzipBytes(html), scriptCount: sources.size, jsGzip };
}

/** The article's words: every segment text of the original and of the translation, in order. */
export async function articleTexts(
  contentDir: string,
  slug: string,
): Promise<{ id: string[]; en: string[] }> {
  const loaded = await loadArticle(join(contentDir, 'articles'), slug);
  if (!loaded.ok) throw new Error(`${slug} is invalid: run \`npm run content -- check\``);
  const segments = [loaded.article.headline, ...loaded.article.body];
  return { id: segments.map((s) => s.original), en: segments.map((s) => s.translation) };
}

/** The article's words alone, both languages gzipped together: what its HTML is weighed against. */
export const textsGzip = (texts: { id: string[]; en: string[] }): number =>
  gzipBytes([...texts.id, ...texts.en].join('\n'));
