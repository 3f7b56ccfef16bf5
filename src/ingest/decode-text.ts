import { DocumentError } from '../model/errors.js';

/**
 * Bytes → string, refusing what is not UTF-8 text. A fatal decoder tells us
 * *that* decoding failed but not where, so on failure we scan for the first
 * invalid sequence to give the user a byte offset they can inspect.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new DocumentError('DOCUMENT_BINARY', `looks like a binary file (NUL byte at offset ${nul})`, {
      location: { file },
      hint: 'plangraph reads plain UTF-8 text; convert PDFs or office files to .txt first',
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = findInvalidUtf8(bytes);
    throw new DocumentError('DOCUMENT_ENCODING', `is not valid UTF-8 (invalid byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at byte offset ${offset})`, {
      location: { file },
      hint: 're-save the file as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)',
    });
  }
}

/** Byte offset of the first malformed UTF-8 sequence, or -1 when the input is valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i += 1; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
