import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Desk } from '../src/desk/desk.ts';
import { DigestService } from '../src/digest/service.ts';
import type { Doc } from '../src/render/doc.ts';
import { renderText } from '../src/render/text.ts';
import { command as digestCommand } from './digest.ts';
import { gateRefusal } from '../src/command/preconditions.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const editor = { id: 'u1', name: 'editor', isAdmin: false };
const admin = { id: 'u2', name: 'chief', isAdmin: true };
let desk: Desk;
let stateDir: string;
beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
  stateDir = mkdtempSync(join(tmpdir(), 'desk-digest-cmd-'));
});
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

describe('/digest', () => {
  it('preview: anyone, only to them, the five seeds, nothing posted', async () => {
    const posts: Doc[][] = [];
    const digest = new DigestService({ desk, stateDir, logger: silent, post: async (d) => (posts.push(d), ['m']) });
    const doc = await digestCommand.execute({ options: {}, subcommand: 'preview', user: editor, surface: 'discord' }, { desk, digest });
    expect(doc.ephemeral).toBe(true);
    const text = renderText(doc);
    expect(text).toContain('5 new articles');
    for (const id of ['000', '001', '002', '003', '004']) expect(text).toContain(`${id} ·`);
    expect(text).toContain('nothing was posted');
    expect(posts).toEqual([]);
  });

  it('post: refused to non-admins, posts for admins, then says there is nothing new', async () => {
    const posts: Doc[][] = [];
    const digest = new DigestService({ desk, stateDir, logger: silent, post: async (d) => (posts.push(d), d.map((_, i) => `m${i}`)) });
    // Rights are the command's declared preconditions, checked before it runs (Discord and console alike).
    const refused = gateRefusal(digestCommand, { options: {}, subcommand: 'post', user: editor, surface: 'discord' });
    expect(refused?.doc.tone).toBe('error');
    expect(refused?.doc.title).toBe('Only administrators can run /digest post');
    expect(gateRefusal(digestCommand, { options: {}, subcommand: 'preview', user: editor, surface: 'discord' })).toBeUndefined();
    expect(gateRefusal(digestCommand, { options: {}, subcommand: 'post', user: admin, surface: 'discord' })).toBeUndefined();
    expect(posts).toEqual([]);
    const done = await digestCommand.execute({ options: {}, subcommand: 'post', user: admin, surface: 'discord' }, { desk, digest });
    expect(renderText(done)).toMatch(/Digest posted[\s\S]*5 article\(s\) in \d+ message\(s\)/);
    expect(posts).toHaveLength(1);
    const again = await digestCommand.execute({ options: {}, subcommand: 'post', user: admin, surface: 'discord' }, { desk, digest });
    expect(renderText(again)).toContain('nothing new since the last digest');
  });

  it('without a digest service (no runtime): preview still works, post explains why not', async () => {
    const preview = await digestCommand.execute({ options: {}, subcommand: 'preview', user: editor, surface: 'console' }, { desk });
    expect(renderText(preview)).toContain('5 new articles');
    const post = await digestCommand.execute({ options: {}, subcommand: 'post', user: admin, surface: 'console' }, { desk });
    expect(renderText(post)).toContain('DIGEST_CHANNEL_ID');
  });
});
