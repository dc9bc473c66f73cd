import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../lexicon.ts';
import { SpeakerCandidateIndex } from './speaker-candidates.ts';
import { SpeakerDirectory } from './speakers.ts';

const lexicon: LexiconEntry[] = [
  { id: 'erdogan', en: ['Recep Tayyip Erdogan', 'Erdogan'], ar: ['رجب طيب أردوغان', 'أردوغان'], latin: 'Recep Tayyip Erdoğan', kind: 'person', extra: {} },
  { id: 'aboul_gheit', en: ['Ahmed Aboul Gheit', 'Aboul Gheit'], ar: ['أحمد أبو الغيط', 'أبو الغيط'], latin: 'Ahmed Aboul Gheit', kind: 'person', extra: {} },
  { id: 'un', en: ['United Nations', 'UN'], ar: ['الأمم المتحدة'], latin: 'United Nations', kind: 'institution', extra: {} },
];

/** People, bodies and sources as the copy introduces them; several share given names, family names or a ministry word. */
const CANDIDATES: Array<{ kind: 'person' | 'institution' | 'source'; name: string; mention: string }> = [
  { kind: 'person', name: 'أردوغان', mention: 'الرئيس التركي أردوغان' },
  { kind: 'person', name: 'أحمد أبو الغيط', mention: 'الأمين العام للجامعة العربية أحمد أبو الغيط' },
  { kind: 'person', name: 'نجيب ميقاتي', mention: 'رئيس الوزراء نجيب ميقاتي' },
  { kind: 'person', name: 'محمد العلي', mention: 'محمد العلي' },
  { kind: 'person', name: 'سارة العلي', mention: 'الباحثة سارة العلي' },
  { kind: 'person', name: 'محمد عبد الله', mention: 'النائب محمد عبد الله' },
  { kind: 'person', name: 'عبد الله الخطيب', mention: 'الوزير عبد الله الخطيب' },
  { kind: 'person', name: 'علي علاوي', mention: 'وزير المالية علي علاوي' },
  { kind: 'person', name: 'علي حسن', mention: 'علي حسن' },
  { kind: 'person', name: 'غروندبرغ', mention: 'المبعوث الأممي غروندبرغ' },
  { kind: 'person', name: 'نيكول باشينيان', mention: 'رئيس الوزراء الأرميني نيكول باشينيان' },
  { kind: 'person', name: 'شيري رحمن', mention: 'الوزيرة شيري رحمن' },
  { kind: 'person', name: 'فولوديمير زيلينسكي', mention: 'الرئيس الأوكراني فولوديمير زيلينسكي' },
  { kind: 'person', name: 'زايد', mention: 'زايد' },
  { kind: 'institution', name: 'وزارة الخارجية المصرية', mention: 'وزارة الخارجية المصرية' },
  { kind: 'institution', name: 'وزارة الداخلية', mention: 'وزارة الداخلية' },
  { kind: 'institution', name: 'وزارة الصحة الفلسطينية', mention: 'وزارة الصحة الفلسطينية في غزة' },
  { kind: 'institution', name: 'الأمم المتحدة', mention: 'الأمم المتحدة' },
  { kind: 'source', name: 'مصادر أمنية', mention: 'مصادر أمنية' },
];

const QUERIES = [
  'erdogan', 'Erdoğan', 'erdgan', 'أردوغان', 'اردوغان', 'Recep', 'Aboul Gheit', 'abul gheit', 'al-Gheit', 'Ahmed', 'أبو', 'abu',
  'mikati', 'miqati', 'Najib Mikati', 'ميقاتي', 'Mohammed', 'محمد', 'mohamed al ali', 'Sara', 'al-Ali', 'العلي', 'Abdullah',
  'عبد الله', 'Abdallah al-Khatib', 'Ali Allawi', 'allawi', 'Ali', 'علي', 'Hans Grundberg', 'grundberg', 'Nikol Pashinyan',
  'pashinian', 'باشينيان', 'Sherry Rehman', 'rehman', 'zelensky', 'Zelenskyy', 'Volodymyr', 'زيلنسكي', 'zayed', 'Interior Ministry',
  'وزارة الداخلية', 'الداخلية', 'foreign ministry', 'health ministry in gaza', 'وزارة', 'United Nations', 'UN', 'الأمم',
  'security sources', 'مصادر', 'al', 'al el', 'el-', '-', 'x', 'zz', 'و', 'ال', 'nobody known',
];
const THRESHOLDS = [0, 0.2, 0.35, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1];

function directory(): SpeakerDirectory {
  const d = new SpeakerDirectory(lexicon);
  for (const c of CANDIDATES) d.register(c);
  return d;
}

const view = (hits: ReturnType<SpeakerDirectory['find']>) => hits.map((h) => [h.speaker.key, h.score]);

describe('SpeakerDirectory.find through the candidate index', () => {
  it('gives the same speakers, scores and order as scoring every speaker, for Arabic and English names, misspellings, prefixes and particles', () => {
    const d = directory();
    let found = 0;
    for (const q of QUERIES) {
      for (const min of THRESHOLDS) {
        const indexed = view(d.find(q, min));
        expect(indexed, `${q} @ ${min}`).toEqual(view(d.find(q, min, { scoreEveryone: true })));
        found += indexed.length;
      }
    }
    // Not vacuous: the queries do find people.
    expect(found).toBeGreaterThan(200);
    expect(d.find('Ali Allawi')[0]!.speaker.name).toBe('علي علاوي');
    expect(d.find('grundberg', 0.7).map((h) => h.speaker.name)).toContain('غروندبرغ');
  });

  it('stays right as speakers are added and enriched after a look-up', () => {
    const d = new SpeakerDirectory(lexicon);
    d.register(CANDIDATES[2]!);
    expect(d.find('mikati').length).toBe(1);
    expect(d.find('pashinyan')).toEqual([]);
    for (const c of CANDIDATES) d.register(c);
    d.register({ kind: 'person', name: 'باشينيان', mention: 'زعيم المعارضة باشينيان' });
    for (const q of QUERIES) for (const min of [0.5, 0.7]) expect(view(d.find(q, min)), `${q} @ ${min}`).toEqual(view(d.find(q, min, { scoreEveryone: true })));
    expect(d.find('pashinyan')[0]!.speaker.name).toBe('نيكول باشينيان');
  });

  it('stays right after a restore from saved state', () => {
    const d = directory();
    d.find('erdogan');
    const restored = new SpeakerDirectory(lexicon);
    restored.restore(JSON.parse(JSON.stringify(d.toJSON())));
    for (const q of QUERIES) expect(view(restored.find(q)), q).toEqual(view(d.find(q)));
  });
});

describe('SpeakerCandidateIndex', () => {
  const speakers = [
    { forms: ['وزاره الداخليه'], words: new Set(['وزاره', 'داخليه']), formKeys: [['WZR', 'DKLH']] },
    { forms: ['وزاره الصحه'], words: new Set(['وزاره', 'صحه']), formKeys: [['WZR', 'SH']] },
    { forms: ['نجيب ميقاتي', 'najib mikati'], words: new Set(['نجيب', 'ميقاتي', 'najib', 'mikati']), formKeys: [['NJB', 'MKT'], ['NJB', 'MKT']] },
  ];
  const index = new SpeakerCandidateIndex(speakers);
  const exact = (q: number, key: string): number => (['WZR', 'DKLH', 'MKT', 'NJB'][q] === key ? 1 : 0);

  it('needs every query word among a speaker’s words, or every word opening one of them', () => {
    expect(index.candidates({ text: 'وزاره الداخليه', bare: ['وزاره', 'داخليه'], keys: [] }, undefined)).toEqual([0]);
    expect(index.candidates({ text: 'وزا', bare: ['وزا'], keys: [] }, undefined)).toEqual([0, 1]);
    expect(index.candidates({ text: 'mik', bare: ['mik'], keys: [] }, undefined)).toEqual([2]);
    expect(index.candidates({ text: 'mi', bare: ['mi'], keys: [] }, undefined)).toEqual([]);
  });

  it('keeps a sound-alike only when its keys together can reach the average floor', () => {
    const floors = (average: number, similarity = exact) => ({ average, family: Math.max(0.85, average), similarity });
    const ministry = { text: 'x', bare: ['x', 'y'], keys: ['WZR', 'DKLH'] };
    // One of two keys alike: enough for an average of 0.5, not of 0.8.
    expect(index.candidates(ministry, floors(0.5))).toEqual([0, 1]);
    expect(index.candidates(ministry, floors(0.8))).toEqual([0]);
    // A near key counts through the similarity given (never above the real one).
    const near = (_q: number, key: string): number => (key === 'MKT' ? 0.9 : 0);
    expect(index.candidates({ text: 'x', bare: ['x'], keys: ['MQT'] }, floors(0.8, near))).toEqual([2]);
    expect(index.candidates({ text: 'x', bare: ['x'], keys: ['MQT'] }, floors(0.95, near))).toEqual([]);
  });
});
