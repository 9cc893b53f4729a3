import type { Article } from '../content/types';
import { articleSegments } from './xliff-export';
import { ATTR, buildXml } from './xml';

const TOOL_VERSION = '0.1.0';

/** A TMX 1.4 translation memory of the segments a translator has finished; pending ones teach nothing. */
export function exportTmx(article: Article): string {
  const units = articleSegments(article)
    .filter((segment) => segment.status !== 'pending')
    .map((segment) => ({
      [`${ATTR}tuid`]: segment.id,
      ...(segment.note ? { note: segment.note } : {}),
      prop: { [`${ATTR}type`]: 'x-status', '#text': segment.status },
      tuv: [
        { [`${ATTR}xml:lang`]: article.originalLanguage, seg: segment.original },
        { [`${ATTR}xml:lang`]: article.translationLanguage, seg: segment.translation },
      ],
    }));
  return buildXml({
    tmx: {
      [`${ATTR}version`]: '1.4',
      header: {
        [`${ATTR}creationtool`]: 'Sejajar',
        [`${ATTR}creationtoolversion`]: TOOL_VERSION,
        [`${ATTR}segtype`]: 'paragraph',
        [`${ATTR}o-tmf`]: 'Sejajar JSON',
        [`${ATTR}adminlang`]: 'en',
        [`${ATTR}srclang`]: article.originalLanguage,
        [`${ATTR}datatype`]: 'plaintext',
        prop: { [`${ATTR}type`]: 'x-article', '#text': article.slug },
      },
      body: { tu: units },
    },
  });
}
