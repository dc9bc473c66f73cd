import { createCanvas, loadImage, type SKRSContext2D } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import { figureClaims, resolveTopic } from '../desk/figure-query.ts';
import { figureChartSpecs, type ChartSpec } from './chart-spec.ts';
import { renderChart, type Box, type ChartImage } from './chart.ts';

let desk: Desk;

beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
});

function specsFor(topicWord: string): ChartSpec[] {
  const topic = resolveTopic(desk.lexicons.topics, topicWord)!;
  const answer = figureClaims(desk, topic);
  return figureChartSpecs({ desk, topic, claims: answer.claims, discrepancies: answer.discrepancies });
}

/** The PNG decoded back into pixels (the test reads the file, not the canvas that drew it). */
async function pixels(image: ChartImage): Promise<{ ctx: SKRSContext2D; width: number; height: number }> {
  const decoded = await loadImage(image.png);
  const canvas = createCanvas(decoded.width, decoded.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(decoded, 0, 0);
  return { ctx, width: decoded.width, height: decoded.height };
}

interface Ink {
  /** Share of pixels that are not (near) white. */
  inked: number;
  /** Distinct colours (coarsely binned): one for a solid fill, several for hatching. */
  colours: number;
}

function ink(ctx: SKRSContext2D, box: Box): Ink {
  const w = Math.max(1, Math.floor(box.width));
  const h = Math.max(1, Math.floor(box.height));
  const data = ctx.getImageData(Math.floor(box.left), Math.floor(box.top), w, h).data;
  let inked = 0;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (r < 235 || g < 235 || b < 235) inked++;
    colours.add(((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5));
  }
  return { inked: inked / (w * h), colours: colours.size };
}

/** The colour at the centre of a solid bar. */
function barColour(ctx: SKRSContext2D, box: Box): [number, number, number] {
  const d = ctx.getImageData(Math.floor(box.left + box.width / 2), Math.floor(box.top + box.height / 4), 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

/** Share of a box's pixels within a small distance of `colour`. */
function colourShare(ctx: SKRSContext2D, box: Box, colour: [number, number, number]): number {
  const data = ctx.getImageData(Math.floor(box.left), Math.floor(box.top), Math.floor(box.width), Math.floor(box.height)).data;
  let near = 0;
  for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - colour[0]) + Math.abs(data[i + 1]! - colour[1]) + Math.abs(data[i + 2]! - colour[2]) < 40) near++;
  return near / (data.length / 4);
}

/** The inside of a box, away from its border (bars have 2 px outlines, withdrawn ones a strike line). */
function inner(box: Box, margin = 5): Box {
  return { left: box.left + margin, top: box.top + margin, width: Math.max(1, box.width - 2 * margin), height: Math.max(1, box.height / 2 - margin - 3) };
}

describe('figure charts from the seed articles', () => {
  it('/figure arrests: one bar per source, the approximate 8,000s hatched, the exact 7,939 solid, the disagreement shaded', async () => {
    const [spec] = specsFor('arrests');
    expect(spec).toBeDefined();
    expect(spec!.disputed).toBe(true);
    // ~8,000 and 7,939 are one number rounded differently: shown, but not as a real disagreement.
    expect(spec!.dispute).toBe('rounding');
    expect(spec!.spread).toEqual({ low: 7939, high: 8000 });
    expect(spec!.story?.id).toBe('S000');
    expect(spec!.bars.map((b) => [b.article, b.value, b.shape])).toEqual([
      ['001', 8000, 'about'],
      ['003', 8000, 'about'],
      ['002', 7939, 'exact'],
    ]);
    // Agreeing sources share a colour (claim index), the disagreeing one has its own.
    expect(spec!.bars[0]!.claim).toBe(spec!.bars[1]!.claim);
    expect(spec!.bars[2]!.claim).not.toBe(spec!.bars[0]!.claim);

    const image = await renderChart(spec!);
    expect(image.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(image.name).toBe('figure-arrests-all-s000.png');
    const { ctx, width, height } = await pixels(image);
    expect([width, height]).toEqual([image.width, image.height]);
    expect(width).toBe(880);
    expect(height).toBeGreaterThanOrEqual(300);
    expect(height).toBeLessThan(600);

    const [about1, about2, exact] = image.layout.bars;
    // Bars grow right to left from the axis beside the source names, 7,939 a little shorter than 8,000.
    expect(exact!.width).toBeLessThan(about1!.width);
    expect(exact!.width / about1!.width).toBeCloseTo(7939 / 8000, 1);
    expect(Math.abs(exact!.left + exact!.width - (about1!.left + about1!.width))).toBeLessThanOrEqual(1);
    const solid = ink(ctx, inner(exact!));
    expect(solid.inked).toBeGreaterThan(0.98);
    expect(solid.colours).toBeLessThanOrEqual(2);
    for (const bar of [about1!, about2!]) {
      const hatched = ink(ctx, inner(bar));
      expect(hatched.colours).toBeGreaterThanOrEqual(2);
      expect(hatched.inked).toBeGreaterThan(0.2);
    }
    // Every source label and the title are drawn; the band between 7,939 and 8,000 is shaded.
    for (const label of image.layout.labels) expect(ink(ctx, label).inked).toBeGreaterThan(0.005);
    expect(ink(ctx, image.layout.header).inked).toBeGreaterThan(0.02);
    expect(image.layout.band).toBeDefined();
    // Far left of the plot (beyond every bar and label) stays white.
    const empty = { left: image.layout.plot.left + 2, top: image.layout.plot.top + 2, width: 60, height: 40 };
    expect(ink(ctx, empty).inked).toBeLessThan(0.1);
    expect(image.description).toMatch(/arrests — all reported \(story S000\) — sources differ only by rounding, 7,939–8,000\. .*: about 8,000; .*العرب اليوم \(002\) 2022-01-10: 7,939/);
  });

  it('/figure deaths: security-force tolls disagree (16, 18, and 001\u2019s "more than 10"); bounds carry an arrow; the withdrawn 164 is hollow and struck', async () => {
    const specs = specsFor('deaths');
    const security = specs.find((s) => s.titleEn.includes('security forces'))!;
    const total = specs.find((s) => s.titleEn.includes('all reported'))!;
    expect(security.disputed).toBe(true);
    expect(security.dispute).toBe('disagree');
    // 001: "وقتل العشرات من المدنيين وأكثر من عشرة من قوات الأمن" — a lower bound, drawn with its arrow.
    expect(security.bars.map((b) => [b.value, b.shape])).toEqual([
      [18, 'exact'],
      [16, 'exact'],
      [10, 'more'],
    ]);
    expect(security.title).toBe('قتلى — قوات الأمن');
    expect(total.disputed).toBe(false);
    const withdrawn = total.bars.find((b) => b.withdrawn)!;
    expect(withdrawn.value).toBe(164);
    expect(total.bars.at(-1)).toBe(withdrawn);

    const image = await renderChart(total);
    const { ctx } = await pixels(image);
    const box = image.layout.bars[total.bars.indexOf(withdrawn)]!;
    // Hollow: the inside above the strike line is white, the outline is drawn.
    expect(ink(ctx, inner(box, 6)).inked).toBeLessThan(0.05);
    expect(ink(ctx, { left: box.left, top: box.top - 1, width: box.width, height: 3 }).inked).toBeGreaterThan(0.3);
    expect(ink(ctx, { left: box.left, top: box.top + box.height / 2 - 1, width: box.width, height: 3 }).inked).toBeGreaterThan(0.6);
    const vague = total.bars.findIndex((b) => b.shape === 'vague');
    expect(vague).toBeGreaterThan(-1);

    const securityImage = await renderChart(security);
    const sec = await pixels(securityImage);
    expect(ink(sec.ctx, inner(securityImage.layout.bars[0]!)).inked).toBeGreaterThan(0.98);
    // "More than 160": an open arrow in the bar's colour beyond its end, where an exact bar has only its label.
    const beyond = (box: Box): Box => ({ left: box.left - 34, top: box.top + box.height / 2 - 6, width: 32, height: 12 });
    expect(total.bars[0]).toMatchObject({ value: 160, shape: 'more' });
    const more = image.layout.bars[0]!;
    const exact = securityImage.layout.bars[1]!;
    expect(colourShare(ctx, beyond(more), barColour(ctx, more))).toBeGreaterThan(0.1);
    expect(colourShare(sec.ctx, beyond(exact), barColour(sec.ctx, exact))).toBe(0);
  });

  it('keeps one chart per quantity with something to compare, disputed first, and draws Arabic-Indic digits on request', async () => {
    const specs = specsFor('deaths');
    expect(specs[0]!.disputed).toBe(true);
    expect(specs.every((s) => s.bars.length >= 2)).toBe(true);
    const western = await renderChart(specs[0]!);
    const arabic = await renderChart(specs[0]!, { digits: 'arabic' });
    expect(arabic.png.equals(western.png)).toBe(false);
    expect([arabic.width, arabic.height]).toEqual([western.width, western.height]);
    const sharp = await renderChart(specs[0]!, { scale: 2 });
    expect([sharp.width, sharp.height]).toEqual([western.width * 2, western.height * 2]);
  });
});

describe('chart scale', () => {
  it('numbers orders of magnitude apart get a logarithmic axis, so the small ones stay visible', async () => {
    const bar = (article: string, value: number, claim: number) => ({ source: article, article, date: null, attribution: null, value, shape: 'exact' as const, withdrawn: false, claim });
    const spec: ChartSpec = { id: 'wide', title: 'قتلى', titleEn: 'deaths — all reported', unit: null, story: null, disputed: true, spread: { low: 16, high: 33_000_000 }, bars: [bar('001', 33_000_000, 0), bar('002', 1_300, 1), bar('003', 16, 2)], omitted: 0 };
    const image = await renderChart(spec);
    expect(image.layout.axis).toBe('logarithmic');
    const [big, mid, small] = image.layout.bars;
    // On a linear axis 16 of 33 million would be a fraction of a pixel wide.
    expect(small!.width).toBeGreaterThan(big!.width / 10);
    expect(big!.width).toBeGreaterThan(mid!.width);
    expect(mid!.width).toBeGreaterThan(small!.width);
    const close = await renderChart({ ...spec, bars: [bar('001', 18, 0), bar('002', 16, 1)], spread: { low: 16, high: 18 } });
    expect(close.layout.axis).toBe('linear');
  });
});

describe('chart specs from figure bounds', () => {
  it('a range is drawn from its low to its high end; min and max bounds as "more than" and "fewer than"', async () => {
    const { figureChartSpec } = await import('./chart-spec.ts');
    const figure = (article: string, value: number, extra: Record<string, unknown>) => ({
      id: `${article}:1`, article, value, approx: true, direction: null, vague: false, unit: 'شخص', topic: 'deaths', group: null, speakerKey: null, attribution: null, text: '', sentence: '', start: 1, end: 2, withdrawn: false, ...extra,
    });
    const claim = (f: ReturnType<typeof figure>) => ({ quantity: 'q', story: null, topic: 'deaths', group: null, scope: null, value: f.value, approx: f.approx, direction: f.direction, vague: false, withdrawn: false, update: false, figures: [f] });
    const spec = figureChartSpec({
      desk,
      topic: 'deaths',
      claims: [
        claim(figure('001', 100, { bound: 'range', low: 100, high: 150 })),
        claim(figure('002', 90, { bound: 'min', low: 90, high: null })),
        claim(figure('003', 200, { bound: 'max', low: null, high: 200 })),
      ] as never,
    });
    expect(spec.bars.map((b) => [b.article, b.shape, b.value, b.high])).toEqual([
      ['003', 'less', 200, undefined],
      ['001', 'range', 100, 150],
      ['002', 'more', 90, undefined],
    ]);
    expect(spec.title).toBe('قتلى');
    const image = await renderChart(spec);
    const range = image.layout.bars[1]!;
    // A floating bar: it starts at 100, not at zero (the axis's zero is at the right edge of the plot).
    expect(range.left + range.width).toBeLessThan(image.layout.plot.left + image.layout.plot.width - 50);
  });
});
