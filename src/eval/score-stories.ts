/**
 * Story grouping scored as pairs: every two articles the gold puts in one story is a positive pair;
 * precision is the share of the desk's same-story pairs that the gold also pairs, recall the share of
 * gold pairs the desk found. Pairs are the usual measure for clustering against labels because they
 * need no matching of cluster ids (B-cubed would weigh large stories less; pairs weigh them more,
 * which is right here: a merged disaster story is the expensive mistake).
 */

export interface StoryPairScore {
  goldPairs: number;
  deskPairs: number;
  agreed: number;
  /** null when the desk paired nothing (no claim to be right or wrong about). */
  precision: number | null;
  /** null when the gold has no pairs (every story a single article). */
  recall: number | null;
}

function sameStoryPairs(assign: ReadonlyMap<string, string>, only: ReadonlySet<string>): Set<string> {
  const byStory = new Map<string, string[]>();
  for (const [article, story] of assign) {
    if (!only.has(article)) continue;
    const list = byStory.get(story) ?? [];
    list.push(article);
    byStory.set(story, list);
  }
  const pairs = new Set<string>();
  for (const list of byStory.values()) {
    list.sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pairs.add(`${list[i]}|${list[j]}`);
  }
  return pairs;
}

/** `desk` and `gold` map article id → story id; only articles both know are compared. */
export function scoreStoryPairs(desk: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): StoryPairScore {
  const both = new Set([...desk.keys()].filter((a) => gold.has(a)));
  const d = sameStoryPairs(desk, both);
  const g = sameStoryPairs(gold, both);
  const agreed = [...d].filter((p) => g.has(p)).length;
  return {
    goldPairs: g.size,
    deskPairs: d.size,
    agreed,
    precision: d.size ? agreed / d.size : null,
    recall: g.size ? agreed / g.size : null,
  };
}
