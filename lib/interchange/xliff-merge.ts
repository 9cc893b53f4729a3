import type { TranslationFile } from '../content/schema';
import { sameSegmentState, segmentHash, type SegmentState } from '../content/segment-hash';
import type { SegmentChange } from '../content/write';
import type { Article } from '../content/types';
import { isXliffState, statusOfState } from './states';
import { articleSegments } from './xliff-export';
import type { XliffDocument, XliffProblem, XliffUnit } from './xliff-read';

export type MergeResult =
  | {
      ok: true;
      /** What the translator changed, each based on the segment as exported: for `saveSegments`. */
      changes: SegmentChange[];
      /** Units that would change a segment but cannot be applied safely. */
      refused: XliffProblem[];
    }
  | { ok: false; problems: XliffProblem[] };

/**
 * Turns a translated XLIFF into changes to an article's English file. A file that does not
 * match the article (a unit unknown, missing, duplicated, or its source changed since export)
 * is refused whole, listing every mismatch. Otherwise each unit the translator changed becomes
 * a change based on the hash recorded at export, which `saveSegments` applies only if the
 * segment is still as exported; a unit left as exported is no change at all, so merging an old
 * file cannot undo newer work. A unit with no target leaves its segment as it is.
 *
 * A file from before base hashes were recorded cannot tell an edit from newer work on disk, so
 * any unit of it that differs from the segment now (`translation`) is refused: re-export.
 */
export function mergeXliff(
  document: XliffDocument,
  article: Article,
  translation: TranslationFile,
): MergeResult {
  const originals = new Map(articleSegments(article).map((segment) => [segment.id, segment.original]));
  const problems: XliffProblem[] = [];
  const units = new Map<string, XliffUnit>();
  for (const unit of document.units) {
    const problem = (message: string) => problems.push({ unit: unit.id, message });
    const original = originals.get(unit.id);
    if (units.has(unit.id)) problem('unit id appears twice');
    else if (original === undefined) problem('unit has no segment of that id in id.json');
    units.set(unit.id, unit);
    if (original === undefined) continue;
    const [segment, ...extra] = unit.segments;
    if (!segment || extra.length > 0) {
      problem(
        `unit has ${unit.segments.length} segments; Sejajar keeps one per unit (join them before merging)`,
      );
      continue;
    }
    if (segment.source === undefined) problem('<source> holds markup; only plain text can be merged');
    else if (segment.source !== original)
      problem('<source> no longer matches the original in id.json (re-export and translate again)');
    if (segment.target === undefined && segment.hasTarget)
      problem('<target> holds markup; only plain text can be merged');
    const state = segment.state ?? 'initial';
    if (!isXliffState(state))
      problem(`state "${state}" is not an XLIFF 2.0 state (initial, translated, reviewed, final)`);
    else if (state !== 'initial' && !segment.target?.trim())
      problem(`state is "${state}" but <target> is empty`);
    if (unit.notes.some((note) => note === undefined))
      problem('<note> holds markup; only plain text can be merged');
  }
  for (const id of originals.keys()) {
    if (!units.has(id)) problems.push({ unit: id, message: 'segment has no unit in the XLIFF file' });
  }
  if (problems.length > 0) return { ok: false, problems };

  const current = new Map(translation.segments.map((segment) => [segment.id, segment]));
  const changes: SegmentChange[] = [];
  const refused: XliffProblem[] = [];
  for (const unit of units.values()) {
    const next = proposedState(unit);
    const now = current.get(unit.id);
    if (!next) continue;
    if (unit.base !== undefined) {
      if (segmentHash(next) !== unit.base) changes.push({ id: unit.id, base: unit.base, next });
    } else if (!now || !sameSegmentState(now, next)) {
      refused.push({
        unit: unit.id,
        message:
          'unit differs from the segment, but the file records no base (an export from before merges checked it); ' +
          're-export and make the change there',
      });
    }
  }
  return { ok: true, changes, refused };
}

/** The segment state a unit asks for, or undefined when it has no target (nothing to merge). */
function proposedState(unit: XliffUnit): SegmentState | undefined {
  const segment = unit.segments[0];
  if (!segment || segment.target === undefined) return undefined;
  const state = segment.state ?? 'initial';
  const status = isXliffState(state) ? statusOfState[state] : 'pending';
  const note = unit.notes.filter((text) => text?.trim()).join('\n');
  return { status, text: segment.target, ...(note ? { note } : {}) };
}
