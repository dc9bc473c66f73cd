import type { CommandContext, DeskCommand } from '../command/types.ts';
import { errorDoc, type Doc } from '../render/doc.ts';
import { renderText, type TextRenderOptions } from '../render/text.ts';
import { parseCommandLine } from './parse.ts';

/**
 * One console line → one answer, through the same command handlers Discord uses. Never throws:
 * a handler failure becomes an error answer (the console user is an editor, not a developer).
 */

export interface LineAnswer {
  /** Parsed and ran a command (even if the command answered with an error Doc). */
  ran: boolean;
  doc: Doc;
  text: string;
}

export const CONSOLE_USER = { id: 'console', name: 'console', isAdmin: true } as const;

export async function answerLine(
  line: string,
  commands: readonly DeskCommand[],
  context: CommandContext,
  render: TextRenderOptions = {},
): Promise<LineAnswer> {
  const parsed = parseCommandLine(line, commands);
  if (!parsed.ok) {
    const doc = errorDoc(parsed.message);
    return { ran: false, doc, text: renderText(doc, render) };
  }
  const { command, subcommand, options } = parsed.value;
  let doc: Doc;
  try {
    doc = await command.execute({ options, subcommand, user: { ...CONSOLE_USER }, surface: 'console' }, { ...context, commands });
  } catch (err) {
    doc = errorDoc(`/${command.data.name} failed`, [`${(err as Error).message ?? String(err)}`, 'The desk is unchanged; try again or /help.']);
  }
  return { ran: true, doc, text: renderText(doc, render) };
}
