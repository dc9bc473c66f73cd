import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChartSpec } from './chart-spec.ts';
import { renderChart, resolveChartOptions, type ChartDigits, type ChartImage, type ChartRenderOptions } from './chart.ts';
import type { Doc } from './doc.ts';

/**
 * A Doc's charts as PNG images, for every surface. Answers are memoised by the desk (the same Doc
 * object until the desk changes), so each spec is drawn once per digit style and then served from
 * memory.
 */

const cache = new WeakMap<ChartSpec, Map<string, Promise<ChartImage>>>();

export function chartImage(spec: ChartSpec, options: ChartRenderOptions = {}): Promise<ChartImage> {
  const resolved = resolveChartOptions(options);
  const key = `${resolved.digits}|${resolved.width}|${resolved.scale}`;
  let byOptions = cache.get(spec);
  if (!byOptions) cache.set(spec, (byOptions = new Map()));
  let image = byOptions.get(key);
  if (!image) {
    image = renderChart(spec, resolved);
    // A failed render is not cached: the next delivery tries again.
    image.catch(() => byOptions!.delete(key));
    byOptions.set(key, image);
  }
  return image;
}

/** Every chart of a Doc, in order; names made unique within the answer. */
export async function docChartImages(doc: Doc, options: ChartRenderOptions = {}): Promise<ChartImage[]> {
  const images = await Promise.all((doc.charts ?? []).map((spec) => chartImage(spec, options)));
  const seen = new Map<string, number>();
  return images.map((image) => {
    const n = (seen.get(image.name) ?? 0) + 1;
    seen.set(image.name, n);
    return n === 1 ? image : { ...image, name: image.name.replace(/\.png$/, `-${n}.png`) };
  });
}

/** Where the console writes charts when no --charts directory is given. */
export function defaultChartsDir(): string {
  return join(tmpdir(), 'desk-charts');
}

export interface WrittenChart {
  path: string;
  description: string;
}

/** Writes a Doc's charts as PNG files into `dir` (created if needed) and returns their paths. */
export async function writeDocCharts(doc: Doc, options: { dir?: string; digits?: ChartDigits } = {}): Promise<WrittenChart[]> {
  if (!doc.charts?.length) return [];
  const dir = options.dir ?? defaultChartsDir();
  await mkdir(dir, { recursive: true });
  const images = await docChartImages(doc, { digits: options.digits });
  return Promise.all(
    images.map(async (image) => {
      const path = join(dir, image.name);
      await writeFile(path, image.png);
      return { path, description: image.description };
    }),
  );
}
