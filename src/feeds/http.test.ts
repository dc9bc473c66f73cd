import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startLoopbackWeb, streamHugeBody, type LoopbackWeb } from '../../tests/loopback-web.ts';
import { isPrivateHost, parseRetryAfter, WebClient } from './http.ts';

const servers: LoopbackWeb[] = [];
async function web(routes: Parameters<typeof startLoopbackWeb>[0]) {
  const s = await startLoopbackWeb(routes);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A port on which nothing listens. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const quick = (extra: ConstructorParameters<typeof WebClient>[0] = {}) => new WebClient({ minHostIntervalMs: 0, timeoutMs: 2000, ...extra });

describe('WebClient', () => {
  it('sends the User-Agent and uses ETag / Last-Modified for a conditional GET (304)', async () => {
    const s = await web({
      '/feed': (req) =>
        req.headers['if-none-match'] === '"v1"' ? { status: 304 } : { headers: { etag: '"v1"', 'last-modified': 'Tue, 05 Mar 2024 08:00:00 GMT', 'content-type': 'application/rss+xml' }, body: '<rss/>' },
    });
    const client = quick({ userAgent: 'newsroom-test/1.0' });
    const first = await client.get(s.url('/feed'));
    expect(first).toMatchObject({ ok: true, status: 200, etag: '"v1"', lastModified: 'Tue, 05 Mar 2024 08:00:00 GMT' });
    const second = await client.get(s.url('/feed'), { etag: '"v1"', lastModified: 'Tue, 05 Mar 2024 08:00:00 GMT' });
    expect(second).toMatchObject({ ok: true, status: 304 });
    expect(s.requests[0]!.headers['user-agent']).toBe('newsroom-test/1.0');
    expect(s.requests[1]!.headers['if-modified-since']).toBe('Tue, 05 Mar 2024 08:00:00 GMT');
  });

  it('backs off after a 429 for as long as Retry-After says, without asking the host meanwhile', async () => {
    let calls = 0;
    const s = await web({ '/busy': () => (++calls === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { body: 'ok' }) });
    const client = quick();
    expect(await client.get(s.url('/busy'))).toMatchObject({ ok: false, problem: 'rate-limited', status: 429 });
    expect(await client.get(s.url('/busy'))).toMatchObject({ ok: false, problem: 'backing-off' });
    expect(s.hits('/busy')).toBe(1);
    expect(client.backingOffUntil(s.url('/busy'))).toBeGreaterThan(Date.now());
    await new Promise((r) => setTimeout(r, 1100));
    expect(await client.get(s.url('/busy'))).toMatchObject({ ok: true, status: 200 });
    expect(s.hits('/busy')).toBe(2);
  });

  it('backs off after a 500, doubling per failure', async () => {
    const s = await web({ '/down': { status: 500 } });
    let now = 1_000_000;
    const client = quick({ backoffBaseMs: 1000, now: () => now });
    expect(await client.get(s.url('/down'))).toMatchObject({ ok: false, problem: 'server-error', status: 500 });
    expect(client.backingOffUntil(s.url('/down'))).toBe(now + 1000);
    now += 1001;
    await client.get(s.url('/down'));
    expect(client.backingOffUntil(s.url('/down'))).toBe(now + 2000);
  });

  it('names a slow answer, an oversized one, a redirect loop and a dead host', async () => {
    const s = await web({
      '/slow': { delayMs: 1500, body: 'late' },
      '/big': { body: Buffer.alloc(300_000, 0x61) },
      // 50 MB streamed without a length: the client must stop reading at its cap.
      '/huge': (_req, res) => streamHugeBody(res, { contentType: 'text/html', byte: 0x62 }),
      '/loop-a': { status: 302, headers: { location: '/loop-b' } },
      '/loop-b': { status: 301, headers: { location: '/loop-a' } },
      '/moved': { status: 301, headers: { location: '/final' } },
      '/final': { body: 'here' },
    });
    // No backoff here: a timeout would otherwise (rightly) make the client leave the host alone for a while.
    const client = quick({ timeoutMs: 500, maxBytes: 100_000, backoffBaseMs: 0 });
    expect(await client.get(s.url('/slow'))).toMatchObject({ ok: false, problem: 'timeout' });
    expect(await client.get(s.url('/big'))).toMatchObject({ ok: false, problem: 'too-large' });
    expect(await client.get(s.url('/huge'))).toMatchObject({ ok: false, problem: 'too-large' });
    expect(await client.get(s.url('/loop-a'))).toMatchObject({ ok: false, problem: 'redirect-loop' });
    expect(await client.get(s.url('/moved'))).toMatchObject({ ok: true, status: 200, url: s.url('/final') });
    expect(await client.get(`http://127.0.0.1:${await deadPort()}/feed`)).toMatchObject({ ok: false, problem: 'dead-host' });
    expect(await client.get('ftp://example.invalid/x')).toMatchObject({ ok: false, problem: 'bad-url' });
  });

  it('refuses this machine and private networks when asked to, also as a redirect target', async () => {
    const s = await web({ '/page': { body: 'x' } });
    const client = quick();
    expect(await client.get(s.url('/page'), { publicOnly: true })).toMatchObject({ ok: false, problem: 'private-host' });
    expect(await client.get(s.url('/page'))).toMatchObject({ ok: true });
    expect(s.hits('/page')).toBe(1);
    expect(isPrivateHost('http://[fd00::1]/')).toBe(true);
    expect(isPrivateHost('http://172.20.0.1/')).toBe(true);
    expect(isPrivateHost('https://example.com/rss')).toBe(false);
    expect(isPrivateHost('http://172.32.0.1/')).toBe(false);
  });

  it('asks one host one thing at a time', async () => {
    let active = 0;
    let most = 0;
    const s = await web({
      '/p': () =>
        new Promise((resolve) => {
          most = Math.max(most, ++active);
          setTimeout(() => {
            active--;
            resolve({ body: 'x' });
          }, 40);
        }),
    });
    const client = quick();
    await Promise.all([1, 2, 3, 4].map((i) => client.get(s.url(`/p?i=${i}`))));
    expect(s.hits('/p')).toBe(4);
    expect(most).toBe(1);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-03-05T08:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 05 Mar 2024 08:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
