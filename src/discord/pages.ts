import { randomBytes } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { DiscordMessage } from '../render/discord.ts';

/**
 * Long answers kept in memory for the previous/next buttons. Only the person who asked may turn
 * the pages, and an answer expires after a few minutes (the buttons then say so, nothing breaks).
 */

export interface StoredAnswer {
  ownerId: string;
  ownerName: string;
  pages: DiscordMessage[];
  expiresAt: number;
}

export const PAGE_TTL_MS = 5 * 60_000;
const MAX_STORED = 1000;
const PREFIX = 'desk-page';

export class PageStore {
  private readonly answers = new Map<string, StoredAnswer>();

  constructor(
    private readonly ttlMs: number = PAGE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  save(owner: { id: string; name: string }, pages: DiscordMessage[]): string {
    this.sweep();
    const id = randomBytes(6).toString('hex');
    this.answers.set(id, { ownerId: owner.id, ownerName: owner.name, pages, expiresAt: this.now() + this.ttlMs });
    return id;
  }

  get(id: string): StoredAnswer | undefined {
    const answer = this.answers.get(id);
    if (answer && answer.expiresAt <= this.now()) {
      this.answers.delete(id);
      return undefined;
    }
    return answer;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, a] of this.answers) if (a.expiresAt <= now) this.answers.delete(id);
    // Oldest first: Map keeps insertion order.
    while (this.answers.size >= MAX_STORED) this.answers.delete(this.answers.keys().next().value!);
  }
}

/** custom_id of a paging button: "desk-page:<answer>:<page>" (Discord allows 100 characters). */
export function pageButtonId(answerId: string, page: number): string {
  return `${PREFIX}:${answerId}:${page}`;
}

export function parsePageButtonId(customId: string): { answerId: string; page: number } | undefined {
  const m = /^desk-page:([0-9a-f]+):(\d+)$/.exec(customId);
  return m ? { answerId: m[1]!, page: Number(m[2]) } : undefined;
}

export function isPageButton(customId: string): boolean {
  return customId.startsWith(`${PREFIX}:`);
}

/** The button row under page `index` of `total`: previous, a disabled "n/total" label, next. */
export function pagingRow(answerId: string, index: number, total: number): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: pageButtonId(answerId, Math.max(0, index - 1)), label: '◀ Previous', disabled: index === 0 },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: `${PREFIX}:${answerId}:at`, label: `${index + 1}/${total}`, disabled: true },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: pageButtonId(answerId, Math.min(total - 1, index + 1)), label: 'Next ▶', disabled: index >= total - 1 },
    ],
  };
}
