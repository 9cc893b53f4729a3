/**
 * The study list: glossary names and Indonesian words a reader saved, each with the sentence it was met in, kept in
 * the browser's localStorage only (no account, no server). Pure functions: no DOM, no React.
 *
 * Stored as `{ "version": 1, "entries": StudyEntry[] }` under `STUDY_STORAGE_KEY`. One entry per
 * glossary name: saving a name again replaces its sentence with the newer one and moves it to the top.
 */

export const STUDY_STORAGE_KEY = 'sejajar:study-list';

export interface Bilingual {
  id: string;
  en: string;
}

export interface StudyEntry {
  /** The glossary entry id, e.g. `vostochny-cosmodrome`. */
  termId: string;
  name: Bilingual;
  note: Bilingual;
  /** The sentence the name was met in, and its translation (either may be empty). */
  sentence: Bilingual;
  /** The article's slug and the segment the sentence sits in, for a link back: `/{locale}/articles/{slug}#{segment}`. */
  article: string;
  segment: string;
  /** ISO timestamp. */
  savedAt: string;
  /** Set for a word (termId `word:<form>`): its root and its analysis, "di- + sepakat + -i". */
  word?: { root: string; analysis: string };
}

const isString = (value: unknown): value is string => typeof value === 'string';
export const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' &&
  value !== null &&
  isString((value as Bilingual).id) &&
  isString((value as Bilingual).en);

/** A hand-written guard rather than zod: this runs in the reader's browser, where every kilobyte counts. */
export function isStudyEntry(value: unknown): value is StudyEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<keyof StudyEntry, unknown>;
  return (
    isString(entry.termId) &&
    entry.termId.length > 0 &&
    isBilingual(entry.name) &&
    isBilingual(entry.note) &&
    isBilingual(entry.sentence) &&
    isString(entry.article) &&
    isString(entry.segment) &&
    isString(entry.savedAt) &&
    (entry.word === undefined ||
      (typeof entry.word === 'object' &&
        entry.word !== null &&
        isString((entry.word as { root?: unknown }).root) &&
        isString((entry.word as { analysis?: unknown }).analysis)))
  );
}

/** Reads a stored list; anything unreadable (another version, hand-edited storage) is dropped, never thrown. */
export function parseStudyList(raw: string | null | undefined): StudyEntry[] {
  if (!raw) return [];
  try {
    const data: unknown = JSON.parse(raw);
    const entries =
      typeof data === 'object' && data !== null ? (data as { entries?: unknown }).entries : undefined;
    return Array.isArray(entries) ? entries.filter(isStudyEntry) : [];
  } catch {
    return [];
  }
}

export function serializeStudyList(entries: StudyEntry[]): string {
  return JSON.stringify({ version: 1, entries });
}

/** Newest first; an entry for a name already saved replaces it. */
export function addEntry(entries: StudyEntry[], entry: StudyEntry): StudyEntry[] {
  return [entry, ...entries.filter((e) => e.termId !== entry.termId)];
}

export function removeEntry(entries: StudyEntry[], termId: string): StudyEntry[] {
  return entries.filter((e) => e.termId !== termId);
}
