import { segmentHash } from '../content/segment-hash';
import type { Article, Segment } from '../content/types';
import { baseMetadata, METADATA_NAMESPACE } from './base-hash';
import { stateOfStatus } from './states';
import { ATTR, buildXml } from './xml';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

export function articleSegments(article: Article): Segment[] {
  return [article.headline, ...article.body];
}

/**
 * An XLIFF 2.0 document for a CAT tool: one unit per segment, the id as unit id, the status as
 * state, and the hash of the segment it was made from, which merge checks before applying it.
 */
export function exportXliff(article: Article): string {
  const units = articleSegments(article).map((segment) => ({
    [`${ATTR}id`]: segment.id,
    // Module elements come first in a unit (XLIFF 2.0 §4.2.2.5): before notes and segments.
    ...baseMetadata(segmentHash({ status: segment.status, text: segment.translation, note: segment.note })),
    ...(segment.note ? { notes: { note: segment.note } } : {}),
    segment: {
      [`${ATTR}state`]: stateOfStatus[segment.status],
      source: segment.original,
      // A pending segment with no draft has no target: an empty one would read as "translated to nothing".
      ...(segment.status === 'pending' && segment.translation === '' ? {} : { target: segment.translation }),
    },
  }));
  return buildXml({
    xliff: {
      [`${ATTR}xmlns`]: XLIFF_NAMESPACE,
      [`${ATTR}xmlns:mda`]: METADATA_NAMESPACE,
      [`${ATTR}version`]: '2.0',
      [`${ATTR}srcLang`]: article.originalLanguage,
      [`${ATTR}trgLang`]: article.translationLanguage,
      file: { [`${ATTR}id`]: article.slug, unit: units },
    },
  });
}
