import { describe, expect, it } from 'vitest';
import { DiscordSchema } from './schema.ts';

/** The checker itself: it must be able to fail, or the end-to-end "no findings" proves nothing. */
describe('Discord API description checks', () => {
  const schema = new DiscordSchema();
  const callback = '/interactions/500000000000000001/tok/callback';

  it('accepts a reply with mentions off and rejects over-limit or malformed bodies', () => {
    expect(schema.validate('POST', callback, { type: 4, data: { embeds: [{ title: 'عنوان', description: 'نص' }], allowed_mentions: { parse: [] }, flags: 64 } })).toEqual([]);
    expect(schema.validate('POST', callback, { type: 4, data: { embeds: [{ title: 'x'.repeat(257) }] } })).not.toEqual([]);
    expect(schema.validate('POST', callback, { type: 8, data: { choices: Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: `v${i}` })) } })).not.toEqual([]);
    expect(schema.validate('POST', '/channels/300000000000000003/messages', { content: 'x'.repeat(4001) })).not.toEqual([]);
    expect(schema.validate('PUT', '/applications/100000000000000001/commands', [{ name: 'x', description: 'd', default_member_permissions: '32' }])).not.toEqual([]);
  });

  it('routes literal segments before parameters and refuses unknown operations', () => {
    expect(schema.route('/webhooks/1/tok/messages/@original')?.template).toBe('/webhooks/{webhook_id}/{webhook_token}/messages/@original');
    expect(schema.hasOperation('POST', '/channels/1/messages')).toBe(true);
    expect(schema.validate('POST', '/no/such/route', {})).toEqual(['POST /no/such/route is not an operation in Discord\'s API description']);
  });

  it('a missing description fails with a clear message', () => {
    expect(() => new DiscordSchema('/nonexistent/openapi.json')).toThrow(/OpenAPI description was not found at \/nonexistent\/openapi.json/);
  });
});
