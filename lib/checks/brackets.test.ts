import { describe, expect, it } from 'vitest';
import { checkBrackets } from './brackets';

const marks = (original: string, translation: string) =>
  checkBrackets(original, translation).map((i) =>
    i.check === 'brackets' ? `${i.params.kind} ${i.params.mark}` : '',
  );

describe('checkBrackets', () => {
  it.each([
    ['straight quotes', '"Saya yakin," tulis Putin.', '"I am confident," Putin wrote.'],
    ['curly quotes', '“Saya yakin,” tulis Putin.', '“I am confident,” Putin wrote.'],
    ['nested marks', 'Ia (“kata”) [catatan].', 'He (“word”) [note].'],
    ['an apostrophe', 'Undangan Kim.', 'Kim’s invitation and the students’ “trip”.'],
    ['a straight apostrophe', 'Undangan Kim.', "Kim's invitation."],
  ])('accepts balanced %s', (_, original, translation) => {
    expect(marks(original, translation)).toEqual([]);
  });

  it.each([
    ['an unclosed bracket', 'Dana (Rp 5 juta) cair.', 'The funds (Rp 5 million were paid.', ['unclosed (']],
    ['a stray closer', 'Dana cair.', 'The funds] were paid.', ['unopened ]']],
    ['an odd straight quote', '"Saya yakin," tulis Putin.', '"I am confident, Putin wrote.', ['unclosed "']],
    [
      'a curly quote left open',
      '“Saya yakin,” tulis Putin.',
      '“I am confident, Putin wrote.',
      ['unclosed “'],
    ],
    ['a quote opened inside brackets', 'Ia (kata) pergi.', 'He (“said) left.', ['unclosed “']],
    ['a single quote left open', 'Ia pergi.', 'He said ‘go.', ['unclosed ‘']],
  ])('warns about %s', (_, original, translation, expected) => {
    expect(marks(original, translation)).toEqual(expected);
  });

  it('accepts a quotation left open as the original leaves it, to run on into the next paragraph', () => {
    expect(marks('"Kami akan datang.', '"We will come.')).toEqual([]);
  });

  it('points at the mark and warns, since an error could not be dismissed', () => {
    expect(checkBrackets('Dana (Rp 5 juta).', 'Funds (Rp 5 million.')).toMatchInlineSnapshot(`
      [
        {
          "check": "brackets",
          "params": {
            "kind": "unclosed",
            "mark": "(",
          },
          "severity": "warning",
          "spans": [
            {
              "end": 7,
              "side": "translation",
              "start": 6,
            },
          ],
        },
      ]
    `);
  });
});
