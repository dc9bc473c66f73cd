import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../lexicon.ts';
import { SpeakerDirectory } from './speakers.ts';

const lexicon: LexiconEntry[] = [
  { id: 'erdogan', en: ['Recep Tayyip Erdogan', 'Erdogan'], ar: ['رجب طيب أردوغان', 'أردوغان'], latin: 'Recep Tayyip Erdoğan', kind: 'person', extra: {} },
  { id: 'white_house', en: ['White House'], ar: ['البيت الأبيض'], latin: 'White House', kind: 'institution', extra: {} },
];

describe('SpeakerDirectory', () => {
  it('gives a bare title of another article to the one person introduced with it, only when the articles share a country', () => {
    const d = new SpeakerDirectory();
    const abiad = d.register({ kind: 'person', name: 'فراس الأبيض', mention: 'وزير الصحة فراس الأبيض', countries: ['lebanon'] });
    expect(d.registerTitle('وزير الصحة', ['lebanon']).key).toBe(abiad.key);
    // A Sudanese story's unnamed minister is someone else; an article naming no country still is him.
    expect(d.registerTitle('وزير الصحة', ['sudan']).key).not.toBe(abiad.key);
    expect(d.registerTitle('وزير الصحة', []).key).toBe(abiad.key);
  });

  it('merges spelling variants and short and long forms of a name into one speaker with the longest name', () => {
    const d = new SpeakerDirectory();
    const a = d.register({ kind: 'person', name: 'زيلنسكي', mention: 'زيلنسكي' });
    const b = d.register({ kind: 'person', name: 'فولوديمير زيلينسكي', mention: 'الرئيس الأوكراني فولوديمير زيلينسكي' });
    expect(b.key).toBe(a.key);
    expect(d.get(a.key)!.name).toBe('فولوديمير زيلينسكي');
    expect(d.get(a.key)!.aliases).toEqual(expect.arrayContaining(['زيلنسكي', 'الرئيس الأوكراني فولوديمير زيلينسكي']));
  });

  it('keeps people with the same family name but different first names apart', () => {
    const d = new SpeakerDirectory();
    const a = d.register({ kind: 'person', name: 'محمد العلي', mention: 'محمد العلي' });
    const b = d.register({ kind: 'person', name: 'سارة العلي', mention: 'سارة العلي' });
    expect(a.key).not.toBe(b.key);
  });

  it('never merges a name that only sounds alike once ع is dropped, while spelling variants still merge', () => {
    const d = new SpeakerDirectory([{ id: 'biden', en: ['Joe Biden', 'Biden'], ar: ['جو بايدن', 'بايدن'], latin: 'Joe Biden', kind: 'person', extra: {} }]);
    expect(d.register({ kind: 'person', name: 'أحمد عابدين', mention: 'المستشار أحمد عابدين' }).key).not.toBe('biden');
    expect(d.register({ kind: 'person', name: 'بايدن', mention: 'الرئيس الأميركي بايدن' }).key).toBe('biden');
    const g = d.register({ kind: 'person', name: 'أنطونيو غوتيريش', mention: 'أنطونيو غوتيريش' });
    expect(d.register({ kind: 'person', name: 'جوتيريش', mention: 'الأمين العام جوتيريش' }).key).toBe(g.key);
    const a = d.register({ kind: 'person', name: 'سامي عباس', mention: 'سامي عباس' });
    expect(d.register({ kind: 'person', name: 'سامي بس', mention: 'سامي بس' }).key).not.toBe(a.key);
  });

  it('uses the curated lexicon for display names and English aliases', () => {
    const d = new SpeakerDirectory(lexicon);
    const s = d.register({ kind: 'person', name: 'أردوغان', mention: 'الرئيس التركي أردوغان' });
    expect(s).toMatchObject({ key: 'erdogan', name: 'رجب طيب أردوغان', latin: 'Recep Tayyip Erdoğan' });
    expect(d.register({ kind: 'institution', name: 'البيت الأبيض', mention: 'البيت الأبيض' }).key).toBe('white_house');
  });

  it('finds speakers by Arabic, English and phonetic spellings, and nothing for an empty query', () => {
    const d = new SpeakerDirectory(lexicon);
    d.register({ kind: 'person', name: 'أردوغان', mention: 'أردوغان' });
    const mikati = d.register({ kind: 'person', name: 'نجيب ميقاتي', mention: 'رئيس الوزراء نجيب ميقاتي' });
    const ministry = d.register({ kind: 'institution', name: 'وزارة الخارجية المصرية', mention: 'وزارة الخارجية المصرية' });
    expect(d.find('erdogan')[0]!.speaker.key).toBe('erdogan');
    expect(d.find('أردوغان')[0]!.speaker.key).toBe('erdogan');
    expect(d.find('Mikati')[0]!.speaker.key).toBe(mikati.key);
    expect(d.find('ميقاتي')[0]!.speaker.key).toBe(mikati.key);
    expect(ministry.latin).toBe('Egyptian Foreign Ministry');
    expect(d.find('Egyptian Foreign Ministry')[0]!.speaker.key).toBe(ministry.key);
    expect(d.find('   ')).toEqual([]);
    // A particle and its word written as one in English (Abulgasim for أبو القاسم).
    const glued = d.register({ kind: 'person', name: 'معتصم عبد الله أبو القاسم', mention: 'معتصم عبد الله أبو القاسم' });
    expect(d.find('Moatasim Abulgasim')[0]?.speaker.key).toBe(glued.key);
  });

  it('never finds an unnamed source by sound: "Sisi" is not "the source", "source" still is', () => {
    const d = new SpeakerDirectory(lexicon);
    const sisi = d.register({ kind: 'person', name: 'عبد الفتاح السيسي', mention: 'الرئيس عبد الفتاح السيسي' });
    const source = d.register({ kind: 'source', name: 'المصدر', mention: 'المصدر' });
    expect(d.find('Sisi', 0.5).map((h) => h.speaker.key)).toEqual([sisi.key]);
    expect(d.find('source', 0.5).map((h) => h.speaker.key)).toContain(source.key);
  });

  it('finds an Abd- name written as one word or two (Abdelhakim / Abdel Hakim)', () => {
    const d = new SpeakerDirectory();
    const s = d.register({ kind: 'person', name: 'عبد الحكيم الشبلي', mention: 'وزير المالية عبد الحكيم الشبلي' });
    expect(d.find('Abdelhakim Shibli')[0]?.speaker.key).toBe(s.key);
    expect(d.find('Abdel Hakim al-Shibli')[0]?.speaker.key).toBe(s.key);
  });

  it('finds a name queried with a romanised article, hyphenated or not (al-Rashed, el Rashed)', () => {
    const d = new SpeakerDirectory();
    const s = d.register({ kind: 'person', name: 'سعيد الراشد', mention: 'الوزير سعيد الراشد' });
    for (const q of ['al-Rashed', 'el-Rashed', 'Al Rashed', 'Saeed al-Rashed']) expect(d.find(q)[0]?.speaker.key).toBe(s.key);
  });

  it('survives a snapshot round trip', () => {
    const d = new SpeakerDirectory();
    const s = d.register({ kind: 'person', name: 'نجيب ميقاتي', mention: 'نجيب ميقاتي' });
    const copy = new SpeakerDirectory();
    copy.restore(JSON.parse(JSON.stringify(d.toJSON())));
    expect(copy.register({ kind: 'person', name: 'ميقاتي', mention: 'ميقاتي' }).key).toBe(s.key);
  });
});
