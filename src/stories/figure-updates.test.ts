import { describe, expect, it } from 'vitest';
import { loadUpdatePhrases, saysUpdate } from './figure-updates.ts';

const phrases = loadUpdatePhrases();

describe('saysUpdate', () => {
  it('marks the figure the toll rose or fell to, not the others in its sentence', () => {
    const rose = 'سجلت الوزارة 14 حالة وفاة جديدة بالفيروس، ليرتفع إجمالي الوفيات في البلاد إلى 273 حالة.';
    expect(saysUpdate(rose, phrases, '273 حالة')).toBe(true);
    expect(saysUpdate(rose, phrases, '14 حالة')).toBe(false);
    const fell = 'تراجع عدد وفيات حادث الحافلة إلى 19 وفاة و3 مفقودين، بعد ساعات من الإعلان عن تسجيل 32 حالة وفاة.';
    expect(saysUpdate(fell, phrases, '19 وفاة')).toBe(true);
    expect(saysUpdate(fell, phrases, '32 حالة')).toBe(false);
    expect(saysUpdate('وارتفعت حصيلة ضحايا الحريق في المستشفى إلى 92 قتيلا.', phrases, '92 قتيلا')).toBe(true);
    expect(saysUpdate('ليرتفع إجمالي حالات الوفاة في البلاد إلى273 حالة.', phrases, '273 حالة')).toBe(true);
    // The phrase's إلى takes a cause here: the 20 that follows revises nothing.
    expect(saysUpdate('وعزت الوزيرة تراجع عدد الوفيات، إلى غياب التدقيق، مبينة أنه جرى الإبلاغ عن 20 حالة.', phrases, '20 حالة')).toBe(false);
    expect(saysUpdate('وفي حصيلة جديدة، قتل 50 شخصا في القصف.', phrases, '50 شخصا')).toBe(true);
  });

  it('says whether a sentence reports an update at all when no figure is given', () => {
    expect(saysUpdate('وارتفعت حصيلة ضحايا الحريق إلى 92 قتيلا.', phrases)).toBe(true);
    expect(saysUpdate('قتل 12 شخصا في الحريق.', phrases)).toBe(false);
  });
});
