import { articleCountries } from './article-countries.ts';
import { normalizeForMatch, stripDiacritics } from '../arabic/normalize.ts';
import { QUOTE_MARKS } from '../arabic/normalize.ts';
import { tokenize } from '../arabic/tokenize.ts';
import { rangeAt } from '../text/ranges.ts';
import type { Article, QuotedSpan, Sentence } from '../corpus/types.ts';
import { defaultCues, type AttributionCues, type Phrase, type PhraseIndex } from './cues.ts';
import { ArticleSpeakers } from './resolve.ts';
import { closesQuoteOnly, COMMA_ONLY, hardBreakBefore, hasArticle, isHardGap, MentionParser, withoutConjunction, type Mention, type SentenceToken } from './mentions.ts';
import type { SpeakerDirectory } from './speakers.ts';
import type { Speaker, Statement, StatementForm, StatementKind } from './types.ts';

/**
 * The quote attribution engine: who said what, in their exact words.
 *
 * Each sentence is scanned for attribution cues (data/lexicon/attribution.json): verbs of saying
 * (قال، أكد، أشار…), participles that carry the speaker on (مضيفاً، مشيراً), trailing attributions
 * (على حد قوله، وفق ما أعلن X، بحسب X) and content markers (ومفاده أن). A cue's speaker is the subject
 * after the verb (قال الرئيس…) or before it (ماكرون، أشار / أما الرئيس فأكد), else the latest speaker.
 * Its words are what follows the complementiser (إن/أن/بأن/إلى أن…) up to the next cue, or the quote
 * that follows it. Cue words inside quote marks are never cues.
 */

interface Cue {
  kind: 'verb' | 'participle' | 'trailing-pronoun' | 'trailing-speaker' | 'marker';
  /** First and after-last token of the cue phrase. */
  at: number;
  after: number;
  report: boolean;
  /** A verb of learning (علمت): its source follows من. */
  learn?: boolean;
  object: boolean;
  describe: boolean;
  /** Filled in once subjects are known: where this cue's clause begins (it ends the previous one). */
  clauseStart: number;
  subject?: Mention;
  /** The subject came before the verb (SVO) and its first token carries a conjunction (وماكرون). */
  subjectConjunction?: boolean;
  /** The verb stands inside the words an earlier cue reports (… أن الحكومة أقرت …): no cue of its own. */
  embedded?: boolean;
  /** The verb opens a relative clause after a comma (…، الذي قال إن): the relative pronoun's token; its subject is the phrase before. */
  relative?: number;
  /** Agreement the verb or participle shows (قالت، مشيرة → f; قالوا → p); undefined when it does not tell. */
  gender?: Gender;
  /** The phrase ends in a preposition glued to the speaker's first word (وفقاً لوزارة الصحة): `after` is that word. */
  glued?: boolean;
}

type Gender = 'm' | 'f' | 'p';

interface Content {
  type: 'indirect' | 'quote' | 'colon' | 'object';
  /** Token where the statement's words begin. */
  from: number;
  /** A mention after "عن" (نقلت الوكالة عن الوزارة قولها…): the real speaker. */
  source?: Mention;
  /** The quote is its clause's whole words (after the verb's colon, or before «…»، قالت): two words say something there. */
  whole?: boolean;
}

/** A turn of an interview: its speaker (none for a question), where its words start, its paragraph. */
interface InterviewTurn {
  who?: { speaker: Speaker; mention: string };
  from: number;
  paragraph: number;
}

interface Draft {
  speaker: Speaker;
  mention: string;
  kind: StatementKind;
  start: number;
  end: number;
  sentence: number;
  /** Came from a quote the speaker was introduced for (no further indirect clause may merge into it). */
  direct: boolean;
  /** Agreement of the verb it was said with, for participles and pronoun verbs further on. */
  gender?: Gender;
  /** Said in a headline ("Speaker: words"). */
  headline?: boolean;
}

function cueAt(kind: Cue['kind'], k: number, length: number, extra: Partial<Cue> = {}): Cue {
  return { kind, at: k, after: k + length, report: false, object: false, describe: false, clauseStart: k, ...extra };
}

/** Any whitespace but a single space: a run, a newline, a tab, a no-break space. */
const UNUSUAL_SPACE = /\s\s|[^\S ]/;

/** A verb with an object pronoun ـه، ـها، ـهم، ـهما: the verb, then the pronoun. */
const OBJECT_PRONOUN = /^(.{3,}?)(?:ه|ها|هم|هما)$/;
const HEH = 'ه'.charCodeAt(0);
const ALEF = 'ا'.charCodeAt(0);
const MEEM = 'م'.charCodeAt(0);

/** The word ends like ـه، ـها، ـهم or ـهما (read from its last letters: every word of every sentence is asked). */
function mayEndInObjectPronoun(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === HEH) return true;
  if (last !== ALEF && last !== MEEM) return false;
  const before = word.charCodeAt(n - 2);
  return before === HEH || (last === ALEF && before === MEEM && word.charCodeAt(n - 3) === HEH);
}

/** What /\s/ matches, by code unit (counting letters of long ranges without slicing them out). */
const OPENS_ALIAS = /^\s*\(\s*$/;
const CLOSES_ALIAS = /^\s*\)\s*$/;

/**
 * The tokens without an alias in brackets inside a phrase: "المفوض العام لوكالة الأونروا (أونروا)
 * فيليب لازاريني" reads as one title and name, as "منظمة الصحة العالمية (WHO) إن" as one body.
 * Only a few words of letters between two words of the sentence, with nothing but spaces around
 * the brackets (a date or a credit in brackets, a dash after them, is left to the readers of asides).
 * Offsets are untouched: the words quoted still run verbatim over the alias.
 */
function withoutBracketedAliases(tokens: SentenceToken[]): SentenceToken[] {
  for (let k = 1; k < tokens.length; k++) {
    if (!OPENS_ALIAS.test(tokens[k]!.gap) || tokens[k - 1]!.quoted) continue;
    let close = -1;
    for (let c = k; c < tokens.length - 1 && c - k < EXTRACT_OPTIONS.bracketedAliasWords; c++) {
      if (c > k && tokens[c]!.gap !== ' ') break;
      if (CLOSES_ALIAS.test(tokens[c + 1]!.gap)) {
        close = c;
        break;
      }
    }
    if (close < 0 || tokens.slice(k, close + 1).some((t) => t.quoted || /\p{N}/u.test(t.norm))) continue;
    // The word after the alias follows the word before it as if the brackets were not there.
    return [...tokens.slice(0, k), { ...tokens[close + 1]!, gap: ' ', hard: false }, ...withoutBracketedAliases(tokens.slice(close + 2))];
  }
  return tokens;
}

/** The token after a short bracketed aside opening at `from` ("(11 أيار 2026)"), else `from`. */
function bracketAsideEnd(tokens: SentenceToken[], from: number, limit: number): number {
  if (!tokens[from] || !/\(/.test(tokens[from]!.gap)) return from;
  let close = from + 1;
  while (close < limit && close - from <= 6 && !/\)/.test(tokens[close]!.gap)) close++;
  return close < limit && /\)/.test(tokens[close]!.gap) ? close : from;
}

/**
 * Hard punctuation ends a clause, but not a comma or quote marks alone: "تحدث عن دور "واضح وكبير"
 * لعموتة" runs on past them. (A function, not a closure in wordsBeforeBreak.)
 */
function endsClause(t: SentenceToken): boolean {
  return t.hard && !COMMA_GAP.test(t.gap) && !QUOTE_ONLY_GAP.test(t.gap);
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const OPEN_QUOTE = new RegExp(`[${QUOTE_MARKS}]`);
const COMMA_GAP = COMMA_ONLY;
const QUOTE_ONLY_GAP = new RegExp(`^[\\s\\u00A0${QUOTE_MARKS}]+$`);
/** How far a colon or quote may follow a verb that needs one (واصل: «…»), in words. */
/** A bullet or dash opening an interview turn's paragraph (* سؤال؟ / - جواب). */
const TURN_MARK = /^\s*[-–—*•>]\s*\S/;
/** A question turn marked as a quotation ("> لماذا اخترت …"), whether or not it ends on a question mark. */
const QUESTION_MARK_TURN = /^\s*>\s*\S/;
/** A reporting verb's preposition with its pronoun (حسب ما أفادت به، وفق ما أعلن عنه). */
const VERB_PRONOUN_PREPOSITION = /^(?:به|بها|عنه|عنها)$/;
const MARK_REACH = 10;
/** Words a subject may take before the comma after which a marked-only verb's أن still opens its words. */
const MARK_SUBJECT_WORDS = 4;
/** How far a verb's framed object may follow it (حمّل الوزير الحكومة مسؤولية), in words. */
const OBJECT_REACH = 6;
/** What ends a sentence whose words follow in the next paragraph: a colon or an ellipsis ("قال المدرب…"). */
const WORDS_FOLLOW = /:|…|\.\.\./;
/** A noun carrying its owner's pronoun (توقعاتها، أمله، قلقهم). */
const PRONOUN_OWNED = /.{3,}(?:ه|ها|هم|هما|هن)$/;

/** Windows and limits of the quote engine, in tokens unless said otherwise. */
export const EXTRACT_OPTIONS = {
  /** A quote needs this many words to be a statement (one-word scare quotes are not). */
  minQuoteWords: 3,
  /** …or this many when it is its clause's whole words (قالت: «الوضع كارثي»; «الوضع كارثي»، تقول …). */
  minWholeQuoteWords: 2,
  /** Longest frame phrase (عن + a noun phrase) read as what a participle's words after it are about, not words. */
  topicOnlyWords: 3,
  /** How far after a verb (and its subject) the complementiser or quote is looked for. */
  contentReach: 30,
  /** How many words may stand between a quote opening its sentence and the verb that names its speaker («…»، بهذه الكلمات وصف X). */
  quoteVerbReach: 4,
  /** How far after a participle (مضيفاً) its words may begin. */
  participleReach: 6,
  /** Most words of a paragraph that labels the words after it with a name and role ("حكيم مدان / المدرب العام:"). */
  speakerLabelWords: 14,
  /** How far after an ambiguous verb (عبر) its own preposition (عن) must come (commas may stand between). */
  frameReach: 14,
  /**
   * Most words of a comma-closed aside between a verb's subject and its own preposition ("وشددت
   * المهدي خلال لقاء مع سفير الاتحاد الأفريقي لدى السودان، على ضرورة…").
   */
  frameAsideWords: 10,
  /** Most words between a verb of saying and an outlet credited before its colon (وقال الوزير بحسب رويترز:). */
  creditReach: 4,
  /** Most words of an apposition between commas after a subject before its verb (الهجرة، التابعة للأمم المتحدة، قد أعلنت). */
  subjectAppositionWords: 6,
  /** Most words of a comma-bounded apposition there ("أعرب كولر، المدير الفني للفريق، عن…"). */
  frameAppositionWords: 5,
  /** How far before a verb a subject (SVO) may start. */
  subjectBefore: 8,
  /** Words a clause break (في حين، بينما) must leave to the statement before it. */
  minWordsBeforeBreak: 3,
  /** Longest label before an interview turn's colon (مصطفى كريم الدراجي:، س:). */
  interviewLabelWords: 4,
  /** Longest comma-bounded document aside between an announcing verb's subject and its object (، في بيان نشرته على موقعها،). */
  documentAsideWords: 6,
  /** Longest name in quote marks read as a name, not words said (أشار المدير “مصطفى الحاج يوسف” إلى أن…). */
  quotedNameWords: 4,
  /** Longest alias in brackets passed over inside a phrase (الجيش السوداني (القوات المسلحة) العميد …). */
  bracketedAliasWords: 3,
};
const MIN_QUOTE_WORDS = EXTRACT_OPTIONS.minQuoteWords;
const MAX_CONTENT_SCAN = EXTRACT_OPTIONS.contentReach;
const PARTICIPLE_REACH = EXTRACT_OPTIONS.participleReach;
const DOCUMENT_ASIDE_WORDS = EXTRACT_OPTIONS.documentAsideWords;

export class QuoteExtractor {
  private readonly mentions: MentionParser;
  /** A speaker whose sentence ended on a colon ("وقالت الناطقة …:"): the quote opening the next paragraph is theirs. */
  private pendingColon: { speaker: Speaker; mention: string; gender?: Gender; sentence: number; list?: boolean } | undefined;

  constructor(private readonly cues: AttributionCues = defaultCues()) {
    this.mentions = new MentionParser(cues);
  }

  extract(article: Article, directory: SpeakerDirectory): Statement[] {
    const quotedAsWritten = article.sentences.map((s) => this.sentenceTokens(article, s));
    this.mentions.useArticleCounts(wordCounts(quotedAsWritten));
    const sentences = quotedAsWritten.map((tokens) => this.unquoteNames(tokens));
    this.mentions.learnNasabNames(sentences);
    const people = new ArticleSpeakers(directory, this.mentions, article.text, articleCountries(article.text, this.cues.countries));
    sentences.forEach((tokens) => people.collectIntroductions(tokens));
    // "أكد “البرهان” على…": the family name alone in quote marks, of a person the article named in
    // full, is that person too (known only once the introductions are read).
    // (Not a quoted outlet after a preposition, "لـ«الرياضية»": whom the words were told to.)
    for (const [n, tokens] of sentences.entries()) sentences[n] = this.unquoteNames(tokens, (run, at) => run.length === 1 && people.knowsFamilyName(run[0]!) && !this.mentions.isStop(tokens[at - 1]!.norm) && tokens[at - 1]!.norm !== 'ل');

    const drafts: Draft[] = [];
    this.pendingColon = undefined;
    let answer: InterviewTurn | undefined;
    const questions = this.unmarkedQuestions(article);
    // In an interview without labels, whether the paragraphs since its last question are answers.
    let answering = false;
    sentences.forEach((tokens, index) => {
      const sentence = article.sentences[index]!;
      // "-- حكيم مدان / المدرب العام للمنتخب:" on a line of its own: the quote below it is that person's.
      const labelled = this.speakerLabel(article, sentence, tokens, people);
      if (labelled) {
        this.pendingColon = { ...labelled, sentence: sentence.index };
        return;
      }
      // Interviews: "س: … / ج: …" and "Name: …" turns; an answer runs to the end of its paragraph.
      const turn = this.interviewTurn(article, sentence, tokens, people);
      if (!turn && questions.size) {
        const paragraph = article.paragraphs[sentence.paragraph];
        if (questions.has(sentence.paragraph)) {
          answering = true;
          return;
        }
        if (paragraph?.role !== 'body') answering = false;
        else if (answering && tokens.length && !answer) {
          // An answer paragraph is the guest's, sentence by sentence, unless it gives someone else's words.
          const found = this.sentenceStatements(article, sentence, tokens, people, drafts);
          const who = found ? undefined : people.interviewee(tokens[0]!.start);
          if (who && tokens.length >= MIN_QUOTE_WORDS) this.emit(article, sentence, tokens, { type: 'colon', from: 0 }, tokens.length, who, drafts);
          return;
        }
      }
      if (turn) {
        answer = turn.who ? turn : undefined;
        if (turn.who && tokens.length - turn.from > MIN_QUOTE_WORDS) this.emit(article, sentence, tokens, { type: 'colon', from: turn.from }, tokens.length, turn.who, drafts);
        return;
      }
      if (answer && answer.paragraph !== sentence.paragraph) answer = undefined;
      const found = this.sentenceStatements(article, sentence, tokens, people, drafts);
      if (!found && answer && tokens.length >= MIN_QUOTE_WORDS) this.emit(article, sentence, tokens, { type: 'colon', from: 0 }, tokens.length, answer.who!, drafts);
      else if (!found && (drafts.length || this.pendingColon)) this.quoteContinuation(article, sentence, tokens, people, drafts);
    });
    return this.toStatements(article, drafts);
  }

  // ---- tokens ---------------------------------------------------------------------------------

  private sentenceTokens(article: Article, sentence: Sentence): SentenceToken[] {
    const spans = article.quotedSpans;
    const tokens: SentenceToken[] = [];
    let previousEnd = sentence.start;
    let span = 0;
    for (const t of tokenize(sentence.text)) {
      const start = t.start + sentence.start;
      while (span < spans.length && spans[span]!.end <= start) span++;
      const gap = start === previousEnd + 1 && article.text.charCodeAt(previousEnd) === 32 ? ' ' : article.text.slice(previousEnd, start);
      const quoted = span < spans.length && spans[span]!.start <= start;
      const end = t.end + sentence.start;
      tokens.push({ surface: t.surface, norm: t.norm, start, end, gap, quoted, hard: isHardGap(gap) });
      previousEnd = end;
    }
    return withoutBracketedAliases(this.withoutHonorificAbbreviations(tokens));
  }

  /**
   * "رئيس الوزراء د. محمد اشتية": an honorific abbreviated with a dot (attribution.json
   * honorificAbbreviations) is passed over, so its dot does not cut the title from the name.
   */
  private withoutHonorificAbbreviations(tokens: SentenceToken[]): SentenceToken[] {
    let out: SentenceToken[] | undefined;
    for (let k = tokens.length - 2; k >= 0; k--) {
      const t = tokens[k]!;
      const next = tokens[k + 1]!;
      if (t.quoted || next.quoted || !this.cues.honorificAbbreviations.has(t.norm) || !/^\.\s*$/.test(next.gap)) continue;
      out ??= [...tokens];
      out.splice(k, 2, { ...next, gap: t.gap, hard: t.hard });
    }
    return out ?? tokens;
  }

  /**
   * "أشار مدير الدفاع المدني في إدلب “مصطفى الحاج يوسف” إلى أن…", "وأضاف “الحاج يوسف” أن…": a few
   * words in quote marks that hold a listed given name and nothing but name words are the person's
   * name, not words said; they are read as the rest of the sentence is.
   */
  private unquoteNames(tokens: SentenceToken[], isName: (run: SentenceToken[], at: number) => boolean = (run) => this.quotedFullName(run)): SentenceToken[] {
    let out: SentenceToken[] | undefined;
    for (let k = 1; k < tokens.length; k++) {
      if (!tokens[k]!.quoted || tokens[k - 1]!.quoted || !OPEN_QUOTE.test(tokens[k]!.gap)) continue;
      let end = k + 1;
      while (end < tokens.length && tokens[end]!.quoted && !OPEN_QUOTE.test(tokens[end]!.gap) && end - k < EXTRACT_OPTIONS.quotedNameWords) end++;
      if (end < tokens.length && tokens[end]!.quoted) continue;
      if (!isName(tokens.slice(k, end), k)) continue;
      out ??= [...tokens];
      out[k] = { ...tokens[k]!, gap: ' ', hard: false, quoted: false };
      for (let i = k + 1; i < end; i++) out[i] = { ...tokens[i]!, quoted: false };
      // The closing mark alone before the next word is no break either.
      const after = tokens[end];
      if (closesQuoteOnly(after)) out[end] = { ...after, gap: ' ', hard: false };
    }
    return out ?? tokens;
  }

  /** A listed given name and nothing but name words: "مصطفى الحاج يوسف". */
  private quotedFullName(run: SentenceToken[]): boolean {
    const m = this.mentions;
    const nameWord = (t: SentenceToken) => !!m.givenName(t.norm) || m.isParticle(t.norm) || this.cues.names.titleSurnames.has(t.norm) || m.isNameLike(t);
    return run.some((t) => m.givenName(t.norm)) && run.every(nameWord);
  }

  // ---- cues -----------------------------------------------------------------------------------

  /** The longest phrase of an index that starts at token k (the token with or without و/ف). */
  private phraseAt(tokens: SentenceToken[], k: number, index: PhraseIndex): Phrase | undefined {
    const t = tokens[k]!;
    const candidates = index.get(t.norm) ?? index.get(withoutConjunction(t.norm));
    return candidates?.find((p) => this.matchPhrase(tokens, k, p));
  }

  private matchPhrase(tokens: SentenceToken[], k: number, phrase: Phrase): boolean {
    for (let p = 0; p < phrase.length; p++) {
      const t = tokens[k + p];
      if (!t || t.quoted) return false;
      if (p > 0 && hardBreakBefore(t)) return false;
      const norm = t.norm;
      // A phrase written "وفقاً لـ" ends in a preposition glued to the next word (لوزارة، للجيش).
      if (p > 0 && p === phrase.length - 1 && phrase[p] === 'ل' && norm !== 'ل') return norm.length > 2 && norm.startsWith('ل');
      if (norm !== phrase[p] && !(p === 0 && withoutConjunction(norm) === phrase[p])) return false;
    }
    return true;
  }

  /**
   * "الانفجار الذي قالت الحكومة، إنه نتج عن…": a past verb of saying in a relative clause with a
   * subject of its own, then a complementiser carrying the antecedent's pronoun, reports that
   * subject's words about it ("الثورات التي يعتبر الكرملين أن…", present tense and a bare أن, does not).
   */
  private saysOfAntecedent(tokens: SentenceToken[], after: number, verb: string): boolean {
    if (/^[يتن]/.test(verb)) return false;
    const subject = this.mentions.parse(tokens, after);
    if (!subject || subject.kind === 'statement') return false;
    const next = tokens[subject.end];
    return !!next && !next.quoted && /^ب?ان(?:ه|ها|هم|هما)$/.test(next.norm);
  }

  /**
   * A trailing attribution (بحسب، وفق) at k that names one or two words and is followed by the
   * colon or the quote of a verb or participle of saying a few words before it.
   */
  private creditsOutlet(tokens: SentenceToken[], k: number, length: number, cues: readonly Cue[]): boolean {
    const verb = cues[cues.length - 1];
    if (!verb || (verb.kind !== 'verb' && verb.kind !== 'participle') || k - verb.after > EXTRACT_OPTIONS.creditReach) return false;
    for (let e = k + length + 1; e <= k + length + 2 && e < tokens.length; e++) {
      const t = tokens[e]!;
      if (t.gap.includes(':') || (t.quoted && OPEN_QUOTE.test(t.gap))) return tokens.slice(k + length, e).every((w) => !w.quoted && !this.mentions.isComplementizer(w.norm));
      if (t.hard) return false;
    }
    return false;
  }

  /** Tokens as a mention parser reads a glued cue's speaker: لوزارة → وزارة، للجيش → الجيش. */
  private speakerTokens(tokens: SentenceToken[], cue: Cue): SentenceToken[] {
    if (!cue.glued) return tokens;
    const t = tokens[cue.after]!;
    const unglue = (w: string) => (/^لل/.test(w) ? `ال${w.slice(2)}` : w.replace(/^لـ?/, ''));
    const copy = tokens.slice();
    copy[cue.after] = { ...t, norm: unglue(t.norm), surface: unglue(t.surface) };
    return copy;
  }

  /** The words a phrase opens follow right after it: a colon, an opening quote, a complementiser. (Methods, not closures in findCues: it runs at every cue word.) */
  private opensWords(next: SentenceToken | undefined): boolean {
    return !!next && (next.gap.includes(':') || (next.quoted && OPEN_QUOTE.test(next.gap)) || (!next.quoted && this.mentions.isComplementizer(next.norm)));
  }

  /** A verb spelt like a preposition marked as the verb: its shadda, or a clause opening on it with أن ahead (وبيّن موسى أن…). */
  private markedVerb(tokens: SentenceToken[], k: number): boolean {
    const t = tokens[k]!;
    return t.surface.includes('\u0651') || (/^[وف]/.test(t.norm) && (k === 0 || t.hard) && this.complementizerAhead(tokens, k + 2, tokens.length));
  }

  private findCues(tokens: SentenceToken[]): Cue[] {
    const cues: Cue[] = [];
    const c = this.cues;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.quoted) continue;
      const bare = withoutConjunction(t.norm);
      // Only a word ending in ه، ها، هم or هما can end in an object pronoun: most are spared the pattern.
      const suffixed = mayEndInObjectPronoun(bare) ? OBJECT_PRONOUN.exec(bare) : null;
      const judged = !!suffixed && c.pronounObjectVerbs.has(suffixed[1]!);
      if (!c.cueStarts.has(t.norm) && !c.cueStarts.has(bare) && !judged) continue;
      const trailingPronoun = this.phraseAt(tokens, k, c.trailingPronounIndex);
      const after = tokens[k + trailingPronoun?.length!];
      // "…، كما قال الوزير": a speaker named after it makes it a trailing attribution to them.
      if (trailingPronoun && after && !after.hard && !after.quoted && !this.mentions.isStop(after.norm) && !this.mentions.isTime(after.norm) && !this.mentions.isComplementizer(after.norm)) {
        cues.push(cueAt('trailing-speaker', k, trailingPronoun.length));
        k += trailingPronoun.length - 1;
        continue;
      }
      // "كما قال: «…»", "كما قالت إن…": as a clause's opening, كما قال is "he also said", its words follow.
      if (trailingPronoun && !(this.opensWords(after) && (k === 0 || tokens[k]!.hard))) {
        cues.push(cueAt('trailing-pronoun', k, trailingPronoun.length));
        k += trailingPronoun.length - 1;
        continue;
      }
      const trailing = this.phraseAt(tokens, k, c.trailingSpeakerIndex);
      // "وقال الوزير بحسب رويترز: «…»", "قائلاً بحسب رويترز:": the outlet that carried the words,
      // between a verb of saying and its colon, credits them; it opens no clause of its own.
      if (trailing && this.creditsOutlet(tokens, k, trailing.length, cues)) {
        k += trailing.length - 1;
        continue;
      }
      if (trailing) {
        const glued = trailing[trailing.length - 1] === 'ل' && tokens[k + trailing.length - 1]?.norm !== 'ل';
        cues.push(glued ? { ...cueAt('trailing-speaker', k, trailing.length - 1), glued } : cueAt('trailing-speaker', k, trailing.length));
        k += trailing.length - (glued ? 2 : 1);
        // The verb of "حسب ما أفادت به" belongs to the attribution, not a statement of its own.
        if (!glued) k = Math.max(k, this.relayedVerbEnd(tokens, k + 1, tokens.length) - 1);
        continue;
      }
      const marker = this.phraseAt(tokens, k, c.contentMarkerIndex);
      if (marker) {
        if (!cues.some((x) => x.kind === 'verb')) cues.push(cueAt('marker', k, marker.length));
        k += marker.length - 1;
        continue;
      }
      if (c.participles.has(t.norm) || c.participles.has(bare)) {
        cues.push(cueAt('participle', k, 1, { gender: participleGender(t.norm), describe: c.describeVerbs.has(t.norm) || c.describeVerbs.has(bare) }));
        continue;
      }
      let verb = this.phraseAt(tokens, k, c.verbIndex);
      // "واعتبرته «خرقاً فاضحاً…»": a verb of judging with what it judges as an object pronoun.
      if (!verb && judged) verb = [suffixed![1]!];
      if (!verb) continue;
      const before = tokens[k - 1];
      // "ومن المقرر أن يعلن الوزير…": a verb after أن (written with its hamza) is yet to be said.
      // ("بعد أن أعلنت الشركة أن…" is past: it was said.)
      const sincePast = /^(?:بعد|وبعد|منذ|عقب)$/.test(tokens[k - 2]?.norm ?? '') && !/^[يتن]/.test(bare);
      if (before && !before.quoted && !hardBreakBefore(t) && stripDiacritics(before.surface) === 'أن' && !sincePast) continue;
      // "الثورات التي يعتبر الكرملين أن…", "بما أسماه": a verb in a relative clause reports nothing —
      // unless the clause describes a speaker just named: "لاعب الفريق ياسين البراهيمي، الذي قال إن…".
      const relative = before && !hardBreakBefore(t) && (c.relativePronouns.has(before.norm) || c.relativePronouns.has(withoutConjunction(before.norm)));
      // (The pronoun agrees with the verb: "منظمة …، التي زعم أن…" is what he claimed about it.)
      const ofSpeaker = relative && COMMA_GAP.test(before.gap) && !before.quoted && RELATIVE_GENDER[withoutConjunction(before.norm)] === verbGender(t.norm, c.verbWords);
      if (relative && !ofSpeaker && !this.saysOfAntecedent(tokens, k + verb.length, bare)) continue;
      // "مع توقع هطول الأمطار", "بعد إعلان": after a preposition the verb's form is a noun.
      if (before && !hardBreakBefore(t) && !before.quoted && (c.prepositions.has(before.norm) || c.prepositions.has(withoutConjunction(before.norm)))) continue;
      // "طالباً عدم ذكر اسمه": after عدم it is the verbal noun too.
      // ("هذا رد واضح": after a demonstrative too; "هذا وناشد الرئيس" opens a clause on و.)
      if (before && !hardBreakBefore(t) && !before.quoted && !/^[وف]/.test(t.norm) && (c.verbalNounMarkers.has(before.norm) || c.verbalNounMarkers.has(withoutConjunction(before.norm)))) continue;
      const head = verb.length === 1 ? verb[0]! : bare;
      // A verb spelt like a function word (عبر "expressed" / "via") is a verb only with its own preposition after it (عبر … عن).
      // So is one spelt like a noun (طالب "demanded" / "student": طالب الأهالي بفتح تحقيق).
      // (Its shadda, or a clause opening on it with أن ahead, marks one spelt like a preposition: وبيّن موسى أن… / وبين الوزير أن….)
      const spelledLikeStop = this.mentions.isStop(t.norm);
      if (verb.length === 1 && (spelledLikeStop || c.frameOnlyVerbs.has(head)) && !(spelledLikeStop && this.markedVerb(tokens, k)) && !this.framePrepositionAhead(tokens, k + 1, head)) continue;
      // "وواصل الجيش قصفه": a verb of going on reports words only when a colon or a quote follows it.
      if (verb.length === 1 && c.markedOnlyVerbs.has(head) && !this.markedAhead(tokens, k + 1)) continue;
      // "ويحمل الرئيس رسالة": حمل reports only with its object noun (حمّل X مسؤولية …).
      if (verb.length === 1 && c.objectFrames.has(head) && !this.objectAhead(tokens, k + 1, c.objectFrames.get(head)!)) continue;
      cues.push(cueAt('verb', k, verb.length, { report: c.reportVerbs.has(head), learn: c.learnVerbs.has(head), object: c.objectVerbs.has(head), describe: c.describeVerbs.has(head), gender: verbGender(t.norm, c.verbWords), ...(ofSpeaker ? { relative: k - 1 } : {}) }));
      k += verb.length - 1;
    }
    return cues;
  }

  /**
   * A colon or quoted words within the verb's sentence part (before a full stop or semicolon), or
   * إن/أن before any comma: "وتابع: «…»", "وتابعت أن…", but not "واصل الجيش قصفه، رغم أن…".
   */
  private markedAhead(tokens: SentenceToken[], from: number): boolean {
    let open = true;
    for (let j = from; j < tokens.length && j - from < MARK_REACH; j++) {
      const t = tokens[j]!;
      if (t.gap.includes(':') || t.quoted) return true;
      if (j > from && t.hard) {
        if (!COMMA_GAP.test(t.gap)) return false;
        // "وتابع الموسوي، أن الوزارة …": the complementiser right after a short subject's comma.
        if (open && j - from <= MARK_SUBJECT_WORDS && this.mentions.isComplementizer(t.norm)) return true;
        open = false;
      }
      if (open && this.mentions.isComplementizer(t.norm)) return true;
    }
    return false;
  }

  /** One of the frame's object nouns (with or without the article) a few words on, in the same clause. */
  private objectAhead(tokens: SentenceToken[], from: number, objects: Set<string>): boolean {
    for (let j = from; j < tokens.length && j - from < OBJECT_REACH; j++) {
      const t = tokens[j]!;
      // (Past a subject and a comma-bounded aside: "ووجّه حسن، في حديث تلفزيوني، نداءً".)
      if (j > from && hardBreakBefore(t) && !COMMA_GAP.test(t.gap)) return false;
      const bare = withoutConjunction(t.norm);
      if (objects.has(bare) || objects.has(bare.replace(/^(?:ال|لل)/, ''))) return true;
    }
    return false;
  }

  /** Words from `from` up to the next hard punctuation (a two-word scare quote after بـ is no statement). */
  private wordsBeforeBreak(tokens: SentenceToken[], from: number, limit: number): number {
    let n = 1;
    while (from + n < limit && !endsClause(tokens[from + n]!)) n++;
    return n;
  }

  private isLinkWord(norm: string): boolean {
    return this.cues.clauseLinks.some((p) => p.length === 1 && p[0] === norm);
  }

  /**
   * Where a verb's or participle's words open with its own preposition (data: prepositionFrames):
   * "أعرب عن أمله", "أفادت بارتفاع", "مشيرةً إلى توقعاتها بأن…" (not "إلى أن", the complementiser),
   * also past a short aside: "وكشفت الوزارة في بيان، عن…", "أكد، خلال اللقاء، على…".
   */
  private frameStart(tokens: SentenceToken[], from: number, limit: number, head: string, addressee = true): number | undefined {
    const preps = this.cues.prepositionFrames.get(head);
    if (!preps) return undefined;
    let k = from;
    while (k < limit && k - from < 3 && (this.mentions.isTime(tokens[k]!.norm) || this.cues.frameFillers.has(tokens[k]!.norm))) k++;
    // "أفادت وكالة كيودو اليوم الثلاثاء (9/1/2024) بارتفاع…": a date in brackets before the frame is an
    // aside. (One set off by commas too is read as the object's aside below: "…، اليوم (11 أيار 2026)، عن".)
    const afterBracket = bracketAsideEnd(tokens, k, limit);
    if (afterBracket > k && !COMMA_GAP.test(tokens[afterBracket]!.gap.replace(/\)/g, ''))) k = afterBracket;
    const at = this.opensFrame(tokens, k, from, limit, preps) ? k : (() => {
      const first = tokens[k];
      if (!first || !(first.norm === 'في' || first.norm === 'خلال' || COMMA_GAP.test(first.gap))) return undefined;
      const aside = first.norm === 'في' || first.norm === 'خلال';
      // "في بيانها الصادر اليوم": the document it was said in may run two words longer.
      const document = aside && !!tokens[k + 1] && this.mentions.isStatementNoun(tokens[k + 1]!.norm.replace(/(?:ها|هم|ه)$/, ''));
      // (A في/خلال phrase may run longer than an apposition: "خلال لقاء مع سفير الاتحاد لدى السودان،".)
      for (let m = k + 1; m < Math.min(limit, k + 1 + (aside ? EXTRACT_OPTIONS.frameAsideWords : EXTRACT_OPTIONS.frameAppositionWords)); m++) {
        // (A quoted outlet the document was given to stays inside it: "في تصريحات لفضائية «سكاي نيوز عربية»،".)
        const outlet = document && tokens[m]!.quoted && this.quotedOutletAt(tokens, m);
        if (tokens[m]!.quoted && !outlet) return undefined;
        // (The comma after that outlet's closing mark closes the aside as a bare comma does.)
        const afterOutlet = document && m > 0 && tokens[m - 1]!.quoted && !tokens[m]!.quoted && this.quotedOutletAt(tokens, m - 1);
        if (COMMA_GAP.test(afterOutlet ? tokens[m]!.gap.replace(/["»”’]/g, '') : tokens[m]!.gap)) {
          if (this.opensFrame(tokens, m, from, limit, preps)) return m;
          // "كشف مصدر قضائي في محافظة البصرة، يوم الجمعة، عن …": a time aside may follow before the frame.
          let n = m;
          while (n < limit && n - m < 4 && this.mentions.isTime(tokens[n]!.norm) && (n === m || !tokens[n]!.hard)) n++;
          return n > m && n < limit && COMMA_GAP.test(tokens[n]!.gap) && this.opensFrame(tokens, n, from, limit, preps) ? n : undefined;
        }
        if (tokens[m]!.hard && !outlet) return undefined;
        // "وأعلن الجيش في بيان عن…": a short في/خلال phrase needs no comma before the frame preposition.
        // (A document's aside runs on only through what describes it: "في بيان صحة الأنباء عن…" denies صحة.)
        if (document && m > k + 2 && !this.describesDocument(tokens[m - 1]!, m - 1 === k + 2) && !(tokens[m - 1]!.quoted && this.quotedOutletAt(tokens, m - 1))) return undefined;
        if (aside && m - k <= (document ? 5 : 3) && this.opensFrame(tokens, m, from, limit, preps) && !this.complementizerAhead(tokens, m + 1, limit)) return m;
      }
      return undefined;
    })();
    if (at === undefined) {
      // "ودعا أبو الغيط المجتمع الدولي إلى تحمل مسؤولياته": a call names whom it calls on, then its
      // preposition; the words are both.
      if (!addressee || !this.cues.addresseeVerbs.has(head) || !tokens[k] || tokens[k]!.quoted || this.mentions.isStop(tokens[k]!.norm)) return undefined;
      for (let m = k + 1; m < Math.min(limit, k + 5); m++) {
        if (tokens[m]!.quoted || (tokens[m]!.hard && !COMMA_GAP.test(tokens[m]!.gap))) return undefined;
        if (this.opensFrame(tokens, m, from, limit, preps) && !this.complementizerAhead(tokens, m + 1, limit)) return this.wordsBeforeBreak(tokens, m, limit) >= 2 ? k : undefined;
      }
      return undefined;
    }
    // "محذراً من «انتشار التطرف، حال سقوط مصر»": a quote right after the preposition is the words.
    const quotedAfter = !!tokens[at + 1]?.quoted && quoteWords(tokens, at + 1) >= MIN_QUOTE_WORDS;
    if (!quotedAfter && this.wordsBeforeBreak(tokens, at, limit) < MIN_QUOTE_WORDS) return undefined;
    // "مشيرة إلى موقعين إلكترونيين إلى أن…": the preposition takes an addressee and the words follow
    // the complementiser; "مشيرةً إلى توقعاتها بأن…" (a noun with its owner's pronoun) are words already.
    const object = tokens[at + 1];
    if (object && !PRONOUN_OWNED.test(object.norm)) {
      for (let m = at + 2; m < Math.min(limit, at + 5) && !tokens[m]!.hard; m++) if (this.mentions.isComplementizer(tokens[m]!.norm)) return undefined;
    }
    return at;
  }

  /**
   * Whether a word after a document noun in an aside still describes the document (بيانها الصادر
   * اليوم، بيان مقتضب، بيان لها، بيان نشرته، بيان الجيش): a word of its own, a date, an owner, a
   * verb with its object pronoun or a definite word. An indefinite noun right after the document
   * noun is the object itself: "نفت الوزارة في بيان صحة الأنباء".
   */
  private describesDocument(t: SentenceToken, rightAfterNoun: boolean): boolean {
    if (t.quoted) return false;
    if (this.cues.documentAdjectives.has(t.norm) || this.mentions.isTime(t.norm) || this.mentions.isStop(t.norm)) return true;
    // (The surface form: normalising ة to ه would read صحة as a pronoun ending.)
    const bare = t.surface.replace(/[\u064B-\u0652\u0640]/g, '');
    if (/^ل(?:ها|ه|هم|هما)$/.test(bare) || /^ال/.test(t.norm) || /(?:ها|ه|هم)$/.test(bare)) return true;
    // (So does the outlet it was given to: "تصريحات لفضائية «…»"، "حديث لقناة الجزيرة".)
    if (this.mentions.isToOutlet(t.norm)) return true;
    return !rightAfterNoun;
  }

  /**
   * إن/أن later in the same clause: "أشار في رسالة إلى وسائل الإعلام إلى أن…" — the first إلى takes
   * the addressee and the words follow the complementiser.
   */
  private complementizerAhead(tokens: SentenceToken[], from: number, limit: number): boolean {
    for (let j = from; j < Math.min(limit, from + EXTRACT_OPTIONS.contentReach); j++) {
      const t = tokens[j]!;
      if (j > from && t.hard && !COMMA_GAP.test(t.gap) && !QUOTE_ONLY_GAP.test(t.gap)) return false;
      if (!t.quoted && this.mentions.isComplementizer(t.norm)) return true;
    }
    return false;
  }

  /** Whether token k is the verb's own preposition opening its words (عن أمله، بفتح تحقيق). */
  private opensFrame(tokens: SentenceToken[], k: number, from: number, limit: number, preps: ReadonlySet<string>): boolean {
    const t = tokens[k];
    if (!t || k >= limit || (t.quoted && k > from)) return false;
    const bare = withoutConjunction(t.norm);
    if (preps.has(bare)) {
      // "إلى أن", "على أن": a preposition before the complementiser is the complementiser's.
      const next = tokens[k + 1];
      return !!next && k + 1 < limit && !(this.cues.complementizerPrepositions.has(bare) && this.mentions.isComplementizer(next.norm));
    }
    // "طالب الأهالي بفتح تحقيق": a one-letter preposition glued to a noun of three letters or more.
    return [...preps].some((p) => p.length === 1 && bare.startsWith(p) && bare.length >= 4 && !this.mentions.isStop(bare) && !this.mentions.isComplementizer(bare) && !this.mentions.isStatementNoun(bare));
  }

  /**
   * Where the verb's own glued preposition opens its words after the subject, which the subject
   * must not run into: "وطالب الوزير بفتح تحقيق" — بفتح is no name. A listed given name or a word the
   * article repeats (بشار, بايدن) is a name still.
   */
  private frameLimit(tokens: SentenceToken[], from: number, limit: number, verb: string): number {
    const preps = this.cues.prepositionFrames.get(verb);
    if (!preps) return limit;
    for (let j = from + 1; j < limit && j - from < EXTRACT_OPTIONS.frameReach; j++) {
      const t = tokens[j]!;
      if (t.quoted || (t.hard && !COMMA_GAP.test(t.gap))) break;
      if (preps.has(withoutConjunction(t.norm))) break;
      // Nor باسم (on behalf of) or a place with ب glued to it inside a title: "الناطق باسم المحكمة الابتدائية بتونس محمد …".
      if (/^باسم(?:ه|ها|هم)?$/.test(withoutConjunction(t.norm))) continue;
      // (Nor a place noun with ب glued: "أفاد مصدر في الدفاع المدني بمحافظة كربلاء، …، بمقتل".)
      const placeNoun = this.mentions.isGluedPlaceNoun(t.norm) || (j > from + 1 && !t.hard && this.mentions.isGluedPlaceNoun(tokens[j - 1]!.norm));
      // (Nor the body a title serves in, glued with ب: "مدير الاتصال بالمديرية العامة للحماية المدنية، العقيد …، بأن".)
      const gluedBody = /^ب/.test(t.norm) && this.mentions.isInstitution(t.norm.slice(1));
      if (gluedBody) continue;
      if (this.opensFrame(tokens, j, from, limit, preps) && !placeNoun && !this.mentions.givenName(t.norm) && !this.mentions.recurs(t) && !this.mentions.isPlace(t.norm) && !this.mentions.isPlace(t.norm.slice(1))) return j;
    }
    return limit;
  }

  /** One of a verb's frame prepositions (data: prepositionFrames) among the next few words. */
  private framePrepositionAhead(tokens: SentenceToken[], from: number, verb: string): boolean {
    const preps = this.cues.prepositionFrames.get(verb);
    if (!preps) return false;
    for (let j = from; j < Math.min(tokens.length, from + EXTRACT_OPTIONS.frameReach); j++) {
      const t = tokens[j]!;
      if (t.quoted || (j > from && t.hard && !COMMA_GAP.test(t.gap))) return false;
      if (preps.has(t.norm)) return true;
      // A one-letter preposition glued to its noun (بفتح، بالإفراج).
      if (t.norm.length >= 4 && [...preps].some((p) => p.length === 1 && t.norm.startsWith(p)) && !this.mentions.isStop(t.norm) && !this.mentions.isStatementNoun(t.norm)) return true;
    }
    return false;
  }

  /** The clause boundary a cue opens: a linking word just before it (فيما أشار، بينما أكد، في حين قال). */
  private linkStart(tokens: SentenceToken[], k: number): number {
    for (const link of this.cues.clauseLinks) {
      const f = k - link.length;
      if (f >= 0 && this.matchPhrase(tokens, f, link) && (link.length > 1 || !tokens[f]!.quoted)) return f;
    }
    return k;
  }

  /** Subject after a verb: الرئيس الروسي… / وزارة الداخلية… (time words such as الاثنين may come first). */
  /**
   * Whether "وفق/بحسب X" names a speaker: a titled person, a body, a source, a document, or a name the
   * article or desk knows ("وفق طريقة تدريجية" names no one and ends no clause).
   */
  private trailingNamesSomeone(sentenceTokens: SentenceToken[], cue: Cue, people: ArticleSpeakers): boolean {
    const tokens = this.speakerTokens(sentenceTokens, cue);
    const after = cue.glued ? cue.after : this.relayedVerbEnd(tokens, cue.after, tokens.length);
    const first = tokens[after];
    if (!first) return false;
    if (this.mentions.isStatementNoun(first.norm)) return true;
    const m = this.mentions.parse(tokens, after);
    return !!m && (m.head !== null || people.knowsName(m));
  }

  private subjectAfter(tokens: SentenceToken[], j: number, limit: number, verb?: string): Mention | undefined {
    // "وتابعت: الجهاز يقوم شهريا بقياس التضخم": a colon right after the verb opens its words; what follows is no subject.
    if (tokens[j]?.gap.includes(':')) return undefined;
    let k = j;
    // "قال لنا المواطن سامي حداد إن…": time words and the addressee pronoun come before the subject.
    while (k < limit && k - j < 3 && (this.mentions.isTime(tokens[k]!.norm) || (this.cues.addresseePronouns.has(tokens[k]!.norm) && !tokens[k]!.quoted && !tokens[k + 1]?.hard))) k++;
    // "وأفادت بقيام مسلحين…": the verb's own preposition opens its words; there is no subject.
    if (verb && this.frameStart(tokens, k, limit, verb, false) === k) return undefined;
    // "وأكد سعادته أن…": an honorific with a pronoun is the person spoken of, as a pronoun verb's subject is.
    if (tokens[k] && this.cues.pronounHonorifics.has(withoutConjunction(tokens[k]!.norm))) return undefined;
    let m = this.mentions.parse(tokens, k, verb ? this.frameLimit(tokens, k, limit, verb) : limit);
    if (!m || m.kind === 'statement' && m.head === null) return undefined;
    if (verb && this.cues.describeVerbs.has(verb)) m = this.withoutDescribedObject(tokens, m);
    if (m.kind === 'person' && !m.head && !m.name.length) return undefined;
    // "أعرب أحمد الجندي البطل الأولمبي في الخماسي الحديث عن فخره": a title with the article right after
    // the name, no comma between, stands in apposition; the subject runs to its end.
    const apposed = m.kind === 'person' && !m.head && m.name.length > 0 ? tokens[m.end] : undefined;
    if (apposed && m.end < limit && !apposed.hard && !apposed.quoted && hasArticle(apposed.norm) && this.mentions.isTitleWord(apposed)) {
      const title = this.mentions.parse(tokens, m.end, verb ? this.frameLimit(tokens, m.end, limit, verb) : limit);
      if (title && title.kind === 'person' && title.head && !title.name.length) m = { ...m, end: title.end, head: title.head, qualifiers: title.qualifiers, words: tokens.slice(m.first, title.end) };
    }
    // "حين قدرت تكلفته آنذاك بـ10 ملايير": a noun with its owner's pronoun is what the passive verb
    // is about, no speaker's name.
    const first = m.name[0];
    if (m.kind === 'person' && !m.head && first && first.norm.length >= 5 && /(?:ته|تها|تهم|ها|هم)$/.test(first.norm) && !this.mentions.givenName(first.norm) && !this.mentions.recurs(first)) return undefined;
    return m;
  }

  /**
   * "ووصف وزير الصحة الوضع بأنه كارثي": a verb of describing takes its subject, then what it
   * describes, then ب. The noun with the article before ب (and its nisba adjectives) is that object,
   * not the end of the subject's title or name; the subject is read again without it.
   */
  private withoutDescribedObject(tokens: SentenceToken[], m: Mention): Mention {
    const frame = tokens[m.end];
    if (!frame || frame.quoted || !/^ب/.test(frame.norm)) return m;
    const nisba = (t: SentenceToken) => /^ال.{2,}(?:ي|يه|يون|يين)$/.test(t.norm);
    let o = m.end - 1;
    while (o > m.first && nisba(tokens[o]!)) o--;
    const object = tokens[o]!;
    if (o <= m.first || !/^ال/.test(object.norm) || nisba(object) || object.quoted || this.mentions.isArticleSurname(object)) return m;
    const subject = this.mentions.parse(tokens, m.first, o);
    return subject && subject.end === o && !(subject.kind === 'person' && !subject.head && !subject.name.length) ? subject : m;
  }

  /** Subject before the verb (SVO): "ماكرون، أشار", "أما الرئيس الكازاخي فأكد", headline "X يؤكد أن". */
  private subjectBefore(tokens: SentenceToken[], k: number, floor: number, conjunctionLed: boolean): { mention: Mention; conjunction: boolean } | undefined {
    for (let s = k - 1; s >= Math.max(floor, k - 8); s--) {
      const t = tokens[s]!;
      if (t.quoted) {
        // A short quoted name inside the subject (مراسل "العربية" و"الحدث" أفاد) is passed over; the
        // phrase starts before it. A longer quote is someone's words: no subject reaches past them.
        let r = s;
        while (r > floor && tokens[r - 1]!.quoted && !OPEN_QUOTE.test(tokens[r]!.gap)) r--;
        if (s - r + 1 > EXTRACT_OPTIONS.quotedNameWords || r === floor || isHardGap(tokens[r]!.gap.replace(/["«»“”„‟‹›]/g, ''))) return undefined;
        s = r;
        continue;
      }
      if (conjunctionLed) {
        // ("وخلال فقرة تحليلية، قال…": a preposition on و opens an adverbial phrase, never a subject,
        // and the noun it governs, فقرة, is its object, though it opens on ف like a conjunction.)
        if (!/^[وف]/.test(t.norm) || withoutConjunction(t.norm) === t.norm || this.mentions.isInstitution(t.norm) || this.mentions.isTitle(t.norm) || this.mentions.isStop(withoutConjunction(t.norm))) continue;
        if (s > 0 && this.mentions.isStop(tokens[s - 1]!.norm)) continue;
        if (this.mentions.isFormVerbalNoun(t)) continue;
      } else if (!(s === floor || hardBreakBefore(t) || this.frontedBefore(tokens, s, floor) || (s > 0 && this.mentions.isComplementizer(tokens[s - 1]!.norm) && (this.concessiveAt(tokens, s - 1) || (s >= 2 && this.cues.impersonalVerbs.has(tokens[s - 2]!.norm)))))) continue;
      const m = this.mentions.parse(tokens, s, k);
      if (!m || (m.kind === 'person' && !m.head && !m.name.length)) continue;
      // "… بين صنعاء وعدن ومأرب، وأضافت:": the last item of a list of places is no speaker.
      if (conjunctionLed && m.kind === 'institution' && m.end - m.first === 1 && !!m.head && this.mentions.isPlace(m.head)) continue;
      // "بتكلفة إجمالية تقدر بـ13 مليار": a word led by a preposition is no name unless the article repeats it.
      if (m.kind === 'person' && !m.head && /^[بلك]/.test(withoutConjunction(t.norm)) && !this.mentions.givenName(t.norm) && !this.mentions.recurs(t)) continue;
      // "(شينخوا) قال…", "أتلانتا (CNN) – قدرت…": a credit in brackets is no subject.
      // "سرايا - أفادت…", "القاهرة – قال…": a dateline before a dash is no subject either.
      // "القاهرة: ذكر التلفزيون…": nor is one before a colon.
      // ("شفق نيوز/ أفاد مصدر…": so is an outlet before a slash.)
      if (/[(\[]/.test(t.gap) || /[)\]\-–—:/]/.test(tokens[m.end]?.gap ?? '')) continue;
      // A lone unknown word before the verb ("…، لاتكاد ترى") is no subject: a bare name there must recur, be a given name or run to two words.
      if (m.kind === 'person' && !m.head && m.name.length === 1 && !this.mentions.recurs(m.name[0]!) && !this.mentions.givenName(m.name[0]!.norm)) continue;
      if (m.end === k || this.isShortPrepositionalTail(tokens, m.end, k)) return { mention: m, conjunction: conjunctionLed };
      // "وكانت المنظمة الدولية للهجرة، التابعة للأمم المتحدة، قد أعلنت": an apposition set off by commas.
      const close = this.appositionClose(tokens, m.end, k);
      if (close >= 0 && (close === k || this.isShortPrepositionalTail(tokens, close, k))) return { mention: m, conjunction: conjunctionLed };
    }
    return undefined;
  }

  /**
   * Where a comma-bounded apposition after a subject ends (the token after its closing comma),
   * else -1: a few words with the article first (التابعة للأمم المتحدة), no quote, no verb of saying.
   */
  private appositionClose(tokens: SentenceToken[], from: number, k: number): number {
    const first = tokens[from];
    if (!first || !COMMA_GAP.test(first.gap) || !/^ال/.test(first.norm) || first.quoted) return -1;
    for (let e = from + 1; e <= k && e - from <= EXTRACT_OPTIONS.subjectAppositionWords; e++) {
      const t = tokens[e]!;
      if (COMMA_GAP.test(t.gap) && !t.quoted) return e;
      if (t.quoted || t.hard || this.mentions.isVerbWord(t.norm)) return -1;
    }
    return -1;
  }

  /** The speaker phrase ending right before token `rel` (a title with a name, a name, a body), the longest, else undefined. */
  private antecedentBefore(tokens: SentenceToken[], rel: number, floor: number): Mention | undefined {
    for (let s = Math.max(floor, rel - 8); s < rel; s++) {
      if (tokens.slice(s, rel).some((t) => t.quoted)) continue;
      const m = this.mentions.parse(tokens, s, rel);
      if (!m || m.end !== rel || m.kind === 'statement') continue;
      if (m.kind === 'person' && !(m.name.length && (m.head || m.name.length > 1))) continue;
      return m;
    }
    return undefined;
  }

  private frontedBefore(tokens: SentenceToken[], s: number, floor: number): boolean {
    return this.cues.fronting.some((p) => {
      const f = s - p.length;
      // A fronting phrase that is itself a clause link (لكن) opens its clause without a comma too:
      // "ولم يعلن عن سبب الحادث لكن الوزير أشار إلى أن…".
      return f >= floor && (f === floor || hardBreakBefore(tokens[f]!) || (p.length === 1 && this.isLinkWord(p[0]!))) && this.matchPhrase(tokens, f, p);
    });
  }

  private isShortPrepositionalTail(tokens: SentenceToken[], from: number, to: number): boolean {
    const first = tokens[from];
    if (!first || to - from > 3 || tokens.slice(from, to).some((t) => t.quoted)) return false;
    // "وكان الوزير … قد أكد", "أما الوزير فقد دعا": the particle قد (and time words) between subject and verb.
    // (A comma may set the subject off before قد: "وكانت منظمة الصحة العالمية، قد أعلنت أن …".)
    if (tokens.slice(from, to).every((t, x) => (!t.hard || (x === 0 && COMMA_GAP.test(t.gap))) && (t.norm === 'قد' || t.norm === 'لقد' || t.norm === 'فقد' || this.mentions.isTime(t.norm)))) return true;
    return ['في', 'لدي', 'من'].includes(first.norm);
  }

  // ---- content --------------------------------------------------------------------------------

  private findContent(tokens: SentenceToken[], from: number, limit: number, cue: Cue): Content | undefined {
    let quoteAt: number | undefined;
    let source: Mention | undefined;
    const reach = cue.kind === 'participle' ? PARTICIPLE_REACH : MAX_CONTENT_SCAN;
    if (cue.kind === 'verb' || cue.kind === 'participle') {
      const framed = this.frameStart(tokens, from, limit, withoutConjunction(tokens[cue.at]!.norm));
      if (framed !== undefined) return { type: 'object', from: framed };
    }
    for (let j = from; j < limit && j - from < reach; j++) {
      const t = tokens[j]!;
      if (j > from && cue.kind === 'participle' && hardBreakBefore(t) && !t.gap.includes(':') && !OPEN_QUOTE.test(t.gap)) break;
      if (t.gap.includes(':') && !t.quoted) {
        if (this.mentions.isComplementizer(t.norm)) return { type: 'indirect', from: j + 1, source };
        return { type: 'colon', from: j, source };
      }
      if (t.gap.includes(':') && t.quoted) return { type: 'quote', from: j, source, whole: true };
      // A quote, then a comma: the quote was the cue's words ("ناشد … «في التغلب على…»، واصفاً…").
      // (Right after the quote: "في كلمة خلال إطلاق «الإطار الوطني …» في السراي، إنّ …" names an event, and the words follow إنّ.)
      // (Nor when the comma leads to إن: "على هامش مؤتمر «البحرين للتقنية 2025»، إن «…»".)
      if (quoteAt !== undefined && !t.quoted && tokens[j - 1]?.quoted && COMMA_GAP.test(t.gap.replace(/["”»’]/g, '')) && cue.kind !== 'participle' && !this.mentions.isComplementizer(t.norm)) return { type: 'quote', from: quoteAt, source };
      if (t.quoted) {
        // ("يكشف لـ«ذا أفريكان فوتبول» حقيقة رحيله": a quoted name after the preposition ل is whom it was told to.)
        // (Or after an outlet's noun with ل glued: "في تصريحات لفضائية «سكاي نيوز عربية»".)
        const toOutlet = OPEN_QUOTE.test(t.gap) && this.quotedOutletAt(tokens, j);
        if (quoteAt === undefined && !toOutlet && quoteWords(tokens, j) >= MIN_QUOTE_WORDS) quoteAt = j;
        if (cue.kind === 'participle' && j === from) return { type: 'quote', from: j, source };
        continue;
      }
      if (this.mentions.isComplementizer(t.norm)) {
        // "نفى الوزير التقارير التي تفيد بأن المملكة تناقش…": the أن of a relative clause's verb is what
        // the reports say, not the speaker's words; a denial's object is read instead.
        const relativeVerb = j - from >= 2 && !hardBreakBefore(t) && this.cues.relativePronouns.has(tokens[j - 2]!.norm) && !hardBreakBefore(tokens[j - 1]!);
        if (relativeVerb && cue.object) continue;
        // "دون أن توضح هويتهما", "بعد أن التقى الوفد": that أن opens no one's words.
        const previous = tokens[j - 1];
        if (j > from && previous && !hardBreakBefore(t) && (this.cues.notComplementizerAfter.has(withoutConjunction(previous.norm)) || this.concessiveAt(tokens, j))) continue;
        // "…، على أن تصرف المبالغ خلال 48 ساعة": after a comma, على أن is "provided that", no one's words.
        // (Not right after the subject: "شدد الناخب الوطني، فلاديمير بيتكوفيتش، على أن" is the verb's own على.)
        if (j - 1 > from && previous?.norm === 'علي' && COMMA_GAP.test(previous.gap) && !hardBreakBefore(t)) continue;
        return { type: 'indirect', from: j + 1, source };
      }
      if (((cue.report && t.norm === 'عن') || (cue.learn && t.norm === 'من')) && !source) {
        source = this.mentions.parse(tokens, j + 1, limit) ?? undefined;
        if (source && tokens[source.end] && (/^قول/.test(tokens[source.end]!.norm) || this.cues.reportedSpeechNouns.has(tokens[source.end]!.norm))) j = source.end;
      }
    }
    if (quoteAt !== undefined && cue.kind !== 'participle') return { type: 'quote', from: quoteAt, source };
    return undefined;
  }

  /**
   * An أن/إن of an earlier cue within the few words before the verb, with no punctuation between:
   * the verb's subject opens the reported words ("… إلى أن الحكومة أقرت آلية …", "أن وزارة الصحة أعلنت").
   */
  private opensReportedClause(tokens: SentenceToken[], at: number, floor: number): boolean {
    for (let k = at - 1; k >= floor && at - k <= 4; k--) {
      const t = tokens[k]!;
      if (t.quoted || hardBreakBefore(tokens[k + 1]!)) return false;
      // (Not the أن of a concession: "رغم أن التجار أكدوا …" opens a clause of its own.)
      if (k < at - 1 && this.mentions.isComplementizer(t.norm) && !this.concessiveAt(tokens, k)) return true;
    }
    return false;
  }

  /** The أن at k follows رغم / الرغم من / بالرغم من: a concession, no earlier speaker's words. */
  private concessiveAt(tokens: SentenceToken[], k: number): boolean {
    const before = withoutConjunction(tokens[k - 1]?.norm ?? '');
    if (before === 'رغم' || before === 'برغم') return true;
    return before === 'من' && /^(?:ال|بال)رغم$/.test(withoutConjunction(tokens[k - 2]?.norm ?? ''));
  }

  /**
   * The person whose verb of saying follows an earlier cue's أن/إن ("… إن الصفدي شدد على"): a name
   * the article introduced (or a title that resolves to one), the whole phrase between the complementiser
   * and the verb, with a verb that reports words rather than acts or describes (not objectVerbs).
   */
  private relayedPerson(tokens: SentenceToken[], cue: Cue, floor: number, people: ArticleSpeakers): Mention | undefined {
    const verb = withoutConjunction(tokens[cue.at]!.norm);
    if (this.cues.objectVerbs.has(verb) || this.cues.describeVerbs.has(verb)) return undefined;
    let c = cue.at - 2;
    while (c >= floor && !this.mentions.isComplementizer(tokens[c]!.norm)) c--;
    if (c < floor) return undefined;
    // (A family name alone, الصفدي, of a person the article named in full, is that person.)
    const lone = tokens[c + 1]!;
    if (c + 2 === cue.at && !lone.quoted && people.knowsFamilyName(lone)) return { kind: 'person', first: c + 1, end: cue.at, head: null, qualifiers: [], name: [lone], words: [lone] };
    const m = this.mentions.parse(tokens, c + 1, cue.at);
    if (!m || m.end !== cue.at || m.kind !== 'person') return undefined;
    return m.name.length && people.knowsName(m) ? m : undefined;
  }

  // ---- statements -----------------------------------------------------------------------------

  private sentenceStatements(article: Article, sentence: Sentence, tokens: SentenceToken[], people: ArticleSpeakers, drafts: Draft[]): boolean {
    const cues = this.findCues(tokens);
    const before = drafts.length;
    if (!cues.length) return this.headlineStatement(article, sentence, tokens, people, drafts);

    for (const [n, cue] of cues.entries()) {
      cue.clauseStart = this.linkStart(tokens, cue.at);
      if (cue.kind !== 'verb') continue;
      // A complete phrase right before the verb is its subject ("شكري يبلغ بلينكن أن…": not بلينكن);
      // else the phrase after the verb; else a conjunction-led phrase before it ("…وماكرون يندد").
      const floor = n > 0 ? cues[n - 1]!.after : 0;
      // ("حسب موقع «الميادين» ذكر المكتب …": what a trailing cue right before names is its own source, no subject.)
      const verbNorm = withoutConjunction(tokens[cue.at]!.norm);
      let pre = n > 0 && cues[n - 1]!.kind === 'trailing-speaker' && cues[n - 1]!.after === floor && this.mentions.parse(tokens, floor, cue.at)?.end === cue.at ? undefined : this.subjectBefore(tokens, cue.at, floor, false);
      // "محمد سالم قال رئيس لجنة الخطة، سعد الحسيني، إن…": a bare name opening the sentence before a verb that
      // takes no person as its object is a byline when a titled speaker follows the verb right up to its
      // complementiser; the one after speaks.
      // (A byline's name is two words or more and is not named again; the verb has no frame of its own: أبلغ X بـ takes a person.)
      const byline = !!pre && pre.mention.kind === 'person' && !pre.mention.head && pre.mention.first === 0 && pre.mention.name.length >= 2 && !pre.mention.name.some((t) => this.mentions.recurs(t));
      const afterLimit = cues[n + 1]?.at ?? tokens.length;
      let titled: Mention | undefined;
      if (pre && byline && !this.cues.addresseeVerbs.has(verbNorm) && !this.cues.objectVerbs.has(verbNorm) && !this.cues.prepositionFrames.has(verbNorm)) {
        titled = this.subjectAfter(tokens, cue.after, afterLimit, verbNorm);
        if (titled?.head && titled.first === cue.after && titled.end < tokens.length && this.mentions.isComplementizer(tokens[titled.end]!.norm)) pre = undefined;
      }
      const after = pre ? undefined : (titled ?? this.subjectAfter(tokens, cue.after, afterLimit, verbNorm));
      const conj = pre || after ? undefined : this.subjectBefore(tokens, cue.at, floor, true);
      const before = pre ?? conj;
      // "ولفت سلام إلى أن الحكومة أقرت آلية …": a verb whose subject opens the words after an
      // earlier cue's أن is part of those words, not a new speaker's clause.
      if (n > 0 && this.opensReportedClause(tokens, cue.at, floor)) {
        // "وقال الناطق باسم الوزارة إن الصفدي شدد على «…»": a named person the article introduced who
        // says something inside the reported words speaks them; the one reporting gives no words of his own.
        const relayed = this.relayedPerson(tokens, cue, floor, people);
        if (relayed) {
          cue.subject = relayed;
          cue.clauseStart = relayed.first;
        } else cue.embedded = true;
        continue;
      }
      if (cue.relative !== undefined) {
        // "…، الذي قال إن": the speaker is the phrase the relative clause describes (unless the verb
        // names its own subject: "…، الذي قال الجيش إنه"), or the verb is no one's.
        const own = this.subjectAfter(tokens, cue.after, cues[n + 1]?.at ?? tokens.length, withoutConjunction(tokens[cue.at]!.norm));
        const antecedent = own ?? this.antecedentBefore(tokens, cue.relative, floor);
        if (antecedent) {
          cue.subject = antecedent;
          cue.clauseStart = Math.min(cue.clauseStart, antecedent.first);
        } else cue.embedded = true;
        continue;
      }
      if (after) cue.subject = after;
      else if (before) {
        cue.subject = before.mention;
        cue.subjectConjunction = before.conjunction;
        cue.clauseStart = Math.min(cue.clauseStart, before.mention.first);
      }
    }

    for (let n = cues.length - 1; n >= 0; n--) if (cues[n]!.embedded) cues.splice(n, 1);

    // "وذكرت صحيفة «واشنطن بوست»، نقلاً عن مسؤولين غربيين، أن…": an outlet relaying a source right
    // after its verb; the source it quotes speaks, and the relay is no clause of its own.
    for (let n = 0; n + 1 < cues.length; n++) {
      const cue = cues[n]!;
      const relay = cues[n + 1]!;
      // (So does "قالت هيئة الدفاع، على لسان المحامية …، إن": the body speaks through that person.)
      const through = tokens[relay.at]!.norm === 'علي' && tokens[relay.at + 1]?.norm === 'لسان';
      // ("وشدد السوداني بحسب بيان، على …": a family name of someone the article named stands for the subject.)
      const familyEnd = !cue.subject && cue.kind === 'verb' && this.familyNameAt(tokens, cue.after, people) ? cue.after + 1 : -1;
      if (relay.kind === 'trailing-speaker' && familyEnd >= 0 && relay.at === familyEnd && !/^نقل/.test(tokens[relay.at]!.norm)) {
        if (commaAsideEnd(tokens, relay.at, relay.after, cues[n + 2]?.at ?? tokens.length) >= 0) cues.splice(n + 1, 1);
        continue;
      }
      if (cue.kind !== 'verb' || !cue.subject || cue.subject.first < cue.at || relay.kind !== 'trailing-speaker' || relay.at !== cue.subject.end) continue;
      // "شدد ميقاتي، وفق بيان صادر عن مكتبه الإعلامي، على أن…": an aside set off by commas right after
      // the subject says where the words were given; the subject speaks, and the aside is no clause.
      if (!(/^نقل/.test(tokens[relay.at]!.norm) || through)) {
        if (COMMA_GAP.test(tokens[relay.at]!.gap) && commaAsideEnd(tokens, relay.at, relay.after, cues[n + 2]?.at ?? tokens.length) >= 0) cues.splice(n + 1, 1);
        continue;
      }
      const source = this.trailingMention(tokens, relay, cues[n + 2]?.at ?? tokens.length);
      // (A relay naming no one, "نقلا عن أحدث بيانات …", is an aside: the verb's own subject speaks.)
      if (source) cue.subject = source;
      cues.splice(n + 1, 1);
    }

    // Only a cue opening its clause speaks for someone unnamed (opensClause).
    // A cue with no words of its own ("تخضع لرقابة مشددة", "أبلغ الأخير نظيره بالتطورات") is not a
    // clause boundary: drop it so the statement before runs on through it.
    let active = cues.filter((cue, n) => (n === 0 && !(cue.kind === 'verb' && !cue.subject && this.cues.impersonalVerbs.has(tokens[cue.at]!.norm))) || this.opensClause(tokens, cue));
    for (let round = 0; round < 3; round++) {
      const kept = active.filter(
        (cue, n) =>
          cue.kind === 'trailing-pronoun' ||
          (cue.kind === 'trailing-speaker' && this.trailingNamesSomeone(tokens, cue, people)) ||
          // A new named subject starts a new clause even when it says nothing quotable ("…وماكرون يندد بـ«…»").
          cue.subjectConjunction ||
          !!cue.subject?.head ||
          // (A named speaker whose sentence ends on a colon or an ellipsis: the words are in the next paragraph.)
          (!!cue.subject && n === active.length - 1 && this.wordsFollow(article, sentence, tokens, cue)) ||
          this.cueContent(tokens, cue, active[n + 1]?.clauseStart ?? tokens.length, people),
      );
      if (kept.length === active.length) break;
      active = kept;
    }

    for (const [n, cue] of active.entries()) {
      const limit = active[n + 1]?.clauseStart ?? tokens.length;
      const sentenceDrafts = drafts.filter((d) => d.sentence === sentence.index);
      const previous = sentenceDrafts[sentenceDrafts.length - 1];
      switch (cue.kind) {
        case 'verb':
          this.verbStatement(article, sentence, tokens, cue, limit, people, drafts, cues);
          break;
        case 'participle':
        case 'marker': {
          // "وعرضت الصين … معربة عن رفضها «…» بحسب بيان عن الخارجية": with no speaker yet in the
          // sentence, the participle's words are those of the source named after them.
          const trailing = active.slice(n + 1).find((c) => c.kind === 'trailing-speaker');
          const trailingLimit = trailing ? active[active.indexOf(trailing) + 1]?.clauseStart ?? tokens.length : 0;
          const named = trailing && !previous ? this.trailingSpeaker(tokens, trailing, trailingLimit, people) : undefined;
          // A verb before it in the sentence that gave no statement ("«…»، يقول بائع … محمود …، مضيفاً:
          // «…»"): the participle is that verb's subject's, or no one's when we could not name it.
          const verbBefore = previous ? undefined : active.slice(0, n).reverse().find((c) => c.kind === 'verb' || c.kind === 'trailing-speaker');
          // (A verb whose subject is a family name the article introduced, "وأعلن الحجار تشكيل …، مشيراً", is that person's.)
          const subjectBefore = (v: Cue) =>
            v.kind === 'verb'
              ? v.subject
                ? people.resolve(v.subject, tokens, false)
                : this.unnamedSubjectAt(tokens, v.after)
                  ? people.byFamilyName(tokens[v.after]!)
                  : undefined
              : this.trailingSpeaker(tokens, v, active[active.indexOf(v) + 1]?.clauseStart ?? tokens.length, people);
          // A clause-opening verb dropped for its noun object whose subject the article names speaks on
          // through the participle: "وأعلن الحجار تشكيل لجنة …، مشيراً إلى أن…".
          const actBefore = previous || verbBefore || named ? undefined : cues.filter((c) => c.at < cue.at && c.kind === 'verb' && !active.includes(c) && this.opensClause(tokens, c)).pop();
          const actor = actBefore && subjectBefore(actBefore);
          this.carriedStatement(article, sentence, tokens, cue, limit, people, drafts, previous, named ?? (verbBefore && subjectBefore(verbBefore)) ?? actor, !!verbBefore);
          break;
        }
        case 'trailing-pronoun':
          this.trailingStatement(article, sentence, tokens, cue, lastSpeaker(drafts), drafts, previous);
          break;
        case 'trailing-speaker':
          this.trailingSpeakerStatement(article, sentence, tokens, cue, limit, people, drafts, previous, cues);
          break;
      }
    }
    return drafts.length > before;
  }

  /**
   * A verb with no subject right after a noun ("إن التقديرات الأولية تشير إلى…") belongs to the
   * words being reported, not to a new speaker: only a verb opening its clause (وأضاف، كما أشار,
   * after punctuation) speaks for someone unnamed. (A method: sentenceStatements runs for every sentence with a cue.)
   */
  private opensClause(tokens: SentenceToken[], cue: Cue): boolean {
    // "يذكر أن…" with no subject is the writer's aside, no one's statement.
    if (cue.kind === 'verb' && !cue.subject && this.cues.impersonalVerbs.has(tokens[cue.at]!.norm)) return false;
    if (cue.kind !== 'verb' || cue.subject || cue.at === 0) return true;
    const t = tokens[cue.at]!;
    const before = tokens[cue.at - 1]!;
    return t.hard || /^[وف]/.test(t.norm) || this.mentions.isStop(before.norm) || this.mentions.isTime(before.norm) || this.isLinkWord(before.norm);
  }

  private verbStatement(article: Article, sentence: Sentence, tokens: SentenceToken[], cue: Cue, limit: number, people: ArticleSpeakers, drafts: Draft[], sentenceCues: readonly Cue[] = []): void {
    const subject = cue.subject;
    // A subject no word class knows (an article noun, a noun in construct): a family name the article introduced, or no one.
    const unnamed = !subject && this.unnamedSubjectAt(tokens, cue.after);
    const family = unnamed ? people.byFamilyName(tokens[cue.after]!) : undefined;
    // "أما الخصاونة فأكد أن…": a family name the article introduced, fronted by أما before its verb.
    const fronted = !subject && !unnamed && cue.at >= 2 && /^ف/.test(tokens[cue.at]!.norm) && withoutConjunction(tokens[cue.at - 2]!.norm) === 'اما' ? people.byFamilyName(tokens[cue.at - 1]!) : undefined;
    let content = this.cueContent(tokens, cue, limit, people);
    // "كشف … عن سبب تأخر حركة المحافظين، مؤكداً أن…": what was revealed named, not said (actionObjects
    // after عن as after the verb); the words follow.
    if (content && tokens[content.from]?.norm === 'عن' && this.phraseAt(tokens, content.from + 1, this.cues.actionObjectIndex)) content = undefined;
    // "ولم يذكر البيان عدد الضحايا": a negated verb with a bare noun object reports nothing said.
    const negation = tokens[cue.at - 1];
    if (content?.type === 'object' && negation && !negation.quoted && this.cues.negations.has(negation.norm.replace(/^[وف](?=..)/, ''))) return;
    // "اتحاد كرة القدم يكشف مستقبل عموتة": a headline's verb with a bare object is its summary, not words said.
    // Its subject is still introduced for what follows ("وجاء في التقرير" after "تقييم للاستخبارات … يقدر …").
    if (content?.type === 'object' && article.paragraphs[sentence.paragraph]?.role === 'headline' && !tokens.slice(content.from, limit).some((t) => !t.quoted && this.mentions.isComplementizer(t.norm))) {
      if (subject) people.resolve(subject, tokens, !!cue.subjectConjunction);
      return;
    }
    // "ودعا الخطيب المجتمع الدولي إلى…": a family name standing alone as the subject is no part of the words.
    if (content && family && content.from === cue.after) content = { ...content, from: cue.after + 1 };
    if (!content) {
      // (Or an ellipsis: "قال سوموديكا في المؤتمر الصحافي…" and the answers as the next paragraphs.)
      if (subject && limit === tokens.length && this.wordsFollow(article, sentence, tokens, cue)) {
        const who = people.resolve(subject, tokens, !!cue.subjectConjunction);
        if (who) this.pendingColon = { ...who, gender: subject.gender ?? cue.gender, sentence: sentence.index };
      }
      return;
    }
    // "نقل المتحدث باسم الشرطة خالد زادران عن مسؤولين في الهيئة أن…": a named person relaying unnamed
    // sources is the one an editor can quote; a relay by an outlet or a title gives the source's words.
    const namedRelay = !!content.source && content.source.kind === 'source' && subject?.kind === 'person' && subject.name.length >= 2;
    let who = content.source && !namedRelay
      ? people.resolve(content.source, tokens, false)
      : subject
        ? people.resolve(subject, tokens, !!cue.subjectConjunction)
        : fronted ??
          this.coordinatedSubject(tokens, sentenceCues, cue, people) ??
          (unnamed ? family : this.sentenceSpeaker(drafts, sentence.index, cue, people, tokens) ?? this.pronounSpeaker(drafts, cue.gender, people, tokens[cue.at]!.start));
    if (!who) return;
    // "الوزيرة" with no minister introduced by name: the woman who has spoken in the article (a
    // feminine title rarely has two referents in one story).
    // Never a woman introduced with another title: "النائبة" is not the spokeswoman quoted before.
    if (who.speaker.key.startsWith('t:') && subject?.gender === 'f' && subject.head) {
      const head = subject.head;
      const titleWords = (d: Draft) => normalizeForMatch(d.mention).split(/\s+/).map((w) => w.replace(/^(?:وال|ال)/, '')).filter((w) => this.mentions.isTitle(w) || this.mentions.isTitle(w.replace(/ه$/, '')));
      const compatible = (key: string) => {
        const titles = drafts.filter((x) => x.speaker.key === key).flatMap(titleWords);
        return !titles.length || titles.some((w) => w.startsWith(head));
      };
      const earlier = [...drafts].reverse().find((d) => d.gender === 'f' && d.speaker.kind === 'person' && !d.speaker.key.startsWith('t:') && compatible(d.speaker.key));
      if (earlier) who = { speaker: earlier.speaker, mention: who.mention };
    }
    // "«نحن أمام أزمة»، قال المدير، «والأطفال أول الضحايا»": a quote split by its attribution is the
    // speaker's on both sides.
    const opening = content.from > cue.at ? this.quoteBeforeVerb(tokens, cue, people) : undefined;
    // "ونقلت الوكالة عن أحد السكان قوله …، مضيفاً": the source relayed speaks, in its own gender, not the verb's.
    // ("وأفادت المصادر … مضيفة": a plural of things, or of sources, agrees as a feminine singular, and so do the participles after it.)
    const gender = content.source ? content.source.gender : subject?.gender === 'p' && cue.gender === 'f' ? 'f' : subject?.gender ?? cue.gender;
    if (opening !== undefined) this.emit(article, sentence, tokens, { type: 'quote', from: opening, whole: opening === 0 || /[،,.:؛;!?؟]/.test(tokens[opening]!.gap) }, cue.at, who, drafts, gender);
    this.emit(article, sentence, tokens, content, limit, who, drafts, gender);
  }

  /**
   * "وأعلنت السلطات حالة الطوارئ ودعت بلدان العالم إلى…": a verb with no subject joined by و to an
   * earlier verb of its sentence shares that verb's subject, even when the first reported an act.
   */
  private coordinatedSubject(tokens: SentenceToken[], cues: readonly Cue[], cue: Cue, people: ArticleSpeakers): { speaker: Speaker; mention: string } | undefined {
    if (!/^و/.test(tokens[cue.at]!.norm)) return undefined;
    const earlier = [...cues].reverse().find((c) => c.at < cue.at && c.kind === 'verb' && c.subject && c.subject.first > c.at);
    const subject = earlier?.subject ?? this.openingVerbSubject(tokens, cue);
    if (!subject) return undefined;
    // Only across a clause of that verb's own: no other subject-bearing word between them.
    for (let k = subject.end; k < cue.at; k++) if (tokens[k]!.quoted || (tokens[k]!.hard && !COMMA_GAP.test(tokens[k]!.gap))) return undefined;
    return people.resolve(subject, tokens, false);
  }

  /**
   * "واتهمت لجان المقاومة قوات الدعم السريع بالقصف، وقالت في بيان إن…": a sentence opening on a
   * verb no cue lists, its subject right after it, and a verb of saying joined to it after a comma.
   * The opening word must be no word class of a subject (a noun, a place, a time word).
   */
  private openingVerbSubject(tokens: SentenceToken[], cue: Cue): Mention | undefined {
    // After a dateline ("عمون - أدانت الوزارة …") the verb opens the sentence all the same, and
    // after a fronting phrase and its comma ("من جهته، حدد المركز …، وذكر أن").
    const dash = tokens.findIndex((t, k) => k > 0 && k <= 3 && /[-–—]/.test(t.gap));
    const fronting = this.cues.fronting.find((p) => this.matchPhrase(tokens, 0, p) && COMMA_GAP.test(tokens[p.length]?.gap ?? ''));
    const v = dash > 0 ? dash : fronting ? fronting.length : 0;
    const verb = tokens[v];
    const m = this.mentions;
    // Without و only a feminine past verb (أدانت، اتهمت): a bare word there is as likely a noun.
    const verbShaped = (w: string) => /^[وف]/.test(w) || (/ت$/.test(w) && w.length >= 4);
    // (After a fronting phrase the word is the sentence's verb, whatever its shape.)
    // "رحب فرحان حق بالقرار، وقال": a bare word before a listed given name is the verb it names the subject of.
    const named = !!tokens[v + 1] && !!m.givenName(tokens[v + 1]!.norm);
    if (!verb || cue.at < v + 3 || !COMMA_GAP.test(tokens[cue.at]!.gap) || verb.quoted || !(verbShaped(verb.norm) || fronting || named) || (!named && /^[وف]?ال/.test(verb.norm))) return undefined;
    if (m.isTitle(verb.norm) || m.isInstitution(verb.norm) || m.isAnonymous(verb.norm) || m.isPlace(withoutConjunction(verb.norm)) || m.isStop(verb.norm) || m.isTime(verb.norm) || m.isStatementNoun(verb.norm) || m.isComplementizer(verb.norm)) return undefined;
    const head = tokens[v + 1];
    if (!head || head.quoted || head.hard || !(named || m.isTitle(head.norm) || m.isInstitution(head.norm) || m.isAnonymous(head.norm))) return undefined;
    const subject = m.parse(tokens, v + 1, cue.at);
    if (!subject || subject.kind === 'statement' || (subject.kind === 'person' && !subject.name.length) || !gendersAgree(subject.gender, cue.gender)) return undefined;
    return subject;
  }

  /**
   * "بينما أكد الأطباء أن…": a noun with the article right after the verb that no word class knows is
   * still its subject — the verb is not a pronoun verb, and its words are no one's we can name.
   */
  /** A family name standing alone at `at` (a subject no word class knows) of a person the article named in full. */
  private familyNameAt(tokens: SentenceToken[], at: number, people: ArticleSpeakers | undefined): boolean {
    return !!people && !!tokens[at] && this.unnamedSubjectAt(tokens, at) && people.knowsFamilyName(tokens[at]!);
  }

  private unnamedSubjectAt(tokens: SentenceToken[], at: number): boolean {
    const t = tokens[at];
    if (!t || t.quoted || t.hard) return false;
    const m = this.mentions;
    const plain = !m.isTime(t.norm) && !m.isStop(t.norm) && !m.isComplementizer(t.norm) && !m.isStatementNoun(t.norm) && !this.cues.prepositions.has(t.norm);
    // (ل with the article, للصحافيين, is to whom the words were said: never a subject.)
    if (/^لل/.test(t.norm)) return false;
    // (Nor is an outlet or the media told them, لوسائل الإعلام، لقناة …: attribution.json addresseeOutlets.)
    if (this.mentions.isToOutlet(t.norm)) return false;
    if (/^ال/.test(t.norm)) return plain;
    // "وأكدت رئاسة الجمهورية أن…", "وأشارت تقارير إعلامية إلى…": a noun in construct or with its
    // adjective is a subject too, though no word class knows it (an adverb such as مجدداً is not).
    const next = tokens[at + 1];
    return plain && !/ا$/.test(t.norm) && !m.isVerbWord(t.norm) && !this.cues.participles.has(t.norm) && !!next && !next.hard && !next.quoted && (/^(?:ال|لل)/.test(next.norm) || /(?:يه|ي|يون|يين)$/.test(next.norm)) && !m.isComplementizer(next.norm);
  }

  /**
   * A verb with no subject speaks first for someone already in its sentence: a statement there
   * agreeing with it, else a person, body or source named before it ("في لقائنا مع أحد الباعة …
   * قال لنا: «…»").
   */
  private sentenceSpeaker(drafts: Draft[], sentence: number, cue: Cue, people: ArticleSpeakers, tokens: SentenceToken[]): { speaker: Speaker; mention: string } | undefined {
    const here = [...drafts].reverse().find((d) => d.sentence === sentence && gendersAgree(d.gender, cue.gender));
    if (here) return { speaker: here.speaker, mention: here.mention };
    if (cue.at < 3) return undefined;
    // "وأصدرت قيادة الجيش بياناً قالت فيه إن…": the verb speaks in the document just named, for whoever
    // issued it, a body as well as a person.
    // "وكان الدفاع المدني قد كشف تفاصيل…، حيث قال إن…": after حيث / إذ the verb goes on for the sentence's subject.
    // (So after لكنّها / لكنه: "وكانت الأمم المتحدة قدمت حصيلة…، لكنها قالت إن…".)
    const goesOn = /^(?:حيث|اذ|(?:و)?لكن(?:ها|ه|هم))$/u.test(tokens[cue.at - 1]?.norm ?? '');
    return people.mainSubject(tokens, cue.at, cue.at, 0, !goesOn && !this.speaksInDocument(tokens, cue));
  }

  /**
   * The verb is followed by "in it" (فيه، خلاله) and preceded by a document noun, maybe with its
   * adjective (بياناً، كلمة، تقريراً، بياناً مقتضباً).
   */
  private speaksInDocument(tokens: SentenceToken[], cue: Cue): boolean {
    const after = tokens[cue.after];
    if (!after || !/^(?:فيه|فيها|خلاله|خلالها)$/u.test(after.norm)) return false;
    const isDocument = (t: SentenceToken) => this.mentions.isStatementNoun(t.norm) || this.mentions.isStatementNoun(t.norm.replace(/ا$/u, ''));
    for (let k = cue.at - 1; k >= Math.max(0, cue.at - 2); k--) {
      const t = tokens[k]!;
      if (t.quoted) return false;
      if (isDocument(t)) return true;
    }
    return false;
  }

  /**
   * Who a verb with no subject of its own (وأضاف، وتساءلت، وقالوا) speaks for: the latest statement
   * whose verb agreed the same way, else the latest person the article introduced by title and name
   * (وجه المبعوث الأممي هانز غروندبرغ الشكر… وأضاف: «…»).
   */
  private pronounSpeaker(drafts: Draft[], gender: Gender | undefined, people: ArticleSpeakers, at: number): { speaker: Speaker; mention: string } | undefined {
    for (let n = drafts.length - 1; n >= 0; n--) {
      const d = drafts[n]!;
      if (gendersAgree(d.gender, gender)) return { speaker: d.speaker, mention: d.mention };
    }
    return people.introducedBefore(at, gender === 'p' ? undefined : gender);
  }

  /** The first token of a quote that opens the clause right before a verb whose subject follows it («…»، قال X). */
  private quoteBeforeVerb(tokens: SentenceToken[], cue: Cue, people?: ArticleSpeakers): number | undefined {
    const subject = cue.subject;
    const before = tokens[cue.at - 1];
    // ("«…»، قال العلاق": or a family name alone, of a person the article named in full.)
    const familyAfter = !subject && this.familyNameAt(tokens, cue.after, people);
    if (!(familyAfter || (subject && subject.first >= cue.after)) || !before?.quoted || !/[»”"]/.test(tokens[cue.at]!.gap)) return undefined;
    let k = cue.at - 1;
    while (k > 0 && tokens[k - 1]!.quoted && !OPEN_QUOTE.test(tokens[k]!.gap.replace(/[»”]/g, ''))) k--;
    return k === 0 || tokens[k]!.hard ? k : undefined;
  }

  /**
   * A verb or participle of describing: what it describes belongs to the words ("وصف رئيسها يوم
   * الاثنين المظاهرات بأنها…", "واصفا المشهد في الموقع بأنه «مروع»"), a short noun phrase (a
   * prepositional phrase may follow its first word) or "ما جرى / ما يجري". A quote after بأنه is then a
   * fragment of reported words, not the whole statement.
   */
  private withDescribed(tokens: SentenceToken[], content: Content, scanFrom: number): Content {
    if (content.type !== 'indirect' && content.type !== 'quote') return content;
    let from = scanFrom;
    while (from < content.from - 1 && this.mentions.isTime(tokens[from]!.norm)) from++;
    // Past a comma-bounded aside after the subject ("…ناصيف، مساء أمس الأربعاء 5 يناير، ما يجري بأنه…").
    for (let k = content.from - 2; k > from && content.from - 1 - k <= 3; k--) if (COMMA_GAP.test(tokens[k]!.gap)) from = k;
    const between = tokens.slice(from, content.from - 1);
    const described = (t: SentenceToken, k: number) =>
      !t.quoted && (k === 0 ? !this.mentions.isStop(t.norm) || t.norm === 'ما' : !this.mentions.isVerbWord(t.norm) && !this.mentions.isComplementizer(t.norm));
    if (between.length < 1 || between.length > 3 || !between.every(described)) return content;
    return { ...content, type: 'indirect', from };
  }

  /** Where a cue's words begin within its clause, if it has any. */
  private cueContent(tokens: SentenceToken[], cue: Cue, limit: number, people?: ArticleSpeakers): Content | undefined {
    if (cue.kind !== 'verb') {
      const content = this.findContent(tokens, cue.after, limit, cue);
      return cue.describe && content ? this.withDescribed(tokens, content, cue.after) : content;
    }
    const subject = cue.subject;
    // ("وشدد الطرابلسي على أهمية …": a family name standing alone of a person the article named is passed
    // over, so the verb's frame after it opens the words.)
    const family = !subject && this.familyNameAt(tokens, cue.after, people);
    const scanFrom = subject && subject.first >= cue.after ? subject.end : family ? cue.after + 1 : cue.after;
    const found = this.findContent(tokens, scanFrom, limit, cue);
    const content = cue.describe && found ? this.withDescribed(tokens, found, scanFrom) : found;
    if (content) return content;
    // "«الوضع صعب جداً»، قال أحد السكان": the quote before the verb, the speaker after it.
    const before = this.quoteBeforeVerb(tokens, cue, people);
    // (Whole only when it opens its clause: not the outlet quoted after مع or لـ, «دويتشه فيله»، زعمت.)
    if (before !== undefined) return { type: 'quote', from: before, whole: before === 0 || /[،,.:؛;!?؟]/.test(tokens[before]!.gap) };
    let from = scanFrom;
    while (from < limit && this.mentions.isTime(tokens[from]!.norm)) from++;
    // "أعلنت الوزارة في بيان إصابة…": the document it was said in is no part of the words, nor what
    // describes it up to the comma closing the aside ("، في بلاغ لها،", "، في بيان نشرته على موقعها،")
    // or, unbounded, its issuer's pronoun and one adjective ("في بيان لها رسمي").
    if (tokens[from]?.norm === 'في' && tokens[from + 1] && this.mentions.isStatementNoun(tokens[from + 1]!.norm)) {
      const close = commaAsideEnd(tokens, from, from + 2, limit);
      if (close >= 0 && COMMA_GAP.test(tokens[from]!.gap)) from = close;
      else {
        from += 2;
        if (/^ل(?:ها|ه|هم|هما)$/.test(tokens[from]?.norm ?? '') && !hardBreakBefore(tokens[from]!)) from++;
        if (tokens[from] && this.cues.documentAdjectives.has(tokens[from]!.norm) && !hardBreakBefore(tokens[from]!)) from++;
      }
    }
    // "أعلنت المنظمة في وقت سابق من يوم الإثنين مقتل…": a phrase of time (attribution.json timePhrases), and the day it names.
    const timePhrase = from < limit ? this.phraseAt(tokens, from, this.cues.timePhraseIndex) : undefined;
    if (timePhrase) {
      from += timePhrase.length;
      if (tokens[from]?.norm === 'من' && tokens[from + 1] && this.mentions.isTime(tokens[from + 1]!.norm)) from++;
      while (from < limit && this.mentions.isTime(tokens[from]!.norm)) from++;
    }
    // "أعلنت الوزارة في تقدير أولي، مقتل…", "خلال مؤتمر صحفي، وفاة…": any short phrase of an aside
    // preposition (attribution.json asidePrepositions) closed by a comma is an aside before the object too.
    if (from === scanFrom && this.cues.asidePrepositions.has(tokens[from]?.norm ?? '')) {
      const close = commaAsideEnd(tokens, from, from + 2, limit);
      if (close >= 0) from = close;
    }
    while (from < limit && this.mentions.isTime(tokens[from]!.norm)) from++;
    // "كشف مصدر …، اليوم الاثنين (11 أيار 2026)، عن ارتفاع…": a date in brackets is an aside too.
    from = bracketAsideEnd(tokens, from, limit);
    const first = tokens[from];
    if (!first || limit - from < MIN_QUOTE_WORDS || first.quoted) return undefined;
    // "أعلنت الحكومة توقيف نحو ثمانية آلاف شخص": an announcement's object is what it says — when a
    // speaker is named (a bare unknown word after the verb is more likely the object itself, unless
    // the article introduced that name in full: "ونفى بيتكوفيتش وجود أي خلاف").
    if (!cue.object || !subject || (!subject.head && subject.name.length < 2 && !people?.knowsName(subject))) return undefined;
    while (from < limit && tokens[from]!.norm === 'عن') from++;
    const object = tokens[from];
    // "ونفت الحركة أي مسؤولية عن الانفجار": أي (any) opens an object like a noun.
    // (Nor does a bound before a number: "وثقت الشبكة ما لا يقل عن 214 حالة".)
    const boundedNumber = object?.norm === 'ما' && tokens.slice(from + 1, from + 5).some((t) => /[0-9\u0660-\u0669]/.test(t.norm));
    // "ونفى المتحدث ما تردد على مواقع التواصل …": what a denial denies may be "what was said".
    const deniedWhat = object?.norm === 'ما' && this.cues.denialVerbs.has(withoutConjunction(tokens[cue.at]!.norm));
    if (!object || limit - from < MIN_QUOTE_WORDS || (this.mentions.isStop(object.norm) && object.norm !== 'اي' && !boundedNumber && !deniedWhat) || object.quoted) return undefined;
    if (this.phraseAt(tokens, from, this.cues.actionObjectIndex)) return undefined;
    return { type: 'object', from };
  }

  /** Participles (مضيفاً، مشيراً) and content markers (ومفاده أن) speak for the sentence's speaker. */
  private carriedStatement(article: Article, sentence: Sentence, tokens: SentenceToken[], cue: Cue, limit: number, people: ArticleSpeakers, drafts: Draft[], previous: Draft | undefined, trailing?: { speaker: Speaker; mention: string }, unnamedVerbBefore = false): void {
    const found = this.findContent(tokens, cue.after, limit, cue);
    if (!found) return;
    const content = cue.describe ? this.withDescribed(tokens, found, cue.after) : found;
    // A participle agrees with its speaker: "قالت X … حيث أعلن البنك … مشيرةً إلى" is X's.
    const agreeing = [...drafts].reverse().find((d) => d.sentence === sentence.index && gendersAgree(d.gender, cue.gender));
    const carrier = agreeing ?? (previous && !previous.gender ? previous : undefined);
    const who = carrier ? { speaker: carrier.speaker, mention: carrier.mention } : trailing ?? people.mainSubject(tokens, cue.at) ?? (unnamedVerbBefore ? undefined : this.pronounSpeaker(drafts, cue.gender, people, tokens[cue.at]!.start));
    if (!who) return;
    // "وتحدث الرئيس عن الأوضاع الاقتصادية، مبرزاً أن…": a frame of a few words before the same
    // speaker's participle only names what the words are about; they are the participle's.
    if (previous && previous === carrier && previous.speaker.key === who.speaker.key && this.topicOnly(article, previous)) drafts.splice(drafts.indexOf(previous), 1);
    // "قال إن … مشيراً إلى أن …": the participle's clause is a statement of its own, as an editor
    // quotes it (and as ../shared/dev labels it), not the first one running on.
    this.emit(article, sentence, tokens, content, limit, who, drafts, carrier?.gender ?? cue.gender);
  }

  /** A statement that is only its frame's preposition and a short noun phrase (عن الأوضاع الاقتصادية). */
  private topicOnly(article: Article, draft: Draft): boolean {
    const words = article.text.slice(draft.start, draft.end).trim().split(/\s+/);
    return !draft.direct && words.length <= EXTRACT_OPTIONS.topicOnlyWords && this.cues.complementizerPrepositions.has(normalizeForMatch(words[0] ?? ''));
  }

  private trailingStatement(article: Article, sentence: Sentence, tokens: SentenceToken[], cue: Cue, who: { speaker: Speaker; mention: string } | undefined, drafts: Draft[], previous: Draft | undefined): void {
    if (!who) return;
    const from = this.clauseBeginning(tokens, cue, previous);
    // The words before the attribution must say something ("وفي وقت سابق حسب موقع…" does not).
    const said = tokens.slice(from, cue.at).filter((t) => !this.mentions.isStop(t.norm) && !this.mentions.isTime(t.norm));
    if (cue.at - from < MIN_QUOTE_WORDS || said.length < 2) return;
    const wordsEnd = tokens[cue.at - 1]!.end;
    const end = trimEnd(article.text, tokens[from]!.start, closeQuotes(article.text, wordsEnd));
    // «…»، بحسب فلان: the quote keeps both its marks, or neither.
    let start = tokens[from]!.start;
    if (end > wordsEnd) while (start > 0 && OPEN_QUOTE.test(article.text[start - 1]!)) start--;
    if (drafts.some((d) => d.start <= start && d.end >= end)) return;
    drafts.push({ ...who, kind: quotedShare(article, start, end) >= 0.6 ? 'direct' : 'indirect', start: skipOpening(article.text, start, end), end, sentence: sentence.index, direct: false });
  }

  /** The speaker a trailing attribution names ("بحسب X", "بحسب بيان عن X"), and the mention it ends at. */
  private trailingMention(sentenceTokens: SentenceToken[], cue: Cue, limit: number): Mention | null {
    const tokens = this.speakerTokens(sentenceTokens, cue);
    // "حسب ما أفادت به وزارة الداخلية": any verb of saying after بحسب/حسب/وفق + ما, and its
    // preposition with a pronoun, lead to the speaker (the lexicon lists only the common pairs).
    const relayed = this.relayedVerbEnd(tokens, cue.after, limit);
    if (relayed > cue.after) return this.trailingMention(sentenceTokens, { ...cue, after: relayed, glued: false }, limit);
    // "حسبما أفادت به الحماية المدنية": the verb's preposition with its pronoun comes before the speaker.
    if (VERB_PRONOUN_PREPOSITION.test(tokens[cue.after]?.norm ?? '') && cue.after + 1 < limit && !hardBreakBefore(tokens[cue.after + 1]!)) return this.trailingMention(sentenceTokens, { ...cue, after: cue.after + 1, glued: false }, limit);
    // "بحسب بيان عن/صادر عن الوزارة": the statement's issuer speaks.
    if (tokens[cue.after] && this.mentions.isStatementNoun(tokens[cue.after]!.norm)) {
      let k = cue.after + 1;
      while (k < limit && k - cue.after < 3 && tokens[k]!.norm !== 'عن') k++;
      if (tokens[k]?.norm === 'عن') return this.mentions.parse(tokens, k + 1, limit);
      // "وبحسب بيان للجيش التركي": a document with its issuer after ل speaks for the issuer.
      // ("نقلا عن بيان لوزير الداخلية سليمان صويلو": or a named person's, after ل.)
      const document = this.mentions.parse(tokens, cue.after, limit);
      return document?.kind === 'institution' || (document?.kind === 'person' && document.name.length) ? document : null;
    }
    let m = this.mentions.parse(tokens, cue.after, limit);
    // "بحسب ما نقلت وكالة رويترز عن مسؤول أمريكي": the outlet reports, the source after عن speaks.
    if (m && tokens[m.end]?.norm === 'عن' && !hardBreakBefore(tokens[m.end]!)) m = this.mentions.parse(tokens, m.end + 1, limit) ?? m;
    // The copy's words without the glued preposition (وفقاً لوزارة الصحة → وزارة الصحة).
    if (m && cue.glued && m.first === cue.after && m.kind !== 'person') return { ...m, display: tokens.slice(m.first, m.end).map((t) => t.surface) };
    return m;
  }

  /** After a trailing "بحسب/حسب/وفق": the end of "ما + verb of saying (+ به/عنه)" at k, else k. */
  private relayedVerbEnd(tokens: SentenceToken[], k: number, limit: number): number {
    // "حسبما أفادت به الحماية المدنية": ما may be written onto حسب.
    const fused = /^ب?حسبما$/.test(tokens[k - 1]?.norm ?? '');
    const v = fused ? k : k + 1;
    if ((!fused && tokens[k]?.norm !== 'ما') || v + 1 >= limit || tokens[v]!.quoted) return k;
    // (The verb may carry its object pronoun: "وفق ما نقلته وسائل إعلام عن مصادر طبية".)
    const withPronoun = /^(.{3,}?)(?:ه|ها)$/.exec(tokens[v]!.norm)?.[1];
    const verbLength = this.phraseAt(tokens, v, this.cues.verbIndex)?.length ?? (withPronoun && this.cues.verbIndex.get(withPronoun)?.some((p) => p.length === 1) ? 1 : 0);
    if (!verbLength) return k;
    let end = v + verbLength;
    if (end < limit && VERB_PRONOUN_PREPOSITION.test(tokens[end]!.norm)) end++;
    return end < limit ? end : k;
  }

  private trailingSpeaker(tokens: SentenceToken[], cue: Cue, limit: number, people: ArticleSpeakers): { speaker: Speaker; mention: string } | undefined {
    const m = this.trailingMention(tokens, cue, limit);
    return m ? people.resolve(m, tokens, false, true) : undefined;
  }

  private trailingSpeakerStatement(article: Article, sentence: Sentence, tokens: SentenceToken[], cue: Cue, limit: number, people: ArticleSpeakers, drafts: Draft[], previous: Draft | undefined, sentenceCues: readonly Cue[]): void {
    const m = this.trailingMention(tokens, cue, limit);
    if (!m) return;
    const who = people.resolve(m, tokens, false, true);
    if (!who) return;
    const from = this.clauseBeginning(tokens, cue, previous);
    if (cue.at - from >= MIN_QUOTE_WORDS) {
      // "وأعلنت السلطات حالة الطوارئ، وفق وسائل إعلام": a clause with its own verb of saying and
      // speaker is that speaker's (or an act); the trailing source only reports it. Only a word
      // accepted as a verb cue counts: "عبر معبر رفح" (via) is no verb of saying.
      if (sentenceCues.some((c) => c.kind === 'verb' && c.at >= from && c.at < cue.at && !tokens[c.at]!.quoted)) return;
      this.trailingStatement(article, sentence, tokens, cue, who, drafts, previous);
      return;
    }
    // Leading: "وبحسب وصف ماكرون، فإن «…»" — the words follow the speaker.
    let k = m.end;
    while (k < limit && (this.mentions.isComplementizer(tokens[k]!.norm) || /^ف?ان$/.test(tokens[k]!.norm))) k++;
    if (limit - k < MIN_QUOTE_WORDS) return;
    this.emit(article, sentence, tokens, { type: 'indirect', from: k }, limit, who, drafts);
  }

  /** Where the words before a trailing attribution begin: after the previous statement, else the sentence start. */
  private clauseBeginning(tokens: SentenceToken[], cue: Cue, previous: Draft | undefined): number {
    let from = 0;
    if (previous) while (from < cue.at && tokens[from]!.start < previous.end) from++;
    return from;
  }

  /**
   * The questions of an interview that marks its turns with nothing but question marks: in an
   * article that says it is an interview (interviewMarkers: حاورها، في حوار مع), its body paragraphs
   * ending on a question mark, when there are at least two (one is a rhetorical question in a
   * report). Empty when the article is no such interview.
   */
  private unmarkedQuestions(article: Article): Set<number> {
    const asked = article.paragraphs.filter((p) => p.role === 'body' && /[؟?]\s*$/.test(p.text) && !TURN_MARK.test(p.text));
    if (asked.length < 2) return new Set();
    const text = ` ${normalizeForMatch(article.text).replace(/[^\u0621-\u064A0-9]+/g, ' ')} `;
    if (!this.cues.interviewMarkers.some((m) => text.includes(` ${m.join(' ')} `))) return new Set();
    return new Set(asked.map((p) => p.index));
  }

  /**
   * A turn of an interview at the start of a body paragraph: a label and a colon. "ج:" (جواب) is
   * the interviewee's answer (the person the article introduced last before it, by title and
   * name); "س:" (سؤال), or a label whose paragraph ends on a question mark (the outlet asking), is
   * a question, said by no one the desk quotes; "مصطفى الدراجي: …" is the answer of a person the
   * article introduced. Undefined when the sentence is no turn.
   */
  /**
   * A paragraph that is only a named person, maybe with their role after a slash, comma or dash,
   * and a colon ("-- خير الدين زطشي / رئيس الاتحاد:"): a label for the words that follow it, as
   * pages of reactions print them. No verb: "وقال المدرب:" is read as a verb's colon.
   */
  private speakerLabel(article: Article, sentence: Sentence, tokens: SentenceToken[], people: ArticleSpeakers): { speaker: Speaker; mention: string } | undefined {
    const paragraph = article.paragraphs[sentence.paragraph];
    if (!paragraph || paragraph.role !== 'body' || tokens.length < 2 || tokens.length > EXTRACT_OPTIONS.speakerLabelWords) return undefined;
    if (!/:\s*$/.test(paragraph.text) || paragraph.text.indexOf(':') !== paragraph.text.trimEnd().length - 1) return undefined;
    if (article.text.slice(paragraph.start, tokens[0]!.start).replace(/[\s\-–—•*]/gu, '') !== '') return undefined;
    if (tokens.some((t) => t.quoted) || this.findCues(tokens).some((c) => c.kind === 'verb')) return undefined;
    const role = tokens.findIndex((t, i) => i > 0 && /[\/،,\-–]/.test(t.gap));
    const limit = role > 0 ? role : tokens.length;
    const m = this.mentions.parse(tokens, 0, limit);
    if (!m || m.kind !== 'person' || m.name.length < 2 || m.end !== limit) return undefined;
    return people.resolve(m, tokens, false);
  }

  private interviewTurn(article: Article, sentence: Sentence, tokens: SentenceToken[], people: ArticleSpeakers): InterviewTurn | undefined {
    const paragraph = article.paragraphs[sentence.paragraph];
    if (!paragraph || paragraph.role !== 'body' || sentence.start > paragraph.start + 1) return undefined;
    // "* ما أبرز التحديات؟" then "- التحدي الأكبر هو …": turns marked by a bullet or a dash, the
    // question ending on its question mark; the dash paragraph after it is the interviewee's answer.
    if (TURN_MARK.test(paragraph.text)) {
      const at = tokens[0]!.start;
      if (/[؟?]\s*$/.test(paragraph.text) || QUESTION_MARK_TURN.test(paragraph.text)) return people.interviewee(at) ? { from: 0, paragraph: sentence.paragraph } : undefined;
      const before = article.paragraphs[sentence.paragraph - 1];
      if (before && ((/[؟?]\s*$/.test(before.text) && TURN_MARK.test(before.text)) || (QUESTION_MARK_TURN.test(before.text) && !QUESTION_MARK_TURN.test(paragraph.text)))) {
        const who = people.interviewee(at);
        return who && { who, from: 0, paragraph: sentence.paragraph };
      }
    }
    const colon = tokens.findIndex((t, i) => i > 0 && i <= EXTRACT_OPTIONS.interviewLabelWords && t.gap.includes(':'));
    if (colon < 0 || tokens.slice(0, colon).some((t) => t.quoted || t.hard)) return undefined;
    const label = tokens.slice(0, colon).map((t) => t.norm).join(' ');
    const at = tokens[0]!.start;
    if (this.cues.interviewAnswerLabels.has(label)) {
      const who = people.interviewee(at);
      return who && { who, from: colon, paragraph: sentence.paragraph };
    }
    if (this.cues.interviewQuestionLabels.has(label) || /[؟?]\s*$/.test(paragraph.text)) {
      // A question only when the article has an interviewee: "عاجل: …؟" is no turn.
      return this.cues.interviewQuestionLabels.has(label) || people.interviewee(at) ? { from: colon, paragraph: sentence.paragraph } : undefined;
    }
    // The label repeats a name the article introduced ("علي الربيعي:" for المهاجم علي حسن الربيعي),
    // whatever its words read as alone (علي is also "on").
    const named = people.byFamilyName(tokens[colon - 1]!);
    if (named) {
      const words = new Set(normalizeForMatch(named.speaker.name).split(/\s+/));
      if (tokens.slice(0, colon).every((t) => words.has(t.norm))) return { who: named, from: colon, paragraph: sentence.paragraph };
    }
    const m = this.mentions.parse(tokens, 0, colon);
    if (!m || m.end !== colon || m.kind !== 'person' || !m.name.length || !people.knowsName(m)) return undefined;
    const who = people.resolve(m, tokens, false);
    return who && { who, from: colon, paragraph: sentence.paragraph };
  }

  /** Headline form "المتحدث باسم الخارجية: «…»" — a speaker phrase, a colon, the words. */
  private headlineStatement(article: Article, sentence: Sentence, tokens: SentenceToken[], people: ArticleSpeakers, drafts: Draft[]): boolean {
    if (article.paragraphs[sentence.paragraph]?.role !== 'headline') return false;
    const colon = tokens.findIndex((t, i) => i > 0 && i <= 6 && t.gap.includes(':'));
    if (colon < 0 || tokens.length - colon < MIN_QUOTE_WORDS) return false;
    const m = this.mentions.parse(tokens, 0, colon);
    if (!m || m.end !== colon || (m.kind === 'person' && !m.name.length && !m.head)) return false;
    // "عاجل: …", "فيديو: …": a label is no speaker, nor is "زلزال هطاي: مئات القتلى" (a common noun
    // reads like a name): a bare name must be one the article introduces or the desk knows.
    if (m.kind === 'person' && !m.head && !people.knowsName(m)) return false;
    // "ليبيا: اشتباكات عنيفة في طرابلس": a place before the colon says where, not who.
    if (m.kind === 'institution' && m.end - m.first === 1 && m.head && this.mentions.isPlace(m.head)) return false;
    const who = people.resolve(m, tokens, false);
    if (!who) return false;
    const count = drafts.length;
    this.emit(article, sentence, tokens, { type: tokens[colon]!.quoted ? 'quote' : 'colon', from: colon }, tokens.length, who, drafts);
    for (const d of drafts.slice(count)) d.headline = true;
    return true;
  }

  /** Token m is inside a quoted name that opens right after ل or an outlet's noun with ل glued (لـ«الرياضية»، لفضائية «…»). */
  private quotedOutletAt(tokens: SentenceToken[], m: number): boolean {
    let open = m;
    while (open > 0 && tokens[open - 1]!.quoted && !OPEN_QUOTE.test(tokens[open]!.gap)) open--;
    const before = tokens[open - 1];
    return !!before && !before.quoted && (before.norm === 'ل' || this.mentions.isToOutlet(before.norm));
  }

  /**
   * The sentence's words are in the next paragraph: it ends on a colon or an ellipsis, or it ends its
   * body paragraph with no mark at all, as a page that breaks one paragraph in two leaves it ("قالت
   * كريستالينا غورغييفا، المديرة العامة …، خلال المنتدى المنعقد" / "في دبي … " انه …"). (Only after
   * a verb that opens its sentence and names its subject after it: a ticker's headlines, "حمدوك يدعو
   * لحل سياسي", end without a mark too.)
   */
  private wordsFollow(article: Article, sentence: Sentence, tokens: SentenceToken[], cue: Cue): boolean {
    const tail = article.text.slice(tokens[tokens.length - 1]!.end, sentence.end);
    if (WORDS_FOLLOW.test(tail)) return true;
    const opens = cue.at === 0 || (cue.at === 1 && this.mentions.isStop(tokens[0]!.norm));
    if (cue.kind !== 'verb' || !cue.subject || cue.subject.first < cue.at || !opens) return false;
    const paragraph = article.paragraphs[sentence.paragraph];
    const next = article.paragraphs[sentence.paragraph + 1];
    if (!paragraph || paragraph.role !== 'body' || next?.role !== 'body' || tokens[tokens.length - 1]!.quoted) return false;
    return /^\s*$/.test(article.text.slice(sentence.end, paragraph.end)) && !/[.!?؟،,؛;"»”]/u.test(tail);
  }

  /** A sentence that is only a quote, right after a statement, continues that speaker: "«…»." */
  private quoteContinuation(article: Article, sentence: Sentence, tokens: SentenceToken[], people: ArticleSpeakers, drafts: Draft[]): void {
    const first = tokens[0];
    const pending = this.pendingColon?.sentence === sentence.index - 1 ? this.pendingColon : undefined;
    const lastDraft = drafts[drafts.length - 1];
    const last = pending ?? lastDraft;
    // "قال المدرب في المؤتمر الصحافي…" / "1- فخور بلاعبي فريق …": after a speaker's colon or ellipsis, the
    // next paragraph's words are theirs unquoted too, and so is each item of a numbered or bulleted list.
    if (pending && first && !first.quoted && tokens.length >= MIN_QUOTE_WORDS && article.paragraphs[sentence.paragraph]?.role === 'body') {
      const paragraph = article.paragraphs[sentence.paragraph]!;
      const opensParagraph = sentence.start === paragraph.start || /^\s*$/.test(article.text.slice(paragraph.start, sentence.start).replace(/^[\s\d]+[-–.)]|^[\s•\-–*]+/u, ''));
      if (opensParagraph) {
        const listItem = /^\s*(?:\d{1,2}\s*[-–.)]|[•\-–*])/.test(article.text.slice(paragraph.start, paragraph.end));
        // (After a list item only the next item goes on: "وفي سياق آخر، …" is the writer again.)
        if (pending.list && !listItem) {
          this.pendingColon = undefined;
          return;
        }
        // The item's number is no part of the words.
        const from = /^\d{1,2}$/.test(first.norm) && /[-–.)]/.test(tokens[1]?.gap ?? '') ? 1 : 0;
        this.emit(article, sentence, tokens, { type: 'colon', from }, tokens.length, { speaker: pending.speaker, mention: pending.mention }, drafts, pending.gender);
        this.pendingColon = listItem ? { ...pending, sentence: sentence.index, list: true } : undefined;
        return;
      }
    }
    if (!last || !first || !first.quoted || !OPEN_QUOTE.test(first.gap) || last.sentence !== sentence.index - 1) return;
    const span = spanAt(article.quotedSpans, first.start);
    if (!span || span.start < sentence.start || (!pending && lastDraft && lastDraft.end >= span.end)) return;
    // "«…»، بهذه الكلمات وصف المراقب الدولي جون سميث العملية": a verb just after the quote gives it its
    // own speaker; one we cannot name is still not the previous speaker.
    const after = tokens.findIndex((t) => t.start >= span.end);
    const verb = after < 0 ? undefined : this.findCues(tokens).find((c) => c.kind === 'verb' && c.at >= after && c.at - after <= EXTRACT_OPTIONS.quoteVerbReach);
    if (verb) {
      const subject = this.subjectAfter(tokens, verb.after, tokens.length, withoutConjunction(tokens[verb.at]!.norm));
      const who = subject && people.resolve(subject, tokens, false);
      if (who) this.emit(article, sentence, tokens, { type: 'quote', from: 0, whole: true }, after, who, drafts, subject.gender ?? verb.gender);
      return;
    }
    const who = { speaker: last.speaker, mention: last.mention };
    this.emit(article, sentence, tokens, { type: 'quote', from: 0, whole: true }, tokens.length, who, drafts, last.gender);
  }

  /**
   * Where a clause of reported words starting at token `from` stops: before a clause break (في حين،
   * بينما، في إشارة إلى; وهي، مع after a comma) outside quote marks, else at the limit.
   */
  private breakBefore(tokens: SentenceToken[], from: number, limit: number): number {
    // "…في إشارة إلى المحتجين الذين «استولوا على…»": words in quote marks further on are still the
    // speaker's, so only a break after the clause's last quoted word counts.
    let lastQuoted = -1;
    for (let j = limit - 1; j >= from; j--) if (tokens[j]!.quoted) {
      lastQuoted = j;
      break;
    }
    for (let j = Math.max(from + EXTRACT_OPTIONS.minWordsBeforeBreak, lastQuoted + 1); j < limit; j++) {
      const t = tokens[j]!;
      if (!this.cues.cueBreakStarts.has(t.norm) && !this.cues.cueBreakStarts.has(withoutConjunction(t.norm))) continue;
      if (this.phraseAt(tokens, j, this.cues.clauseBreakIndex) || (/[،,]/.test(t.gap) && this.phraseAt(tokens, j, this.cues.commaBreakIndex))) return j;
      const verbBreak = this.phraseAt(tokens, j, this.cues.verbBreakIndex);
      // "مع إعلان الحكومة …" opens a clause on a verbal noun in construct; "تعاملت مع الحادث", "وقع
      // عقدا مع الأهلي" is only "with".
      // (Nor "تناقش مع منتجي أوبك": a plural participle in construct after مع is whom, not a verbal noun.)
      // (Nor "مع تدفق المعلومات", "مع تراجع الأسعار": after مع a word of the تفعّل / تفاعل shape is a verbal noun.)
      const withOnly = verbBreak?.length === 1 && withoutConjunction(verbBreak[0]!) === 'مع' && (/^ال/.test(tokens[j + 1]?.norm ?? '') || /^م.{2,}[يو]$/.test(tokens[j + 1]?.norm ?? '') || /^ت(?:[^اوي]{3}|[^اوي]ا[^اوي]{2})$/.test(tokens[j + 1]?.norm ?? ''));
      if (verbBreak && !withOnly && this.clauseOpensAt(tokens, j + verbBreak.length, limit, this.cues.anyVerbBreaks.has(verbBreak.join(' ')))) return j;
      // "…، مع إعلان الحكومة أنها ستفرض حظر التجول": a verbal noun of saying with its own subject is another's clause.
      if (withoutConjunction(t.norm) === 'مع' && this.cues.sayingNouns.has(tokens[j + 1]?.norm ?? '') && j + 2 < limit) {
        const m = this.mentions.parse(tokens, j + 2, limit);
        if (m && m.kind !== 'statement' && (m.kind !== 'person' || m.head || m.name.length)) return j;
      }
    }
    return limit;
  }

  /**
   * A verb, or a subject and a verb, at `k`: "فيما أكد الوزير…", "فيما الحكومة تنفي…" open a clause;
   * "فيما يتعلق بالإصلاحات", "في وقت لاحق", "مع التركيز على" do not.
   */
  private clauseOpensAt(tokens: SentenceToken[], k: number, limit: number, anyVerb = false): boolean {
    const verbAt = (n: number): boolean => {
      const t = tokens[n];
      if (!t || n >= limit || t.quoted || (n > k && hardBreakBefore(t))) return false;
      const bare = withoutConjunction(t.norm);
      if (this.cues.notBreakVerbs.has(bare)) return false;
      // A verb of saying, or an imperfect (يؤكد، تشهد) that is not a plural noun (تحذيرات) or a verbal noun in ة.
      // (Nor the verbal noun تفعيل, which opens with ت: "مع تخفيف عمليات الإغلاق" is part of the words.)
      return this.mentions.isVerbWord(t.norm) || !!this.phraseAt(tokens, n, this.cues.verbIndex) || (/^[يت]..+/.test(bare) && !/(?:ات|ه)$/.test(bare) && !/^ت[^اوي]{2}ي[^اوي]$/.test(bare) && !this.mentions.isStop(bare));
    };
    if (verbAt(k)) return true;
    // "فيما انتقد زعيم المعارضة يائير لابيد الحكومة": any verb (no verb of saying) with a subject
    // the parser reads as a person or body opens a clause too.
    const word = tokens[k];
    if (word && k + 1 < limit && !word.quoted && !this.mentions.isStop(word.norm) && !this.cues.notBreakVerbs.has(withoutConjunction(word.norm))) {
      const m = this.mentions.parse(tokens, k + 1, limit);
      // (A "name" led by a glued preposition is a phrase: "لمدة ثلاث سنوات".)
      if (m && (m.head || (m.name.length >= 2 && !/^[بلك]/.test(withoutConjunction(m.name[0]!.norm))))) return true;
      // "فيما رحبت دول الخليج بالاتفاق": a word without the article, then a noun phrase no word
      // class knows (its subject), still opens a clause.
      if (anyVerb && !/^(?:[وف])?ال/.test(word.norm) && !this.mentions.isTime(word.norm) && !this.mentions.isComplementizer(word.norm) && !tokens[k + 1]!.hard && this.unnamedSubjectAt(tokens, k + 1)) return true;
    }
    const subject = tokens[k];
    return !!subject && k < limit && !subject.quoted && /^ال/.test(subject.norm) && verbAt(k + 1);
  }

  private clauseEnd(article: Article, tokens: SentenceToken[], fullLimit: number, sentence: Sentence, from = 0): number {
    const limit = this.breakBefore(tokens, from, fullLimit);
    let lastToken = limit - 1;
    // (And a relative pronoun whose verb opens the next clause: "…بعد الانفجار الذي | قالت الحكومة إنه…".)
    while (lastToken > 0 && !tokens[lastToken]!.quoted && (this.isLinkWord(tokens[lastToken]!.norm) || this.cues.relativePronouns.has(tokens[lastToken]!.norm)) && limit < tokens.length) lastToken--;
    // (And a concession whose clause is the next speaker's: "… عند 6.1 درجة على الرغم من أن | هيئة المسح قالت…".)
    if (limit < tokens.length && lastToken > 0 && this.mentions.isComplementizer(tokens[lastToken]!.norm) && this.concessiveAt(tokens, lastToken)) {
      lastToken--;
      while (lastToken > 0 && CONCESSION_WORDS.has(withoutConjunction(tokens[lastToken]!.norm))) lastToken--;
    }
    let end = tokens[lastToken]!.end;
    // A quote opened in the clause may run on past the sentence (a quote over a line break).
    const runOn = article.quotedSpans.find((s) => s.start < end && s.end > end && s.start >= tokens[0]!.start);
    if (runOn && limit === tokens.length) end = runOn.end;
    else if (limit === tokens.length) end = Math.max(end, Math.min(sentence.end, end));
    return trimEnd(article.text, tokens[0]!.start, closeQuotes(article.text, end));
  }

  private emit(article: Article, sentence: Sentence, tokens: SentenceToken[], content: Content, limit: number, who: { speaker: Speaker; mention: string }, drafts: Draft[], gender?: Gender): void {
    const first = tokens[content.from];
    if (!first || content.from >= limit) return;
    let start = first.start;
    let end: number;
    let kind: StatementKind;
    let direct = false;
    if (content.type === 'quote') {
      const span = spanAt(article.quotedSpans, first.start);
      if (!span) return;
      const words = span.text.split(/\s+/).filter(Boolean).length;
      if (words < (content.whole ? EXTRACT_OPTIONS.minWholeQuoteWords : MIN_QUOTE_WORDS)) return;
      start = span.start;
      end = span.end;
      kind = 'direct';
      direct = true;
    } else {
      end = this.clauseEnd(article, tokens, limit, sentence, content.from);
      if (end <= start) return;
      kind = content.type === 'colon' || quotedShare(article, start, end) >= 0.6 ? 'direct' : 'indirect';
      direct = content.type === 'colon';
      // Keep the quote mark that opens the clause's first word: «“تم استعادة النظام…”».
      const opening = first.gap.search(OPEN_QUOTE);
      if (first.quoted && opening >= 0) start = first.start - (first.gap.length - opening);
      start = skipOpening(article.text, start, end);
    }
    if (drafts.some((d) => d.speaker.key === who.speaker.key && d.start <= start && d.end >= end)) return;
    drafts.push({ speaker: who.speaker, mention: who.mention, kind, start, end, sentence: sentence.index, direct, gender });
  }

  private toStatements(article: Article, drafts: Draft[]): Statement[] {
    // Per speaker, the texts already kept (spacing folded only when a text has more than single spaces).
    const seen = new Map<string, Set<string>>();
    const out: Statement[] = [];
    for (const d of drafts) {
      const text = article.text.slice(d.start, d.end);
      const folded = UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
      let texts = seen.get(d.speaker.key);
      if (!texts) seen.set(d.speaker.key, (texts = new Set()));
      if (!text.trim() || texts.has(folded)) continue;
      texts.add(folded);
      out.push({
        id: `${article.id}:${d.start}`,
        article: article.id,
        speakerKey: d.speaker.key,
        speakerMention: d.mention,
        kind: d.kind,
        ...statementForm(article, d),
        text,
        sentence: sentenceText(article, d.start, d.end),
        start: d.start,
        end: d.end,
      });
    }
    return out;
  }
}

// ---- helpers ------------------------------------------------------------------------------------

/** The additive `form` label: headline claims, and reports that carry some quoted words (mixed quotes). */
function statementForm(article: Article, d: Draft): { form?: StatementForm } {
  if (d.headline) return { form: 'headline' };
  if (d.kind === 'indirect' && quotedShare(article, d.start, d.end) > 0) return { form: 'partial' };
  return {};
}

/**
 * What a verb of saying agrees with, read off its form against the verb list itself: قالت is feminine
 * because قال is a verb; تقول because يقول is; قالوا plural. لفت (past) stays masculine: لف is no verb.
 */
/** The words of a concession before its أن (على الرغم من أن، بالرغم من أن، رغم أن). */
const CONCESSION_WORDS: ReadonlySet<string> = new Set(['علي', 'الرغم', 'بالرغم', 'من', 'رغم', 'برغم']);

/** The agreement a relative pronoun carries (الذي m, التي f, الذين p). */
const RELATIVE_GENDER: Record<string, Gender> = { الذي: 'm', التي: 'f', الذين: 'p' };

function verbGender(norm: string, verbs: Set<string>): Gender | undefined {
  const w = withoutConjunction(norm);
  if (/وا$/.test(w) && verbs.has(w.slice(0, -2))) return 'p';
  if (/ت$/.test(w) && verbs.has(w.slice(0, -1))) return 'f';
  if (/^ت/.test(w) && verbs.has('ي' + w.slice(1))) return 'f';
  if (verbs.has(w)) return 'm';
  return undefined;
}

/** A participle's agreement: مشيرة → f, مشيرين → p, مشيرا → m. */
function participleGender(norm: string): Gender {
  const w = withoutConjunction(norm);
  return /ه$/.test(w) ? 'f' : /(ين|ون)$/.test(w) ? 'p' : 'm';
}

function gendersAgree(a: Gender | undefined, b: Gender | undefined): boolean {
  return !a || !b || a === b;
}

/** Words in the quote that starts at token j (a one-word scare quote is no statement). */
function quoteWords(tokens: SentenceToken[], j: number): number {
  let n = 1;
  while (tokens[j + n]?.quoted && !OPEN_QUOTE.test(tokens[j + n]!.gap)) n++;
  return n;
}

function wordCounts(sentences: SentenceToken[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tokens of sentences) {
    for (const t of tokens) {
      const w = withoutConjunction(t.norm);
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

function lastSpeaker(drafts: Draft[]): { speaker: Speaker; mention: string } | undefined {
  const last = drafts[drafts.length - 1];
  return last && { speaker: last.speaker, mention: last.mention };
}

/** The quoted span containing an offset. */
function spanAt(spans: QuotedSpan[], offset: number): QuotedSpan | undefined {
  return rangeAt(spans, offset);
}

/** Share of a range's letters that stand inside quote marks. */
function quotedShare(article: Article, start: number, end: number): number {
  let quoted = 0;
  for (const s of article.quotedSpans) {
    if (s.end <= start || s.start >= end) continue;
    quoted += Math.min(end, s.end) - Math.max(start, s.start);
  }
  let total = 0;
  for (let i = start; i < end; i++) if (!isSpace(article.text.charCodeAt(i))) total++;
  return total ? quoted / total : 0;
}

/**
 * The token after the comma that closes an aside opening at `from` (the comma looked for from
 * `scanFrom` on, within DOCUMENT_ASIDE_WORDS and before any other break), or -1.
 */
function commaAsideEnd(tokens: SentenceToken[], from: number, scanFrom: number, limit: number): number {
  let close = scanFrom;
  while (close < limit && close - from <= DOCUMENT_ASIDE_WORDS && !COMMA_GAP.test(tokens[close]!.gap) && !hardBreakBefore(tokens[close]!)) close++;
  return close < limit && close - from <= DOCUMENT_ASIDE_WORDS && COMMA_GAP.test(tokens[close]!.gap) ? close : -1;
}

/** Closing marks, and the signs that belong to the number before them (16%، ٪3): never cut off a statement's end. */
const CLOSERS = new Set([...QUOTE_MARKS, ')', ']', '%', '٪', '‰']);

/** Includes the closing quote marks (and a percent sign) right after an offset, so a reported clause keeps its quotes balanced and its numbers whole. */
function closeQuotes(text: string, end: number): number {
  let e = end;
  while (e < text.length && CLOSERS.has(text[e]!)) e++;
  return e;
}

/** Drops trailing spaces and clause punctuation (، . : ؛) but keeps closing quote marks. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s\u00A0،,.:;؛\-–—]/.test(text[e - 1]!)) e--;
  return e;
}

/** Skips leading spaces and punctuation other than an opening quote mark. */
function skipOpening(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /[\s\u00A0،,:;؛]/.test(text[s]!)) s++;
  return s;
}

/** The whole sentence(s) a statement at [start, end) stands in, verbatim. */
export function sentenceText(article: Article, start: number, end: number): string {
  const sentences = article.sentences;
  // Sentences are in text order and do not overlap: find the first that ends after `start`.
  let first = 0;
  for (let hi = sentences.length; first < hi; ) {
    const mid = (first + hi) >> 1;
    if (sentences[mid]!.end > start) hi = mid;
    else first = mid + 1;
  }
  const opening = sentences[first];
  if (!opening || opening.start >= end) return article.text.slice(start, end);
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < end) last++;
  const to = Math.max(sentences[last]!.end, end);
  // Most statements stand in one sentence: its own text, no new string.
  return last === first && to === opening.end ? opening.text : article.text.slice(opening.start, to);
}

const extractors = new WeakMap<AttributionCues, QuoteExtractor>();

/** Attributed statements of one article, speakers merged into the corpus-wide directory. */
export function extractStatements(article: Article, speakers: SpeakerDirectory, cues: AttributionCues = defaultCues()): Statement[] {
  let extractor = extractors.get(cues);
  if (!extractor) {
    extractor = new QuoteExtractor(cues);
    extractors.set(cues, extractor);
  }
  return extractor.extract(article, speakers);
}
