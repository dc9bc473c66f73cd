import { describe, expect, it } from 'vitest';
import { RecentMap } from './recent-map.ts';

describe('RecentMap', () => {
  it('keeps the last keys set or asked for, up to two generations of the limit', () => {
    const recent = new RecentMap<string, number>(2);
    recent.set('قال', 1);
    recent.set('أضاف', 2);
    recent.set('أكد', 3); // the first generation (قال، أضاف) is now the older one
    expect(recent.get('قال')).toBe(1); // found in the older generation, moved to the newer
    recent.set('أوضح', 4); // the newer (أكد، قال) is full: it becomes the older, أضاف is dropped
    expect(recent.get('أضاف')).toBeUndefined();
    expect(recent.get('قال')).toBe(1);
    expect(recent.get('أكد')).toBe(3);
    expect(recent.get('أوضح')).toBe(4);
  });
});
