/**
 * Bytes → text for article files, without ever guessing silently: UTF-8 (with or without BOM)
 * is the norm; UTF-16 with a BOM and Windows-1256 (legacy Arabic) are converted and reported;
 * anything that looks binary is refused.
 */

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

/** Share of C0 control characters (other than tab/newline/CR/form feed) above which a text is binary. */
const MAX_CONTROL_SHARE = 0.01;

function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return text.length ? controls / text.length : 0;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(encoding, bytes);
    if (text !== null && controlShare(text) <= MAX_CONTROL_SHARE) return { ok: true, text, note: `converted from ${encoding.toUpperCase()}` };
    return { ok: false, reason: `starts with a ${encoding.toUpperCase()} byte-order mark but does not decode as ${encoding.toUpperCase()}` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) {
    if (controlShare(utf8) > MAX_CONTROL_SHARE) return { ok: false, reason: 'binary file (control characters), not text' };
    return { ok: true, text: utf8 };
  }
  const cp1256 = tryDecode('windows-1256', bytes);
  if (cp1256 !== null && controlShare(cp1256) <= MAX_CONTROL_SHARE) {
    return { ok: true, text: cp1256, note: 'not valid UTF-8; converted from Windows-1256 (Arabic) — check the text and re-save it as UTF-8' };
  }
  return { ok: false, reason: 'neither UTF-8 nor Windows-1256 text' };
}
