import { normalizeForMatch } from '../arabic/normalize.ts';
import { keySimilarity, phoneticKey, strictPhoneticKey } from '../arabic/transliterate.ts';
import { normalizeLatin, type LexiconEntry } from '../lexicon.ts';
import { defaultCues } from './cues.ts';
import { latinName } from './latin-names.ts';
import { SpeakerCandidateIndex } from './speaker-candidates.ts';
import { RecentMap } from '../text/recent-map.ts';
import type { Speaker, SpeakerKind } from './types.ts';

/**
 * Speakers merged across the corpus. Spelling variants of one name (زيلينسكي / زيلنسكي,
 * ماكرون / ماكرن) share a phonetic key of the family name; short and long forms (زيلينسكي / فولوديمير
 * زيلينسكي) merge when their first names do not contradict. The curated lexicon
 * (data/lexicon/speakers.json) supplies display names and English aliases for well-known people and
 * bodies; everyone else gets a transliterated Latin name, and `find` matches English spellings
 * phonetically (pashinyan → باشينيان).
 */

export interface SpeakerCandidate {
  kind: SpeakerKind;
  /** The name as written: a person's name without titles, or the institution/source phrase. */
  name: string;
  /** The whole mention as written (الرئيس الفرنسي إيمانويل ماكرون), kept as an alias. */
  mention: string;
  /** The countries its article is about (article-countries.ts), for the titles a person is introduced with. */
  countries?: readonly string[];
}

interface SpeakerRecord extends Speaker {
  /** Phonetic keys of the first and last name words, and the family's consonants (persons only; see personKeys). */
  firstKey: string;
  lastKey: string;
  familyKey: string;
  /** How many tokens the display name has: longer forms win the display. */
  nameLength: number;
}

interface LexiconForm {
  entry: LexiconEntry;
  norm: string;
  words: string[];
  firstKey: string;
  lastKey: string;
  familyKey: string;
}

interface SearchForms {
  forms: string[];
  words: Set<string>;
  /** Each form's word keys, in order (a one-consonant key such as علي/Ali → L counts only matched exactly). */
  formKeys: string[][];
}

const MAX_ALIASES = 24;
/** Romanised articles as whole query words: queries are split on spaces and hyphens (al-Sisi → al, sisi). */
const LATIN_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash']);
const MIN_KEY = 3;

/**
 * Aliases' comparison forms, remembered: every mention of a known speaker is checked against each
 * of its (up to MAX_ALIASES) aliases, and the aliases are few and long-lived.
 */
const recentAliasForms = new RecentMap<string, string>(4096);

function normalizedAlias(alias: string): string {
  let form = recentAliasForms.get(alias);
  if (form === undefined) recentAliasForms.set(alias, (form = normalizeForMatch(alias)));
  return form;
}

function arabicWords(text: string): string[] {
  return normalizeForMatch(text).split(/\s+/).filter(Boolean);
}

function isArabic(text: string): boolean {
  return /[\u0600-\u06FF]/.test(text);
}

/**
 * The words that make a body's or source's identity: spelling variants as one (الأميركية /
 * الأمريكية) and a body named by its adjective alone with the head it implies (الداخلية → وزارة
 * الداخلية). Data: attribution.json spellingVariants, impliedHeads.
 */
function identityWords(kind: string, words: string[]): string[] {
  const { spellingVariants, impliedHeads } = defaultCues();
  const out = words.map((w) => spellingVariants.get(w) ?? w);
  const head = kind === 'institution' ? impliedHeads.get(out[0] ?? '') : undefined;
  return head ? [head, ...out] : out;
}

/** A name's units: a particle and the word it takes are one (عبد الله، أبو الغيط، آل نهيان). */
function nameUnits(words: string[]): string[] {
  const { particles, compoundTails } = defaultCues().names;
  const units: string[] = [];
  for (let k = 0; k < words.length; k++) {
    if (particles.has(words[k]!) && k + 1 < words.length) units.push(words[k]! + words[++k]!);
    // "فضل الله", "نصر الله": the tail is one unit with its word, never a family name of its own.
    else if (k > 0 && compoundTails.has(words[k]!) && units.length) units.push(units.pop()! + words[k]!);
    else units.push(words[k]!);
  }
  return units;
}

/**
 * A person's keys: phonetic skeletons of the first and last name units (to find them by either
 * script), and the family's consonants with ع kept (`familyKey`), which must agree too: spelling
 * variants of one name do (زيلينسكي / زيلنسكي, غوتيريش / جوتيريش), a name that only sounds alike
 * in Latin does not (عابدين is not بايدن, though both key as BDN).
 */
function personKeys(words: string[]): { firstKey: string; lastKey: string; familyKey: string } {
  const units = nameUnits(words);
  const last = units[units.length - 1] ?? '';
  // "عبد الله الثاني": a regnal number is no family name; only the spelling itself keys it (never الوزاني).
  if (units.length > 1 && defaultCues().names.regnalNumbers.has(last)) return { firstKey: phoneticKey(units[0]!), lastKey: `w:${units.join(' ')}`, familyKey: units.join(' ') };
  const key = phoneticKey(last);
  // Too short a skeleton (زايد → SD) would merge unrelated names: the spelling itself keys the family.
  return {
    firstKey: units.length > 1 ? phoneticKey(units[0]!) : '',
    lastKey: key.length >= MIN_KEY ? key : last ? `w:${last}` : '',
    familyKey: strictPhoneticKey(last.replace(/^ال/, '')),
  };
}

/** Positions in the lexicon's forms, ascending: by exact spelling, persons by family key, and the bodies. */
interface LexiconIndex {
  byNorm: Map<string, number>;
  personsByLastKey: Map<string, number[]>;
  bodies: number[];
}

function indexLexiconForms(forms: readonly LexiconForm[]): LexiconIndex {
  const index: LexiconIndex = { byNorm: new Map(), personsByLastKey: new Map(), bodies: [] };
  forms.forEach((form, i) => {
    if (!index.byNorm.has(form.norm)) index.byNorm.set(form.norm, i);
    if ((form.entry.kind ?? 'person') === 'person') {
      if (form.lastKey.length < MIN_KEY) return;
      const list = index.personsByLastKey.get(form.lastKey) ?? [];
      list.push(i);
      index.personsByLastKey.set(form.lastKey, list);
    } else index.bodies.push(i);
  });
  return index;
}

/** Two first names agree when either is missing or they sound alike. */
function firstNamesAgree(a: string, b: string): boolean {
  return !a || !b || keySimilarity(a, b) >= 0.6;
}

/**
 * Two given names listed for different genders (سالم, سلمى) are two people however alike they
 * sound: their phonetic keys (SLM) cannot tell them apart.
 */
function givenNamesClash(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return false;
  const { male, female } = defaultCues().names;
  return (male.has(a) && female.has(b) && !female.has(a) && !male.has(b)) || (female.has(a) && male.has(b) && !male.has(a) && !female.has(b));
}

export class SpeakerDirectory {
  private readonly byKey = new Map<string, SpeakerRecord>();
  private readonly byLastKey = new Map<string, string[]>();
  private readonly lexiconForms: LexiconForm[];
  private readonly lexiconIndex: LexiconIndex;
  private searchCache = new Map<string, SearchForms>();
  /** Which speakers a query can reach (see speaker-candidates.ts), in byKey's order; dropped when a speaker or its forms change. */
  private lookup: { index: SpeakerCandidateIndex; records: SpeakerRecord[] } | undefined;
  /**
   * Title words → the people introduced with them, each with the countries of the articles that did,
   * for titles never named in their own article.
   */
  private readonly titleHolders = new Map<string, Map<string, Set<string>>>();
  /** titleHolders' titles by their first word: a title-only mention is compared with those only, not with every title of the desk. */
  private readonly titlesByFirstWord = new Map<string, string[]>();

  constructor(readonly lexicon: LexiconEntry[] = []) {
    this.lexiconForms = lexicon.flatMap((entry) =>
      entry.ar.map((form) => {
        const words = arabicWords(form);
        return { entry, norm: words.join(' '), words, ...personKeys(words) };
      }),
    );
    this.lexiconIndex = indexLexiconForms(this.lexiconForms);
  }

  get(key: string): Speaker | undefined {
    return this.byKey.get(key);
  }

  all(): Speaker[] {
    return [...this.byKey.values()];
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The speaker a candidate belongs to, creating or enriching it. */
  register(candidate: SpeakerCandidate): Speaker {
    const words = arabicWords(candidate.name);
    const norm = words.join(' ');
    const lexiconEntry = this.matchLexicon(candidate.kind, words, norm);
    let record: SpeakerRecord | undefined;
    if (lexiconEntry) {
      record = this.byKey.get(lexiconEntry.id) ?? this.create(lexiconEntry.id, candidate, words, lexiconEntry);
    } else if (candidate.kind === 'person') {
      const { firstKey, lastKey, familyKey } = personKeys(words);
      const sameFamily = (lastKey.length >= MIN_KEY ? this.byLastKey.get(lastKey) ?? [] : []).map((k) => this.byKey.get(k)!);
      record = sameFamily.find((s) => s.kind === 'person' && !s.key.startsWith('t:') && s.familyKey === familyKey && firstNamesAgree(s.firstKey, firstKey) && !(words.length > 1 && givenNamesClash(arabicWords(s.name)[0], words[0])));
      if (!record) {
        let key = `p:${lastKey.length >= MIN_KEY ? lastKey : norm}`;
        if (this.byKey.has(key)) key = `p:${firstKey}:${lastKey}:${norm}`;
        record = this.create(key, candidate, words);
      }
    } else {
      const prefix = candidate.kind === 'institution' ? 'i' : candidate.kind === 'source' ? 's' : 't';
      const key = `${prefix}:${identityWords(candidate.kind, words).join(' ')}`;
      record = this.byKey.get(key) ?? this.create(key, candidate, words);
    }
    this.enrich(record, candidate, words);
    if (record.kind === 'person' && !record.key.startsWith('t:')) this.noteTitle(record.key, candidate);
    return record;
  }

  /** Title words a person was introduced with ("وزيرة الصحة المصرية" of "وزيرة الصحة المصرية هالة زايد"). */
  private noteTitle(key: string, candidate: SpeakerCandidate): void {
    const mention = arabicWords(candidate.mention);
    const name = arabicWords(candidate.name);
    if (mention.length < name.length + 2 || mention.slice(mention.length - name.length).join(' ') !== name.join(' ')) return;
    const title = mention.slice(0, mention.length - name.length).join(' ');
    let keys = this.titleHolders.get(title);
    if (!keys) {
      this.titleHolders.set(title, (keys = new Map<string, Set<string>>()));
      const first = title.split(' ')[0]!;
      const titles = this.titlesByFirstWord.get(first);
      if (titles) titles.push(title);
      else this.titlesByFirstWord.set(first, [title]);
    }
    const countries = keys.get(key) ?? new Set<string>();
    for (const c of candidate.countries ?? []) countries.add(c);
    keys.set(key, countries);
  }

  /** Whether a person's name is already known (lexicon or an earlier article), without creating it. */
  knowsPerson(name: string): boolean {
    const words = arabicWords(name);
    if (this.matchLexicon('person', words, words.join(' '))) return true;
    const { lastKey } = personKeys(words);
    return lastKey.length >= MIN_KEY && this.byLastKey.has(lastKey);
  }

  /**
   * A person speaker whose name is titles only (الرئيس الكازاخستاني) and never resolved to a name in
   * its article. When exactly one person of the desk was introduced with that title (its words all
   * in this mention, two words at least: "وزيرة الصحة المصرية هالة زايد" for "وزيرة الصحة والسكان
   * المصرية"), it is that person.
   */
  registerTitle(mention: string, countries: readonly string[] = []): Speaker {
    const words = arabicWords(mention);
    const holders = new Set<string>();
    const have = new Set(words.flatMap((w) => [w, w.replace(/^و(?=.{3})/, '')]));
    const sameFirstWord = words.length ? this.titlesByFirstWord.get(words[0]!) ?? [] : [];
    // "وزير الصحة" of a story about Sudan is not the minister a Lebanese story introduced so: a holder
    // counts only when the two articles share a country, or either names none.
    const sameCountry = (theirs: ReadonlySet<string>) => !theirs.size || !countries.length || countries.some((c) => theirs.has(c));
    for (const title of sameFirstWord) {
      if (!title.split(' ').every((w) => have.has(w))) continue;
      for (const [k, theirs] of this.titleHolders.get(title)!) if (sameCountry(theirs)) holders.add(k);
    }
    if (holders.size === 1) {
      const person = this.byKey.get([...holders][0]!)!;
      this.enrich(person, { kind: 'person', name: person.name, mention }, arabicWords(person.name));
      return person;
    }
    const key = `t:${words.join(' ')}`;
    let record = this.byKey.get(key);
    if (!record) {
      record = this.create(key, { kind: 'person', name: mention, mention }, words);
      // A title is words, not a name: translate it ("الرئيس الكازاخستاني" → "Kazakh President").
      record.latin = latinName('institution', mention);
    }
    return record;
  }

  /**
   * The lexicon entry a name is: the first form, in lexicon order, that it spells exactly, or (a
   * person) whose family name and first name agree with it, or (a body) that it starts with. The
   * forms are indexed, so a larger lexicon of public figures costs a look-up, not a scan per name.
   */
  private matchLexicon(kind: SpeakerKind, words: string[], norm: string): LexiconEntry | undefined {
    if (!words.length) return undefined;
    const index = this.lexiconIndex;
    let best = index.byNorm.get(norm) ?? Number.MAX_SAFE_INTEGER;
    if (kind === 'person') {
      const { firstKey, lastKey, familyKey } = personKeys(words);
      // A lone word that is also a common given name (حسن، علي) is that figure only as spelt: حسن is not جعفر حسان.
      const names = defaultCues().names;
      const lone = words.length === 1 && (names.male.has(words[0]!) || names.female.has(words[0]!));
      for (const i of index.personsByLastKey.get(lastKey) ?? []) {
        if (i >= best) break;
        const form = this.lexiconForms[i]!;
        if (form.familyKey === familyKey && firstNamesAgree(form.firstKey, firstKey) && (!lone || form.words[form.words.length - 1] === words[0])) best = i;
      }
    } else {
      for (const i of index.bodies) {
        if (i >= best) break;
        const form = this.lexiconForms[i]!;
        // A country's own society of a movement (الهلال الأحمر الليبي) is a body of its own.
        if (norm.startsWith(form.norm + ' ') && !words.slice(form.words.length).some(isNisbaAdjective)) best = i;
      }
    }
    return this.lexiconForms[best]?.entry;
  }

  private create(key: string, candidate: SpeakerCandidate, words: string[], entry?: LexiconEntry): SpeakerRecord {
    const name = entry?.ar[0] ?? candidate.name;
    const keys = candidate.kind === 'person' ? personKeys(words) : { firstKey: '', lastKey: '', familyKey: '' };
    const record: SpeakerRecord = {
      key,
      name,
      latin: entry?.latin ?? entry?.en[0] ?? latinName(candidate.kind, candidate.name),
      aliases: [...new Set([...(entry?.ar ?? []), ...(entry?.en ?? [])])],
      kind: (entry?.kind as SpeakerKind | undefined) ?? candidate.kind,
      ...keys,
      nameLength: entry ? Number.MAX_SAFE_INTEGER : words.length,
    };
    this.byKey.set(key, record);
    this.lookup = undefined;
    if (record.lastKey.length >= MIN_KEY) {
      const list = this.byLastKey.get(record.lastKey) ?? [];
      list.push(key);
      this.byLastKey.set(record.lastKey, list);
    }
    return record;
  }

  private enrich(record: SpeakerRecord, candidate: SpeakerCandidate, words: string[]): void {
    if (words.length > record.nameLength) {
      record.name = candidate.name;
      record.latin = latinName(record.kind, candidate.name);
      record.nameLength = words.length;
      const keys = personKeys(words);
      if (!record.firstKey) record.firstKey = keys.firstKey;
      // A new name or Latin spelling is searchable at once, not only after an alias is added.
      this.searchCache.delete(record.key);
      this.lookup = undefined;
    }
    for (const form of [candidate.name, candidate.mention]) {
      if (record.aliases.length >= MAX_ALIASES) break;
      const n = normalizeForMatch(form);
      if (form && !record.aliases.some((a) => normalizedAlias(a) === n)) {
        record.aliases.push(form);
        this.searchCache.delete(record.key);
        this.lookup = undefined;
      }
    }
  }

  /** The directory's state as plain data (desk snapshots). */
  toJSON(): unknown {
    return [...this.byKey.values()];
  }

  /** Replaces the state with `toJSON()` data. */
  restore(data: unknown): void {
    this.byKey.clear();
    this.byLastKey.clear();
    this.searchCache.clear();
    this.lookup = undefined;
    for (const s of data as SpeakerRecord[]) {
      this.byKey.set(s.key, s);
      if (s.lastKey?.length >= MIN_KEY) this.byLastKey.set(s.lastKey, [...(this.byLastKey.get(s.lastKey) ?? []), s.key]);
    }
  }

  private searchForms(s: SpeakerRecord): SearchForms {
    let cached = this.searchCache.get(s.key);
    if (!cached) {
      const written = [s.name, s.latin, ...s.aliases].map((f) => (isArabic(f) ? normalizeForMatch(f) : splitAbd(normalizeLatin(f)))).filter(Boolean);
      // "Abulgasim" for أبو القاسم: English often writes a particle and its word as one.
      const glued = written.filter(isArabic).map((f) => f.replace(GLUED_PARTICLE, '$1$2')).filter((f) => !written.includes(f));
      const forms = [...written, ...glued];
      const words = new Set(forms.flatMap((f) => f.split(/[\s\-]+/)).map((w) => w.replace(/^(?:ال|و)(?=.{3})/, '')));
      const formKeys = forms.map((f) =>
        f
          .split(/[\s\-]+/)
          .filter((w) => !LATIN_ARTICLES.has(w))
          .map((w) => phoneticKey(w.replace(/^(?:ال|و)(?=.{3})/, '')))
          .filter(Boolean),
      );
      cached = { forms, words, formKeys };
      this.searchCache.set(s.key, cached);
    }
    return cached;
  }

  /**
   * How well a prepared query names one speaker, 0…1. A score below `minScore` is only ever
   * dropped, so once the sound-alike part cannot reach it the work stops (0 is returned) and
   * names that cannot come close are not compared: the answer for every speaker that reaches it
   * is the same.
   */
  private score(s: SpeakerRecord, query: PreparedQuery, minScore = 0): number {
    const { forms, words, formKeys } = this.searchForms(s);
    if (forms.includes(query.text)) return 1;
    if (query.bare.every((w) => words.has(w))) return 0.95;
    if (query.bare.every((w) => w.length >= 3 && someStartsWith(words, w))) return 0.8;
    // An unnamed source (المصدر، مصادر أمنية) is a description, not a name: it matches by its words,
    // never by sound ("Sisi" is no "source").
    if (!query.keys.length || s.kind === 'source') return 0;
    // At most 0.85 × the average below, or 0.75 for a family name alone.
    if (minScore > 0.85) return 0;
    const n = query.keys.length;
    const noFirstName = s.kind === 'person' && !s.firstKey;
    const familyPossible = noFirstName && query.keys[n - 1]!.length >= MIN_KEY && minScore <= 0.75;
    // Each query word sounds like a different word of one written form ("Ali Allawi" is علي علاوي,
    // not علي حسن twice over); the best form counts. Worked in reused arrays: a look-up scores
    // every candidate's every form.
    let found = false;
    let average = 0;
    let family = 0;
    for (const keys of formKeys) {
      const m = keys.length;
      const { sims, scores, takenWord } = scoringScratch(n, m);
      for (let i = 0; i < m; i++) {
        const row = query.similarities(keys[i]!);
        for (let q = 0; q < n; q++) sims[q * m + i] = row[q]!;
      }
      let upperSum = 0;
      for (let q = 0; q < n; q++) {
        let rowBest = 0;
        for (let i = 0; i < m; i++) if (sims[q * m + i]! > rowBest) rowBest = sims[q * m + i]!;
        upperSum += rowBest;
      }
      // Without the one-word-each rule the average can only be higher: a form that cannot reach
      // minScore even so is passed over.
      if (!familyPossible && 0.85 * (upperSum / n) < minScore - 1e-9) continue;
      // Closest pairs first (ties: the earlier query word, then the earlier name word), each word
      // used once.
      scores.fill(0, 0, n);
      takenWord.fill(0, 0, m);
      for (let round = 0; round < n; round++) {
        let pick = -1;
        let pickSim = 0;
        for (let q = 0; q < n; q++) {
          if (scores[q]! > 0) continue;
          for (let i = 0; i < m; i++) {
            const sim = sims[q * m + i]!;
            if (sim > pickSim && !takenWord[i]) {
              pick = q * m + i;
              pickSim = sim;
            }
          }
        }
        if (pick < 0) break;
        scores[Math.floor(pick / m)] = pickSim;
        takenWord[pick % m] = 1;
      }
      let sum = 0;
      for (let q = 0; q < n; q++) sum += scores[q]!;
      const mean = sum / n;
      if (mean > average || !found) {
        found = true;
        average = mean;
        family = scores[n - 1]!;
      }
    }
    if (!found) return 0;
    // "Hans Grundberg" for a speaker the copy only ever names غروندبرغ: the family name (the last
    // query word) sounding alike is enough when the speaker has no first name to contradict it.
    const familyOnly = noFirstName && family >= 0.85 && query.keys[query.keys.length - 1]!.length >= MIN_KEY ? 0.75 * family : 0;
    return Math.max(0.85 * average, familyOnly);
  }

  /**
   * The speakers that can reach `minScore` for a query, in the directory's order: a superset of
   * those that do, from the candidate index (speaker-candidates.ts). Every speaker when nothing
   * can be ruled out (no threshold, or a query of articles only, which every speaker holds).
   */
  private candidates(query: PreparedQuery, minScore: number): Iterable<SpeakerRecord> {
    if (minScore <= 0 || !query.bare.length) return this.byKey.values();
    if (!this.lookup) {
      const records = [...this.byKey.values()];
      this.lookup = { index: new SpeakerCandidateIndex(records.map((s) => this.searchForms(s))), records };
    }
    const { index, records } = this.lookup;
    // As in score: a sound-alike score is 0.85 × the average, or 0.75 × a family name of 0.85 or more.
    const soundAlike = minScore <= 0.85 ? { average: minScore / 0.85, family: Math.max(0.85, minScore / 0.75), similarity: query.similarity } : undefined;
    return index.candidates(query, soundAlike).map((i) => records[i]!);
  }

  /**
   * Speakers matching an English or Arabic query, best first: exact and whole-word matches, then
   * prefixes, then names that sound alike (phonetic keys), down to `minScore`. Only the speakers
   * the candidate index says can reach it are scored; `scoreEveryone` scores them all (the
   * reference the index is tested against).
   */
  find(query: string, minScore = 0.7, options: { scoreEveryone?: boolean } = {}): Array<{ speaker: Speaker; score: number }> {
    const text = isArabic(query) ? normalizeForMatch(query.trim()) : splitAbd(normalizeLatin(query.trim()));
    const words = text.split(/[\s\-]+/).filter(Boolean);
    if (!words.length) return [];
    // Articles and joining particles of romanised names carry no sound of their own (Al-Jalajel, el-Sisi).
    const bare = words.map((w) => w.replace(/^(?:ال|و)(?=.{3})/, '')).filter((w, k, all) => all.length === 1 || !LATIN_ARTICLES.has(w));
    const keys = bare.map(phoneticKey).filter(Boolean);
    const prepared: PreparedQuery = { text, bare, keys, ...keySimilarities(keys, minScore) };
    const hits: Array<{ speaker: Speaker; score: number }> = [];
    for (const s of options.scoreEveryone ? this.byKey.values() : this.candidates(prepared, minScore)) {
      const score = this.score(s, prepared, minScore);
      if (score >= minScore) hits.push({ speaker: s, score });
    }
    return hits.sort((a, b) => b.score - a.score || a.speaker.name.localeCompare(b.speaker.name));
  }
}

/** A name particle and the word it takes (ابو القاسم), to be read glued as English may spell it (Abulgasim). */
const GLUED_PARTICLE = /(?<=^|\s)(ابو|ابي|بن|ابن|ام)\s+(\S)/g;

/** "abdelhakim" and "abdel hakim" are one name in English: the Abd- prefix is read as its own word. */
function splitAbd(latin: string): string {
  return latin.replace(/\babd(el|ul|al|ol|)(?=[a-z]{3})/g, (_, vowel: string) => `abd${vowel} `);
}

interface PreparedQuery {
  text: string;
  bare: string[];
  keys: string[];
  /** How alike query key number q sounds to a speaker's key (see keySimilarities). */
  similarity: (q: number, key: string) => number;
  /** A speaker's key's similarity to every query key. */
  similarities: (key: string) => Float64Array;
}

/** Working arrays for score's word-by-word matching (one look-up scores many forms). */
let scratch = { sims: new Float64Array(64), scores: new Float64Array(8), takenWord: new Uint8Array(16) };

function scoringScratch(queryWords: number, formWords: number): typeof scratch {
  if (scratch.sims.length < queryWords * formWords || scratch.scores.length < queryWords || scratch.takenWord.length < formWords) {
    const size = Math.max(64, queryWords * formWords);
    scratch = { sims: new Float64Array(size), scores: new Float64Array(Math.max(8, queryWords)), takenWord: new Uint8Array(Math.max(16, formWords)) };
  }
  return scratch;
}

/**
 * Similarity of each query key to a speaker's key, remembered for one look-up: speakers share
 * keys (a name's Arabic and Latin forms, common given names), so each pair is compared once.
 * Keys shorter than two letters count only when identical. One query word passes only if its
 * best key reaches minScore / 0.85, so keys whose length difference alone rules that out are
 * not compared (0).
 */
function keySimilarities(queryKeys: readonly string[], minScore: number): { similarity: (q: number, key: string) => number; similarities: (key: string) => Float64Array } {
  const needed = queryKeys.length === 1 ? minScore / 0.85 : 0;
  const pair = (qk: string, k: string): number => {
    if (qk.length < 2 || k.length < 2) return qk === k ? 1 : 0;
    // Edit distance is at least the length difference.
    if (1 - Math.abs(qk.length - k.length) / Math.max(qk.length, k.length) < needed - 1e-9) return 0;
    return keySimilarity(qk, k);
  };
  // Per speaker key, its similarity to each query key (one look-up per key, not per pair).
  const known = new Map<string, Float64Array>();
  const similarities = (k: string): Float64Array => {
    let row = known.get(k);
    if (!row) {
      row = new Float64Array(queryKeys.length);
      for (let q = 0; q < queryKeys.length; q++) row[q] = pair(queryKeys[q]!, k);
      known.set(k, row);
    }
    return row;
  };
  // One pair at a time for the candidate index, which remembers pairs itself and walks thousands of
  // keys: a row made and kept for each of them was most of what a look-up allocated.
  return { similarity: (q, k) => known.get(k)?.[q] ?? pair(queryKeys[q]!, k), similarities };
}

function someStartsWith(words: Set<string>, prefix: string): boolean {
  for (const w of words) if (w.startsWith(prefix)) return true;
  return false;
}

/** A nisba adjective with the article (الليبي، الفلسطينية): a body's country or kind after its name. */
function isNisbaAdjective(word: string): boolean {
  return /^ال.{2,}(?:ي|يه)$/.test(word);
}
