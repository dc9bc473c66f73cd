import type { SpeakerCandidate, SpeakerDirectory } from '../extract/speakers.ts';
import type { Speaker, SpeakerKind } from '../extract/types.ts';

/**
 * Extraction on a worker thread, made exact. Statement extraction asks the desk-wide speaker
 * directory three things (register a speaker, register a title, is this person known), and the
 * answers depend on every article read before: a worker's directory has seen only its own share
 * of the files. So the worker records each question with the answer it got; the main thread, in
 * file order, asks its own directory the same questions (which leaves that directory exactly as
 * in-thread extraction would) and compares answers. All equal: the worker's records are the ones
 * in-thread extraction would have made. One differs: the article is extracted again on the main
 * thread, the questions already put answered from what the directory said (fastForwardDirectory),
 * so none is put twice.
 *
 * What extraction sees of a speaker is its key and kind (both fixed when the speaker is made);
 * a worker that reads anything else of one, or anything else of the directory, marks the article
 * unverifiable, and it is extracted on the main thread instead. A rule change in src/extract that
 * looks further therefore costs speed, never correctness.
 */

export type DirectoryCall =
  | { method: 'register'; candidate: SpeakerCandidate; key: string; kind: SpeakerKind }
  | { method: 'registerTitle'; mention: string; countries: readonly string[]; key: string; kind: SpeakerKind }
  | { method: 'knowsPerson'; name: string; known: boolean };

/** What extraction may read of a speaker returned by the directory. */
const VISIBLE_SPEAKER_FIELDS: ReadonlySet<PropertyKey> = new Set(['key', 'kind']);

export interface RecordingDirectory {
  /** Stands in for the directory during one article's extraction. */
  directory: SpeakerDirectory;
  /** The questions asked since the last call, and whether only recorded questions were asked. */
  take(): { calls: DirectoryCall[]; verifiable: boolean };
}

/** A view of `target` that records every question extraction asks it (worker side). */
export function recordingDirectory(target: SpeakerDirectory): RecordingDirectory {
  let calls: DirectoryCall[] = [];
  let verifiable = true;
  const views = new WeakMap<Speaker, Speaker>();
  // The same record always comes back as the same view, so identity comparisons still hold.
  const view = (speaker: Speaker): Speaker => {
    let v = views.get(speaker);
    if (!v) {
      v = new Proxy(speaker, {
        get(s, prop, receiver) {
          if (!VISIBLE_SPEAKER_FIELDS.has(prop)) verifiable = false;
          return Reflect.get(s, prop, receiver);
        },
        has(s, prop) {
          verifiable = false;
          return Reflect.has(s, prop);
        },
        ownKeys(s) {
          verifiable = false;
          return Reflect.ownKeys(s);
        },
        set(s, prop, value) {
          verifiable = false;
          return Reflect.set(s, prop, value);
        },
      });
      views.set(speaker, v);
    }
    return v;
  };
  const recorded = {
    register(candidate: SpeakerCandidate): Speaker {
      const s = target.register(candidate);
      calls.push({ method: 'register', candidate: { ...candidate }, key: s.key, kind: s.kind });
      return view(s);
    },
    registerTitle(mention: string, countries: readonly string[] = []): Speaker {
      const s = target.registerTitle(mention, countries);
      calls.push({ method: 'registerTitle', mention, countries: [...countries], key: s.key, kind: s.kind });
      return view(s);
    },
    knowsPerson(name: string): boolean {
      const known = target.knowsPerson(name);
      calls.push({ method: 'knowsPerson', name, known });
      return known;
    },
  };
  const directory = new Proxy(target, {
    get(t, prop) {
      if (Object.hasOwn(recorded, prop)) return recorded[prop as keyof typeof recorded];
      verifiable = false;
      const value = Reflect.get(t, prop, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
  return {
    directory,
    take() {
      const out = { calls, verifiable };
      calls = [];
      verifiable = true;
      return out;
    },
  };
}

/** An answer the main thread's directory gave to a recorded question. */
type Answer = Speaker | boolean;

export type Replay = { agrees: true } | { agrees: false; answers: Answer[] };

/** Puts one recorded question to `directory` (its effects included). */
function ask(directory: SpeakerDirectory, call: DirectoryCall): Answer {
  switch (call.method) {
    case 'register':
      return directory.register(call.candidate);
    case 'registerTitle':
      return directory.registerTitle(call.mention, call.countries);
    case 'knowsPerson':
      return directory.knowsPerson(call.name);
  }
}

function sameAnswer(call: DirectoryCall, answer: Answer): boolean {
  if (call.method === 'knowsPerson') return answer === call.known;
  return typeof answer !== 'boolean' && answer.key === call.key && answer.kind === call.kind;
}

/**
 * Puts a worker's questions to the desk's directory in order, up to the first answer that
 * differs from the worker's (main side). `agrees`: every answer was the same, and the directory
 * is now as in-thread extraction of the article would have left it. Otherwise `answers` holds
 * what was asked so far, for fastForwardDirectory.
 */
export function replayCalls(directory: SpeakerDirectory, calls: readonly DirectoryCall[]): Replay {
  const answers: Answer[] = [];
  for (const call of calls) {
    const answer = ask(directory, call);
    answers.push(answer);
    if (!sameAnswer(call, answer)) return { agrees: false, answers };
  }
  return { agrees: true };
}

/** Two values of a question's fields alike: strings by value, country lists by their entries. */
function sameField(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function sameQuestion(call: DirectoryCall, method: DirectoryCall['method'], arg: unknown, countries?: readonly string[]): boolean {
  if (call.method !== method) return false;
  switch (call.method) {
    case 'register': {
      const c = arg as SpeakerCandidate;
      const keys = Object.keys(c);
      return keys.length === Object.keys(call.candidate).length && keys.every((k) => sameField(c[k as keyof SpeakerCandidate], call.candidate[k as keyof SpeakerCandidate]));
    }
    case 'registerTitle':
      return arg === call.mention && sameField(countries ?? [], call.countries);
    case 'knowsPerson':
      return arg === call.name;
  }
}

/**
 * The desk's directory for re-extracting an article whose replay disagreed (main side): the first
 * `answers.length` questions were already put to it (replayCalls) and are answered from `answers`
 * without being put again; every later one goes to the directory. Extraction is deterministic, so
 * the re-run asks those first questions again, word for word; a different question means the
 * directory already holds effects in-thread extraction would not have had, and is thrown.
 */
export function fastForwardDirectory(directory: SpeakerDirectory, calls: readonly DirectoryCall[], answers: readonly Answer[]): SpeakerDirectory {
  let next = 0;
  const answered = (method: DirectoryCall['method'], arg: unknown, countries?: readonly string[]): { answer: Answer } | undefined => {
    if (next >= answers.length) return undefined;
    const call = calls[next]!;
    if (!sameQuestion(call, method, arg, countries)) {
      throw new Error(`bulk load: extraction on the main thread asked the speaker directory ${method}(${JSON.stringify(arg)}) where the worker asked ${call.method}; extraction is not deterministic`);
    }
    return { answer: answers[next++]! };
  };
  const replaying = {
    register: (candidate: SpeakerCandidate): Speaker => (answered('register', candidate)?.answer as Speaker | undefined) ?? directory.register(candidate),
    registerTitle: (mention: string, countries: readonly string[] = []): Speaker => (answered('registerTitle', mention, countries)?.answer as Speaker | undefined) ?? directory.registerTitle(mention, countries),
    knowsPerson: (name: string): boolean => {
      const a = answered('knowsPerson', name);
      return a ? (a.answer as boolean) : directory.knowsPerson(name);
    },
  };
  return new Proxy(directory, {
    get(t, prop) {
      if (Object.hasOwn(replaying, prop)) return replaying[prop as keyof typeof replaying];
      const value = Reflect.get(t, prop, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
}
