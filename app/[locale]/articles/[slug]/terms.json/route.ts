import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getGlossary, articleParams } from '@/lib/content/source';
import { routing } from '@/i18n/routing';
import type { TermCards } from '@/app/_components/glossary/term-cards';

/**
 * The glossary cards of one article in one interface language, written at build time beside
 * the article's pages (see term-cards.ts for why they are not inside them).
 */
export const generateStaticParams = articleParams;

// Built for every article; every other slug or locale is a 404, never rendered on demand.
export const dynamicParams = false;

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const [{ glossary, mentions }, t] = await Promise.all([
    getGlossary(),
    getTranslations({ locale, namespace: 'Glossary' }),
  ]);
  const cards: TermCards = {};
  for (const entry of glossary) {
    if (!mentions.get(entry.id)?.some((site) => site.slug === slug)) continue;
    cards[entry.id] = {
      name: entry.name,
      type: t(`types.${entry.type}`),
      ...(entry.pronunciation ? { pronunciation: entry.pronunciation } : {}),
      note: entry.notes,
    };
  }
  return Response.json(cards);
}
