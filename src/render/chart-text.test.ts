import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILY, registerChartFonts } from './chart-fonts.ts';
import { arabicDate, axisNumber, localDigits, valueLabel } from './chart-text.ts';

describe('chart text', () => {
  it('states values in Arabic with the chosen digits', () => {
    expect(valueLabel({ value: 7939, shape: 'exact' }, 'western')).toBe('7,939');
    expect(valueLabel({ value: 8000, shape: 'about' }, 'arabic')).toBe('نحو ٨٬٠٠٠');
    expect(valueLabel({ value: 160, shape: 'more' }, 'western')).toBe('أكثر من 160');
    expect(valueLabel({ value: 10, shape: 'less' }, 'western')).toBe('أقل من 10');
    expect(valueLabel({ value: 100, high: 150, shape: 'range' }, 'western')).toBe('100–150');
    expect(valueLabel({ value: 10, shape: 'vague' }, 'western')).toBe('عشرات');
    expect(localDigits('2.5% من 1,200', 'arabic')).toBe('٢٫٥% من ١٬٢٠٠');
    expect([5000, 120_000, 2_500_000, 70_000_000_000].map((n) => axisNumber(n, 'western'))).toEqual(['5,000', '120,000', '2.5 مليون', '70 مليار']);
    expect(axisNumber(2_500_000, 'arabic')).toBe('٢٫٥ مليون');
  });

  it('writes dates with a month name, which survives right-to-left layout in either digits', () => {
    expect(arabicDate('2022-01-10', 'western')).toBe('10 يناير 2022');
    expect(arabicDate('2022-01-10', 'arabic')).toBe('١٠ يناير ٢٠٢٢');
    expect(arabicDate('2022-13-01', 'western')).toBe('2022-13-01');
  });

  it('sets Arabic joined: a shaped word is narrower than its letters kept apart', () => {
    const family = registerChartFonts();
    expect(family).toBe(CHART_FONT_FAMILY);
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = `24px "${family}"`;
    const joined = ctx.measureText('المصادر مختلفة').width;
    const apart = ctx.measureText([...'المصادر مختلفة'].join('\u200C')).width;
    expect(joined).toBeGreaterThan(0);
    expect(joined).toBeLessThan(apart * 0.97);
  });
});
