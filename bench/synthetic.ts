import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/corpus/load.ts';

/**
 * Deterministic synthetic corpora for benchmarks, shaped like an archive of many stories: every
 * synthetic story draws its own few paragraphs from the material (the real articles of
 * ../shared/dev and ../shared/real when present, else the seed articles) and gets its own place
 * and speaker; its articles (STORY_SIZE on average) are subsets of those paragraphs with numbers,
 * days and dates varied by a seeded RNG. So posting lists, story grouping and memory see thousands
 * of distinct stories, and every run at a given size indexes exactly the same text.
 */

/** mulberry32: tiny, fast, good enough to vary benchmark text reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['سامي الخطيب', 'ليلى منصور', 'كريم الحسن', 'نادية فارس', 'عمر الجبوري', 'هدى السالم', 'يوسف العلي', 'مريم داود', 'خالد نصار', 'رنا عيسى'];
const PLACES = ['بيروت', 'الخرطوم', 'طرابلس', 'بغداد', 'عمّان', 'تونس', 'الرباط', 'صنعاء', 'دمشق', 'القاهرة'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

interface SeedMaterial {
  headlines: string[];
  paragraphs: string[];
}

/** Real articles a bench may read when the shared development data is present (never shipped). */
const SHARED_MATERIAL = ['../shared/dev/articles', '../shared/real/articles'];
/** Articles per synthetic story, on average, and paragraphs each story draws from the material. */
const STORY_SIZE = 5;
const STORY_PARAGRAPHS = 8;

function readDir(dir: string, headlines: string[], paragraphs: string[]): void {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  } catch {
    return;
  }
  for (const file of files) {
    const article = parseArticle(file, join(dir, file), readFileSync(join(dir, file), 'utf8'));
    headlines.push(article.meta.title);
    for (const p of article.paragraphs) if (p.role === 'body' && p.text.length > 60) paragraphs.push(p.text);
  }
}

/** Material from the shared real articles when present, else (or also, when few) the seeds. */
export function readSeedMaterial(seedDir: string): SeedMaterial {
  const headlines: string[] = [];
  const paragraphs: string[] = [];
  for (const dir of SHARED_MATERIAL) readDir(dir, headlines, paragraphs);
  if (paragraphs.length < 50) readDir(seedDir, headlines, paragraphs);
  return { headlines, paragraphs };
}

/** Where and who a synthetic story is about, and which paragraphs it tells: fixed by its number. */
function storyPlan(material: SeedMaterial, story: number): { place: string; name: string; headline: string; paragraphs: string[] } {
  const rand = seededRandom(1_000_003 + story * 7919);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const paragraphs = Array.from({ length: STORY_PARAGRAPHS }, () => pick(material.paragraphs));
  return { place: pick(PLACES), name: pick(NAMES), headline: pick(material.headlines), paragraphs };
}

/** Place names of the material (the synthetic list and common ones of real copy) become the story's own place. */
const PLACE_WORDS = new RegExp([...PLACES, 'كازاخستان', 'ألماتي', 'ألما آتا', 'مصر', 'العراق', 'اليمن', 'باكستان', 'غزة', 'السعودية', 'سوهاج', 'الناصرية', 'لبنان', 'السودان', 'ليبيا'].join('|'), 'g');

function vary(text: string, rand: () => number, place: string): string {
  return text
    .replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand())))))
    .replace(PLACE_WORDS, place)
    .replace(/الاثنين|الإثنين/g, () => ['الأحد', 'الثلاثاء', 'الأربعاء', 'الخميس'][Math.floor(rand() * 4)]!);
}

export function syntheticArticle(material: SeedMaterial, index: number, rand: () => number): { file: string; text: string } {
  // Articles of one story are near one another in the archive, as when a story is followed for days.
  const story = Math.floor(index / STORY_SIZE) + (rand() < 0.2 ? Math.floor(rand() * 3) : 0);
  const plan = storyPlan(material, story);
  const headline = vary(plan.headline, rand, plan.place);
  const count = 3 + Math.floor(rand() * 5);
  const body: string[] = [];
  for (let i = 0; i < count; i++) body.push(vary(plan.paragraphs[Math.floor(rand() * plan.paragraphs.length)]!, rand, plan.place));
  // One statement per article by the story's speaker, so speaker indices grow with the corpus.
  body.splice(1, 0, `وقال ${plan.name} إن "الوضع في ${plan.place} يتحسن تدريجياً" مضيفاً أن ${10 + Math.floor(rand() * 990)} شخصاً اعتقلوا.`);
  const year = 2018 + (story % 7);
  const date = `تاريخ النشر: ${1 + Math.floor(rand() * 28)} ${MONTHS[story % 12]}، ${year}`;
  const id = String(index).padStart(6, '0');
  return { file: `${id}_synthetic.txt`, text: [headline, '', date, '', ...body, '', 'المصدر: وكالة الأنباء التجريبية'].join('\n') };
}


/** Writes `count` synthetic articles into `dir`; returns the total bytes written. */
export function writeSyntheticCorpus(dir: string, count: number, seedDir: string, seed = 2022): number {
  mkdirSync(dir, { recursive: true });
  const material = readSeedMaterial(seedDir);
  const rand = seededRandom(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { file, text } = syntheticArticle(material, i, rand);
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
