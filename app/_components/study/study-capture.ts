import {
  addEntry,
  parseStudyList,
  serializeStudyList,
  STUDY_STORAGE_KEY,
  type StudyEntry,
} from '@/lib/study/entry';
import type { TermCard } from '@/app/_components/glossary/term-cards';

/**
 * Loaded on the first Save only (a dynamic import from StudySaver), so the article page does
 * not pay for it up front. The name and note come from the entry's card, the sentence from the
 * page: the `[data-sentence]` span around the mention that opened the card, with its twin spans
 * of the same id; without one (a pending translation), the whole block.
 */
export function saveFromPage(
  termId: string,
  card: Pick<TermCard, 'name' | 'note'>,
  mention: Element | null,
  article: string,
  word?: StudyEntry['word'],
): StudyEntry {
  const segment = mention?.closest('[data-segment]')?.getAttribute('data-segment') ?? '';
  const sentenceId = mention?.closest('[data-sentence]')?.getAttribute('data-sentence') ?? '';
  const entry: StudyEntry = {
    termId,
    name: card.name,
    note: card.note,
    sentence: { id: sentenceText(sentenceId, segment, 'id'), en: sentenceText(sentenceId, segment, 'en') },
    article,
    segment,
    savedAt: new Date().toISOString(),
    ...(word ? { word } : {}),
  };
  const entries = addEntry(parseStudyList(localStorage.getItem(STUDY_STORAGE_KEY)), entry);
  localStorage.setItem(STUDY_STORAGE_KEY, serializeStudyList(entries));
  return entry;
}

function sentenceText(sentenceId: string, segment: string, lang: 'id' | 'en'): string {
  const inLang = (el: Element) => el.closest('[data-segment]')?.getAttribute('lang') === lang;
  const pieces = sentenceId
    ? [...document.querySelectorAll(`[data-sentence="${CSS.escape(sentenceId)}"]`)].filter(inLang)
    : [];
  const blocks = segment
    ? [
        ...document.querySelectorAll(
          `[data-segment="${CSS.escape(segment)}"][lang="${lang}"]:not([data-status="pending"])`,
        ),
      ]
    : [];
  const chosen = pieces.length > 0 ? pieces : blocks.slice(0, 1);
  return chosen
    .map((el) => el.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
