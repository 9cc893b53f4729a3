import type { z } from 'zod';
import { MAX_CONTENT_FILE_BYTES } from '../text/limits';
import type { ContentProblem } from './problems';
import { readRegularFile } from './regular-file';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type ReadResult<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

/**
 * Reads one JSON content file and validates it against its schema.
 * Every failure (missing, a link, too large, not UTF-8, bad JSON, schema) becomes a problem naming `label`,
 * and, when the failing path goes through `segments[i]` or `entries[i]`, that item's id.
 */
export async function readJsonFile<S extends z.ZodType>(
  path: string,
  label: string,
  schema: S,
): Promise<ReadResult<z.output<S>>> {
  const file = await readRegularFile(path, MAX_CONTENT_FILE_BYTES);
  if (!file.ok) return fail(label, file.message);
  let text: string;
  try {
    text = utf8.decode(file.bytes);
  } catch {
    return fail(label, 'file is not valid UTF-8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(label, `invalid JSON ${describeSyntaxError(text, error as Error)}`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      file: label,
      ...locate(json, issue.path),
      message: describe(issue),
    })),
  };
}

/** "at line 3, column 12: Unexpected token" rather than V8's bare character offset. */
function describeSyntaxError(text: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  // V8 quotes the start of the file after the reason ('..., "abc"... is not valid JSON'): not repeated here.
  const reason = error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*$/s, '');
  if (position === undefined) return `: ${reason}`;
  const before = text.slice(0, Number(position)).split('\n');
  return `at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: ${reason}`;
}

function fail(file: string, message: string): ReadResult<never> {
  return { ok: false, problems: [{ file, message }] };
}

/** "source.url: must be an http(s) URL"; inside a located segment or entry, just the field. */
function describe(issue: z.core.$ZodIssue): string {
  const path = typeof issue.path[1] === 'number' ? issue.path.slice(2) : issue.path;
  const field = path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

/** Names the segment or entry an issue path points into, by its id when it has one. */
function locate(json: unknown, path: PropertyKey[]): Pick<ContentProblem, 'segment' | 'entry'> {
  const [list, index] = path;
  if (!(list === 'segments' || list === 'entries' || list === 'related') || typeof index !== 'number') return {};
  const item = (json as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
  const name = typeof item?.id === 'string' && item.id ? item.id : `#${index + 1}`;
  return list === 'entries' ? { entry: name } : { segment: name };
}
