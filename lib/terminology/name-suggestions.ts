import type { ContentProblem } from '../content/problems';
import { splitDateline } from '../content/dateline';
import type { Article, Segment } from '../content/types';
import { foldCase, type Matcher } from '../glossary/matcher';
import { institutionHeads, leadingTitles, neverNames, sentenceStarters } from './indonesian-words';
import { adjacent, readWords, type Word } from './words';

/** A capitalised name in an original that no glossary entry covers. */
export interface NameSuggestion {
  name: string;
  /** The first segment that mentions it. */
  segment: string;
  count: number;
}

interface Candidate {
  words: Word[];
  start: number;
  end: number;
}

/**
 * Names the glossary lacks: runs of capitalised words in the Indonesian body that no glossary
 * mention covers. Indonesian capitalises little besides names, so what remains after a few
 * rules is mostly people, places and bodies:
 *
 * - the headline is skipped (headlines are Title Case), and so is the dateline ("KONTAN.CO.ID - JAKARTA.");
 * - months, weekdays, "Rp" and "Anda" never count;
 * - a sentence-initial word is dropped when it is a common sentence starter ("Pada", "Menurut") or
 *   the article also writes it in lower case ("Pedagang" … "pedagang");
 * - a lone sentence-initial word must be confirmed by a capital somewhere mid-sentence ("Stok beras"
 *   is not a name; "… kata Suryani" confirms "Suryani");
 * - leading titles are stripped ("Presiden Joko Widodo" → "Joko Widodo"; a title alone is dropped);
 * - an institution's portfolio list is kept whole ("Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI Jakarta").
 */
export function findNameSuggestions(article: Article, matcher: Matcher): NameSuggestion[] {
  const texts = article.body.map((segment) => ({ segment, text: splitDateline(segment.original).rest }));
  const wordsBySegment = texts.map(({ text }) => readWords(text));
  const allWords = [...readWords(article.headline.original), ...wordsBySegment.flat()];
  const lowerCase = new Set(allWords.filter((w) => !w.capitalised).map((w) => foldCase(w.text)));
  const midSentence = new Set(
    wordsBySegment
      .flat()
      .filter((w) => w.capitalised && !w.sentenceStart)
      .map((w) => w.text),
  );

  const found = new Map<string, NameSuggestion>();
  texts.forEach(({ segment, text }, i) => {
    const mentions = matcher.findMentions(text, 'id', { article: article.slug });
    const covered = (w: Word) => mentions.some((m) => w.start < m.end && w.end > m.start);
    const runs = capitalisedRuns(text, wordsBySegment[i] ?? [], covered)
      .map((run) => trimRun(run, lowerCase, midSentence))
      .filter((run): run is Word[] => run !== undefined);
    for (const name of joinInstitutionLists(text, runs)) record(found, name, segment);
  });
  return [...found.values()];
}

function capitalisedRuns(text: string, words: Word[], covered: (w: Word) => boolean): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const word of words) {
    const nameWord = word.capitalised && !neverNames.has(word.text) && !covered(word);
    const last = run.at(-1);
    if (nameWord && last && adjacent(text, last, word)) {
      run.push(word);
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = nameWord ? [word] : [];
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Applies the sentence-start and title rules; undefined when nothing of the run is a name. */
function trimRun(
  run: Word[],
  lowerCase: ReadonlySet<string>,
  midSentence: ReadonlySet<string>,
): Word[] | undefined {
  let words = run;
  const first = words[0];
  if (first?.sentenceStart && (sentenceStarters.has(first.text) || lowerCase.has(foldCase(first.text)))) {
    words = words.slice(1);
  }
  for (let title = titleAt(words); title > 0; title = titleAt(words)) {
    if (title >= words.length) return undefined;
    words = words.slice(title);
  }
  const [only, ...more] = words;
  if (!only) return undefined;
  if (more.length === 0 && only.sentenceStart && !midSentence.has(only.text)) return undefined;
  return words;
}

/** How many words of the longest title open the run, 0 when none does. */
function titleAt(words: Word[]): number {
  const title = leadingTitles.find((t) => t.every((part, i) => words[i]?.text === part));
  return title?.length ?? 0;
}

/** Runs of an institution's name split only by ", " and a final "dan" are one name. */
function joinInstitutionLists(text: string, runs: Word[][]): string[] {
  const candidates: Candidate[] = runs.map((words) => ({
    words,
    start: words[0]!.start,
    end: words.at(-1)!.end,
  }));
  const names: string[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const head = candidates[i]!;
    let end = head.end;
    if (institutionHeads.has(head.words[0]!.text)) {
      for (let j = i + 1; j < candidates.length; j++) {
        const next = candidates[j]!;
        if (institutionHeads.has(next.words[0]!.text)) break;
        const gap = text.slice(candidates[j - 1]!.end, next.start);
        if (/^,? dan $/.test(gap)) {
          end = next.end;
          i = j;
          break;
        }
        if (gap !== ', ') break;
      }
    }
    names.push(text.slice(head.start, end));
  }
  return names;
}

function record(found: Map<string, NameSuggestion>, name: string, segment: Segment): void {
  const known = found.get(name);
  if (known) known.count += 1;
  else found.set(name, { name, segment: segment.id, count: 1 });
}

export function describeNameSuggestion(
  slug: string,
  { name, segment, count }: NameSuggestion,
): ContentProblem {
  const times = count > 1 ? ` (${count} mentions)` : '';
  return {
    file: `content/articles/${slug}/id.json`,
    segment,
    message: `"${name}"${times} is not in the glossary`,
  };
}
