import type { CommandInvocation, DeskCommand } from '../src/command/types.ts';
import type { Desk } from '../src/desk/desk.ts';
import { renderDiscordWithCharts } from '../src/render/chart-discord.ts';
import { MAX_CHART_BARS, type ChartBar, type ChartSpec, type ChartValueShape } from '../src/render/chart-spec.ts';
import { renderChart } from '../src/render/chart.ts';

/**
 * The chart case of `npm run bench`: drawing and encoding one chart (goal p99 ≤ 100 ms), and
 * /figure answered with its charts on a large desk, from a cold answer (goal: well inside the
 * 3 s Discord allows before the first acknowledgement; the bot defers after 1 s anyway).
 */

export interface ChartBench {
  render_p50_ms: number;
  render_p99_ms: number;
  /** Of which drawing (chart.js on the canvas) and PNG encoding, p50. */
  draw_p50_ms: number;
  encode_p50_ms: number;
  /** Process CPU time per chart (all threads): what a chart costs when the machine is not shared. */
  render_cpu_ms: number;
  /** Bars in the charts rendered (the largest a chart gets). */
  bars: number;
  /** The desk's own /figure charts (a few bars each, the usual case): p50 and p99. */
  desk_charts: number;
  desk_render_p50_ms: number;
  desk_render_p99_ms: number;
  figure_with_chart_p50_ms: number;
  figure_with_chart_p99_ms: number;
  figure_with_chart_max_ms: number;
}

const RENDERS = Number(process.env.BENCH_CHARTS ?? 200);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

/** A full chart: every shape, a withdrawn claim, a dispute — the most a chart draws. */
function fullSpec(i: number): ChartSpec {
  const shapes: ChartValueShape[] = ['exact', 'about', 'more', 'less', 'range', 'vague'];
  const bars: ChartBar[] = Array.from({ length: MAX_CHART_BARS }, (_, b) => ({
    source: b % 3 === 0 ? 'الجزيرة' : b % 3 === 1 ? 'TRT عربي' : 'Reuters',
    article: String(b).padStart(3, '0'),
    date: `2024-0${1 + (b % 9)}-1${b % 10}`,
    attribution: b % 2 ? 'وزارة الداخلية' : null,
    value: 100 + ((b * 37 + i) % 900),
    high: shapes[b % shapes.length] === 'range' ? 1200 : undefined,
    shape: shapes[b % shapes.length]!,
    withdrawn: b === MAX_CHART_BARS - 1,
    claim: b % 5,
  }));
  return { id: `bench-${i}`, title: 'قتلى — قوات الأمن', titleEn: 'deaths — security forces', unit: 'شخص', story: { id: 'S001', ar: 'زلزال · المغرب', en: 'earthquake · Morocco' }, disputed: true, dispute: 'disagree', spread: { low: 100, high: 1200 }, bars, omitted: 3 };
}

export async function benchCharts(desk: Desk, commands: readonly DeskCommand[]): Promise<ChartBench> {
  for (let i = 0; i < 10; i++) await renderChart(fullSpec(i)); // warm: font registration, JIT
  const renders: number[] = [];
  const draws: number[] = [];
  const encodes: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < RENDERS; i++) {
    const spec = fullSpec(i);
    const t = performance.now();
    const image = await renderChart(spec, { digits: i % 2 ? 'arabic' : 'western' });
    renders.push(performance.now() - t);
    draws.push(image.timing.draw_ms);
    encodes.push(image.timing.encode_ms);
  }
  const cpu = process.cpuUsage(cpuBefore);
  for (const list of [renders, draws, encodes]) list.sort((a, b) => a - b);

  // /figure per topic with figures, each the first time it is asked on this desk (nothing memoised).
  const figure = commands.find((c) => c.data.name === 'figure');
  const invocation = (topic: string): CommandInvocation => ({ options: { topic }, user: { id: 'bench', name: 'bench', isAdmin: false }, surface: 'discord' });
  const answers: number[] = [];
  if (figure) {
    for (const { id } of desk.lexicons.topics) {
      const t = performance.now();
      const doc = await figure.execute(invocation(id), { desk, commands });
      await renderDiscordWithCharts(doc);
      answers.push(performance.now() - t);
    }
  }
  answers.sort((a, b) => a - b);

  // The charts /figure gives on this desk (a few bars each, the usual case), each drawn afresh: renderChart bypasses the image cache.
  const deskSpecs: ChartSpec[] = [];
  for (const { id } of desk.lexicons.topics) deskSpecs.push(...((await figure?.execute(invocation(id), { desk, commands }))?.charts ?? []));
  const deskRenders: number[] = [];
  for (let i = 0; deskSpecs.length && i < RENDERS; i++) {
    const t = performance.now();
    await renderChart(deskSpecs[i % deskSpecs.length]!);
    deskRenders.push(performance.now() - t);
  }
  deskRenders.sort((a, b) => a - b);
  return {
    render_p50_ms: round(percentile(renders, 50)),
    render_p99_ms: round(percentile(renders, 99)),
    draw_p50_ms: round(percentile(draws, 50)),
    encode_p50_ms: round(percentile(encodes, 50)),
    render_cpu_ms: round((cpu.user + cpu.system) / 1000 / RENDERS),
    bars: MAX_CHART_BARS,
    desk_charts: deskSpecs.length,
    desk_render_p50_ms: round(percentile(deskRenders, 50)),
    desk_render_p99_ms: round(percentile(deskRenders, 99)),
    figure_with_chart_p50_ms: round(percentile(answers, 50)),
    figure_with_chart_p99_ms: round(percentile(answers, 99)),
    figure_with_chart_max_ms: round(answers.at(-1) ?? 0),
  };
}
