import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LogarithmicScale, type ChartConfiguration, type LegendItem, type Plugin } from 'chart.js';
import { registerChartFonts } from './chart-fonts.ts';
import { trimAtWord } from '../text/excerpt.ts';
import { installRtlShim } from './chart-rtl.ts';
import type { ChartBar, ChartSpec, ChartValueShape } from './chart-spec.ts';
import { axisNumber, barLabel, chartDescription, formatNumber, SHAPE_LEGEND, valueLabel, type ChartDigits } from './chart-text.ts';

/**
 * ChartSpec → PNG, in process: chart.js lays out a horizontal bar chart on a @napi-rs/canvas
 * (Skia shapes the Arabic), bars growing right to left from an axis on the right where the
 * sources are named. How a number is stated is drawn, not only written: exact numbers are solid,
 * approximate ones hatched, bounds ("more than") carry an open arrow, orders of magnitude
 * ("dozens") are dotted outlines, withdrawn figures hollow and struck through. When sources
 * disagree, the band between the lowest and highest number is shaded behind the bars.
 */

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, Legend);

export type { ChartDigits };

export interface ChartRenderOptions {
  /** Western (0-9, the default) or Arabic-Indic (٠-٩) digits in every number the chart prints. */
  digits?: ChartDigits;
  /** Pixel width; height follows the number of bars. */
  width?: number;
  /** Pixels per CSS pixel (sharper text on high-density screens, larger file). */
  scale?: number;
}

export interface ChartImage {
  /** Attachment file name ("figure-deaths-all.png"): ASCII, Discord-safe. */
  name: string;
  png: Buffer;
  width: number;
  height: number;
  /** Plain-text summary of what the chart shows (Discord's attachment description, alt text). */
  description: string;
  /** Where things were drawn, in image pixels: for tests and for anyone overlaying the image. */
  layout: ChartLayout;
  /** Milliseconds spent laying out and drawing, and encoding the PNG (for the bench). */
  timing: { draw_ms: number; encode_ms: number };
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  /** The plot area (axes excluded). */
  plot: Box;
  /** One box per bar, in `spec.bars` order. */
  bars: Box[];
  /** The source label beside each bar. */
  labels: Box[];
  /** The title lines above the plot. */
  header: Box;
  /** The disagreement band, when disputed. */
  band?: Box;
  /** How the value axis is scaled. */
  axis: 'linear' | 'logarithmic';
}

/** Defaults for every chart; the entry points set the digit style from CHART_DIGITS (configureCharts). */
export const CHART_DEFAULTS: Required<ChartRenderOptions> = { digits: 'western', width: 880, scale: 1 };

/** Sets the newsroom's chart defaults once at start-up (before the first chart is drawn). */
export function configureCharts(defaults: ChartRenderOptions): void {
  for (const [key, value] of Object.entries(defaults)) if (value !== undefined) Object.assign(CHART_DEFAULTS, { [key]: value });
}

/** Options with every default filled in. */
export function resolveChartOptions(options: ChartRenderOptions = {}): Required<ChartRenderOptions> {
  return { digits: options.digits ?? CHART_DEFAULTS.digits, width: options.width ?? CHART_DEFAULTS.width, scale: options.scale ?? CHART_DEFAULTS.scale };
}

const LAYOUT = { header: 96, legend: 34, rowHeight: 54, compactRowHeight: 40, axis: 44, footer: 30, side: 18, minHeight: 300 } as const;
/** Beyond this many bars rows are shorter and labels lose their third line (who is quoted): the image stays phone-sized. */
const COMPACT_AFTER = 8;

/** The header grows by a line when the chart names its story. */
function headerHeight(spec: ChartSpec): number {
  return LAYOUT.header + (spec.story ? 26 : 0);
}

const COLOURS = ['#2b6cb0', '#c05621', '#2f855a', '#6b46c1', '#b83280', '#2c7a7b', '#975a16', '#4a5568'];
const WITHDRAWN = '#8a8f98';
const INK = '#1a202c';
const MUTED = '#4a5568';
const BAND = 'rgba(214, 158, 46, 0.16)';
const BAND_EDGE = 'rgba(183, 121, 31, 0.85)';
/** Numbers that differ only by rounding: a cooler band and heading, not the warning colours. */
const ROUNDING_BAND = 'rgba(66, 153, 225, 0.12)';
const ROUNDING_EDGE = 'rgba(43, 108, 176, 0.7)';
const ROUNDING_INK = '#2c5282';

function colourOf(bar: ChartBar): string {
  return bar.withdrawn ? WITHDRAWN : COLOURS[bar.claim % COLOURS.length]!;
}

function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The data value chart.js draws: a number from zero, or [low, high] for a floating bar. */
function drawnValue(bar: ChartBar): number | [number, number] {
  return bar.shape === 'range' ? [bar.value, bar.high ?? bar.value] : bar.value;
}

interface BarGeometry {
  x: number;
  base: number;
  y: number;
  height: number;
}

function geometry(chart: Chart, index: number): BarGeometry {
  const el = chart.getDatasetMeta(0).data[index] as unknown as { getProps(p: string[], final: boolean): BarGeometry };
  return el.getProps(['x', 'base', 'y', 'height'], true);
}

function hatch(ctx: SKRSContext2D, left: number, top: number, width: number, height: number, colour: string): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width, height);
  ctx.clip();
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  for (let x = left - height; x < left + width; x += 9) {
    ctx.beginPath();
    ctx.moveTo(x, top + height);
    ctx.lineTo(x + height, top);
    ctx.stroke();
  }
  ctx.restore();
}

/** An arrow at the bar's end pointing along `dir` (-1: further left = larger on a reversed axis). */
function arrow(ctx: SKRSContext2D, x: number, y: number, dir: number, colour: string, length = 26): void {
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.setLineDash([5, 4]);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + dir * length, y);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(x + dir * (length + 9), y);
  ctx.lineTo(x + dir * length, y - 7);
  ctx.lineTo(x + dir * length, y + 7);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

function decorationsPlugin(spec: ChartSpec, digits: ChartDigits, font: string): Plugin<'bar'> {
  return {
    id: 'desk-figure-decorations',
    beforeDatasetsDraw(chart) {
      // The disagreement: a band from the lowest to the highest disputed number, behind the bars.
      if (!spec.disputed || !spec.spread) return;
      const ctx = chart.ctx as unknown as SKRSContext2D;
      const x = chart.scales.x!;
      const area = chart.chartArea;
      // A spread reaching past the axis (its end is a claim not drawn) is cut at the plot's edge.
      const clamp = (px: number) => Math.min(area.right, Math.max(area.left, px));
      const a = clamp(x.getPixelForValue(spec.spread.low));
      const b = clamp(x.getPixelForValue(spec.spread.high));
      const left = Math.min(a, b);
      const width = Math.max(2, Math.abs(a - b));
      ctx.save();
      const rounding = spec.dispute === 'rounding';
      ctx.fillStyle = rounding ? ROUNDING_BAND : BAND;
      ctx.fillRect(left, area.top, width, area.bottom - area.top);
      ctx.strokeStyle = rounding ? ROUNDING_EDGE : BAND_EDGE;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      for (const edge of [a, b]) {
        ctx.beginPath();
        ctx.moveTo(edge, area.top);
        ctx.lineTo(edge, area.bottom);
        ctx.stroke();
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx as unknown as SKRSContext2D;
      const reversed = true;
      spec.bars.forEach((bar, i) => {
        const g = geometry(chart, i);
        const colour = colourOf(bar);
        const left = Math.min(g.x, g.base);
        const right = Math.max(g.x, g.base);
        const top = g.y - g.height / 2;
        const end = reversed ? left : right;
        const outward = reversed ? -1 : 1;
        ctx.save();
        if (bar.withdrawn) {
          ctx.strokeStyle = WITHDRAWN;
          ctx.lineWidth = 2;
          ctx.setLineDash([6, 4]);
          ctx.strokeRect(left, top, right - left, g.height);
          ctx.setLineDash([]);
          ctx.beginPath();
          ctx.moveTo(left - 4, g.y);
          ctx.lineTo(right + 4, g.y);
          ctx.stroke();
        } else if (bar.shape === 'about' || bar.shape === 'range' || bar.shape === 'less') {
          hatch(ctx, left, top, right - left, g.height, colour);
          ctx.strokeStyle = colour;
          ctx.lineWidth = 2;
          ctx.strokeRect(left, top, right - left, g.height);
        } else if (bar.shape === 'vague') {
          ctx.strokeStyle = colour;
          ctx.lineWidth = 2;
          ctx.setLineDash([2, 4]);
          ctx.strokeRect(left, top, right - left, g.height);
        }
        let labelAt = end + outward * 8;
        if (!bar.withdrawn && bar.shape === 'more') {
          arrow(ctx, end, g.y, outward, colour);
          labelAt = end + outward * 44;
        } else if (!bar.withdrawn && bar.shape === 'less') {
          // "Fewer than": the arrow points back towards zero from the stated ceiling.
          arrow(ctx, end + outward * 34, g.y, -outward, colour, 20);
          labelAt = end + outward * 42;
        }
        const label = valueLabel(bar, digits) + (bar.withdrawn ? ' (سُحب)' : '');
        ctx.font = `bold 16px "${font}"`;
        ctx.direction = 'rtl';
        ctx.textBaseline = 'middle';
        ctx.textAlign = reversed ? 'right' : 'left';
        ctx.fillStyle = bar.withdrawn ? WITHDRAWN : INK;
        ctx.fillText(label, labelAt, g.y);
        if (bar.withdrawn) {
          const w = ctx.measureText(label).width;
          ctx.strokeStyle = WITHDRAWN;
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(labelAt, g.y);
          ctx.lineTo(labelAt + outward * w, g.y);
          ctx.stroke();
        }
        ctx.restore();
      });
    },
  };
}

/** An opaque white ground (chart.js clears to transparent, which Discord's dark theme would show as black). */
const backgroundPlugin: Plugin<'bar'> = {
  id: 'desk-figure-background',
  beforeDraw(chart) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/**
 * Numbers spanning several orders of magnitude (a city's toll and a country's, or a misread
 * figure) flatten every other bar to nothing on a linear axis: beyond this ratio the axis is
 * logarithmic, and the chart says so.
 */
export const LOG_SCALE_RATIO = 100;

const isPowerOfTen = (v: number) => v > 0 && Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;

export function usesLogScale(values: readonly number[]): boolean {
  const positive = values.filter((v) => v > 0);
  return positive.length >= 2 && Math.max(...positive) / Math.min(...positive) > LOG_SCALE_RATIO;
}

function headerPlugin(spec: ChartSpec, digits: ChartDigits, font: string, logarithmic: boolean): Plugin<'bar'> {
  return {
    id: 'desk-figure-header',
    afterDraw(chart) {
      const ctx = chart.ctx as unknown as SKRSContext2D;
      const right = chart.width - LAYOUT.side;
      ctx.save();
      ctx.direction = 'rtl';
      ctx.textAlign = 'right';
      ctx.textBaseline = 'alphabetic';
      ctx.fillStyle = INK;
      ctx.font = `bold 24px "${font}"`;
      const unit = spec.unit ? ` (${spec.unit})` : '';
      ctx.fillText(`${spec.title}${unit}`, right, 34);
      const left = (text: string, y: number) => {
        ctx.save();
        ctx.direction = 'ltr';
        ctx.textAlign = 'left';
        ctx.fillText(text, LAYOUT.side, y);
        ctx.restore();
      };
      ctx.font = `16px "${font}"`;
      ctx.fillStyle = MUTED;
      left(spec.titleEn, 34);
      if (spec.story) {
        // Which story: figures of different stories are never compared, so the chart says whose numbers these are.
        ctx.font = `14px "${font}"`;
        ctx.fillText(trimAtWord(`القصة ${spec.story.id}: ${spec.story.ar}`, 60), right, 60);
        left(trimAtWord(`Story ${spec.story.id}: ${spec.story.en}`, 50), 60);
      }
      const y = headerHeight(spec) - 26;
      if (spec.disputed && spec.spread) {
        const low = formatNumber(spec.spread.low, digits);
        const high = formatNumber(spec.spread.high, digits);
        // English copy keeps Western digits: Arabic-Indic digits in a left-to-right line are reordered.
        const en = `${formatNumber(spec.spread.low, 'western')}–${formatNumber(spec.spread.high, 'western')}`;
        const rounding = spec.dispute === 'rounding';
        ctx.fillStyle = rounding ? ROUNDING_INK : '#9c4221';
        ctx.font = `bold 18px "${font}"`;
        ctx.fillText(rounding ? `ℹ أرقام متقاربة، الفرق في التقريب فقط: من ${low} إلى ${high}` : `⚠ المصادر مختلفة: من ${low} إلى ${high}`, right, y);
        ctx.font = `15px "${font}"`;
        left(rounding ? `Differ only by rounding: ${en}` : `Sources disagree: ${en}`, y);
      } else {
        ctx.fillStyle = MUTED;
        ctx.font = `17px "${font}"`;
        ctx.fillText('المصادر متفقة أو لا تتعارض أرقامها', right, y);
      }
      ctx.direction = 'rtl';
      ctx.textAlign = 'right';
      ctx.font = `13px "${font}"`;
      ctx.fillStyle = MUTED;
      const count = spec.bars.length + spec.omitted;
      const note = `${formatNumber(count, digits)} ${count === 1 ? 'رقم' : 'أرقام'} من المصادر${spec.omitted ? ` — ${formatNumber(spec.omitted, digits)} غير معروضة` : ''}${logarithmic ? ' — مقياس لوغاريتمي (log scale)' : ''}`;
      ctx.fillText(note, right, chart.height - 10);
      ctx.restore();
    },
  };
}

function legendItems(spec: ChartSpec): LegendItem[] {
  const shapes = new Set<ChartValueShape | 'withdrawn'>(spec.bars.map((b) => (b.withdrawn ? 'withdrawn' : b.shape)));
  const order: Array<ChartValueShape | 'withdrawn'> = ['exact', 'about', 'more', 'less', 'range', 'vague', 'withdrawn'];
  return order
    .filter((s) => shapes.has(s))
    .map((s) => ({
      text: SHAPE_LEGEND[s],
      fillStyle: s === 'withdrawn' || s === 'vague' ? '#ffffff' : s === 'exact' || s === 'more' ? COLOURS[0]! : withAlpha(COLOURS[0]!, 0.35),
      strokeStyle: s === 'withdrawn' ? WITHDRAWN : COLOURS[0]!,
      lineWidth: 2,
      lineDash: s === 'withdrawn' ? [4, 3] : s === 'vague' ? [2, 3] : [],
      hidden: false,
      datasetIndex: 0,
    }));
}

/** Draws the chart; synchronous (about 10–30 ms), encoding is separate. */
function drawChart(spec: ChartSpec, options: Required<ChartRenderOptions>) {
  const font = registerChartFonts();
  const { digits, width, scale } = options;
  const compact = spec.bars.length > COMPACT_AFTER;
  const rowHeight = compact ? LAYOUT.compactRowHeight : LAYOUT.rowHeight;
  const height = Math.max(LAYOUT.minHeight, headerHeight(spec) + LAYOUT.legend + spec.bars.length * rowHeight + LAYOUT.axis + LAYOUT.footer);
  // Logical size; chart.js scales the canvas by devicePixelRatio itself.
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  installRtlShim(canvas, ctx);
  ctx.direction = 'rtl';
  const values = spec.bars.flatMap((b) => [b.value, b.high ?? b.value]);
  const max = Math.max(1, ...values);
  const logarithmic = usesLogScale(values);
  // A decade below the smallest number, so the smallest bar is still a bar.
  const logMin = Math.max(0, Math.floor(Math.log10(Math.max(1, Math.min(...values.filter((v) => v > 0))))) - 1);
  const logSpan = Math.log10(max) - logMin;
  const x = logarithmic
    ? {
        type: 'logarithmic' as const,
        min: 10 ** logMin,
        // The same room past the largest bar as on a linear axis: a third of the axis again.
        max: 10 ** (Math.log10(max) + logSpan * 0.35),
        ticks: { font: { family: font, size: 13 }, color: MUTED, autoSkip: false, maxRotation: 0, callback: (v: string | number) => (isPowerOfTen(Number(v)) ? axisNumber(Number(v), digits) : '') },
        // Grid lines at powers of ten only: the 2…9 lines of every decade are noise.
        grid: { color: (c: { tick?: { value: number } }) => (c.tick && isPowerOfTen(c.tick.value) ? '#e2e8f0' : 'rgba(0,0,0,0)') },
      }
    : {
        type: 'linear' as const,
        beginAtZero: true,
        // Room past the largest bar for its label and arrow.
        suggestedMax: max * 1.28,
        ticks: { font: { family: font, size: 13 }, color: MUTED, maxTicksLimit: 7, callback: (v: string | number) => axisNumber(Number(v), digits) },
      };
  const config: ChartConfiguration<'bar', Array<number | [number, number]>, string[]> = {
    type: 'bar',
    data: {
      labels: spec.bars.map((b) => barLabel(b, digits, compact)),
      datasets: [
        {
          data: spec.bars.map(drawnValue),
          backgroundColor: spec.bars.map((b) => (b.withdrawn || b.shape === 'vague' ? 'rgba(255,255,255,0)' : b.shape === 'exact' || b.shape === 'more' ? colourOf(b) : withAlpha(colourOf(b), 0.18))),
          borderWidth: 0,
          barPercentage: 0.9,
          categoryPercentage: 0.8,
          borderSkipped: false,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: false,
      animation: false,
      events: [],
      devicePixelRatio: scale,
      font: { family: font, size: 14 },
      color: INK,
      layout: { padding: { top: headerHeight(spec), left: LAYOUT.side, right: LAYOUT.side, bottom: LAYOUT.footer } },
      scales: {
        x: { grid: { color: '#e2e8f0' }, ...x, reverse: true },
        y: {
          position: 'right',
          // Labels flush with the image's right edge, as Arabic text is set.
          ticks: { font: { family: font, size: 14 }, color: INK, autoSkip: false, crossAlign: 'far' },
          grid: { display: false },
        },
      },
      plugins: {
        legend: {
          display: true,
          position: 'top',
          align: 'end',
          rtl: true,
          textDirection: 'rtl',
          labels: { font: { family: font, size: 14 }, color: INK, boxWidth: 26, boxHeight: 14, generateLabels: () => legendItems(spec) },
        },
        tooltip: { enabled: false },
      },
    },
    plugins: [backgroundPlugin, decorationsPlugin(spec, digits, font), headerPlugin(spec, digits, font, logarithmic)],
  };
  // chart.js takes a canvas-like item; @napi-rs/canvas provides getContext('2d') and width/height.
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], config);
  return { chart, canvas, width: canvas.width, height: canvas.height, logarithmic };
}

function chartLayout(chart: Chart, spec: ChartSpec, scale: number): ChartLayout {
  const px = (b: Box): Box => ({ left: Math.round(b.left * scale), top: Math.round(b.top * scale), width: Math.round(b.width * scale), height: Math.round(b.height * scale) });
  const area = chart.chartArea;
  const y = chart.scales.y!;
  const x = chart.scales.x!;
  const bars = spec.bars.map((_, i) => {
    const g = geometry(chart, i);
    return px({ left: Math.min(g.x, g.base), top: g.y - g.height / 2, width: Math.abs(g.x - g.base), height: g.height });
  });
  const rowHeight = spec.bars.length ? (area.bottom - area.top) / spec.bars.length : 0;
  const labels = spec.bars.map((_, i) => px({ left: area.right + 4, top: y.getPixelForTick(i) - rowHeight / 2, width: chart.width - area.right - 4, height: rowHeight }));
  let band: Box | undefined;
  if (spec.disputed && spec.spread) {
    const clamp = (p: number) => Math.min(area.right, Math.max(area.left, p));
    const a = clamp(x.getPixelForValue(spec.spread.low));
    const b = clamp(x.getPixelForValue(spec.spread.high));
    band = px({ left: Math.min(a, b), top: area.top, width: Math.max(2, Math.abs(a - b)), height: area.bottom - area.top });
  }
  return { plot: px({ left: area.left, top: area.top, width: area.right - area.left, height: area.bottom - area.top }), bars, labels, header: px({ left: 0, top: 0, width: chart.width, height: 80 }), band, axis: x.type === 'logarithmic' ? 'logarithmic' : 'linear' };
}

function fileName(spec: ChartSpec): string {
  return `figure-${spec.id}.png`.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** Renders one chart to PNG (encoding runs off the main thread). */
export async function renderChart(spec: ChartSpec, options: ChartRenderOptions = {}): Promise<ChartImage> {
  const resolved = resolveChartOptions(options);
  const started = performance.now();
  const { chart, canvas, width, height } = drawChart(spec, resolved);
  const drawn = performance.now();
  try {
    const png = await canvas.encode('png');
    const timing = { draw_ms: drawn - started, encode_ms: performance.now() - drawn };
    return { name: fileName(spec), png, width, height, description: chartDescription(spec), layout: chartLayout(chart, spec, resolved.scale), timing };
  } finally {
    chart.destroy();
  }
}
