// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { editorProps, mockServer, segment } from './editor-fixture';
import { StudioEditor } from './StudioEditor';

// Counts renders per row: the real row view, memoised the way SegmentRow is (shallow props), so a
// count above zero for a row nobody touched means the editor handed it a new prop.
const renders = new Map<string, number>();
vi.mock('./SegmentRow', async (importOriginal) => {
  const real = await importOriginal<typeof import('./SegmentRow')>();
  const Counted = memo(function Counted(props: import('./SegmentRow').SegmentRowProps) {
    renders.set(props.segment.id, (renders.get(props.segment.id) ?? 0) + 1);
    return <real.SegmentRowView {...props} />;
  });
  return { ...real, SegmentRow: Counted };
});

const segments = Array.from({ length: 200 }, (_, i) => segment(`p${i + 1}`, `Kalimat nomor ${i + 1}.`));
const field = (n: number) => screen.getByRole('textbox', { name: `English for Paragraph ${n}` });
const rendered = () => [...renders].filter(([, count]) => count > 0).map(([id]) => id);

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

it('re-renders only the row being typed in, out of 200', async () => {
  const server = mockServer();
  render(<StudioEditor {...editorProps({ segments })} />);
  expect(renders.size).toBe(200);
  await userEvent.click(field(100));
  renders.clear();
  await userEvent.keyboard('Sentence');
  expect(rendered()).toEqual(['p100']);
  expect(renders.get('p100')).toBe('Sentence'.length);

  // Moving on re-renders the row left and the row entered, and nothing else.
  renders.clear();
  await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
  expect(rendered().sort()).toEqual(['p100', 'p101']);

  // A save and its answer touch only the row saved.
  renders.clear();
  await userEvent.keyboard('Next{Control>}{Enter}{/Control}');
  await act(async () => server.reply(server.ok(server.saves[0]!)));
  expect(rendered().sort()).toEqual(['p101', 'p102']); // p102: the next pending row, now active
  expect(document.getElementById('studio-state-p101')).toHaveTextContent('Saved');
});
