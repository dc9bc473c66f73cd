/**
 * Records extracted from articles: attributed statements and figures. Plain data, no Discord.
 * Offsets are [start, end) into the source `Article.text`.
 */

export type SpeakerKind = 'person' | 'institution' | 'source' | 'unknown';

/** A speaker as merged across the corpus (spelling variants and short/long forms are one speaker). */
export interface Speaker {
  /** Stable key, e.g. a lexicon id ("putin") or a normalised Arabic name. */
  key: string;
  /** Arabic display name (the longest well-formed form seen, or the lexicon's). */
  name: string;
  /** Latin display name (lexicon, else transliteration). */
  latin: string;
  /** Every form seen in the text, plus lexicon aliases. */
  aliases: string[];
  kind: SpeakerKind;
}

export type StatementKind = 'direct' | 'indirect';

export type StatementForm = 'headline' | 'partial';

export interface Statement {
  /** `${article}:${start}` — unique in a corpus. */
  id: string;
  article: string;
  /** Key into the speaker directory. */
  speakerKey: string;
  /** How the speaker was named at this point in the text (e.g. "رئيس كازاخستان"). */
  speakerMention: string;
  kind: StatementKind;
  /**
   * How the words stand in the copy, when it is not a plain full quote or report (additive; absent
   * for those): 'headline' — a headline "Speaker: words" (الداخلية المصرية: …), the desk's summary
   * rather than the speaker's own words; 'partial' — reported speech with some of the speaker's
   * words in quote marks (mixed quote: قال إن الوضع «خطير جداً»).
   */
  form?: StatementForm;
  /** The statement's own words, verbatim. */
  text: string;
  /** The whole sentence (or sentences, for a quote running on) it stands in, verbatim. */
  sentence: string;
  start: number;
  end: number;
  /** Topic ids (data/lexicon/topics.json) its sentence speaks of, for /who-said about:; set by extraction. */
  topics?: string[];
}

export interface Figure {
  /** `${article}:${start}` */
  id: string;
  article: string;
  value: number;
  approx: boolean;
  /** For approximations: أكثر من → 'more', أقل من → 'less', نحو/قرابة → 'about'. */
  direction: 'more' | 'less' | 'about' | null;
  /** Vague quantities (عشرات، مئات، آلاف): `value` is the order of magnitude. */
  vague: boolean;
  /** The counted noun as written (شخص، عسكري، طائرة), or null. */
  unit: string | null;
  /** Topic id from data/lexicon/topics.json (e.g. "arrests"), or null when unclassified. */
  topic: string | null;
  /** Who is counted when the topic lexicon names groups ("security forces" vs everyone), else null. */
  group?: string | null;
  /** Speaker key of the statement the figure stands in, or null. */
  speakerKey: string | null;
  /** "according to …" phrase from the sentence when there is no statement speaker. */
  attribution: string | null;
  /** The number phrase verbatim ("7 آلاف و939 شخصاً"). */
  text: string;
  sentence: string;
  start: number;
  end: number;
  /** The text says the figure was withdrawn, denied or an error. */
  withdrawn: boolean;
}
