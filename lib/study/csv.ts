import type { StudyEntry } from './entry';

/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF after every record, a field quoted when it holds
 * a comma, a quote, CR or LF, with its quotes doubled. No byte-order mark: Anki reads UTF-8 as is.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The inverse of `toCsv`: RFC 4180 records, each a list of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field === '') {
      // A quoted field runs to the next quote that is not doubled.
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          field += text[i];
          i++;
        }
      }
    } else if (char === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      field += char;
      i++;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * The study list as an Anki import: `front` the Indonesian name, `back` the English name and the
 * note, `context` the sentence in both languages and a link back, and for a word its `root` and
 * `analysis` ("di- + sepakat + -i"; both empty for a name). The `#` lines are Anki's file
 * headers (Anki 2.1.55+), so it picks the separator and the column names without asking and
 * keeps the text as plain text rather than HTML; older importers skip `#` lines as comments.
 */
export function studyListCsv(entries: readonly StudyEntry[], linkOf: (entry: StudyEntry) => string): string {
  const header =
    '#separator:comma\r\n#html:false\r\n' +
    `#columns:${['front', 'back', 'context', 'root', 'analysis'].join(',')}\r\n`;
  return (
    header +
    toCsv(
      entries.map((entry) => [
        entry.name.id,
        [entry.name.en, entry.note.en].filter(Boolean).join('\n'),
        [entry.sentence.id, entry.sentence.en, linkOf(entry)].filter(Boolean).join('\n'),
        entry.word?.root ?? '',
        entry.word?.analysis ?? '',
      ]),
    )
  );
}
