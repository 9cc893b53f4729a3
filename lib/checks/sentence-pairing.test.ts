import { describe, expect, it } from 'vitest';
import { checkSentencePairing } from './sentence-pairing';

const p6 =
  'Kim Jong Un mengunjungi Rusia pada 12 - 17 September lalu, jadi salah satu momen hubungan internasional paling menonjol tahun ini. Dialognya dengan Putin diadakan pada 13 September di pelabuhan antariksa Vostochny.';
const p6English =
  'Kim Jong Un visited Russia from September 12 to 17, one of the most prominent moments in international relations this year. His talks with Putin were held on September 13 at the Vostochny spaceport.';

describe('checkSentencePairing', () => {
  it('accepts the seed article’s two-sentence paragraph, and one sentence translated by two', () => {
    expect(checkSentencePairing(p6, p6English)).toEqual([]);
    expect(checkSentencePairing(p6.split('. ')[0] + '.', p6English)).toEqual([]);
  });

  it('warns when one side has more than twice the other’s sentences, which no 1–2 or 2–1 group covers', () => {
    const issues = checkSentencePairing(
      'Kim berkunjung ke Rusia pada September lalu.',
      `${p6English} It rained. Putin left.`,
    );
    expect(issues.map((i) => i.params)).toEqual([
      { original: 1, translation: 4, unpaired: 'translation' },
      { original: 1, translation: 4, unpaired: 'translation' },
    ]);
  });

  it('spans the sentence the aligner leaves without a counterpart', () => {
    const original = 'Kim berkunjung. Ia bertemu Putin. Mereka makan.';
    const [issue] = checkSentencePairing(original, 'Kim visited.');
    // The first two group 2–1 with "Kim visited.", which leaves the last one alone.
    expect(issue?.spans).toEqual([{ side: 'original', start: 34, end: 47 }]);
  });

  it('trusts an author’s alignment override, and says nothing of an empty translation', () => {
    expect(
      checkSentencePairing('Kim berkunjung. Ia pergi. Ia pulang.', 'Kim visited.', [
        { original: 3, translation: 1 },
      ]),
    ).toEqual([]);
    expect(checkSentencePairing('Kim berkunjung.', '')).toEqual([]);
  });

  it('cannot see a dropped sentence that a 2–1 group absorbs: lengths alone do not tell', () => {
    const dropped = `${p6} Kremlin telah menyampaikan bahwa Putin dengan senang hati menerima undangan Kim.`;
    expect(checkSentencePairing(dropped, p6English)).toEqual([]);
  });
});
