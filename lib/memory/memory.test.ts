import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedArticle } from '../terminology/test-articles';
import { createMemory } from './memory';
import { pairsFromArticle } from './pairs';
import { similarity } from './similarity';
import type { Memory, MemoryPair } from './types';

let seedPairs: MemoryPair[];
let memory: Memory;

beforeAll(async () => {
  seedPairs = pairsFromArticle(await seedArticle());
  memory = createMemory(seedPairs);
});

const p5 =
  'Dalam pesan yang sama, Putin juga mendoakan kesehatan dan kesuksesan bagi Kim Jong Un, serta kedamaian dan kesejahteraan bagi seluruh warga Korea Utara.';

describe('pairsFromArticle', () => {
  it('takes every finished segment of the seed article, naming article and segment', () => {
    expect(seedPairs).toHaveLength(10);
    expect(seedPairs[0]?.source).toEqual({
      kind: 'article',
      slug: 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi',
      segment: 'headline',
    });
  });
});

describe('createMemory lookup', () => {
  it('finds a segment of the seed article at 100, with its translation and source', () => {
    const [match] = memory.lookup(p5);
    expect(match?.score).toBe(100);
    expect(match?.translation).toMatch(/^In the same message, Putin also wished Kim Jong Un/);
    expect(match?.source).toMatchObject({ segment: 'p5' });
  });

  it('ranks an edited query below the exact one and above an edit of two words', () => {
    const pairs = [
      p5,
      p5.replace('kesehatan', 'kebahagiaan'),
      p5.replace('kesehatan', 'kebahagiaan').replace('sama', 'lain'),
    ].map((original, k): MemoryPair => ({
      original,
      translation: `t${k}`,
      source: { kind: 'tmx', file: 'x.tmx', unit: `${k}` },
    }));
    const matches = createMemory(pairs.toReversed()).lookup(p5, { limit: 3 });
    expect(matches.map((m) => [m.translation, m.score])).toEqual([
      ['t0', 100],
      ['t1', 96],
      ['t2', 91],
    ]);
  });

  it('returns nothing below the threshold: unrelated text and a different sentence about the same people', () => {
    expect(memory.lookup('Harga beras naik lagi di Pasar Induk Kramat Jati menjelang Lebaran.')).toEqual([]);
    const matches = memory.lookup('Putin dan Kim Jong Un bertemu lagi di Moskow pada bulan Oktober.', {
      minScore: 50,
    });
    expect(matches.every((m) => m.score >= 50)).toBe(true);
  });

  it('honours limit and minScore', () => {
    const loose = memory.lookup('Putin menyatakan bahwa Korea Utara dan Rusia berkontribusi pada keamanan.', {
      minScore: 10,
      limit: 3,
    });
    expect(loose.length).toBeLessThanOrEqual(3);
    expect(loose.map((m) => m.score)).toEqual([...loose.map((m) => m.score)].sort((a, b) => b - a));
    expect(memory.lookup(p5, { limit: 0 })).toEqual([]);
    expect(memory.lookup('...')).toEqual([]);
  });

  it('returns what scoring every pair would, though it scores only a few', () => {
    const words = [
      'putin',
      'kim',
      'rusia',
      'korea',
      'utara',
      'dan',
      'yang',
      'di',
      'Pada',
      'kunjungan',
      'pesan',
      '12',
    ];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 30 }),
        text,
        fc.integer({ min: 1, max: 90 }),
        (originals, query, minScore) => {
          const pairs = originals.map((original, k): MemoryPair => ({
            original,
            translation: '',
            source: { kind: 'tmx', file: 'f', unit: `${k}` },
          }));
          const expected = pairs
            .map((pair, k) => ({ k, score: similarity(query, pair.original).score }))
            .filter((m) => m.score >= minScore)
            .sort((a, b) => b.score - a.score || a.k - b.k)
            .slice(0, 5)
            .map((m) => Math.round(m.score));
          const found = createMemory(pairs)
            .lookup(query, { minScore, limit: 5 })
            .map((m) => m.score);
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
