import type { TranslationFile } from '../content/schema';
import type { Article } from '../content/types';
import { isXliffState, statusOfState } from './states';
import { articleSegments } from './xliff-export';
import type { XliffDocument, XliffProblem, XliffUnit } from './xliff-read';

type TranslatedSegment = TranslationFile['segments'][number];

export type MergeResult =
  { ok: true; translation: TranslationFile; updated: string[] } | { ok: false; problems: XliffProblem[] };

/**
 * Applies a translated XLIFF to an article's English file. All or nothing: a unit that
 * does not match the article (unknown, missing, duplicated, or its source changed since
 * export) refuses the whole merge, listing every mismatch. A unit with no target leaves
 * its segment as it was, so an old export cannot erase newer work.
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

  const updated: string[] = [];
  const segments = translation.segments.map((current): TranslatedSegment => {
    const next = applyUnit(current, units.get(current.id));
    if (JSON.stringify(next) !== JSON.stringify(current)) updated.push(current.id);
    return next;
  });
  return { ok: true, translation: { ...translation, segments }, updated };
}

function applyUnit(current: TranslatedSegment, unit: XliffUnit | undefined): TranslatedSegment {
  const segment = unit?.segments[0];
  if (!unit || !segment || segment.target === undefined) return current;
  const state = segment.state ?? 'initial';
  const status = isXliffState(state) ? statusOfState[state] : current.status;
  const note = unit.notes.filter((text) => text?.trim()).join('\n');
  return { id: current.id, status, text: segment.target, ...(note ? { note } : {}) };
}
