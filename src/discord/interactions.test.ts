import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { Cooldown } from './cooldown.ts';
import { invocationOptions, sanitizeChoices } from './interactions.ts';
import { PageStore, pagingRow, parsePageButtonId } from './pages.ts';
import { commandPayloads, restApiBase } from './register.ts';
import { command as reload } from '../../commands/reload.ts';
import { command as source } from '../../commands/source.ts';

describe('interaction helpers', () => {
  it('flattens sub-command options', () => {
    const parsed = invocationOptions([
      { name: 'post', type: ApplicationCommandOptionType.Subcommand, options: [{ name: 'limit', type: ApplicationCommandOptionType.Integer, value: 3 }] },
    ]);
    expect(parsed).toEqual({ subcommand: 'post', options: { limit: 3 } });
    expect(invocationOptions([{ name: 'id', type: ApplicationCommandOptionType.String, value: '٠٠٣' }])).toEqual({ options: { id: '٠٠٣' }, subcommand: undefined });
  });

  it('autocomplete choices: at most 25, 1–100 characters, no blanks or duplicate values', () => {
    const long = 'تصريحات '.repeat(40);
    const raw = [{ name: long, value: 'a' }, { name: 'dup', value: 'a' }, { name: '  ', value: 'b' }, ...Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, value: `v${i}` }))];
    const choices = sanitizeChoices(raw);
    expect(choices).toHaveLength(25);
    expect(choices[0]!.name.length).toBeLessThanOrEqual(100);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    expect(choices.some((c) => c.value === 'b')).toBe(false);
  });
});

describe('paging store', () => {
  it('expires answers after the TTL and keeps the owner', () => {
    let now = 1_000;
    const store = new PageStore(60_000, () => now);
    const id = store.save({ id: 'u1', name: 'editor' }, [{ content: 'a', allowed_mentions: { parse: [] } }]);
    expect(store.get(id)?.ownerId).toBe('u1');
    now += 60_000;
    expect(store.get(id)).toBeUndefined();
  });

  it('buttons: previous disabled on the first page, next on the last; ids round-trip', () => {
    const first = pagingRow('abc123', 0, 3).components;
    expect(first[0]!.disabled).toBe(true);
    expect(first[2]!.disabled).toBe(false);
    const last = pagingRow('abc123', 2, 3).components;
    expect(last[2]!.disabled).toBe(true);
    const next = first[2]! as { custom_id: string };
    expect(parsePageButtonId(next.custom_id)).toEqual({ answerId: 'abc123', page: 1 });
    expect(parsePageButtonId('desk-page:abc123:at')).toBeUndefined();
  });
});

describe('cooldown', () => {
  it('one run per user and command per window', () => {
    let now = 0;
    const cd = new Cooldown(5000, () => now);
    expect(cd.take('u1', 'digest')).toBe(0);
    now = 2000;
    expect(cd.take('u1', 'digest')).toBe(3000);
    expect(cd.take('u2', 'digest')).toBe(0);
    expect(cd.take('u1', 'reload')).toBe(0);
    now = 5000;
    expect(cd.take('u1', 'digest')).toBe(0);
  });
});

describe('registration payloads', () => {
  it('admin commands carry default_member_permissions as an integer; others none', () => {
    const [r, s] = commandPayloads([reload, source]);
    expect(r!.default_member_permissions).toBe(32);
    expect(s!.default_member_permissions ?? null).toBeNull();
  });

  it('DISCORD_API_URL with or without /api', () => {
    expect(restApiBase('http://127.0.0.1:5000')).toBe('http://127.0.0.1:5000/api');
    expect(restApiBase('http://127.0.0.1:5000/api/')).toBe('http://127.0.0.1:5000/api');
    expect(restApiBase(undefined)).toBeUndefined();
  });
});
