import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataExtensions, dataFiles, dataFolders } from './data-files';

const root = join(__dirname, '..', '..');

describe('the credits list of data files', () => {
  it('lists only files that exist, each with its licence text beside it', () => {
    for (const file of dataFiles) {
      expect(existsSync(join(root, file.path)), file.path).toBe(true);
      expect(existsSync(join(root, file.licenceFile)), file.licenceFile).toBe(true);
    }
  });

  it('lists every data file in the data folders', () => {
    const listed = new Set(dataFiles.map((file) => file.path));
    const onDisk = dataFolders.flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((name) => (dataExtensions as readonly string[]).includes(extname(name)))
        .map((name) => `${folder}/${name}`),
    );
    expect(onDisk.filter((path) => !listed.has(path))).toEqual([]);
  });

  it('names licences by SPDX identifier, none of them non-commercial', () => {
    for (const { licence } of dataFiles) {
      expect(licence).toMatch(/^[A-Za-z0-9.+-]+$/);
      expect(licence).not.toMatch(/NC/);
    }
  });
});
