import { normalizeForMatch, QUOTE_MARKS } from '../arabic/normalize.ts';
import { phoneticKey } from '../arabic/transliterate.ts';
import { COMMA_ONLY, withNormAt, withoutArticle, withoutConjunction, type Mention, type MentionParser, type SentenceToken } from './mentions.ts';
import type { SpeakerDirectory } from './speakers.ts';
import type { Speaker } from './types.ts';

/**
 * Who a mention stands for, within one article. A title or description stands for the person it
 * was introduced with (رئيس أوكرانيا فولوديمير زيلينسكي … الرئيس الأوكراني → زيلينسكي; qualifiers agree
 * when one is the other's nisba: أوكرانيا / الأوكراني), a bare family name for the full name
 * (يي → وانج يي), الوزارة / الحكومة for the ministry or government named before, البيان for the body
 * that issued it, المصدر for the source named before. Resolved names go to the corpus directory.
 */

export interface Resolved {
  speaker: Speaker;
  /** The mention as written at this point ("رئيس كازاخستان"). */
  mention: string;
}

interface KnownPerson {
  name: string;
  /** Normalised name words and their phonetic keys. */
  words: string[];
  nameKeys: string[];
  lastKey: string;
  head: string | null;
  qualifiers: string[];
  at: number;
  pronominal: boolean;
  gender?: 'm' | 'f' | 'p';
  speaker?: Speaker;
}

interface KnownGroup {
  speaker: Speaker;
  head: string | null;
  at: number;
  /** A source's words without the article (مسؤول أمني for المسؤول الأمني): how a later definite mention finds it. */
  form?: string;
}

const QUOTE_CHARS = new RegExp(`[${QUOTE_MARKS}]`, 'g');

/** Qualifiers that name no particular place or body (رئيس البلاد = the president already discussed). */
const GENERIC_QUALIFIERS = new Set(['البلاد', 'الدوله', 'الجمهوريه', 'السابق', 'الحالي', 'الجديد', 'المنتهيه']);
/**
 * Heads whose office is always of some body (وزير الخارجية، سفير، محافظ): said bare they mean the
 * holder introduced before, unlike رئيس (الرئيس is not رئيس الوزراء) or مدير (a director of what).
 */
/** Qualifiers that make a title a former office (مدرب المنتخب السويسري السابق): an epithet of someone named with a new one. */
const FORMER_QUALIFIERS = new Set(['السابق', 'السابقه', 'الاسبق', 'الاسبقه']);
/** Heads that point at someone other than the speaker (نظيره = his counterpart). */
const OTHER_PERSON_HEADS = new Set(['نظير']);

/** A qualifier reduced for comparison: article and nisba ending dropped (الكازاخستاني → كازاخستان). */
function qualifierCore(q: string): string {
  return withoutArticle(q).replace(/(يه|يون|يين|ي)$/, '');
}

/** Whether a person's name holds the word, or (a hyphenated family name, هينيس-بلاسخارت) half of one: وقالت بلاسخارت. */
function holdsWord(p: KnownPerson, word: string): boolean {
  return p.words.includes(word) || p.words.slice(1).some((w) => w.includes('-') && w.split('-').includes(word));
}

function qualifiersAgree(a: string, b: string): boolean {
  const x = qualifierCore(a);
  const y = qualifierCore(b);
  return x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x));
}

export class ArticleSpeakers {
  private readonly persons: KnownPerson[] = [];
  private readonly institutions: KnownGroup[] = [];
  private readonly sources: KnownGroup[] = [];
  /**
   * Bodies named in full anywhere in the article, speaking or not ("بالبنك المركزي المصري"), for a
   * later bare "البنك": read from the article's sentences the first time a bare body needs them.
   */
  private namedBodies: Array<{ head: string; name: string; at: number }> | undefined;
  private readonly sentences: SentenceToken[][] = [];
  /** Title-only speakers (never named in the article), for the same title said again. */
  private readonly titled: Array<{ head: string | null; qualifiers: string[]; speaker: Speaker; at: number }> = [];

  constructor(
    private readonly directory: SpeakerDirectory,
    private readonly mentions: MentionParser,
    private readonly text: string,
    /** The countries the article is about (article-countries.ts): a bare title is only a holder's of the same country. */
    private readonly countries: readonly string[] = [],
  ) {}

  /**
   * The person of the article whose name holds this word ("وأكد الجلاجل" after "فهد بن عبد الرحمن
   * الجلاجل"): a family name with the article standing alone as a subject.
   */
  byFamilyName(token: SentenceToken): Resolved | undefined {
    const person = this.personByFamilyName(token);
    if (!person) return undefined;
    const speaker = person.speaker ?? this.directory.register({ countries: this.countries, kind: 'person', name: person.name, mention: token.surface });
    person.speaker = speaker;
    return { speaker, mention: token.surface.replace(/^[وف](?=ال)/, '') };
  }

  /** Whether the word is the family name of a person the article named in full (no speaker is registered). */
  knowsFamilyName(token: SentenceToken): boolean {
    return !!this.personByFamilyName(token);
  }

  private personByFamilyName(token: SentenceToken): KnownPerson | undefined {
    const word = normalizeForMatch(token.surface).replace(/^[وف](?=ال)/, '');
    const persons = [...this.persons].reverse();
    // (Levantine copy adds the article to a family name written bare in full: مي كيلة → وأشارت الكيلة.)
    const bare = /^ال../.test(word) ? word.slice(2) : null;
    // (A hyphenated family name, هينيس-بلاسخارت, is found by either half: وقالت بلاسخارت.)
    return persons.find((p) => p.words.length > 1 && holdsWord(p, word)) ?? (bare ? persons.find((p) => p.words.length > 1 && p.words.slice(1).includes(bare)) : undefined);
  }

  /**
   * The latest person introduced by title and name before an offset, agreeing in gender when the
   * gender is known on both sides: the speaker of a verb with no subject and no statement before it.
   */
  introducedBefore(at: number, gender: 'm' | 'f' | undefined): Resolved | undefined {
    let best: KnownPerson | undefined;
    for (const p of this.persons) {
      if (p.at >= at || p.pronominal || (best && p.at < best.at)) continue;
      best = p;
    }
    // Only a person with a real title and name (not a headline verb or a stray word read as a bare
    // name), in the same paragraph or the one just before (a paragraph opening "وأضاف:" goes on
    // from it), agreeing in gender: a feminine verb never goes to a man (a title without ة leaves
    // the gender unknown, which a feminine verb does not accept).
    const breaks = best ? this.text.slice(best.at, at).match(/\n+/g)?.length ?? 0 : 0;
    if (!best || !best.head || !best.words.length || breaks > 1) return undefined;
    if (gender === 'f' ? best.gender !== 'f' : gender === 'm' && best.gender === 'f') return undefined;
    if (!best) return undefined;
    const speaker = best.speaker ?? this.directory.register({ countries: this.countries, kind: 'person', name: best.name, mention: best.name });
    best.speaker = speaker;
    return { speaker, mention: best.name };
  }

  /** The interview's guest and where their first turn was, once interviewee() chose them. */
  private guest: { person: KnownPerson; firstTurn: number } | undefined;

  /**
   * Whom an interview's answers belong to: the person introduced last before an offset by title
   * and name (المهاجم العراقي مصطفى الدراجي، معاون وزير الاقتصاد، باسل الحموي), however far back.
   */
  interviewee(at: number): Resolved | undefined {
    let best: KnownPerson | undefined;
    for (const p of this.persons) if (p.at < at && !p.pronominal && p.head && p.words.length && (!best || p.at > best.at)) best = p;
    // Someone the guest names in an answer ("نحتاج إلى … وظهير أيسر") is introduced after the first
    // turn: the interview's guest stays the one chosen then.
    if (this.guest && best && best.at > this.guest.firstTurn && best !== this.guest.person) best = this.guest.person;
    // An interview may introduce its guest only after the turns («وكان المدرب الفرنسي هيرفي رينارد قد قال…»).
    if (!best) for (const p of this.persons) if (p.at > at && !p.pronominal && p.head && p.words.length && (!best || p.at < best.at)) best = p;
    if (!best) return undefined;
    const speaker = best.speaker ?? this.directory.register({ countries: this.countries, kind: 'person', name: best.name, mention: best.name });
    best.speaker = speaker;
    if (!this.guest || this.guest.person !== best) this.guest = { person: best, firstTurn: at };
    return { speaker, mention: best.name };
  }

  /** First pass over a sentence: every "title + name" introduces a person for later titles and surnames. */
  collectIntroductions(tokens: SentenceToken[]): void {
    this.sentences.push(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // (A feminine title written with ة, المنسقة الخاصة …, introduces a woman the same way.)
      if (t.quoted || !this.mentions.isTitleWord(t)) continue;
      const m = this.mentions.parse(tokens, i);
      // "أكد البرتغالي نونو ألميدا، المدير الفني لفريق الغرافة، أن…": a title in apposition after a name is that person's.
      if (m && !m.name.length && m.head) {
        const named = this.nameBefore(tokens, i);
        if (named) this.persons.push(this.knownPerson({ ...m, name: named, words: [...named, ...m.words] }, false));
        continue;
      }
      if (!m || !m.name.length) continue;
      // "وطالب الوزير بفتح تحقيق": a "name" opening with a glued ب/ل is a preposition's phrase unless
      // the word is a listed given name, the article repeats it or the desk knows the person (a lexicon name such as بلينكن).
      const first = m.name[0]!;
      const bare = first.norm.replace(/^[وف]/, '');
      if (/^[بل]/.test(bare) && bare.length >= 4 && !this.mentions.givenName(bare) && !this.mentions.recurs(first) && !this.directory.knowsPerson(this.surface(m.name, false))) {
        i = m.end - 1;
        continue;
      }
      this.persons.push(this.knownPerson(m, false));
      i = m.end - 1;
    }
  }

  /** The name right before a comma and token i (two to four name-like words), else undefined. */
  private nameBefore(tokens: SentenceToken[], i: number): SentenceToken[] | undefined {
    if (i < 2) return undefined;
    // "تقبل إيهاب أبو جزر المدير الفني لمنتخب فلسطين الخسارة": with no comma, only a name that opens
    // on a listed given name stands in apposition before the title.
    if (!COMMA_ONLY.test(tokens[i]!.gap)) {
      if (tokens[i]!.hard) return undefined;
      const name = this.personNamedBefore(tokens, i);
      return name && this.mentions.givenName(name[0]!.norm) ? name : undefined;
    }
    let s = i;
    while (s > 0 && i - s < 4 && !tokens[s - 1]!.quoted && (s === i || !tokens[s]!.hard) && this.mentions.isNameLike(tokens[s - 1]!)) s--;
    if (i - s < 2 || (s > 0 && !tokens[s]!.hard && this.mentions.isNameLike(tokens[s - 1]!))) return this.personNamedBefore(tokens, i);
    return tokens.slice(s, i);
  }

  /**
   * The name of a person mention that ends right at token i, read by the mention parser, for names
   * the word-shape test above refuses: a family name with the article (وليد الركراكي، الناخب …) or
   * after an honorific (الدكتور نظير عياد، مفتي الجمهورية). The earliest start wins, so the whole name.
   */
  private personNamedBefore(tokens: SentenceToken[], i: number): SentenceToken[] | undefined {
    for (let s = Math.max(0, i - 5); s <= i - 2; s++) {
      // "تقود نزهة بنعبد الله العلوي، …": a listed given name opens the name whatever word is before
      // it; the unlisted word before it is the sentence's verb.
      if (tokens[s]!.quoted || (s > 0 && !tokens[s]!.hard && !this.startsMention(tokens[s - 1]!) && !this.mentions.givenName(tokens[s]!.norm))) continue;
      if (!this.mentions.opensName(tokens[s]) && this.mentions.givenName(tokens[s + 1]!.norm)) continue;
      const m = this.mentions.parse(tokens, s, i);
      if (m?.kind === 'person' && m.end === i && m.name.length >= 2 && m.name[m.name.length - 1] === tokens[i - 1]) return m.name;
    }
    return undefined;
  }

  /** May a mention start right after this word: a verb of saying or a sentence's opening, not the middle of a phrase. */
  private startsMention(before: SentenceToken): boolean {
    return this.mentions.isVerbWord(before.norm) || this.mentions.isStop(before.norm);
  }

  /** The bodies the article names in full (see collectNamedBody), read once, when a bare body first needs them. */
  private bodiesNamed(): Array<{ head: string; name: string; at: number }> {
    if (!this.namedBodies) {
      const found: Array<{ head: string; name: string; at: number }> = [];
      for (const tokens of this.sentences) for (let i = 0; i < tokens.length; i++) if (!tokens[i]!.quoted) this.collectNamedBody(tokens, i, found);
      this.namedBodies = found;
    }
    return this.namedBodies;
  }

  /**
   * A body named with its complement at token i, whatever governs it: "قررت لجنة السياسة النقدية
   * بالبنك المركزي المصري" names the bank a later "وذكر البنك" stands for. A glued preposition
   * (بـ، لـ) is read past; only bodies of two words or more count.
   */
  private collectNamedBody(tokens: SentenceToken[], i: number, found: Array<{ head: string; name: string; at: number }>): void {
    const t = tokens[i]!;
    // Called for every word of the article: a glued preposition is read off by its letters, no regex.
    let norm = this.mentions.isInstitution(t.norm) ? t.norm : '';
    if (!norm) {
      const w = t.norm;
      const at = w[0] === 'و' || w[0] === 'ف' ? 1 : 0;
      if ((w[at] !== 'ب' && w[at] !== 'ل') || w.length - at < 4) return;
      norm = w.slice(at + 1);
      if (!this.mentions.isInstitution(norm)) return;
    }
    const m = this.mentions.parse(norm === t.norm ? tokens : withNormAt(tokens, i, norm), i);
    if (!m || m.kind !== 'institution' || !m.head || !m.qualifiers.length || m.end - m.first < 2) return;
    const words = tokens.slice(m.first, m.end);
    // The clitics read past (و، بـ، لـ) are no part of the name.
    const clitic = norm === t.norm ? (/^[وف]/.test(norm) && !this.mentions.isInstitutionWord(norm) ? 1 : 0) : t.norm.length - norm.length;
    const name = this.surface(words, false).slice(clitic);
    found.push({ head: m.head, name, at: words[0]!.start });
  }

  private surface(tokens: SentenceToken[], conjunction: boolean): string {
    if (!tokens.length) return '';
    // Quote marks around a name in the copy (رئيس «الهيئة العامة للزكاة») are no part of it.
    // Nor is an acronym in brackets after a body's name (وكالة الأنباء الرسمية (بترا)).
    const text = this.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).replace(QUOTE_CHARS, '').replace(/\s*\([^()]*\)?$/u, '').replace(/\s{2,}/g, ' ');
    return conjunction ? text.replace(/^[وف]/, '') : text;
  }

  private knownPerson(m: Mention, conjunction: boolean): KnownPerson {
    const name = this.surface(m.name, conjunction && m.name[0] === m.words[0]);
    const words = normalizeForMatch(name).split(/\s+/).filter(Boolean);
    const nameKeys = words.map(phoneticKey);
    return { name, words, nameKeys, lastKey: nameKeys[nameKeys.length - 1] ?? '', head: m.head, qualifiers: m.qualifiers, at: m.words[0]?.start ?? m.name[0]?.start ?? 0, pronominal: !!m.pronominal, gender: m.gender };
  }

  private mentionText(m: Mention, tokens: SentenceToken[], conjunction: boolean): string {
    return this.surface(tokens.slice(m.first, m.end), conjunction);
  }

  /**
   * The person a title-only mention stands for: same head and no contradicting qualifier, those
   * whose qualifiers agree first (الرئيس الكازاخي → رئيس كازاخستان …), then the nearest before (else after).
   */
  /**
   * "وأكد الوزير الصفدي" after "أيمن الصفدي": a title's last word, spelt with the article, that is the
   * family name of a person the article named in full is that person, not an adjective of the title.
   */
  private personBySurnameAfterTitle(m: Mention): KnownPerson | undefined {
    const last = m.qualifiers[m.qualifiers.length - 1];
    if (!m.head || !last || !/^ال/.test(last) || this.mentions.isDemonym(last)) return undefined;
    return this.persons.filter((p) => p.words.length > 1 && p.words[p.words.length - 1] === last).sort((a, b) => b.at - a.at)[0];
  }

  private personByTitle(m: Mention, at: number): KnownPerson | undefined {
    if (!m.head || OTHER_PERSON_HEADS.has(m.head)) return undefined;
    const ranked: Array<{ person: KnownPerson; agrees: boolean }> = [];
    const office = this.mentions.officeOf(m.head, m.qualifiers);
    for (const p of this.persons) {
      // The same office under another title (المدرب for the one introduced as المدير الفني، رئيس الحكومة
      // for رئيس الوزراء) is the same head; the words naming the office are then no qualifiers to compare.
      const theirOffice = office ? this.mentions.officeOf(p.head, p.qualifiers) : null;
      const viaOffice = !!office && !!theirOffice && theirOffice.office === office.office;
      if ((p.head !== m.head && !viaOffice) || (p.pronominal && !m.pronominal)) continue;
      const specific = m.qualifiers.slice(viaOffice ? office!.qualifiers : 0).filter((q) => !GENERIC_QUALIFIERS.has(q));
      const theirs = p.qualifiers.slice(viaOffice ? theirOffice!.qualifiers : 0).filter((q) => !GENERIC_QUALIFIERS.has(q));
      // "رئيس المنظمة" / "رئيس الوزراء" head a body: only a mention naming that body means them. A
      // spokesperson speaks for the body (المتحدث باسم وزارة الصحة …): a bare "المتحدث" is them.
      // A minister, ambassador or governor always holds the office of a body: a bare "الوزير" is the one introduced.
      if (!theirs.includes('باسم') && !this.mentions.isBodyOfficeHead(m.head) && theirs.some((q) => this.isBodyWord(q) && !specific.includes(q))) continue;
      const agrees = specific.length > 0 && specific.every((q) => theirs.some((pq) => pq === q || qualifiersAgree(q, pq)));
      if (specific.length && theirs.length && !agrees) continue;
      // "وقال وزير التربية والتعليم …" before "الوزير رامي حداد" is introduced: an office the later
      // bare title never named is no one's yet.
      if (specific.length && !theirs.length && p.at > at) continue;
      ranked.push({ person: p, agrees });
    }
    const pick = (list: KnownPerson[]): KnownPerson | undefined =>
      list.filter((p) => p.at <= at).sort((a, b) => b.at - a.at)[0] ?? list.sort((a, b) => a.at - b.at)[0];
    const found = pick(ranked.filter((r) => r.agrees).map((r) => r.person)) ?? pick(ranked.map((r) => r.person));
    if (found || !m.qualifiers.some((q) => FORMER_QUALIFIERS.has(q))) return found;
    // "وشدد مدرب المنتخب السويسري السابق على …" after "بيتكوفيتش المدرب الجديد للمنتخب الجزائري": a
    // former office under the same title is the one person the article introduced with that title, if only one.
    const sameHead = new Set(this.persons.filter((p) => p.head === m.head && p.at <= at && !p.pronominal).map((p) => p.name));
    return sameHead.size === 1 ? pick(this.persons.filter((p) => p.head === m.head && p.at <= at)) : undefined;
  }

  /**
   * «وأضاف المتحدث ذاته»: with no spokesperson introduced, a bare speaker-anaphor title (attribution.json
   * speakerAnaphors) is the named person quoted last before it, of its gender.
   */
  private speakerJustQuoted(m: Mention, at: number, sameAfter = false): KnownPerson | undefined {
    // ("وقالت المسؤولة الأممية": a woman's, with adjectives of kind only, is the woman quoted last; a
    // feminine title rarely has two referents in one story.)
    const ofKind = (q: string) => m.gender === 'f' && /^ال.{2,}(?:ي|يه)$/.test(q) && !this.mentions.isDemonym(q);
    // ("واستحضر القيادي ذاته", "وقال الأمين العام ذاته": any title said with "the same" after it is the
    // one just quoted, as a speaker anaphor is said bare.)
    const saidAgain = sameAfter || m.qualifiers.some((q) => this.mentions.isSameReference(q, true));
    if (!m.head || !(this.mentions.isSpeakerAnaphor(m.head) || saidAgain) || m.qualifiers.some((q) => !this.mentions.isSameReference(q, true) && !ofKind(q) && !(saidAgain && /^ال/.test(q)))) return undefined;
    let last: KnownPerson | undefined;
    for (const p of this.persons) {
      if (!p.speaker || !p.words.length || p.at > at || (m.gender && p.gender && m.gender !== p.gender)) continue;
      if (!last || p.at >= last.at) last = p;
    }
    return last;
  }

  /**
   * A nationality adjective of a country the article is about and has named before the mention
   * (الكويتي in a report from Kuwait), not one the mention's own sentence brings in.
   */
  private isOwnCountryDemonym(q: string, at: number): boolean {
    const country = this.mentions.demonymCountry(q);
    if (!country || !this.countries.includes(country)) return false;
    const before = this.text.slice(0, at);
    const sentenceStart = Math.max(...['.', '\n', '\u00B7', '!', '\u061F'].map((mark) => before.lastIndexOf(mark)));
    return this.mentions.namesCountry(normalizeForMatch(before.slice(0, Math.max(0, sentenceStart))), country);
  }

  private isBodyWord(q: string): boolean {
    return q === 'الوزراء' || this.mentions.isInstitution(q) || this.mentions.isInstitution(withoutArticle(q));
  }

  /** The full name a bare surname stands for (يي → وانج يي), when one was introduced in the article. */
  private personByName(known: KnownPerson): KnownPerson | undefined {
    if (known.nameKeys.length !== 1) return undefined;
    const word = known.words[0]!;
    return this.persons
      .filter((p) => p.words.length > 1 && (holdsWord(p, word) || (known.lastKey.length >= 2 && p.nameKeys.includes(known.lastKey))))
      .sort((a, b) => Math.abs(a.at - known.at) - Math.abs(b.at - known.at))[0];
  }

  /** A bare name introduced earlier in the article or already known to the desk. */
  knowsName(m: Mention): boolean {
    if (!m.name.length) return false;
    const known = this.knownPerson(m, false);
    return !!this.personByName(known) || this.persons.some((p) => p.lastKey === known.lastKey) || this.directory.knowsPerson(known.name);
  }

  /** Whoever was cited last before an offset: a named or titled person, or a body. */
  private latestSpeaker(at: number): Speaker | undefined {
    let best: { speaker: Speaker; at: number } | undefined;
    const consider = (speaker: Speaker | undefined, when: number) => {
      if (speaker && when <= at && (!best || when >= best.at)) best = { speaker, at: when };
    };
    for (const p of this.persons) consider(p.speaker, p.at);
    for (const t of this.titled) consider(t.speaker, t.at);
    for (const g of this.institutions) consider(g.speaker, g.at);
    return best?.speaker;
  }

  /**
   * The body cited last before an offset, when no person was quoted after it: "the source" of a
   * ministry's communiqué. After a named person المصدر is someone else, unnamed.
   */
  private latestCited(at: number): Speaker | undefined {
    const body = latest(this.institutions, at);
    if (!body || this.persons.some((p) => p.speaker && p.at > body.at && p.at <= at)) return undefined;
    return body.speaker;
  }

  /**
   * The speaker a mention stands for, or undefined when it cannot be told (a counterpart, a
   * statement with no issuer named before). With `knownOnly`, bare names must have been seen in the
   * article (trailing attributions such as "بحسب X" also introduce places and outlets).
   */
  resolve(m: Mention, tokens: SentenceToken[], conjunction: boolean, knownOnly = false): Resolved | undefined {
    const mention = this.mentionText(m, tokens, conjunction);
    const at = tokens[m.first]?.start ?? 0;
    switch (m.kind) {
      case 'person': {
        if (m.name.length) {
          const known = this.knownPerson(m, conjunction);
          const full = this.personByName(known);
          // A name after its title or role (يقول بائع الخضار محمود …) is evidence enough that it is one.
          if (knownOnly && !m.head && !full && !this.persons.some((p) => p.lastKey === known.lastKey) && !this.directory.knowsPerson(known.name)) return undefined;
          const speaker = this.directory.register({ countries: this.countries, kind: 'person', name: full?.name ?? known.name, mention });
          this.persons.push({ ...known, name: full?.name ?? known.name, words: full?.words ?? known.words, nameKeys: full?.nameKeys ?? known.nameKeys, lastKey: full?.lastKey ?? known.lastKey, speaker });
          return { speaker, mention };
        }
        const person = this.personBySurnameAfterTitle(m) ?? this.personByTitle(m, at) ?? this.speakerJustQuoted(m, at, this.mentions.isSameReference(tokens[m.end]?.norm ?? '', true));
        if (person) return { speaker: person.speaker ?? this.directory.register({ countries: this.countries, kind: 'person', name: person.name, mention }), mention };
        if (m.head && OTHER_PERSON_HEADS.has(m.head)) return undefined;
        // "وزيرة الصحة والسكان المصرية … الوزيرة": an unnamed title said again is the same speaker.
        const specific = m.qualifiers.filter((q) => !GENERIC_QUALIFIERS.has(q));
        const earlier = this.titled.filter((t) => t.head === m.head && t.at <= at && specific.every((q) => t.qualifiers.some((tq) => tq === q || qualifiersAgree(q, tq)))).pop();
        if (earlier) return { speaker: earlier.speaker, mention };
        const speaker = this.directory.registerTitle(mention, this.countries);
        this.titled.push({ head: m.head, qualifiers: specific, speaker, at });
        return { speaker, mention };
      }
      case 'institution': {
        // الوزارة, or a document of it (بيان الوزارة): the body named before.
        const bareHead = m.bareIssuer ?? (isBareReference(m) ? m.head : null);
        if (bareHead) {
          const earlier = latest(this.institutions.filter((g) => g.head === bareHead), at);
          if (earlier) return { speaker: earlier.speaker, mention };
          // No body of that head has spoken yet: the one the article named before ("البنك" after "بالبنك المركزي المصري").
          const named = this.bodiesNamed().filter((b) => b.head === bareHead && b.at < at).pop();
          if (named) {
            const speaker = this.directory.register({ kind: 'institution', name: named.name, mention });
            this.institutions.push({ speaker, head: bareHead, at });
            return { speaker, mention };
          }
        }
        const speaker = this.directory.register({ kind: 'institution', name: m.display?.join(' ') ?? mention, mention });
        this.institutions.push({ speaker, head: m.head, at });
        return { speaker, mention };
      }
      case 'statement': {
        // "التقرير" after "تقرير للاستخبارات": the report named before; else the latest body.
        const issuer = latest(this.institutions.filter((g) => g.head === m.head), at) ?? latest(this.institutions, at);
        return issuer && { speaker: issuer.speaker, mention };
      }
      case 'source': {
        const bare = isBareReference(m);
        if (bare) {
          // المصدر / المصادر point back to a source named before; الأطباء only to doctors named before.
          const sourceHead = (h: string | null) => (h === 'مصدر' || h === 'مصادر' ? 'مصدر' : h);
          const earlier = latest(this.sources.filter((g) => sourceHead(g.head) === sourceHead(m.head)), at);
          if (earlier) return { speaker: earlier.speaker, mention };
          // "حسب ما أفادت به وزارة الداخلية … وأوضح المصدر ذاته": with no anonymous source before, "the
          // source" is the body the article cited last.
          // "المصدر ذاته" / "ذات المصدر", "المسؤول ذاته" say the same one: whoever spoke last, person or body.
          const same = this.mentions.isSameReference(tokens[m.end]?.norm ?? '', true) || this.mentions.isSameReference(tokens[m.first]?.norm ?? '', false);
          if (m.head === 'مصدر' || same) {
            const cited = same ? this.latestSpeaker(at) : this.latestCited(at);
            if (cited) return { speaker: cited, mention };
          }
        }
        // "وأضاف المسؤول الأمني" after "قال مسؤول أمني": the unnamed source cited before, now definite.
        const form = articleFreeForm(m);
        if (/^(?:[وف])?ال/.test(m.words[0]?.norm ?? '')) {
          const cited = latest(this.sources.filter((g) => g.form === form), at);
          if (cited) return { speaker: cited.speaker, mention };
        }
        // "وأضاف المسؤول الأمني أن …" after a named security chief: a speaker anaphor (attribution.json
        // speakerAnaphors) with only adjectives of kind (nisba) is the named person who spoke last, when no
        // unnamed source of that head was cited before.
        const word = m.words[0]?.norm ?? '';
        // (A nationality counts among them when it is the article's own country: "المسؤول الكويتي" in a
        // report from Kuwait is the Kuwaiti official quoted before, "المسؤول الأمريكي" there is another.)
        // (Bare too, "وأوضح المسؤول أن" right after a named fire chief: no one else is "the official".)
        if (m.head && this.mentions.isSpeakerAnaphor(m.head) && /^(?:[وف])?ال/.test(word) && m.qualifiers.every((q) => /^ال.{2,}(?:ي|يه)$/.test(q) && (!this.mentions.isDemonym(q) || this.isOwnCountryDemonym(q, at))) && !this.sources.some((g) => g.head === m.head && g.at <= at)) {
          const last = this.latestSpeaker(at);
          if (last?.kind === 'person' && !last.key.startsWith('t:')) return { speaker: last, mention };
        }
        const speaker = this.directory.register({ kind: 'source', name: m.display?.join(' ') ?? mention, mention });
        this.sources.push({ speaker, head: m.head, at, form });
        return { speaker, mention };
      }
    }
  }

  /**
   * The subject of a sentence's main verb, for a participle with no statement before it in the
   * sentence ("سحبت وزارة الإعلام تصريحاً…، مشيرة إلى أن…"): the first titled person, institution
   * or source among the sentence's first words.
   */
  mainSubject(tokens: SentenceToken[], before: number, reach = 7, from = 1, peopleOnly = false): Resolved | undefined {
    for (let i = from; i < Math.min(before, reach); i++) {
      const t = tokens[i]!;
      if (t.quoted) continue;
      // (A woman's title too, المدربة: parse decides whether it is one there.)
      const isHead = this.mentions.isTitleWord(t) || (!peopleOnly && this.mentions.isInstitution(t.norm)) || this.mentions.isAnonymous(t.norm) || (!peopleOnly && i <= from + 1 && this.mentions.isStatementNoun(withoutConjunction(t.norm)));
      if (!isHead) continue;
      const m = this.mentions.parse(tokens, i, before);
      if (!m) continue;
      // "وحدد البيان الرسمي مركز الزلزال …، مشيراً": a document opening the sentence speaks for its issuer.
      if (m.kind === 'statement') {
        if (i <= from + 1 && !peopleOnly) return this.resolve(m, tokens, false);
        continue;
      }
      // Anywhere in the sentence, only someone who can speak: a source, or a person with a name.
      if (peopleOnly && !(m.kind === 'source' || (m.kind === 'person' && m.name.length))) continue;
      return this.resolve(m, tokens, false);
    }
    return undefined;
  }
}

/** الوزارة / المصدر / الحكومة: the head alone, with the article, pointing back to one named before. */
function isBareReference(m: Mention): boolean {
  const word = m.words[0]?.norm ?? '';
  return !m.qualifiers.length && m.head !== null && word !== m.head && /^(?:[وف])?ال/.test(word);
}

/** A mention's words without their article and و/ف: «المسؤول الأمني» and «مسؤول أمني» read alike. */
function articleFreeForm(m: Mention): string {
  return m.words.map((w) => withoutArticle(w.norm)).join(' ');
}

function latest(groups: KnownGroup[], at: number): KnownGroup | undefined {
  let best: KnownGroup | undefined;
  for (const g of groups) if (g.at <= at && (!best || g.at >= best.at)) best = g;
  return best;
}
