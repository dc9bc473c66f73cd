import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { mkdirSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomically } from '../ingest/files.ts';

/**
 * The feed list, `data/feeds.json` (or `--feeds FILE` / FEEDS_FILE): a JSON array of
 *
 *     { "url": "https://example.com/rss", "outlet": "صحيفة المثال", "language": "ar",
 *       "intervalMinutes": 15, "keywords": ["الموازنة", "النفط"] }
 *
 * An absent or empty file means no feeds. A bad entry is reported and skipped; the others load.
 */

export const DEFAULT_FEEDS_FILE = 'data/feeds.json';
export const DEFAULT_INTERVAL_MINUTES = 15;

export const feedSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
  outlet: z.string({ error: 'is required (the name editors know the source by)' }).trim().min(1, 'is required (the name editors know the source by)'),
  language: z.string().trim().min(2).max(12).optional(),
  intervalMinutes: z.number().int().min(1).max(24 * 60).optional(),
  /** Only items whose title or text holds one of these (Arabic matched loosely) are taken. */
  keywords: z.array(z.string().trim().min(1)).max(100).optional(),
});

export type FeedConfig = z.infer<typeof feedSchema>;

export interface FeedList {
  feeds: FeedConfig[];
  warnings: string[];
}

/** The `--feeds FILE` flag as src/cli/args.ts declares flags. */
export const FEEDS_FLAG = { value: true, usage: '--feeds FILE' } as const;

/** `--feeds FILE` / `--feeds=FILE`, else FEEDS_FILE, else data/feeds.json. */
export function feedsFileFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.findIndex((a) => a === '--feeds' || a.startsWith('--feeds='));
  if (i >= 0) {
    const arg = argv[i]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
    if (value) return value;
  }
  return env.FEEDS_FILE || DEFAULT_FEEDS_FILE;
}

export function loadFeedList(path: string): FeedList {
  if (!existsSync(path)) return { feeds: [], warnings: [] };
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    return { feeds: [], warnings: [`${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); no feeds polled`] };
  }
  if (!raw.trim()) return { feeds: [], warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    return { feeds: [], warnings: [`${path}: not valid JSON (${(err as Error).message}); no feeds polled`] };
  }
  if (!Array.isArray(data)) return { feeds: [], warnings: [`${path}: must be a JSON array of feeds; no feeds polled`] };
  const feeds: FeedConfig[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  data.forEach((entry, i) => {
    const parsed = feedSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      warnings.push(`${path}: feed ${i + 1} skipped: ${issue.path.join('.') || 'entry'} ${issue.message}`);
      return;
    }
    if (seen.has(parsed.data.url)) {
      warnings.push(`${path}: feed ${i + 1} skipped: ${parsed.data.url} is listed twice`);
      return;
    }
    seen.add(parsed.data.url);
    feeds.push(parsed.data);
  });
  return { feeds, warnings };
}

/** Adds a feed to the list file (made if absent). Returns a reason when it cannot. */
export function addFeedToList(path: string, feed: FeedConfig): { ok: true; feeds: FeedConfig[] } | { ok: false; reason: string } {
  const current = loadFeedList(path);
  if (current.warnings.some((w) => /no feeds polled/.test(w))) return { ok: false, reason: current.warnings[0]! };
  if (current.feeds.some((f) => f.url === feed.url)) return { ok: false, reason: `${feed.url} is already in ${path}` };
  let existing: unknown[] = [];
  try {
    const raw = existsSync(path) ? readFileSync(path, 'utf8') : '';
    existing = raw.trim() ? (JSON.parse(raw) as unknown[]) : [];
  } catch {
    existing = [];
  }
  // Entries the editor wrote by hand (even ones skipped as invalid) are kept as they were.
  const next = [...existing, feed];
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomically(path, `${JSON.stringify(next, null, 2)}\n`);
  } catch (err) {
    return { ok: false, reason: `cannot write ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  return { ok: true, feeds: [...current.feeds, feed] };
}
