// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { draftKey } from './drafts';
import { editorProps, mockServer, segment } from './editor-fixture';
import { StudioEditor } from './StudioEditor';

const field = (label: string) =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: `English for ${label}` });
const stateOf = (id: string) => document.getElementById(`studio-state-${id}`)?.textContent;
const row = (id: string) => document.querySelector<HTMLElement>(`[data-studio-row="${id}"]`)!;

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it('moves between segments with Alt+ArrowDown and Alt+ArrowUp, stopping at the ends', async () => {
  mockServer();
  render(<StudioEditor {...editorProps()} />);
  await userEvent.click(field('Headline'));
  await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
  expect(field('Paragraph 1')).toHaveFocus();
  await userEvent.keyboard('{Alt>}{ArrowDown}{ArrowDown}{ArrowDown}{/Alt}');
  expect(field('Paragraph 3')).toHaveFocus();
  await userEvent.keyboard('{Alt>}{ArrowUp}{ArrowUp}{/Alt}');
  expect(field('Paragraph 1')).toHaveFocus();
});

it('saves with Ctrl+Enter as translated and moves to the next segment that needs work', async () => {
  const server = mockServer();
  server.autoReply = (request) => server.ok(request);
  render(<StudioEditor {...editorProps()} />);
  await userEvent.click(field('Paragraph 1'));
  await userEvent.keyboard('President Joko Widodo visits.{Control>}{Enter}{/Control}');
  expect(server.saves).toEqual([
    { id: 'p1', base: 'hash-p1-0', status: 'translated', text: 'President Joko Widodo visits.' },
  ]);
  expect(field('Paragraph 1')).toHaveValue('President Joko Widodo visits.'); // no newline typed
  expect(field('Paragraph 2')).toHaveFocus();
  expect(await screen.findByRole('status')).toHaveTextContent('Paragraph 1: Saved');
  // Cmd+Enter does the same; Paragraph 3 is still pending, then the search wraps to nothing.
  await userEvent.keyboard('Rain falls.{Meta>}{Enter}{/Meta}');
  expect(field('Paragraph 3')).toHaveFocus();
  expect(server.saves).toHaveLength(2);
});

it('says Saved only once the server has answered 200', async () => {
  const server = mockServer();
  render(<StudioEditor {...editorProps()} />);
  await userEvent.type(field('Paragraph 2'), 'Rain');
  expect(stateOf('p2')).toBe('Unsaved');
  await userEvent.click(within(row('p2')).getByRole('button', { name: 'Save' }));
  expect(stateOf('p2')).toBe('Saving…');
  expect(localStorage.getItem(draftKey('banjir', 'p2'))).toContain('"text":"Rain"');
  await act(async () => server.reply(server.ok(server.saves[0]!, 'hash-p2-1')));
  expect(stateOf('p2')).toBe('Saved');
  expect(localStorage.getItem(draftKey('banjir', 'p2'))).toBeNull();
  expect(screen.getByRole('status')).toHaveTextContent('Paragraph 2: Saved');
  // The next save starts from the hash the server returned.
  await userEvent.type(field('Paragraph 2'), ' falls');
  await userEvent.click(within(row('p2')).getByRole('button', { name: 'Save' }));
  expect(server.saves[1]).toMatchObject({ base: 'hash-p2-1', text: 'Rain falls' });
});

it('shows an error for a 4xx other than 409 and keeps the draft', async () => {
  const server = mockServer();
  server.autoReply = () => ({ status: 422, body: { ok: false, error: 'Text holds a control character' } });
  render(<StudioEditor {...editorProps()} />);
  await userEvent.type(field('Paragraph 2'), 'Rain');
  await userEvent.click(within(row('p2')).getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Error: Text holds a control character')).toBeInTheDocument();
  expect(localStorage.getItem(draftKey('banjir', 'p2'))).toContain('"text":"Rain"');
});

it('shows both texts on a 409, and Keep mine saves again over the disk hash', async () => {
  const server = mockServer();
  render(<StudioEditor {...editorProps()} />);
  await userEvent.type(field('Paragraph 2'), 'Rain falls.');
  await userEvent.click(within(row('p2')).getByRole('button', { name: 'Save' }));
  await act(async () =>
    server.reply({
      status: 409,
      body: {
        ok: false,
        conflict: {
          disk: { status: 'translated', text: 'It rains.', hash: 'hash-p2-9' },
          proposed: { status: 'translated', text: 'Rain falls.' },
        },
      },
    }),
  );
  expect(stateOf('p2')).toBe('Conflict');
  const panel = within(row('p2')).getByRole('group', { name: 'Someone else saved this segment' });
  expect(within(panel).getByText('It rains.')).toHaveAttribute('lang', 'en');
  expect(within(panel).getByText('Rain falls.')).toHaveAttribute('lang', 'en');
  // A merge typed in the field is what Keep mine sends.
  await userEvent.type(field('Paragraph 2'), ' It rains.');
  await userEvent.click(within(panel).getByRole('button', { name: 'Keep mine' }));
  expect(server.saves[1]).toEqual({
    id: 'p2',
    base: 'hash-p2-9',
    status: 'translated',
    text: 'Rain falls. It rains.',
  });
  await act(async () => server.reply(server.ok(server.saves[1]!, 'hash-p2-10')));
  expect(stateOf('p2')).toBe('Saved');
});

it('Use theirs takes the disk text and drops the draft', async () => {
  const server = mockServer();
  render(<StudioEditor {...editorProps()} />);
  await userEvent.type(field('Paragraph 2'), 'Rain falls.');
  await userEvent.click(within(row('p2')).getByRole('button', { name: 'Save' }));
  await act(async () =>
    server.reply({
      status: 409,
      body: {
        ok: false,
        conflict: { disk: { status: 'reviewed', text: 'It rains.', hash: 'h9' }, proposed: {} },
      },
    }),
  );
  await userEvent.click(within(row('p2')).getByRole('button', { name: 'Use theirs' }));
  expect(field('Paragraph 2')).toHaveValue('It rains.');
  expect(within(row('p2')).getByRole('combobox', { name: 'Status of Paragraph 2' })).toHaveValue('reviewed');
  expect(localStorage.getItem(draftKey('banjir', 'p2'))).toBeNull();
});

it('retries a failed save with growing delays, says so, and keeps the draft meanwhile', async () => {
  vi.useFakeTimers();
  const server = mockServer();
  server.autoReply = () => 'network-error';
  render(<StudioEditor {...editorProps()} />);
  fireEvent.change(field('Paragraph 2'), { target: { value: 'Rain' } });
  await act(async () => {
    fireEvent.keyDown(field('Paragraph 2'), { key: 'Enter', ctrlKey: true });
  });
  expect(server.saves).toHaveLength(1);
  expect(stateOf('p2')).toBe('Offline — retrying in 1s');
  expect(screen.getByRole('status')).toHaveTextContent('Paragraph 2: Offline — retrying in 1s');
  expect(JSON.parse(localStorage.getItem(draftKey('banjir', 'p2'))!)).toMatchObject({
    text: 'Rain',
    status: 'translated', // what Ctrl+Enter asked for
    base: 'hash-p2-0',
  });
  await act(() => vi.advanceTimersByTimeAsync(1000));
  expect(server.saves).toHaveLength(2);
  expect(stateOf('p2')).toBe('Offline — retrying in 2s');
  await act(() => vi.advanceTimersByTimeAsync(1000));
  expect(stateOf('p2')).toBe('Offline — retrying in 1s'); // the countdown ticks
  // Text typed while offline goes with the next attempt, which the server now takes.
  fireEvent.change(field('Paragraph 2'), { target: { value: 'Rain falls' } });
  server.autoReply = (request) => server.ok(request);
  await act(() => vi.advanceTimersByTimeAsync(1000));
  expect(server.saves[2]).toMatchObject({ text: 'Rain falls', status: 'translated' });
  expect(stateOf('p2')).toBe('Saved');
  expect(localStorage.getItem(draftKey('banjir', 'p2'))).toBeNull();
});

it('retries a 5xx the same way', async () => {
  vi.useFakeTimers();
  const server = mockServer();
  server.autoReply = () => ({ status: 503, body: {} });
  render(<StudioEditor {...editorProps()} />);
  fireEvent.change(field('Paragraph 2'), { target: { value: 'Rain' } });
  await act(async () => {
    fireEvent.click(within(row('p2')).getByRole('button', { name: 'Save' }));
  });
  expect(stateOf('p2')).toBe('Offline — retrying in 1s');
  await act(() => vi.advanceTimersByTimeAsync(1000));
  await act(() => vi.advanceTimersByTimeAsync(2000));
  await act(() => vi.advanceTimersByTimeAsync(4000));
  expect(server.saves).toHaveLength(4);
  expect(stateOf('p2')).toBe('Offline — retrying in 8s');
  // The browser saying it is back online retries at once.
  server.autoReply = (request) => server.ok(request);
  await act(async () => {
    window.dispatchEvent(new Event('online'));
  });
  expect(server.saves).toHaveLength(5);
  expect(stateOf('p2')).toBe('Saved');
});

it('offers a draft back after a reload, and Restore puts it in the field', async () => {
  const server = mockServer();
  const { unmount } = render(<StudioEditor {...editorProps()} />);
  await userEvent.type(field('Paragraph 2'), 'Rain');
  unmount(); // the tab closes before any save
  render(<StudioEditor {...editorProps()} />);
  expect(field('Paragraph 2')).toHaveValue('');
  const offer = within(row('p2')).getByRole('group', { name: /^Restore unsaved text from .+\?$/ });
  expect(within(offer).getByText('Rain')).toHaveAttribute('lang', 'en');
  await userEvent.click(within(offer).getByRole('button', { name: 'Restore' }));
  expect(field('Paragraph 2')).toHaveValue('Rain');
  expect(stateOf('p2')).toBe('Unsaved');
  expect(server.saves).toHaveLength(0);
});

it('Discard forgets the draft for good', async () => {
  mockServer();
  localStorage.setItem(
    draftKey('banjir', 'p3'),
    JSON.stringify({ text: 'Water recedes.', status: 'translated', base: 'hash-p3-0', savedAt: 0 }),
  );
  const { unmount } = render(<StudioEditor {...editorProps()} />);
  await userEvent.click(within(row('p3')).getByRole('button', { name: 'Discard' }));
  expect(localStorage.getItem(draftKey('banjir', 'p3'))).toBeNull();
  unmount();
  render(<StudioEditor {...editorProps()} />);
  expect(within(row('p3')).queryByRole('button', { name: 'Discard' })).toBeNull();
});

it('shows a draft made over an older disk state as a conflict with both texts', async () => {
  const server = mockServer();
  localStorage.setItem(
    draftKey('banjir', 'headline'),
    JSON.stringify({ text: 'Jakarta floods', status: 'translated', base: 'hash-old', savedAt: 0 }),
  );
  render(<StudioEditor {...editorProps()} />);
  const panel = within(row('headline')).getByRole('group', { name: 'Someone else saved this segment' });
  expect(within(panel).getByText('Floods in Jakarta')).toBeInTheDocument();
  expect(within(panel).getByText('Jakarta floods')).toBeInTheDocument();
  expect(field('Headline')).toHaveValue('Jakarta floods');
  await userEvent.click(within(panel).getByRole('button', { name: 'Keep mine' }));
  expect(server.saves[0]).toMatchObject({ id: 'headline', base: 'hash-headline-0', text: 'Jakarta floods' });
});

it('copies the original into the field with Alt+C, at the cursor', async () => {
  mockServer();
  render(<StudioEditor {...editorProps()} />);
  await userEvent.click(field('Paragraph 2'));
  await userEvent.keyboard('{Alt>}c{/Alt}');
  expect(field('Paragraph 2')).toHaveValue('Hujan turun.');
  expect(field('Paragraph 2')).toHaveFocus();
  await userEvent.click(within(row('p3')).getByRole('button', { name: 'Copy original' }));
  expect(field('Paragraph 3')).toHaveValue('Air surut.');
});

it('refuses to mark reviewed while the checks report errors, and says why', async () => {
  const server = mockServer();
  server.autoReply = (request) => server.ok(request);
  render(<StudioEditor {...editorProps()} />);
  await userEvent.type(field('Paragraph 1'), 'The president visits.');
  expect(within(row('p1')).getByText('Missing glossary name: Joko Widodo')).toBeInTheDocument();
  await userEvent.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
  expect(server.saves).toHaveLength(0);
  expect(within(row('p1')).getByText('Cannot mark as reviewed: fix the errors first.')).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Cannot mark as reviewed');
  await userEvent.selectOptions(within(row('p1')).getByRole('combobox'), 'reviewed');
  expect(within(row('p1')).getByRole('combobox')).toHaveValue('pending');
  // With the name in, review goes through.
  await userEvent.clear(field('Paragraph 1'));
  await userEvent.type(field('Paragraph 1'), 'Jokowi visits.');
  await userEvent.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
  expect(server.saves).toEqual([{ id: 'p1', base: 'hash-p1-0', status: 'reviewed', text: 'Jokowi visits.' }]);
  expect(await screen.findByText('Saved')).toBeInTheDocument();
});

it('makes a reviewed segment translated again when its text is edited', async () => {
  mockServer();
  const reviewed = segment('p9', 'Selesai.', 'Done.', { status: 'reviewed' });
  render(<StudioEditor {...editorProps({ segments: [reviewed] })} />);
  await userEvent.type(field('Paragraph 9'), '!');
  expect(screen.getByRole('combobox', { name: 'Status of Paragraph 9' })).toHaveValue('translated');
});

it('inserts a glossary name from the aside at the cursor of the active field', async () => {
  mockServer();
  render(<StudioEditor {...editorProps()} />);
  await userEvent.type(field('Paragraph 1'), 'President  visits.');
  field('Paragraph 1').setSelectionRange(10, 10);
  const aside = screen.getByRole('complementary', { name: 'Help' });
  expect(within(aside).getByText('Joko Widodo', { selector: '[lang="id"]' })).toBeInTheDocument();
  await userEvent.click(within(aside).getByRole('button', { name: 'Insert Jokowi' }));
  expect(field('Paragraph 1')).toHaveValue('President Jokowi visits.');
  expect(field('Paragraph 1')).toHaveFocus();
  expect(within(row('p1')).queryByText(/Missing glossary name/)).toBeNull();
});

it('shows translation-memory matches for the active original, with the diff, and Use fills the field', async () => {
  const server = mockServer();
  server.memory.matches = [
    {
      score: 0.86,
      original: 'Hujan turun deras.',
      translation: 'Heavy rain falls.',
      diff: [
        { op: 'same', text: 'Hujan turun' },
        { op: 'delete', text: ' deras' },
        { op: 'same', text: '.' },
      ],
      source: 'cuaca-2025',
    },
  ];
  render(<StudioEditor {...editorProps()} />);
  await userEvent.click(field('Paragraph 2'));
  const aside = screen.getByRole('complementary', { name: 'Help' });
  expect(await within(aside).findByText('86% match')).toBeInTheDocument();
  expect(server.memoryQueries).toContain('Hujan turun.');
  expect(within(aside).getByText('deras', { selector: 'del', exact: false })).toBeInTheDocument();
  await userEvent.click(within(aside).getByRole('button', { name: 'Use' }));
  expect(field('Paragraph 2')).toHaveValue('Heavy rain falls.');
});

it('marks mentions in the original, labels every block with its language, and shows progress', async () => {
  mockServer();
  render(<StudioEditor {...editorProps()} />);
  const mark = row('p1').querySelector('mark[data-term="joko-widodo"]');
  expect(mark).toHaveTextContent('Joko Widodo');
  expect(mark?.closest('[lang]')).toHaveAttribute('lang', 'id');
  expect(field('Paragraph 1')).toHaveAttribute('lang', 'en');
  expect(screen.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', '1');
  expect(screen.getByText('1 translated, 0 reviewed, of 4')).toBeInTheDocument();
});

it('lists the shortcuts behind a disclosure button', async () => {
  mockServer();
  render(<StudioEditor {...editorProps()} />);
  const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByText('Mark as reviewed and save')).not.toBeVisible();
  await userEvent.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByText('Mark as reviewed and save')).toBeVisible();
});

it('asks before leaving with unsaved text', async () => {
  mockServer();
  render(<StudioEditor {...editorProps()} />);
  const quiet = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(quiet);
  expect(quiet.defaultPrevented).toBe(false);
  await userEvent.type(field('Paragraph 2'), 'R');
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  expect(leaving.defaultPrevented).toBe(true);
});

it('sends a second save only after the first answers, over the hash it returned', async () => {
  const server = mockServer();
  render(<StudioEditor {...editorProps()} />);
  await userEvent.type(field('Paragraph 2'), 'Rain');
  await userEvent.click(within(row('p2')).getByRole('button', { name: 'Save' }));
  await userEvent.type(field('Paragraph 2'), ' falls');
  await userEvent.click(within(row('p2')).getByRole('button', { name: 'Save' }));
  expect(server.saves).toHaveLength(1);
  await act(async () => server.reply(server.ok(server.saves[0]!, 'hash-p2-1')));
  expect(server.saves[1]).toEqual({ id: 'p2', base: 'hash-p2-1', status: 'translated', text: 'Rain falls' });
  expect(stateOf('p2')).toBe('Saving…');
  await act(async () => server.reply(server.ok(server.saves[1]!, 'hash-p2-2')));
  expect(stateOf('p2')).toBe('Saved');
});
