import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentJson } from './format-json';

const articlesDir = join(__dirname, '../../content/articles');

describe('formatContentJson', () => {
  it('reproduces every stored content file byte for byte', async () => {
    const slugs = await readdir(articlesDir);
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      for (const name of ['article.json', 'id.json', 'en.json']) {
        const stored = await readFile(join(articlesDir, slug, name), 'utf8');
        expect(formatContentJson(JSON.parse(stored)), `${slug}/${name}`).toBe(stored);
      }
    }
  });

  it('keeps a short list of plain values on one line and breaks a long one', () => {
    expect(formatContentJson({ translations: ['en'] })).toBe('{\n  "translations": ["en"]\n}\n');
    const long = Array.from({ length: 20 }, (_, i) => `word${i}`);
    expect(formatContentJson({ words: long }).split('\n')).toHaveLength(1 + 1 + 20 + 1 + 1 + 1);
  });

  it('writes empty lists and objects closed and leaves out undefined fields', () => {
    expect(formatContentJson({ related: [], extra: {}, note: undefined })).toBe(
      '{\n  "related": [],\n  "extra": {}\n}\n',
    );
  });
});
