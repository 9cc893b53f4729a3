// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { RevealAllButton, RevealButton } from './RevealButton';

function renderBlocks() {
  return render(
    <>
      <p>Satu</p>
      <RevealButton controls="translation-p1" label="Show translation" />
      <div id="translation-p1" hidden>
        One
      </div>
      <p>Dua</p>
      <RevealButton controls="translation-p2" label="Show translation" />
      <div id="translation-p2" hidden>
        Two
      </div>
      <RevealAllButton label="Show all translations" />
    </>,
  );
}

it('starts collapsed, pointing at the hidden translation it controls', () => {
  renderBlocks();
  const [first] = screen.getAllByRole('button', { name: 'Show translation' });
  expect(first).toHaveAttribute('aria-expanded', 'false');
  expect(first).toHaveAttribute('aria-controls', 'translation-p1');
  expect(screen.getByText('One')).not.toBeVisible();
});

it('reveals its own translation in place when pressed, and hides it when pressed again', async () => {
  renderBlocks();
  const [first] = screen.getAllByRole('button', { name: 'Show translation' });
  await userEvent.click(first!);
  expect(first).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByText('One')).toBeVisible();
  expect(screen.getByText('Two')).not.toBeVisible();
  await userEvent.click(first!);
  expect(first).toHaveAttribute('aria-expanded', 'false');
  expect(screen.getByText('One')).not.toBeVisible();
});

it('is operated from the keyboard with Enter and Space', async () => {
  renderBlocks();
  const [first] = screen.getAllByRole('button', { name: 'Show translation' });
  first!.focus();
  await userEvent.keyboard('{Enter}');
  expect(first).toHaveAttribute('aria-expanded', 'true');
  await userEvent.keyboard(' ');
  expect(first).toHaveAttribute('aria-expanded', 'false');
});

it('reveals every translation at once with "show all", leaving open ones open', async () => {
  renderBlocks();
  const [first, second] = screen.getAllByRole('button', { name: 'Show translation' });
  await userEvent.click(first!);
  await userEvent.click(screen.getByRole('button', { name: 'Show all translations' }));
  expect([first, second].map((b) => b!.getAttribute('aria-expanded'))).toEqual(['true', 'true']);
  expect(screen.getByText('One')).toBeVisible();
  expect(screen.getByText('Two')).toBeVisible();
});
