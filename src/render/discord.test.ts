import { describe, expect, it } from 'vitest';
import type { Doc, DocItem } from './doc.ts';
import { DISCORD_LIMITS, escapeText, isolateLtrRuns, limitViolations, neutralizeMentions, renderDiscord } from './discord.ts';

const QUOTE = 'قال الرئيس إن "الإرهابيين الدوليين" حاولوا الاستيلاء على السلطة في البلاد، وإن القوات أعادت النظام الدستوري خلال أيام.';

function item(i: number, quote = QUOTE): DocItem {
  return { heading: `00${i % 10} · العرب اليوم · 2022-01-10`, quote, lines: [`بيان رقم ${i}`] };
}

function bigDoc(items: number, quote = QUOTE): Doc {
  return { tone: 'info', title: 'من قال ماذا', summary: ['ملخص'], sections: [{ title: 'المصدر 002', items: Array.from({ length: items }, (_, i) => item(i, quote)) }], footer: '/who-said' };
}

describe('renderDiscord', () => {
  it('keeps every page within Discord limits and mentions off', () => {
    const pages = renderDiscord(bigDoc(40, QUOTE.repeat(5)));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.allowed_mentions).toEqual({ parse: [] });
      expect(limitViolations(page)).toEqual([]);
      expect(page.embeds).toHaveLength(1);
      expect(page.embeds![0]!.footer!.text).toMatch(/Page \d+\/\d+/);
    }
  });

  it('paginates between items: every item appears exactly once, whole', () => {
    const doc = bigDoc(30);
    const pages = renderDiscord(doc);
    const all = pages.map((p) => p.embeds![0]!.description!).join('\n');
    for (let i = 0; i < 30; i++) expect(all.split(new RegExp(`بيان رقم ${i}(?!\\d)`)).length - 1).toBe(1);
    // the quote is never cut when it fits
    expect(all).toContain('النظام الدستوري خلال أيام.');
    // continued sections are labelled
    expect(pages[1]!.embeds![0]!.description).toMatch(/^__\*\*المصدر .*\(continued\)/);
  });

  it('shortens a single enormous quote at a word boundary, never mid-word', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `كلمة${i}`).join(' ');
    const pages = renderDiscord({ tone: 'info', title: 't', sections: [{ items: [{ heading: 'h', quote: words }] }] });
    expect(pages).toHaveLength(1);
    const description = pages[0]!.embeds![0]!.description!;
    expect(limitViolations(pages[0]!)).toEqual([]);
    expect(description.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    // ends with an ellipsis after a whole word; the excerpt carries no invisible marks
    expect(description).toMatch(/كلمة\d+…$/);
    expect(description).not.toMatch(/[\u2066-\u2069]/);
  });

  it('titles escape markdown; footers keep text as typed but mentions inert', () => {
    const [page] = renderDiscord({ tone: 'info', title: '**عاجل** @everyone', summary: ['x'], footer: '/who-said speaker:*x* @here' });
    expect(page!.embeds![0]!.title).toBe('\\*\\*عاجل\\*\\* @\u200Deveryone');
    expect(page!.embeds![0]!.footer!.text).toBe('/who-said speaker:*x* @\u200Dhere');
  });

  it('long titles and footers stay within their limits', () => {
    const [page] = renderDiscord({ tone: 'warning', title: 'عنوان '.repeat(100), footer: 'ذيل '.repeat(1000), summary: ['x'] });
    expect(page!.embeds![0]!.title!.length).toBeLessThanOrEqual(256);
    expect(page!.embeds![0]!.footer!.text.length).toBeLessThanOrEqual(2048);
    expect(limitViolations(page!)).toEqual([]);
  });

  it('errors are plain ephemeral-ready text within 2000 characters', () => {
    const [page] = renderDiscord({ tone: 'error', title: 'No article "999"', summary: ['Nearest ids: 001, 002'.repeat(200)], ephemeral: true });
    expect(page!.embeds).toBeUndefined();
    expect(page!.content!.length).toBeLessThanOrEqual(2000);
    expect(page!.content).toMatch(/^\*\*No article "999"\*\*/);
  });

  it('quotes are blockquotes on their own lines, verbatim: no isolates, not even around digits', () => {
    const [page] = renderDiscord({ tone: 'info', title: 't', sections: [{ items: [{ heading: 'h', quote: 'السطر الأول\nالسطر الثاني' }] }] });
    expect(page!.embeds![0]!.description).toBe('**h**\n> السطر الأول\n> السطر الثاني');
    const quote = 'قالت وزارة الداخلية إن قوات الأمن اعتقلت 7 آلاف و939 شخصاً حتى صباح 2022-01-10، بينهم "Tokayev Jr."';
    const [numbers] = renderDiscord({ tone: 'info', title: 't', sections: [{ items: [{ heading: '002 · العرب اليوم · 2022-01-10 — as «الرئيس Kassym-Jomart Tokayev»', quote }] }] });
    const lines = numbers!.embeds![0]!.description!.split('\n');
    expect(lines[1]).toBe(`> ${quote}`);
    // The heading isolates the date, never the quoted mention.
    expect(lines[0]).toContain('\u20662022-01-10\u2069');
    expect(lines[0]).toContain('«الرئيس Kassym-Jomart Tokayev»');
  });

  it('highlights become bold runs', () => {
    const [page] = renderDiscord({ tone: 'info', title: 't', sections: [{ items: [{ heading: 'h', quote: [{ text: 'قال ' }, { text: 'الثورات الملونة', strong: true }] }] }] });
    expect(page!.embeds![0]!.description).toContain('**الثورات الملونة**');
  });
});

describe('escaping article text', () => {
  it('makes @everyone, @here and user/role/channel mentions inert', () => {
    const text = neutralizeMentions('تحذير @everyone و @here إلى <@123456789012345678> و <@!1> و <@&2> و <#3>');
    expect(text).not.toMatch(/@everyone|@here|<@\d|<@!|<@&|<#\d/);
    expect(text).toContain('@\u200Deveryone');
  });

  it('escapes markdown and masked links, quiets bare links', () => {
    expect(escapeText('**عاجل** _مهم_ [اضغط](https://evil.example)')).toBe('\\*\\*عاجل\\*\\* \\_مهم\\_ \\[اضغط](<https://evil.example>)');
    expect(escapeText('المصدر https://example.com/a')).toBe('المصدر <https://example.com/a>');
    expect(escapeText('# عنوان')).toBe('\\# عنوان');
  });

  it('isolates ids, dates and numbers inside Arabic lines only', () => {
    expect(isolateLtrRuns('002 · العرب اليوم · 2022-01-10')).toBe('002 · العرب اليوم · \u20662022-01-10\u2069');
    expect(isolateLtrRuns('كما قال «Vladimir Putin 2022» أمس، Vladimir Putin')).toBe('كما قال «Vladimir Putin 2022» أمس، \u2066Vladimir Putin\u2069');
    expect(isolateLtrRuns('قتل 7,939 شخصا')).toBe('قتل \u20667,939\u2069 شخصا');
    expect(isolateLtrRuns('اعتقال ~8,000 و>160 شخصا')).toBe('اعتقال \u2066~8,000\u2069 و\u2066>160\u2069 شخصا');
    expect(isolateLtrRuns('Kassym-Jomart Tokayev said 7,939')).toBe('Kassym-Jomart Tokayev said 7,939');
  });

  it('an article quoting @everyone renders without any live mention', () => {
    const pages = renderDiscord({ tone: 'info', title: 'خبر @everyone', summary: ['<@123>'], sections: [{ items: [{ heading: '@here', quote: 'قال @everyone و <@123456789012345678>' }] }], footer: '@everyone' });
    const json = JSON.stringify(pages);
    expect(json).not.toMatch(/@everyone|@here|<@\d/);
    expect(pages[0]!.allowed_mentions).toEqual({ parse: [] });
  });
});
