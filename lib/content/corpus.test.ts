import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { articleSlugs, loadCorpus } from './corpus';
import { formatProblem } from './problems';

const fixture = (name: string) => join(__dirname, 'fixtures', name);
const problemsOf = async (name: string) => (await loadCorpus(fixture(name))).problems.map(formatProblem);

describe('loadCorpus', () => {
  it('loads a valid article into aligned segments with its progress', async () => {
    const { articles, problems } = await loadCorpus(fixture('valid'));
    expect(problems).toEqual([]);
    const [article] = articles;
    expect(article?.headline.kind).toBe('headline');
    expect(article?.body.map((s) => [s.id, s.status])).toEqual([
      ['p1', 'reviewed'],
      ['p2', 'reviewed'],
    ]);
    expect(article?.progress).toEqual({ total: 3, pending: 0, translated: 0, reviewed: 3 });
  });

  it.each([
    ['missing-translation', 'content/articles/sample/en.json: segment "p2": translation segment is missing (add it with status "pending")'],
    ['duplicate-id', 'content/articles/sample/id.json: segment "p1": duplicate segment id'],
    ['orphan-translation', 'content/articles/sample/en.json: segment "p7": segment id has no original in id.json'],
    ['empty-original', 'content/articles/sample/id.json: segment "p2": text: must not be empty'],
    ['empty-translation', 'content/articles/sample/en.json: segment "p1": text: must not be empty unless status is "pending"'],
    ['bad-date', 'content/articles/sample/article.json: published: must be a date written YYYY-MM-DD'],
    ['bad-segment-id', 'content/articles/sample/id.json: segment "P 1": id: must be lower-case letters, digits and hyphens'],
    ['truncated', 'content/articles/sample/id.json: invalid JSON at line 10, column 108: Unterminated string'],
    ['invalid-syntax', 'content/articles/sample/id.json: invalid JSON at line 5, column 24: Expected double-quoted property name'],
    ['wrong-encoding', 'content/articles/sample/id.json: file is not valid UTF-8'],
    ['no-headline', 'content/articles/sample/id.json: article has no headline: the first segment must have id "headline"'],
    ['javascript-href', 'content/articles/sample/article.json: segment "r1": href: must be an http(s) URL'],
    ['related-unknown-segment', 'content/articles/sample/article.json: segment "r1": related item follows unknown segment "p9"'],
    ['missing-file', 'content/articles/sample/en.json: file is missing or unreadable'],
    [
      'broken-alignment',
      'content/articles/sample/en.json: segment "p1": alignment override covers 2 original and 2 translation sentences, but the texts have 1 and 1',
    ],
  ])('rejects the %s fixture naming the file and segment', async (name, message) => {
    expect(await problemsOf(name)).toEqual([message]);
  });

  it('aligns the sentences of each translated pair, following an override where the author gave one', async () => {
    const { articles, problems } = await loadCorpus(fixture('alignment-override'));
    expect(problems).toEqual([]);
    const [p1, p2] = articles[0]?.body ?? [];
    expect(p1?.sentences?.map((pair) => [pair.id, pair.original.length, pair.translation.length])).toEqual([['s1', 1, 1]]);
    expect(p2?.sentences?.map((pair) => [pair.id, pair.original.length, pair.translation.length])).toEqual([['s1', 1, 2]]);
    expect(p2?.sentences?.[0]?.translation.map((sentence) => sentence.text)).toEqual([
      'Highlighting his recent meeting with North Korean leader Kim Jong Un, Putin said he was satisfied.',
      'A number of agreements had been reached.',
    ]);
  });

  it('reports every broken metadata field, not just the first', async () => {
    expect(await problemsOf('bad-metadata')).toEqual([
      'content/articles/sample/article.json: source.url: must be an http(s) URL',
      'content/articles/sample/article.json: originalLanguage: Invalid input: expected "id"',
    ]);
  });

  it('refuses an article folder whose name is not a slug, still loading the others', async () => {
    const content = mkdtempSync(join(tmpdir(), 'sejajar-not-a-slug-'));
    onTestFinished(() => rmSync(content, { recursive: true, force: true }));
    cpSync(fixture('valid'), content, { recursive: true });
    cpSync(join(content, 'articles', 'sample'), join(content, 'articles', 'Not A Slug'), { recursive: true });
    const { articles, problems } = await loadCorpus(content);
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/Not A Slug: folder name is not a valid slug (lower-case letters, digits, hyphens)',
    ]);
    expect(articles.map((a) => a.slug)).toEqual(['sample']);
  });

  it('loads the real content without a problem', async () => {
    const { articles, problems } = await loadCorpus(join(__dirname, '../../content'));
    expect(problems).toEqual([]);
    expect(articles.length).toBeGreaterThan(0);
  });
});

describe('articleSlugs', () => {
  it('lists the article folders whose names are slugs, and nothing else', () => {
    const content = mkdtempSync(join(tmpdir(), 'sejajar-slugs-'));
    for (const folder of ['harga-cabai-naik', 'a1', 'Not_A_Slug', '-leading'])
      mkdirSync(join(content, 'articles', folder), { recursive: true });
    writeFileSync(join(content, 'articles', 'notes.txt'), 'not an article');
    expect(articleSlugs(content)).toEqual(['a1', 'harga-cabai-naik']);
  });

  it('finds no articles where there is no articles folder', () => {
    expect(articleSlugs(mkdtempSync(join(tmpdir(), 'sejajar-empty-')))).toEqual([]);
  });
});
