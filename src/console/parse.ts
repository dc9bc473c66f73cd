import type { DeskCommand, OptionValue } from '../command/types.ts';
import { findCommand } from '../command/registry.ts';

/**
 * Parses what a person types in the console into a command and its options, the way Discord
 * would deliver them: `/source 003`, `/source id:003`, `/search query:ثورات ملونة`,
 * `/who-said putin about:arrests`, `/digest preview`. A value without `name:` goes to the first
 * option not yet given (or the sub-command); a value runs until the next `name:`.
 */

export interface ParsedLine {
  command: DeskCommand;
  subcommand?: string;
  options: Record<string, OptionValue>;
}

export type ParseResult = { ok: true; value: ParsedLine } | { ok: false; message: string };

interface OptionSpec {
  name: string;
  type: number;
  required?: boolean;
  options?: OptionSpec[];
}

const SUBCOMMAND = 1;
const INTEGER = 4;
const BOOLEAN = 5;
const NUMBER = 10;

export function parseCommandLine(line: string, commands: readonly DeskCommand[]): ParseResult {
  const trimmed = line.trim();
  const match = /^\/?([\p{L}\p{N}_-]+)\s*([\s\S]*)$/u.exec(trimmed);
  if (!match) return { ok: false, message: 'Type a command such as /source 003, or /help.' };
  const command = findCommand(commands, match[1]!);
  if (!command) {
    return { ok: false, message: `Unknown command /${match[1]}. Commands: ${commands.map((c) => `/${c.data.name}`).join(' ')}` };
  }
  let rest = match[2]!.trim();
  let specs = (command.data.toJSON().options ?? []) as OptionSpec[];
  let subcommand: string | undefined;
  const subs = specs.filter((s) => s.type === SUBCOMMAND);
  if (subs.length > 0) {
    const word = /^(\S+)/.exec(rest)?.[1]?.replace(/^subcommand:/, '');
    const sub = subs.find((s) => s.name === word);
    if (!sub) return { ok: false, message: `/${command.data.name} needs one of: ${subs.map((s) => s.name).join(', ')}` };
    subcommand = sub.name;
    specs = sub.options ?? [];
    rest = rest.slice(word!.length + (rest.startsWith('subcommand:') ? 'subcommand:'.length : 0)).trim();
  }
  const names = specs.map((s) => s.name);
  const raw: Record<string, string> = {};
  // Split at every known `name:` so values may contain spaces (and colons that are not option names).
  const marker = names.length > 0 ? new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'g') : null;
  const cuts: Array<{ name: string; at: number; valueAt: number }> = [];
  if (marker) {
    for (const m of rest.matchAll(marker)) {
      const at = m.index + (m[0].startsWith(' ') || /^\s/.test(m[0]) ? 1 : 0);
      cuts.push({ name: m[1]!, at, valueAt: m.index + m[0].length });
    }
  }
  // A misspelt option ("abut:coup", "extra:1": a word, a colon, the value at once) is an error naming
  // the known ones, not part of a value; "time: 10:30" (a space after the colon) is prose.
  const unknown = /(?:^|\s)([a-z][a-z_-]{1,30}):(?=\S)(?!\/\/)/.exec(rest.replace(marker ?? /$^/, ' '));
  if (unknown) {
    const known = names.length ? names.map((n) => `${n}:`).join(', ') : 'none';
    return { ok: false, message: `Unknown option ${unknown[1]}: for /${command.data.name}${subcommand ? ` ${subcommand}` : ''}. Options: ${known}` };
  }
  const positional = rest.slice(0, cuts[0]?.at ?? rest.length).trim();
  cuts.forEach((cut, i) => {
    raw[cut.name] = rest.slice(cut.valueAt, cuts[i + 1]?.at ?? rest.length).trim();
  });
  if (positional) {
    const target = specs.find((s) => raw[s.name] === undefined);
    if (!target) return { ok: false, message: `Unexpected text "${positional}". Options of /${command.data.name}: ${names.join(', ') || 'none'}` };
    raw[target.name] = positional;
  }
  const options: Record<string, OptionValue> = {};
  for (const spec of specs) {
    const value = raw[spec.name];
    if (value === undefined || value === '') {
      if (spec.required) return { ok: false, message: `/${command.data.name}${subcommand ? ` ${subcommand}` : ''} needs ${spec.name}: ${usage(command.data.name, subcommand, specs)}` };
      continue;
    }
    if (spec.type === INTEGER || spec.type === NUMBER) {
      const n = Number(value);
      if (!Number.isFinite(n) || (spec.type === INTEGER && !Number.isInteger(n))) return { ok: false, message: `${spec.name} must be a number` };
      options[spec.name] = n;
    } else if (spec.type === BOOLEAN) {
      options[spec.name] = /^(true|yes|1|on)$/i.test(value);
    } else {
      options[spec.name] = value;
    }
  }
  return { ok: true, value: { command, subcommand, options } };
}

function usage(name: string, subcommand: string | undefined, specs: OptionSpec[]): string {
  return `/${name}${subcommand ? ` ${subcommand}` : ''} ${specs.map((s) => (s.required ? `${s.name}:…` : `[${s.name}:…]`)).join(' ')}`.trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
