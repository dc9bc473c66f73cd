import { formatRatio, scorerContains, scorerNorm } from './arnorm.ts';

/**
 * Statements, speakers and figures against a gold file — the rule of shared/eval/eval_extract.py,
 * ported line for line so its figures are reproduced exactly (tests compare the two when Python is
 * there). Input is the desk's export (src/export/export-json.ts) as plain JSON.
 */

export interface GoldSpeaker {
  en: string;
  forms: string[];
}
export interface GoldQuote {
  article: string;
  speaker: string;
  key: string;
  core: boolean;
  kind?: string;
}
export interface GoldFigure {
  article: string;
  topic: string;
  value: number;
  note?: string;
  group?: string;
  role?: string;
  bound?: string;
  approx?: boolean;
}
export interface GoldQuery {
  command: string;
  expect: { speaker?: string; min_results?: number; values?: number[]; articles?: string[]; article?: string };
}
export interface GoldConflict {
  topic: string;
  articles: string[];
}
export interface GoldFile {
  speakers: Record<string, GoldSpeaker>;
  quotes: GoldQuote[];
  negatives: Array<{ article: string; key: string }>;
  figures: GoldFigure[];
  queries?: GoldQuery[];
  stories?: Record<string, string>;
  conflicts?: GoldConflict[];
}

/** The parts of an export the scorer reads (anything else is ignored, as the Python scorer does). */
export interface ScoredExport {
  quotes?: Array<{ article?: unknown; text?: string; speaker?: unknown }>;
  figures?: Array<{ article?: unknown; value?: unknown; topic?: string | null; unit?: unknown }>;
}

export const TOPIC_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  arrests: ['arrests', 'arrest', 'arrested', 'detentions', 'detained', 'detainees'],
  deaths: ['deaths', 'death', 'killed', 'dead', 'fatalities', 'death toll', 'casualties'],
  injuries: ['injuries', 'injured', 'wounded', 'injury'],
  troops: ['troops', 'soldiers', 'forces', 'personnel', 'peacekeepers'],
  equipment: ['equipment', 'military equipment', 'vehicles'],
  aircraft: ['aircraft', 'planes', 'airplanes', 'flights'],
  militants: ['militants', 'terrorists', 'fighters', 'gunmen'],
  refugees: ['refugees', 'returnees'],
  debt: ['debt', 'money', 'currency', 'amount'],
  money: ['money', 'debt', 'budget', 'amount', 'currency', 'funding', 'aid', 'cost', 'revenue', 'investment'],
  cases: ['cases', 'infections', 'infected', 'new cases', 'confirmed cases', 'active cases'],
  recoveries: ['recoveries', 'recovered', 'recovery'],
  missing: ['missing', 'missing persons', 'disappeared'],
  displaced: ['displaced', 'homeless', 'evacuated', 'refugees'],
  percent: ['percent', 'percentage', 'rate', 'inflation', 'interest rate', 'growth', 'share'],
};
const PERCENT_UNITS = ['%', '٪', 'percent', 'بالمئة', 'بالمائة', 'في المائة', 'في المئة', 'مئوية'];

/** A speaker field as text: a string as is; an object's string values and string list items, joined. */
export function speakerText(sp: unknown): string {
  if (sp === null || sp === undefined) return '';
  if (typeof sp === 'string') return sp;
  if (typeof sp === 'object' && !Array.isArray(sp)) {
    const parts: string[] = [];
    for (const v of Object.values(sp as Record<string, unknown>)) {
      if (typeof v === 'string') parts.push(v);
      else if (Array.isArray(v)) parts.push(...v.filter((x): x is string => typeof x === 'string'));
    }
    return parts.join(' | ');
  }
  return String(sp);
}

function speakerOk(sp: unknown, gold: GoldSpeaker): boolean {
  const t = scorerNorm(speakerText(sp));
  return gold.forms.some((f) => {
    const n = scorerNorm(f);
    return n !== '' && t.includes(n);
  });
}

function topicOk(topic: string | null | undefined, want: string, unit: unknown): boolean {
  if (!want) return true;
  if (want === 'percent' && unit && PERCENT_UNITS.some((u) => String(unit).toLowerCase().includes(u))) return true;
  const t = (topic ?? '').trim().toLowerCase();
  return t === want || (TOPIC_SYNONYMS[want] ?? [want]).includes(t);
}

export interface ExtractScore {
  extracted: number;
  good: number;
  wrongSpeaker: number;
  boilerplate: number;
  unlabelled: number;
  quoteRecall: number;
  attribution: number;
  precision: number;
  figureRecall: number;
  /** Human-readable misses, in the Python scorer's --verbose wording. */
  misses: string[];
}

export function scoreExtraction(exp: ScoredExport, gold: GoldFile): ExtractScore {
  const quotes = exp.quotes ?? [];
  const figures = exp.figures ?? [];
  const misses: string[] = [];
  const core = gold.quotes.filter((g) => g.core);
  let found = 0;
  let correct = 0;
  for (const g of gold.quotes) {
    const cands = quotes.filter((x) => String(x.article) === g.article && scorerContains(x.text ?? '', g.key));
    const ok = cands.some((x) => speakerOk(x.speaker, gold.speakers[g.speaker]!));
    if (g.core) {
      found += cands.length > 0 ? 1 : 0;
      correct += ok ? 1 : 0;
    }
    if (!ok) {
      const why = cands.length === 0 ? 'MISSED' : `WRONG SPEAKER ${cands.slice(0, 3).map((x) => speakerText(x.speaker).slice(0, 60)).join('; ')}`;
      misses.push(`  ${why.padEnd(40)} ${g.article} ${g.speaker.padEnd(20)} ${g.core ? 'core' : 'opt '} ${g.key}`);
    }
  }
  let good = 0;
  let wrong = 0;
  let boiler = 0;
  let unlabelled = 0;
  for (const x of quotes) {
    const art = String(x.article);
    const txt = x.text ?? '';
    const gs = gold.quotes.filter((g) => g.article === art && scorerContains(txt, g.key));
    if (gs.length > 0) {
      if (gs.some((g) => speakerOk(x.speaker, gold.speakers[g.speaker]!))) good++;
      else wrong++;
    } else if (gold.negatives.some((n) => n.article === art && scorerContains(txt, n.key))) {
      boiler++;
      misses.push(`  BOILERPLATE ${art} ${txt.slice(0, 80)}`);
    } else {
      unlabelled++;
      misses.push(`  UNLABELLED  ${art} ${speakerText(x.speaker).slice(0, 40)} :: ${txt.slice(0, 90)}`);
    }
  }
  let figFound = 0;
  for (const g of gold.figures) {
    const ok = figures.some(
      (x) =>
        String(x.article) === g.article &&
        typeof x.value === 'number' &&
        Math.abs(x.value - g.value) <= Math.max(0.5, 0.005 * g.value) &&
        topicOk(x.topic, g.topic, x.unit),
    );
    if (ok) figFound++;
    else misses.push(`  FIGURE MISSED ${g.article} ${g.topic} ${g.value} ${g.note ?? ''}`);
  }
  const n = quotes.length;
  return {
    extracted: n,
    good,
    wrongSpeaker: wrong,
    boilerplate: boiler,
    unlabelled,
    quoteRecall: core.length ? found / core.length : 0,
    attribution: core.length ? correct / core.length : 0,
    precision: n ? good / n : 0,
    figureRecall: gold.figures.length ? figFound / gold.figures.length : 0,
    misses,
  };
}

/** The Python scorer's two summary lines. */
export function formatExtractScore(s: ExtractScore): string[] {
  return [
    `quotes extracted=${s.extracted} good=${s.good} wrong_speaker=${s.wrongSpeaker} boilerplate=${s.boilerplate} unlabelled=${s.unlabelled}`,
    `quote_recall=${formatRatio(s.quoteRecall)} attribution=${formatRatio(s.attribution)} precision=${formatRatio(s.precision)} figure_recall=${formatRatio(s.figureRecall)} boilerplate_hits=${s.boilerplate}`,
  ];
}
