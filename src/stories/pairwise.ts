/**
 * Pairwise scoring of a grouping against hand labels: every pair of articles both labelled is
 * "same story" or not in each; precision is the share of predicted same-story pairs that the labels
 * share, recall the share of labelled same-story pairs that were predicted. Articles missing from
 * either side are left out (they can be neither right nor wrong).
 */

export interface PairwiseScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs in one story in both. */
  truePairs: number;
  /** Pairs in one predicted story. */
  predictedPairs: number;
  /** Pairs in one labelled story. */
  goldPairs: number;
  /** Articles scored (labelled and predicted). */
  articles: number;
}

type Assignment = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

function entries(a: Assignment): Map<string, string> {
  return a instanceof Map ? new Map(a) : new Map(Object.entries(a));
}

/** Precision and recall of "same story" over article pairs. With no pairs on a side its score is 1. */
export function pairwiseScore(predicted: Assignment, gold: Assignment): PairwiseScore {
  const p = entries(predicted);
  const g = entries(gold);
  const ids = [...g.keys()].filter((id) => p.has(id)).sort();
  let truePairs = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const samePredicted = p.get(ids[i]!) === p.get(ids[j]!);
      const sameGold = g.get(ids[i]!) === g.get(ids[j]!);
      if (samePredicted) predictedPairs++;
      if (sameGold) goldPairs++;
      if (samePredicted && sameGold) truePairs++;
    }
  }
  const precision = predictedPairs ? truePairs / predictedPairs : 1;
  const recall = goldPairs ? truePairs / goldPairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, truePairs, predictedPairs, goldPairs, articles: ids.length };
}
