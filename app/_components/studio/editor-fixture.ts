import { vi } from 'vitest';
import type { EditorLabels, EditorProps, EditorSegment, SaveRequest } from './types';

/** English defaults for tests only: the page passes strings translated on the server. */
export const labels: EditorLabels = {
  title: 'Translation workspace',
  openReader: 'Open in the reader',
  originalColumn: 'Indonesian',
  englishColumn: 'English',
  fieldLabel: 'English for {label}',
  statusLabel: 'Status of {label}',
  statusPending: 'Pending',
  statusTranslated: 'Translated',
  statusReviewed: 'Reviewed',
  save: 'Save',
  copyOriginal: 'Copy original',
  stateUnsaved: 'Unsaved',
  stateSaving: 'Saving…',
  stateSaved: 'Saved',
  stateOffline: 'Offline — retrying in {seconds}s',
  stateConflict: 'Conflict',
  stateError: 'Error: {message}',
  announceState: '{label}: {state}',
  allDone: 'Nothing left to do',
  reviewRefused: 'Cannot mark as reviewed: fix the errors first.',
  reviewEmpty: 'Cannot mark an empty translation as reviewed.',
  issuesLabel: 'Checks',
  severityError: 'Error:',
  severityWarning: 'Warning:',
  conflictTitle: 'Someone else saved this segment',
  conflictIntro: 'Keep yours, use theirs, or edit a merge in the field and keep that.',
  conflictDisk: 'On disk',
  conflictMine: 'Yours',
  keepMine: 'Keep mine',
  useTheirs: 'Use theirs',
  restorePrompt: 'Restore unsaved text from {time}?',
  restore: 'Restore',
  discard: 'Discard',
  progressLabel: 'Progress',
  progressText: '{translated} translated, {reviewed} reviewed, of {total}',
  helpTitle: 'Help',
  glossaryTitle: 'Glossary',
  glossaryEmpty: 'No glossary names in this segment.',
  insertName: 'Insert {name}',
  memoryTitle: 'Translation memory',
  memoryLoading: 'Looking for matches…',
  memoryEmpty: 'No matches.',
  memoryFailed: 'Translation memory is unavailable.',
  memoryScore: '{score}% match',
  memorySource: 'From {source}',
  useMatch: 'Use',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutSave: 'Save and go to the next segment that needs work (or the Save button)',
  shortcutReviewed: 'Mark as reviewed and save',
  shortcutNext: 'Next segment (or Tab)',
  shortcutPrevious: 'Previous segment (or Shift+Tab)',
  shortcutCopy: 'Copy the original into the field (or the Copy original button)',
  concordanceTitle: 'Concordance',
  concordanceField: 'Search earlier originals and translations',
  concordanceSearch: 'Search',
  concordanceEmpty: 'Nothing found.',
  dismiss: 'Dismiss',
  dismissWarning: 'Dismiss the warning “{message}” for this segment',
};

export const segment = (
  id: string,
  original: string,
  text = '',
  extra: Partial<EditorSegment> = {},
): EditorSegment => ({
  id,
  label: id === 'headline' ? 'Headline' : `Paragraph ${id.slice(1)}`,
  original,
  pieces: [{ text: original }],
  text,
  status: text ? 'translated' : 'pending',
  dismissed: [],
  hash: `hash-${id}-0`,
  ...extra,
});

export const segments: EditorSegment[] = [
  segment('headline', 'Banjir di Jakarta', 'Floods in Jakarta'),
  segment('p1', 'Presiden Joko Widodo berkunjung.', '', {
    pieces: [{ text: 'Presiden ' }, { text: 'Joko Widodo', termId: 'joko-widodo' }, { text: ' berkunjung.' }],
  }),
  segment('p2', 'Hujan turun.'),
  segment('p3', 'Air surut.'),
];

export const editorProps = (overrides: Partial<EditorProps> = {}): EditorProps => ({
  slug: 'banjir',
  locale: 'en',
  segments,
  glossary: {
    'joko-widodo': {
      termId: 'joko-widodo',
      original: 'Joko Widodo',
      english: ['Joko Widodo', 'Jokowi'],
      type: 'person',
    },
  },
  saveUrl: '/api/studio/banjir/save',
  memoryUrl: '/api/studio/memory',
  readerUrl: '/en/read/banjir',
  labels,
  ...overrides,
});

type Reply = { status: number; body: unknown } | 'network-error';

/**
 * A fake server behind `fetch`. Saves wait for `reply(...)` unless `autoReply` is set, so a test
 * can look at the screen while a request is in flight.
 */
export function mockServer() {
  const saves: SaveRequest[] = [];
  const waiting: ((reply: Reply) => void)[] = [];
  const memoryQueries: string[] = [];
  const server = {
    saves,
    memoryQueries,
    autoReply: null as null | ((request: SaveRequest) => Reply),
    memory: { matches: [] as unknown[] },
    /** Answers the oldest waiting save. */
    reply(reply: Reply) {
      const next = waiting.shift();
      if (!next) throw new Error('no save is waiting for a reply');
      next(reply);
    },
    ok(request: SaveRequest, hash = `${request.base}+`): Reply {
      return {
        status: 200,
        body: { ok: true, id: request.id, hash, status: request.status, text: request.text },
      };
    },
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.startsWith('/api/studio/memory')) {
      memoryQueries.push(new URL(url, 'http://x').searchParams.get('q') ?? '');
      return new Response(JSON.stringify(server.memory), { status: 200 });
    }
    const request = JSON.parse(String(init?.body)) as SaveRequest;
    saves.push(request);
    const reply = server.autoReply
      ? server.autoReply(request)
      : await new Promise<Reply>((resolve) => waiting.push(resolve));
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(reply.body), { status: reply.status });
  });
  vi.stubGlobal('fetch', fetchMock);
  return server;
}
