import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildMultipart, parseMultipart } from './multipart.ts';
import { CHANNEL_ID, FakeDiscord, TOKEN } from './server.ts';
import { UPLOAD_LIMITS } from './uploads.ts';

/** The fake Discord's checks of messages sent with files, through real HTTP on 127.0.0.1. */

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('chart bytes for the test')]);
let discord: FakeDiscord;

beforeAll(async () => {
  discord = await new FakeDiscord().start();
});
afterAll(async () => {
  await discord.close();
});
beforeEach(() => {
  discord.violations.length = 0;
  discord.channelMessages.length = 0;
});

const message = (extra: Record<string, unknown> = {}) => ({
  embeds: [{ title: 'الأرقام: اعتقالات', image: { url: 'attachment://figure-arrests-all.png' } }],
  attachments: [{ id: '0', filename: 'figure-arrests-all.png', description: 'arrests — all reported' }],
  allowed_mentions: { parse: [] },
  ...extra,
});

async function post(body: FormData | Buffer, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${discord.apiUrl}/v10/channels/${CHANNEL_ID}/messages`, { method: 'POST', headers: { authorization: `Bot ${TOKEN}`, ...headers }, body });
}

/** The way discord.js sends files: the platform's FormData, payload_json and files[n]. */
function form(payload: unknown, files: Array<{ name: string; data: Buffer; type?: string }>): FormData {
  const f = new FormData();
  f.append('payload_json', JSON.stringify(payload));
  files.forEach((file, i) => f.append(`files[${i}]`, new Blob([file.data], { type: file.type ?? 'image/png' }), file.name));
  return f;
}

describe('fake Discord: multipart messages', () => {
  it('accepts a spec-valid upload and keeps the file on the message, addressable from the embed', async () => {
    const res = await post(form(message(), [{ name: 'figure-arrests-all.png', data: PNG }]));
    expect(res.status).toBe(200);
    expect(discord.violations).toEqual([]);
    const [stored] = discord.channelMessages;
    expect(stored!.attachments.map((a) => [a.filename, a.description, a.content_type, a.size])).toEqual([['figure-arrests-all.png', 'arrests — all reported', 'image/png', PNG.length]]);
    expect(stored!.attachments[0]!.data.equals(PNG)).toBe(true);
    const json = (await res.json()) as { attachments: Array<{ filename: string; url: string }> };
    expect(json.attachments[0]!.filename).toBe('figure-arrests-all.png');
    const recorded = discord.requests.at(-1)!;
    expect(recorded.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(recorded.uploads.map((u) => u.index)).toEqual([0]);
  });

  it('flags an embed image that no file provides, and a file the attachments list leaves out', async () => {
    await post(form(message({ attachments: [] }), [{ name: 'figure-arrests-all.png', data: PNG }]));
    expect(discord.violations.join('\n')).toMatch(/files\[0\] uploaded but not listed in attachments/);
    discord.violations.length = 0;
    await post(form(message({ embeds: [{ title: 't', image: { url: 'attachment://other.png' } }] }), [{ name: 'figure-arrests-all.png', data: PNG }]));
    expect(discord.violations.join('\n')).toMatch(/attachment:\/\/other\.png, which the message does not carry/);
    discord.violations.length = 0;
    await post(form(message({ embeds: [{ title: 't', image: { url: 'attachment://رسم.png' } }], attachments: [{ id: '0', filename: 'رسم.png' }] }), [{ name: 'figure.png', data: PNG }]));
    expect(discord.violations.join('\n')).toMatch(/Discord renames files/);
  });

  it('enforces the upload limits: file size, file count, PNG content', async () => {
    await post(form(message(), [{ name: 'figure-arrests-all.png', data: Buffer.concat([PNG, Buffer.alloc(UPLOAD_LIMITS.fileBytes)]) }]));
    expect(discord.violations.join('\n')).toMatch(/over the 8388608-byte upload limit/);
    discord.violations.length = 0;
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `c${i}.png`, data: PNG }));
    await post(form(message({ attachments: eleven.map((f, i) => ({ id: String(i), filename: f.name })), embeds: [] }), eleven));
    expect(discord.violations.join('\n')).toMatch(/file index beyond files\[9\]|11 files/);
    discord.violations.length = 0;
    await post(form(message(), [{ name: 'figure-arrests-all.png', data: Buffer.from('not an image') }]));
    expect(discord.violations.join('\n')).toMatch(/is not a PNG/);
  });

  it('validates payload_json against the multipart schema of the operation', async () => {
    await post(form(message({ embeds: [{ title: 'x'.repeat(300), image: { url: 'attachment://figure-arrests-all.png' } }] }), [{ name: 'figure-arrests-all.png', data: PNG }]));
    expect(discord.violations.join('\n')).toMatch(/post \/channels\/\{channel_id\}\/messages \(multipart\/form-data\): .*title/);
  });

  it('reports malformed multipart bodies instead of guessing', async () => {
    const { body, contentType } = buildMultipart([{ name: 'payload_json', data: Buffer.from(JSON.stringify(message({ attachments: [], embeds: [] }))) }]);
    const unterminated = body.subarray(0, body.length - 8);
    await post(unterminated, { 'content-type': contentType });
    expect(discord.violations.join('\n')).toMatch(/not followed by a boundary|no closing boundary/);
    discord.violations.length = 0;
    await post(body, { 'content-type': 'multipart/form-data' });
    expect(discord.violations.join('\n')).toMatch(/without a boundary/);
    discord.violations.length = 0;
    const stray = buildMultipart([
      { name: 'payload_json', data: Buffer.from('{"content": "x", "allowed_mentions": {"parse": []}}') },
      { name: 'file', filename: 'a.png', contentType: 'image/png', data: PNG },
    ]);
    await post(stray.body, { 'content-type': stray.contentType });
    expect(discord.violations.join('\n')).toMatch(/unexpected form field "file"/);
  });

  it('parses quoted names and binary data exactly', () => {
    const data = Buffer.from([0, 13, 10, 45, 45, 255]);
    const { body, contentType } = buildMultipart([
      { name: 'payload_json', data: Buffer.from('{}') },
      { name: 'files[0]', filename: 'a "b".png', contentType: 'image/png', data },
    ]);
    const parsed = parseMultipart(body, contentType);
    expect(parsed.problems).toEqual([]);
    expect(parsed.parts[1]!.data.equals(data)).toBe(true);
  });
});
