import { loadLexicon } from '../content/lexicon';
import { createAnalyser, type WordAnalyser } from './analyse';

/** The analyser over the shipped lexicon, for tests: loaded once per test file. */
export async function realAnalyser(): Promise<WordAnalyser> {
  return createAnalyser(await loadLexicon());
}
