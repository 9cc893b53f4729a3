// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, it, vi } from 'vitest';
import { ReaderKeys } from './ReaderKeys';
import { RevealButton } from './RevealButton';
import { Reveals } from './Reveals';

beforeAll(() => {
  // jsdom lays nothing out; every element counts as visible unless it sits under `hidden`.
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (this.closest('[hidden]') ? [] : [{}]) as unknown as DOMRectList;
  });
  // jsdom has no showModal; the real one is exercised in the e2e spec.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
});

function renderReader({ original = false } = {}) {
  const pair = (id: string, id_: string, en: string) => (
    <div data-pair={id} key={id}>
      <p lang="id" data-segment={id} tabIndex={0}>
        {id_}{' '}
        <a href={`#name-${id}`} data-term={`name-${id}`}>
          Nama {id}
        </a>
      </p>
      {original ? <RevealButton controls={`translation-${id}`} label={`Show ${id}`} /> : null}
      <div id={`translation-${id}`} hidden={original}>
        <p lang="en" data-segment={id} tabIndex={-1}>
          {en}
        </p>
      </div>
    </div>
  );
  return render(
    <>
      {pair('p1', 'Satu', 'One')}
      {pair('p2', 'Dua', 'Two')}
      {pair('p3', 'Tiga', 'Three')}
      <input aria-label="Search" />
      <dialog id="reader-keys" aria-label="Keys" />
      <ReaderKeys label="Keyboard shortcuts" />
      {original ? (
        <Reveals
          article="test"
          labels={{ show: 'Show', hide: 'Hide', showAll: 'Show all', hideAll: 'Hide all' }}
        />
      ) : null}
    </>,
  );
}

it('moves focus to the next and previous pair with j and k, keeping to the same language', async () => {
  renderReader();
  screen.getByText('Two').focus();
  await userEvent.keyboard('j');
  expect(screen.getByText('Three')).toHaveFocus();
  screen.getByText('Satu', { exact: false }).focus();
  await userEvent.keyboard('j');
  expect(screen.getByText('Dua', { exact: false })).toHaveFocus();
  screen.getByText('Two').focus();
  await userEvent.keyboard('k');
  expect(screen.getByText('One')).toHaveFocus();
  await userEvent.keyboard('k');
  expect(screen.getByText('One')).toHaveFocus();
});

it('moves with the arrow keys only while a block has focus, so they still scroll the page elsewhere', async () => {
  renderReader();
  screen.getByText('Satu', { exact: false }).focus();
  await userEvent.keyboard('{ArrowDown}');
  expect(screen.getByText('Dua', { exact: false })).toHaveFocus();
  const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
  button.focus();
  const event = fireEvent.keyDown(button, { key: 'ArrowDown' });
  expect(event).toBe(true); // not prevented
  expect(button).toHaveFocus();
});

it('starts at the first pair when j is pressed with focus outside the text', async () => {
  renderReader();
  await userEvent.keyboard('j');
  expect(screen.getByText('Satu', { exact: false })).toHaveFocus();
});

it('leaves keys alone while typing in a field or with a modifier held', async () => {
  renderReader();
  screen.getByRole('textbox', { name: 'Search' }).focus();
  await userEvent.keyboard('j');
  expect(screen.getByRole('textbox')).toHaveFocus();
  expect(screen.getByRole('textbox')).toHaveValue('j');
  screen.getByText('Satu', { exact: false }).focus();
  await userEvent.keyboard('{Control>}j{/Control}');
  expect(screen.getByText('Satu', { exact: false })).toHaveFocus();
});

it('skips translations that are hidden and reveals the focused pair with r or Enter', async () => {
  renderReader({ original: true });
  screen.getByText('Satu', { exact: false }).focus();
  await userEvent.keyboard('j');
  expect(screen.getByText('Dua', { exact: false })).toHaveFocus();
  await userEvent.keyboard('r');
  expect(screen.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByText('Two')).toBeVisible();
  await userEvent.keyboard('{Enter}');
  expect(screen.getAllByRole('button', { name: 'Show' })[1]).toHaveAttribute('aria-expanded', 'false');
  expect(screen.getByText('Two')).not.toBeVisible();
  expect(screen.getByText('Dua', { exact: false })).toHaveFocus();
});

it('opens the help dialog with ? and from its button, and takes no keys while it is open', async () => {
  renderReader();
  const dialog = document.getElementById('reader-keys') as HTMLDialogElement;
  screen.getByText('Satu', { exact: false }).focus();
  await userEvent.keyboard('?');
  expect(dialog.open).toBe(true);
  await userEvent.keyboard('j');
  expect(screen.getByText('Satu', { exact: false })).toHaveFocus();
  dialog.open = false;
  await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
  expect(dialog.open).toBe(true);
});

it('makes each pair one Tab stop and reaches its names with the arrow keys (roving tabindex)', async () => {
  renderReader();
  const stops = () =>
    [...document.querySelectorAll<HTMLElement>('[tabindex="0"]')].map((el) => el.textContent?.trim());
  expect(stops()).toEqual(['Satu Nama p1', 'Dua Nama p2', 'Tiga Nama p3']);
  screen.getByText('Satu', { exact: false }).focus();
  await userEvent.keyboard('{ArrowRight}');
  expect(screen.getByText('Nama p1')).toHaveFocus();
  // The name reached is now the pair's Tab stop, so Tab away and back returns to it.
  expect(stops()).toEqual(['Nama p1', 'Dua Nama p2', 'Tiga Nama p3']);
  await userEvent.keyboard('{ArrowRight}');
  expect(screen.getByText('One')).toHaveFocus();
  await userEvent.keyboard('{Home}');
  expect(screen.getByText('Satu', { exact: false })).toHaveFocus();
  await userEvent.keyboard('{End}');
  expect(screen.getByText('One')).toHaveFocus();
});

it('remembers what was revealed for the article, and says what each button will do', async () => {
  localStorage.clear();
  const first = renderReader({ original: true });
  await userEvent.click(screen.getAllByRole('button', { name: 'Show' })[0]!);
  expect(screen.getByText('One')).toBeVisible();
  first.unmount();
  renderReader({ original: true });
  expect(screen.getByText('One')).toBeVisible();
  expect(screen.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByText('Two')).not.toBeVisible();
});
