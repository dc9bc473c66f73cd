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
  /** Meets the `admin` precondition (console: the desk's operator, always; Discord: see interactions.ts). */
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

/** What a command demands before it runs (see preconditions.ts): declared once, read by every runtime. */
export type Precondition = 'admin' | 'private' | 'cooldown';

export interface DeskCommand {
  /** A discord.js SlashCommandBuilder (or anything with the same name/toJSON). */
  data: { name: string; description: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Preconditions of the whole command: admin (registered with default_member_permissions), private, cooldown. */
  preconditions?: readonly Precondition[];
  /** Further preconditions of one sub-command (e.g. /digest post is admin, /digest preview is not). */
  subcommandPreconditions?: Readonly<Record<string, readonly Precondition[]>>;
  /** One-line example for /help and the README, e.g. "/who-said speaker:putin". */
  example?: string;
  execute(invocation: CommandInvocation, context: CommandContext): Promise<Doc>;
  autocomplete?(focused: { name: string; value: string }, invocation: CommandInvocation, context: CommandContext): AutocompleteChoice[];
}
