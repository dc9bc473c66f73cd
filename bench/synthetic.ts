import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/corpus/load.ts';

/**
 * Deterministic synthetic corpora for benchmarks: articles recombined from the seed articles'
 * body paragraphs, with names, numbers and dates varied by a seeded RNG, so every run at a given
 * size indexes exactly the same text.
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
  /** Capitalised names seen in the seeds' speaker positions, to swap with synthetic ones. */
}

export function readSeedMaterial(seedDir: string): SeedMaterial {
  const headlines: string[] = [];
  const paragraphs: string[] = [];
  for (const file of readdirSync(seedDir).sort()) {
    const article = parseArticle(file, join(seedDir, file), readFileSync(join(seedDir, file), 'utf8'));
    headlines.push(article.meta.title);
    for (const p of article.paragraphs) if (p.role === 'body' && p.text.length > 60) paragraphs.push(p.text);
  }
  return { headlines, paragraphs };
}

function vary(text: string, rand: () => number): string {
  return text
    .replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand())))))
    .replace(/كازاخستان/g, () => PLACES[Math.floor(rand() * PLACES.length)]!)
    .replace(/الاثنين|الإثنين/g, () => ['الأحد', 'الثلاثاء', 'الأربعاء', 'الخميس'][Math.floor(rand() * 4)]!);
}

export function syntheticArticle(material: SeedMaterial, index: number, rand: () => number): { file: string; text: string } {
  const name = NAMES[Math.floor(rand() * NAMES.length)]!;
  const headline = vary(material.headlines[Math.floor(rand() * material.headlines.length)]!, rand);
  const count = 4 + Math.floor(rand() * 10);
  const body: string[] = [];
  for (let i = 0; i < count; i++) body.push(vary(material.paragraphs[Math.floor(rand() * material.paragraphs.length)]!, rand));
  // One statement per article by a synthetic speaker, so speaker indices grow with the corpus.
  body.splice(1, 0, `وقال ${name} إن "الوضع في ${PLACES[index % PLACES.length]} يتحسن تدريجياً" مضيفاً أن ${10 + Math.floor(rand() * 990)} شخصاً اعتقلوا.`);
  const date = `تاريخ النشر: ${1 + Math.floor(rand() * 28)} ${MONTHS[Math.floor(rand() * 12)]}، ${2018 + Math.floor(rand() * 7)}`;
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
