import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { getPathname } from '@/i18n/navigation';
import { readArticle, readGlossary } from '@/lib/content/source';
import { readingOrder } from '@/lib/content/reading-order';
import { segmentHash } from '@/lib/content/segment-hash';
import type { Segment } from '@/lib/content/types';
import { relatedState } from '@/lib/content/write-related';
import { ContentProblems } from '@/app/_components/studio/ContentProblems';
import { SiteHeader } from '@/app/_components/site/SiteHeader';
import { GlossaryProposals } from '@/app/_components/studio/GlossaryProposals';
import { StudioEditor } from '@/app/_components/studio/StudioEditor';
import { findNameSuggestions } from '@/lib/terminology/name-suggestions';
import { glossaryTypes } from '@/lib/glossary/types';
import type { EditorLabels, EditorSegment, GlossaryHint } from '@/app/_components/studio/types';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Studio' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * The editor of one article: its segments as the files on disk hold them now, each with the
 * hash its save is based on. A file that does not validate shows its problems, file and
 * segment named, instead of an editor.
 */
export default async function StudioArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [t, e, g, read, { glossary, matcher }] = await Promise.all([
    getTranslations({ locale, namespace: 'Studio' }),
    getTranslations({ locale, namespace: 'StudioEditor' }),
    getTranslations({ locale, namespace: 'Glossary' }),
    readArticle(slug),
    readGlossary(),
  ]);
  if (!read.ok) {
    return (
      <>
        <SiteHeader locale={locale} path={`/studio/${slug}`} />
        <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
          <h1 className="font-serif text-2xl font-semibold">{t('title')}</h1>
          <p className="mt-4">{t('brokenArticle')}</p>
          <ContentProblems problems={read.problems} />
        </main>
      </>
    );
  }
  const { article } = read;
  const rowOf = (segment: Segment, label: string): EditorSegment => ({
    id: segment.id,
    label,
    original: segment.original,
    pieces: matcher.segment(segment.original, 'id', { article: slug }),
    text: segment.translation,
    status: segment.status,
    dismissed: segment.dismissed ?? [],
    hash: segmentHash({
      status: segment.status,
      text: segment.translation,
      ...(segment.note ? { note: segment.note } : {}),
    }),
  });
  // In reading order: the headline, the paragraphs, and each "Baca Juga" title where it stands.
  const order = readingOrder(article);
  const countBefore = (i: number, type: 'segment' | 'related') =>
    order.slice(0, i + 1).filter((block) => block.type === type).length;
  const segments: EditorSegment[] = [
    rowOf(article.headline, e('headline')),
    ...order.map((block, i) => {
      if (block.type === 'segment')
        return rowOf(block.segment, e('paragraph', { n: countBefore(i, 'segment') }));
      const state = relatedState(block.item.title.translation);
      return {
        id: block.item.id,
        label: e('related', { n: countBefore(i, 'related') }),
        original: block.item.title.original,
        pieces: matcher.segment(block.item.title.original, 'id', { article: slug }),
        text: state.text,
        status: state.status,
        dismissed: [],
        hash: segmentHash(state),
      };
    }),
  ];
  const mentioned = new Set(
    segments.flatMap((s) => s.pieces.flatMap((piece) => (piece.termId ? [piece.termId] : []))),
  );
  const hints: Record<string, GlossaryHint> = {};
  for (const entry of glossary) {
    if (!mentioned.has(entry.id)) continue;
    hints[entry.id] = {
      termId: entry.id,
      original: entry.name.id,
      english: [
        ...new Set(entry.variants.en.filter((v) => !v.onlyIn || v.onlyIn.includes(slug)).map((v) => v.text)),
      ],
      type: g(`types.${entry.type}`),
    };
  }
  // Every key of the editor's labels, as written (its templates keep their `{placeholders}`); a key
  // missing from messages/en.json is a compile error here.
  const labels: EditorLabels = (await getMessages({ locale })).StudioEditor;
  return (
    <>
      <SiteHeader locale={locale} path={`/studio/${slug}`} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
        <StudioEditor
          slug={slug}
          locale={locale}
          segments={segments}
          glossary={hints}
          saveUrl={`/api/studio/articles/${slug}/segments`}
          memoryUrl={`/api/studio/memory?article=${slug}`}
          readerUrl={getPathname({ href: `/articles/${slug}`, locale })}
          labels={labels}
        />
        <GlossaryProposals
          names={findNameSuggestions(article, matcher).map((suggestion) => suggestion.name)}
          types={glossaryTypes.map((type) => ({ value: type, label: g(`types.${type}`) }))}
          glossaryUrl="/api/studio/glossary"
          labels={{
            heading: t('proposalsHeading'),
            intro: t('proposalsIntro'),
            add: t('proposalAdd'),
            nameId: t('proposalNameId'),
            nameEn: t('proposalNameEn'),
            type: t('proposalType'),
            noteEn: t('proposalNoteEn'),
            noteId: t('proposalNoteId'),
            submit: t('proposalSubmit'),
            added: t('proposalAdded'),
            failed: t.raw('proposalFailed') as string,
          }}
        />
      </main>
    </>
  );
}
