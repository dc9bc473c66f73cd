import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { transliterate } from '../arabic/transliterate.ts';
import { DEFAULT_LEXICON_DIR } from '../lexicon.ts';
import type { SpeakerKind } from './types.ts';

/**
 * Latin display names. People are transliterated (their names are names); institutions and
 * sources are translated word by word from data/lexicon/glossary.json, adjectives first, so
 * "وزارة الدفاع الروسية" reads "Russian Defence Ministry" and "مصدر أمني" "security source".
 * Words the glossary lacks are transliterated.
 */

const glossarySchema = z.object({
  phrases: z.record(z.string(), z.string()).default({}),
  adjectives: z.record(z.string(), z.string()).default({}),
});

interface Glossary {
  /** Normalised phrase words → English, longest first. */
  phrases: Array<{ words: string[]; en: string }>;
  adjectives: Map<string, string>;
}

const loaded = new Map<string, Glossary>();

export function loadGlossary(dir: string = DEFAULT_LEXICON_DIR): Glossary {
  let glossary = loaded.get(dir);
  if (glossary) return glossary;
  const path = join(dir, 'glossary.json');
  let data: z.infer<typeof glossarySchema> = { phrases: {}, adjectives: {} };
  if (existsSync(path)) {
    const parsed = glossarySchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) data = parsed.data;
  }
  glossary = {
    phrases: Object.entries(data.phrases)
      .map(([ar, en]) => ({ words: normalizeForMatch(ar).split(/\s+/), en }))
      .sort((a, b) => b.words.length - a.words.length),
    adjectives: new Map(Object.entries(data.adjectives).map(([ar, en]) => [normalizeForMatch(ar), en])),
  };
  loaded.set(dir, glossary);
  return glossary;
}

function translate(arabic: string, glossary: Glossary): string {
  const surface = arabic.split(/\s+/).filter(Boolean);
  const words = surface.map((w) => normalizeForMatch(w));
  const adjectives: string[] = [];
  const parts: string[] = [];
  for (let i = 0; i < words.length; ) {
    const adjective = glossary.adjectives.get(words[i]!);
    if (adjective) {
      adjectives.push(adjective);
      i++;
      continue;
    }
    const phrase = glossary.phrases.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (phrase) {
      parts.push(phrase.en);
      i += phrase.words.length;
      continue;
    }
    parts.push(transliterate(surface[i]!));
    i++;
  }
  const name = [...adjectives, ...parts].join(' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function latinName(kind: SpeakerKind, arabic: string, glossary: Glossary = loadGlossary()): string {
  return kind === 'person' ? transliterate(arabic) : translate(arabic, glossary);
}
