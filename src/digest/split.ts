import { plainText, type Doc, type DocItem, type DocSection, type RichText } from '../render/doc.ts';

/**
 * A digest posted to a channel is a series of messages, and every message must fit Discord's
 * limits on its own (6000 characters across a message's embeds, 4096 in a description, 25
 * fields). The renderer can paginate one Doc behind buttons for a reply, but channel posts have no
 * pages: so the digest is cut here, between items — never inside one — into Docs that each fit
 * one message with room to spare for the renderer's own furniture (escaping, direction marks,
 * headings).
 */

export interface MessageBudget {
  /** Characters of text (title, summary, headings, quotes, lines, footer) per message. */
  maxChars: number;
  /** Items per message (each may become an embed field). */
  maxItems: number;
}

/** Well under 4096 (description) and 6000 (message): escaping and RTL marks can add a fifth. */
export const DISCORD_MESSAGE_BUDGET: MessageBudget = { maxChars: 3200, maxItems: 20 };

const len = (text: RichText | undefined): number => (text === undefined ? 0 : [...plainText(text)].length);

export function itemSize(item: DocItem): number {
  return len(item.heading) + len(item.quote) + (item.lines ?? []).reduce((n, l) => n + len(l) + 1, 0) + 4;
}

function fixedSize(doc: Doc): number {
  return len(doc.title) + 24 + (doc.summary ?? []).reduce((n, l) => n + len(l) + 1, 0) + len(doc.footer);
}

/** Splits each Doc into Docs that fit the budget; continuation parts say so in their title. */
export function splitForMessages(docs: Doc[], budget: MessageBudget = DISCORD_MESSAGE_BUDGET): Doc[] {
  return docs.flatMap((doc) => splitDoc(doc, budget));
}

function splitDoc(doc: Doc, budget: MessageBudget): Doc[] {
  const parts: Array<{ sections: DocSection[]; chars: number; items: number }> = [];
  const head = fixedSize(doc);
  let current = { sections: [] as DocSection[], chars: head, items: 0 };
  const flush = () => {
    if (current.items > 0 || current.sections.length > 0) parts.push(current);
    // Continuations carry the title (marked) but not the summary.
    current = { sections: [], chars: len(doc.title) + 40 + len(doc.footer), items: 0 };
  };
  for (const section of doc.sections ?? []) {
    let open: DocSection | undefined;
    for (const item of section.items) {
      const size = itemSize(item);
      const sectionCost = open ? 0 : len(section.title) + 16;
      const fits = current.items + 1 <= budget.maxItems && current.chars + sectionCost + size <= budget.maxChars;
      if (!fits && current.items > 0) {
        flush();
        open = undefined;
      }
      if (!open) {
        // A section continued in a new message says so, so the reader is not left guessing what the items are.
        const continued = current.sections.length === 0 && parts.some((p) => p.sections.some((s) => s.title === section.title || s.title === `${section.title} (continued)`));
        open = { ...section, title: section.title && continued ? `${section.title} (continued)` : section.title, items: [] };
        current.sections.push(open);
        current.chars += len(open.title) + 16;
      }
      // An item bigger than a whole message still goes alone: items are cut upstream (trimAtWord), never here.
      open.items.push(item);
      current.items++;
      current.chars += size;
    }
    if (section.items.length === 0) current.sections.push({ ...section, items: [] });
  }
  flush();
  if (parts.length <= 1) return [doc];
  return parts.map((part, i) => ({
    ...doc,
    title: `${doc.title} (${i + 1}/${parts.length})`,
    summary: i === 0 ? doc.summary : undefined,
    // Charts go with the first message only, not once per part.
    charts: i === 0 ? doc.charts : undefined,
    sections: part.sections,
  }));
}
