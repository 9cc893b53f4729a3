import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getArticle, getGlossary, articleParams } from '@/lib/content/source';
import { readingOrder } from '@/lib/content/reading-order';
import type { Locale } from '@/i18n/routing';
import { getPathname } from '@/i18n/navigation';
import { SiteHeader } from '@/app/_components/site/SiteHeader';
import { alternates } from '@/app/_components/site/alternates';
import { ReaderPair } from '@/app/_components/reader/ReaderPair';
import { RelatedRow } from '@/app/_components/reader/RelatedRow';
import { TwinHighlighter } from '@/app/_components/reader/TwinHighlighter';
import { EarlyTaps } from '@/app/_components/glossary/EarlyTaps';
import { GlossaryCards } from '@/app/_components/glossary/GlossaryCards';
import { WordCards } from '@/app/_components/words/WordCards';
import { StudySaver } from '@/app/_components/study/StudySaver';
import { termCardsPath } from '@/app/_components/glossary/term-cards';
import type { TermMarker } from '@/app/_components/reader/labels';
import type { LearnerProps } from '@/app/_components/reader/BlockTools';
import { KeysHelp } from '@/app/_components/reader/KeysHelp';
import { LayoutMemory } from '@/app/_components/reader/LayoutMemory';
import { LayoutSwitcher } from '@/app/_components/reader/LayoutSwitcher';
import { ReaderKeys } from '@/app/_components/reader/ReaderKeys';
import { ReadingPosition } from '@/app/_components/reader/ReadingPosition';
import { RevealAllButton } from '@/app/_components/reader/RevealButton';
import { Reveals } from '@/app/_components/reader/Reveals';
import { ArticlePlayer } from '@/app/_components/reader/ArticlePlayer';
import type { PairLabels } from '@/app/_components/reader/ReaderPair';
import { parseLayout } from '@/app/_components/reader/reader-layout';

// `layout` is set only when this page is rendered through its `[layout]` variant segment.
type Props = { params: Promise<{ locale: Locale; slug: string; layout?: string }> };

export const generateStaticParams = articleParams;

// Only the articles this build checked and rendered exist; any other slug is a 404, never
// rendered on demand (an article folder put on the server after the build included).
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = await getArticle(slug);
  if (!article) return {};
  const { headline, body } = article;
  const inInterfaceLanguage = (s: typeof headline) =>
    locale === 'id' || !s.translation ? s.original : s.translation;
  return {
    title: inInterfaceLanguage(headline),
    description: inInterfaceLanguage(body[0] ?? headline).slice(0, 200),
    alternates: alternates(locale, `/articles/${slug}`),
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug, layout: layoutParam } = await params;
  setRequestLocale(locale);
  const layout = parseLayout(layoutParam);
  const article = await getArticle(slug);
  if (!article) notFound();
  const [t, l, g, s, w, format, { matcher }] = await Promise.all([
    getTranslations({ locale, namespace: 'Reader' }),
    getTranslations({ locale, namespace: 'Learner' }),
    getTranslations({ locale, namespace: 'Glossary' }),
    getTranslations({ locale, namespace: 'Study' }),
    getTranslations({ locale, namespace: 'Words' }),
    getFormatter({ locale }),
    getGlossary(),
  ]);
  const labels = { interfaceLang: locale, pending: t('pending'), note: t('translatorNote') };
  const learner: LearnerProps = { layout, labels: { reveal: l('reveal') } };
  const sides = { original: t('original'), translation: t('translation') };
  const pairLabels = (pair: string): PairLabels => ({ pair, ...sides });
  let paragraph = 0;
  const glossaryPath = getPathname({ href: '/glossary', locale });
  const terms: TermMarker = {
    // Matching runs here, at build time: the browser receives finished markup.
    mark: (text, lang) => matcher.segment(text, lang, { article: slug }),
    href: (termId) => `${glossaryPath}#${termId}`,
  };
  const cardsUrl = termCardsPath(getPathname({ href: `/articles/${slug}`, locale }));
  const cardLabels = {
    open: g('open'),
    pronunciation: g('pronunciation'),
    save: s('save'),
    saved: s('saved'),
    close: g('close'),
  };

  return (
    <>
      <SiteHeader locale={locale} path={`/articles/${slug}`} />
      <main id="main" className="mx-auto max-w-6xl px-4 pb-16 pt-3 sm:px-6 sm:pt-6">
        <EarlyTaps />
        {/* One compact row, so that on a phone the first paragraph is on the first screen. */}
        <div className="flex flex-wrap items-center gap-2">
          <LayoutSwitcher locale={locale} slug={slug} layout={layout} />
          {layout === 'translation' ? null : (
            <ArticlePlayer
              labels={{
                group: l('player.group'),
                play: l('player.play'),
                pause: l('player.pause'),
                replay: l('player.replay'),
                replayName: l('player.replayName'),
                speed: l('player.speed'),
                noVoice: l('noVoice'),
                noSpeech: l('noSpeech'),
              }}
            />
          )}
          {layout === 'original' ? <RevealAllButton label={l('revealAll')} /> : null}
          <ReaderKeys label={l('keysButton')} />
        </div>
        {layout === 'side' || layout === 'side-swapped' ? (
          <div
            aria-hidden="true"
            className="mt-6 hidden gap-x-10 text-xs font-semibold uppercase tracking-wider text-[var(--color-muted)] md:grid md:grid-cols-2"
          >
            <span>{t(layout === 'side' ? 'original' : 'translation')}</span>
            <span>{t(layout === 'side' ? 'translation' : 'original')}</span>
          </div>
        ) : null}
        <article className="mt-2" data-layout={layout}>
          <ReaderPair
            heading
            segment={article.headline}
            labels={labels}
            terms={terms}
            learner={learner}
            pairLabels={pairLabels(t('headline'))}
          />
          <p className="mt-2 text-sm text-[var(--color-muted)] sm:mt-3">
            {t('source', { source: article.source.site })} ·{' '}
            <time dateTime={article.published}>
              {t('published', {
                date: format.dateTime(new Date(`${article.published}T00:00:00Z`), {
                  dateStyle: 'long',
                  timeZone: 'UTC',
                }),
              })}
            </time>
          </p>
          <div className="mt-6 grid gap-7 sm:mt-8">
            {readingOrder(article).map((block) =>
              block.type === 'segment' ? (
                <ReaderPair
                  key={block.segment.id}
                  segment={block.segment}
                  labels={labels}
                  terms={terms}
                  learner={learner}
                  pairLabels={pairLabels(t('paragraph', { n: ++paragraph }))}
                />
              ) : (
                <RelatedRow
                  key={block.item.id}
                  item={block.item}
                  label={t('readAlso')}
                  layout={layout}
                  revealLabel={l('reveal')}
                />
              ),
            )}
          </div>
        </article>
        {/* Inside <main>, so an open card is within a landmark. */}
        <GlossaryCards cardsUrl={cardsUrl} locale={locale} labels={cardLabels} />
        {layout === 'translation' ? null : (
          <WordCards
            wordsUrl={`${getPathname({ href: `/articles/${slug}`, locale })}/words.json`}
            article={slug}
            labels={{
              analysis: w('analysis'),
              thisForm: w('thisForm'),
              meanings: w('meanings'),
              example: w('example'),
              noEntry: w('noEntry'),
              kbbi: w('kbbi'),
              wiktionary: w('wiktionary'),
              listen: w('listen'),
              save: w('save'),
              saved: w('saved'),
              close: w('close'),
            }}
          />
        )}
      </main>
      <KeysHelp locale={locale} />
      <LayoutMemory layout={layout} />
      {layout === 'original' ? (
        <Reveals
          article={slug}
          labels={{ show: l('reveal'), hide: l('hide'), showAll: l('revealAll'), hideAll: l('hideAll') }}
        />
      ) : null}
      <TwinHighlighter />
      {/* Adds the `s` key (save the focused name) for the keyboard help. */}
      <StudySaver
        article={slug}
        cardsUrl={cardsUrl}
        labels={{
          save: s('save'),
          saved: s('saved'),
          announceSaved: s.raw('announceSaved') as string,
          saveFailed: s('saveFailed'),
        }}
      />
      <ReadingPosition article={slug} />
    </>
  );
}
