// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { TwinHighlighter } from './TwinHighlighter';

function renderPairs() {
  return render(
    <>
      <p lang="id" data-segment="p1" tabIndex={0}>
        Satu
      </p>
      <p lang="en" data-segment="p1" tabIndex={0}>
        One
      </p>
      <p lang="id" data-segment="p2" tabIndex={0}>
        Dua
      </p>
      <p lang="en" data-segment="p2" tabIndex={0}>
        Two
      </p>
      <TwinHighlighter />
    </>,
  );
}

const highlighted = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-highlighted]')].map((el) => el.textContent);

it('marks the twin of the hovered block, and only the twin', () => {
  const { container, getByText } = renderPairs();
  fireEvent.pointerOver(getByText('Satu'));
  expect(highlighted(container)).toEqual(['One']);
});

it('moves the mark when focus moves to another block and clears it when focus leaves the text', () => {
  const { container, getByText } = renderPairs();
  fireEvent.focusIn(getByText('Two'));
  expect(highlighted(container)).toEqual(['Dua']);
  fireEvent.focusOut(getByText('Two'), { relatedTarget: document.body });
  expect(highlighted(container)).toEqual([]);
});

it('marks the sentences that translate the hovered sentence, both halves of a one-to-two group', () => {
  const { container, getByText } = render(
    <>
      <p lang="id" data-segment="p1" tabIndex={0}>
        <span data-sentence="p1.s1">Satu.</span> <span data-sentence="p1.s2">Dua, tiga.</span>
      </p>
      <p lang="en" data-segment="p1" tabIndex={0}>
        <span data-sentence="p1.s1">One.</span> <span data-sentence="p1.s2">Two.</span>{' '}
        <span data-sentence="p1.s2">Three.</span>
      </p>
      <TwinHighlighter />
    </>,
  );
  fireEvent.pointerOver(getByText('Dua, tiga.'));
  expect(highlighted(container)).toEqual(['One. Two. Three.', 'Two.', 'Three.']);
  fireEvent.pointerOver(getByText('One.'));
  expect(highlighted(container)).toEqual(['Satu. Dua, tiga.', 'Satu.']);
});
