/**
 * A code point classifier for scans that stand in for a Unicode regex (tokenising, line keys): each
 * UTF-16 unit's class is worked out once, by the regex classes the caller gives, and kept in a
 * table; surrogate pairs (emoji, rare scripts) are classed as one code point and kept in a map. A
 * lone surrogate is classed as itself, which no letter or digit class matches.
 */
export class CodePointClasses {
  /** The length in UTF-16 units of the code point `at` read last. */
  width = 1;
  /** Per unit: its class, 0 while not classed yet. */
  private readonly units = new Uint8Array(0x10000);
  private readonly pairs = new Map<number, number>();

  /** `classify` answers 1–255 for one code point given as a string. */
  constructor(private readonly classify: (char: string) => number) {}

  /** The class of the code point at i; sets `width`. */
  at(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.width = 2;
        const cp = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        let cls = this.pairs.get(cp);
        if (cls === undefined) this.pairs.set(cp, (cls = this.classify(String.fromCodePoint(cp))));
        return cls;
      }
    }
    this.width = 1;
    let cls = this.units[c]!;
    if (cls === 0) this.units[c] = cls = this.classify(String.fromCharCode(c));
    return cls;
  }
}
