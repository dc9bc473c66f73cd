/**
 * Front matter for articles an editor adds by hand as Markdown:
 *
 *     ---
 *     title: "عنوان الخبر"
 *     outlet: الجزيرة نت
 *     published: 2022-01-10
 *     ---
 *
 * Simple `key: value` lines (values optionally quoted); not a YAML parser, and it needs none.
 */

export interface FrontMatter {
  /** Lower-cased keys, with aliases folded (source → outlet, date → published, lang → language). */
  fields: Record<string, string>;
  /** The text after the closing fence. */
  body: string;
  /** Problems worth telling the editor about (an unclosed block, unreadable lines). */
  problems: string[];
}

const KEY_ALIASES: Readonly<Record<string, string>> = {
  source: 'outlet', publisher: 'outlet', site: 'outlet', المصدر: 'outlet',
  date: 'published', published_at: 'published', التاريخ: 'published',
  lang: 'language', link: 'url', headline: 'title', العنوان: 'title',
};
const OPEN_FENCE = /^---[ \t]*\n/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
const FIELD = /^([\p{L}_][\p{L}\p{N}_-]*)[ \t]*:[ \t]*(.*)$/u;

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    const inner = v.slice(1, -1);
    return v.startsWith('"') ? inner.replace(/\\(["\\])/g, '$1') : inner.replace(/''/g, "'");
  }
  // An unquoted value may carry a trailing comment.
  return v.replace(/\s+#.*$/u, '');
}

/** Splits front matter off a text (line endings already `\n`). Text without an opening fence is all body. */
export function parseFrontMatter(text: string): FrontMatter {
  if (!OPEN_FENCE.test(text)) return { fields: {}, body: text, problems: [] };
  const lines = text.split('\n');
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE_FENCE.test(lines[i]!)) {
      close = i;
      break;
    }
  }
  if (close < 0) return { fields: {}, body: text, problems: ['front matter starts with --- but is never closed; read the whole file as text'] };
  const fields: Record<string, string> = {};
  const problems: string[] = [];
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const m = FIELD.exec(line);
    if (!m) {
      problems.push(`front matter line ${i + 1} is not "key: value": ${line.trim().slice(0, 60)}`);
      continue;
    }
    const key = m[1]!.toLowerCase();
    const value = unquote(m[2]!);
    if (value) fields[KEY_ALIASES[key] ?? key] = value;
  }
  return { fields, body: lines.slice(close + 1).join('\n'), problems };
}
