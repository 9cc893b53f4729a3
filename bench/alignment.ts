/**
 * Gold-set accuracy and speed of sentence alignment: Gale–Church against the naive 1–1 baseline.
 * Run with `npm run bench:alignment`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { alignSentences, splitSentences } from '../lib/align';
import { alignByIndex, evaluateAlignment, evaluateSplitting, type Aligner } from '../lib/align/evaluate';
import { goldSetSchema, type GoldSet } from '../lib/align/gold';

const root = join(import.meta.dirname, '..');
const goldDir = join(root, 'lib/align/gold');
const seedArticle = join(root, 'content/articles/putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const goldSets: GoldSet[] = ['seed.json', 'authored.json'].map((file) =>
  goldSetSchema.parse(readJson(join(goldDir, file))),
);
const methods: [string, Aligner][] = [
  ['gale-church', alignSentences],
  ['baseline 1-1 by index', alignByIndex],
];

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
const rows = goldSets.flatMap((set) =>
  methods.map(([method, align]) => {
    const score = evaluateAlignment(set.segments, align);
    return {
      'gold set': set.name,
      method,
      accuracy: `${percent(score.accuracy)} (${score.exactGroups}/${score.goldGroups})`,
      precision: percent(score.precision),
      recall: percent(score.recall),
      'exact segments': `${score.exactSegments}/${score.segments}`,
    };
  }),
);
console.log('Sentence alignment on hand-split gold sentences');
console.table(rows);

console.log('Sentence splitting: segments split exactly as by hand (each language counted apart)');
console.table(
  goldSets.map((set) => {
    const { exact, total } = evaluateSplitting(set.segments);
    return { 'gold set': set.name, exact: `${exact}/${total}` };
  }),
);

// Time the whole build-time job for one article: split both texts of every segment, then align.
const textsSchema = z.object({ segments: z.array(z.object({ text: z.string() })) });
const original = textsSchema.parse(readJson(join(seedArticle, 'id.json')));
const translation = textsSchema.parse(readJson(join(seedArticle, 'en.json')));
const pairs = original.segments.map(
  (segment, k) => [segment.text, translation.segments[k]?.text ?? ''] as const,
);

function timePerArticle(align: Aligner, runs = 2000): number {
  const started = performance.now();
  for (let run = 0; run < runs; run++) {
    for (const [id, en] of pairs) {
      const source = splitSentences(id, 'id').map((sentence) => sentence.text);
      const target = splitSentences(en, 'en').map((sentence) => sentence.text);
      align(source, target);
    }
  }
  return (performance.now() - started) / runs;
}

console.log(`Time per article (seed, ${pairs.length} segments, split + align, mean of 2000 runs)`);
console.table(
  methods.map(([method, align]) => ({ method, 'ms per article': timePerArticle(align).toFixed(3) })),
);
