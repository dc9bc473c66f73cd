/**
 * The corpus layer's output: an article as loaded from disk, cleaned and segmented.
 * All offsets are [start, end) into `Article.text`, the original characters, so that every
 * later stage can quote verbatim.
 */

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where an article's date was read, strongest first: the editor's front matter, the feed item, the
 * web page's own metadata (<meta>, <time>), a date line by the headline or byline or labelled
 * «نشر في»/«آخر تحديث» ('dateline'), a wire dateline opening the lead ('lead'), and — weak — a
 * date line above the headline amid the masthead ('page-header'), often the site's «today» on the
 * day the page was saved rather than the article's date.
 */
export type DateSource = 'front-matter' | 'feed' | 'page-meta' | 'dateline' | 'lead' | 'page-header';

export interface ArticleMeta {
  title: string;
  /** Publisher or wire credit, e.g. "TRT عربي" or "AFP"; null when the text names none. */
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) when stated, else null. */
  published: string | null;
  /** Where `published` was read; null when there is no date. */
  dateSource: DateSource | null;
  url: string | null;
  language: string;
}

/** A line range removed from search and extraction (ads, bios, comment forms, related links…). */
export interface BoilerplateRange extends TextRange {
  /** Why it was excluded, for people reading logs and tests: "ad marker", "related-articles list"… */
  reason: string;
}

export type ParagraphRole = 'headline' | 'body';

export interface Paragraph extends TextRange {
  index: number;
  role: ParagraphRole;
  text: string;
}

export interface Sentence extends TextRange {
  index: number;
  /** Index into `Article.paragraphs`. */
  paragraph: number;
  text: string;
}

/** A span between quote marks. `start`/`end` cover the inner text, without the marks. */
export interface QuotedSpan extends TextRange {
  open: string;
  close: string;
  text: string;
  /** Index of the sentence the span opens in (a span may run on into later sentences). */
  sentence: number;
}

export interface Article {
  /** Leading digits of the file name (`003_17f1….txt` → `003`), else the base name; unique in a corpus. */
  id: string;
  /** File name as on disk, e.g. `003_5e0c2a9b41d7f803.txt`. */
  file: string;
  /** Absolute path it was read from. */
  path: string;
  /** The original text (BOM removed, line endings as \n, front matter removed). */
  text: string;
  meta: ArticleMeta;
  /** Paragraphs outside boilerplate, in order; headline lines carry role 'headline'. */
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotedSpans: QuotedSpan[];
  boilerplate: BoilerplateRange[];
  /** Size of the file on disk. */
  bytes: number;
  /** Modification time of the file (ms since epoch); 0 when not read from disk. */
  mtimeMs: number;
}

export interface LoadWarning {
  file: string;
  message: string;
}

export interface LoadResult {
  articles: Article[];
  warnings: LoadWarning[];
}
