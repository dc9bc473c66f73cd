import { compileCountryIndex, type CountryIndex } from './article-countries.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { DEFAULT_LEXICON_DIR, LexiconError, readLexiconJson } from '../lexicon.ts';

/**
 * The attribution vocabulary (data/lexicon/attribution.json): verbs of saying, participles that
 * carry a speaker on, trailing attributions, titles, institutions… An editor extends the file; the
 * quote engine only ever sees the compiled, normalised form below.
 */

const phrases = z.array(z.string().min(1)).default([]);
const cueFileSchema = z
  .object({
    about: z.string().optional(),
    verbs: phrases,
    objectVerbs: phrases,
    reportVerbs: phrases,
    learnVerbs: phrases,
    denialVerbs: phrases,
    documentAdjectives: phrases,
    asidePrepositions: phrases,
    describeVerbs: phrases,
    participles: phrases,
    trailingPronoun: phrases,
    trailingSpeaker: phrases,
    complementizers: phrases,
    complementizerPrepositions: phrases,
    contentMarkers: phrases,
    statementNouns: phrases,
    personTitles: phrases,
    institutions: phrases,
    anonymous: phrases,
    adjectives: phrases,
    timeWords: phrases,
    stopWords: phrases,
    relativePronouns: phrases,
    clauseLinks: phrases,
    fronting: phrases,
    prepositionFrames: z.record(z.string(), z.union([z.array(z.string().min(1)), z.string()])).default({}),
    frameFillers: phrases,
    markedOnlyVerbs: phrases,
    reportedSpeechNouns: phrases,
    testimonyNouns: phrases,
    namingVerbs: phrases,
    addresseePronouns: phrases,
    addresseeNouns: phrases,
    addresseeOutlets: phrases,
    actingMarkers: phrases,
    governingBodies: phrases,
    honorificAbbreviations: phrases,
    addresseeVerbs: phrases,
    frameOnlyVerbs: phrases,
    objectFrames: z.record(z.string(), z.union([z.array(z.string().min(1)), z.string()])).default({}),
    clauseBreaks: phrases,
    clauseBreaksAfterComma: phrases,
    clauseBreaksBeforeVerb: phrases,
    clauseBreaksBeforeAnyVerb: phrases,
    verbalNounMarkers: phrases,
    notComplementizerAfter: phrases,
    negations: phrases,
    pronounHonorifics: phrases,
    sameReference: phrases,
    pronounObjectVerbs: phrases,
    interviewAnswerLabels: phrases,
    titleEquivalents: z.array(phrases).default([]),
    interviewQuestionLabels: phrases,
    interviewMarkers: phrases,
    notBreakVerbs: phrases,
    actionObjects: phrases,
    timePhrases: phrases,
    sayingNouns: phrases,
    pluralHeads: phrases,
    placeHeads: phrases,
    prepositions: phrases,
    impersonalVerbs: phrases,
    speakerAnaphors: phrases,
    bodyOfficeHeads: phrases,
    sameReferenceAfter: phrases,
    partitiveHeads: phrases,
    spellingVariants: z.record(z.string(), z.string()).default({}),
    impliedHeads: z.record(z.string(), z.string()).default({}),
  })
  // Every key is read: a misspelt one is an error naming it, not a list silently ignored.
  .strict();

/** data/lexicon/names.json: the word classes a person's name is read with. */
const namesFileSchema = z
  .object({
    about: z.string().optional(),
    particles: phrases,
    articleGivenNames: phrases,
    givenNames: z.object({ male: phrases, female: phrases }).default({ male: [], female: [] }),
    neverNames: phrases,
    compoundTails: phrases,
    surnameTails: phrases,
    regnalNumbers: phrases,
    titleSurnames: phrases,
    surnamesAfterGiven: phrases,
    latin: z.record(z.string(), z.string()).default({}),
    latinPatterns: z.record(z.string(), z.string()).default({}),
  })
  .strict();

export type NamesFile = z.infer<typeof namesFileSchema>;

/** data/lexicon/entities.json, only the Arabic names of countries and places (the rest is src/desk's). */
const entitiesFileSchema = z.record(z.string(), z.looseObject({ kind: z.string().optional(), ar: phrases, demonym_ar: phrases, country: z.string().optional(), commonWord: z.boolean().default(false) }));

/** data/lexicon/speakers.json, only the Arabic names of bodies (the rest is the speaker directory's). */
const speakersFileSchema = z.record(z.string(), z.looseObject({ kind: z.string().optional(), ar: phrases }));

/** A phrase as normalised words, e.g. "على حد قوله" → ["علي", "حد", "قوله"]. */
export type Phrase = string[];

/** Phrases grouped by their first word, longest first within a group (a token looks up only its own). */
export type PhraseIndex = Map<string, Phrase[]>;

export interface AttributionCues {
  /** Which country each country name, place and nationality adjective names: what an article is about (article-countries.ts). */
  countries: CountryIndex;
  /** Verb phrases (most one word; "مضى يقول" two), longest first. */
  verbs: Phrase[];
  verbIndex: PhraseIndex;
  /** One-word verb forms, for "is this word a verb" checks. */
  verbWords: Set<string>;
  trailingPronounIndex: PhraseIndex;
  trailingSpeakerIndex: PhraseIndex;
  contentMarkerIndex: PhraseIndex;
  frontingIndex: PhraseIndex;
  /** Every word a cue can start with (verbs, participles, trailing phrases, markers): other words are skipped at once. */
  cueStarts: Set<string>;
  objectVerbs: Set<string>;
  reportVerbs: Set<string>;
  /** Verbs of learning whose source follows من (وعلمت الصحيفة من مصادر مطلعة أن): the source speaks. */
  learnVerbs: Set<string>;
  /** Verbs of denying, whose object may be "what was said" (نفى ما تردد). */
  denialVerbs: Set<string>;
  /** Adjectives of a document in an aside (في بيان مشترك، في بيان رسمي): no part of the words. */
  documentAdjectives: Set<string>;
  /** Prepositions opening a short aside closed by a comma between a verb's subject and its object (في تقدير أولي،): no part of the words. */
  asidePrepositions: Set<string>;
  /** Verbs whose object comes before the complementiser (وصف المظاهرات بأنها…): the object is part of the words. */
  describeVerbs: Set<string>;
  participles: Set<string>;
  trailingPronoun: Phrase[];
  trailingSpeaker: Phrase[];
  complementizers: Set<string>;
  complementizerPrepositions: Set<string>;
  contentMarkers: Phrase[];
  statementNouns: Set<string>;
  /** One-word titles; multi-word titles ("رئيس الوزراء") are matched by their first word. */
  personTitles: Set<string>;
  institutions: Set<string>;
  anonymous: Set<string>;
  /** Adjectives that qualify a body besides nisba forms (الأمين العام، الأمم المتحدة). */
  adjectives: Set<string>;
  timeWords: Set<string>;
  stopWords: Set<string>;
  relativePronouns: Set<string>;
  fronting: Phrase[];
  /** Linking words before a cue that open its clause (فيما أشار، بينما أكد). */
  clauseLinks: Phrase[];
  /** Verb → prepositions its words may open with (أعرب عن…، أفادت بـ…، دعا إلى…). */
  prepositionFrames: Map<string, Set<string>>;
  /** Fixed objects between a verb and its frame preposition (لفت النظر إلى، لافتة الانتباه إلى). */
  frameFillers: Set<string>;
  /** Verbs that report words only when a colon or quoted words follow them (واصل، أكمل، تابع). */
  markedOnlyVerbs: Set<string>;
  /** "نقلت الوكالة عن الوزير قوله/تأكيده إن…": the saying named after the quoted source, skipped to reach the words. */
  /** "Who is called" between an unnamed source and the name it gives (شاهد عيان يدعى علي كمال). */
  namingVerbs: Set<string>;
  /** Nouns of what people said (أقوال، روايات، شهادات) in construct with those who said it, who speak. */
  testimonyNouns: Set<string>;
  reportedSpeechNouns: Set<string>;
  /** Whom the words were said to, as a pronoun between the verb and its subject (قال لنا المواطن …). */
  addresseePronouns: Set<string>;
  /** Whom the words were said to, as a noun with لل (مصدر طبي للصحفيين): never a genitive of the speaker's name. */
  addresseeNouns: Set<string>;
  /** News outlets words are told to with ل glued (لرويترز، لفرانس برس): never the speaker. */
  addresseeOutlets: Set<string>;
  /** Words after a title that make it an acting office (بالإنابة، بالوكالة): part of the title, before the name. */
  actingMarkers: Set<string>;
  /** Governments and administrations a body sits in, after في (وزارة الصحة في حكومة الوحدة الوطنية): part of its name. */
  governingBodies: Set<string>;
  /** Honorifics abbreviated with a dot before a name (د. محمد): passed over, the dot no break. */
  honorificAbbreviations: Set<string>;
  /** Verbs whose frame preposition may follow the person addressed (دعا المجتمع الدولي إلى…): the words start at the addressee. */
  addresseeVerbs: Set<string>;
  /** Verbs spelt like a common noun (طالب): verbs of saying only with their frame preposition right after them. */
  frameOnlyVerbs: Set<string>;
  /** Verbs that report words only with a given object noun after them (حمّل X مسؤولية). */
  objectFrames: Map<string, Set<string>>;
  /** Phrases that end a reported statement (في حين، بينما، في إشارة إلى…); the second list only after a comma (، وهي…). */
  clauseBreakIndex: PhraseIndex;
  commaBreakIndex: PhraseIndex;
  /** First words of every clause break, so most tokens are passed over at once. */
  cueBreakStarts: Set<string>;
  /** Breaks that end reported words only before a verb or subject + verb (فيما أكد، not فيما يتعلق). */
  verbBreakIndex: PhraseIndex;
  /**
   * Breaks of clauseBreaksBeforeVerb that open a clause before any verb with a noun after it, not
   * only a known verb or a subject we can name ("فيما رحبت دول الخليج"; "مع قوات الأمن" is no clause).
   */
  anyVerbBreaks: Set<string>;
  /** Verb-shaped words that make no clause after such a break (فيما يتعلق، فيما يخص). */
  notBreakVerbs: Set<string>;
  /** Objects that make an announcement an act, not words (أعلن حالة الطوارئ، أعلنت الحكومة استقالتها). */
  actionObjectIndex: PhraseIndex;
  /** Phrases of time between a verb and its object (في وقت سابق، في وقت لاحق): no part of the words. */
  timePhraseIndex: PhraseIndex;
  /** Verbal nouns of saying (إعلان، تأكيد) that open another's clause after مع when a subject follows them. */
  sayingNouns: Set<string>;
  /** Heads of plural speakers (مصادر، شهود، مسؤولون): a singular verb with no subject is not theirs. */
  pluralHeads: Set<string>;
  /** Spelling variants of one word (الأميركية → الأمريكية), normalised, for one speaker however it is spelt. */
  spellingVariants: Map<string, string>;
  /** A body named by its adjective alone (الداخلية → وزارة الداخلية): the head it implies. */
  impliedHeads: Map<string, string>;
  /** Title heads (normalised, no article) that, said bare, mean the person just quoted: «وأضاف المتحدث ذاته». */
  speakerAnaphors: Set<string>;
  /** Title heads (normalised, no article) of offices held in a body (وزير، مدرب): said bare, the one introduced with the body. */
  bodyOfficeHeads: Set<string>;
  /** "The same" after a noun (المصدر ذاته، المتحدثة نفسها), normalised. */
  sameReferenceAfter: Set<string>;
  /** Source heads that count a group after من (عدد من النواب، بعض السكان): the group is their name. */
  partitiveHeads: Set<string>;
  /** Words that take a place name after "في" in a body's name (وزارة الصحة في سلطنة عمان). */
  placeHeads: Set<string>;
  /** Prepositions: after one, a verb form is a verbal noun (مع توقع هطول الأمطار), never a cue. */
  prepositions: Set<string>;
  /** Words after which a verb's form is its verbal noun (طالباً عدم ذكر اسمه: ذكر reports nothing). */
  verbalNounMarkers: Set<string>;
  /** Words that make the أن after them temporal or negative, never a verb's words (دون أن توضح، بعد أن التقى). */
  notComplementizerAfter: Set<string>;
  /** Negation particles: a negated verb with a bare noun object (لم يذكر البيان عدد الضحايا) reports nothing said. */
  negations: Set<string>;
  /** An honorific with a pronoun (سعادته، معاليه، سموه): "His Excellency", the person spoken of before, never a name. */
  pronounHonorifics: Set<string>;
  /** Words for "the same" before a source or body (ذات المصدر، نفس المصدر): the one cited before. */
  sameReference: Set<string>;
  /** Verbs of judging that carry what they judge as an object pronoun (واعتبرته «…»، ووصفها بأنها…). */
  pronounObjectVerbs: Set<string>;
  /** Labels of an interview's answers (ج، جواب) and questions (س، سؤال), normalised, words joined by a space. */
  interviewAnswerLabels: Set<string>;
  /** Titles of one office (مدرب، مدير فني، ناخب وطني), normalised without the article → the office's number. */
  titleEquivalents: Map<string, number>;
  interviewQuestionLabels: Set<string>;
  /** Phrases by which an article says it is an interview (حاورها، في حوار مع), normalised words. */
  interviewMarkers: Phrase[];
  /** Verb forms that are impersonal without a subject of their own (يذكر أن… "it is worth noting"). */
  impersonalVerbs: Set<string>;
  /** Countries and places by their Arabic names (entities.json), normalised: "في الأردن" inside a title. */
  places: Set<string>;
  /**
   * Bodies whose names the grammar cannot tell apart from what follows (أطباء بلا حدود، منظمة العفو
   * الدولية), from speakers.json: a mention starting one is read to its end.
   */
  knownBodies: PhraseIndex;
  /** Listed bodies of one word (أوبك، الكرملين، يونيسف), normalised. */
  knownBodyWords: Set<string>;
  /** Words after the first of the public figures' names in speakers.json (تبون of عبد المجيد تبون): a name may end on one. */
  figureNameWords: Set<string>;
  /** Public figures known by one word with the article (السيسي): after a title it is the name, not an adjective (الرئيس السيسي). */
  figureSurnames: Set<string>;
  /** Places spelt like a common noun (صور images / Tyre, حلب milking / Aleppo): no speaker when a noun follows in construct. */
  commonWordPlaces: Set<string>;
  /** Nationality adjectives with the article (السويسري، المصرية), entities.json: "السويسري مارسيل كولر" is a person. */
  demonyms: Set<string>;
  names: NameClasses;
}

/** Word classes of names (data/lexicon/names.json), normalised. */
export interface NameClasses {
  /** Words that always take the next word with them (عبد، أبو، بن، آل), and two-word ones (فون دير) joined by a space. */
  particles: Set<string>;
  articleGivenNames: Set<string>;
  male: Set<string>;
  female: Set<string>;
  neverNames: Set<string>;
  /** Second words of compound names written apart (الدين، الله): one unit with the word before. */
  compoundTails: Set<string>;
  /** Words closing a family name with the word before them, whatever that word means alone (إمام أوغلو, داود أوغلو). */
  surnameTails: Set<string>;
  /** Ordinals after a monarch's name (عبد الله الثاني، محمد السادس): no family name, so no family key. */
  regnalNumbers: Set<string>;
  /** Honorifics that are also family names (السيد، الشيخ): one at the end of a name of two words or more. */
  titleSurnames: Set<string>;
  /** Of those, the ones read as the family name right after a listed given name (نزار الحاج). */
  surnamesAfterGiven: Set<string>;
  /** Conventional English spellings (محمد → Mohammed, عبد → Abdel), keyed by normalised word. */
  latin: Map<string, string>;
  /** Word shape (C a consonant; ا و ي م as written) → English vowelling, consonants numbered (CاCC → 1a2i3). */
  latinPatterns: Map<string, string>;
}

function toPhrase(text: string): Phrase {
  return normalizeForMatch(text).split(/\s+/).filter(Boolean);
}

function phraseList(list: string[]): Phrase[] {
  const seen = new Set<string>();
  const out: Phrase[] = [];
  for (const p of list.map(toPhrase)) {
    const key = p.join(' ');
    if (!p.length || seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort((a, b) => b.length - a.length);
}

function wordSet(list: string[]): Set<string> {
  return new Set(list.flatMap(toPhrase));
}

/**
 * Participles with their masculine plural: the list gives مضيفا / مضيفة, the copy also writes
 * مضيفين when the speakers are several. (Not the feminine plural: لافتات are banners, not "pointing out".)
 */
function participleForms(list: string[]): Set<string> {
  const forms = wordSet(list);
  for (const w of [...forms]) {
    const stem = /^(.{3,})[اه]$/.exec(w)?.[1];
    if (stem) forms.add(`${stem}ين`);
  }
  return forms;
}

/** First words of each entry (titles and institutions are recognised by their head word). */
function headSet(list: string[]): Set<string> {
  return new Set(list.map(toPhrase).map((p) => p[0]!).filter(Boolean));
}

/**
 * Heads with both cases of a sound masculine plural: a list gives مراقبون or مراقبين, the copy
 * writes either (وحسب مراقبين، قال مراقبون).
 */
function pluralCaseSet(list: string[]): Set<string> {
  const heads = headSet(list);
  for (const head of [...heads]) for (const form of soundPluralCases(head)) heads.add(form);
  return heads;
}

/** Both cases of a sound masculine plural (مراقبون ↔ مراقبين), normalised; none for another word. */
export function soundPluralCases(norm: string): string[] {
  const stem = /^(.{3,})(?:ون|ين)$/.exec(norm)?.[1];
  return stem ? [`${stem}ون`, `${stem}ين`] : [];
}

function indexPhrases(list: Phrase[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const p of list) index.set(p[0]!, [...(index.get(p[0]!) ?? []), p]);
  return index;
}

const NO_NAMES: NamesFile = { particles: [], articleGivenNames: [], givenNames: { male: [], female: [] }, neverNames: [], compoundTails: [], surnameTails: [], regnalNumbers: [], titleSurnames: [], surnamesAfterGiven: [], latin: {}, latinPatterns: {} };

function compileFrames(frames: Record<string, string[] | string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [preposition, verbs] of Object.entries(frames)) {
    if (typeof verbs === 'string') continue; // "about"
    const p = toPhrase(preposition)[0]!;
    for (const verb of verbs.flatMap(toPhrase)) out.set(verb, new Set([...(out.get(verb) ?? []), p]));
  }
  return out;
}

/** What the attribution cues take from the other lexicons (names.json, entities.json, speakers.json). */
export interface CueSources {
  names?: NamesFile;
  /** Arabic names of countries and places. */
  places?: string[];
  /** Arabic names of bodies in speakers.json. */
  bodies?: string[];
  /** Arabic names of the public figures in speakers.json. */
  figures?: string[];
  /** Nationality adjectives of countries. */
  demonyms?: string[];
  /** Places spelt like a common noun (entities.json commonWord). */
  commonWordPlaces?: string[];
  /** Country names, their places and nationality adjectives, each with its country (article-countries.ts). */
  countries?: CountryIndex;
}

export function compileCues(data: z.infer<typeof cueFileSchema>, sources: CueSources = {}): AttributionCues {
  const { names = NO_NAMES, places = [], bodies = [], demonyms = [], commonWordPlaces = [], figures = [], countries = new Map() } = sources;
  const verbs = phraseList(data.verbs);
  const starts = [verbs, phraseList(data.trailingPronoun), phraseList(data.trailingSpeaker), phraseList(data.contentMarkers)].flatMap((list) => list.map((p) => p[0]!));
  return {
    countries,
    cueStarts: new Set([...starts, ...participleForms(data.participles)]),
    verbIndex: indexPhrases(verbs),
    verbWords: new Set(verbs.filter((p) => p.length === 1).map((p) => p[0]!)),
    trailingPronounIndex: indexPhrases(phraseList(data.trailingPronoun)),
    trailingSpeakerIndex: indexPhrases(phraseList(data.trailingSpeaker)),
    contentMarkerIndex: indexPhrases(phraseList(data.contentMarkers)),
    frontingIndex: indexPhrases(phraseList(data.fronting)),
    verbs,
    objectVerbs: wordSet(data.objectVerbs),
    reportVerbs: wordSet(data.reportVerbs),
    learnVerbs: wordSet(data.learnVerbs),
    denialVerbs: wordSet(data.denialVerbs),
    documentAdjectives: wordSet(data.documentAdjectives),
    asidePrepositions: wordSet(data.asidePrepositions),
    describeVerbs: wordSet(data.describeVerbs),
    participles: participleForms(data.participles),
    trailingPronoun: phraseList(data.trailingPronoun),
    trailingSpeaker: phraseList(data.trailingSpeaker),
    complementizers: wordSet(data.complementizers),
    complementizerPrepositions: wordSet(data.complementizerPrepositions),
    contentMarkers: phraseList(data.contentMarkers),
    statementNouns: wordSet(data.statementNouns),
    personTitles: headSet(data.personTitles),
    institutions: headSet(data.institutions),
    anonymous: pluralCaseSet(data.anonymous),
    adjectives: wordSet(data.adjectives),
    timeWords: wordSet(data.timeWords),
    stopWords: wordSet(data.stopWords),
    relativePronouns: headSet(data.relativePronouns),
    fronting: phraseList(data.fronting),
    clauseLinks: phraseList(data.clauseLinks),
    prepositionFrames: compileFrames(data.prepositionFrames),
    frameFillers: wordSet(data.frameFillers),
    markedOnlyVerbs: wordSet(data.markedOnlyVerbs),
    reportedSpeechNouns: wordSet(data.reportedSpeechNouns),
    testimonyNouns: wordSet(data.testimonyNouns),
    namingVerbs: wordSet(data.namingVerbs),
    addresseePronouns: wordSet(data.addresseePronouns),
    addresseeNouns: wordSet(data.addresseeNouns),
    addresseeOutlets: wordSet(data.addresseeOutlets),
    actingMarkers: wordSet(data.actingMarkers),
    governingBodies: wordSet(data.governingBodies),
    honorificAbbreviations: wordSet(data.honorificAbbreviations),
    addresseeVerbs: wordSet(data.addresseeVerbs),
    frameOnlyVerbs: wordSet(data.frameOnlyVerbs),
    objectFrames: compileFrames(data.objectFrames),
    clauseBreakIndex: indexPhrases(phraseList(data.clauseBreaks)),
    commaBreakIndex: indexPhrases(phraseList(data.clauseBreaksAfterComma)),
    cueBreakStarts: new Set([...phraseList(data.clauseBreaks), ...phraseList(data.clauseBreaksAfterComma), ...phraseList(data.clauseBreaksBeforeVerb)].map((p) => p[0]!)),
    verbBreakIndex: indexPhrases(phraseList(data.clauseBreaksBeforeVerb)),
    anyVerbBreaks: new Set(phraseList(data.clauseBreaksBeforeAnyVerb).map((p) => p.join(' '))),
    notBreakVerbs: wordSet(data.notBreakVerbs),
    actionObjectIndex: indexPhrases(phraseList(data.actionObjects)),
    timePhraseIndex: indexPhrases(phraseList(data.timePhrases)),
    sayingNouns: wordSet(data.sayingNouns),
    pluralHeads: wordSet(data.pluralHeads),
    placeHeads: wordSet(data.placeHeads),
    prepositions: wordSet(data.prepositions),
    verbalNounMarkers: wordSet(data.verbalNounMarkers),
    notComplementizerAfter: wordSet(data.notComplementizerAfter),
    negations: wordSet(data.negations),
    pronounHonorifics: wordSet(data.pronounHonorifics),
    sameReference: wordSet(data.sameReference),
    pronounObjectVerbs: wordSet(data.pronounObjectVerbs),
    titleEquivalents: new Map(data.titleEquivalents.flatMap((group, n) => group.map((p) => [toPhrase(p).map((w) => w.replace(/^ال(?=..)/, '')).join(' '), n] as const))),
    interviewAnswerLabels: new Set(data.interviewAnswerLabels.map((p) => toPhrase(p).join(' '))),
    interviewQuestionLabels: new Set(data.interviewQuestionLabels.map((p) => toPhrase(p).join(' '))),
    interviewMarkers: data.interviewMarkers.map(toPhrase),
    impersonalVerbs: wordSet(data.impersonalVerbs),
    speakerAnaphors: wordSet(data.speakerAnaphors),
    bodyOfficeHeads: wordSet(data.bodyOfficeHeads),
    sameReferenceAfter: wordSet(data.sameReferenceAfter),
    partitiveHeads: wordSet(data.partitiveHeads),
    spellingVariants: new Map(Object.entries(data.spellingVariants).filter(([k]) => k !== 'about').map(([a, b]) => [normalizeForMatch(a), normalizeForMatch(b)])),
    impliedHeads: new Map(Object.entries(data.impliedHeads).filter(([k]) => k !== 'about').map(([a, b]) => [normalizeForMatch(a), normalizeForMatch(b)])),
    places: new Set(places.map((p) => toPhrase(p).join(' ')).filter(Boolean)),
    knownBodies: indexPhrases(phraseList(bodies).filter((p) => p.length > 1)),
    knownBodyWords: new Set(phraseList(bodies).flatMap((p) => (p.length === 1 ? p : []))),
    figureNameWords: new Set(phraseList(figures).flatMap((p) => (p.length > 1 ? p.slice(1) : []))),
    figureSurnames: new Set(phraseList(figures).flatMap((p) => (p.length === 1 && p[0]!.startsWith('ال') ? p : []))),
    commonWordPlaces: new Set(commonWordPlaces.map((p) => toPhrase(p).join(' '))),
    demonyms: new Set(demonyms.map((d) => toPhrase(d).join(' ')).filter((d) => d.startsWith('ال') && !d.includes(' '))),
    names: {
      // A two-word particle (فون دير) stays one entry: its second word alone is no particle (دير الزور).
      particles: new Set(names.particles.map((p) => toPhrase(p).join(' ')).filter(Boolean)),
      articleGivenNames: wordSet(names.articleGivenNames),
      male: wordSet(names.givenNames.male),
      female: wordSet(names.givenNames.female),
      neverNames: wordSet(names.neverNames),
      compoundTails: wordSet(names.compoundTails),
      surnameTails: wordSet(names.surnameTails),
      regnalNumbers: wordSet(names.regnalNumbers),
      titleSurnames: wordSet(names.titleSurnames),
      surnamesAfterGiven: wordSet(names.surnamesAfterGiven),
      latin: new Map(Object.entries(names.latin).filter(([ar]) => ar !== 'about').map(([ar, en]) => [normalizeForMatch(ar).replace(/\s+/g, ''), en])),
      latinPatterns: new Map(Object.entries(names.latinPatterns).filter(([shape]) => shape !== 'about')),
    },
  };
}

/**
 * A word listed both as a given name and as a never-name (أسماء: "names" and a woman's name) makes
 * one list silently win; the file must say which it is.
 */
export function checkNameClasses(path: string, names: NamesFile): void {
  const never = wordSet(names.neverNames);
  const given: Array<[string, string[]]> = [['givenNames.male', names.givenNames.male], ['givenNames.female', names.givenNames.female], ['articleGivenNames', names.articleGivenNames]];
  for (const [field, list] of given) {
    const both = list.find((w) => toPhrase(w).some((n) => never.has(n)));
    if (both) throw new LexiconError(path, field, `"${both}" is also in neverNames: keep it in one list`);
  }
}

const cache = new Map<string, { cues: AttributionCues; warning?: string }>();

/**
 * Cues from `attribution.json` and `names.json` in a lexicon directory (cached per directory), under
 * the lexicons' one error policy (src/lexicon.ts): a broken file throws a LexiconError naming the
 * file and the field. A desk directory without its own names.json uses the project's.
 */
export function loadAttributionCues(dir: string = DEFAULT_LEXICON_DIR): { cues: AttributionCues; warning?: string } {
  const cached = cache.get(dir);
  if (cached) return cached;
  const data = readLexiconJson(join(dir, 'attribution.json'), cueFileSchema);
  const namesPath = existsSync(join(dir, 'names.json')) ? join(dir, 'names.json') : join(DEFAULT_LEXICON_DIR, 'names.json');
  const entitiesPath = existsSync(join(dir, 'entities.json')) ? join(dir, 'entities.json') : join(DEFAULT_LEXICON_DIR, 'entities.json');
  const entities = readLexiconJson(entitiesPath, entitiesFileSchema);
  const places = Object.values(entities).flatMap((e) => (e.kind === 'country' || e.kind === 'place' ? e.ar : []));
  const names = readLexiconJson(namesPath, namesFileSchema);
  checkNameClasses(namesPath, names);
  const speakersPath = existsSync(join(dir, 'speakers.json')) ? join(dir, 'speakers.json') : join(DEFAULT_LEXICON_DIR, 'speakers.json');
  const speakers = Object.values(readLexiconJson(speakersPath, speakersFileSchema));
  const bodies = speakers.flatMap((e) => (e.kind && e.kind !== 'person' ? e.ar : []));
  const figures = speakers.flatMap((e) => (!e.kind || e.kind === 'person' ? e.ar : []));
  const demonyms = Object.values(entities).flatMap((e) => (e.kind === 'country' ? e.demonym_ar : []));
  const commonWordPlaces = Object.values(entities).flatMap((e) => (e.commonWord ? e.ar : []));
  const countries = compileCountryIndex(Object.entries(entities).map(([id, e]) => ({ id, ...e })));
  const result = { cues: compileCues(data, { names, places, bodies, demonyms, commonWordPlaces, figures, countries }) };
  cache.set(dir, result);
  return result;
}

/** The project's cues (what extraction uses unless a desk brings its own lexicon directory). */
export function defaultCues(): AttributionCues {
  return loadAttributionCues().cues;
}
