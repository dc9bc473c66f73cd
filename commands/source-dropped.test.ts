import { beforeAll, describe, expect, it } from 'vitest';
import { Desk } from '../src/desk/desk.ts';
import { exportDesk } from '../src/export/export-json.ts';
import { renderText } from '../src/render/text.ts';
import { command as source } from './source.ts';

/** Every block cleaning dropped is visible with its reason: on an admin's /source card and in the export. */

let desk: Desk;
beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
});

const card = async (isAdmin: boolean) => renderText(await source.execute({ options: { id: '002' }, user: { id: 'u', name: 'editor', isAdmin }, surface: 'console' }, { desk }));

describe('dropped blocks', () => {
  it('are listed with their reasons on an admin\'s /source card, and not on an editor\'s', async () => {
    const admin = await card(true);
    expect(admin).toContain('Cleaned away (first 15 of 18; the export lists all)');
    expect(admin).toContain('related-articles marker');
    expect(admin).toContain('قد يهمك ايضا');
    expect(admin).toContain('ارسلوا مقالاتكم للنشر إلى: info@elaiounsidimellouk.com');
    const editor = await card(false);
    expect(editor).toContain('Cleaned away: 18 boilerplate block(s)');
    expect(editor).not.toContain('قد يهمك ايضا');
  });

  it('are all in the export, verbatim, with their reasons', () => {
    const exported = exportDesk(desk).articles.find((a) => a.id === '002')!;
    expect(exported.dropped).toHaveLength(18);
    expect(exported.dropped[0]).toEqual({ reason: 'dateline', text: 'تاريخ النشر الأصلي: 10 يناير، 2022' });
    expect(exported.dropped.at(-1)).toEqual({ reason: 'punctuation-only line', text: '*' });
  });
});
