import type { CommandContext, DeskCommand } from '../command/types.ts';
import { docPage, errorDoc, type Doc } from '../render/doc.ts';
import { renderText, type TextRenderOptions } from '../render/text.ts';
import { parseCommandLine } from './parse.ts';
import { gateRefusal } from '../command/preconditions.ts';

/**
 * One console line → one answer, through the same command handlers Discord uses. Never throws:
 * a handler failure becomes an error answer (the console user is an editor, not a developer).
 */

export interface LineAnswer {
  /** Parsed and ran a command (even if the command answered with an error Doc). */
  ran: boolean;
  /** The whole answer (every page). */
  doc: Doc;
  /** The answer as console text: the page asked for with `--page N` (the first by default). */
  text: string;
}

export const CONSOLE_USER = { id: 'console', name: 'console', isAdmin: true } as const;

export async function answerLine(
  line: string,
  commands: readonly DeskCommand[],
  context: CommandContext,
  render: TextRenderOptions = {},
): Promise<LineAnswer> {
  const { line: commandLine, page } = pageArgument(line);
  const parsed = parseCommandLine(commandLine, commands);
  if (!parsed.ok) {
    const doc = errorDoc(parsed.message);
    return { ran: false, doc, text: renderText(doc, render) };
  }
  const { command, subcommand, options } = parsed.value;
  const invocation = { options, subcommand, user: { ...CONSOLE_USER }, surface: 'console' as const };
  // The same preconditions as on Discord (the console's user is the desk's operator; no cooldown).
  const refusal = gateRefusal(command, invocation);
  if (refusal) return { ran: true, doc: refusal.doc, text: renderText(refusal.doc, render) };
  let doc: Doc;
  try {
    doc = await command.execute(invocation, { ...context, commands });
  } catch (err) {
    doc = errorDoc(`/${command.data.name} failed`, [`${(err as Error).message ?? String(err)}`, 'The desk is unchanged; try again or /help.']);
  }
  // The whole answer is returned; the text is the page asked for (long lists page, as in Discord).
  const shown = doc.pageSize || page !== undefined ? docPage(doc, page ?? 1, doc.pageSize).doc : doc;
  return { ran: true, doc, text: renderText(shown, render) };
}

/** `--page N` (or `--page=N`) anywhere in a console line: which page of a long answer to show. */
export function pageArgument(line: string): { line: string; page?: number } {
  const m = /(?:^|\s)--page(?:=|\s+)(\S+)/.exec(line);
  if (!m) return { line };
  const page = Number(m[1]);
  return { line: (line.slice(0, m.index) + line.slice(m.index + m[0].length)).trim(), page: Number.isFinite(page) ? page : 1 };
}
