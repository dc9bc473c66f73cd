import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../lexicon.ts';
import { entityModel, factsMatch, mentionFacts, readEntityQuery } from './entities.ts';
import { readQuery } from './text-index.ts';
import { words } from '../arabic/tokenize.ts';

const lexicons = loadLexicons();
const model = entityModel(lexicons);

describe('entity lexicon: how a mention introduces its speaker', () => {
  it('the longest title wins and the nationality follows it', () => {
    const pm = mentionFacts(model, 'رئيس الوزراء الأرميني نيكول باشينيان');
    expect(pm.role?.id).toBe('prime_minister');
    expect(pm.country?.id).toBe('armenia');
    const construct = mentionFacts(model, 'رئيس كازاخستان قاسم جومارت توكاييف');
    expect([construct.role?.id, construct.country?.id]).toEqual(['president', 'kazakhstan']);
    const ministry = mentionFacts(model, 'وزارة الدفاع الروسية');
    expect([ministry.role?.id, ministry.country?.id]).toEqual(['defence_ministry', 'russia']);
  });

  it('bare عمان (Amman in a Jordanian dateline, or Oman) names no country: Oman only from سلطنة عمان or its nationality', () => {
    expect(mentionFacts(model, 'عمدة عمان').country).toBeUndefined();
    expect(mentionFacts(model, 'سفير عمان').country).toBeUndefined();
    expect(mentionFacts(model, 'سفير سلطنة عمان').country?.id).toBe('oman');
    expect(mentionFacts(model, 'وزير الخارجية العماني').country?.id).toBe('oman');
    expect(readEntityQuery(model, 'Amman')?.place?.id).toBe('amman');
  });

  it('"of the president" is not a title of the speaker: a press office is not the president', () => {
    const office = mentionFacts(model, 'المكتب الصحفي للرئيس الكازاخستاني');
    expect(office.role?.id).toBe('press_office');
    const query = readEntityQuery(model, 'Kazakh president')!;
    expect(factsMatch(model, office, query)).toBe(false);
    expect(factsMatch(model, mentionFacts(model, 'الرئيس الكازاخستاني'), query)).toBe(true);
  });

  it('a narrower role answers a wider one: a foreign minister is a minister', () => {
    const wang = mentionFacts(model, 'وزير الخارجية الصيني، وانج يي');
    expect(factsMatch(model, wang, readEntityQuery(model, 'Chinese minister')!)).toBe(true);
    expect(factsMatch(model, wang, readEntityQuery(model, 'Chinese foreign minister')!)).toBe(true);
    expect(factsMatch(model, wang, readEntityQuery(model, 'Chinese defence minister')!)).toBe(false);
  });

  it('reads English queries made of entities only, with near spellings; anything else is not an entity query', () => {
    const q = readEntityQuery(model, 'President of Kazakstan')!;
    expect([q.role?.id, q.country?.id]).toEqual(['president', 'kazakhstan']);
    expect(q.corrections).toEqual([['kazakstan', 'kazakhstan']]);
    expect(readEntityQuery(model, 'Vladimir Putin')).toBeUndefined();
    expect(readEntityQuery(model, 'Egyptian health ministry')?.role?.id).toBe('health_ministry');
  });
});

describe('search reading of places', () => {
  it('an Arabic place name stands for all its spellings; an English one too', () => {
    const arabic = readQuery('ألماتي', lexicons).groups;
    expect(arabic).toHaveLength(1);
    const spellings = (text: string) => words(text).join(' ');
    expect(arabic[0]!.map((w) => w.join(' '))).toEqual(expect.arrayContaining([spellings('ألماتي'), spellings('ألما آتا'), spellings('ألماآتا')]));
    const english = readQuery('Alma-Ata', lexicons).groups;
    expect(english[0]!.map((w) => w.join(' '))).toContain(spellings('ألما آتا'));
  });
});
