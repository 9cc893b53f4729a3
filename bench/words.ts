/**
 * Word analysis benchmark: `npm run bench:words`.
 *
 * Analyses a 1,000-word Indonesian text (the seed article's original, topped up with the gold set's
 * affixed words in a fixed shuffled order, so about half the words are distinct types) and prints the
 * median and p95 over many runs of: tokenising alone (the baseline, measured in the same run), analysing
 * with a fresh analyser each run (every word type analysed from scratch: the cost for a new article),
 * and analysing again with a warm analyser (the memo hit). It also times reading and parsing the lexicon.
 * The budget for the cold case is 5 ms.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LEXICON_FILE } from '../lib/content/lexicon';
import { createAnalyser } from '../lib/words/analyse';
import { parseGold } from '../lib/words/gold/gold';
import { parseLexicon } from '../lib/words/lexicon';
import { tokenizeWords } from '../lib/words/tokenize';
import { mulberry32 } from './synthetic-names';

const ROOT = join(__dirname, '..');
const SLUG = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
const WORDS = 1_000;
const RUNS = 300;

async function main(): Promise<void> {
  const readStart = performance.now();
  const raw = await readFile(join(ROOT, LEXICON_FILE), 'latin1');
  const readMs = performance.now() - readStart;
  const firstParseStart = performance.now();
  const lexicon = parseLexicon(raw);
  const firstParseMs = performance.now() - firstParseStart;
  const parse = sample(20, () => parseLexicon(raw));

  const text = article();
  const words = tokenizeWords(text);
  const types = new Set(words.map((w) => w.text.toLowerCase())).size;
  const tokenise = sample(RUNS, () => tokenizeWords(text));
  const cold = sample(RUNS, () => createAnalyser(lexicon).analyseText(text));
  const warmAnalyser = createAnalyser(lexicon);
  warmAnalyser.analyseText(text);
  const warm = sample(RUNS, () => warmAnalyser.analyseText(text));

  console.log(
    `Lexicon ${LEXICON_FILE}: ${raw.length.toLocaleString('en')} bytes, ${lexicon.size.toLocaleString('en')} roots; ` +
      `read ${fmt(readMs)} ms, first parse ${fmt(firstParseMs)} ms, parse median ${fmt(parse.median)} ms (p95 ${fmt(parse.p95)}).`,
  );
  console.log(`Text: ${words.length} words, ${types} distinct; ${RUNS} runs each, ms per text.\n`);
  const rows = [
    ['tokenise only (baseline)', tokenise],
    ['analyse, fresh analyser (cold)', cold],
    ['analyse, warm analyser', warm],
  ] as const;
  console.log(`${'case'.padEnd(34)}${'median'.padStart(9)}${'p95'.padStart(9)}`);
  for (const [name, { median, p95 }] of rows)
    console.log(`${name.padEnd(34)}${fmt(median).padStart(9)}${fmt(p95).padStart(9)}`);
  console.log(
    `\ncold analysis is ${(cold.median / tokenise.median).toFixed(1)}× tokenising; budget 5 ms: ${cold.p95 < 5 ? 'met' : 'MISSED'} at p95.`,
  );
}

/** The seed original, then gold-set words in a seeded shuffle, to exactly WORDS words. */
function article(): string {
  const original = JSON.parse(readFileSync(join(ROOT, 'content', 'articles', SLUG, 'id.json'), 'utf8')) as {
    segments: { text: string }[];
  };
  const seed = original.segments.map((s) => s.text).join('\n');
  const gold = parseGold(readFileSync(join(ROOT, 'lib', 'words', 'gold', 'affixed-words.txt'), 'utf8')).map(
    (g) => g.form,
  );
  const random = mulberry32(7);
  const extra: string[] = [];
  const need = WORDS - tokenizeWords(seed).length;
  for (let i = 0; i < need; i++) extra.push(gold[Math.floor(random() * gold.length)]!);
  return `${seed}\n${extra.join(' ')}.`;
}

function sample(runs: number, run: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) run(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

const fmt = (ms: number) => ms.toFixed(3);

void main();
