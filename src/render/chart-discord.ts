import type { APIEmbed } from 'discord.js';
import { docChartImages } from './chart-images.ts';
import type { ChartImage, ChartRenderOptions } from './chart.ts';
import { renderDiscord, type DiscordFile, type DiscordMessage, type RenderOptions } from './discord.ts';
import type { Doc } from './doc.ts';

/**
 * A Doc with charts → Discord pages whose first page carries the PNGs as attachments, each shown
 * by an embed through `attachment://<file name>`. Discord's limits bound what is attached: files
 * per message, bytes per file and per message, embeds per message; a chart that would break one
 * is left out (the text answer is complete without it) and counted.
 */

export const ATTACHMENT_LIMITS = {
  /** Discord: 10 files per message. */
  files: 10,
  /** Discord's smallest per-file upload limit for a bot in a server without boosts (8 MiB; newer servers allow 10). */
  fileBytes: 8 * 1024 * 1024,
  /** All files of one message together, kept well under the request limit. */
  messageBytes: 8 * 1024 * 1024,
  /** Discord: 10 embeds per message; the answer's own embed is one of them. */
  embeds: 10,
  /** Discord: 1024 characters of attachment description. */
  description: 1024,
} as const;

/** A reply shows at most this many charts (one per quantity, disputed first); more is a wall of images. */
export const MAX_CHARTS_PER_MESSAGE = 4;
/** The digest charts every disagreement it reports, as many as one message's embeds can show. */
export const DIGEST_MAX_CHARTS = ATTACHMENT_LIMITS.embeds - 1;

/** Images that fit one message, in order, and how many did not. */
export function fitAttachments(images: readonly ChartImage[], max = MAX_CHARTS_PER_MESSAGE): { fitted: ChartImage[]; dropped: number } {
  const fitted: ChartImage[] = [];
  let bytes = 0;
  for (const image of images) {
    const fits =
      fitted.length < Math.min(max, ATTACHMENT_LIMITS.files, ATTACHMENT_LIMITS.embeds - 1) &&
      image.png.length <= ATTACHMENT_LIMITS.fileBytes &&
      bytes + image.png.length <= ATTACHMENT_LIMITS.messageBytes &&
      /^[A-Za-z0-9._-]+$/.test(image.name);
    if (!fits) continue;
    fitted.push(image);
    bytes += image.png.length;
  }
  return { fitted, dropped: images.length - fitted.length };
}

/** Adds the images to the first page: files, their attachments entries, and one embed image each. */
export function attachImages(pages: DiscordMessage[], images: readonly ChartImage[], max = MAX_CHARTS_PER_MESSAGE): DiscordMessage[] {
  const { fitted } = fitAttachments(images, max);
  if (!fitted.length || !pages.length) return pages;
  const [first, ...rest] = pages;
  const embeds: APIEmbed[] = [...(first!.embeds ?? [])];
  const colour = embeds[0]?.color;
  fitted.forEach((image, i) => {
    const url = `attachment://${image.name}`;
    // The first chart sits in the answer's embed; the others get an embed of their own.
    if (i === 0 && embeds[0] && !embeds[0].image) embeds[0] = { ...embeds[0], image: { url } };
    else embeds.push({ ...(colour !== undefined ? { color: colour } : {}), image: { url } });
  });
  const files: DiscordFile[] = fitted.map((image) => ({ name: image.name, data: image.png, description: image.description.slice(0, ATTACHMENT_LIMITS.description), contentType: 'image/png' }));
  return [{ ...first!, embeds, files, attachments: files.map((f, id) => ({ id: String(id), filename: f.name, description: f.description })) }, ...rest];
}

export interface ChartDeliveryOptions extends RenderOptions {
  chart?: ChartRenderOptions;
  maxCharts?: number;
  /** Told when charts could not be drawn; the answer then goes without them. */
  onChartError?: (err: Error) => void;
}

/**
 * renderDiscord plus the Doc's charts (drawn once per Doc and digit style, then from memory). A
 * chart that fails to draw never costs the answer: the pages go out as text alone.
 */
export async function renderDiscordWithCharts(doc: Doc, options: ChartDeliveryOptions = {}): Promise<DiscordMessage[]> {
  const pages = renderDiscord(doc, options);
  if (!doc.charts?.length || doc.tone === 'error') return pages;
  try {
    return attachImages(pages, await docChartImages(doc, options.chart), options.maxCharts);
  } catch (err) {
    options.onChartError?.(err as Error);
    return pages;
  }
}

/** Draws a Doc's charts ahead of delivery (e.g. inside Discord's first-answer window); never throws. */
export async function prepareCharts(doc: Doc, options: ChartRenderOptions = {}): Promise<void> {
  if (!doc.charts?.length || doc.tone === 'error') return;
  await docChartImages(doc, options).catch(() => undefined);
}
