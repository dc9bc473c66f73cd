import type { SourceLine } from './lines.ts';

/**
 * Hard-wrapped copy: some pages (plain-text exports, old CMS "Contenu:" blocks) break every
 * paragraph into lines of about the same width, so a sentence, and a quote, runs over several
 * lines. Read line by line, the speaker stays on one line and the words on the next, and a quote
 * is cut at the first line end.
 *
 * A run of body lines is read as one wrapped paragraph only when it looks wrapped: at least
 * `minLines` lines in a row with no blank line between, each line but the last at least
 * `minChars` long and not ending like a sentence or on a colon, their lengths within `widthSpread`
 * of the longest. Once an article shows such a run, shorter runs of two lines are its wrapping
 * too; and a line that ends on a comma runs on in any article (no paragraph ends on a comma).
 * Short lines without a full stop (a subheading, a list) and a headline over the body (a line of
 * another role) are never joined.
 */
export const WRAP_OPTIONS = {
  minLines: 3,
  minChars: 40,
  widthSpread: 0.35,
};

/** For each line, whether it runs on into the next line as one paragraph. */
export function wrappedLines(text: string, lines: readonly SourceLine[], isBody: (i: number) => boolean, options = WRAP_OPTIONS): boolean[] {
  const runsOn = lines.map((line, i) => {
    const next = lines[i + 1];
    if (!next || !isBody(i) || !isBody(i + 1)) return false;
    if (line.text.length < options.minChars || line.endsLikeSentence || /:\s*$/.test(line.text)) return false;
    // No blank line between: the gap is one line break (and the next line's indentation).
    return !/\n[^\S\n]*\n/.test(text.slice(line.end, next.start));
  });
  // Runs of lines i … j-1 that run on into line j, and whether their widths are even.
  const runs: Array<{ from: number; to: number; even: boolean }> = [];
  for (let i = 0; i < lines.length; ) {
    if (!runsOn[i]) {
      i++;
      continue;
    }
    let j = i;
    while (runsOn[j]) j++;
    const widths = lines.slice(i, j).map((l) => l.text.length);
    const widest = Math.max(...widths);
    runs.push({ from: i, to: j, even: widths.every((w) => w >= widest * (1 - options.widthSpread)) });
    i = j + 1;
  }
  const wrapped = runs.some((r) => r.even && r.to - r.from + 1 >= options.minLines);
  const out = lines.map(() => false);
  for (const r of runs) {
    const joins = r.even && (r.to - r.from + 1 >= options.minLines || wrapped);
    for (let k = r.from; k < r.to; k++) out[k] = joins || /[،,]\s*$/u.test(lines[k]!.text);
  }
  return out;
}
