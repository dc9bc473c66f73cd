import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAttributionCues } from './extract/cues.ts';
import { loadGlossary } from './extract/latin-names.ts';
import { DEFAULT_LEXICON_DIR, LexiconError, loadLexicons } from './lexicon.ts';

/** A lexicon directory holding the project's files, with one of them replaced. */
function lexiconDirWith(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  for (const f of ['attribution.json', 'names.json', 'glossary.json', 'speakers.json', 'topics.json', 'terms.json']) copyFileSync(join(DEFAULT_LEXICON_DIR, f), join(dir, f));
  writeFileSync(join(dir, file), text);
  return dir;
}

function errorOf(load: () => unknown): LexiconError {
  try {
    load();
  } catch (err) {
    if (err instanceof LexiconError) return err;
    throw err;
  }
  throw new Error('no LexiconError');
}

describe('lexicon error policy', () => {
  it('loads the project lexicons', () => {
    expect(() => loadLexicons()).not.toThrow();
    expect(loadAttributionCues().cues.names.particles.has('عبد')).toBe(true);
    expect(loadGlossary().phrases.length).toBeGreaterThan(0);
  });

  it('stops on a malformed file with one line naming the file and the field', () => {
    const names = JSON.parse(readFileSync(join(DEFAULT_LEXICON_DIR, 'names.json'), 'utf8'));
    names.givenNames.male[2] = 7;
    const err = errorOf(() => loadAttributionCues(lexiconDirWith('names.json', JSON.stringify(names))));
    expect(err.message).toMatch(/names\.json: givenNames\.male\.2: /);
    expect(err.message).not.toContain('\n');
  });

  it('names a misspelt key instead of ignoring it, and says when a file is not JSON', () => {
    const attribution = JSON.parse(readFileSync(join(DEFAULT_LEXICON_DIR, 'attribution.json'), 'utf8'));
    attribution.verbz = ['قال'];
    expect(errorOf(() => loadAttributionCues(lexiconDirWith('attribution.json', JSON.stringify(attribution)))).message).toMatch(/attribution\.json: .*verbz/);
    expect(errorOf(() => loadLexicons(lexiconDirWith('speakers.json', '{ "putin": ')) ).message).toMatch(/speakers\.json: not valid JSON/);
    expect(errorOf(() => loadGlossary(lexiconDirWith('glossary.json', '{"phrases": {"وزارة": 3}}'))).message).toMatch(/glossary\.json: phrases\.وزارة: /);
  });
});
