/**
 * Every third-party data file the site ships, for the credits page: one definition, which the
 * page renders and a test holds to the files on disk (data-files.test.ts). Add a file here in the
 * same commit that adds it; the reasoning behind each choice of source is in the SOURCE.md beside it.
 */

export interface DataFile {
  name: string;
  /** From the repository root. */
  path: string;
  /** SPDX identifier. */
  licence: string;
  /** The licence text shipped beside the file. */
  licenceFile: string;
  /** Where the file came from (the upstream project). */
  source: string;
  /** What the site does with it, for a reader of the credits page. */
  usedFor: string;
  /** Who holds the copyright, as the upstream states it. */
  authors: string;
}

export const dataFiles: readonly DataFile[] = [
  {
    name: 'Indonesian Hunspell word list (hunspell-id)',
    path: 'lib/words/data/hunspell-id.dic',
    licence: 'LGPL-3.0-only',
    licenceFile: 'lib/words/data/hunspell-id.LICENSE',
    source: 'https://github.com/shuLhan/hunspell-id',
    usedFor:
      'The root lexicon of the word analyser: which roots exist and which prefixes they take, so that a tapped word shows its root and affixes.',
    authors:
      'Kurniadi, Volker Mueller, Arno Brevoort, Ammar Shadiq, Viko Adi Rahmawan, Benitius Brevoort, Shulhan and the hunspell-id authors',
  },
];

/** Extensions that mark a data file (as opposed to code, notes or licence texts) in a data folder. */
export const dataExtensions = ['.dic', '.aff', '.txt', '.tsv', '.csv', '.json', '.xml', '.dat'] as const;

/** Folders whose data files must all be listed above. */
export const dataFolders = ['lib/words/data'] as const;
