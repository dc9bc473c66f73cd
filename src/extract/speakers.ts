// PLACEHOLDER until the quote attribution engine lands.
import type { LexiconEntry } from '../lexicon.ts';
import type { Speaker } from './types.ts';

export class SpeakerDirectory {
  private readonly byKey = new Map<string, Speaker>();
  constructor(readonly lexicon: LexiconEntry[] = []) {}
  get(key: string): Speaker | undefined {
    return this.byKey.get(key);
  }
  all(): Speaker[] {
    return [...this.byKey.values()];
  }
  /** The directory's state as plain data (desk snapshots). */
  toJSON(): unknown {
    return [...this.byKey.values()];
  }

  /** Replaces the state with `toJSON()` data. */
  restore(data: unknown): void {
    this.byKey.clear();
    for (const s of data as Speaker[]) this.byKey.set(s.key, s);
  }

  /** Speakers matching an English or Arabic query, best first. */
  find(_query: string): Array<{ speaker: Speaker; score: number }> {
    return [];
  }
}
