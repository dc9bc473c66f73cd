import { SlashCommandBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { DeskCommand } from '../command/types.ts';
import { parseCommandLine } from './parse.ts';

const stub = (data: { name: string; description: string; toJSON(): any }): DeskCommand => ({
  data,
  execute: async () => ({ tone: 'info', title: '' }),
});

const commands = [
  stub(new SlashCommandBuilder().setName('source').setDescription('d').addStringOption((o) => o.setName('id').setDescription('d').setRequired(true))),
  stub(
    new SlashCommandBuilder()
      .setName('who-said')
      .setDescription('d')
      .addStringOption((o) => o.setName('speaker').setDescription('d').setRequired(true))
      .addStringOption((o) => o.setName('about').setDescription('d'))
      .addStringOption((o) => o.setName('source').setDescription('d')),
  ),
  stub(
    new SlashCommandBuilder()
      .setName('digest')
      .setDescription('d')
      .addSubcommand((s) => s.setName('preview').setDescription('d'))
      .addSubcommand((s) => s.setName('post').setDescription('d')),
  ),
];

describe('parseCommandLine', () => {
  it('takes a positional value for the first option, or name:value', () => {
    for (const line of ['/source 003', '/source id:003', 'source 003', '  /source   id:003 ']) {
      const r = parseCommandLine(line, commands);
      expect(r.ok && r.value.options).toEqual({ id: '003' });
    }
  });

  it('keeps spaces and Arabic inside values and splits at known option names only', () => {
    const r = parseCommandLine('/who-said speaker:Wang Yi about:ثورات ملونة source:002', commands);
    expect(r.ok && r.value.options).toEqual({ speaker: 'Wang Yi', about: 'ثورات ملونة', source: '002' });
    const mixed = parseCommandLine('/who-said بوتن about:time: 10:30', commands);
    expect(mixed.ok && mixed.value.options).toEqual({ speaker: 'بوتن', about: 'time: 10:30' });
  });

  it('reads sub-commands', () => {
    const r = parseCommandLine('/digest preview', commands);
    expect(r.ok && r.value.subcommand).toBe('preview');
    expect(parseCommandLine('/digest', commands).ok).toBe(false);
  });

  it('explains unknown commands and missing required options', () => {
    const unknown = parseCommandLine('/nope 1', commands);
    expect(!unknown.ok && unknown.message).toMatch(/Unknown command \/nope/);
    const missing = parseCommandLine('/source', commands);
    expect(!missing.ok && missing.message).toMatch(/needs id/);
  });
});

describe('misspelt options', () => {
  it('an unknown name: is an error naming the known options, not swallowed into a value', () => {
    const abut = parseCommandLine('/who-said tokayev abut:انقلاب', commands);
    expect(abut).toEqual({ ok: false, message: 'Unknown option abut: for /who-said. Options: speaker:, about:, source:' });
    const extra = parseCommandLine('/source id:3 extra:1', commands);
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.message).toMatch(/^Unknown option extra: for \/source\. Options: id:/);
  });

  it('colons inside a value that are not option names stay in the value', () => {
    const line = parseCommandLine('/who-said speaker:putin about:الساعة 10:30', commands);
    expect(line.ok && line.value.options).toEqual({ speaker: 'putin', about: 'الساعة 10:30' });
  });
});
