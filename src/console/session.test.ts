import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../command/registry.ts';
import type { DeskCommand } from '../command/types.ts';
import { Desk } from '../desk/desk.ts';
import { answerLine, pageArgument } from './session.ts';

let desk: Desk;
let commands: DeskCommand[];
beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
  commands = await loadCommands();
});

describe('console paging', () => {
  it('--page N shows one page of a long answer and says where the reader is', async () => {
    const first = await answerLine('/search كازاخستان', commands, { desk });
    const total = Number(/^(\d+) passages with every word/m.exec(first.text)?.[1]);
    expect(total).toBeGreaterThan(20);
    const pages = Number(/Page 1\/(\d+)/.exec(first.text)?.[1]);
    expect(pages).toBe(Math.ceil(total / 10));
    const seen = new Set<string>();
    for (let page = 1; page <= pages; page++) {
      const answer = await answerLine(`/search كازاخستان --page ${page}`, commands, { desk });
      expect(answer.text).toContain(`Page ${page}/${pages}`);
      for (const line of answer.text.split('\n').filter((l) => l.startsWith('    ') && !l.trim().startsWith('Article:') && !l.trim().startsWith('Same sentence'))) seen.add(line);
    }
    // Every hit on some page, none twice.
    expect(seen.size).toBe(total);
  });

  it('reads --page anywhere in the line', () => {
    expect(pageArgument('/who-said putin --page 3')).toEqual({ line: '/who-said putin', page: 3 });
    expect(pageArgument('/who-said --page=2 putin')).toEqual({ line: '/who-said putin', page: 2 });
    expect(pageArgument('/search ثورات ملونة')).toEqual({ line: '/search ثورات ملونة' });
  });
});
