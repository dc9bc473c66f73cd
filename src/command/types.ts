import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Desk } from '../desk/desk.ts';
import type { Doc } from '../render/doc.ts';

/**
 * The contract every file in `commands/` fulfils, shared by the Discord runtime and the console.
 * It follows the discord.js guide (builder `data` + `execute` + optional `autocomplete`), except
 * that `execute` receives plain options instead of an Interaction and returns a `Doc`: the
 * surface-neutral answer that src/render turns into embeds or console text.
 */

export type OptionValue = string | number | boolean;

export interface CommandUser {
  id: string;
  name: string;
  /** Discord: has the command's default_member_permissions; console: always true. */
  isAdmin: boolean;
}

export interface CommandInvocation {
  /** Option values by option name; a sub-command's name is under `subcommand`. */
  options: Record<string, OptionValue | undefined>;
  subcommand?: string;
  user: CommandUser;
  surface: 'console' | 'discord';
}

/** Services a command may use. Optional ones are absent where the runtime has no such service. */
export interface CommandContext {
  desk: Desk;
  /** Rebuilds the desk from disk (admin /reload); provided by the runtime that owns the desk. */
  reload?: () => Promise<import('../desk/desk.ts').ReloadReport>;
  /** The daily digest (preview / post now); absent where no digest runs. */
  digest?: import('../digest/service.ts').DigestService;
  /** Feeds and links (/feeds, /ingest url:…); absent where the runtime polls no feeds. */
  feeds?: import('../feeds/service.ts').FeedService;
  /** All loaded commands, for /help. */
  commands?: readonly DeskCommand[];
}

export interface AutocompleteChoice {
  /** Shown to the user; at most 100 characters. */
  name: string;
  /** Sent back as the option value; at most 100 characters. */
  value: string;
}

export interface DeskCommand {
  /** A discord.js SlashCommandBuilder (or anything with the same name/toJSON). */
  data: { name: string; description: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Answers may take a while (Discord: defer; cooldown per user). */
  expensive?: boolean;
  /** Only administrators may run it (Discord: default_member_permissions). */
  adminOnly?: boolean;
  /** One-line example for /help and the README, e.g. "/who-said speaker:putin". */
  example?: string;
  execute(invocation: CommandInvocation, context: CommandContext): Promise<Doc>;
  autocomplete?(focused: { name: string; value: string }, invocation: CommandInvocation, context: CommandContext): AutocompleteChoice[];
}
