import type { CommandInvocation, DeskCommand, Precondition } from './types.ts';
import { errorDoc, type Doc } from '../render/doc.ts';

/**
 * What a command demands before it runs, declared once per command (and per sub-command) as a
 * list, as Sapphire's preconditions are: `admin` (members with Manage Server, or whoever the
 * server's Integrations settings allow for a command that is admin as a whole), `private` (the
 * answer is only for the person who asked), `cooldown` (a heavy command: one run per person every
 * few seconds, answered after an immediate "thinking…"). The Discord runtime, the console and
 * registration (default_member_permissions) all read the same list; commands never check rights
 * themselves.
 */

export interface CommandPolicy {
  admin: boolean;
  private: boolean;
  cooldown: boolean;
}

/** The preconditions in force for a command and sub-command: the command's own, then the sub-command's. */
export function policyOf(command: DeskCommand, subcommand?: string): CommandPolicy {
  const list: Precondition[] = [...(command.preconditions ?? []), ...((subcommand && command.subcommandPreconditions?.[subcommand]) || [])];
  return { admin: list.includes('admin'), private: list.includes('private'), cooldown: list.includes('cooldown') };
}

/** Whether any part of a command (itself or a sub-command) is for admins: for /help's "(admin)". */
export function hasAdminPart(command: DeskCommand): boolean {
  return policyOf(command).admin || Object.values(command.subcommandPreconditions ?? {}).some((list) => list.includes('admin'));
}

export interface GateServices {
  /** Milliseconds the user still has to wait for this command (0: go ahead, and the run is recorded). */
  cooldown?: (userId: string, command: string) => number;
}

/**
 * The refusal for an invocation that does not meet its command's preconditions, or undefined when
 * it may run. Admin rights come from the runtime (`invocation.user.isAdmin`: the console's user is
 * the desk's operator; on Discord, see the interaction handler).
 */
export function gateRefusal(command: DeskCommand, invocation: CommandInvocation, services: GateServices = {}): { doc: Doc; outcome: 'forbidden' | 'cooldown' } | undefined {
  const policy = policyOf(command, invocation.subcommand);
  const name = `/${command.data.name}${invocation.subcommand ? ` ${invocation.subcommand}` : ''}`;
  if (policy.admin && !invocation.user.isAdmin) {
    return {
      doc: errorDoc(`Only administrators can run ${name}`, ['It needs Manage Server, or a role the server’s Integrations settings allow for this command.']),
      outcome: 'forbidden',
    };
  }
  if (policy.cooldown && services.cooldown) {
    const waitMs = services.cooldown(invocation.user.id, command.data.name);
    if (waitMs > 0) {
      return {
        doc: errorDoc(`Please wait ${Math.ceil(waitMs / 1000)} s before running /${command.data.name} again`, ['It is a heavy command, limited to one run per person every few seconds.']),
        outcome: 'cooldown',
      };
    }
  }
  return undefined;
}
