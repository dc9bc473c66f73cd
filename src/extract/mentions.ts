import type { Token } from '../arabic/tokenize.ts';
import type { AttributionCues } from './cues.ts';

/**
 * Speaker mentions: the noun phrase that names who speaks (الرئيس الفرنسي إيمانويل ماكرون، وزارة
 * الداخلية، مصدر أمني، البيان). Arabic has no capital letters, so a name is what is left once titles,
 * qualifiers, institutions and function words are recognised from the attribution lexicon.
 */

export type MentionKind = 'person' | 'institution' | 'source' | 'statement';

export interface SentenceToken extends Token {
  /** Text between the previous token and this one (punctuation, quote marks, spaces). */
  gap: string;
  /** Inside a quoted span (words in quote marks are never attribution cues). */
  quoted: boolean;
  /** The gap holds punctuation that ends a phrase (، : . « …), computed once per token. */
  hard: boolean;
}

export interface Mention {
  kind: MentionKind;
  /** Token range [first, end) in the sentence's tokens. */
  first: number;
  end: number;
  /** Normalised head word without the article (رئيس، وزاره، مصدر), or null for a bare name. */
  head: string | null;
  /** Normalised qualifier words (كازاخستان، الروسي، الداخليه), article kept. */
  qualifiers: string[];
  /** The name's tokens, as written (إيمانويل ماكرون). */
  name: SentenceToken[];
  /** The institution or source words as written (وزارة الداخلية), for display. */
  words: SentenceToken[];
  /** A title with a possessive pronoun (رئيسه، رئيسها): someone's head, not a title of office. */
  pronominal?: boolean;
  /** Grammatical gender when the words tell it (وزيرة، a female given name; p for مصادر، مسؤولون); else undefined. */
  gender?: 'm' | 'f' | 'p';
  /** The name to register when it differs from the words (تقرير للاستخبارات → الاستخبارات). */
  display?: string[];
  /** A document's issuer that is a body's head alone (بيان الوزارة → وزاره), pointing back like الوزارة would. */
  bareIssuer?: string;
}

/** How far a mention may reach (words of a name, words of a body's name). */
export const MENTION_LIMITS = {
  /** Name words, particles not counted (عبد الله بن زايد آل نهيان is four). */
  nameWords: 5,
  /** Tokens of an institution or source phrase. */
  groupTokens: 7,
  /** Tokens of a quoted complement (وكالة «فرانس برس»). */
  quotedComplement: 5,
  /** Words of a person's name in quote marks (الرئيس "عبدالفتاح السيسي"). */
  quotedName: 3,
  /** Words a feminine title (المحللة، الناشطة) may run before the name that makes it a title (a quoted body name not counted). */
  feminineTitleReach: 9,
  /** Genitive words after an unlisted role before the name (بائع الخضار محمود …). */
  roleWords: 2,
  /** Words of a title's last phrase before the comma and the name in apposition (والإحصائيات بالمديرية العامة للحماية المدنية، العقيد …). */
  titleBeforeApposition: 6,
  /** Words a name in apposition may run past its name run to the comma closing it (… ولد أبنو،). */
  appositiveExtra: 3,
};

const HARD_PUNCT = /[،,:;.؟?!()\[\]{}«»“”"„‟‹›\u061B\n|…]/;
/** A gap that is only a comma (Arabic or Latin) and spaces. */
export const COMMA_ONLY = /^[\s\u00A0]*[،,][\s\u00A0]*$/;
const PRONOUN_SUFFIX = /(ه|ها|هم|هما|هن)$/;

/** The word without a leading conjunction و/ف (kept when the rest would be too short to be a word). */
export function withoutConjunction(norm: string): string {
  return (norm.startsWith('و') || norm.startsWith('ف')) && norm.length > 3 ? norm.slice(1) : norm;
}

/** The word without the article (ال/لل/بال…) for head comparisons: الرئيس → رئيس, للرئيس → رئيس. */
export function withoutArticle(norm: string): string {
  const m = /^(?:و|ف)?(?:ب|ك|ل)?(?:ال|لل)(.{2,})$/.exec(norm);
  return m ? m[1]! : norm;
}

/** Prepositions a title's complement may open with before a name in apposition (السيطرة على الأمراض، …). */
const TITLE_PREPOSITIONS = new Set(['علي', 'عن', 'من', 'الي']);

/**
 * The surface of a word written with a hamza on its first alif before ل (ألباريس، إلدر), without
 * diacritics or a leading و/ف, else null. The article is never written so, though normalising makes
 * the two look alike.
 */
function hamzaAlSurface(tok: SentenceToken): string | null {
  const surface = bareSurface(tok).replace(/^[وف](?=[أإ]ل)/, '');
  return /^[أإ]ل/.test(surface) ? surface : null;
}

/** ي and three consonants, the shape of a present verb (يشعر، يطلق) and of some family names (يلدز). */
function presentVerbShaped(norm: string): boolean {
  return /^ي[^اوي]{3}$/.test(norm);
}

/**
 * The verbal noun of a derived verb, افتعال / انفعال / استفعال (انتهاء، انطلاق، استمرار): a common
 * noun after a verb of saying (أكد الوزير انتهاء البحث), never a name; the names of that shape
 * (ابتسام، انتصار، أنطوان) are listed given names. On the norm, so إ/أ are ا.
 */
function derivedVerbalNounShaped(norm: string): boolean {
  return /^(?:ا[^اوي]ت[^اوي]ا[^اوي]|ان[^اوي]{2}ا[^اوي]|است[^اوي]{2}ا[^اوي])$/.test(withoutConjunction(norm));
}

/** The word as written, without diacritics or tatweel: ة and the hamza forms are kept, unlike its norm. */
function bareSurface(tok: SentenceToken): string {
  return tok.surface.replace(/[\u064B-\u0652\u0640]/g, '');
}

/** A short hamza-alif word (إلدر), four letters at least and not ending like إلى. */
function hamzaAl(tok: SentenceToken): boolean {
  const surface = hamzaAlSurface(tok);
  return !!surface && surface.length >= 4 && !/[ىي]$/.test(surface);
}

/** A foreign name with a hamza-alif (ألباريس، ألكسندر): long, and no nisba or plural shape (ألعاب، إلكترونية are words). */
function foreignAl(tok: SentenceToken): boolean {
  const surface = hamzaAlSurface(tok);
  return !!surface && surface.length >= 6 && !/(?:ي|ية|يه|ات|ون|ين)$/.test(surface);
}

/** من or عن: by whom (المعين من قبل، الصادر عن). */
function isByWord(t: SentenceToken | undefined): boolean {
  return t?.norm === 'من' || t?.norm === 'عن';
}

export function hasArticle(norm: string): boolean {
  return /^(?:و|ف)?(?:ب|ك)?(?:ال|لل)../.test(norm);
}

/** The word as the lexicon lists it: itself when listed (وزارة), else without a conjunction (ووزارة). */
function inLexicon(set: Set<string>, norm: string): string {
  return set.has(norm) ? norm : withoutConjunction(norm);
}


export function hardBreakBefore(tok: SentenceToken): boolean {
  return tok.hard;
}

/** Token k when it continues the phrase: before the limit, no hard break before it, not quoted. */
function openToken(tokens: SentenceToken[], k: number, limit: number): SentenceToken | undefined {
  const t = tokens[k];
  return k < limit && t && !hardBreakBefore(t) && !t.quoted ? t : undefined;
}

/**
 * The tokens with token k read as another word (لقائد as قائد, بالبنك as البنك, لمنظمة as منظمة), for
 * parsing a phrase past a glued preposition without touching the sentence's own tokens.
 */
export function withNormAt(tokens: readonly SentenceToken[], k: number, norm: string, surface = tokens[k]!.surface): SentenceToken[] {
  const copy = tokens.slice();
  copy[k] = { ...tokens[k]!, norm, surface };
  return copy;
}

/**
 * «على» spelt with alif maqsura is the preposition far more often than the name علي, which it
 * normalises to: «استمرار الأمطار الغزيرة على المرتفعات» is no role and name.
 */
function isPrepositionAla(t: SentenceToken): boolean {
  return t.norm === 'علي' && /ى$/.test(t.surface);
}

/** End of one or two words in brackets opening at k ("(بترا)", "(سانا)"), else k. */
function bracketedEnd(tokens: SentenceToken[], k: number, limit: number): number {
  const t = tokens[k];
  if (!t || k >= limit || !/^\s*\(\s*$/.test(t.gap)) return k;
  let j = k + 1;
  while (j < limit && j - k < 3 && !/[()]/.test(tokens[j]!.gap)) j++;
  return j < limit && /^\s*\)/.test(tokens[j]!.gap) ? j : k;
}

/** A token whose gap is only a closing quote mark and spaces (the name after «إتش سي» in a title). */
export function closesQuoteOnly(t: SentenceToken | undefined): t is SentenceToken {
  return !!t && !t.quoted && /^[»”"’]\s*$/u.test(t.gap);
}

/**
 * End of a short span in quote marks opening at k (at most `max` tokens, closed before the next
 * token), else k: «فرانس برس», “الدماطي”.
 */
function quotedSpanEnd(tokens: SentenceToken[], k: number, limit: number, max: number): number {
  const t = tokens[k];
  if (!t || !t.quoted || k >= limit || !/[«“"„‟‹]/.test(t.gap) || /[.:؟?!]/.test(t.gap)) return k;
  let j = k + 1;
  while (j < limit && tokens[j]!.quoted && !/[«“"„‟‹»”]/.test(tokens[j]!.gap) && j - k < max) j++;
  return j < limit && tokens[j]!.quoted && !/[»”"]/.test(tokens[j]!.gap) ? k : j;
}

export function isHardGap(gap: string): boolean {
  return gap !== ' ' && HARD_PUNCT.test(gap);
}

export class MentionParser {
  constructor(private readonly cues: AttributionCues) {}

  /**
   * The office a title names when the lexicon lists it with others of the same office (المدرب،
   * المدير الفني، الناخب الوطني): its number and how many of the qualifiers the title takes (0 or
   * 1), else null. Read from the head and its first qualifier.
   */
  officeOf(head: string | null, qualifiers: readonly string[]): { office: number; qualifiers: number } | null {
    if (!head) return null;
    // A woman's title is her office too: الناخبة / المدربة are the coach (the list spells the masculine).
    const spelt = withoutArticle(head);
    const masculine = spelt.length > 3 && spelt.endsWith('ه') ? spelt.slice(0, -1) : spelt;
    for (const bare of masculine === spelt ? [spelt] : [spelt, masculine]) {
      const first = qualifiers[0] ? withoutArticle(qualifiers[0]) : undefined;
      const firstMasculine = first && first.length > 3 && first.endsWith('ه') && bare === masculine ? first.slice(0, -1) : first;
      const withFirst = firstMasculine !== undefined ? this.cues.titleEquivalents.get(`${bare} ${firstMasculine}`) ?? this.cues.titleEquivalents.get(`${bare} ${first}`) : undefined;
      if (withFirst !== undefined) return { office: withFirst, qualifiers: 1 };
      const alone = this.cues.titleEquivalents.get(bare);
      if (alone !== undefined) return { office: alone, qualifiers: 0 };
    }
    return null;
  }

  /** A place noun with ب glued to it (بمحافظة، بالولاية، وبإقليم): where an office or a source sits. */
  isGluedPlaceNoun(norm: string): boolean {
    const bare = norm.replace(/^[وف]?ب(?:ال)?/, '');
    return bare !== norm && this.cues.placeHeads.has(bare);
  }

  /**
   * A noun carrying its owner's pronoun (علمه، عزمها، نظيره): four letters at least, the ه no ة of a
   * feminine noun as written, and no listed given name (وجيه، عبده stay names).
   */
  private withOwnerPronoun(t: SentenceToken): boolean {
    return /^.{2,}[^ة](?:ه|ها|هم|هما)$/u.test(bareSurface(t)) && !this.givenName(t.norm);
  }

  /** Whom the words were said to, with لل (للصحفيين): attribution.json addresseeNouns. */
  private isAddresseeNoun(t: SentenceToken): boolean {
    return t.norm.startsWith('لل') && this.cues.addresseeNouns.has(`ال${t.norm.slice(2)}`);
  }

  /** A place noun with ل glued to it (لمدينة، لولاية، للمحافظة): the place an office serves. */
  isPlaceNounOfOffice(norm: string): boolean {
    const bare = norm.replace(/^ل(?:ل)?/, '');
    return bare !== norm && bare.length >= 3 && this.cues.placeHeads.has(bare);
  }

  private inSet(set: Set<string>, norm: string): boolean {
    return set.has(norm) || set.has(withoutConjunction(norm));
  }

  isTitle(norm: string): boolean {
    return this.inSet(this.cues.personTitles, norm);
  }

  /** "The same" before a noun (ذات المصدر) or after it (المصدر ذاته), with or without و/ف. */
  isSameReference(norm: string, after: boolean): boolean {
    const bare = withoutConjunction(norm);
    return (after ? this.cues.sameReferenceAfter : this.cues.sameReference).has(after ? norm : bare);
  }

  /** An office always held in a body (وزير، مدرب): said bare, the one introduced with their body. */
  isBodyOfficeHead(head: string): boolean {
    return this.cues.bodyOfficeHeads.has(head);
  }

  /** A title head that, said bare, means the person just quoted («وأضاف المتحدث ذاته»). */
  isSpeakerAnaphor(head: string): boolean {
    return this.cues.speakerAnaphors.has(head);
  }

  /**
   * A word with the article shaped like an adjective rather than a noun: a nisba (الفلسطيني، العامة), a
   * listed adjective, a participle (المكلف، المستقيلة), فاعل (السابق), فعيل (الجديد), أفعل (الأسبق),
   * or a place, a body or a title word (which make their own phrases).
   */
  private isAdjectiveShaped(t: SentenceToken): boolean {
    const w = withoutConjunction(t.norm);
    const stem = w.slice(2).replace(/ه$/, '');
    return (
      this.isGroupAdjective(t) ||
      /^م/.test(stem) ||
      /^.ا..$/.test(stem) ||
      /^..ي.$/.test(stem) ||
      /^ا...$/.test(stem) ||
      this.isPlace(w) ||
      this.isInstitution(w) ||
      this.isTitleWord(t) ||
      this.isArticleGivenName(w) ||
      this.cues.figureSurnames.has(w) ||
      this.isArticleSurname(t)
    );
  }

  /** A title with the article before a name, masculine or in its feminine form (الدكتور، الطبيبة، المهندسة). */
  private isHonorific(t: SentenceToken): boolean {
    if (t.quoted || !hasArticle(t.norm)) return false;
    // (A nationality in apposition too: "ممثل المفوضية في سوريا، الأردني فراس أبو العز،".)
    return this.isTitleWord(t) || this.cues.demonyms.has(t.norm);
  }

  /** A listed title, or a woman's form of one written with ة (الطبيبة، المدربة). */
  isTitleWord(t: SentenceToken): boolean {
    return this.isTitle(t.norm) || (/ة$/.test(t.surface) && t.norm.length > 4 && this.isTitle(t.norm.slice(0, -1)));
  }

  /**
   * A title's feminine form written with ة (الناشطة، المحامية) when the lexicon lists the masculine,
   * and a name follows within a few words: alone, المساعدة is "help", not a woman's title.
   */
  private isFeminineTitle(tokens: SentenceToken[], i: number, limit: number): boolean {
    const tok = tokens[i]!;
    if (!/ة$/.test(tok.surface) || tok.norm.length <= 3 || !this.isTitle(tok.norm.slice(0, -1))) return false;
    // "وأضافت المدربة الإسبانية أن": the subject of a feminine verb of saying is a woman, not "help" or "the assistance".
    const verb = i > 0 && !hardBreakBefore(tok) ? tokens[i - 1]! : undefined;
    // (Or of any verb opening the sentence with its conjunction, as past verbs do: "وتطرقت المدربة إلى …".)
    if (verb && !verb.quoted && /ت$/.test(verb.norm) && (this.isVerbWord(verb.norm) || (i === 1 && /^[وف].{3,}ت$/.test(verb.norm)))) return true;
    // "النائبة في البرلمان الأردني ديمة طهبوب": the title's own words may come first.
    // So may a body's quoted name ("محللة الاقتصاد في بنك الاستثمار «إتش سي» هبة منير"), not counted.
    for (let k = i + 1, words = 0; k < limit && words < MENTION_LIMITS.feminineTitleReach; k++, words++) {
      const quotedEnd = this.quotedThenWord(tokens, k, limit);
      // (Or after a comma, in apposition, past an honorific: "عضوة الشبكة، الطبيبة سلمى عثمان،".)
      const apposed = words > 0 && k < limit && COMMA_ONLY.test(tokens[k]!.gap) ? tokens[k] : undefined;
      const t = quotedEnd > k ? tokens[(k = quotedEnd)] : apposed ?? openToken(tokens, k, limit);
      if (!t) return false;
      if (this.givenName(t.norm) || this.isNameLike(t)) return true;
      if (apposed && !this.isHonorific(t)) return false;
    }
    return false;
  }

  /** "زوجها خليل", "شقيقه أحمد": a title or kinship noun with a possessive pronoun, then a listed given name. */
  private isPossessedTitleBeforeName(tokens: SentenceToken[], i: number, limit: number): boolean {
    const stem = /^(.{2,}?)(?:ها|هم|هما|ه)$/.exec(withoutConjunction(tokens[i]!.norm))?.[1];
    // A feminine noun's ة is written ت before the pronoun (جارة → جارته).
    if (!stem || !(this.isTitle(stem) || (stem.endsWith('ت') && this.isTitle(`${stem.slice(0, -1)}ه`)))) return false;
    // One adjective may come between (جارته المسنة أم خالد); the name opens on a given name or a particle.
    const next = openToken(tokens, i + 1, limit);
    return this.opensName(next) || (!!next && this.isQualifier(next) && this.opensName(openToken(tokens, i + 2, limit)));
  }

  /** A listed given name or a name particle (عبد، أبو): a word a name opens on. */
  opensName(t: SentenceToken | undefined): boolean {
    return !!t && (!!this.givenName(t.norm) || this.isParticle(t.norm));
  }

  isInstitution(norm: string): boolean {
    return this.inSet(this.cues.institutions, norm);
  }

  /** The word itself is a body's head (وزارة), not only once a conjunction is read off it (والوزارة). */
  isInstitutionWord(norm: string): boolean {
    return this.cues.institutions.has(norm);
  }

  isAnonymous(norm: string): boolean {
    return this.inSet(this.cues.anonymous, norm);
  }

  isStatementNoun(norm: string): boolean {
    return this.inSet(this.cues.statementNouns, norm);
  }

  /**
   * A listed country or place (entities.json), never a place noun: "في باكستان" may sit inside a
   * title, "في مؤتمر صحفي" or "في محافظة" may not.
   */
  isPlace(norm: string): boolean {
    return this.cues.places.has(norm);
  }

  /** Tokens of a listed place of one to three words starting at k (ذي قار، كوريا الجنوبية), else 0. */
  placeLength(tokens: SentenceToken[], k: number, limit: number): number {
    let phrase = '';
    let best = 0;
    for (let n = 0; n < 3 && k + n < limit; n++) {
      const t = tokens[k + n]!;
      if (t.quoted || (n > 0 && hardBreakBefore(t))) break;
      phrase = n ? `${phrase} ${t.norm}` : t.norm;
      if (this.cues.places.has(phrase)) best = n + 1;
    }
    return best;
  }

  isTime(norm: string): boolean {
    return this.inSet(this.cues.timeWords, norm);
  }

  /** The second word of a compound given name (عز الدين، نصر الله), written apart from the first (names.json compoundTails). */
  private isCompoundTail(t: SentenceToken): boolean {
    return !t.quoted && !t.hard && this.cues.names.compoundTails.has(t.norm);
  }

  /** A family name's tail written apart (أوغلو): one name with the word before it (names.json surnameTails). */
  private isSurnameTail(t: SentenceToken): boolean {
    return !t.quoted && !t.hard && this.cues.names.surnameTails.has(t.norm);
  }

  /**
   * "وقالت مسؤولة منظمة الصحة العالمية مارغريت هاريس إن…": an official's head that is also a title
   * (attribution.json speakerAnaphors: مسؤول، متحدث) with its body, then a name, is that person —
   * a listed given name or two words of a name right after the body. Plural heads stay sources.
   */
  private namedAfterSource(tokens: SentenceToken[], group: Mention, limit: number): Mention | null {
    const head = group.head ? withoutArticle(withoutConjunction(group.head)).replace(/ه$/, '') : '';
    // ("شاهد عيان يدعى علي كمال": the name may follow "who is called", which the source's words may have taken.)
    // ("متظاهر آخر اسمه أشرف الطيب": "another" may stand before it.)
    const other = openToken(tokens, group.end, limit) && /^(?:اخر|اخري)$/.test(tokens[group.end]!.norm) ? group.end + 1 : group.end;
    const calledAt = this.cues.namingVerbs.has(tokens[group.end - 1]!.norm) ? group.end - 1 : openToken(tokens, other, limit) && this.cues.namingVerbs.has(tokens[other]!.norm) ? other : -1;
    if (!head || !(this.isSpeakerAnaphor(head) || calledAt >= 0)) return null;
    const from = calledAt >= 0 ? calledAt + 1 : group.end;
    const first = openToken(tokens, from, limit);
    if (!first || hasArticle(first.norm) || !(this.isNameLike(first) || this.spelledAsName(first)) || this.isPlace(first.norm)) return null;
    const end = this.nameRun(tokens, from, limit);
    if (!this.givenName(first.norm) && end < from + 2) return null;
    const feminine = /ة$/.test(bareSurface(tokens[group.first]!));
    const qualifiers = calledAt === group.end - 1 ? group.qualifiers.slice(0, -1) : group.qualifiers;
    return { kind: 'person', first: group.first, end, head, qualifiers, name: tokens.slice(from, end), words: tokens.slice(group.first, end), gender: this.givenName(first.norm) ?? (feminine ? 'f' : 'm') };
  }

  /** An outlet or the media told the words, with ل glued (لرويترز، لوسائل الإعلام، لفضائية …: attribution.json addresseeOutlets). */
  isToOutlet(norm: string): boolean {
    return /^(?:و|ف)?ل/.test(norm) && this.cues.addresseeOutlets.has(norm.replace(/^(?:و|ف)?ل/, ''));
  }

  /** Closed-class words and common nouns that never name anyone (لنا، لهم، حالة). */
  isNeverName(norm: string): boolean {
    const n = this.cues.names.neverNames;
    return n.has(norm) || n.has(withoutConjunction(norm));
  }

  isParticle(norm: string): boolean {
    const p = this.cues.names.particles;
    return p.has(norm) || p.has(withoutConjunction(norm));
  }

  /** A listed given name (محمد، نجلاء، الحسين), or one the article shows is a given name (see learnNasabNames), and its gender. */
  givenName(norm: string): 'm' | 'f' | undefined {
    const { male, female, articleGivenNames } = this.cues.names;
    for (const w of [norm, withoutConjunction(norm)]) {
      if (female.has(w)) return 'f';
      if (male.has(w) || articleGivenNames.has(w)) return 'm';
    }
    return this.nasabNames.size ? this.nasabNames.get(withoutConjunction(norm)) : undefined;
  }

  /** Unlisted given names of the current article, by gender: the word before بن/بنت and a name (بدرية بنت سالم). */
  private nasabNames: ReadonlyMap<string, 'm' | 'f'> = new Map();

  /**
   * "بدرية بنت سالم الرواحية": a word a nasab particle follows, itself followed by a name word, is a
   * given name however rare (no list holds them all); بنت makes it a woman's. Learnt per article.
   */
  learnNasabNames(sentences: readonly SentenceToken[][]): void {
    const found = new Map<string, 'm' | 'f'>();
    for (const tokens of sentences) {
      for (let k = 0; k + 2 < tokens.length; k++) {
        const particle = tokens[k + 1]!;
        if (particle.norm !== 'بن' && particle.norm !== 'بنت') continue;
        const t = tokens[k]!;
        const after = tokens[k + 2]!;
        // (Not isNameLike for the word itself: its shape test reads بدرية as ب + a noun + a pronoun, which the particle disproves.)
        if (t.quoted || particle.hard || after.hard || hasArticle(t.norm) || /\p{N}/u.test(t.norm) || t.norm.length < 3 || !this.isNameLike(after)) continue;
        // (A title word without the article before the particle is a given name too: سيدة بن علالة.)
        if (this.isStop(t.norm) || this.isTime(t.norm) || this.isVerbWord(t.norm) || this.isInstitution(t.norm) || this.isNeverName(t.norm) || this.isComplementizer(t.norm)) continue;
        const w = withoutConjunction(t.norm);
        if (!this.givenName(w)) found.set(w, particle.norm === 'بنت' ? 'f' : 'm');
      }
    }
    this.nasabNames = found;
  }

  /**
   * A given name that normalises like a function word (علي / على) right after a title, told by its
   * spelling (final ي, not ى) and a name word after it: "وزير الزراعة علي حمدان".
   */
  private spelledGivenName(tokens: SentenceToken[], n: number, limit: number): boolean {
    const t = tokens[n]!;
    const next = tokens[n + 1];
    return this.spelledAsName(t) && !!next && n + 1 < limit && !next.hard && !next.quoted && this.familyNameWord(next);
  }

  /** A family name's word: name-like, or with the article as after any listed given name (علي العياري). */
  private familyNameWord(w: SentenceToken): boolean {
    return this.isNameLike(w) || (hasArticle(w.norm) && this.isQualifier(w) && !this.isTitle(w.norm) && !this.isInstitution(w.norm) && !this.isAnonymous(w.norm));
  }

  /** A given name spelt with final ي where the function word it normalises like has ى (علي / على). */
  private spelledAsName(tok: SentenceToken): boolean {
    return !!this.givenName(tok.norm) && /ي$/.test(tok.surface.replace(/[\u064B-\u0652]/g, ''));
  }

  private isArticleGivenName(norm: string): boolean {
    const a = this.cues.names.articleGivenNames;
    return a.has(norm) || a.has(withoutConjunction(norm));
  }

  isStop(norm: string): boolean {
    // وفي، ولا، فمن: a short function word keeps its conjunction in withoutConjunction, not here.
    const bare = /^[وف]/.test(norm) && this.cues.stopWords.has(norm.slice(1)) ? norm.slice(1) : withoutConjunction(norm);
    return this.cues.stopWords.has(norm) || this.cues.stopWords.has(bare) || this.cues.relativePronouns.has(norm) || this.cues.relativePronouns.has(bare);
  }

  /**
   * Words that recur in the current article. A name run ends after its last recurring word when
   * it has one: "كريم ماسيموف اعتقل بتهمة" → كريم ماسيموف (ماسيموف recurs, the verb does not).
   */
  private recurring: ReadonlyMap<string, number> = new Map();

  useArticleCounts(counts: ReadonlyMap<string, number>): void {
    this.recurring = counts;
  }

  /** The word occurs more than once in the article (function words never count: على / علي). */
  recurs(tok: SentenceToken): boolean {
    return !this.isStop(tok.norm) && (this.recurring.get(withoutConjunction(tok.norm)) ?? 0) > 1;
  }

  isComplementizer(norm: string): boolean {
    // فإن / وأن: a conjunction on a complementiser too short for withoutConjunction.
    const w = /^[وف]ا[نل]/.test(norm) && norm.length <= 4 ? norm.slice(1) : withoutConjunction(norm);
    const bare = w.replace(/^(ب|ل)(?=ان)/, '');
    return this.cues.complementizers.has(w) || this.cues.complementizers.has(bare) || /^(?:ب|ل)?ان(?:ه|ها|هم|هما|نا|ني|كم)$/.test(w);
  }

  isVerbWord(norm: string): boolean {
    const w = withoutConjunction(norm);
    return this.cues.verbWords.has(w) || this.cues.verbWords.has(norm) || this.inSet(this.cues.participles, norm);
  }

  /** Could this word be (part of) a proper name? Known vocabulary, articles and digits say no. */
  isNameLike(tok: SentenceToken): boolean {
    const norm = tok.norm;
    // Case endings (اجتماعاً، رجلٌ) mark common nouns; names are written without them.
    if (/[\u064B-\u064D]/.test(tok.surface)) return false;
    if (/\p{N}/u.test(norm) || norm.length < 2) return false;
    if (/^[a-z]/i.test(norm)) return /^[A-Z]/.test(tok.surface);
    // A word the article writes before بن/بنت and a name is a given name, whatever its shape (learnNasabNames).
    if (this.nasabNames.size && this.nasabNames.has(withoutConjunction(norm))) return true;
    // (A shorter one too when the article repeats it, as it repeats a name: جيمس إلدر … وقال إلدر.)
    if (hasArticle(norm) && !foreignAl(tok) && !(hamzaAl(tok) && this.recurs(tok))) return false;
    if (this.isStop(norm) || this.isTime(norm) || this.isComplementizer(norm) || this.isVerbWord(norm) || this.isNeverName(norm)) return false;
    if (this.cues.pronounHonorifics.has(withoutConjunction(norm))) return false;
    // "المواطن يشعر بالغلاء": ي and three consonants is the present tense (يشعر، يطلق، يبحث), not a
    // name; the names of that shape (يسري، يزيد) are listed.
    if (presentVerbShaped(norm) && !this.givenName(norm)) return false;
    if (derivedVerbalNounShaped(norm) && !this.givenName(norm)) return false;
    if (this.isTitle(norm) || this.isInstitution(norm) || this.isAnonymous(norm) || this.isStatementNoun(norm)) return false;
    // "وأضاف لرويترز": an outlet told the words, with ل glued (attribution.json addresseeOutlets).
    if (this.isToOutlet(norm)) return false;
    // A preposition glued to a known word (لمنظمة، بالتطورات) is not a name.
    const rest = norm.replace(/^(?:و|ف)?(?:ب|ل|ك)/, '');
    if (rest !== norm && rest.length >= 3 && (this.isInstitution(rest) || this.isTitle(rest) || this.isStatementNoun(rest) || hasArticle(rest) || this.isNeverName(rest))) return false;
    // "لمراسلنا"، "بحديثه": a preposition, a noun and a possessive pronoun (not ك: كولونا is a name).
    const withPreposition = norm.replace(/^(?:و|ف)?(?:ب|ل)/, '');
    // (A final ة normalises like the pronoun ه but is none: بوزريبة is a name; بيروتية, a nisba, is not.)
    if (withPreposition !== norm && withPreposition.length >= 4 && /(?:نا|ه|ها|هم)$/.test(withPreposition) && !(/ة[\u064B-\u0652]*$/u.test(tok.surface) && !/ية[\u064B-\u0652]*$/u.test(tok.surface))) return false;
    return true;
  }

  /** Words that may qualify a head: the article-bearing adjectives and genitives (الروسي، الداخلية، للرئيس). */
  private isQualifier(tok: SentenceToken): boolean {
    // بالقول، كالعادة: a preposition with the article starts a phrase of its own, never a qualifier.
    return hasArticle(tok.norm) && !/^(?:و|ف)?(?:ب|ك)ال/.test(tok.norm) && !this.isStop(tok.norm) && !this.isTime(tok.norm) && !this.isComplementizer(tok.norm) && !this.isVerbWord(tok.norm);
  }

  /**
   * The mention starting at token `i`, or null when no speaker phrase starts there.
   * `limit` bounds the search (exclusive). Multi-word titles and appositions (وزير الخارجية الصيني،
   * وانج يي،) are followed; prepositional phrases after a complete name are not.
   */
  parse(tokens: SentenceToken[], i: number, limit = tokens.length): Mention | null {
    const m = this.parsePhrase(tokens, i, limit);
    // "وقال متظاهر آخر اسمه أشرف الطيب:", "شاهد عيان يدعى علي كمال": whoever the phrase is, a name after
    // "who is called" makes them that person.
    if (m && m.kind !== 'person' && m.kind !== 'statement') return this.namedAfterSource(tokens, m, limit) ?? m;
    if (m && m.kind === 'person' && !m.name.length) return this.namedAfterSource(tokens, m, limit) ?? m;
    return m;
  }

  private parsePhrase(tokens: SentenceToken[], i: number, limit: number): Mention | null {
    const first = tokens[i];
    if (!first) return null;
    if (first.quoted) {
      // «الشبكة السورية لحقوق الإنسان» as a subject: a body's whole name in quote marks.
      const bodyEnd = this.isInstitution(first.norm) ? quotedSpanEnd(tokens, i, limit, MENTION_LIMITS.quotedComplement) : i;
      if (bodyEnd > i) {
        const open = tokens.map((t, k) => (k >= i && k < bodyEnd ? { ...t, quoted: false } : t));
        const body = this.parseGroup(open, i, bodyEnd, 'institution');
        if (body.end === bodyEnd) return { ...body, words: tokens.slice(i, bodyEnd) };
      }
      const end = this.quotedName(tokens, i, limit);
      if (end === i) return null;
      return { kind: 'person', first: i, end, head: null, qualifiers: [], name: tokens.slice(i, end), words: [], gender: this.givenName(first.norm) };
    }
    const norm = first.norm;
    // "وأوضح ذات المصدر أن…": "the same" before a source, body or title is that noun said again.
    if (this.cues.sameReference.has(withoutConjunction(norm))) {
      const next = openToken(tokens, i + 1, limit);
      if (!next || !hasArticle(next.norm) || !(this.isAnonymous(next.norm) || this.isInstitution(next.norm) || this.isTitle(next.norm))) return null;
      const same = this.parse(tokens, i + 1, limit);
      return same && { ...same, first: i };
    }
    // "وأقوال الناجين أكدت…", "وتشير روايات الشهود إلى…": what people said, in construct with them: they speak.
    if (this.cues.testimonyNouns.has(withoutConjunction(norm))) {
      const sayers = openToken(tokens, i + 1, limit) && hasArticle(tokens[i + 1]!.norm) ? this.parse(tokens, i + 1, limit) : null;
      if (sayers && sayers.kind !== 'statement') return { ...sayers, first: i, words: tokens.slice(i, sayers.end), display: sayers.display ?? tokens.slice(sayers.first, sayers.end).map((t) => t.surface) };
      // (Otherwise one that is also a document, "تصريحات صحافية لمحافظ العقبة", is read as one below.)
      if (!this.isStatementNoun(norm)) return null;
    }
    const issued = this.isStatementNoun(norm) ? this.issuedBy(tokens, i, limit) : null;
    if (issued) return issued;
    if (this.isStatementNoun(norm) && !this.isInstitution(withoutArticle(norm)) && hasArticle(withoutConjunction(norm))) {
      // "التقرير الذي نشرته الصحيفة": the document speaks for whoever the relative clause names.
      const relative = openToken(tokens, i + 1, limit);
      if (relative && (relative.norm === 'الذي' || relative.norm === 'التي') && openToken(tokens, i + 2, limit) && openToken(tokens, i + 3, limit)) {
        const issuer = this.parse(tokens, i + 3, limit);
        if (issuer && issuer.kind !== 'statement' && (issuer.kind !== 'person' || issuer.name.length || issuer.head)) {
          return { ...issuer, first: i, words: tokens.slice(i, issuer.end), display: issuer.display ?? tokens.slice(issuer.first, issuer.end).map((t) => t.surface) };
        }
      }
      // "التقرير الأسبوعي لدائرة الصحة العامة": the document with its issuer after ل speaks for the issuer.
      let k = i + 1;
      while (openToken(tokens, k, limit) && k - i <= 2 && this.isGroupAdjective(tokens[k]!)) k++;
      const issuer = openToken(tokens, k, limit);
      const plain = issuer && /^ل[^ل]/.test(issuer.norm) ? issuer.norm.slice(1) : issuer && /^لل/.test(issuer.norm) ? 'ال' + issuer.norm.slice(2) : null;
      if (k > i + 1 && plain && this.isInstitution(plain)) {
        const copy = withNormAt(tokens, k, plain, issuer!.surface.replace(/^ل(?:ل)?/, (m) => (m === 'لل' ? 'ال' : '')));
        const body = this.parseGroup(copy, k, limit, 'institution');
        return { ...body, first: i, words: tokens.slice(i, body.end), display: copy.slice(k, body.end).map((t) => t.surface) };
      }
      return { kind: 'statement', first: i, end: i + 1, head: withoutArticle(withoutConjunction(norm)), qualifiers: [], name: [], words: [first] };
    }
    if (this.isStatementNoun(norm) && !this.isInstitution(norm)) return this.parseDocument(tokens, i, limit);
    let known = this.knownBodyEnd(tokens, i, limit);
    if (known > i) {
      // Its country or kind after it is part of the name: الهلال الأحمر الليبي، أطباء بلا حدود الفرنسية.
      for (let k = 0; k < 2 && openToken(tokens, known, limit) && !tokens[known]!.quoted && this.isGroupAdjective(tokens[known]!) && !/^[وف]/.test(tokens[known]!.norm); k++) known++;
      const words = tokens.slice(i, known);
      // Matched only once its conjunction was read off (وأطباء بلا حدود): shown without it.
      const conjunction = !this.cues.knownBodies.has(norm);
      const display = words.map((t, k) => (k === 0 && conjunction ? t.surface.replace(/^[وف]/, '') : t.surface));
      return { kind: 'institution', first: i, end: known, head: withoutArticle(withoutConjunction(norm)), qualifiers: words.slice(1).map((t) => t.norm), name: [], words, display };
    }
    // "كشف أمين التهراوي، وزير الصحة": a title that is also a listed given name (أمين), then a family
    // name with the article closed by punctuation or the verb's complementiser, is a name, not "the secretary of".
    const surname = openToken(tokens, i + 1, limit);
    const closed = tokens[i + 2];
    // (Or a bare name word that is no place, body or title: "أمير عبدو يكشف", not "أمير قطر".)
    const bareSurname = !!surname && !hasArticle(surname.norm) && this.isNameLike(surname) && !this.isPlace(surname.norm) && !this.cues.placeHeads.has(surname.norm) && !this.givenName(surname.norm) && !this.isParticle(surname.norm);
    if (this.isTitle(norm) && !hasArticle(norm) && this.givenName(norm) && surname && (this.isArticleSurname(surname) || bareSurname) && (!closed || i + 2 >= limit || hardBreakBefore(closed) || this.isComplementizer(closed.norm) || (bareSurname && this.isVerbWord(closed.norm)))) {
      return { kind: 'person', first: i, end: i + 2, head: null, qualifiers: [], name: tokens.slice(i, i + 2), words: [], gender: this.givenName(norm) };
    }
    // "وقالت سيدة بن علالة": a word the article writes before بن/بنت and a name is a given name
    // (learnNasabNames), though alone it is a title (سيدة, a lady).
    const particle = openToken(tokens, i + 1, limit);
    if (particle && (particle.norm === 'بن' || particle.norm === 'بنت') && this.nasabNames.has(withoutConjunction(norm))) {
      const end = this.nameRun(tokens, i, limit);
      if (end > i + 2) return { kind: 'person', first: i, end, head: null, qualifiers: [], name: tokens.slice(i, end), words: [], gender: this.givenName(norm) };
    }
    // "قال ممثل عن الطلاب": a head that is both a title and an anonymous source, speaking for a group
    // after عن, is the source (ممثل المفوضية سامي العلي, with a name, is the title).
    if (this.isAnonymous(norm) && openToken(tokens, i + 1, limit)?.norm === 'عن') return this.parseGroup(tokens, i, limit, 'source');
    // "وقالت مسؤولة في منظمة الصحة العالمية", "مسؤولة منظمة الصحة العالمية مارغريت هاريس": an
    // indefinite woman official is a source like her masculine, with her body and any name after it.
    if (!hasArticle(withoutConjunction(norm)) && /ة$/.test(bareSurface(first)) && this.isAnonymous(norm)) {
      return { ...this.parseGroup(tokens, i, limit, 'source'), gender: 'f' };
    }
    if (this.isTitle(norm) || this.isFeminineTitle(tokens, i, limit) || this.isPossessedTitleBeforeName(tokens, i, limit)) return this.parsePerson(tokens, i, limit);
    if (this.isInstitution(norm)) return this.parseGroup(tokens, i, limit, 'institution');
    if (this.isAnonymous(norm)) {
      // «عدد الوفيات» is a count, no one speaking: a partitive head speaks only for the group after من.
      // ("بعض سكان المنطقة": or in construct with a source of its own, whom it counts.)
      const countsInConstruct = !!openToken(tokens, i + 1, limit) && !hasArticle(tokens[i + 1]!.norm) && this.isAnonymous(tokens[i + 1]!.norm);
      if (this.cues.partitiveHeads.has(withoutConjunction(norm)) && !this.countsGroup(tokens, i, limit) && !countsInConstruct) return null;
      return this.parseGroup(tokens, i, limit, 'source');
    }
    // "قالت إسرائيل إن…", "وأكدت مصر أن…": a country speaks as a body, never as a person.
    // A place spelt like a common noun is that noun in construct: "صور الأقمار الصناعية" are images, not Tyre.
    const after = openToken(tokens, i + 1, limit);
    const inConstruct = this.cues.commonWordPlaces.has(withoutConjunction(norm)) && !!after && hasArticle(after.norm) && !this.isGroupAdjective(after);
    if (this.isPlace(withoutConjunction(norm)) && !this.givenName(norm) && !inConstruct) {
      return { kind: 'institution', first: i, end: i + 1, head: withoutConjunction(norm), qualifiers: [], name: [], words: [first] };
    }
    const role = this.roleBeforeName(tokens, i, limit);
    if (role) return role;
    // "السويسري مارسيل كولر": a nationality before a name (two name words, or a listed given name).
    if (this.cues.demonyms.has(withoutConjunction(norm)) && openToken(tokens, i + 1, limit) && this.isNameLike(tokens[i + 1]!)) {
      const end = this.nameRun(tokens, i + 1, limit);
      if (end > i + 2 || (end > i + 1 && this.givenName(tokens[i + 1]!.norm))) {
        return { kind: 'person', first: i, end, head: null, qualifiers: [withoutConjunction(norm)], name: tokens.slice(i + 1, end), words: tokens.slice(i, end), gender: this.givenName(tokens[i + 1]!.norm) ?? (/ه$/.test(norm) ? 'f' : 'm') };
      }
    }
    if (this.isNameLike(first) || this.isArticleGivenName(norm)) {
      const end = this.nameRun(tokens, i, limit);
      if (end <= i) return null;
      return { kind: 'person', first: i, end, head: null, qualifiers: [], name: tokens.slice(i, end), words: [], gender: this.givenName(first.norm) };
    }
    return null;
  }

  /**
   * "بائع الخضار محمود الونش", "صديق الضحية أحمد سالم": a role no title list holds (an indefinite
   * noun and its genitive words with the article), then a listed given name starting a name. The
   * role is the title; without the given name nothing is read (a noun is never a name).
   */
  private roleBeforeName(tokens: SentenceToken[], i: number, limit: number): Mention | null {
    const first = tokens[i]!;
    const norm = withoutConjunction(first.norm);
    if (hasArticle(norm) || norm.length < 3 || /^[لك]/.test(norm) || /^ب(?:ال|ه|ها)/.test(norm) || this.isStop(norm) || this.isTime(norm) || this.isComplementizer(norm) || this.isVerbWord(norm) || this.isNeverName(norm) || this.givenName(norm) || this.isStatementNoun(norm) || /[\u064B-\u064D]/.test(first.surface)) return null;
    let k = i + 1;
    while (k < limit && k - i <= MENTION_LIMITS.roleWords && openToken(tokens, k, limit) && this.isQualifier(tokens[k]!) && !this.isArticleGivenName(tokens[k]!.norm)) k++;
    const given = openToken(tokens, k, limit);
    if (k === i + 1 || !given || !this.givenName(given.norm) || hasArticle(given.norm) || isPrepositionAla(given)) return null;
    const end = this.nameRun(tokens, k, limit);
    if (end <= k + 1) return null;
    return { kind: 'person', first: i, end, head: withoutArticle(norm), qualifiers: tokens.slice(i + 1, k).map((t) => t.norm), name: tokens.slice(k, end), words: tokens.slice(i, end), gender: this.givenName(given.norm) };
  }

  /**
   * End of the body a person serves in, from its head at i: its name (parseGroup), then its own name
   * in quote marks (في بنك الاستثمار «إتش سي» هبة منير) running on with ل (مركز «الأهرام» للدراسات
   * السياسية), then a one-word من/عن phrase, its participle first, when a given name follows
   * (في الحكومة المكلفة من البرلمان عثمان …).
   */
  private servedBodyEnd(tokens: SentenceToken[], i: number, limit: number): number {
    let end = this.quotedComplement(tokens, this.bodyBeforeName(tokens, i, this.parseGroup(tokens, i, limit, 'institution').end), limit);
    // "وزير الطيران المدني في الحكومة ذاتها، هشام …": "the same" after the body is the body said again.
    if (openToken(tokens, end, limit) && this.cues.sameReferenceAfter.has(tokens[end]!.norm)) end++;
    if (tokens[end - 1]?.quoted && closesQuoteOnly(tokens[end]) && /^لل/.test(tokens[end]!.norm) && !this.isStop(tokens[end]!.norm)) {
      end++;
      while (openToken(tokens, end, limit) && hasArticle(tokens[end]!.norm) && this.isQualifier(tokens[end]!) && !this.isArticleGivenName(tokens[end]!.norm)) end++;
    }
    const participle = openToken(tokens, end, limit);
    const skip = participle && hasArticle(participle.norm) && this.isQualifier(participle) && isByWord(openToken(tokens, end + 1, limit)) ? 1 : 0;
    const byWhom = openToken(tokens, end + skip + 1, limit);
    const after = openToken(tokens, end + skip + 2, limit);
    if (isByWord(openToken(tokens, end + skip, limit)) && byWhom && hasArticle(byWhom.norm) && this.isQualifier(byWhom) && after && !!this.givenName(after.norm)) end += skip + 2;
    return end;
  }

  /**
   * Where a body read from i to `end` gives way to the name of the person serving in it, when the
   * body's reading took that name as its own words: "القيادي في حركة حماس أسامة حمدان" (a listed
   * given name after the body's own name), "القيادي في التيار الوطني الحر جبران باسيل" (two bare
   * name words after the body's words with the article). A body named after a person keeps the name
   * (مؤسسة محمد بن راشد: the given name right after the head).
   */
  private bodyBeforeName(tokens: SentenceToken[], i: number, end: number): number {
    for (let k = i + 2; k < end - 1; k++) {
      if (tokens[k]!.quoted) return end;
      if (this.givenName(tokens[k]!.norm) && !hasArticle(tokens[k]!.norm) && !this.isParticle(tokens[k - 1]!.norm)) return k;
    }
    if (end - i >= 4 && this.bareNameWord(tokens[end - 1]!) && this.bareNameWord(tokens[end - 2]!) && hasArticle(tokens[end - 3]!.norm) && !this.isParticle(tokens[end - 3]!.norm)) return end - 2;
    return end;
  }

  /** A name word without the article, outside quote marks, no particle. */
  private bareNameWord(t: SentenceToken): boolean {
    return !hasArticle(t.norm) && !t.quoted && this.isNameLike(t) && !this.isParticle(t.norm);
  }

  /** «عدد من النواب»: a partitive head at i, then من and a group with the article. */
  private countsGroup(tokens: SentenceToken[], i: number, limit: number): boolean {
    const group = openToken(tokens, i + 1, limit)?.norm === 'من' ? openToken(tokens, i + 2, limit) : undefined;
    return !!group && hasArticle(group.norm) && this.isQualifier(group);
  }

  /**
   * A body named in one word with the article, a listed given name right after it (في الأونروا
   * جولييت توما، في اليونيسف سارة …): an acronym or name the institution heads do not list.
   */
  private oneWordBodyBeforeName(tokens: SentenceToken[], i: number, limit: number): boolean {
    const body = tokens[i]!;
    const name = openToken(tokens, i + 1, limit);
    return hasArticle(body.norm) && !body.quoted && !!name && !!this.givenName(name.norm) && !hasArticle(name.norm) && !this.isStop(body.norm) && !this.isTime(body.norm) && !this.isPlace(body.norm) && !this.cues.placeHeads.has(body.norm) && !this.isStatementNoun(body.norm) && !this.isNeverName(body.norm);
  }

  /** End of a listed body's name starting at token i (أطباء بلا حدود, with or without و), else i. */
  private knownBodyEnd(tokens: SentenceToken[], i: number, limit: number): number {
    const first = tokens[i]!;
    const candidates = this.cues.knownBodies.get(first.norm) ?? this.cues.knownBodies.get(withoutConjunction(first.norm));
    const phrase = candidates?.find((p) => p.every((w, k) => k === 0 || (i + k < limit && !!openToken(tokens, i + k, limit) && tokens[i + k]!.norm === w)));
    return phrase ? i + phrase.length : i;
  }

  /** End of a run of name-like words starting at i (at most four, never across punctuation). */
  /** A family name with the article (الصفدي، المسماري، السيسي): nisba-shaped, after a first name. */
  isArticleSurname(tok: SentenceToken): boolean {
    return hasArticle(tok.norm) && /ي$/.test(tok.norm) && !this.isStop(tok.norm) && !this.isTime(tok.norm) && !this.isInstitution(tok.norm) && !/[\u064B-\u064D]/.test(tok.surface);
  }

  /**
   * The verbal noun of a verb of the second or third form, تفعلة / تفعيل (تهدئة، تسليم), with or
   * without و/ف: an action, never a subject ("… وتهدئة أسرته، وقالوا إن").
   */
  isFormVerbalNoun(tok: SentenceToken): boolean {
    const bare = bareSurface(tok).replace(/^[وف](?=ت)/, '');
    return /^ت[^اويى]{3}ة$/.test(bare) || /^ت[^اويى]{2}ي[^اويى]$/.test(bare);
  }

  /** A nationality adjective with the article (المصري، الأردنية), entities.json. */
  isDemonym(norm: string): boolean {
    return this.cues.demonyms.has(norm);
  }

  /** The country a one-word nationality adjective names (الكويتي → kuwait), entities.json. */
  demonymCountry(norm: string): string | undefined {
    return this.cues.countries.get(norm)?.find((f) => f.words.length === 1)?.country;
  }

  /** Whether normalised text names a country by any of its forms (name, nationality adjective, its places). */
  namesCountry(normText: string, country: string): boolean {
    for (const forms of this.cues.countries.values()) {
      for (const f of forms) if (f.country === country && normText.includes(f.words.join(' '))) return true;
    }
    return false;
  }

  /** An indefinite feminine nisba (صحافية، رسمية) agreeing with a document noun before it. */
  private isBareFeminineNisba(t: SentenceToken): boolean {
    return !hasArticle(t.norm) && /ية$/.test(bareSurface(t)) && !this.isStop(t.norm) && !this.givenName(t.norm);
  }

  /** Nisba adjectives and listed ones: what may follow a body's name (الداخلية السعودية، العامة). */
  private isGroupAdjective(tok: SentenceToken): boolean {
    const w = withoutConjunction(tok.norm);
    // (الذي ends like a nisba and is none.)
    return hasArticle(w) && !this.isStop(w) && (/(ي|يه|يين|يون)$/.test(w) || this.cues.adjectives.has(w));
  }

  /**
   * End of the name starting at i: a run of name-like words (never across punctuation), where a
   * particle (عبد، أبو، بن، آل) always takes the next word, and after a listed given name a word with
   * the article is the family name (نجلاء المنقوش). A lone unknown word followed by a noun with the
   * article is a common noun in construct (حالة الطوارئ), not a name: returns i.
   */
  /**
   * A given name that is also a time word (صباح) after a title: a name when a family name follows
   * (الدكتورة صباح الخزاعي), the time of day when a time word or anything else does (الوزير صباح اليوم).
   */
  private timeWordAsName(tokens: SentenceToken[], n: number, limit: number): boolean {
    const t = tokens[n]!;
    const next = openToken(tokens, n + 1, limit);
    if (!this.givenName(t.norm) || !this.isTime(t.norm) || hasArticle(t.norm) || !next || this.isTime(next.norm)) return false;
    return this.isNameLike(next) || this.isArticleSurname(next);
  }

  private nameRun(tokens: SentenceToken[], i: number, limit: number, personal = true): number {
    const max = MENTION_LIMITS.nameWords;
    let j = i + 1;
    let words = 1;
    while (j < limit && words < max && !hardBreakBefore(tokens[j]!) && !tokens[j]!.quoted) {
      const t = tokens[j]!;
      const chained = this.runParticle(tokens, i, j - 1);
      // After a given name or a particle's word (بن عبد الرحمن)، a word with the article is the family name.
      const nameBefore = !!this.givenName(tokens[j - 1]!.norm) || (j - 2 >= i && this.runParticle(tokens, i, j - 2));
      const afterGiven = nameBefore && hasArticle(t.norm) && this.isQualifier(t) && !this.isInstitution(t.norm) && !this.isTitle(t.norm);
      // "حسن فضل الله", "فتح الله", "عصام شرف الدين": a word before الله or الدين makes one compound name, whatever it means alone.
      const next = tokens[j + 1];
      if (next && j + 1 < limit && (next.norm === 'الله' || next.norm === 'الدين') && !hardBreakBefore(next) && !next.quoted && !hasArticle(t.norm) && !this.isStop(t.norm) && !this.isComplementizer(t.norm) && !(words >= 2 && /^و/.test(t.norm))) {
        words++;
        j += 2;
        continue;
      }
      // "أكرم إمام أوغلو", "أحمد داود أوغلو": a word before a family name's tail written apart (names.json
      // surnameTails) is one family name with it, though alone it is a title or a word of its own (إمام
      // normalises like أمام, a preposition): the tail leaves no other reading.
      if (next && j + 1 < limit && this.isSurnameTail(next) && !hasArticle(t.norm) && !this.isComplementizer(t.norm)) {
        words++;
        j += 2;
        continue;
      }
      // "منى عبد الرحيم السيد، رئيسة اللجنة": an honorific that is also a family name, closing the name.
      const after = tokens[j + 1];
      const closesChain = !after || j + 1 >= limit || hardBreakBefore(after) || this.isComplementizer(after.norm);
      // Those honorifics that are common family names (surnamesAfterGiven: الحاج، السيد) are one after a
      // listed given name too (وزير الداخلية نزار الحاج مؤتمراً), unless another name follows; الشيخ
      // and الأمير are not: "استقبل الملك سلمان الشيخ صباح" is a second person, the sheikh.
      const opensAfter = !!after && j + 1 < limit && !hardBreakBefore(after) && (!!this.givenName(after.norm) || this.isParticle(after.norm) || this.isNameLike(after));
      // ("مصطفى الحاج يوسف": one of them before a name after a listed given name is the first word of
      // a family name of two, الحاج يوسف.)
      // (Not before a common adjective with the article, which makes it the title: محمد الأمين العام للأمم المتحدة.)
      const titleAdjective = !!after && j + 1 < limit && /^ال/.test(after.norm) && !this.isArticleSurname(after) && !this.isNameLike(after);
      const afterListedGiven = words === 1 && this.cues.names.surnamesAfterGiven.has(t.norm) && !!this.givenName(tokens[j - 1]!.norm) && !titleAdjective;
      const titleSurname = this.cues.names.titleSurnames.has(t.norm) && ((words >= 2 && closesChain) || (afterListedGiven && (!opensAfter || (!!after && !this.isParticle(after.norm) && !!this.givenName(after.norm)))));
      // "فيجاي فاليشا، كبير مسؤولي …": a foreign family name spelt like ف + the article, closing the name.
      const foreignFa = /^فال/.test(t.norm) && t.norm.length >= 5 && !this.isStop(t.norm.slice(1)) && closesChain && this.isNameLike(tokens[j - 1]!);
      // "يوهان فان دير بيرغ": a two-word particle whose first word alone is none (فان reads like فإن) opens here.
      const pairAhead = !!next && j + 1 < limit && !hardBreakBefore(next) && this.isParticle(`${t.norm} ${next.norm}`);
      // "محمد أمين الإدريسي": a listed given name after another is a compound given name, though
      // alone it is also a title (أمين عام), when a family name with the article follows.
      const compoundGiven = !!this.givenName(tokens[j - 1]!.norm) && !!this.givenName(t.norm) && !hasArticle(t.norm) && !!next && j + 1 < limit && !hardBreakBefore(next) && hasArticle(next.norm) && this.isQualifier(next) && !this.isTitle(next.norm);
      // "عز الدين أوناحي": الدين or الله right after the run's first word closes that compound given name.
      // (It counts as a word of the name: فتح الرحمن الأمين، before its comma, has a family name.)
      if (j === i + 1 && this.isCompoundTail(t) && !hasArticle(tokens[i]!.norm) && !this.isStop(tokens[i]!.norm)) {
        words++;
        j++;
        continue;
      }
      // "طانر يلدز، أن": a family name shaped like a present verb (ي and three letters) after the given
      // name, closing the name before a comma or a complementiser.
      const presentShaped = presentVerbShaped(t.norm) && !this.isVerbWord(t.norm) && !this.isStop(t.norm) && (!after || j + 1 >= limit || COMMA_ONLY.test(after.gap) || this.isComplementizer(after.norm));
      if (!(chained || afterGiven || titleSurname || foreignFa || pairAhead || compoundGiven || presentShaped || this.isNameLike(t) || this.isArticleSurname(t) || this.runParticle(tokens, i, j) || this.spelledAsName(t))) break;
      // "نفى العميد نبيل عبد الله وجود أي مفاوضات": after two name words a word led by و is the next
      // phrase (and …), unless it is a listed given name or the article repeats it (وليد، وائل).
      if (!chained && words >= 2 && /^و/.test(t.norm) && !this.givenName(t.norm) && !this.recurs(t)) break;
      // "أكد الخبير عبد الرحيم منار اسليمي لهسبريس أن…": likewise a word led by ل is whom it was said to.
      if (!chained && words >= 2 && /^ل/.test(t.norm) && !this.givenName(t.norm) && !this.recurs(t)) break;
      // "وأشاد المدرب جورجي جيسوس بأداء لاعبيه": and ب glued to a hamza or the article opens what follows (بأداء، بالقرار).
      if (!chained && words >= 2 && /^ب(?:[أإ]|ال)/.test(bareSurface(t)) && !this.givenName(t.norm) && !this.recurs(t)) break;
      if (!this.runParticle(tokens, i, j - 1)) words++;
      j++;
    }
    // A particle never ends a name.
    while (j > i + 1 && this.runParticle(tokens, i, j - 1)) j--;
    let lastRecurring = -1;
    // A particle (عبد، بن، أبو) recurs across different names: no evidence that this name ends there.
    // Nor does a listed given name: two people called وليد are not one name ending there.
    // Nor the two words of a compound given name (عماد الدين، نصر الله): الدين recurs in نور الدين.
    for (let k = i; k < j; k++) if (this.recurs(tokens[k]!) && !this.runParticle(tokens, i, k) && !(k < j - 1 && (this.givenName(tokens[k]!.norm) || this.compoundPart(tokens, i, j, k)))) lastRecurring = k;
    // The cut never splits a chain: particles, what follows them, and family names with the article stay.
    let end = lastRecurring >= i ? lastRecurring + 1 : j;
    while (end < j && (this.runParticle(tokens, i, end - 1) || this.runParticle(tokens, i, end) || this.isArticleSurname(tokens[end]!) || (hasArticle(tokens[end]!.norm) && !!this.givenName(tokens[end - 1]!.norm)) || this.recurs(tokens[end]!))) end++;
    // A last word followed by a noun with the article is a common noun in construct (حالة الطوارئ،
    // "يان كوبيتش ممثلي الأطراف"), unless it is a known given name, recurs, or belongs to a particle.
    const last = end - 1;
    if (personal && !this.runParticle(tokens, i, last) && !(last > i && this.runParticle(tokens, i, last - 1)) && !hasArticle(tokens[last]!.norm) && !this.givenName(tokens[last]!.norm) && !this.recurs(tokens[last]!) && !this.cues.figureNameWords.has(tokens[last]!.norm)) {
      const next = tokens[end];
      if (next && end < limit && !hardBreakBefore(next) && !next.quoted && /^(?:و|ف)?ال/.test(next.norm) && this.isQualifier(next) && !this.isArticleSurname(next) && !this.isTitle(next.norm) && !this.isInstitution(next.norm) && !this.isAnonymous(next.norm)) return last;
      // "بنيامين نتانياهو تفقد موقع الهجوم": after two name words, one followed by a noun in construct
      // with a noun with the article is the sentence's verb and its object, not a third name.
      const object = tokens[end + 1];
      if (last >= i + 2 && next && object && end + 1 < limit && !hardBreakBefore(next) && !hardBreakBefore(object) && !next.quoted && !object.quoted && !hasArticle(next.norm) && /^ال/.test(object.norm) && this.isQualifier(object) && !this.isArticleSurname(object) && !this.isStop(next.norm) && !this.isComplementizer(next.norm) && !this.isTime(next.norm) && !this.isTitle(next.norm) && !this.isAnonymous(next.norm) && !this.givenName(next.norm) && !this.isPlace(next.norm) && !this.isParticle(next.norm)) return last;
    }
    return end;
  }

  /**
   * Token k of a name run from i is a particle (عبد، بن), or the second word of a two-word one (فون
   * دير), which takes the next word as a one-word particle does. (A method, not a closure in
   * nameRun: nameRun runs for every candidate name, and each closure made costs.)
   */
  private runParticle(tokens: SentenceToken[], i: number, k: number): boolean {
    return this.isParticle(tokens[k]!.norm) || (k > i && this.isParticle(`${tokens[k - 1]!.norm} ${tokens[k]!.norm}`));
  }

  /** Token k of the run [i, j) is a word of a compound given name (عماد الدين، نصر الله): itself its tail, or the word before one. */
  private compoundPart(tokens: SentenceToken[], i: number, j: number, k: number): boolean {
    return (k > i && this.isCompoundTail(tokens[k]!)) || (k + 1 < j && this.isCompoundTail(tokens[k + 1]!));
  }

  /** End of a ل-genitive's chain at k (لحقوق الإنسان، لسكك حديد مصر): the noun with the article or the place closing it, else k. */
  private lGenitiveEnd(tokens: SentenceToken[], k: number, limit: number): number {
    for (let e = k + 1; e < limit && e - k <= 3; e++) {
      const t = openToken(tokens, e, limit);
      if (!t) return k;
      // A noun with the article closes it after at most one bare noun, a place after at most two
      // ("لمواجهة انتشار وباء الكوليرا" is a purpose, not a name).
      if (hasArticle(t.norm) && this.isQualifier(t)) return e - k <= 2 ? e + 1 : k;
      if (this.isPlace(t.norm)) return e + 1;
      if (hasArticle(t.norm) || this.isStop(t.norm) || this.isVerbWord(t.norm) || this.isTime(t.norm) || this.isComplementizer(t.norm) || !!this.givenName(t.norm)) return k;
    }
    return k;
  }

  /** A second title without the article at k that carries a name ("، رئيسة البعثة الأممية، هانا تيتيه"). */
  private secondTitleNamed(tokens: SentenceToken[], k: number, limit: number): boolean {
    const t = tokens[k];
    if (!t || t.quoted || !this.isTitle(t.norm)) return false;
    const second = this.parsePerson(tokens, k, limit);
    // (A title with the article only when its own name follows in apposition: "وزير الدولة لشؤون
    // الإعلام، الناطق الرسمي باسم الحكومة، فيصل الشبول،".)
    if (hasArticle(withoutConjunction(t.norm)) && !(second.name.length > 0 && COMMA_ONLY.test(second.name[0]!.gap))) return false;
    return second.name.length > 0 && !second.pronominal;
  }

  /**
   * End of a short phrase from k (at most four words, no punctuation inside) that a comma and a
   * name in apposition follow ("بالمرأة والشباب العامل، هالة بن عمر"), else k.
   */
  private phraseBeforeAppositiveName(tokens: SentenceToken[], k: number, limit: number): number {
    for (let e = k + 1; e < limit && e - k <= MENTION_LIMITS.titleBeforeApposition; e++) {
      if (tokens[e - 1]!.quoted) return k;
      if (COMMA_ONLY.test(tokens[e]!.gap)) return this.nameAfterHonorific(tokens, e, limit) ? e : k;
      if (hardBreakBefore(tokens[e]!)) return k;
    }
    return k;
  }

  /**
   * End of a place noun's name from k (جهة فاس مكناس، عمالة فاس) when a comma and a name or a
   * second title in apposition close it: at most three name-shaped words after the noun; else k.
   */
  private placeBeforeAppositiveName(tokens: SentenceToken[], k: number, limit: number): number {
    for (let e = k + 2; e < limit && e - k <= 4; e++) {
      const word = tokens[e - 1]!;
      // (The place's adjective may close it: دائرة فاس الجنوبية.)
      const adjective = e - 1 > k + 1 && hasArticle(word.norm) && this.isQualifier(word);
      // (A place word no word class takes, لاهاينا, still names the place right before a listed given name.)
      const beforeGiven = !!tokens[e] && !!this.givenName(tokens[e]!.norm) && !hasArticle(word.norm) && !this.isStop(word.norm) && !this.isTime(word.norm) && !this.isVerbWord(word.norm);
      if (word.quoted || (e - 1 > k && hardBreakBefore(word)) || !(this.isNameLike(word) || this.isPlace(word.norm) || adjective || beforeGiven)) return k;
      if (COMMA_ONLY.test(tokens[e]!.gap)) return this.nameAfterHonorific(tokens, e, limit) || this.secondTitleNamed(tokens, e, limit) ? e : k;
      if (hardBreakBefore(tokens[e]!)) return k;
      // "النائبة عن محافظة البصرة زينب جمعة الحلفي": without a comma, a listed given name opens the name.
      if (e - k >= 2 && this.givenName(tokens[e]!.norm) && !hasArticle(tokens[e]!.norm) && this.nameAfterHonorific(tokens, e, limit)) return e;
    }
    return k;
  }

  /**
   * Where a name in apposition ends: at the comma that closes it when the name run stopped short
   * of it on words a name may hold (a family name that is also a title, الأمين؛ a long Mauritanian
   * chain, أحمد سالم ولد محمد الأمين ولد أبنو), at most `appositiveExtra` words further; else `end`.
   */
  private appositiveNameEnd(tokens: SentenceToken[], at: number, end: number, limit: number): number {
    if (end <= at) return end;
    for (let k = end; k < limit; k++) {
      const t = tokens[k]!;
      if (hardBreakBefore(t)) return k > end && COMMA_ONLY.test(t.gap) ? k : end;
      if (k - end >= MENTION_LIMITS.appositiveExtra) return end;
      if (t.quoted || this.isStop(t.norm) || this.isVerbWord(t.norm) || this.isComplementizer(t.norm) || this.isTime(t.norm)) return end;
      // (A particle takes the next word, whatever it looks like: ولد أبنو.)
      if (!(this.isNameLike(t) || this.isParticle(t.norm) || this.isParticle(tokens[k - 1]!.norm) || (hasArticle(t.norm) && this.isQualifier(t) && !this.isInstitution(t.norm)))) return end;
    }
    return end;
  }

  /**
   * A name at k, or after one honorific with the article (الدكتور، الشيخ، المهندس): a known given
   * name or two name words ("ممثل المنظمة في اليمن، الدكتور أرتورو بيسيغان،").
   */
  private nameAfterHonorific(tokens: SentenceToken[], k: number, limit: number): boolean {
    let n = k;
    if (n + 1 < limit && this.isHonorific(tokens[n]!) && !hardBreakBefore(tokens[n + 1]!)) n++;
    const t = tokens[n];
    if (!t || t.quoted || !this.isNameLike(t)) return false;
    return !!this.givenName(t.norm) || this.nameRun(tokens, n, limit) > n + 1;
  }

  /** Tokens of a quoted name right at k (رئيس «الهيئة العامة للزكاة»، وكالة «فرانس برس»): the end, else k. */
  private quotedComplement(tokens: SentenceToken[], k: number, limit: number): number {
    const end = quotedSpanEnd(tokens, k, limit, MENTION_LIMITS.quotedComplement);
    // "مراسل «العربية» و«الحدث»": a second quoted name joined by a bare و is the same complement.
    const and = tokens[end];
    if (end > k && and && end + 1 < limit && and.norm === 'و' && !and.quoted && closesQuoteOnly(and)) {
      const second = quotedSpanEnd(tokens, end + 1, limit, MENTION_LIMITS.quotedComplement);
      if (second > end + 1) return second;
    }
    return end;
  }

  /** A quoted complement at k whose closing mark the next word follows directly («إتش سي» هبة): its end, else k. */
  private quotedThenWord(tokens: SentenceToken[], k: number, limit: number): number {
    const end = this.quotedComplement(tokens, k, limit);
    return end > k && closesQuoteOnly(tokens[end]) ? end : k;
  }

  /**
   * End of a person's name written in quote marks at k (الرئيس "عبدالفتاح السيسي"، أعربت “الدماطي” عن…),
   * else k. Only a short span of name-shaped words with evidence that it is a name: a listed given
   * name first, or a word the article repeats (the name was introduced unquoted before).
   */
  quotedName(tokens: SentenceToken[], k: number, limit: number): number {
    // (Particles and the words they take do not count: الأمير "عبد العزيز بن سلمان بن عبد العزيز" is a name of three.)
    let particles = 0;
    for (let x = k; x < limit && tokens[x]!.quoted && x - k < MENTION_LIMITS.quotedName * 3; x++) if (this.isParticle(tokens[x]!.norm)) particles++;
    const j = quotedSpanEnd(tokens, k, limit, MENTION_LIMITS.quotedName + 2 * particles);
    // The name is the subject of what follows: something must come after it.
    if (j === k || j >= limit) return k;
    const span = tokens.slice(k, j);
    // (A last word shaped like a present verb, يلدز, is a family name inside the marks.)
    const nameShaped = span.every((t, x) => this.isNameLike(t) || this.isArticleSurname(t) || this.isParticle(t.norm) || !!this.givenName(t.norm) || (x > 0 && this.isParticle(span[x - 1]!.norm)) || (x > 0 && x === span.length - 1 && presentVerbShaped(t.norm) && !this.isVerbWord(t.norm)));
    const evidence = !!this.givenName(span[0]!.norm) || this.isParticle(span[0]!.norm) || span.some((t) => this.recurs(t));
    return nameShaped && evidence ? j : k;
  }

  /**
   * Where the name after a title starts at k: past honorifics and further titles (الشيخ، الدكتور),
   * else -1. (A method, not a closure in parsePerson: that runs for every title of every sentence.)
   */
  private titledNameAt(tokens: SentenceToken[], k: number, limit: number): number {
    let n = k;
    while (n < limit && n - k < 2 && this.isHonorific(tokens[n]!) && (n === k || !hardBreakBefore(tokens[n]!))) n++;
    if (n >= limit || (n > k && hardBreakBefore(tokens[n]!)) || tokens[n]!.quoted) return -1;
    if (!this.isNameLike(tokens[n]!) && !this.isArticleGivenName(tokens[n]!.norm) && !this.cues.figureSurnames.has(tokens[n]!.norm) && !this.spelledGivenName(tokens, n, limit) && !(n > k - 1 && !hasArticle(tokens[n]!.norm) && this.givenName(tokens[n]!.norm) && this.isTitle(tokens[n]!.norm)) && !this.timeWordAsName(tokens, n, limit)) return -1;
    return n;
  }

  private parsePerson(tokens: SentenceToken[], i: number, limit: number): Mention {
    const headNorm = inLexicon(this.cues.personTitles, tokens[i]!.norm);
    const bare = withoutArticle(headNorm);
    // رئيسها / نظيره: a title with a pronoun points back to someone; it takes no complement.
    const suffixed = /^(.{3,}?)(ها|هم|هما|ه)$/.exec(bare);
    // وزيرة، الناطقة، رئيسة: a feminine title (written with ة, which normalises like the pronoun ه).
    // (Or an anonymous head's feminine: المسؤولة is a woman, مسؤول its head.)
    const feminine = /ة$/.test(tokens[i]!.surface) && (this.isTitle(bare.slice(0, -1)) || this.isAnonymous(bare.slice(0, -1)));
    // (A feminine noun's ة is written ت before the pronoun: جارته is جارة's.)
    const possessed = suffixed && !feminine ? [suffixed[1]!, suffixed[1]!.endsWith('ت') ? `${suffixed[1]!.slice(0, -1)}ه` : ''].find((w) => w && this.isTitle(w)) : undefined;
    const pronominal = !!possessed;
    const head = possessed ?? (feminine ? bare.slice(0, -1) : bare);
    let gender: 'm' | 'f' | undefined = feminine ? 'f' : undefined;
    const qualifiers: string[] = [];
    let j = i + 1;
    // A title in construct state (رئيس كازاخستان، وزير الخارجية) takes one complement, whatever it looks like.
    const construct = !hasArticle(headNorm) && !pronominal;
    let t = openToken(tokens, j, limit);
    // Where an unlisted place after a place noun ends (placeBeforeAppositiveName), once read.
    let placeEnd = j;
    let listedEnd = j;
    const quotedEnd = construct ? this.quotedComplement(tokens, j, limit) : j;
    // The token right after a quoted complement: its gap is the closing quote mark, no break.
    let afterQuote = -1;
    if (quotedEnd > j) {
      for (let k = j; k < quotedEnd; k++) qualifiers.push(tokens[k]!.norm);
      j = afterQuote = quotedEnd;
    } else if (construct && t && this.placeLength(tokens, j, limit) > 1) {
      // "محافظ ذي قار محمد هادي الغزي": a place of several words is the title's one complement.
      const n = this.placeLength(tokens, j, limit);
      for (let k = j; k < j + n; k++) qualifiers.push(tokens[k]!.norm);
      j += n;
    } else if (construct && t && this.cues.placeHeads.has(t.norm) && (placeEnd = this.placeBeforeAppositiveName(tokens, j, limit)) > j + 1) {
      // "والي جهة فاس مكناس، عبد الحق الوزاني": an unlisted place after its place noun, closed by
      // the comma before the name (or a second title) in apposition.
      for (; j < placeEnd; j++) qualifiers.push(tokens[j]!.norm);
    } else if (construct && t && !this.isStop(t.norm) && !this.isTime(t.norm) && !this.isComplementizer(t.norm) && !this.isVerbWord(t.norm) && !this.isNeverName(t.norm)) {
      qualifiers.push(t.norm);
      j++;
      // "رئيس وزراء أرمينيا": a complement that is itself a title in construct takes its own complement.
      const further = openToken(tokens, j, limit);
      // ("رئيس بلدية نابلس عدلي يعيش": so does a place noun without the article before a listed place.)
      const bodyOfPlace = !!further && !hasArticle(t.norm) && this.cues.placeHeads.has(t.norm) && !this.isInstitution(t.norm) && this.isPlace(withoutConjunction(further.norm));
      if (bodyOfPlace || (further && !hasArticle(t.norm) && this.isTitle(t.norm) && !this.isInstitution(t.norm) && !this.isStop(further.norm) && !this.isTime(further.norm) && !this.isVerbWord(further.norm) && !this.isComplementizer(further.norm))) {
        qualifiers.push(further.norm);
        j++;
      }
      // "أمين عام جامعة الدول العربية", "رئيس هيئة مكافحة الفساد": a body in construct runs on as a body.
      if (this.isInstitution(t.norm) && !hasArticle(t.norm)) {
        const body = this.parseGroup(tokens, j - 1, limit, 'institution');
        for (let k = j; k < body.end; k++) qualifiers.push(tokens[k]!.norm);
        j = Math.max(j, body.end);
      }
    }
    // Adjectives and genitives (الروسي، الوزراء، للشؤون), and "لدى/باسم/في X" inside a title.
    for (t = openToken(tokens, j, limit); t; t = openToken(tokens, j, limit)) {
      // Where a short phrase from this word closes the title before a name in apposition (read once, when asked).
      // (Read in place where asked, not by a closure made for every word of every title.)
      let apposition: number | undefined;
      const at = j;
      // "ولفتت الوزيرة الانتباه إلى…": the verb's fixed object is no part of the title.
      if (this.cues.frameFillers.has(t.norm)) break;
      // "الملحق الإعلامي بوزارة الدفاع رشيد بوحولة": the body the title holder serves in, with ب glued.
      const inBody = qualifiers.length > 0 || hasArticle(withoutConjunction(headNorm)) ? /^ب(?!ال)(.{3,})$/.exec(t.norm)?.[1] : undefined;
      if (inBody && this.isInstitution(inBody) && !hasArticle(inBody)) {
        const copy = withNormAt(tokens, j, inBody, t.surface.replace(/^ب/, ''));
        const body = this.parseGroup(copy, j, limit, 'institution');
        for (let k = j; k < body.end; k++) qualifiers.push(tokens[k]!.norm);
        j = body.end;
        continue;
      }
      // "المدرب المغربي للمنتخب الوطني الحسين عموتة": a given name with the article starts the name;
      // so does a title spelt like a given name after the title's own words ("وزير الاقتصاد أمين سلام").
      const following = openToken(tokens, j + 1, limit);
      // (A family name with the article after a listed given name counts too: "الرئيس التنفيذي للشركة أمين الناصر".)
      // (Or right after an honorific with the article: "المهندس أمين الناصر".)
      const familyAhead = !!following && (qualifiers.length > 0 || (j === i + 1 && hasArticle(withoutConjunction(headNorm)))) && !!this.givenName(t.norm) && hasArticle(following.norm) && !this.isGroupAdjective(following) && !this.isTitle(following.norm) && !this.isInstitution(following.norm) && !this.isTime(following.norm) && !this.isStop(following.norm);
      const nameAhead = !!following && (this.isNameLike(following) || this.isArticleSurname(following) || familyAhead);
      // (على written with its alif maqsura is the preposition, not the name علي: "مديرة قسم السيطرة على الأمراض".)
      const preposition = isPrepositionAla(t);
      // (After an honorific with the article too: "المهندس أمين حسن الناصر", "الرئيس أمين الجميل".)
      const titled = qualifiers.length > 0 || (j === i + 1 && hasArticle(withoutConjunction(headNorm)));
      if (nameAhead && !preposition && (this.isArticleGivenName(t.norm) || (titled && !hasArticle(t.norm) && !!this.givenName(t.norm)))) break;
      // "المتحدث باسم شرطة بغداد خالد سالم", "محافظ العاصمة عمان يوسف الشواربة": a listed place right
      // after the title's words, before a listed given name, is where the title's body is, not a name.
      if (qualifiers.length > 0 && !hasArticle(t.norm) && this.isPlace(withoutConjunction(t.norm)) && !this.givenName(t.norm) && !!following && !!this.givenName(following.norm) && !hasArticle(following.norm)) {
        qualifiers.push(t.norm);
        j++;
        continue;
      }
      // "الرئيس السيسي": a public figure known by one word with the article is the name, not an adjective of the title.
      if (this.cues.figureSurnames.has(withoutConjunction(t.norm)) && !this.cues.demonyms.has(t.norm)) break;
      // "وأبلغ الوزير نظيره الأمريكي بأن …": after a title with the article, a word without it carrying a
      // possessive pronoun is whom he spoke to (his counterpart), never part of his title.
      if (j === i + 1 && !construct && !hasArticle(withoutConjunction(t.norm)) && !/^[بلك]/.test(t.norm) && this.withOwnerPronoun(t)) break;
      // "وانتقد رئيس الوزراء الفيتو الأميركي": after a title's definite complement (the construct is
      // closed) only an adjective-shaped word with the article goes on; a plain noun is the verb's object.
      if (construct && qualifiers.length === 1 && j === i + 2 && hasArticle(qualifiers[0]!) && /^ال/.test(t.norm) && !this.isAdjectiveShaped(t)) break;
      // ("المدير العام لوزارة الصحة بالإنابة فادي سنان": an acting office, attribution.json actingMarkers.)
      if (this.isQualifier(t) || this.isTitle(t.norm) || this.cues.actingMarkers.has(t.norm)) {
        qualifiers.push(t.norm);
        j++;
      } else if (/^ل[^ل]/.test(t.norm) && !this.isStop(t.norm) && !this.isNeverName(t.norm) && qualifiers.length && j + 1 < limit && !hardBreakBefore(tokens[j + 1]!) && hasArticle(tokens[j + 1]!.norm) && this.isQualifier(tokens[j + 1]!)) {
        // "رئيس الاتحاد السعودي لكرة القدم", "منسق … لشؤون الشرق الأوسط": a genitive with ل and its noun.
        qualifiers.push(t.norm, tokens[j + 1]!.norm);
        j += 2;
      } else if (/^ل[^ل]/.test(t.norm) && qualifiers.length && (listedEnd = this.knownBodyEnd(withNormAt(tokens, j, t.norm.slice(1)), j, limit)) > j + 1) {
        // "المفوض العام لوكالة غوث وتشغيل اللاجئين الفلسطينيين فيليب لازاريني": a listed body's whole name after ل.
        for (; j < listedEnd; j++) qualifiers.push(tokens[j]!.norm);
      } else if (
        /^ل[^ل]/.test(t.norm) &&
        qualifiers.length &&
        !this.isStop(t.norm) &&
        !this.isNeverName(t.norm) &&
        !this.givenName(t.norm) &&
        j + 2 < limit &&
        /^و[^ا]/.test(tokens[j + 1]!.norm) &&
        !hasArticle(tokens[j + 1]!.norm.slice(1)) &&
        ![j + 1, j + 2].some((k) => hardBreakBefore(tokens[k]!)) &&
        hasArticle(tokens[j + 2]!.norm) &&
        this.isQualifier(tokens[j + 2]!)
      ) {
        // "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين", "المؤسسة العامة لنقل وتوزيع الكهرباء": a genitive
        // with ل on two nouns joined by و, then their complement.
        qualifiers.push(t.norm, tokens[j + 1]!.norm, tokens[j + 2]!.norm);
        j += 3;
      } else if (/^ل[^ل]/.test(t.norm) && t.norm.length > 3 && this.isTitle(t.norm.slice(1)) && !hasArticle(t.norm.slice(1)) && !this.isStop(t.norm)) {
        // "المستشار الإعلامي لقائد قوات الدعم السريع، أحمد عابدين": the title of whom the person serves,
        // with its own complement, read as the title is (a name it would take is this person's).
        const inner = this.parsePerson(withNormAt(tokens, j, t.norm.slice(1)), j, limit);
        const titleEnd = inner.end - inner.name.length;
        for (let k = j; k < titleEnd; k++) qualifiers.push(tokens[k]!.norm);
        j = titleEnd;
        break;
      } else if (
        qualifiers.length &&
        /^و/.test(t.norm) &&
        !hasArticle(withoutConjunction(t.norm)) &&
        !this.isStop(t.norm) &&
        !this.isVerbWord(t.norm) &&
        !this.givenName(t.norm.slice(1)) &&
        !!following &&
        hasArticle(following.norm) &&
        this.isQualifier(following) &&
        !!openToken(tokens, j + 2, limit) &&
        (this.isNameLike(tokens[j + 2]!) || !!this.givenName(tokens[j + 2]!.norm))
      ) {
        // "وزير الخارجية وشؤون المغتربين زيد الرواشدة": a second office in construct, joined by و, then the name.
        qualifiers.push(t.norm, following.norm);
        j += 2;
      } else if (qualifiers.length && /^و/.test(t.norm) && !this.isStop(t.norm) && !this.isVerbWord(t.norm) && (apposition ??= this.phraseBeforeAppositiveName(tokens, at, limit)) > j) {
        // "وزيرة إعداد التراب الوطني والتعمير والإسكان وسياسة المدينة، نادية بنعيسى،": offices
        // joined by و run on to the comma before the name in apposition.
        const end = (apposition ??= this.phraseBeforeAppositiveName(tokens, at, limit));
        for (; j < end; j++) qualifiers.push(tokens[j]!.norm);
      } else if (qualifiers.length && TITLE_PREPOSITIONS.has(t.norm) && !/ي$/.test(t.surface) && (apposition ??= this.phraseBeforeAppositiveName(tokens, at, limit)) > j + 1) {
        // "مديرة قسم السيطرة على الأمراض الانتقالية، الدكتورة سوزان …": a short prepositional
        // complement closing the title, then the name in apposition.
        const end = (apposition ??= this.phraseBeforeAppositiveName(tokens, at, limit));
        for (; j < end; j++) qualifiers.push(tokens[j]!.norm);
      } else if (
        qualifiers.length &&
        /^ب(?:ال)?/.test(t.norm) &&
        t.norm.length > 4 &&
        (this.isPlace(t.norm.slice(1)) || this.isGluedPlaceNoun(t.norm) || ((/^بال/.test(t.norm) || this.isInstitution(t.norm.slice(1))) && (apposition ??= this.phraseBeforeAppositiveName(tokens, at, limit)) > j))
      ) {
        // (Or a phrase led by a word with ب and the article that closes the title before a name in apposition:
        // "… والمغاربة المقيمين بالخارج، ناصر بوريطة،", "الأمينة العامة المساعدة المكلفة بالمرأة والشباب العامل، هالة بن عمر،".)
        // "المدير العام لوزارة الصحة بالولاية، الدكتور …", "مدير الأمن بطرابلس": where the office sits, glued with ب.
        // ("وزير التربية والتعليم بحكومة الوحدة الوطنية، عبد السلام الزروق،": the government it serves in.)
        const phraseEnd = /^بال/.test(t.norm) || this.isInstitution(t.norm.slice(1)) ? (apposition ??= this.phraseBeforeAppositiveName(tokens, at, limit)) : j;
        let end = phraseEnd > j ? phraseEnd : j + 1;
        // "المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة العقيد محمد …": a place noun glued with ب
        // takes the listed place after it (the name and its rank follow).
        if (end === j + 1 && this.isGluedPlaceNoun(t.norm)) end += this.placeLength(tokens, j + 1, limit);
        for (; j < end; j++) qualifiers.push(tokens[j]!.norm);
      } else if (qualifiers.length && this.isPlaceNounOfOffice(t.norm) && j + 1 < limit && !hardBreakBefore(tokens[j + 1]!) && !tokens[j + 1]!.quoted) {
        // "عضو المجلس البلدي لمدينة درنة أحمد امدورد": the place the office serves, a place noun glued
        // with ل and the place's name (listed, or one word before the person's name), closes the title.
        const listed = this.placeLength(tokens, j + 1, limit);
        const end = j + 1 + (listed || (j + 2 < limit && !hardBreakBefore(tokens[j + 2]!) && this.nameAfterHonorific(tokens, j + 2, limit) ? 1 : 0));
        if (end === j + 1) break;
        for (; j < end; j++) qualifiers.push(tokens[j]!.norm);
      } else if (this.isInstitution(t.norm) && !hasArticle(t.norm) && qualifiers.length) {
        // "نائب رئيس بنك مصر": a body after the title's words.
        const body = this.parseGroup(tokens, j, limit, 'institution');
        for (let k = j; k < body.end; k++) qualifiers.push(tokens[k]!.norm);
        j = body.end;
      } else if (
        (t.norm === 'في' || t.norm === 'الي') &&
        j + 2 < limit &&
        !hardBreakBefore(tokens[j + 1]!) &&
        !tokens[j + 1]!.quoted &&
        // A listed place, or one word set off by a comma before the name ("في البصرة، سامر…"):
        // never "في مؤتمر صحفي" or a place noun (في محافظة).
        ((this.isPlace(tokens[j + 1]!.norm) && (COMMA_ONLY.test(tokens[j + 2]!.gap) || !hardBreakBefore(tokens[j + 2]!))) ||
          // (Or the field, one noun with the article, right before a name a particle or a listed given name opens: "الباحث في الجيوفيزياء عبد الرحيم …".)
          (t.norm === 'في' && /^ال/.test(tokens[j + 1]!.norm) && this.isQualifier(tokens[j + 1]!) && !this.isInstitution(tokens[j + 1]!.norm) && !this.isStatementNoun(tokens[j + 1]!.norm) && !this.isTime(tokens[j + 1]!.norm) && !hardBreakBefore(tokens[j + 2]!) && !hasArticle(tokens[j + 2]!.norm) && (this.isParticle(tokens[j + 2]!.norm) || !!this.givenName(tokens[j + 2]!.norm))) ||
          (COMMA_ONLY.test(tokens[j + 2]!.gap) && !this.cues.placeHeads.has(tokens[j + 1]!.norm) && !this.isStatementNoun(tokens[j + 1]!.norm) && !this.isNeverName(tokens[j + 1]!.norm) && !this.isStop(tokens[j + 1]!.norm) && !this.isTime(tokens[j + 1]!.norm))) &&
        (this.nameAfterHonorific(tokens, j + 2, limit) || (COMMA_ONLY.test(tokens[j + 2]!.gap) && this.secondTitleNamed(tokens, j + 2, limit)))
      ) {
        // "وزيرة التغير المناخي في باكستان، شيري رحمن،", "المبعوث الأممي إلى ليبيا يان كوبيتش": a place
        // inside the title, then the name (a known given name or two name words).
        qualifiers.push(t.norm, tokens[j + 1]!.norm);
        j += 2;
      } else if ((t.norm === 'في' || t.norm === 'عن') && openToken(tokens, j + 1, limit) && this.cues.placeHeads.has(tokens[j + 1]!.norm) && (placeEnd = this.placeBeforeAppositiveName(tokens, j + 1, limit)) > j + 2) {
        // "النائبة عن دائرة فاس الجنوبية، سعاد الإدريسي،": the constituency or district the person
        // stands for, closed by the comma before the name in apposition.
        for (; j < placeEnd; j++) qualifiers.push(tokens[j]!.norm);
      } else if ((t.norm === 'في' || t.norm === 'عن') && openToken(tokens, j + 1, limit) && (this.isInstitution(tokens[j + 1]!.norm) || this.oneWordBodyBeforeName(tokens, j + 1, limit))) {
        // "النائبة في البرلمان الأردني ديمة طهبوب", "الباحث في مركز الدراسات …", "النائب عن كتلة
        // الوفاء للمقاومة حسن فضل الله", "مديرة الإعلام في الأونروا جولييت توما": the body the person serves in or stands for.
        const bodyEnd = this.isInstitution(tokens[j + 1]!.norm) ? this.servedBodyEnd(tokens, j + 1, limit) : j + 2;
        const quotedLast = !!tokens[bodyEnd - 1]?.quoted && closesQuoteOnly(tokens[bodyEnd]);
        const next = quotedLast ? tokens[bodyEnd] : openToken(tokens, bodyEnd, limit);
        // ("وزير الصحة في حكومة تصريف الأعمال اللبنانية، فراس الأبيض،": or the name in apposition after a comma.)
        const namedAfterComma = !next && bodyEnd < limit && COMMA_ONLY.test(tokens[bodyEnd]!.gap) && this.nameAfterHonorific(tokens, bodyEnd, limit);
        // ("مدير العلاقات العامة في قوة الإطفاء العام العميد محمد الغريب": or a rank, then the name.)
        const rankThenName = !!next && this.isHonorific(next) && this.nameAfterHonorific(tokens, bodyEnd, limit);
        if (!namedAfterComma && !rankThenName && (!next || !(this.isNameLike(next) || this.givenName(next.norm) || this.isArticleGivenName(next.norm)))) break;
        qualifiers.push(t.norm, ...tokens.slice(j + 1, bodyEnd).map((x) => x.norm));
        j = bodyEnd;
        if (quotedLast) {
          afterQuote = bodyEnd;
          break;
        }
      } else if (t.norm === 'في' && this.quotedThenWord(tokens, j + 1, limit) > j + 1) {
        // "المحلل في «بلتون» أحمد كمال": the body is only its quoted name; a name must follow.
        const end = this.quotedThenWord(tokens, j + 1, limit);
        const next = tokens[end]!;
        if (!(this.isNameLike(next) || this.givenName(next.norm))) break;
        qualifiers.push(t.norm, ...tokens.slice(j + 1, end).map((x) => x.norm));
        j = afterQuote = end;
        break;
      } else if (/^باسم(?:ه|ها|هم)$/.test(t.norm) && openToken(tokens, j + 1, limit) && (this.isNameLike(tokens[j + 1]!) || !!this.givenName(tokens[j + 1]!.norm))) {
        // "المتحدث باسمه أفيخاي أدرعي": on behalf of the body named before; the name follows.
        qualifiers.push(t.norm);
        j++;
        break;
      } else if ((t.norm === 'لدي' || t.norm === 'باسم' || t.norm === 'بشان') && !qualifiers.includes(t.norm) && j + 1 < limit && !hardBreakBefore(tokens[j + 1]!)) {
        // (A second باسم is the given name Basim: "المتحدث باسم الحكومة باسم العوادي".)
        // ("المستشارة الخاصة للأمين العام بشأن ليبيا، ستيفاني وليامز": the brief a title holds, after بشأن.)
        // A listed body's whole name (المتحدثة باسم منظمة أطباء بلا حدود).
        const bodyEnd = Math.max(j + 2, this.knownBodyEnd(tokens, j + 1, limit));
        for (let k = j; k < bodyEnd; k++) qualifiers.push(tokens[k]!.norm);
        j = bodyEnd;
        // Its adjectives, and the place it sits in with ب glued (المحكمة الابتدائية بتونس).
        while (j < limit && !hardBreakBefore(tokens[j]!) && (this.isQualifier(tokens[j]!) || (/^ب/.test(tokens[j]!.norm) && this.isPlace(tokens[j]!.norm.slice(1))))) qualifiers.push(tokens[j++]!.norm);
      } else break;
    }
    let name: SentenceToken[] = [];
    // "المتحدث باسم منظمة الأمم المتحدة للطفولة (اليونيسف) جيمس إلدر": the body's acronym in brackets, then the name.
    let afterBracket = -1;
    const bracket = qualifiers.length ? bracketedEnd(tokens, j, limit) : j;
    if (bracket > j && bracket < limit && /^\s*\)\s*$/.test(tokens[bracket]!.gap) && this.titledNameAt(tokens, bracket, limit) === bracket) {
      for (let k = j; k < bracket; k++) qualifiers.push(tokens[k]!.norm);
      j = afterBracket = bracket;
    }
    const direct = j < limit && (!hardBreakBefore(tokens[j]!) || (j === afterQuote && closesQuoteOnly(tokens[j])) || j === afterBracket) ? this.titledNameAt(tokens, j, limit) : -1;
    const quotedNameEnd = direct < 0 && j < limit ? this.quotedName(tokens, j, limit) : j;
    if (quotedNameEnd > j) {
      name = tokens.slice(j, quotedNameEnd);
      j = quotedNameEnd;
    } else if (direct >= 0) {
      const end = this.nameRun(tokens, direct, limit);
      // "ونفى رئيس الجمعية علمه بوجود…": one word with its owner's pronoun after the title is the verb's
      // object (his knowledge), not a name, unless it is a listed given name or the article repeats it.
      const owned = end === direct + 1 && this.withOwnerPronoun(tokens[direct]!) && !this.recurs(tokens[direct]!);
      if (end > direct && !owned) {
        name = tokens.slice(direct, end);
        j = end;
      }
    } else if (j < limit && COMMA_ONLY.test(tokens[j]!.gap.replace(/[»”"’]/g, ''))) {
      // Apposition: "وزير الخارجية الصيني، وانج يي، …", "رئيس «الهيئة»، الشيخ شمسان محسن، …".
      const at = this.titledNameAt(tokens, j, limit);
      const end = at >= 0 ? this.appositiveNameEnd(tokens, at, this.nameRun(tokens, at, limit), limit) : at;
      const after = tokens[end];
      // (Or the verb's object with its owner's pronoun: "أكدت وزيرة الصحة، مي كيلة عزمها إرسال …".)
      const ownedObject = !!after && !after.quoted && this.withOwnerPronoun(after);
      if (at >= 0 && end > at && (!after || hardBreakBefore(after) || this.isTime(after.norm) || this.isStop(after.norm) || this.isComplementizer(after.norm) || this.isVerbWord(after.norm) || ownedObject)) {
        // "…، الإسبانية كارمن رويث،": a nationality in apposition qualifies the person (المدربة الإسبانية later is her).
        for (let q = j; q < at; q++) if (this.cues.demonyms.has(tokens[q]!.norm)) qualifiers.push(tokens[q]!.norm);
        name = tokens.slice(at, end);
        j = end;
      } else if (at < 0 && this.secondTitleNamed(tokens, j, limit)) {
        // A second title in apposition, then the name: "الممثلة الخاصة للأمين العام في ليبيا، رئيسة البعثة الأممية، هانا تيتيه،".
        const second = this.parsePerson(tokens, j, limit);
        for (let k = j; k < second.end - second.name.length; k++) qualifiers.push(tokens[k]!.norm);
        name = second.name;
        j = second.end;
      }
    }
    // "وكيل محافظة حضرموت لشؤون مديريات الوادي والصحراء، سالم عمر الكثيري،": a long title closes at
    // the comma before a listed given name in apposition; the words read as a name before it were the title's.
    if (name.length && !this.givenName(name[0]!.norm)) {
      const from = j - name.length;
      for (let k = from + 1; k < Math.min(limit, from + MENTION_LIMITS.roleWords + 4); k++) {
        const t = tokens[k]!;
        if (t.quoted || this.isVerbWord(t.norm) || this.isComplementizer(t.norm) || (k > from && hardBreakBefore(t) && !COMMA_ONLY.test(t.gap))) break;
        if (!COMMA_ONLY.test(t.gap) || !this.givenName(t.norm) || hasArticle(t.norm)) continue;
        const end = this.nameRun(tokens, k, limit);
        const after = tokens[end];
        if (end > k + 1 && (!after || end >= limit || COMMA_ONLY.test(after.gap) || this.isComplementizer(after.norm) || this.isVerbWord(after.norm))) {
          for (let q = from; q < k; q++) qualifiers.push(tokens[q]!.norm);
          name = tokens.slice(k, end);
          j = end;
        }
        break;
      }
    }
    if (name.length) gender ??= this.givenName(name[0]!.norm);
    // Titles mark gender (وزير / وزيرة): a title without ة is a man's unless the name says otherwise.
    if (!pronominal && !feminine) gender ??= 'm';
    return { kind: 'person', first: i, end: j, head, qualifiers, name, words: tokens.slice(i, j), pronominal, gender };
  }

  /** "التقرير الصادر عن البنك الدولي", "بيان صادر عن الوزارة": the body that issued the document speaks. */
  private issuedBy(tokens: SentenceToken[], i: number, limit: number): Mention | null {
    // ("بيان رسمي صادر عن …": the document's own adjective may stand before صادر.)
    const k = openToken(tokens, i + 1, limit) && this.cues.documentAdjectives.has(tokens[i + 1]!.norm) ? i + 1 : i;
    const issued = openToken(tokens, k + 1, limit);
    const from = openToken(tokens, k + 2, limit);
    if (!issued || !from || !/^(?:ال)?صادر[ةه]?$/.test(issued.norm) || from.norm !== 'عن') return null;
    const body = openToken(tokens, k + 3, limit) && this.isInstitution(tokens[k + 3]!.norm) ? this.parseGroup(tokens, k + 3, limit, 'institution') : null;
    if (!body) return null;
    const words = tokens.slice(i, body.end);
    return { ...body, first: i, words, display: body.words.map((t) => t.surface) };
  }

  /**
   * A document as the subject: "تقرير للاستخبارات الأميركية", "بيانات وزارة الصحة الإندونيسية" speak for
   * the body named after them; "دراسة سعودية" for itself. Head is the document noun, so a later
   * "التقرير" finds it. Null for a bare noun (تصريحات) that names no one.
   */
  private parseDocument(tokens: SentenceToken[], i: number, limit: number): Mention | null {
    const next = openToken(tokens, i + 1, limit);
    if (!next) return null;
    const head = withoutArticle(withoutConjunction(tokens[i]!.norm));
    const genitive = next.norm.startsWith('لل') ? 'ال' + next.norm.slice(2) : next.norm;
    // "تقرير لمنظمة العمل الدولية": the issuer after a plain ل, read as the body it names.
    const plainL = /^ل[^ل]/.test(next.norm) && this.isInstitution(next.norm.slice(1)) ? next.norm.slice(1) : null;
    let end = i + 1;
    // "بيان لوزير الداخلية سليمان صويلو", "تصريحات صحافية لمحافظ العقبة أيمن العوايشة": a document of a
    // person, after ل (past the document's adjectives), is that person's words.
    let at = i + 1;
    // (The document's adjective agrees with it: definite after a definite one, a bare nisba after "تصريحات صحافية".)
    while (at < i + 3 && openToken(tokens, at + 1, limit) && (this.isGroupAdjective(tokens[at]!) || this.isBareFeminineNisba(tokens[at]!)) && !/^ل/.test(tokens[at]!.norm)) at++;
    const owner = tokens[at]!;
    // (With the article, ل + ال is written لل: "بيان للرئيس عبد المجيد تبون".)
    const ownerTitle = /^لل/.test(owner.norm) ? 'ال' + owner.norm.slice(2) : /^ل[^ل]/.test(owner.norm) ? owner.norm.slice(1) : null;
    const personL = ownerTitle && !(at === i + 1 && plainL) && this.isTitle(ownerTitle) ? ownerTitle : null;
    if (personL) {
      const copy = withNormAt(tokens, at, personL, owner.surface.replace(/^لل/, 'ال').replace(/^ل(?!ل)/, ''));
      const person = this.parsePerson(copy, at, limit);
      if (person.name.length) return { ...person, first: i, words: tokens.slice(i, person.end) };
    }
    if (plainL) {
      const copy = withNormAt(tokens, i + 1, plainL, next.surface.replace(/^ل/, ''));
      const body = this.parseGroup(copy, i + 1, limit, 'institution');
      const words = tokens.slice(i, body.end);
      return { kind: 'institution', first: i, end: body.end, head: withoutArticle(withoutConjunction(tokens[i]!.norm)), qualifiers: copy.slice(i + 1, body.end).map((t) => t.norm), name: [], words, display: copy.slice(i + 1, body.end).map((t) => t.surface) };
    }
    // "بيان أوبك بلس", "بيان الكرملين": a body the speaker list names, whatever its words are.
    const known = Math.max(this.knownBodyEnd(tokens, i + 1, limit), this.cues.knownBodyWords.has(next.norm) ? i + 2 : 0);
    if (known > i + 1) {
      end = known;
    } else if (this.isInstitution(genitive) || this.isInstitution(next.norm)) {
      end = this.parseGroup(tokens, i + 1, limit, 'institution').end;
    } else if (this.isGroupAdjective(next)) {
      end = i + 2;
    } else return null;
    while (openToken(tokens, end, limit) && end - i < MENTION_LIMITS.groupTokens && this.isGroupAdjective(tokens[end]!)) end++;
    const words = tokens.slice(i, end);
    // The body a document speaks for, its genitive لل written as the article (للاستخبارات → الاستخبارات).
    const display = end > i + 1 && !this.isGroupAdjective(next) ? words.slice(1).map((t, k) => (k === 0 && t.surface.startsWith('لل') ? 'ال' + t.surface.slice(2) : t.surface)) : undefined;
    const bareIssuer = end === i + 2 && hasArticle(genitive) && this.isInstitution(genitive) ? withoutArticle(genitive) : undefined;
    return { kind: 'institution', first: i, end, head, qualifiers: words.slice(1).map((t) => t.norm), name: [], words, display, bareIssuer };
  }

  private parseGroup(tokens: SentenceToken[], i: number, limit: number, kind: 'institution' | 'source'): Mention {
    const headNorm = inLexicon(kind === 'institution' ? this.cues.institutions : this.cues.anonymous, tokens[i]!.norm);
    // A sound plural or dual (مسؤولون، مصدران) is never in construct: "قدر مسؤولون التكلفة…" stops at the head.
    const construct = !hasArticle(headNorm) && !(kind === 'source' && /(?:ون|ين|ان)$/.test(headNorm));
    const qualifiers: string[] = [];
    let j = i + 1;
    // "عدد من النواب"، "بعض السكان": a count of a group is that group speaking.
    if (kind === 'source' && this.cues.partitiveHeads.has(withoutConjunction(tokens[i]!.norm))) {
      if (this.countsGroup(tokens, i, limit)) {
        qualifiers.push(tokens[j]!.norm, tokens[j + 1]!.norm);
        j += 2;
      }
    }
    const quotedEnd = construct ? this.quotedComplement(tokens, j, limit) : j;
    // A listed body's whole name (منظمة أطباء بلا حدود), whatever its words are.
    const known = kind === 'institution' ? this.knownBodyEnd(tokens, i, limit) : i;
    if (known > j) {
      for (let k = j; k < known; k++) qualifiers.push(tokens[k]!.norm);
      j = known;
    } else if (quotedEnd > j) {
      for (let k = j; k < quotedEnd; k++) qualifiers.push(tokens[k]!.norm);
      j = quotedEnd;
    } else if (construct && kind === 'institution' && this.placeLength(tokens, j, limit) > 1) {
      // "حكومة ولاية نهر النيل": a listed place of several words is the body's one complement.
      const n = this.placeLength(tokens, j, limit);
      for (let k = j; k < j + n; k++) qualifiers.push(tokens[k]!.norm);
      j += n;
    } else if (construct && kind === 'source' && openToken(tokens, j, limit) && this.isInstitution(tokens[j]!.norm) && !hasArticle(withoutConjunction(tokens[j]!.norm))) {
      // "مراسلو وكالة «فرانس برس»", "مسؤولو وزارة الصحة": a source in construct with a body takes the body's whole name.
      const body = this.parseGroup(tokens, j, limit, 'institution');
      for (let k = j; k < body.end; k++) qualifiers.push(tokens[k]!.norm);
      j = body.end;
    } else if (construct && openToken(tokens, j, limit)) {
      const t = tokens[j]!;
      const complement = kind === 'source' ? this.isNameLike(t) || this.isQualifier(t) || this.isAnonymous(t.norm) : !this.isStop(t.norm) && !this.isTime(t.norm) && !this.isComplementizer(t.norm) && !this.isVerbWord(t.norm);
      if (complement) {
        // A proper name as complement runs on: "صحيفة نيويورك تايمز", "حكومة جنوب السودان"; a title
        // as complement takes its own words: "مكتب رئيس الوزراء الباكستاني".
        // A listed place before a given name ends the body's name: "منتخب مصر حسام حسن" is Egypt's team,
        // then a person ("صحيفة نيويورك تايمز" runs on).
        const personNext = this.isPlace(t.norm) && !!openToken(tokens, j + 1, limit) && !!this.givenName(tokens[j + 1]!.norm);
        let end = kind === 'institution' && this.isNameLike(t) && !personNext ? this.nameRun(tokens, j, limit, false) : j + 1;
        if (end <= j) end = j + 1;
        // ("شرطة ماوي جون بيليتيير": a listed given name inside the body's proper name, with a name word
        // after it, starts the person's name; the body's name ends before it.)
        for (let k = j + 1; kind === 'institution' && k < end - 1; k++) {
          if (this.givenName(tokens[k]!.norm) && !hasArticle(tokens[k]!.norm) && !this.isParticle(tokens[k - 1]!.norm)) {
            end = k;
            break;
          }
        }
        // (Its words only: a name after them is the person's, "مكتب رئيس الوزراء تشكيل لجنة" none at all.)
        if (this.isTitle(t.norm) && !hasArticle(t.norm)) {
          const title = this.parsePerson(tokens, j, limit);
          end = Math.max(end, title.end - title.name.length);
        }
        // "أحد أقارب الضحايا", "مصادر إعلام": a source in construct takes its own genitive too; so
        // does a body's complement that is a noun (حكومة تصريف الأعمال، هيئة مكافحة الفساد).
        if (kind === 'source' && !hasArticle(t.norm) && openToken(tokens, end, limit) && this.isQualifier(tokens[end]!) && !this.isAddresseeNoun(tokens[end]!)) end++;
        else if (kind === 'institution' && end === j + 1 && !hasArticle(t.norm) && !this.isPlace(t.norm) && !this.givenName(t.norm) && openToken(tokens, end, limit) && this.isQualifier(tokens[end]!) && !this.isArticleGivenName(tokens[end]!.norm) && !this.isArticleSurname(tokens[end]!)) end++;
        for (let k = j; k < end; k++) qualifiers.push(tokens[k]!.norm);
        j = end;
        // "لجنة أطباء السودان المركزية": the complement's own genitive is a listed place.
        const placeN = kind === 'institution' && !hasArticle(t.norm) && !this.isPlace(t.norm) ? this.placeLength(tokens, j, limit) : 0;
        if (placeN && !(openToken(tokens, j + placeN, limit) && this.givenName(tokens[j + placeN]!.norm))) {
          for (let k = j; k < j + placeN; k++) qualifiers.push(tokens[k]!.norm);
          j += placeN;
        }
        // "وزارة الصحة والسكان", "إدارة الكوارث والطوارئ": a complement coordinated with و is one name;
        // a second body or source (والسلطات، والأهالي) is a second speaker, not part of it.
        const also = openToken(tokens, j, limit);
        const coordinated = !!also && kind === 'institution' && hasArticle(t.norm) && /^و/.test(also.norm) && !this.isStop(also.norm) && !this.isVerbWord(also.norm) && !this.isInstitution(also.norm) && !this.isAnonymous(also.norm) && !this.isTitle(also.norm) && !this.isTime(also.norm);
        if (coordinated && /^وال/.test(also.norm)) {
          qualifiers.push(also.norm);
          j++;
        } else if (coordinated && !this.givenName(also.norm.slice(1)) && openToken(tokens, j + 1, limit) && hasArticle(tokens[j + 1]!.norm) && this.isQualifier(tokens[j + 1]!)) {
          // "وزارة الخارجية وشؤون المغتربين": a second complement in construct with its own genitive.
          qualifiers.push(also.norm, tokens[j + 1]!.norm);
          j += 2;
        }
      }
    }
    // After the head and its complement only adjectives (and لل-genitives) follow: "وزارة الداخلية
    // السعودية القبض على…" stops before القبض. Right after a quoted name its closing mark is no break
    // (صحيفة «ماركا» الإسبانية).
    if (quotedEnd > i + 1 && quotedEnd === j) {
      const t = tokens[j];
      if (t && j < limit && !t.quoted && /^[\s\u00A0"”»’]+$/.test(t.gap) && this.isGroupAdjective(t)) qualifiers.push(tokens[j++]!.norm);
    }
    while (openToken(tokens, j, limit) && j - i < MENTION_LIMITS.groupTokens) {
      const t = tokens[j]!;
      if (this.cues.frameFillers.has(t.norm)) break;
      // "مسؤولون فلسطينيون", "مصدر أمني": an indefinite nisba right after a source's head.
      const nisba = kind === 'source' && j === i + 1 && !hasArticle(t.norm) && /(?:ي|يه|يون|يين|يان)$/.test(t.norm) && !this.isStop(t.norm);
      // "الجهاز المركزي للتعبئة العامة والإحصاء": a noun joined by و to a genitive with لل is that genitive's.
      // "وزارة التعليم العالي والبحث العلمي": so is one joined to the complement's own adjective (not a nationality: "وزارة الصحة الفلسطينية والمستشفيات").
      const afterAdjective = j > i + 2 && hasArticle(qualifiers[0] ?? '') && hasArticle(tokens[j - 1]!.norm) && !this.isDemonym(tokens[j - 1]!.norm);
      const joinedGenitive = kind === 'institution' && /^وال/.test(t.norm) && (qualifiers.some((q) => q.startsWith('لل')) || afterAdjective) && !this.isStop(t.norm) && !this.isVerbWord(t.norm) && !this.isInstitution(t.norm) && !this.isAnonymous(t.norm) && !this.isTitle(t.norm) && !this.isTime(t.norm);
      // (Not لل and whom the words were said to: مصدر طبي للصحفيين.)
      if (this.isAddresseeNoun(t)) break;
      // "الحكومة المكلفة من مجلس النواب": a participle with the article and the body it derives from after من.
      const by = openToken(tokens, j + 1, limit);
      const from = openToken(tokens, j + 2, limit);
      if (kind === 'institution' && /^الم.{3,}/.test(t.norm) && !this.isStop(t.norm) && by?.norm === 'من' && from && (this.isInstitution(from.norm) || this.isInstitution(withoutArticle(from.norm)))) {
        const body = this.parseGroup(tokens, j + 2, limit, 'institution');
        for (; j < body.end; j++) qualifiers.push(tokens[j]!.norm);
        continue;
      }
      // "أحد مسؤولي مخيمات اللاجئين": a construct chain runs on through its indefinite words to the
      // genitive with the article that closes it.
      const closesChain = kind === 'source' && construct && j - i === 3 && !hasArticle(tokens[j - 1]!.norm) && !hasArticle(tokens[j - 2]!.norm) && this.isQualifier(t);
      if (this.isGroupAdjective(t) || t.norm.startsWith('لل') || nisba || joinedGenitive || closesChain || (kind === 'source' && construct && this.isNameLike(t) && j - i < 3)) {
        qualifiers.push(tokens[j++]!.norm);
      } else {
        // "المرصد السوري لحقوق الإنسان", "الهيئة العامة لشؤون الحج", "الهيئة القومية لسكك حديد مصر":
        // a genitive with ل and its construct chain, up to a noun with the article or a place.
        const end = kind === 'institution' && /^ل[^ل]/.test(t.norm) && !this.isStop(t.norm) ? this.lGenitiveEnd(tokens, j, limit) : j;
        if (end === j) break;
        for (; j < end; j++) qualifiers.push(tokens[j]!.norm);
      }
    }
    // "إدارة الكوارث والطوارئ التركية «آفاد»", "وكالة الأنباء الرسمية (بترا)": a body's acronym in
    // quote marks or brackets right after its name.
    if (kind === 'institution' && j > i + 1) {
      const acronymEnd = Math.max(this.quotedComplement(tokens, j, limit), bracketedEnd(tokens, j, limit));
      if (acronymEnd > j && acronymEnd - j <= 2 && acronymEnd < limit) {
        for (let k = j; k < acronymEnd; k++) qualifiers.push(tokens[k]!.norm);
        j = acronymEnd;
      }
    }
    // "مصدر في وزارة الصحة", "مصدر في الدفاع المدني بمحافظة كربلاء", "مصدر بجهاز خفر السواحل": a
    // source inside a body, after في or with ب glued to the body's head.
    const inside = openToken(tokens, j, limit);
    const gluedBody = kind === 'source' && !!inside && /^ب[^ب]/.test(inside.norm) && this.isInstitution(inside.norm.slice(1));
    // ("المكتب الإعلامي لوزارة الصحة في حكومة النظام", "هيئة الصحة في الإدارة الذاتية": a body inside a government or administration, too.)
    const withinBody = kind === 'institution' && inside?.norm === 'في' && !!openToken(tokens, j + 1, limit) && this.cues.governingBodies.has(withoutArticle(tokens[j + 1]!.norm));
    if ((kind === 'source' || withinBody) && (gluedBody || (inside?.norm === 'في' && openToken(tokens, j + 1, limit) && this.isInstitution(tokens[j + 1]!.norm)))) {
      const from = gluedBody ? j : j + 1;
      const read = gluedBody ? withNormAt(tokens, j, inside!.norm.slice(1), inside!.surface.replace(/^ب/u, '')) : tokens;
      const body = this.parseGroup(read, from, limit, 'institution');
      let end = body.end;
      // Where that body sits, glued with ب: بمحافظة كربلاء.
      const glued = openToken(tokens, end, limit);
      const placeNoun = !!glued && this.isGluedPlaceNoun(glued.norm);
      if (glued && /^ب/.test(glued.norm) && (placeNoun || this.isPlace(glued.norm.slice(1)))) {
        const named = openToken(tokens, end + 1, limit);
        end = placeNoun && named && (this.isNameLike(named) || this.isPlace(named.norm)) ? Math.max(end + 2, this.nameRun(tokens, end + 1, limit, false)) : end + 1;
      }
      for (let k = j; k < end; k++) qualifiers.push(tokens[k]!.norm);
      j = end;
    }
    // "مصدر في القطاع النفطي"، "مصادر في الوسط الطبي": a source in a field, a noun and its nisba.
    if (kind === 'source' && openToken(tokens, j, limit)?.norm === 'في') {
      const field = openToken(tokens, j + 1, limit);
      const nisba = openToken(tokens, j + 2, limit);
      if (field && nisba && hasArticle(field.norm) && !this.isTime(field.norm) && !this.isStatementNoun(field.norm) && !this.isPlace(field.norm) && !this.cues.placeHeads.has(field.norm) && this.isGroupAdjective(nisba) && !this.isPlace(nisba.norm)) {
        qualifiers.push(tokens[j]!.norm, field.norm, nisba.norm);
        j += 3;
      }
    }
    // "ممثل عن الطلاب", "ممثلون عن المحتجين": a source speaking for a group after عن (one noun with the
    // article, and its adjective), or for a body (ممثل عن وزارة الصحة).
    if (kind === 'source' && openToken(tokens, j, limit)?.norm === 'عن' && /^(?:ال)?ممثل/.test(headNorm)) {
      const group = openToken(tokens, j + 1, limit);
      if (group && this.isInstitution(group.norm)) {
        const body = this.parseGroup(tokens, j + 1, limit, 'institution');
        for (let k = j; k < body.end; k++) qualifiers.push(tokens[k]!.norm);
        j = body.end;
      } else if (group && hasArticle(group.norm) && this.isQualifier(group) && !this.isTime(group.norm) && !this.isStatementNoun(group.norm)) {
        const adjective = openToken(tokens, j + 2, limit);
        const end = adjective && this.isGroupAdjective(adjective) ? j + 3 : j + 2;
        for (let k = j; k < end; k++) qualifiers.push(tokens[k]!.norm);
        j = end;
      }
    }
    // "وزارة الصحة في غزة", "السلطات في الأردن", "وزارة الصحة في سلطنة عمان": where the body sits.
    const at = openToken(tokens, j, limit);
    const place = openToken(tokens, j + 1, limit);
    if (at?.norm === 'في' && place && !this.isNeverName(place.norm) && !/(?:ه|ها|هم)$/.test(place.surface) && !this.isStatementNoun(place.norm)) {
      const placeHead = this.cues.placeHeads.has(place.norm) && openToken(tokens, j + 2, limit) && (this.isNameLike(tokens[j + 2]!) || this.isParticle(tokens[j + 2]!.norm));
      // An unlisted word is a place only when it ends the phrase: "في أحدث تقاريره" is no place.
      const after = tokens[j + 2];
      const endsPhrase = !after || j + 2 >= limit || hardBreakBefore(after) || this.isComplementizer(after.norm) || this.isVerbWord(after.norm) || this.isTime(after.norm);
      const bareName = this.isPlace(place.norm) || (this.isNameLike(place) && endsPhrase && !/^[بل]/.test(place.norm) && !this.givenName(place.norm));
      if (placeHead) {
        // "في محافظة ذي قار": the place name is a chain too.
        const end = Math.max(j + 3, this.nameRun(tokens, j + 2, limit, false));
        qualifiers.push(at.norm, ...tokens.slice(j + 1, end).map((x) => x.norm));
        j = end;
      } else if (bareName) {
        qualifiers.push(at.norm, place.norm);
        j += 2;
      }
    }
    // "وزارة الصحة بولاية كسلا", "وزارة الصحة بغزة": where a body sits, glued with ب.
    const glued = kind === 'institution' && j > i + 1 ? openToken(tokens, j, limit) : undefined;
    if (glued && /^ب[^ب]/.test(glued.norm) && (this.isGluedPlaceNoun(glued.norm) || this.isPlace(glued.norm.slice(1)))) {
      const named = openToken(tokens, j + 1, limit);
      const end = this.isGluedPlaceNoun(glued.norm) ? (named && (this.isNameLike(named) || this.isPlace(named.norm)) ? Math.max(j + 2, this.nameRun(tokens, j + 1, limit, false)) : j) : j + 1;
      for (; j < end; j++) qualifiers.push(tokens[j]!.norm);
    }
    const plural = this.cues.pluralHeads.has(headNorm) || this.cues.pluralHeads.has(withoutArticle(headNorm));
    return { kind, first: i, end: j, head: withoutArticle(headNorm), qualifiers, name: [], words: tokens.slice(i, j), gender: plural ? 'p' : undefined };
  }
}
