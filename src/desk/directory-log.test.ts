import { describe, expect, it } from 'vitest';
import { SpeakerDirectory } from '../extract/speakers.ts';
import { loadLexicons } from '../lexicon.ts';
import { fastForwardDirectory, recordingDirectory, replayCalls } from './directory-log.ts';

const lexicons = loadLexicons();

/**
 * Stands in for statement extraction: asks the directory, and what it asks next depends on the
 * answers (a person already known to the desk is registered by name, else by title).
 */
function extractLike(directory: SpeakerDirectory): string[] {
  const keys = [directory.register({ kind: 'institution', name: 'وزارة الصحة', mention: 'وزارة الصحة' }).key];
  keys.push(directory.register({ kind: 'person', name: 'سامي عادل', mention: 'المتحدث سامي عادل', countries: ['egypt'] }).key);
  // (Country lists are new arrays at every asking, as extraction makes them: compared by their entries.)
  if (directory.knowsPerson('ليلى منصور')) keys.push(directory.register({ kind: 'person', name: 'ليلى منصور', mention: 'الوزيرة ليلى منصور', countries: ['egypt'] }).key);
  else keys.push(directory.registerTitle('الوزيرة', ['egypt']).key);
  keys.push(directory.register({ kind: 'person', name: 'كريم الحسن', mention: 'كريم الحسن' }).kind);
  return keys;
}

/** A desk directory that has read an earlier article naming the minister. */
function deskDirectory(): SpeakerDirectory {
  const directory = new SpeakerDirectory(lexicons.speakers);
  directory.register({ kind: 'person', name: 'ليلى منصور', mention: 'وزيرة الصحة ليلى منصور' });
  return directory;
}

describe('directory questions recorded on a worker and put again on the main thread', () => {
  it('agree when the worker saw what the desk saw, and leave the desk directory as asking it directly does', () => {
    const worker = recordingDirectory(deskDirectory());
    const records = extractLike(worker.directory);
    const { calls, verifiable } = worker.take();
    expect(verifiable).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['register', 'register', 'knowsPerson', 'register', 'register']);
    const desk = deskDirectory();
    expect(replayCalls(desk, calls)).toEqual({ agrees: true });
    const direct = deskDirectory();
    expect(extractLike(direct)).toEqual(records);
    expect(JSON.stringify(desk.toJSON())).toBe(JSON.stringify(direct.toJSON()));
  });

  it('disagree when the worker missed an earlier article; the re-run then asks nothing twice', () => {
    // The worker never read the article that named the minister: it registers a title instead.
    const worker = recordingDirectory(new SpeakerDirectory(lexicons.speakers));
    const workerRecords = extractLike(worker.directory);
    const { calls } = worker.take();
    const desk = deskDirectory();
    const replay = replayCalls(desk, calls);
    expect(replay.agrees).toBe(false);
    if (replay.agrees) return;
    expect(replay.answers).toHaveLength(3); // up to knowsPerson, which the desk answers true
    const records = extractLike(fastForwardDirectory(desk, calls, replay.answers));
    const direct = deskDirectory();
    const directRecords = extractLike(direct);
    expect(records).toEqual(directRecords);
    expect(records).not.toEqual(workerRecords);
    expect(JSON.stringify(desk.toJSON())).toBe(JSON.stringify(direct.toJSON()));
  });

  it('marks an article unverifiable when extraction reads more of a speaker than its key and kind', () => {
    const worker = recordingDirectory(new SpeakerDirectory(lexicons.speakers));
    worker.directory.register({ kind: 'person', name: 'كريم الحسن', mention: 'كريم الحسن' }).key;
    expect(worker.take().verifiable).toBe(true);
    void worker.directory.register({ kind: 'person', name: 'كريم الحسن', mention: 'كريم الحسن' }).name;
    expect(worker.take().verifiable).toBe(false);
    void worker.directory.all();
    expect(worker.take().verifiable).toBe(false);
  });

  it('refuses a re-run that asks something else than the worker did', () => {
    const worker = recordingDirectory(new SpeakerDirectory(lexicons.speakers));
    extractLike(worker.directory);
    const { calls } = worker.take();
    const desk = deskDirectory();
    const replay = replayCalls(desk, calls);
    if (replay.agrees) throw new Error('expected a disagreement');
    const view = fastForwardDirectory(desk, calls, replay.answers);
    expect(() => view.register({ kind: 'institution', name: 'وزارة المالية', mention: 'وزارة المالية' })).toThrow(/not deterministic/);
  });
});
