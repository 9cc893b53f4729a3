/**
 * Every third-party data file the site ships, for the credits page: one definition, which the
 * page renders and a test holds to the files on disk (data-files.test.ts). Add a file here in the
 * same commit that adds it; the reasoning behind each choice of source is in the SOURCE.md beside it.
 */

/** A text for the reader, in each interface language. */
export interface Localized {
  en: string;
  id: string;
}

export interface DataFile {
  name: Localized;
  /** From the repository root. */
  path: string;
  /** SPDX identifier. */
  licence: string;
  /** The licence text shipped beside the file. */
  licenceFile: string;
  /** Where the file came from (the upstream project). */
  source: string;
  /** What the site does with it, for a reader of the credits page. */
  usedFor: Localized;
  /** Who holds the copyright, as the upstream states it. */
  authors: string;
}

export const dataFiles: readonly DataFile[] = [
  {
    name: {
      en: 'Indonesian Hunspell word list (hunspell-id)',
      id: 'Daftar kata Hunspell bahasa Indonesia (hunspell-id)',
    },
    path: 'lib/words/data/hunspell-id.dic',
    licence: 'LGPL-3.0-only',
    licenceFile: 'lib/words/data/hunspell-id.LICENSE',
    source: 'https://github.com/shuLhan/hunspell-id',
    usedFor: {
      en: 'The root lexicon of the word analyser: which roots exist and which prefixes they take, so that a tapped word shows its root and affixes.',
      id: 'Leksikon kata dasar penganalisis kata: kata dasar mana yang ada dan awalan apa saja yang dapat melekat padanya, sehingga kata yang diketuk menampilkan kata dasar dan imbuhannya.',
    },
    authors:
      'Kurniadi, Volker Mueller, Arno Brevoort, Ammar Shadiq, Viko Adi Rahmawan, Benitius Brevoort, Shulhan and the hunspell-id authors',
  },
];

/** Extensions that mark a data file (as opposed to code, notes or licence texts) in a data folder. */
export const dataExtensions = ['.dic', '.aff', '.txt', '.tsv', '.csv', '.json', '.xml', '.dat'] as const;

/** Folders whose data files must all be listed above. */
export const dataFolders = ['lib/words/data'] as const;
