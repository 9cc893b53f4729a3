import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRawText } from './decode-text';

const decode = (name: string) => decodeRawText(readFileSync(join(__dirname, 'fixtures', name)));

describe('decodeRawText', () => {
  it('refuses an empty file', () => {
    expect(decode('empty.txt')).toEqual({ ok: false, problem: { message: 'file is empty' } });
  });

  it('refuses a file of only whitespace, no-break spaces included', () => {
    expect(decode('whitespace-only.txt')).toEqual({
      ok: false,
      problem: { message: 'file has no text (only whitespace)' },
    });
  });

  it('refuses a binary file, naming the offset of its first NUL byte', () => {
    expect(decode('binary.txt')).toEqual({
      ok: false,
      problem: { line: 3, message: 'file looks binary (NUL byte at offset 8); expected UTF-8 text' },
    });
  });

  it('refuses Latin-1 text, naming the line and offset of the first byte that is not UTF-8', () => {
    expect(decode('latin1.txt')).toEqual({
      ok: false,
      problem: { line: 3, message: 'file is not valid UTF-8 (byte 0xE9 at offset 52); save it as UTF-8' },
    });
  });

  it('refuses UTF-16 text with a hint to save it as UTF-8', () => {
    expect(decode('utf16.txt')).toEqual({
      ok: false,
      problem: { message: 'file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8' },
    });
  });

  it('drops a UTF-8 byte-order mark and keeps the rest as written', () => {
    expect(decodeRawText(Buffer.from('\uFEFF“Kutipan”\r\n', 'utf8'))).toEqual({
      ok: true,
      text: '“Kutipan”\r\n',
    });
  });
});
