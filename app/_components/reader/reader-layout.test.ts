import { expect, it } from 'vitest';
import { parseLayout } from './reader-layout';

it('reads an unknown or missing layout as the default', () => {
  expect([parseLayout('translation'), parseLayout('x'), parseLayout(undefined)]).toEqual([
    'translation',
    'side',
    'side',
  ]);
});
