import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { DeskCommand } from './types.ts';

/**
 * Loads every command module in `commands/` (one file per slash command, as in the discord.js
 * guide's command handler). Each module exports `command: DeskCommand`. Both the Discord runtime
 * and the offline console use this list, so they always offer the same commands.
 */

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

function isCommand(value: unknown): value is DeskCommand {
  const c = value as DeskCommand | undefined;
  return !!c && typeof c === 'object' && typeof c.execute === 'function' && typeof c.data?.name === 'string' && typeof c.data.toJSON === 'function';
}

export async function loadCommands(dir: string = COMMANDS_DIR): Promise<DeskCommand[]> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js)$/.test(f) && !/\.(test|spec)\.(ts|js)$/.test(f) && !f.startsWith('_')).sort();
  const commands: DeskCommand[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { command?: unknown };
    if (!isCommand(mod.command)) throw new Error(`commands/${file} does not export a valid \`command\` (data + execute)`);
    commands.push(mod.command);
  }
  const names = new Set<string>();
  for (const c of commands) {
    if (names.has(c.data.name)) throw new Error(`two command files define /${c.data.name}`);
    names.add(c.data.name);
  }
  return commands;
}

/** Finds a command by name, with or without the leading slash. */
export function findCommand(commands: readonly DeskCommand[], name: string): DeskCommand | undefined {
  const wanted = name.replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.data.name === wanted);
}
