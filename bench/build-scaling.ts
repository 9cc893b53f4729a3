/**
 * How the production build scales with the corpus: one full `npm run build` (content check, then
 * next build) of a scratch copy of the project per corpus size, with a synthetic content/ folder.
 */
import { join } from 'node:path';
import { buildApp, buildEnv, copyProject, ROOT } from './scratch';
import { writeSyntheticContent } from './synthetic-corpus';

export interface BuildResult {
  articles: number;
  pages: number;
  seconds: number;
  secondsPerArticle: number;
  peakRssBytes: number;
}

export const GLOSSARY_ENTRIES = 1_000;

export async function measureBuild(articles: number): Promise<BuildResult> {
  const app = copyProject(`corpus-${articles}`);
  await writeSyntheticContent(join(app, 'content'), join(ROOT, 'content'), articles, GLOSSARY_ENTRIES);
  const { seconds, peakRssBytes } = await buildApp(app, buildEnv(), true);
  // Every article is prerendered once per locale (en, id).
  return { articles, pages: articles * 2, seconds, secondsPerArticle: seconds / articles, peakRssBytes };
}
