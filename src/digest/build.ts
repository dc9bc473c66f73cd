import type { Desk } from '../desk/desk.ts';
import type { Statement } from '../extract/types.ts';
import type { Doc, DocItem, DocSection } from '../render/doc.ts';
import { trimAtWord } from '../text/excerpt.ts';
import { digestFigures } from './figures.ts';
import { dateLabel } from '../corpus/metadata.ts';

/**
 * The digest's content, as Docs (one per message group): the new articles, the most newsworthy
 * statements in them, and the key figures per topic with disagreements, withdrawals and what
 * contradicts earlier coverage.
 */

export interface DigestScope {
  /** Article ids already covered by an earlier digest. */
  covered: ReadonlySet<string>;
  /** When the last digest was posted (ISO), for the heading. */
  since: string | null;
  /** The schedule's time zone (DIGEST_TIMEZONE), for showing times the way the desk reads them. */
  timezone?: string;
}

/** "2022-01-11 08:00 Asia/Almaty" — the desk's local time when a zone is configured, else UTC. */
export function formatSince(iso: string, timezone = 'UTC'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${timezone}`;
}

const SPEAKERS = 8;
const PER_SPEAKER = 2;
const QUOTE_MAX = 300;

export function buildDigest(desk: Desk, scope: DigestScope): Doc[] {
  // Newest first; undated articles after dated ones, in the order they reached the desk (never by id).
  const fresh = desk.articlesNewestFirst().filter((a) => !scope.covered.has(a.id));
  const sinceText = scope.since ? `since ${formatSince(scope.since, scope.timezone)}` : 'on the desk';
  if (fresh.length === 0) {
    return [{ tone: 'info', title: 'Desk digest', summary: [`No new articles ${sinceText}.`] }];
  }
  const freshIds = new Set(fresh.map((a) => a.id));
  const docs: Doc[] = [
    {
      tone: 'info',
      title: `Desk digest — ${fresh.length} new article${fresh.length === 1 ? '' : 's'} ${sinceText}`,
      sections: [
        {
          title: 'New articles',
          items: fresh.map((a) => ({
            heading: [a.id, a.meta.outlet ?? 'outlet unknown', dateLabel(a.meta)].join(' · '),
            lines: [trimAtWord(a.meta.title, 200)],
          })),
        },
      ],
    },
  ];

  const statementSections = topStatements(desk, freshIds);
  if (statementSections.length > 0) docs.push({ tone: 'info', title: 'Who said what', sections: statementSections });

  const figures = digestFigures(desk, freshIds);
  if (figures.changes.length > 0) {
    docs.push({
      tone: 'warning',
      title: 'What changed against earlier coverage',
      summary: ['New figures that contradict or withdraw ones the desk already had.'],
      sections: [{ items: figures.changes }],
    });
  }
  if (figures.topics.length > 0) {
    docs.push({
      tone: 'info',
      title: 'Key figures',
      summary: ['Per topic, largest first; disagreements between sources and withdrawn figures are called out.'],
      sections: figures.topics,
      // One chart per disagreement reported above (Discord: attached to the first message of this part).
      ...(figures.charts.length ? { charts: figures.charts } : {}),
    });
  }
  return docs;
}

/**
 * Prominent speakers first: how often the whole desk quotes them, plus a bonus for people and
 * bodies in the speaker lexicon; anonymous sources ("a security source") come after named ones.
 * One or two statements each.
 */
function topStatements(desk: Desk, fresh: ReadonlySet<string>): DocSection[] {
  const known = new Set(desk.lexicons.speakers.map((e) => e.id));
  const deskCounts = new Map<string, number>();
  for (const s of desk.statements()) deskCounts.set(s.speakerKey, (deskCounts.get(s.speakerKey) ?? 0) + 1);
  const bySpeaker = new Map<string, Statement[]>();
  for (const id of fresh) {
    for (const s of desk.statements(id)) {
      const list = bySpeaker.get(s.speakerKey) ?? [];
      list.push(s);
      bySpeaker.set(s.speakerKey, list);
    }
  }
  const ranked = [...bySpeaker.entries()]
    .map(([key, statements]) => {
      const kind = desk.speaker(key)?.kind;
      const anonymous = kind === 'source' || kind === 'unknown';
      return { key, statements, weight: (deskCounts.get(key) ?? 0) + (known.has(key) ? 5 : 0) - (anonymous ? 1000 : 0) };
    })
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key))
    .slice(0, SPEAKERS);
  return ranked.map(({ key, statements }) => {
    const speaker = desk.speaker(key);
    const picked = pickStatements(statements);
    const items: DocItem[] = picked.map((s) => {
      const article = desk.getArticle(s.article);
      return {
        heading: `${s.kind === 'direct' ? 'Direct quote' : 'Reported'} — ${[s.article, article?.meta.outlet].filter(Boolean).join(' · ')}`,
        quote: trimAtWord(s.text, QUOTE_MAX),
      };
    });
    const title = speaker ? (speaker.latin && speaker.latin !== speaker.name ? `${speaker.name} · ${speaker.latin}` : speaker.name) : (statements[0]?.speakerMention ?? key);
    return { title, items };
  });
}

/** Direct quotes first, then the most substantial; different articles before a second one from the same article. */
function pickStatements(statements: Statement[]): Statement[] {
  const sorted = [...statements].sort(
    (a, b) => Number(b.kind === 'direct') - Number(a.kind === 'direct') || Math.min(b.text.length, QUOTE_MAX) - Math.min(a.text.length, QUOTE_MAX),
  );
  const seenArticles = new Set<string>();
  const firstPass = sorted.filter((s) => !seenArticles.has(s.article) && seenArticles.add(s.article));
  return [...firstPass, ...sorted.filter((s) => !firstPass.includes(s))].slice(0, PER_SPEAKER);
}
