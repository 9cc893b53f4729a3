import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../content/lexicon';
import { createAnalyser, type WordAnalyser } from '../analyse';
import { parseGold, scoreGold } from './gold';

const gold = parseGold(readFileSync(join(__dirname, 'affixed-words.txt'), 'utf8'));
let analyser: WordAnalyser;

beforeAll(async () => {
  analyser = createAnalyser(await loadLexicon());
});

describe('the gold set of affixed words', () => {
  it('holds at least 150 words', () => {
    expect(gold.length).toBeGreaterThanOrEqual(150);
  });

  it('gets at least 95% of the roots right, and prints every miss', () => {
    const score = scoreGold(gold, (form) => analyser.analyseWord(form));
    const percent = (n: number) => ((100 * n) / score.total).toFixed(1);
    console.log(
      `gold: roots ${score.rootsRight}/${score.total} (${percent(score.rootsRight)}%), ` +
        `roots and affixes ${score.affixesRight}/${score.total} (${percent(score.affixesRight)}%)\n` +
        score.misses.map((m) => `  ${m.form}: expected ${m.expected}, got ${m.got}`).join('\n'),
    );
    expect(score.rootsRight / score.total).toBeGreaterThanOrEqual(0.95);
  });
});
