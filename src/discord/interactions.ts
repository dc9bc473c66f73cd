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
import { gateRefusal, policyOf, type CommandPolicy } from '../command/preconditions.ts';
import type { Logger } from '../log.ts';
import { errorDoc, type Doc } from '../render/doc.ts';
import { prepareCharts, renderDiscordWithCharts } from '../render/chart-discord.ts';
import { renderDiscord, type DiscordMessage } from '../render/discord.ts';
import { Cooldown } from './cooldown.ts';
import { PageStore, isPageButton, pagingRow, parsePageButtonId } from './pages.ts';

/**
 * Discord interactions → the same command handlers the console uses, in three steps: gate (the
 * bot is accepting, the command exists, its declared preconditions hold: see
 * command/preconditions.ts), run (the handler, deferred when heavy or slow) and deliver (reply or
 * edit, paging buttons, files). Every interaction is answered (Discord shows "the application did
 * not respond" otherwise), every failure is an ephemeral plain message, and each one leaves one log
 * line: command, options, latency, outcome.
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

type Outcome = 'ok' | 'error' | 'failed' | 'cooldown' | 'forbidden' | 'unknown-command' | 'expired' | 'not-owner' | 'shutting-down';

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

/** A file sent with an answer (a chart image): name as Discord shows it, bytes, alt text. */
export interface DeliveryFile {
  name: string;
  data: Buffer | Uint8Array;
  description?: string;
}

/** A rendered answer on its way to Discord: its pages, whether only the asker sees it, files. */
export interface Delivery {
  pages: DiscordMessage[];
  ephemeral: boolean;
  /** Sent with the first page; Discord keeps them while the pages are turned. */
  files?: DeliveryFile[];
}

/** discord.js reply options for one rendered page (mentions always off). */
function replyBody(page: DiscordMessage, components: DiscordMessage['components'] = [], files?: readonly DeliveryFile[]): InteractionEditReplyOptions {
  return {
    content: page.content ?? '',
    embeds: page.embeds ?? [],
    components: components as InteractionEditReplyOptions['components'],
    allowedMentions: { parse: [] },
    ...(files?.length ? { files: files.map((f) => ({ attachment: Buffer.from(f.data), name: f.name, description: f.description })) } : {}),
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

  /**
   * Who may run what on Discord. Manage Server (or Administrator) meets `admin` everywhere; for a
   * command that is admin as a whole, Discord itself only delivers it to members its
   * default_member_permissions or the server's Integrations overrides allow, so a role granted
   * there works. A sub-command's `admin` (/digest post) cannot be set in Discord, so it needs
   * Manage Server.
   */
  private invocation(interaction: ChatInputCommandInteraction | AutocompleteInteraction, command: DeskCommand | undefined): CommandInvocation {
    const { options, subcommand } = invocationOptions(interaction.options.data);
    const perms = interaction.memberPermissions;
    const manages = !!perms && (perms.has(PermissionFlagsBits.ManageGuild) || perms.has(PermissionFlagsBits.Administrator));
    const grantedByDiscord = !!command && policyOf(command).admin && interaction.inGuild();
    return { options, subcommand, user: { id: interaction.user.id, name: interaction.user.username, isAdmin: manages || grantedByDiscord }, surface: 'discord' };
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

  /** Runs the handler; a throw becomes an apology (logged with its stack, never shown). */
  private async execute(command: DeskCommand, invocation: CommandInvocation): Promise<{ doc: Doc; failed: boolean }> {
    try {
      const doc = await command.execute(invocation, { ...this.options.context, commands: this.options.commands });
      // Charts are drawn here, inside the window the defer timer watches, not after it.
      await prepareCharts(doc);
      return { doc, failed: false };
    } catch (err) {
      this.options.logger.error({ command: command.data.name, err: { message: (err as Error).message, stack: (err as Error).stack } }, 'command failed');
      return { doc: errorDoc(`/${command.data.name} failed`, ['Something went wrong while answering; nothing was changed. Try again, or /help.']), failed: true };
    }
  }

  /** A slash command: gate (may it run?), run (defer when slow), deliver (reply, pages, files). */
  private async command(interaction: ChatInputCommandInteraction): Promise<void> {
    const started = performance.now();
    const command = findCommand(this.options.commands, interaction.commandName);
    const invocation = this.invocation(interaction, command);
    const fields = { kind: 'command', command: interaction.commandName, subcommand: invocation.subcommand, options: invocation.options, user: interaction.user.id, guild: interaction.guildId };
    const refusal = this.gate(command, { ...invocation, commandName: interaction.commandName });
    if (refusal || !command) {
      await this.deliver(interaction, { pages: renderDiscord(refusal!.doc), ephemeral: true }, undefined);
      return this.log(fields, started, refusal!.outcome);
    }
    const policy = policyOf(command, invocation.subcommand);
    const { doc, failed, deferred } = await this.run(interaction, command, invocation, policy);
    const pages = await renderDiscordWithCharts(doc, { onChartError: (err) => this.options.logger.warn({ command: command.data.name, err: { message: err.message } }, 'charts not drawn; answering without them') });
    const delivery: Delivery = { pages, ephemeral: policy.private || doc.ephemeral === true || doc.tone === 'error', files: pages[0]?.files };
    await this.deliver(interaction, delivery, deferred);
    this.log({ ...fields, deferred: deferred !== undefined, pages: delivery.pages.length, ephemeral: delivery.ephemeral }, started, failed ? 'failed' : doc.tone === 'error' ? 'error' : 'ok');
  }

  /** Whether the command may run now: the bot is accepting, the command exists, its preconditions hold. */
  private gate(command: DeskCommand | undefined, invocation: CommandInvocation & { commandName: string }): { doc: Doc; outcome: Outcome } | undefined {
    if (!this.accepting) return { doc: errorDoc('The bot is restarting', ['Try again in a minute.']), outcome: 'shutting-down' };
    if (!command) return { doc: errorDoc(`Unknown command /${invocation.commandName}`, ['The command list may be out of date; try /help.']), outcome: 'unknown-command' };
    return gateRefusal(command, invocation, { cooldown: (user, name) => this.cooldown.take(user, name) });
  }

  /**
   * Runs the command, deferring when it is heavy (at once) or slower than Discord's first-answer
   * window. Returns whether (and how privately) the reply was deferred.
   */
  private async run(
    interaction: ChatInputCommandInteraction,
    command: DeskCommand,
    invocation: CommandInvocation,
    policy: CommandPolicy,
  ): Promise<{ doc: Doc; failed: boolean; deferred?: { ephemeral: boolean } }> {
    const key = `${command.data.name} ${invocation.subcommand ?? ''}`;
    // A private command defers privately; otherwise the last answer's privacy is the best guess.
    const guess = policy.private || (this.lastEphemeral.get(key) ?? false);
    const running = this.execute(command, invocation);
    const defer = async () => {
      await interaction.deferReply(guess ? { flags: EPHEMERAL } : {});
      return { ephemeral: guess };
    };
    let result: { doc: Doc; failed: boolean };
    let deferred: { ephemeral: boolean } | undefined;
    if (policy.cooldown) {
      deferred = await defer();
      result = await running;
    } else {
      const timer = Symbol('timer');
      let handle: NodeJS.Timeout | undefined;
      const first = await Promise.race([running, new Promise<typeof timer>((r) => (handle = setTimeout(() => r(timer), this.options.deferAfterMs ?? DEFER_AFTER_MS)))]);
      clearTimeout(handle);
      if (first === timer) {
        deferred = await defer();
        result = await running;
      } else {
        result = first;
      }
    }
    this.lastEphemeral.set(key, policy.private || result.doc.ephemeral === true || result.doc.tone === 'error');
    return { ...result, deferred };
  }

  /**
   * Sends a rendered answer: a reply, or an edit of the deferred one (a private answer after a
   * public "thinking…" replaces it with a private follow-up). Several pages get the paging buttons;
   * files go with the first page and stay while its pages are turned.
   */
  private async deliver(interaction: ChatInputCommandInteraction, delivery: Delivery, deferred: { ephemeral: boolean } | undefined): Promise<void> {
    const { pages, ephemeral } = delivery;
    const answerId = pages.length > 1 ? this.pages.save({ id: interaction.user.id, name: interaction.user.username }, pages) : undefined;
    const body = replyBody(pages[0]!, answerId ? [pagingRow(answerId, 0, pages.length)] : [], delivery.files);
    if (!deferred) {
      await interaction.reply({ ...(body as InteractionReplyOptions), flags: ephemeral ? EPHEMERAL : undefined });
    } else if (ephemeral && !deferred.ephemeral) {
      await interaction.deleteReply();
      await interaction.followUp({ ...(body as InteractionReplyOptions), flags: EPHEMERAL });
    } else {
      await interaction.editReply(body);
    }
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
