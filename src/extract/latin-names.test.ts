import { describe, expect, it } from 'vitest';
import { latinName, romanizeName, vowelledName } from './latin-names.ts';

describe('English display names', () => {
  it('spells listed given names and particles the way the English press does', () => {
    expect(romanizeName('عبد الفتاح السيسي')).toBe('Abdel Fattah al-Sisi');
    expect(romanizeName('محمد بن سلمان')).toMatch(/^Mohammed bin Salman$/);
  });

  it('vowels a name word no list spells by its written shape, with the article and a nisba', () => {
    expect(romanizeName('خالد مجاهد')).toBe('Khaled Mujahid');
    expect(romanizeName('سهر الدماطي')).toBe('Sahar al-Damati');
    // The doubled فعّال shape: its ي is a consonant, not a vowel (زياد is listed as Ziad).
    expect(romanizeName('نظير عياد')).toBe('Nadhir Ayyad');
    expect(romanizeName('زياد')).toBe('Ziad');
    // A two-word particle is spelt as one, whether or not its first word is a particle alone (فان reads like فإن).
    expect(romanizeName('يوهان فان دير بيرغ')).toMatch(/^Johan van der /);
    expect(romanizeName('نجلاء المنقوش')).toMatch(/al-Manqush$/);
    expect(romanizeName('مصطفى مخيف')).toBe('Mustafa Mukhif');
  });

  it('reads shapes from the data: no pattern, no vowels invented', () => {
    const patterns = new Map([['CاCC', '1a2i3']]);
    expect(vowelledName('كاظم', patterns)).toBe('kadhim');
    expect(vowelledName('فاطمة', new Map([['CاCC', '1a2i3']]))).toBe('fatima');
    expect(vowelledName('غروندبرغ', patterns)).toBeUndefined();
    expect(vowelledName('كاظم', new Map())).toBeUndefined();
  });

  it('translates a title or body the glossary lists in another form: with or without the article, or its masculine', () => {
    expect(latinName('institution', 'الناطقة')).toBe('Spokesperson');
    expect(latinName('institution', 'المديرة')).toBe('Director');
    expect(latinName('institution', 'اللجنة')).toBe('Committee');
  });

  it('translates bodies through the glossary and the countries of entities.json', () => {
    // A genitive ل glued to a word without the article chains like لل.
    expect(latinName('institution', 'المركز الوطني لإدارة الحالات الطارئة')).toBe('National Emergency Management Centre');
    expect(latinName('institution', 'السلطات في باكستان')).toBe('Authorities in Pakistan');
    // A company's executive is a role with its genitive, not a transliterated adjective ("Director Al-Tnfidhi company").
    expect(latinName('institution', 'المدير التنفيذي للشركة')).toBe('Executive Director of the company');
    // An adjective of a part with its own article goes after "the": not "Local the company".
    expect(latinName('institution', 'الشركة المحلية')).toBe('The local company');
  });

  it('reads a construct chain of translated words backwards, as English names bodies, and keeps spelt-out names in order', () => {
    expect(latinName('institution', 'مديرية الدفاع المدني')).toBe('Civil Defence Directorate');
    expect(latinName('institution', 'نقابة أطباء السودان')).toBe('Sudan Doctors Union');
    expect(latinName('institution', 'شبكة أطباء السودان')).toBe('Sudan Doctors Network');
    expect(latinName('institution', 'الاتحاد الأردني لكرة القدم')).toBe('Jordanian Football Federation');
    expect(latinName('institution', 'وزارة الصحة في غزة')).toBe('Health Ministry in Gaza');
    expect(latinName('institution', 'المرصد السوري لحقوق الإنسان')).toBe('Syrian Observatory for Human Rights');
    expect(latinName('institution', 'مدرب الوحدات')).toMatch(/^Coach /);
  });

  it('translates a body\u2019s genitive with لل and a place glued with ب, and spells an unlisted article word with its article apart', () => {
    expect(latinName('institution', 'الهيئة العامة للإحصاء')).toBe('General Statistics Authority');
    expect(latinName('institution', 'وزارة الصحة بغزة')).toBe('Health Ministry in Gaza');
    expect(latinName('institution', 'مركز الإعمار')).toMatch(/Al-I/);
  });
});

