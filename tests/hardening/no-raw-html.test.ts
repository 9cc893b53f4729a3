import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Content is shown as text: React escapes it. The only ways around that are the raw-HTML sinks
// below; none may appear in the code that renders pages or reshapes content.
const repo = join(__dirname, '../..');
const SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|createContextualFragment/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(repo, dir), { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.(tsx?|jsx?|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name),
    )
    .map((entry) => relative(repo, join(entry.parentPath, entry.name)));
}

describe('raw HTML', () => {
  it('is never written into the page from app/, lib/ or i18n/', () => {
    const files = ['app', 'lib', 'i18n'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((file) => SINKS.test(readFileSync(join(repo, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
