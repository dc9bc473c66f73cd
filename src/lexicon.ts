import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normalizeForMatch } from './arabic/normalize.ts';

/**
 * Lexicons are data an editor extends without touching code: `data/lexicon/*.json`, each an object
 * of entries keyed by id, every entry with English (`en`) and Arabic (`ar`) forms. Files:
 *  - speakers.json: well-known people and bodies (`latin` display name, `kind`);
 *  - topics.json: figure topics (arrests, deaths…) with their words in both languages;
 *  - terms.json: general news vocabulary (coup, curfew, sanctions…), so English search words find
 *    Arabic copy.
 *  - entities.json: countries (names and nationality adjectives), places (with spelling variants)
 *    and roles (titles and institutions, with the construct form used before a country), read by
 *    src/desk/entities.ts for English lookups in /who-said, /search and about:.
 * Extra fields are kept (`extra`) for the module that owns the file.
 */

const entrySchema = z
  .object({
    en: z.array(z.string().min(1)).default([]),
    ar: z.array(z.string().min(1)).default([]),
    latin: z.string().optional(),
    kind: z.string().optional(),
  })
  .passthrough();

const fileSchema = z.record(z.string(), entrySchema);

export interface LexiconEntry {
  id: string;
  en: string[];
  ar: string[];
  latin?: string;
  kind?: string;
  /** Every other field of the entry, as written. */
  extra: Record<string, unknown>;
}

export interface Lexicons {
  speakers: LexiconEntry[];
  topics: LexiconEntry[];
  /** English search words and their Arabic forms (terms.json); none when absent. */
  terms?: LexiconEntry[];
  /** Countries, places and roles (entities.json); none when absent. */
  entities?: LexiconEntry[];
  /** Problems found while reading (a broken file loses only itself). */
  warnings: string[];
}

export const DEFAULT_LEXICON_DIR = new URL('../data/lexicon/', import.meta.url).pathname;

/**
 * The one error policy of every lexicon file (speakers, topics, terms, attribution, names, figure-cues,
 * glossary, page-furniture): a file that is not valid JSON or breaks its schema stops start-up with this error,
 * whose message is one line naming the file and the field ("…/names.json: givenNames.male.3: …").
 * A missing optional file (speakers, topics, terms) is a warning and an empty lexicon.
 */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ''}${detail}`);
    this.name = 'LexiconError';
  }
}

/** A lexicon file read and checked against its schema, or a LexiconError. */
export function readLexiconJson<T>(path: string, schema: z.ZodType<T>): T {
  if (!existsSync(path)) throw new LexiconError(path, '', 'not found');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new LexiconError(path, '', `not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new LexiconError(path, first ? first.path.join('.') || '(top level)' : '', first?.message ?? 'invalid');
  }
  return parsed.data;
}

export function readLexiconFile(path: string, warnings: string[]): LexiconEntry[] {
  if (!existsSync(path)) {
    warnings.push(`${path}: not found, using an empty lexicon`);
    return [];
  }
  const data = readLexiconJson(path, fileSchema);
  return Object.entries(data).map(([id, entry]) => {
    const { en, ar, latin, kind, ...extra } = entry;
    return { id, en, ar, latin, kind, extra };
  });
}

export function loadLexicons(dir: string = DEFAULT_LEXICON_DIR): Lexicons {
  const warnings: string[] = [];
  return {
    speakers: readLexiconFile(join(dir, 'speakers.json'), warnings),
    topics: readLexiconFile(join(dir, 'topics.json'), warnings),
    terms: readLexiconFile(join(dir, 'terms.json'), warnings),
    entities: readLexiconFile(join(dir, 'entities.json'), warnings),
    warnings,
  };
}

/** Lower-cased, accent-free form of an English query word or phrase, for lexicon look-ups. */
export function normalizeLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Normalised key for any query form, Arabic or Latin. */
export function lexiconKey(text: string): string {
  return /[a-z]/i.test(text) ? normalizeLatin(text) : normalizeForMatch(text).trim();
}
