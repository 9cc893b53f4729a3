/**
 * What a learner has revealed in the "original only" layout of one article: whole translations
 * (by the id of the element holding them) and single sentences (by sentence id). Stored per
 * article in localStorage; anything unreadable there counts as nothing revealed.
 */
export interface RevealState {
  full: string[];
  sentences: string[];
}

export const revealsKey = (article: string) => `sejajar.reveals.${article}`;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export function parseReveals(stored: string | null): RevealState {
  try {
    const value: unknown = JSON.parse(stored ?? '{}');
    if (typeof value !== 'object' || value === null) return { full: [], sentences: [] };
    const { full, sentences } = value as Record<string, unknown>;
    return { full: strings(full), sentences: strings(sentences) };
  } catch {
    return { full: [], sentences: [] };
  }
}

/** The list with `id` added, or removed when it was there. */
export const toggle = (list: string[], id: string) =>
  list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
