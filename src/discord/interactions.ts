import {
  ApplicationCommandOptionType,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
} from 'discord.js';
import { findCommand } from '../command/registry.ts';
import type { AutocompleteChoice, CommandContext, CommandInvocation, DeskCommand, OptionValue } from '../command/types.ts';
import type { Logger } from '../log.ts';
import { errorDoc, type Doc } from '../render/doc.ts';
import { renderDiscord, type DiscordMessage } from '../render/discord.ts';
import { Cooldown } from './cooldown.ts';
import { PageStore, isPageButton, pagingRow, parsePageButtonId } from './pages.ts';

/**
 * Discord interactions → the same command handlers the console uses. Every interaction is
 * answered (Discord shows "the application did not respond" otherwise), every failure is an
 * ephemeral plain message, and each one leaves one log line: command, options, latency, outcome.
 */

/** A command still running after this long is deferred (Discord allows 3 s for the first answer). */
export const DEFER_AFTER_MS = 1000;
export const COOLDOWN_MS = 5000;

export interface InteractionHandlerOptions {
  commands: readonly DeskCommand[];
  context: CommandContext;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  cooldown?: Cooldown;
  pages?: PageStore;
  deferAfterMs?: number;
}

type Outcome = 'ok' | 'error' | 'failed' | 'cooldown' | 'unknown-command' | 'expired' | 'not-owner' | 'shutting-down';

const EPHEMERAL = MessageFlags.Ephemeral;

/** Slash-command options (with any sub-command level flattened) as plain values. */
export function invocationOptions(data: readonly CommandInteractionOption[]): { options: Record<string, OptionValue | undefined>; subcommand?: string } {
  const options: Record<string, OptionValue | undefined> = {};
  let subcommand: string | undefined;
  const visit = (list: readonly CommandInteractionOption[]) => {
    for (const o of list) {
      if (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) {
        if (o.type === ApplicationCommandOptionType.Subcommand) subcommand = o.name;
        visit(o.options ?? []);
      } else if (o.value !== undefined && o.value !== null) {
        options[o.name] = o.value;
      }
    }
  };
  visit(data);
  return { options, subcommand };
}

/** Autocomplete choices as Discord accepts them: ≤ 25, names and values 1–100 characters, no duplicates. */
export function sanitizeChoices(choices: readonly AutocompleteChoice[]): AutocompleteChoice[] {
  const seen = new Set<string>();
  const out: AutocompleteChoice[] = [];
  for (const c of choices) {
    const name = String(c.name ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
    const value = String(c.value ?? '').trim().slice(0, 100);
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === 25) break;
  }
  return out;
}

/** discord.js reply options for one rendered page (mentions always off). */
function replyBody(page: DiscordMessage, components: DiscordMessage['components'] = []): InteractionEditReplyOptions {
  return {
    content: page.content ?? '',
    embeds: page.embeds ?? [],
    components: components as InteractionEditReplyOptions['components'],
    allowedMentions: { parse: [] },
  };
}

export class InteractionHandler {
  readonly cooldown: Cooldown;
  readonly pages: PageStore;
  private readonly inFlight = new Set<Promise<void>>();
  private accepting = true;
  /** Whether a command (and sub-command) answered privately last time: the best guess for deferring. */
  private readonly lastEphemeral = new Map<string, boolean>();

  constructor(private readonly options: InteractionHandlerOptions) {
    this.cooldown = options.cooldown ?? new Cooldown(COOLDOWN_MS);
    this.pages = options.pages ?? new PageStore();
  }

  /** Entry point for the client's interactionCreate event. Never rejects. */
  handle(interaction: Interaction): Promise<void> {
    const run = this.dispatch(interaction).catch(async (err: Error) => {
      this.options.logger.error({ err: { message: err.message, code: (err as { code?: unknown }).code } }, 'interaction handling failed');
      await this.apologise(interaction);
    });
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }

  /** Stops taking new commands and waits (at most `timeoutMs`) for replies under way. */
  async drain(timeoutMs = 10_000): Promise<void> {
    this.accepting = false;
    const pending = Promise.allSettled([...this.inFlight]);
    await Promise.race([pending, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  }

  /** After a failure part-way (Discord refused an edit, the network dropped): the user still gets a plain answer if possible. */
  private async apologise(interaction: Interaction): Promise<void> {
    if (!interaction.isRepliable()) return;
    const content = 'Sorry — the answer could not be delivered. Try again in a moment.';
    try {
      if (interaction.deferred && !interaction.replied) await interaction.editReply({ content, embeds: [], components: [], allowedMentions: { parse: [] } });
      else if (!interaction.deferred && !interaction.replied) await interaction.reply({ content, flags: EPHEMERAL, allowedMentions: { parse: [] } });
    } catch {
      // Nothing more can be done for this interaction; the failure is already logged.
    }
  }

  private async dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.autocomplete(interaction);
    if (interaction.isChatInputCommand()) return this.command(interaction);
    if (interaction.isButton() && isPageButton(interaction.customId)) return this.page(interaction);
  }

  private invocation(interaction: ChatInputCommandInteraction | AutocompleteInteraction, command: DeskCommand | undefined): CommandInvocation {
    const { options, subcommand } = invocationOptions(interaction.options.data);
    const required = command?.data.toJSON().default_member_permissions;
    const perms = interaction.memberPermissions;
    const isAdmin = !!perms && (perms.has(PermissionFlagsBits.ManageGuild) || (required ? perms.has(BigInt(required)) : false));
    return { options, subcommand, user: { id: interaction.user.id, name: interaction.user.username, isAdmin }, surface: 'discord' };
  }

  private log(fields: Record<string, unknown>, started: number, outcome: Outcome): void {
    this.options.logger.info({ ...fields, latencyMs: Math.round(performance.now() - started), outcome }, 'interaction');
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const started = performance.now();
    const command = findCommand(this.options.commands, interaction.commandName);
    let choices: AutocompleteChoice[] = [];
    let outcome: Outcome = 'ok';
    let focusedName = '';
    try {
      const focused = interaction.options.getFocused(true);
      focusedName = focused.name;
      if (command?.autocomplete) {
        const raw = command.autocomplete({ name: focused.name, value: String(focused.value ?? '') }, this.invocation(interaction, command), { ...this.options.context, commands: this.options.commands });
        choices = sanitizeChoices(raw);
      }
    } catch (err) {
      // A failing suggester must not break typing: answer with no suggestions, log why.
      outcome = 'failed';
      this.options.logger.warn({ command: interaction.commandName, err: (err as Error).message }, 'autocomplete failed');
    }
    try {
      await interaction.respond(choices);
    } catch (err) {
      outcome = 'failed';
      this.options.logger.warn({ command: interaction.commandName, err: (err as Error).message }, 'autocomplete answer refused');
    }
    this.log({ kind: 'autocomplete', command: interaction.commandName, focused: focusedName, choices: choices.length, user: interaction.user.id }, started, outcome);
  }

  private async run(command: DeskCommand, invocation: CommandInvocation): Promise<{ doc: Doc; failed: boolean }> {
    try {
      return { doc: await command.execute(invocation, { ...this.options.context, commands: this.options.commands }), failed: false };
    } catch (err) {
      this.options.logger.error({ command: command.data.name, err: { message: (err as Error).message, stack: (err as Error).stack } }, 'command failed');
      return { doc: errorDoc(`/${command.data.name} failed`, ['Something went wrong while answering; nothing was changed. Try again, or /help.']), failed: true };
    }
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<void> {
    const started = performance.now();
    const command = findCommand(this.options.commands, interaction.commandName);
    const invocation = this.invocation(interaction, command);
    const fields = { kind: 'command', command: interaction.commandName, subcommand: invocation.subcommand, options: invocation.options, user: interaction.user.id, guild: interaction.guildId };
    const replyPlain = async (doc: Doc, outcome: Outcome) => {
      await interaction.reply({ ...(replyBody(renderDiscord(doc)[0]!) as InteractionReplyOptions), flags: EPHEMERAL });
      this.log(fields, started, outcome);
    };
    if (!this.accepting) return replyPlain(errorDoc('The bot is restarting', ['Try again in a minute.']), 'shutting-down');
    if (!command) return replyPlain(errorDoc(`Unknown command /${interaction.commandName}`, ['The command list may be out of date; try /help.']), 'unknown-command');
    if (command.expensive) {
      const waitMs = this.cooldown.take(interaction.user.id, command.data.name);
      if (waitMs > 0) return replyPlain(errorDoc(`Please wait ${Math.ceil(waitMs / 1000)} s before running /${command.data.name} again`, ['It is a heavy command, limited to one run per person every few seconds.']), 'cooldown');
    }

    const key = `${command.data.name} ${invocation.subcommand ?? ''}`;
    const guessEphemeral = this.lastEphemeral.get(key) ?? command.adminOnly === true;
    const running = this.run(command, invocation);
    let deferredEphemeral: boolean | undefined;
    const defer = async () => {
      deferredEphemeral = guessEphemeral;
      await interaction.deferReply(guessEphemeral ? { flags: EPHEMERAL } : {});
    };
    let result: { doc: Doc; failed: boolean };
    if (command.expensive) {
      await defer();
      result = await running;
    } else {
      const timer = Symbol('timer');
      let handle: NodeJS.Timeout | undefined;
      const first = await Promise.race([running, new Promise<typeof timer>((r) => (handle = setTimeout(() => r(timer), this.options.deferAfterMs ?? DEFER_AFTER_MS)))]);
      clearTimeout(handle);
      if (first === timer) {
        await defer();
        result = await running;
      } else {
        result = first;
      }
    }

    const { doc, failed } = result;
    const ephemeral = doc.ephemeral === true || doc.tone === 'error';
    this.lastEphemeral.set(key, ephemeral);
    const pages = renderDiscord(doc);
    const answerId = pages.length > 1 ? this.pages.save({ id: interaction.user.id, name: interaction.user.username }, pages) : undefined;
    const body = replyBody(pages[0]!, answerId ? [pagingRow(answerId, 0, pages.length)] : []);
    if (deferredEphemeral === undefined) {
      await interaction.reply({ ...(body as InteractionReplyOptions), flags: ephemeral ? EPHEMERAL : undefined });
    } else if (ephemeral && !deferredEphemeral) {
      // Deferred in public, but the answer is private: remove the public "thinking…" and answer privately.
      await interaction.deleteReply();
      await interaction.followUp({ ...(body as InteractionReplyOptions), flags: EPHEMERAL });
    } else {
      await interaction.editReply(body);
    }
    this.log({ ...fields, deferred: deferredEphemeral !== undefined, pages: pages.length, ephemeral }, started, failed ? 'failed' : doc.tone === 'error' ? 'error' : 'ok');
  }

  private async page(interaction: ButtonInteraction): Promise<void> {
    const started = performance.now();
    const parsed = parsePageButtonId(interaction.customId);
    const fields = { kind: 'button', customId: interaction.customId, user: interaction.user.id };
    const answer = parsed ? this.pages.get(parsed.answerId) : undefined;
    if (!parsed || !answer) {
      await interaction.reply({ content: 'These pages have expired. Run the command again to browse the answer.', flags: EPHEMERAL, allowedMentions: { parse: [] } });
      return this.log(fields, started, 'expired');
    }
    if (answer.ownerId !== interaction.user.id) {
      await interaction.reply({ content: 'Only the person who ran this command can turn its pages. Run the command yourself to browse it.', flags: EPHEMERAL, allowedMentions: { parse: [] } });
      return this.log(fields, started, 'not-owner');
    }
    const index = Math.min(Math.max(0, parsed.page), answer.pages.length - 1);
    await interaction.update(replyBody(answer.pages[index]!, [pagingRow(parsed.answerId, index, answer.pages.length)]) as Parameters<ButtonInteraction['update']>[0]);
    this.log({ ...fields, page: index + 1, of: answer.pages.length }, started, 'ok');
  }
}
