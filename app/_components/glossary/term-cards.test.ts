import { describe, expect, it } from 'vitest';
import { parseTermCards } from './term-cards';

const card = {
  name: { id: 'Kremlin', en: 'Kremlin' },
  type: 'Institution',
  note: { id: 'Kompleks benteng di Moskow.', en: 'The fortified complex in Moscow.' },
};

describe('parseTermCards', () => {
  it('keeps well-formed cards, with or without a pronunciation', () => {
    const cards = { kremlin: card, putin: { ...card, pronunciation: 'POO-tin' } };
    expect(parseTermCards(cards)).toEqual(cards);
  });

  it('drops a card with a missing or mistyped field and keeps the rest', () => {
    expect(
      parseTermCards({
        kremlin: card,
        nameless: { ...card, name: undefined },
        halfNamed: { ...card, name: { id: 'Kremlin' } },
        numericType: { ...card, type: 3 },
        oddPronunciation: { ...card, pronunciation: ['x'] },
        noteless: { ...card, note: 'text' },
      }),
    ).toEqual({ kremlin: card });
  });

  it.each([null, 'cards', 42, [card]])('reads %j as no cards at all', (data) => {
    expect(parseTermCards(data)).toEqual({});
  });
});
