import { normalizeForMatch } from './normalize.ts';

/**
 * What normalizeForMatch makes of one UTF-16 unit alone, looked up in a table filled as units are
 * met: the unit it becomes, DROPPED_UNIT (diacritics, tatweel, invisible marks) or COMPLEX_UNIT
 * (a surrogate, or a form of several units), which a scan leaves to the string functions. Scans
 * that normalise text unit by unit without making strings read it (highlighting, statement keys).
 */
export const DROPPED_UNIT = -1;
export const COMPLEX_UNIT = -2;
const UNSEEN = -3;
const FORM = new Int32Array(0x10000).fill(UNSEEN);

export function normalizedUnit(code: number): number {
  let form = FORM[code]!;
  if (form === UNSEEN) {
    if (code >= 0xd800 && code <= 0xdfff) form = COMPLEX_UNIT;
    else {
      const out = normalizeForMatch(String.fromCharCode(code));
      const only = out.charCodeAt(0);
      form = out.length === 0 ? DROPPED_UNIT : out.length === 1 && !(only >= 0xd800 && only <= 0xdfff) ? only : COMPLEX_UNIT;
    }
    FORM[code] = form;
  }
  return form;
}
