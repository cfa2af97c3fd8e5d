/**
 * The text of a CSV file in whatever encoding the user's spreadsheet program saved it: UTF-8 (with
 * or without a byte-order mark), UTF-16 (Excel's "Unicode text"), or, when the bytes are not valid
 * UTF-8, a legacy single-byte code page — Windows-1252 by default (French, Spanish and Italian
 * Excel's plain "CSV"), or the one the user picks when the accents look wrong.
 */

/** Encodings the import can decode; the WHATWG names TextDecoder takes. */
export const textEncodings = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'iso-8859-15',
  'windows-1250',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
] as const;
export type TextEncodingName = (typeof textEncodings)[number];

/** Single-byte code pages: guesses the user confirms (the same bytes read as another one). */
export const legacyEncodings: readonly TextEncodingName[] = textEncodings.filter(
  (encoding) => !encoding.startsWith('utf-'),
);

export const isUnicodeEncoding = (encoding: TextEncodingName): boolean =>
  encoding.startsWith('utf-');

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

const hasUtf8Bom = (bytes: Uint8Array): boolean =>
  bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * UTF-16 without a byte-order mark: text in Latin letters is a printable ASCII byte beside a zero
 * byte, pair after pair. Only the start of the file is looked at.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  // Text in UTF-16 without a byte-order mark has zero bytes on one side of its pairs only: every
  // ASCII character (separators, spaces, line ends) puts one there, in Greek or Arabic text too,
  // while a zero on the other side needs a rare character such as U+0100. Text in any 8-bit
  // encoding has no zero bytes at all.
  const pairs = Math.min(4096, Math.floor(bytes.length / 2));
  if (pairs < 2) return null;
  let odd = 0; // zero high bytes: little-endian
  let even = 0; // zero high bytes first: big-endian
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i + 1] === 0) odd += 1;
    if (bytes[2 * i] === 0) even += 1;
  }
  const enough = Math.max(2, pairs * 0.05);
  if (odd >= enough && even <= pairs * 0.01) return 'utf-16le';
  if (even >= enough && odd <= pairs * 0.01) return 'utf-16be';
  return null;
}

/** The encoding the bytes are most likely in (see the module comment). */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (hasUtf8Bom(bytes)) return 'utf-8';
  const utf16 = bomlessUtf16(bytes);
  if (utf16 !== null) return utf16;
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of turning into "�".
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Windows-1252's bytes 0x80–0x9F (the others are Latin-1); the five unassigned stay C1 codes. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Whether this runtime's TextDecoder knows Windows-1252 (Node 20's reads it as Latin-1). */
let isNativeCp1252: boolean | undefined;

function decodeWindows1252(bytes: Uint8Array): string {
  isNativeCp1252 ??= new TextDecoder('windows-1252').decode(Uint8Array.of(0x80, 0x92)) === '€’';
  if (isNativeCp1252) return new TextDecoder('windows-1252').decode(bytes);
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte += 1) {
    table[byte] = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte;
  }
  const chunk = new Uint16Array(8192);
  let text = '';
  for (let start = 0; start < bytes.length; start += chunk.length) {
    const end = Math.min(bytes.length, start + chunk.length);
    for (let i = start; i < end; i += 1) chunk[i - start] = table[bytes[i]!]!;
    text += String.fromCharCode(...chunk.subarray(0, end - start));
  }
  return text;
}

/** The bytes as text in the given encoding (detected when not given); a byte-order mark dropped. */
export function decodeText(bytes: Uint8Array, encoding?: TextEncodingName): DecodedText {
  const chosen = encoding ?? detectEncoding(bytes);
  // TextDecoder drops the byte-order mark of its own encoding.
  const text =
    chosen === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(chosen).decode(bytes);
  return { text: text.replace(/^\uFEFF/, ''), encoding: chosen };
}

/**
 * Binary junk (a program, an image, an old .xls workbook renamed .csv): NUL characters, or many
 * control characters that no spreadsheet writes. Tab, line feed and carriage return are text.
 * Looks at the first megabyte of characters.
 */
export function looksBinary(text: string): boolean {
  const length = Math.min(text.length, 1 << 20);
  let controls = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f);
    if (isControl) controls += 1;
  }
  return controls > 8 && controls > length * 0.01;
}
