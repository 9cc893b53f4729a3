/**
 * The contract between the workspace page (a Server Component, with the save and memory endpoints)
 * and the editor island. Everything here crosses the server→client boundary, so it is plain data:
 * no functions, no classes, no Dates.
 */

export type SegmentStatus = 'pending' | 'translated' | 'reviewed';

export interface EditorSegment {
  /** 'headline', 'p1', ... */
  id: string;
  /** Localized, e.g. "Headline", "Paragraph 3". */
  label: string;
  /** Indonesian. */
  original: string;
  /** The original cut into plain runs and glossary mentions. */
  pieces: { text: string; termId?: string }[];
  /** The current English on disk. */
  text: string;
  status: SegmentStatus;
  /** Base hash of the disk state: sent back as `base` when saving. */
  hash: string;
  /** Check warnings dismissed for this segment, as stored with it. */
  dismissed: string[];
}

export interface GlossaryHint {
  termId: string;
  original: string;
  english: string[];
  type: string;
}

export interface SaveRequest {
  id: string;
  base: string;
  status: SegmentStatus;
  text: string;
  /** Sent only to change the dismissed warnings; absent keeps the stored ones. */
  dismissed?: string[];
}

export interface SegmentContent {
  status: SegmentStatus;
  text: string;
}

export type SaveResponse =
  /** HTTP 200: the file on disk now holds it. */
  | { ok: true; id: string; hash: string; status: SegmentStatus; text: string }
  /** HTTP 409: someone else changed the segment since `base`. */
  | { ok: false; conflict: { disk: SegmentContent & { hash: string }; proposed: SegmentContent } }
  /** HTTP 4xx: the message is already localized, or plain. */
  | { ok: false; error: string };

export interface MemoryMatch {
  score: number;
  original: string;
  translation: string;
  diff: { op: 'same' | 'insert' | 'delete'; text: string }[];
  source: string;
}

export interface CheckIssue {
  check: string;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * Every visible string of the editor, translated on the server. A few are templates whose
 * `{name}` placeholders the editor fills in: `{label}` (a segment's label), `{seconds}`,
 * `{message}`, `{time}`, `{name}`, `{score}`, `{source}`, `{translated}`, `{reviewed}`, `{total}`.
 */
export interface EditorLabels {
  /** Heading of the editor, e.g. "Translation workspace". */
  title: string;
  /** Link text to the article in the reader, e.g. "Open in the reader". */
  openReader: string;
  /** Column headings. */
  originalColumn: string;
  englishColumn: string;
  /** The textarea's accessible name: "English for {label}". */
  fieldLabel: string;
  /** The status select's accessible name: "Status of {label}". */
  statusLabel: string;
  statusPending: string;
  statusTranslated: string;
  statusReviewed: string;
  /** Buttons in each row. */
  save: string;
  copyOriginal: string;
  /** Save states. */
  stateUnsaved: string;
  stateSaving: string;
  stateSaved: string;
  /** "Offline — retrying in {seconds}s" */
  stateOffline: string;
  stateConflict: string;
  /** "Error: {message}" */
  stateError: string;
  /** What the live region says when a row's state changes: "{label}: {state}". */
  announceState: string;
  /** Announced when Ctrl+Enter finds nothing left to do, e.g. "Every segment is saved." */
  allDone: string;
  /** Refusals of "reviewed". */
  reviewRefused: string;
  reviewEmpty: string;
  /** Check results: the list's name, and the severity words before each message. */
  issuesLabel: string;
  severityError: string;
  severityWarning: string;
  /** Conflict panel. */
  conflictTitle: string;
  conflictIntro: string;
  conflictDisk: string;
  conflictMine: string;
  keepMine: string;
  useTheirs: string;
  /** Draft offered back on load: "Restore unsaved text from {time}?" */
  restorePrompt: string;
  restore: string;
  discard: string;
  /** Progress: the bar's name, and "{translated} translated, {reviewed} reviewed, of {total}". */
  progressLabel: string;
  progressText: string;
  /** The help aside. */
  helpTitle: string;
  glossaryTitle: string;
  glossaryEmpty: string;
  /** A name button's accessible name: "Insert {name}". */
  insertName: string;
  memoryTitle: string;
  memoryLoading: string;
  memoryEmpty: string;
  memoryFailed: string;
  /** "{score}% match" */
  memoryScore: string;
  /** "From {source}" */
  memorySource: string;
  useMatch: string;
  /** Keyboard shortcuts disclosure. */
  shortcutsTitle: string;
  shortcutSave: string;
  shortcutReviewed: string;
  shortcutNext: string;
  shortcutPrevious: string;
  shortcutCopy: string;
  /** Concordance search over the memory's originals and translations. */
  concordanceTitle: string;
  concordanceField: string;
  concordanceSearch: string;
  concordanceEmpty: string;
  /** A warning's button, and its accessible name: "Dismiss the warning “{message}” for this segment". */
  dismiss: string;
  dismissWarning: string;
}

export interface EditorProps {
  slug: string;
  locale: 'en' | 'id';
  segments: EditorSegment[];
  /** Entries mentioned in this article, by termId. */
  glossary: Record<string, GlossaryHint>;
  /** POST a SaveRequest as JSON (same origin, 'Content-Type: application/json'). */
  saveUrl: string;
  /** GET `${memoryUrl}?q=<original>` → { matches: MemoryMatch[] } */
  memoryUrl: string;
  /** Link to the article in the reader. */
  readerUrl: string;
  labels: EditorLabels;
}
