import { readCaptionCredit, readCreditLine, readDateLine } from './credits.ts';
import {
  breadcrumbTail,
  isCaptionLabel,
  isHashtagLine,
  isMastheadLabelled,
  isMastheadLabels,
  isPlaceAuthorLine,
  isSectionLine,
  loadPageFurniture,
  readDeskByline,
  readOutletPlaceLine,
  type PageFurniture,
} from './furniture.ts';
import { lineKey, type SourceLine } from './lines.ts';
import { RecentMap } from '../text/recent-map.ts';

/**
 * Boilerplate detection for scraped and syndicated news pages.
 *
 * Each non-empty line gets a role: headline, body, or boilerplate with a reason. The rules are
 * general, in three layers:
 *  1. line cues — a whole line that is a page-furniture phrase (ad marker, "follow us", "most
 *     read", comment-form labels, feed-tool footers), a credit line, a dateline, an e-mail/URL
 *     line, a picture caption; and the site furniture of data/lexicon/page-furniture.json (see
 *     furniture.ts): masthead, section and navigation labels, breadcrumbs, hashtags, desk bylines
 *     («نبض الخليج / متابعة»), datelines with the author («عمّان – سامي داود»), picture labels
 *     («… - أرشيفية»). Cue phrases are matched as the *entire* line (after normalising), so body
 *     sentences that merely contain a word such as إعلان are never touched;
 *  2. sections — a related-articles marker (قد يهمك / اقرأ أيضاً / مواضيع ذات صلة …) takes the
 *     headline-shaped lines after it, up to the next real paragraph;
 *     Cues that name content by its look (a link, a date, a picture label, a trailing credit)
 *     need the line to be mostly that: a line that reads as a sentence of the story (a verb of
 *     saying or reporting, or a full sentence of several words) is never taken by them, and a
 *     link line is one whose prose, links left out, is a short label;
 *  3. position — the site's name on the first line and its repeats are the masthead; the headline
 *     is the first content line when it does not read as a sentence, after any one- or two-word
 *     section stubs, or — when furniture stands between — the headline-shaped line next to the
 *     article's own date line, and everything above it is page header; its repeats are dropped;
 *     after the last body paragraph, once the page footer has started, the remaining short lines
 *     are footer (but not a cut-off clause, a list item or a table row); a final quote-wrapped run of short labels — no clause, no attribution, not
 *     introduced by the line before — is an author blurb.
 * Every excluded line keeps its reason (Article.boilerplate): `/source` shows them to admins and
 * the export lists them, so a wrong drop can be seen.
 */

export type LineRole = 'headline' | 'body' | 'boilerplate';

export interface LineClass {
  role: LineRole;
  /** Why a boilerplate line was excluded. */
  reason?: string;
}

interface Cue {
  reason: string;
  /** Tested against the line's comparison key (normalised, punctuation collapsed). */
  key?: RegExp;
  /** Tested against the raw trimmed line. */
  raw?: RegExp;
  /** Longest line (in words) the cue may take. */
  maxWords: number;
  /** The cue is a phrase that may run on ("تابعنا على …"): it never takes a line that ends like a sentence. */
  phrase?: boolean;
  /** The cue is a label in front of content ("الصورة، …"): it never takes a line that reads as a sentence of the story. */
  label?: boolean;
}

// Keys are normalised: أ/إ/آ → ا, ة → ه, ى → ي, lower case, punctuation → single spaces.
const CUES: readonly Cue[] = [
  { reason: 'ad marker', key: /^(اعلان|اعلانات|مساحه اعلانيه|محتوي مدفوع|محتوي ممول|advertisement|advert|ad|ads|sponsored|sponsored content)$/u, maxWords: 3 },
  { reason: 'follow-us line', key: /^((تابعنا|تابعونا|تابعوا|اشترك|اشتركوا|حمل|حملوا|follow us|subscribe|sign up)( (علي|عبر|في|الان|تطبيق|on|to|now)( .*)?)?|share|شارك|شاركوا|مشاركه|شارك (الخبر|المقال)|follow)$/u, maxWords: 8, phrase: true },
  { reason: 'most-read list', key: /^((الاخبار|المقالات|المواضيع) )?(الاكثر|الاشهر) (تداولا|قراءه|مشاهده|شيوعا|تعليقا|رواجا|انتشارا|شعبيه)( .*)?$|^(most (read|popular|viewed|shared)|trending( now)?)$/u, maxWords: 6, phrase: true },
  { reason: 'comment form', key: /^((اضف|اترك|اكتب|ارسل) (تعليق|تعليقا|تعليقك|ردا|رد|تعقيب|تعقيبا)|عنوان التعليق|تم اضافه تعليقك|كن (اول|اولى) من (يعلق|يعلقون)|لا (توجد|يوجد) تعليقات|leave a (comment|reply)|add a comment|no comments|post comment|submit comment)( .*)?$/u, maxWords: 8, phrase: true },
  // The form's own sentences open the line (or follow its first sentence): «الحقول المطلوبة» inside a story sentence is not a form.
  { reason: 'comment form', raw: /^(?:[*\s]*)(?:لن يتم نشر (?:عنوان )?بريدك|your email address will not be published)|^[*\s]*(?:[^.]*\.\s*)?(?:الحقول|جميع الحقول) (?:الإلزامية|الالزامية|المطلوبة) (?:مشار|مؤشر|معلمة|مميزة|عليها)/iu, maxWords: 25 },
  { reason: 'comment form', key: /^(التعليقات|تعليقات|تعليق|الاسم|البريد الالكتروني|الموقع|الموقع الالكتروني|comments?|name|email|website|reply|رد|ارسال|ارسال التعليق|ارسل|\d+ (تعليق|تعليقات|comments?))$/u, maxWords: 3 },
  { reason: 'feed-tool footer', key: /^(created by|powered by|generated by|مصدر الخبر|اختر التصنيف|احدث (المقالات|الاخبار|المواضيع|التدوينات)|(جميع|كل) الحقوق محفوظه|حقوق (النشر|الطبع)|all rights reserved|copyright|للمزيد من (الاخبار|المقالات)|الوسوم|كلمات مفتاحيه|كلمات مفتاح|الكلمات الداله|tags)( .*)?$/u, maxWords: 10, phrase: true },
  // «تنويه.. يسمح الاقتباس وإعادة النشر بشرط ذكر المصدر»: the site's reuse notice.
  { reason: 'feed-tool footer', key: /^تنويه (يسمح|يمنع|لا يسمح) (ب)?(الاقتباس|اعاده النشر|النقل)( .*)?$/u, maxWords: 16 },
  { reason: 'reading time', key: /^(\d+ )?(دقيقه|دقائق) (قراءه|للقراءه)$|^\d+ min(ute)?s? read$/u, maxWords: 4 },
  { reason: 'login prompt', key: /^(اضغط هنا (للاشتراك|للتسجيل)|(لديك حساب )?تسجيل الدخول|تسجيل الخروج|سجل الدخول|مقال مؤرشف.*|هذا المقال مخصص للمشتركين.*|log in|sign in|subscribe to read.*)$/u, maxWords: 8, phrase: true },
  { reason: 'feed-tool footer', raw: /^(?:feed\s*[:：]|©)/iu, maxWords: 12 },
  { reason: 'author bio', raw: /^about\s+\S.*\s\d+\s+(?:articles|posts)\s*$/iu, maxWords: 10 },
  { reason: 'byline', raw: /^(?:بقلم|by)\s*[:：]?\s*\S|^(?:كتب|كتبت|كتبه|إعداد|اعداد|تحرير)\s*[:：]\s*\S/iu, maxWords: 5, phrase: true },
  // "كتب محمد أحمد": the Egyptian byline without a colon; a name is at most three words.
  { reason: 'byline', raw: /^(?:كتب|كتبت)\s+\S+(?:\s+\S+){0,2}$/u, maxWords: 4, phrase: true },
  // «تقرير: بتول عبدون», «متابعة / الجمهورية نيوز :», «كاتب المقال رمزي الرقيق»: a label and a name or desk.
  { reason: 'byline', raw: /^(?:تقرير|متابعة|كاتب المقال|بواسطة)\s*[:：/]\s*\S|^كاتب المقال\s+\S/u, maxWords: 5, phrase: true },
  // A label, then ':' or '،': "الصورة: …", "صدر الصورة، Getty Images", "التعليق على الصورة، …".
  { reason: 'picture credit', raw: /^(?:الصورة|صورة|تصوير|مصدر الصورة|صدر الصورة|photo|image|credit)\s*[:：،,]/iu, maxWords: 12, label: true },
  { reason: 'picture caption', raw: /^(?:التعليق على الصورة|تعليق الصورة|caption)\s*[:：،,]/iu, maxWords: 30 },
  // A time alone: «11:22 م», «• 04:51», «٠٩:١٦ بتوقيت غرينتش».
  { reason: 'dateline', key: /^\d{1,2} \d{2}( (م|ص|صباحا|مساء|am|pm|gmt|utc|بتوقيت \S+( \S+)?))?$/u, maxWords: 4 },
  { reason: 'dateline', key: /^(قبل|منذ) (\d+ )?(دقيقه|دقائق|دقيقتين|ساعه|ساعات|ساعتين|يوم|ايام|يومين|اسبوع|اسابيع|اسبوعين|شهر|اشهر)$|^\d+ (minutes?|hours?|days?|weeks?) ago$/u, maxWords: 4 },
];

/** Markers that open a list of links to other articles. */
const RELATED_MARKER = /^(قد يهمك|قد يعجبك|يهمك ايضا|اقرا ايضا|اقرا كذلك|اقرا المزيد|اقرا اكثر|طالع ايضا|شاهد ايضا|شاهد كذلك|مواضيع ذات صله|اخبار ذات صله|مقالات ذات صله|مواد ذات صله|ذات صله|مواضيع مشابهه|مواضيع متعلقه|اخبار متعلقه|مقالات مقترحه|related|related (articles|news|posts|stories)|read (more|also)|see also|you (may|might) also like|more (stories|news))( ايضا)?$/u;
/** The same markers with a headline on the same line: `اقرأ أيضاً: …`. */
const RELATED_LINK = /^(?:اقرأ|إقرأ|اقرا|إقرا|طالع|شاهد|read|see)\s+(?:أيضاً|أيضا|ايضاً|ايضا|كذلك|المزيد|also|more)\s*[:：\-–—]\s*\S/iu;
/** Markers that open an author blurb: the few lines after them are about the writer, not the news. */
const BIO_MARKER = /^(عن الكاتب|عن الكاتبه|نبذه عن الكاتب|نبذه عن الكاتبه|عن المؤلف|about the author|about the writer)$/u;
/** Lines an author blurb may take after its marker. */
const MAX_BIO_LINES = 2;
/** A breadcrumb or menu: several short items between separators. */
const MENU_SEPARATORS = /\s[|•›>»]\s|\s[|•›>»]$|^[|•›>»]\s/gu;
const ATTRIBUTION = /(^| )(و|ف)?(قال|قالت|يقول|تقول|اكد|اكدت|يؤكد|اضاف|اضافت|اوضح|اوضحت|صرح|صرحت|تابع|تابعت|اشار|اشارت|اعلن|اعلنت|said|says|told)( |$)/u;
/** Verbs that make a line news copy rather than page furniture: saying, announcing, writing, reporting (keys are normalised). */
const STORY_VERB = /(^| )(و|ف)?(قال|قالت|يقول|تقول|اكد|اكدت|يؤكد|تؤكد|اضاف|اضافت|اوضح|اوضحت|صرح|صرحت|اشار|اشارت|اعلن|اعلنت|يعلن|تعلن|ذكر|ذكرت|افاد|افادت|نقل|نقلت|كتب|كتبت|غرد|غردت|دعا|دعت|قتل|قتلت|اعتقل|اعتقلت|said|says|told|announced|wrote|tweeted)( |$)/u;
/** Links and addresses, with a markdown link's target: `[بيان الوزارة](https://…)` reads as «بيان الوزارة». */
const LINK = /\]\(\s*[^)\s]+\s*\)|[\w.+-]+@[\w-]+\.[\w.-]+|https?:\/\/\S+|\bwww\.\S+|\bpic\.twitter\.com\/\S+/giu;
/** Words a link line may carry besides its links: «ارسلوا مقالاتكم للنشر إلى:», «للمزيد زوروا موقعنا». */
const MAX_LINK_LABEL_WORDS = 6;
/** Fewest words of a sentence of the story (a label, a credit or a date is shorter). */
const MIN_SENTENCE_WORDS = 5;
/** A list item or table row: a summary bullet, a numbered point, a markdown table line. */
const LIST_ITEM = /^(?:[-*•·▪◾●–—]\s+|\d{1,2}[.)]\s+)\S/u;
const TABLE_ROW = /^\|.*\|$/u;
/** Words that make a fragment a clause (negation, pronouns, particles): a quote says things, an author blurb lists labels. */
const CLAUSE_WORD = /(^| )(لن|لم|لا|ما|ليس|لسنا|لست|نحن|انا|انت|انتم|هو|هي|هم|اننا|انني|انه|انها|ان|قد|سوف|كان|كانت|يجب|we|i|you|will|not|never)( |$)/u;
/** A conjunction on a definite noun or a verb opens a clause (والتحقيقات مستمرة، وقالت الوزيرة إنه…): a cut-off last sentence, never a footer label. */
const CONJUNCTION_CLAUSE = /^(?:[وف]ال\S{2,}|[وف][يتن]\S{3,})/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const HAS_DIGIT = /\p{Nd}/u;
const QUOTE_CHARS = /["\u201C\u201D\u201E\u00AB\u00BB]/u;
const FRAGMENT_SPLIT = /[.!?\u061F\u2026]+/u;

/** Longest line, in words, that may be a line of links (a sentence quoting a tweet and its link is longer). */
const MAX_LINK_WORDS = 20;
/** Longest line, in words, that may be a headline or a related-article link. */
const MAX_HEADLINE_WORDS = 30;
/** Shorter lines may legitimately repeat (a one-word subheading); longer exact repeats are page duplication. */
const MIN_REPEAT_CHARS = 20;
/** Longest line, in words, of an author blurb after its marker. */
const MAX_BIO_WORDS = 40;
/** Longest first line ending in ؟ or ! that still reads as a headline. */
const MAX_QUESTION_HEADLINE_WORDS = 15;
/** A line this long is body copy even without a final stop. */
const BODY_MIN_WORDS = 15;
/** Excluded lines that do not show the page footer has begun: they occur inside a story too. */
const NOT_FOOTER_REASONS = new Set(['ad marker', 'punctuation-only line', 'repeated line', 'repeated headline', 'picture caption', 'picture credit']);
/** Short lines above the story's first paragraph that are page header (section, author, kicker). */
const HEADER_STUB_WORDS = 3;
/** Short trailing lines that are footer even before a footer cue (names, labels). */
const FOOTER_STUB_WORDS = 3;

/** Words of a line's prose: its tokens with a letter or digit, links and addresses left out. */
function proseWords(text: string): number {
  return text
    .replace(LINK, ' ')
    .split(/\s+/u)
    .filter((t) => HAS_WORD.test(t)).length;
}

/**
 * Evidence that a line is a sentence of the story, whatever cue words it holds: a verb of saying,
 * announcing or reporting with a few words around it, or a full sentence (final stop) of several
 * words. Cues that name content by its label or its look (a link, a date, a picture label, a
 * trailing credit) never take such a line.
 */
function readsAsStorySentence(line: SourceLine): boolean {
  const words = proseWords(line.text);
  if (words >= 3 && STORY_VERB.test(line.key)) return true;
  return words >= MIN_SENTENCE_WORDS && line.endsLikeSentence;
}

/** A line that is links and a short label: few prose words around its links, and no sentence. */
function isLinkLine(line: SourceLine): boolean {
  LINK.lastIndex = 0;
  if (!LINK.test(line.text)) return false;
  return proseWords(line.text) <= MAX_LINK_LABEL_WORDS && !readsAsStorySentence(line);
}

/** Longest masthead line, in words. */
const MAX_MASTHEAD_WORDS = 8;

/** Site furniture by its words (page-furniture.json) and its shape; see furniture.ts. */
function furnitureReason(line: SourceLine, f: PageFurniture): string | undefined {
  if (line.words > MAX_MASTHEAD_WORDS || STORY_VERB.test(line.key)) return undefined;
  // A masthead is its labels alone («رئيس التحرير»; its name is the next line) or a label, a colon
  // and a name («رئيس التحرير: سامر الحلبي»): never a line that goes on in prose after the label
  // («المدير العام لمنظمة الصحة العالمية يزور غزة» is a headline).
  if (isMastheadLabels(line.key, f) || (!line.endsLikeSentence && isMastheadLabelled(line, f))) return 'masthead';
  if (isSectionLine(line, f)) return 'section label';
  if (isHashtagLine(line)) return 'hashtag line';
  if (isCaptionLabel(line, f)) return 'picture caption';
  if (readDeskByline(line, f) || isPlaceAuthorLine(line, f)) return 'byline';
  if (readOutletPlaceLine(line, f)) return 'dateline';
  return undefined;
}

/**
 * Line cues read a line's text alone (its words, key and ending are the text's), so a paragraph
 * repeated in later articles (a story's follow-ups, wire copy) is judged once; null: no cue.
 */
const cueReasonsByFurniture = new WeakMap<PageFurniture, RecentMap<string, string | null>>();

function cueReasonOf(line: SourceLine, f: PageFurniture): string | undefined {
  let known = cueReasonsByFurniture.get(f);
  if (!known) cueReasonsByFurniture.set(f, (known = new RecentMap(2048)));
  let reason = known.get(line.text);
  if (reason === undefined) known.set(line.text, (reason = lineCueReason(line, f) ?? null));
  return reason ?? undefined;
}

function lineCueReason(line: SourceLine, f: PageFurniture): string | undefined {
  if (!HAS_WORD.test(line.text)) return 'punctuation-only line';
  for (const cue of CUES) {
    if (line.words > cue.maxWords || (cue.phrase && line.endsLikeSentence)) continue;
    if ((cue.key && cue.key.test(line.key)) || (cue.raw && cue.raw.test(line.text))) {
      if (cue.label && readsAsStorySentence(line)) continue;
      return cue.reason;
    }
  }
  if (line.words <= MAX_LINK_WORDS && isLinkLine(line)) return 'e-mail/URL line';
  if (readCreditLine(line)) return 'credit line';
  const date = readDateLine(line);
  // A bare date with a few words is a dateline until it ends like a sentence: «قتل 16 شخصا يوم 5 يناير 2022.»
  if (date && !(line.endsLikeSentence && (date.rank === 3 || line.words > 8))) return 'dateline';
  // «… اعتقال 7 آلاف و939 شخصا (أ ف ب)» is a lead with its wire credit, not a caption.
  if (line.words <= MAX_HEADLINE_WORDS && !line.endsLikeSentence && !STORY_VERB.test(line.key) && readCaptionCredit(line)) return 'picture caption';
  // «الرئيسية » أخبار » حريق في مستشفى الوادي»: a breadcrumb ending in the headline is not a menu.
  if (isMenuLine(line)) {
    const crumbTail = breadcrumbTail(line.text, f);
    if (!(crumbTail && crumbTail.split(/\s+/u).length >= HEADER_STUB_WORDS && !isSectionLine(line, f))) return 'site menu line';
  }
  return furnitureReason(line, f);
}

function isMenuLine(line: SourceLine): boolean {
  if (line.text.includes('\u00AB')) return false; // » closes a guillemet quote here
  if (TABLE_ROW.test(line.text) || LIST_ITEM.test(line.text)) return false; // a table row or a bullet is content
  const separators = line.text.match(MENU_SEPARATORS)?.length ?? 0;
  if (separators < 2) return false;
  return line.text.split(/[|•›>»]/u).every((part) => part.trim().split(/\s+/u).length <= 4);
}

function isRelatedMarker(line: SourceLine): boolean {
  return line.words <= 6 && RELATED_MARKER.test(line.key);
}

function isBodyLike(line: SourceLine): boolean {
  return line.endsLikeSentence || line.words >= BODY_MIN_WORDS;
}

function isHeadlineShaped(line: SourceLine): boolean {
  return line.words >= 1 && line.words <= MAX_HEADLINE_WORDS && !line.endsLikeSentence;
}

/** A short first line ending in ؟ or ! is a headline too: "هل تنجح المفاوضات؟". */
function isQuestionHeadline(line: SourceLine): boolean {
  return line.words <= MAX_QUESTION_HEADLINE_WORDS && /[!?\u061F]["\u201D\u00BB]?$/u.test(line.text);
}

/** Key without quote marks or spacing, so `بـ”الإرهاب العالمي”` and `بـالإرهاب العالمي` compare equal. */
function repeatKey(line: SourceLine): string {
  return line.key.replace(/ /g, '');
}

/** Could `line` be `headline` repeated? A cheap length test first, so long body lines are never normalised. */
function repeatsHeadline(line: SourceLine, headline: SourceLine, headlineKey: string): boolean {
  const diff = Math.abs(line.text.length - headline.text.length);
  return diff <= Math.max(12, headline.text.length / 5) && repeatKey(line) === headlineKey;
}

/**
 * A final paragraph wholly in quote marks made of several short labels («Bacon fan. Music
 * nerd. …»): no attribution verb, no fragment that is a clause (negation, pronoun, particle),
 * and not introduced by the line before (`وختم قائلا:`) — a short quoted last paragraph of the
 * story says something, a blurb only lists.
 */
function isQuotedBlurb(line: SourceLine, previous: SourceLine | undefined): boolean {
  const text = line.text.trim();
  if (!QUOTE_CHARS.test(text[0] ?? '') || !QUOTE_CHARS.test(text.replace(/[\s.!?\u061F\u2026]+$/u, '').slice(-1))) return false;
  if (line.words > MAX_BIO_WORDS || ATTRIBUTION.test(line.key)) return false;
  if (previous && (/[:：]\s*$/u.test(previous.text) || STORY_VERB.test(previous.key.split(' ').slice(-3).join(' ')))) return false;
  const fragments = text.slice(1).split(FRAGMENT_SPLIT).map((f) => f.replace(/["\u201C\u201D\u201E\u00AB\u00BB]/gu, '').trim()).filter(Boolean);
  if (fragments.some((f) => CLAUSE_WORD.test(lineKey(f)))) return false;
  return fragments.length >= 3 && fragments.every((f) => f.split(/\s+/u).length <= 6);
}

/** A short last line that still reads as the story: a cut-off clause, a verb of saying, a list item, a figure. */
function isStoryStub(line: SourceLine): boolean {
  return CONJUNCTION_CLAUSE.test(line.text) || STORY_VERB.test(line.key) || LIST_ITEM.test(line.text) || TABLE_ROW.test(line.text);
}

/** Longest site name, in words, on the first line. */
const OUTLET_NAME_WORDS = 3;
/** Lines from the top of the page within which a breadcrumb, or the article's date line, is looked for. */
const HEADER_SCAN_LINES = 14;
/** A line opening with a past-tense verb of reporting is a story's sentence (a ticker), not a headline (keys are normalised). */
const PAST_REPORT_START = /^(?:و|ف)?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اوضح|اوضحت|كشف|كشفت|اشار|اشارت|صرح|صرحت) /u;
/** Longer first lines are a ticker rather than a headline (headlines run to about fifteen words). */
const MAX_REAL_HEADLINE_WORDS = 20;
/** Most content lines above a headline found by its date line (a ticker, a strip of other stories). */
const MAX_LINES_ABOVE_HEADLINE = 6;
/** Reasons that are the site's own furniture: between a first line and the real headline, they show a page header. */
const FURNITURE_REASONS = new Set(['section label', 'masthead', 'most-read list', 'site menu line', 'outlet name', 'hashtag line', 'breadcrumb', 'related-articles marker']);

/** A one- or two-word label above the headline («مصر»): not a figure, a clause or a question. */
function isSectionStub(line: SourceLine): boolean {
  return line.words <= HEADER_STUB_WORDS - 1 && !line.endsLikeSentence && !HAS_DIGIT.test(line.text) && !isStoryStub(line) && !isQuestionHeadline(line);
}

/**
 * The headline found by the article's own date line: the headline-shaped line right above (else
 * right below) a publication or update date line (else a bare date line) near the top, when site
 * furniture stands between `first` and it, the story starts within a few lines under it, and no
 * more than a few short lines stand above it. -1 when there is none or `first` is already by a date.
 */
function headlineByDate(lines: readonly SourceLine[], classes: readonly LineClass[], first: number): number {
  if (first < 0) return -1;
  const limit = Math.min(lines.length, HEADER_SCAN_LINES);
  const dates: Array<{ at: number; rank: number }> = [];
  for (let i = 0; i < limit; i++) {
    if (classes[i]!.reason !== 'dateline') continue;
    const date = readDateLine(lines[i]!);
    if (date) dates.push({ at: i, rank: date.rank });
  }
  dates.sort((a, b) => a.rank - b.rank || a.at - b.at);
  // A labelled date («تحديث: …») is the article's before a bare one (often the site's «today»).
  if (dates.length === 0 || Math.abs(dates[0]!.at - first) === 1) return -1;
  const shaped = (i: number): boolean => i > first && i < lines.length && classes[i]!.role !== 'boilerplate' && lines[i]!.words >= HEADER_STUB_WORDS && isHeadlineShaped(lines[i]!);
  for (const { at } of dates) {
    const j = shaped(at - 1) ? at - 1 : shaped(at + 1) ? at + 1 : -1;
    if (j < 0) continue;
    const between = classes.slice(first, j);
    if (!between.some((c) => FURNITURE_REASONS.has(c.reason ?? ''))) continue;
    const above = lines.slice(first, j).filter((_, k) => classes[first + k]!.role !== 'boilerplate');
    if (above.length > MAX_LINES_ABOVE_HEADLINE || above.some((l) => l.words > MAX_HEADLINE_WORDS || l.endsLikeSentence)) continue;
    // One ordinary headline above a tag and a date is the headline (the line under the date is its
    // deck): only a strip — several lines, bullets, or a ticker too long for a headline — gives way.
    const lone = lines[first]!;
    const strip = above.length >= 2 || LIST_ITEM.test(lone.text) || lone.words > MAX_REAL_HEADLINE_WORDS || PAST_REPORT_START.test(lone.key);
    if (!strip) continue;
    const storyStarts = lines.slice(j + 1, j + 4).some((l, k) => classes[j + 1 + k]!.role !== 'boilerplate' && isBodyLike(l));
    if (storyStarts) return j;
  }
  return -1;
}

export interface CleanOptions {
  /** Markdown input: `# ` headings are headlines. */
  markdown?: boolean;
  /** Site-furniture words; default: data/lexicon/page-furniture.json. */
  furniture?: PageFurniture;
}

/** Classifies every non-empty line (same order as `lines`). */
export function classifyLines(lines: readonly SourceLine[], options: CleanOptions = {}): LineClass[] {
  const classes: LineClass[] = lines.map(() => ({ role: 'body' }));
  const exclude = (i: number, reason: string): void => {
    classes[i] = { role: 'boilerplate', reason };
  };
  const f = options.furniture ?? loadPageFurniture();
  const cueReason = (line: SourceLine): string | undefined => cueReasonOf(line, f);

  // 1. Line cues and 2. related-article sections.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isRelatedMarker(line) || (line.words <= MAX_HEADLINE_WORDS && RELATED_LINK.test(line.text))) {
      exclude(i, isRelatedMarker(line) ? 'related-articles marker' : 'related-article link');
      let j = i + 1;
      for (; j < lines.length; j++) {
        // The list is the run of headline-shaped lines after the marker; a footer cue or a real paragraph ends it.
        const next = lines[j]!;
        if (cueReason(next) || isRelatedMarker(next) || !isHeadlineShaped(next)) break;
        exclude(j, 'related-articles list');
      }
      i = j - 1;
      continue;
    }
    if (line.words <= 5 && BIO_MARKER.test(line.key)) {
      exclude(i, 'author bio');
      let j = i + 1;
      for (; j < lines.length && j <= i + MAX_BIO_LINES; j++) {
        const next = lines[j]!;
        if (cueReason(next) || next.words > MAX_BIO_WORDS) break;
        exclude(j, 'author bio');
      }
      i = j - 1;
      continue;
    }
    const reason = cueReason(line);
    if (reason) exclude(i, reason);
    // «رئيس التحرير» on a line of its own: the name under it belongs to the masthead too.
    const next = lines[i + 1];
    if (reason === 'masthead' && isMastheadLabels(line.key, f) && next && next.words <= FOOTER_STUB_WORDS && !isStoryStub(next) && !cueReason(next)) {
      exclude(i + 1, 'masthead');
      i++;
    }
  }

  const isMarkdownHeading = (line: SourceLine): boolean => options.markdown === true && /^#{1,6}\s/u.test(line.text);
  const content = (from: number): number => classes.findIndex((c, i) => i >= from && c.role !== 'boilerplate');

  // 3a. The site's name: the first content line, a few words, standing again on a line of its own
  // further down (a headline's repeat stands right under it).
  const top = content(0);
  if (top >= 0 && lines[top]!.words <= OUTLET_NAME_WORDS && !lines[top]!.endsLikeSentence && !isStoryStub(lines[top]!) && !isMarkdownHeading(lines[top]!)) {
    // Word counts first: a long body line's key is never computed for this.
    const at = lines.flatMap((l, i) => (l.words === lines[top]!.words && classes[i]!.role !== 'boilerplate' && l.key === lines[top]!.key ? [i] : []));
    const repeated = at.length >= 3 || (at.length === 2 && at[1] !== content(top + 1));
    // A tag the story is about («موسم الحج») is written in its sentences too; the site's name is not.
    if (repeated && !lines.some((l) => isBodyLike(l) && ` ${l.key} `.includes(` ${lines[top]!.key} `))) for (const i of at) exclude(i, 'outlet name');
  }

  // 3a'. Breadcrumb: «الرئيسية » أخبار » <headline>» with the headline standing again just below.
  for (let i = content(0), n = 0; i >= 0 && n < HEADER_SCAN_LINES; i = content(i + 1), n++) {
    const tail = breadcrumbTail(lines[i]!.text, f);
    if (!tail) continue;
    const below = content(i + 1);
    if (below >= 0 && lines[below]!.key === lineKey(tail)) exclude(i, 'breadcrumb');
    break;
  }

  // 3a''. Headline: the first content line, when it does not read as a sentence — after one- or
  // two-word section stubs above it («مصر», «أخبار الولايات»).
  let first = content(0);
  while (first >= 0 && isSectionStub(lines[first]!) && !isMarkdownHeading(lines[first]!)) {
    const next = content(first + 1);
    if (next < 0 || lines[next]!.words <= HEADER_STUB_WORDS - 1) break;
    exclude(first, 'page header');
    first = next;
  }
  // When site furniture stands between that line and a headline-shaped line next to the article's
  // own date line, the first was a ticker or a strip of other stories: the line by the date is the
  // headline and the short lines above it are page header.
  const byDate = headlineByDate(lines, classes, first);
  if (byDate > first) {
    for (let i = first; i < byDate; i++) if (classes[i]!.role !== 'boilerplate') exclude(i, 'page header');
    first = byDate;
  }
  let headlineKey: string | undefined;
  if (first >= 0 && (isHeadlineShaped(lines[first]!) || isQuestionHeadline(lines[first]!) || isMarkdownHeading(lines[first]!))) {
    classes[first] = { role: 'headline' };
    headlineKey = repeatKey(lines[first]!);
  }

  // 3b. Repeats of the headline or of any earlier kept line.
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (classes[i]!.role === 'boilerplate') continue;
    const line = lines[i]!;
    if (i !== first && headlineKey !== undefined && repeatsHeadline(line, lines[first]!, headlineKey)) exclude(i, 'repeated headline');
    else if (line.text.length < MIN_REPEAT_CHARS) continue;
    else if (seen.has(line.text)) exclude(i, 'repeated line');
    else seen.add(line.text);
  }

  // 3b'. Page header: between the headline and the first paragraph of the story, short labels
  // (section, author's name, tags) — but not a cut-off clause, a verb of saying, a list or a table.
  const firstBody = classes.findIndex((c, i) => c.role === 'body' && isBodyLike(lines[i]!));
  for (let i = first + 1; first >= 0 && i < firstBody; i++) {
    if (classes[i]!.role !== 'body') continue;
    const line = lines[i]!;
    // A figure above the story is content (a score, a toll): «الأهلي 2 - 1 الزمالك».
    if (line.words <= HEADER_STUB_WORDS && !isStoryStub(line) && !isMarkdownHeading(line) && !HAS_DIGIT.test(line.text)) exclude(i, 'page header');
    // «صدى 24 :» right above the story: a wire-style dateline, a name and a colon (a score has no colon).
    else if (line.words <= HEADER_STUB_WORDS && /[:：]\s*$/u.test(line.text) && !isStoryStub(line) && !/\d\s*[-–:]\s*\d/u.test(line.text)) exclude(i, 'dateline');
  }

  // 3c. Author blurb: the last kept line, quote-wrapped fragments without attribution.
  const lastKept = classes.findLastIndex((c) => c.role === 'body');
  if (lastKept > first && isQuotedBlurb(lines[lastKept]!, lines[lastKept - 1])) exclude(lastKept, 'author bio');

  // 3d. Page footer: after the last body paragraph, short lines once the footer has begun.
  // (A paragraph without its final stop still counts when it reads as the story, a verb of saying or a
  // clause opened by و: copy that drops its full stops keeps its paragraphs after a subheading.)
  const lastBody = classes.findLastIndex((c, i) => c.role === 'body' && (isBodyLike(lines[i]!) || readsAsStorySentence(lines[i]!) || (lines[i]!.words >= MIN_SENTENCE_WORDS && CONJUNCTION_CLAUSE.test(lines[i]!.text))));
  let footerStarted = false;
  for (let i = lastBody + 1; i < lines.length; i++) {
    if (lastBody < 0) break;
    const cls = classes[i]!;
    if (cls.role === 'boilerplate') {
      // An ad slot, a stray rule or a repeated line can sit inside the story; page furniture begins the footer.
      if (!NOT_FOOTER_REASONS.has(cls.reason ?? '')) footerStarted = true;
      continue;
    }
    if (cls.role !== 'body' || TABLE_ROW.test(lines[i]!.text)) continue;
    if (footerStarted || (lines[i]!.words <= FOOTER_STUB_WORDS && !isStoryStub(lines[i]!))) {
      exclude(i, 'page footer');
      footerStarted = true;
    }
  }
  return classes;
}
