import { describe, expect, it } from 'vitest';
import { checkRepeatedWord } from './repeated-word';

const words = (text: string) =>
  checkRepeatedWord(text).map((i) => (i.check === 'repeated-word' ? i.params.word : ''));

describe('checkRepeatedWord', () => {
  it('finds a word written twice, whatever the case', () => {
    expect(words('The the Kremlin said that that it would.')).toEqual(['The', 'that']);
  });

  it('spans the second word', () => {
    expect(checkRepeatedWord('Kim visited the the plant.')[0]?.spans).toEqual([
      { side: 'translation', start: 16, end: 19 },
    ]);
  });

  it('needs whole words on both sides', () => {
    expect(words('the theory, then the, other’s s s')).toEqual(['s']);
    expect(words('Kim visited the thesis.')).toEqual([]);
  });
});
