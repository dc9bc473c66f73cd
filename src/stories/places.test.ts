import { describe, expect, it } from 'vitest';
import { tokenize } from '../arabic/tokenize.ts';
import { loadPlaces, placesIn } from './places.ts';

const ids = (text: string) => placesIn(loadPlaces(), tokenize(text)).map((p) => p.id);

describe('places of a sentence', () => {
  it('reads a nationality with the article after a bare name word as a family name, not a country', () => {
    expect(ids('ووجه رئيس الوزراء محمد شياع السوداني بتعويض المتضررين في بغداد.')).toEqual(['baghdad']);
    expect(ids('وقال الرئيس المصري إن الحكومة السودانية طلبت المساعدة.')).toEqual(['egypt', 'sudan']);
    expect(ids('وأكد مسؤول سوداني أن المساعدات وصلت.')).toEqual(['sudan']);
  });

  it('strips only the article from a listed name: باجل is never read in من أجل, الروسية is still Russia', () => {
    expect(ids('وفتحت النيابة تحقيقا من أجل كشف ملابسات الحادث في صفاقس.')).toEqual(['sfax']);
    expect(ids('وأعلنت الخارجية الروسية أن الوفد وصل.')).toEqual(['russia']);
  });

  it('never reads a place spelt like a common noun when a noun follows it in construct (صور الأقمار are images, not Tyre)', () => {
    expect(ids('وكشفت صور الأقمار الصناعية حجم الدمار')).toEqual([]);
    expect(ids('وسقطت قذيفة في صور جنوب لبنان')).toEqual(expect.arrayContaining(['tyre', 'lebanon']));
  });

  it('reads a bare عمان (a Jordanian dateline) as Amman, never as Oman; Oman from سلطنة عمان or its nationality', () => {
    expect(ids('عمان - قال وزير الخارجية الأردني إن الحدود ستبقى مفتوحة.')).toEqual(['amman', 'jordan']);
    expect(ids('وزار وفد من سلطنة عمان العاصمة الإيرانية.')).toEqual(['oman', 'iran']);
    expect(ids('وأفرجت السلطات عن 3 عمانيين.')).toEqual(['oman']);
  });

  it('knows the provinces and towns of the region\u2019s news, and no place spelt like an everyday word', () => {
    expect(ids('انقلاب حافلة على الطريق الصحراوي في محافظة المنيا')).toEqual(expect.arrayContaining(['minya']));
    expect(ids('غرق قارب قبالة سواحل زوارة وصبراتة')).toEqual(['zuwara', 'sabratha']);
    expect(ids('وتأتي الزيارة في إطار تعزيز التعاون ولعب دوراً مهماً')).toEqual([]);
  });

  it('reads the word after a place noun as a local place, unless it names an event (مركز الزلزال is the epicentre)', () => {
    expect(ids('وقالت السلطات إن بلدة الصريح شهدت اشتباكات')).toContain('~صريح');
    expect(ids('ووقع مركز الزلزال على عمق عشرة كيلومترات في منطقة الحادث')).toEqual([]);
  });
});
