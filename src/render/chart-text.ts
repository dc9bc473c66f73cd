import { trimAtWord } from '../text/excerpt.ts';
import type { ChartBar, ChartSpec, ChartValueShape } from './chart-spec.ts';

/**
 * The words and numbers a chart prints: values as Arabic copy ("أكثر من 160", "عشرات"), digits in
 * the newsroom's style, dates with month names (a numeric date does not survive right-to-left
 * layout with Arabic-Indic digits), source labels, and the English description used as alt text.
 */

export type ChartDigits = 'western' | 'arabic';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** Digits in the editor's choice; the Arabic thousands separator goes with Arabic-Indic digits. */
export function localDigits(text: string, digits: ChartDigits): string {
  if (digits === 'western') return text;
  return text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!).replace(/(?<=[٠-٩]),(?=[٠-٩])/g, '٬').replace(/(?<=[٠-٩])\.(?=[٠-٩])/g, '٫');
}

export function formatNumber(n: number, digits: ChartDigits): string {
  return localDigits(n.toLocaleString('en-US', { maximumFractionDigits: 2 }), digits);
}

const SCALE_WORDS: Array<[number, string]> = [
  [1e9, 'مليار'],
  [1e6, 'مليون'],
];

/** Axis ticks stay short: millions and billions in words ("2.5 مليون"); below a million, digits (12,000 beside 8,000). */
export function axisNumber(n: number, digits: ChartDigits): string {
  for (const [size, word] of SCALE_WORDS) {
    if (Math.abs(n) >= size) {
      return `${formatNumber(Math.round((n / size) * 10) / 10, digits)} ${word}`;
    }
  }
  return formatNumber(n, digits);
}

const VAGUE_WORDS: Record<number, string> = { 1: 'بضعة', 10: 'عشرات', 100: 'مئات', 1000: 'آلاف', 10000: 'عشرات الآلاف', 100000: 'مئات الآلاف', 1e6: 'ملايين' };

/** The value as the bar's label says it, in Arabic: "أكثر من 160", "نحو 8,000", "عشرات". */
export function valueLabel(bar: Pick<ChartBar, 'value' | 'high' | 'shape'>, digits: ChartDigits): string {
  const n = formatNumber(bar.value, digits);
  switch (bar.shape) {
    case 'exact':
      return n;
    case 'about':
      return `نحو ${n}`;
    case 'more':
      return `أكثر من ${n}`;
    case 'less':
      return `أقل من ${n}`;
    case 'range':
      return `${n}–${formatNumber(bar.high ?? bar.value, digits)}`;
    case 'vague':
      return VAGUE_WORDS[bar.value] ?? `نحو ${n}`;
  }
}

export const SHAPE_LEGEND: Record<ChartValueShape | 'withdrawn', string> = {
  exact: 'رقم محدد · exact',
  about: 'تقريبي · approximate',
  more: 'حد أدنى ⇠ · at least',
  less: 'حد أعلى ⇢ · at most',
  range: 'نطاق · range',
  vague: 'عشرات/مئات · order of magnitude',
  withdrawn: 'مسحوب · withdrawn',
};

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/**
 * "2022-01-10" → "10 يناير 2022". A numeric date does not survive right-to-left layout with
 * Arabic-Indic digits (each digit group is reordered), a month name does with either digits.
 */
export function arabicDate(iso: string, digits: ChartDigits): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return localDigits(iso, digits);
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return localDigits(iso, digits);
  return localDigits([m[3] ? String(Number(m[3])) : null, month, m[1]].filter(Boolean).join(' '), digits);
}

/** The y-axis label of one bar: outlet, then article id and date, then who the article quotes. */
export function barLabel(bar: ChartBar, digits: ChartDigits, compact: boolean): string[] {
  const lines = [trimAtWord(bar.source, 32)];
  // Article ids are codes an editor types (/source 002): always Western digits.
  const detail = [bar.article !== bar.source ? bar.article : null, bar.date ? arabicDate(bar.date, digits) : null].filter(Boolean).join(' · ');
  if (detail) lines.push(detail);
  if (bar.attribution && !compact) {
    // A Latin name with its Arabic form in brackets: the Latin name alone fits the axis.
    const latin = /^([^()]+?)\s*\(([^()]+)\)$/.exec(bar.attribution);
    lines.push(trimAtWord(latin ? latin[1]! : bar.attribution, 30));
  }
  return lines;
}

const VAGUE_EN: Record<number, string> = { 1: 'a few', 10: 'dozens', 100: 'hundreds', 1000: 'thousands', 10000: 'tens of thousands', 100000: 'hundreds of thousands', 1e6: 'millions' };

function englishValue(bar: Pick<ChartBar, 'value' | 'high' | 'shape'>): string {
  const n = formatNumber(bar.value, 'western');
  switch (bar.shape) {
    case 'exact':
      return n;
    case 'about':
      return `about ${n}`;
    case 'more':
      return `more than ${n}`;
    case 'less':
      return `fewer than ${n}`;
    case 'range':
      return `${n}–${formatNumber(bar.high ?? bar.value, 'western')}`;
    case 'vague':
      return VAGUE_EN[bar.value] ?? `order of ${n}`;
  }
}

/** What the chart shows, in one line of English: the attachment's description (alt text). */
export function chartDescription(spec: ChartSpec): string {
  const spread = spec.spread ? `${formatNumber(spec.spread.low, 'western')}–${formatNumber(spec.spread.high, 'western')}` : '';
  const dispute = spec.disputed && spec.spread ? (spec.dispute === 'rounding' ? ` — sources differ only by rounding, ${spread}` : ` — sources disagree, ${spread}`) : '';
  const head = `${spec.titleEn}${spec.story ? ` (story ${spec.story.id})` : ''}${dispute}`;
  const bars = spec.bars.map((b) => `${b.source}${b.article !== b.source ? ` (${b.article})` : ''}${b.date ? ` ${b.date}` : ''}: ${englishValue(b)}${b.withdrawn ? ' (withdrawn)' : ''}`);
  return trimAtWord(`${head}. ${bars.join('; ')}${spec.omitted ? `; +${spec.omitted} more` : ''}`, 1000);
}
