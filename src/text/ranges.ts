/** The range containing an offset, in ranges sorted by start and not overlapping (binary search). */
export function rangeAt<T extends { start: number; end: number }>(ranges: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}
