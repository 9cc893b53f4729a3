import type { CheckId } from '../checks/types';
/** Domain types the app renders. Built from content files by `reshapeArticle`, never cast. */

import type { SentencePair } from '../align';

export type { SentencePair };

export const translationStatuses = ['pending', 'translated', 'reviewed'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

export type LanguageCode = 'id' | 'en';

export interface Segment {
  id: string;
  kind: 'headline' | 'paragraph';
  original: string;
  translation: string;
  status: TranslationStatus;
  /** A translator's note shown beside the translation, e.g. where the original errs. */
  note?: string;
  /** Check warnings the translator dismissed for this segment. */
  dismissed?: CheckId[];
  /** Sentence groups that translate each other, aligned at build time by `reshapeArticle`; empty while the segment is pending. */
  sentences?: SentencePair[];
}

export interface RelatedItem {
  id: string;
  /** Id of the segment this item follows in the original layout. */
  after: string;
  href: string;
  title: { original: string; translation?: string };
}

export interface Source {
  name: string;
  site: string;
  url: string;
}

export interface Progress {
  total: number;
  pending: number;
  translated: number;
  reviewed: number;
}

export interface Article {
  slug: string;
  source: Source;
  /** ISO date, YYYY-MM-DD. */
  published: string;
  /** The dateline city as the original writes it (e.g. "MOSKOW"). */
  dateline?: string;
  originalLanguage: 'id';
  translationLanguage: 'en';
  headline: Segment;
  /** Body segments in reading order (the headline excluded). */
  body: Segment[];
  related: RelatedItem[];
  progress: Progress;
}

/** One row of the reader: an aligned pair, or a related link standing where the original had it. */
export type ReadingBlock =
  | { type: 'segment'; segment: Segment }
  | { type: 'related'; item: RelatedItem };
