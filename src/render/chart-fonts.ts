import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

/**
 * The chart font: Noto Naskh Arabic from its npm package (no system fonts, nothing downloaded).
 * Fontsource splits the face by script; the Arabic and Latin files are registered under one family
 * so a label mixing both ("الجزيرة · AFP") is set in one typeface, shaped by the canvas.
 */

export const CHART_FONT_FAMILY = 'Desk Naskh';

const FILES = ['arabic-400', 'latin-400', 'arabic-700', 'latin-700'].map((face) => `@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-${face}-normal.woff2`);

let registered = false;

/** Registers the family once per process; throws with the missing file when the package is incomplete. */
export function registerChartFonts(): string {
  if (registered) return CHART_FONT_FAMILY;
  const require = createRequire(import.meta.url);
  for (const file of FILES) {
    const path = require.resolve(file);
    if (!GlobalFonts.registerFromPath(path, CHART_FONT_FAMILY)) throw new Error(`chart font could not be registered: ${path}`);
  }
  registered = true;
  return CHART_FONT_FAMILY;
}
