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

/**
 * One number the desk's copy gives, with what it counts and who gives it.
 *
 * Reading a figure: `value` is the number as printed (7,939; 2.5 for «2.5 في المائة»; the low end
 * of a range). `bound` says what the text asserts about it and `low`/`high` give that as an
 * interval: exact [v, v]; min «أكثر من، ما لا يقل عن، على الأقل» [v, null]; max «أقل من، ما يصل إلى»
 * [null, v]; about «نحو، قرابة» [v, v] (how far "about" reaches is the comparer's call); range
 * «بين 100 و300» [100, 300] (both ends are figures sharing low/high); vague «عشرات، آلاف» [m, 10m)
 * for magnitude m. A figure with rounding (~8,000) and an exact one (7,939) are consistent when
 * the exact value lies within the rounded one's precision; that comparison is figure-query's.
 * Extraction sets every field; the newer ones are optional so records made by hand still compile.
 */
export interface Figure {
  /** `${article}:${start}` */
  id: string;
  article: string;
  value: number;
  approx: boolean;
  /** For approximations: أكثر من → 'more', أقل من → 'less', نحو/قرابة → 'about'. (Kept for callers; `bound` says more.) */
  direction: 'more' | 'less' | 'about' | null;
  /** Vague quantities (عشرات، مئات، آلاف): `value` is the order of magnitude. */
  vague: boolean;
  /** exact · min · max · about · range · vague (see above). */
  bound?: 'exact' | 'min' | 'max' | 'about' | 'range' | 'vague';
  /** A min bound the number itself meets (ما لا يقل عن، على الأقل): shown "at least", not "more than". Absent otherwise. */
  inclusive?: true;
  /** The interval the text asserts (see above); null = open on that side. */
  low?: number | null;
  high?: number | null;
  /** The unit as written: the counted noun (شخصاً، طائرة، دينار) or, for a percentage, "%". */
  unit: string | null;
  /** The counted noun as written (شخصاً، أفراد الشرطة، منزل), or null (percentages, bare numbers). */
  noun?: string | null;
  /**
   * What kind of quantity: "people", "money", "percent", "percentage-points", "basis-points", or
   * null for things counted (aircraft, houses — the topic and noun say which).
   */
  measure?: string | null;
  /** Currency code of an amount of money (USD, EUR, EGP, DINAR, LIRA…; data/lexicon/figure-cues.json), else null. */
  currency?: string | null;
  /** What a percentage or an amount measures, as an English noun (inflation, interest rate, budget, subsidies, debt), else null. */
  quantity?: string | null;
  /**
   * Topic id: a data/lexicon/topics.json id ("arrests", "cases", "money", "percent") when the
   * lexicon knows the noun or its context; otherwise an open topic, the counted noun's bare
   * Arabic form ("مراكز"); null when nothing says what is counted.
   */
  topic: string | null;
  /** Who is counted when the topic lexicon names groups ("security forces" vs everyone), else null. */
  group?: string | null;
  /** Speaker key of the statement the figure stands in (its own sentence), or null. */
  speakerKey: string | null;
  /** "according to …" phrase from the figure's own sentence when there is no statement speaker. */
  attribution: string | null;
  /** The number phrase verbatim ("7 آلاف و939 شخصاً"). */
  text: string;
  sentence: string;
  start: number;
  end: number;
  /** The text says the figure was withdrawn, denied or an error. */
  withdrawn: boolean;
  /** The figure's clause tells of another incident (a similar fire, last year's): background, not this story's toll. */
  otherEvent?: boolean;
}
