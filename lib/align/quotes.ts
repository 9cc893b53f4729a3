/** A quotation as the offsets of its opening and closing marks. */
export type QuoteSpan = { open: number; close: number };

/**
 * Quotations that the sentence continues after: the quote closes on a comma (`…,"`) or is
 * followed by a lower-case attribution (`…?" tanya dia`). Full stops inside them do not end the
 * sentence, so `"Kalimat satu. Kalimat dua," tulis Putin.` stays whole. Quotes that close a
 * sentence themselves (`… menang."`) are not returned: sentences inside them split as usual.
 */
export function findContinuedQuotes(text: string): QuoteSpan[] {
  return findQuotes(text).filter(({ close }) => {
    if (text[close - 1] === ',') return true;
    const afterQuote = /\s*[\p{Ll},]/uy;
    afterQuote.lastIndex = close + 1;
    return afterQuote.test(text);
  });
}

/** Pairs curly quotes by nesting and straight double quotes by alternation; unpaired marks are ignored. */
function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const curlyOpen: number[] = [];
  let straightOpen: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '“') curlyOpen.push(i);
    else if (char === '”') {
      const open = curlyOpen.pop();
      if (open !== undefined) spans.push({ open, close: i });
    } else if (char === '"') {
      if (straightOpen === undefined) straightOpen = i;
      else {
        spans.push({ open: straightOpen, close: i });
        straightOpen = undefined;
      }
    }
  }
  return spans;
}

/** True when the terminator run `[stop, end)` ends strictly inside one of the spans. */
export function isInsideAny(spans: QuoteSpan[], stop: number, end: number): boolean {
  return spans.some(({ open, close }) => open < stop && end <= close);
}
