import { tokenize } from '../arabic/tokenize.ts';
import type { Figure } from '../extract/types.ts';
import { placesIn, type PlaceMatcher } from './places.ts';

/**
 * Where a figure counts: "more than 100 killed in Almaty" and "160 killed" across the country are
 * not one quantity, nor are 323 Egyptian pilgrims among 577 pilgrims. A figure's scope is a listed
 * place (country or city: places.ts) in its own words or the few words after it, up to a clause
 * break, when that place is not one of the story's own main places; else null (the story's whole toll).
 * Local places read after place nouns are not used: reports of one crash name its district or
 * not, and that alone must not split one toll into two quantities.
 */

export interface ScopeOptions {
  places: PlaceMatcher;
  /** The story's main place ids (storyIndex.mainPlaces), which are no narrower scope. */
  storyPlaces?: readonly string[];
}

/** Words after the number phrase that may still say where it counts ("في ألما آتا"). */
const WORDS_AFTER = 3;
const CLAUSE_BREAK = /[،,.:;؛()«»"“”\n]/;

export function figureScope(f: Pick<Figure, 'text' | 'sentence'>, options: ScopeOptions): string | null {
  if (options.places.places.size === 0) return null;
  const at = f.sentence.indexOf(f.text);
  if (at < 0) return null;
  const rest = f.sentence.slice(at + f.text.length);
  const cut = rest.search(CLAUSE_BREAK);
  const after = tokenize(cut >= 0 ? rest.slice(0, cut) : rest).slice(0, WORDS_AFTER + 1);
  const tokens = [...tokenize(f.text), ...after];
  for (const place of placesIn(options.places, tokens)) {
    if (place.id.startsWith('~') || options.storyPlaces?.includes(place.id)) continue;
    return place.id;
  }
  return null;
}
