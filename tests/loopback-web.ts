import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A web server on 127.0.0.1 for tests of feeds and page fetching: each route answers with a
 * fixed response or a handler. Bounded: it refuses more than `maxRequests` requests and closes
 * every connection on close(), so a test can never hang on it or reach beyond the machine.
 */

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering (slow servers). */
  delayMs?: number;
}

export type Route = Reply | ((req: IncomingMessage, res: ServerResponse) => void | Reply | Promise<void | Reply>);

export interface LoopbackWeb {
  origin: string;
  url(path: string): string;
  /** Requests received, in order (path and the headers that matter to politeness). */
  requests: Array<{ path: string; headers: IncomingMessage['headers']; at: number }>;
  hits(path: string): number;
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startLoopbackWeb(routes: Record<string, Route> = {}, options: { maxRequests?: number } = {}): Promise<LoopbackWeb> {
  const table = new Map(Object.entries(routes));
  const requests: LoopbackWeb['requests'] = [];
  const maxRequests = options.maxRequests ?? 20_000;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path: req.url ?? '/', headers: req.headers, at: Date.now() });
    if (requests.length > maxRequests) {
      res.writeHead(503).end('test server request limit');
      return;
    }
    const route = table.get(req.url ?? '/') ?? table.get(path);
    const send = (reply: Reply) => {
      const write = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, reply.headers ?? {});
        res.end(reply.body ?? '');
      };
      if (reply.delayMs) setTimeout(write, reply.delayMs).unref();
      else write();
    };
    if (!route) return send({ status: 404, body: 'not found' });
    if (typeof route === 'function') {
      void Promise.resolve(route(req, res)).then((reply) => reply && send(reply), () => res.destroy());
      return;
    }
    send(route);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    hits: (path) => requests.filter((r) => r.path === path || r.path.split('?')[0] === path).length,
    route: (path, route) => void table.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Text → windows-1256 bytes (Node has no encoder for it; the decoder's table is inverted). */
export function encodeWindows1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`no windows-1256 byte for ${ch}`);
      out.push(b);
    }
  }
  return Buffer.from(out);
}

/** Streams `megabytes` of `byte` with no Content-Length, honouring back-pressure: a client must stop at its own cap. */
export function streamHugeBody(res: ServerResponse, { contentType, byte = 0x20, megabytes = 50 }: { contentType: string; byte?: number; megabytes?: number }): void {
  res.writeHead(200, { 'content-type': contentType });
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, byte);
  const pump = (): void => {
    while (sent < megabytes * 1024 * 1024 && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}
