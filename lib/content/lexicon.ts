import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseLexicon, type Lexicon } from '../words/lexicon';

/** The root lexicon's file (LGPL-3.0-only, see lib/words/data/SOURCE.md); one of the data files of lib/credits. */
export const LEXICON_FILE = 'lib/words/data/hunspell-id.dic';

const lexicons = new Map<string, Promise<Lexicon>>();

/**
 * Reads and parses the root lexicon once per process (about 300 KB, parsed in tens of milliseconds);
 * it ships with the code, not with the content, so even the workspace never needs it afresh.
 */
export function loadLexicon(root: string = process.cwd()): Promise<Lexicon> {
  const path = join(root, LEXICON_FILE);
  let lexicon = lexicons.get(path);
  // Latin-1 because the .dic declares `SET ISO8859-1`.
  if (!lexicon) lexicons.set(path, (lexicon = readFile(path, 'latin1').then(parseLexicon)));
  return lexicon;
}
