/** Why raw input bytes cannot be read as an article, with the line where that is known. */
export interface DecodeProblem {
  line?: number;
  message: string;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns raw file bytes into text, refusing what a pasted article never is: nothing at all,
 * binary data, UTF-16, or bytes in a legacy encoding such as Latin-1 (which would silently
 * turn "é" into mojibake in the stored original).
 */
export function decodeRawText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return fail('file is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail(`file looks binary (NUL byte at offset ${nul}); expected UTF-8 text`, lineAt(bytes, nul));
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const { offset, line } = firstInvalidByte(bytes);
    return fail(
      `file is not valid UTF-8 (byte 0x${hex(bytes[offset])} at offset ${offset}); save it as UTF-8`,
      line,
    );
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail('file has no text (only whitespace)');
  return { ok: true, text };
}

function fail(message: string, line?: number): DecodeResult {
  return { ok: false, problem: line === undefined ? { message } : { line, message } };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Finds the first byte the lenient decoder had to replace, by decoding ever longer valid prefixes line by line. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; line: number } {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i += 1) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const chunk = bytes.subarray(lineStart, i);
    const decoded = lenientUtf8.decode(chunk);
    const bad = decoded.indexOf('\uFFFD');
    if (bad !== -1 && !strictDecodes(chunk)) {
      const validPrefix = Buffer.byteLength(decoded.slice(0, bad), 'utf8');
      return { offset: lineStart + validPrefix, line };
    }
    lineStart = i + 1;
    line += 1;
  }
  return { offset: 0, line: 1 };
}

function strictDecodes(chunk: Uint8Array): boolean {
  try {
    strictUtf8.decode(chunk);
    return true;
  } catch {
    return false;
  }
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).padStart(2, '0').toUpperCase();
}
