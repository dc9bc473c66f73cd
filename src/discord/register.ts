import { PermissionFlagsBits, Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { DeskCommand } from '../command/types.ts';
import { policyOf } from '../command/preconditions.ts';

/**
 * Slash-command registration: the builders' JSON, PUT in one request (Discord replaces the whole
 * set, so removed command files disappear too). A guild registration is instant; a global one can
 * take up to an hour to reach every server.
 */

export function commandPayloads(commands: readonly DeskCommand[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => {
    const built = c.data.toJSON();
    // The admin precondition is the command's one declaration of rights: Discord enforces it (and
    // lets Integrations grant it to a role) through default_member_permissions.
    const json = policyOf(c).admin && built.default_member_permissions == null ? { ...built, default_member_permissions: String(PermissionFlagsBits.ManageGuild) } : built;
    // Builders give permissions as a decimal string; Discord's API description types the field as an
    // integer (both are accepted). Send the integer while it is exactly representable.
    const perms = json.default_member_permissions;
    if (typeof perms === 'string' && /^\d+$/.test(perms) && BigInt(perms) <= BigInt(Number.MAX_SAFE_INTEGER)) {
      return { ...json, default_member_permissions: Number(perms) as unknown as string };
    }
    return json;
  });
}

export interface RegistrationResult {
  scope: 'guild' | 'global';
  guildId?: string;
  names: string[];
}

export async function registerCommands(
  rest: REST,
  options: { applicationId: string; guildId?: string; commands: readonly DeskCommand[] },
): Promise<RegistrationResult> {
  const body = commandPayloads(options.commands);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { scope: options.guildId ? 'guild' : 'global', guildId: options.guildId, names: registered.map((c) => c.name) };
}

/** The REST base: DISCORD_API_URL may be given with or without its /api path. */
export function restApiBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const u = new URL(url);
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.origin}${path === '' ? '/api' : path}`;
}
