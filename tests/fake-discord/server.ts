import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseMultipart } from './multipart.ts';
import { DiscordSchema } from './schema.ts';
import { ADDRESSABLE_FILENAME, attachmentReferences, matchAttachments, readUploadForm, type Upload } from './uploads.ts';

/**
 * A small Discord on 127.0.0.1 that the real discord.js client talks to: the REST routes the bot
 * uses and a JSON gateway (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME, dispatched
 * interactions). Every request is recorded; every body is validated against Discord's OpenAPI
 * description, plus what a schema cannot say: 6000 characters across a message's embeds,
 * acknowledgement within 3 s, one acknowledgement per interaction, mentions off on every message.
 * Messages with files arrive as multipart/form-data (payload_json + files[n]); the parts, the
 * upload limits and every embed's attachment:// reference are checked too, and the files kept.
 */

export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.fake.loopback-token-for-tests';
export const APP_ID = '100000000000000001';
export const BOT_USER_ID = '100000000000000001';
export const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
export const DIGEST_CHANNEL_ID = '300000000000000004';

/** Permissions as Discord sends them: a member (view, send, history) and one with Manage Server. */
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 16n));
export const ADMIN_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | (1n << 5n));

export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, e.g. /interactions/1/abc/callback. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The request's content type, as sent. */
  contentType: string;
  /** Files of a multipart request (files[n]), in part order. */
  uploads: Upload[];
  authorized: boolean;
  at: number;
}

/** A file on a message, as the fake keeps it. */
export interface StoredAttachment {
  id: string;
  filename: string;
  description?: string;
  content_type?: string;
  size: number;
  data: Buffer;
}

export interface FakeUser {
  id: string;
  username: string;
}

export const EDITOR: FakeUser = { id: '400000000000000001', username: 'editor' };
export const OTHER_EDITOR: FakeUser = { id: '400000000000000002', username: 'colleague' };

interface StoredMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: unknown[];
  components: unknown[];
  flags: number;
  allowed_mentions?: unknown;
  attachments: StoredAttachment[];
}

interface InteractionRecord {
  id: string;
  token: string;
  dispatchedAt: number;
  acknowledgedAt?: number;
  callbackType?: number;
  original?: StoredMessage;
  followUps: StoredMessage[];
  /** Resolvers waiting for the visible answer. */
  waiters: Array<() => void>;
  /** Deferred: the answer is complete once the original is edited or a follow-up is sent. */
  settled: boolean;
}

/** What the user ends up seeing for one interaction. */
export interface Answer {
  interactionId: string;
  callbackType: number;
  deferred: boolean;
  ephemeral: boolean;
  content: string;
  embeds: Array<{ title?: string; description?: string; footer?: { text: string }; fields?: Array<{ name: string; value: string }> }>;
  components: Array<{ components: Array<{ custom_id?: string; label?: string; disabled?: boolean }> }>;
  choices?: Array<{ name: string; value: string }>;
  /** Files on the answer's message (chart images), with their bytes. */
  attachments: StoredAttachment[];
  /** The message the answer is in (for pressing its buttons). */
  message?: StoredMessage;
}

let snowflakeCounter = 500000000000000000n;
const nextId = () => String(++snowflakeCounter);

const GATEWAY_OP = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Schema and limit findings, one line each; a test asserts this stays empty. */
  readonly violations: string[] = [];
  /** Gateway events in order: identify, resume, heartbeat, close. */
  readonly gatewayLog: string[] = [];
  readonly registered = new Map<string, unknown[]>();
  readonly channelMessages: StoredMessage[] = [];
  private readonly schema: DiscordSchema;
  private server!: Server;
  private wss!: WebSocketServer;
  private port = 0;
  private sockets = new Set<WebSocket>();
  private current: WebSocket | undefined;
  private sessionId = `session-${Date.now()}`;
  private seq = 0;
  /** Dispatches sent this session, for replay on RESUME. */
  private sent: Array<{ s: number; t: string; d: unknown }> = [];
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();
  private readyWaiters: Array<() => void> = [];
  private requestWaiters: Array<{ test: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }> = [];

  constructor(schema?: DiscordSchema) {
    this.schema = schema ?? new DiscordSchema();
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!(req.url ?? '').startsWith('/gateway')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws, req));
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  // ───────────────────────────── REST ─────────────────────────────

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    const contentType = req.headers['content-type'] ?? '';
    const multipart = /^multipart\/form-data\b/i.test(contentType);
    let body: unknown;
    let uploads: Upload[] = [];
    if (bytes.length && multipart) {
      const form = readUploadForm(parseMultipart(bytes, contentType), bytes.length);
      for (const p of form.problems) this.violations.push(`${method} ${path}: ${p}`);
      body = form.payload;
      uploads = form.uploads;
    } else if (bytes.length) {
      if (!contentType.includes('application/json')) this.violations.push(`${method} ${path}: body is ${contentType}, not JSON`);
      try {
        body = JSON.parse(bytes.toString('utf8'));
      } catch {
        this.violations.push(`${method} ${path}: body is not valid JSON`);
      }
    }
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      contentType,
      uploads,
      authorized: req.headers.authorization === `Bot ${TOKEN}`,
      at: Date.now(),
    };
    this.requests.push(record);
    if (!url.pathname.startsWith('/api/v10/')) this.violations.push(`${method} ${url.pathname}: not under /api/v10`);
    if (!this.schema.hasOperation(method, path)) this.violations.push(`${method} ${path}: not an operation in Discord's API description`);
    else if (multipart) {
      // The description models a multipart body as the JSON fields plus one field per file.
      const fields = { ...(body as Record<string, unknown>), ...Object.fromEntries(uploads.map((u) => [`files[${u.index}]`, u.data.toString('latin1')])) };
      for (const v of this.schema.validate(method, path, fields, 'multipart/form-data')) this.violations.push(v);
    } else if (body !== undefined) for (const v of this.schema.validate(method, path, body)) this.violations.push(v);

    const reply = (status: number, json?: unknown) => {
      if (json === undefined) return void res.writeHead(status).end();
      res.setHeader('content-type', 'application/json');
      res.writeHead(status).end(JSON.stringify(json));
    };
    try {
      this.route(record, reply);
    } catch (err) {
      reply(500, { code: 0, message: (err as Error).message });
    }
    for (const w of [...this.requestWaiters]) {
      if (w.test(record)) {
        this.requestWaiters.splice(this.requestWaiters.indexOf(w), 1);
        w.resolve(record);
      }
    }
  }

  private route(r: RecordedRequest, reply: (status: number, json?: unknown) => void): void {
    const { method, path } = r;
    const botOnly = !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
    if (botOnly && !r.authorized) return reply(401, { code: 0, message: '401: Unauthorized' });
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (method === 'GET' && path === '/users/@me') return reply(200, this.botUser());
    if (method === 'GET' && path === '/applications/@me') return reply(200, { id: APP_ID, name: 'Desk', flags: 0, bot_public: false, description: '' });
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path)) && method === 'PUT') {
      const list = (Array.isArray(r.body) ? r.body : []) as Array<Record<string, unknown>>;
      const saved = list.map((c) => ({ ...c, id: nextId(), application_id: m![1], version: nextId(), guild_id: m![2], type: c.type ?? 1, default_member_permissions: c.default_member_permissions ?? null }));
      this.registered.set(m[2] ? `guild:${m[2]}` : 'global', saved);
      return reply(200, saved);
    }
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST') return this.callback(m[1]!, m[2]!, r, reply);
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) return this.webhook(m[1]!, m[2]!, m[3], r, reply);
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && method === 'POST') {
      const body = r.body as Record<string, unknown>;
      const msg = this.storeMessage(m[1]!, body, this.attachmentsOf(body, r.uploads));
      this.checkMessage(`POST ${path}`, body, msg.attachments);
      this.channelMessages.push(msg);
      return reply(200, this.messageJson(msg));
    }
    this.violations.push(`unhandled ${method} ${path}`);
    return reply(404, { code: 0, message: '404: Not Found' });
  }

  private callback(id: string, token: string, r: RecordedRequest, reply: (status: number, json?: unknown) => void): void {
    const rec = this.interactions.get(id);
    if (!rec || rec.token !== token) return reply(404, { code: 10062, message: 'Unknown interaction' });
    if (rec.acknowledgedAt !== undefined) {
      this.violations.push(`interaction ${id} acknowledged twice`);
      return reply(400, { code: 40060, message: 'Interaction has already been acknowledged.' });
    }
    rec.acknowledgedAt = Date.now();
    if (rec.acknowledgedAt - rec.dispatchedAt > 3000) this.violations.push(`interaction ${id} acknowledged after ${rec.acknowledgedAt - rec.dispatchedAt} ms (Discord allows 3000)`);
    const body = r.body as { type: number; data?: Record<string, unknown> };
    rec.callbackType = body.type;
    if (r.uploads.length && body.type !== 4 && body.type !== 7) this.violations.push(`callback ${body.type} carries files (only message responses may)`);
    if (body.type === 4 || body.type === 5) {
      rec.original = this.storeMessage(CHANNEL_ID, body.data ?? {}, this.attachmentsOf(body.data ?? {}, r.uploads));
      if (body.type === 5) rec.original.flags |= 1 << 7; // "loading" until edited
      if (body.type === 4) this.checkMessage(`callback ${body.type}`, body.data ?? {}, rec.original.attachments);
    }
    if (body.type === 7 && rec.original) {
      const attachments = this.attachmentsOf(body.data ?? {}, r.uploads, rec.original.attachments);
      this.checkMessage(`callback ${body.type}`, body.data ?? {}, attachments);
      const next = this.storeMessage(rec.original.channel_id, body.data ?? {});
      Object.assign(rec.original, { content: next.content, embeds: next.embeds, components: next.components, allowed_mentions: next.allowed_mentions, attachments });
    }
    if (body.type !== 5) this.settle(rec);
    if (r.query.with_response === 'true') {
      return reply(200, { interaction: { id, type: 2, activity_instance_id: null, response_message_id: rec.original?.id, response_message_loading: body.type === 5, response_message_ephemeral: !!((rec.original?.flags ?? 0) & 64) }, resource: rec.original ? { type: body.type, message: this.messageJson(rec.original) } : { type: body.type } });
    }
    return reply(204);
  }

  private webhook(app: string, token: string, target: string | undefined, r: RecordedRequest, reply: (status: number, json?: unknown) => void): void {
    const rec = this.byToken.get(token);
    if (app !== APP_ID || !rec) return reply(404, { code: 10015, message: 'Unknown Webhook' });
    if (rec.acknowledgedAt === undefined) {
      this.violations.push(`${r.method} ${r.path} before the interaction was acknowledged`);
      return reply(404, { code: 10015, message: 'Unknown Webhook' });
    }
    const body = (r.body ?? {}) as Record<string, unknown>;
    if (target === undefined && r.method === 'POST') {
      const msg = this.storeMessage(CHANNEL_ID, body, this.attachmentsOf(body, r.uploads));
      this.checkMessage(`follow-up`, body, msg.attachments);
      rec.followUps.push(msg);
      this.settle(rec);
      return reply(200, this.messageJson(msg));
    }
    const msg = target === '@original' ? rec.original : rec.followUps.find((f) => f.id === target);
    if (!msg) return reply(404, { code: 10008, message: 'Unknown Message' });
    if (r.method === 'GET') return reply(200, this.messageJson(msg));
    if (r.method === 'DELETE') {
      if (target === '@original') rec.original = undefined;
      return reply(204);
    }
    if (r.method === 'PATCH') {
      const attachments = this.attachmentsOf(body, r.uploads, msg.attachments);
      this.checkMessage(`edit ${target}`, body, attachments);
      msg.attachments = attachments;
      if ('content' in body) msg.content = String(body.content ?? '');
      if ('embeds' in body) msg.embeds = (body.embeds as unknown[]) ?? [];
      if ('components' in body) msg.components = (body.components as unknown[]) ?? [];
      msg.allowed_mentions = body.allowed_mentions;
      msg.flags &= ~(1 << 7);
      this.settle(rec);
      return reply(200, this.messageJson(msg));
    }
    this.violations.push(`unhandled ${r.method} ${r.path}`);
    return reply(405, { code: 0, message: '405: Method Not Allowed' });
  }

  /**
   * A message's files. New message: the uploaded files. Edit: with an `attachments` list, exactly
   * the listed ones (kept by id, new ones by files[n] index); without one, the old files plus any
   * uploaded. Names and descriptions come from the attachments list when it gives them.
   */
  private attachmentsOf(body: Record<string, unknown>, uploads: readonly Upload[], existing?: readonly StoredAttachment[]): StoredAttachment[] {
    const { refs, problems } = matchAttachments(body, uploads, new Set((existing ?? []).map((a) => a.id)));
    for (const p of problems) this.violations.push(p);
    const added = uploads.map((u) => {
      const ref = refs.find((r) => String(r.id) === String(u.index));
      return { id: nextId(), filename: ref?.filename ?? u.filename, description: ref?.description, content_type: u.contentType, size: u.data.length, data: u.data };
    });
    if (!existing) return added;
    const kept = Array.isArray(body.attachments) ? existing.filter((a) => refs.some((r) => String(r.id) === a.id)) : [...existing];
    return [...kept, ...added];
  }

  /** The limits the schema cannot express, and mentions off on every message. */
  private checkMessage(where: string, body: Record<string, unknown>, attachments: readonly StoredAttachment[] = []): void {
    for (const name of attachmentReferences(body)) {
      if (!ADDRESSABLE_FILENAME.test(name)) this.violations.push(`${where}: attachment://${name} — Discord renames files with other characters, so the reference would break`);
      else if (!attachments.some((a) => a.filename === name)) this.violations.push(`${where}: embed refers to attachment://${name}, which the message does not carry`);
    }
    const embeds = (body.embeds ?? []) as Array<{ title?: string; description?: string; footer?: { text?: string }; author?: { name?: string }; fields?: Array<{ name: string; value: string }> }>;
    let total = 0;
    for (const e of embeds) {
      total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
      for (const f of e.fields ?? []) total += f.name.length + f.value.length;
    }
    if (total > 6000) this.violations.push(`${where}: ${total} characters across embeds (Discord allows 6000)`);
    // The description allows 4000 in channel messages (a Nitro user's limit); bots get 2000.
    const content = String(body.content ?? '');
    if (content.length > 2000) this.violations.push(`${where}: content of ${content.length} characters (bots may send 2000)`);
    const parse = (body.allowed_mentions as { parse?: unknown[] } | undefined)?.parse;
    if (!Array.isArray(parse) || parse.length > 0) this.violations.push(`${where}: allowed_mentions is not { parse: [] } (${JSON.stringify(body.allowed_mentions)})`);
  }

  private storeMessage(channelId: string, body: Record<string, unknown>, attachments: StoredAttachment[] = []): StoredMessage {
    return {
      id: nextId(),
      channel_id: channelId,
      content: String(body.content ?? ''),
      embeds: (body.embeds as unknown[]) ?? [],
      components: (body.components as unknown[]) ?? [],
      flags: Number(body.flags ?? 0),
      allowed_mentions: body.allowed_mentions,
      attachments,
    };
  }

  private messageJson(m: StoredMessage): Record<string, unknown> {
    return {
      id: m.id,
      type: 20,
      channel_id: m.channel_id,
      author: this.botUser(),
      content: m.content,
      embeds: m.embeds,
      components: m.components,
      flags: m.flags,
      attachments: m.attachments.map((a) => {
        const url = `${this.apiUrl}/attachments/${m.channel_id}/${a.id}/${a.filename}`;
        return { id: a.id, filename: a.filename, description: a.description, content_type: a.content_type, size: a.size, url, proxy_url: url };
      }),
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      application_id: APP_ID,
      webhook_id: APP_ID,
    };
  }

  private botUser() {
    return { id: BOT_USER_ID, username: 'desk-bot', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 };
  }

  // ───────────────────────────── Gateway ─────────────────────────────

  private onSocket(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.searchParams.get('v') !== '10' || url.searchParams.get('encoding') !== 'json') this.violations.push(`gateway connected with ${url.search}`);
    this.sockets.add(ws);
    this.current = ws;
    ws.on('close', () => {
      this.sockets.delete(ws);
      if (this.current === ws) this.current = undefined;
    });
    ws.on('message', (data) => {
      let payload: { op: number; d: unknown };
      try {
        payload = JSON.parse(String(data));
      } catch {
        return ws.close(4002, 'Decode error');
      }
      this.onGatewayPayload(ws, payload);
    });
    ws.send(JSON.stringify({ op: GATEWAY_OP.Hello, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
  }

  private onGatewayPayload(ws: WebSocket, payload: { op: number; d: unknown }): void {
    switch (payload.op) {
      case GATEWAY_OP.Heartbeat:
        this.gatewayLog.push('heartbeat');
        return ws.send(JSON.stringify({ op: GATEWAY_OP.HeartbeatAck, d: null, s: null, t: null }));
      case GATEWAY_OP.Identify: {
        const d = payload.d as { token?: string; intents?: number };
        this.gatewayLog.push('identify');
        if (d.token !== TOKEN) return ws.close(4004, 'Authentication failed');
        this.sessionId = `session-${nextId()}`;
        this.seq = 0;
        this.sent = [];
        this.dispatch('READY', {
          v: 10,
          user: this.botUser(),
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: this.sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 },
        });
        this.dispatch('GUILD_CREATE', this.guild());
        for (const w of this.readyWaiters.splice(0)) w();
        return;
      }
      case GATEWAY_OP.Resume: {
        const d = payload.d as { token: string; session_id: string; seq: number };
        this.gatewayLog.push('resume');
        if (d.token !== TOKEN || d.session_id !== this.sessionId) {
          return ws.send(JSON.stringify({ op: GATEWAY_OP.InvalidSession, d: false, s: null, t: null }));
        }
        for (const e of this.sent.filter((e) => e.s > d.seq)) ws.send(JSON.stringify({ op: GATEWAY_OP.Dispatch, ...e }));
        this.dispatch('RESUMED', null);
        for (const w of this.readyWaiters.splice(0)) w();
        return;
      }
      default:
        // Presence/voice updates and the like: accepted, not needed here.
        return;
    }
  }

  private dispatch(t: string, d: unknown): void {
    const event = { s: ++this.seq, t, d };
    this.sent.push(event);
    this.current?.send(JSON.stringify({ op: GATEWAY_OP.Dispatch, ...event }));
  }

  /** Resolves when the next IDENTIFY or RESUME has been answered. */
  nextSession(): Promise<void> {
    return new Promise((r) => this.readyWaiters.push(r));
  }

  /** Drops the gateway connection mid-session, as Discord does (code 4000 = unknown error, resumable). */
  dropConnection(code = 4000): void {
    this.gatewayLog.push(`close ${code}`);
    this.current?.close(code, 'Unknown error');
  }

  private guild() {
    return {
      id: GUILD_ID,
      name: 'Newsroom',
      icon: null,
      owner_id: EDITOR.id,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      preferred_locale: 'ar',
      system_channel_flags: 0,
      features: [],
      roles: [{ id: GUILD_ID, name: '@everyone', permissions: MEMBER_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      channels: [
        { id: CHANNEL_ID, type: 0, name: 'desk', guild_id: GUILD_ID, position: 0, permission_overwrites: [], flags: 0 },
        { id: DIGEST_CHANNEL_ID, type: 0, name: 'digest', guild_id: GUILD_ID, position: 1, permission_overwrites: [], flags: 0 },
      ],
      threads: [],
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      member_count: 2,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
    };
  }

  // ───────────────────────────── Interactions ─────────────────────────────

  private member(user: FakeUser, admin: boolean) {
    return {
      user: { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null, flags: 0 },
      roles: [],
      permissions: admin ? ADMIN_PERMISSIONS : MEMBER_PERMISSIONS,
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
    };
  }

  private send(type: number, data: Record<string, unknown>, user: FakeUser, admin: boolean, extra: Record<string, unknown> = {}): InteractionRecord {
    const rec: InteractionRecord = { id: nextId(), token: `itoken-${nextId()}`, dispatchedAt: Date.now(), followUps: [], waiters: [], settled: false };
    this.interactions.set(rec.id, rec);
    this.byToken.set(rec.token, rec);
    this.dispatch('INTERACTION_CREATE', {
      id: rec.id,
      application_id: APP_ID,
      type,
      token: rec.token,
      version: 1,
      guild_id: GUILD_ID,
      guild: { id: GUILD_ID, locale: 'ar', features: [] },
      guild_locale: 'ar',
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, name: 'desk', guild_id: GUILD_ID, flags: 0, permissions: admin ? ADMIN_PERMISSIONS : MEMBER_PERMISSIONS },
      member: this.member(user, admin),
      app_permissions: ADMIN_PERMISSIONS,
      locale: 'ar',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      context: 0,
      attachment_size_limit: 8 * 1024 * 1024,
      data,
      ...extra,
    });
    return rec;
  }

  private commandId(name: string): string {
    const all = [...this.registered.values()].flat() as Array<{ id: string; name: string }>;
    return all.find((c) => c.name === name)?.id ?? nextId();
  }

  /** Slash command: options as name → value (strings, numbers, booleans); `subcommand` nests them. */
  command(name: string, opts: { options?: Record<string, string | number | boolean>; subcommand?: string; user?: FakeUser; admin?: boolean } = {}): Promise<Answer> {
    const leaf = Object.entries(opts.options ?? {}).map(([n, value]) => ({ name: n, type: typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : typeof value === 'boolean' ? 5 : 3, value }));
    const options = opts.subcommand ? [{ name: opts.subcommand, type: 1, options: leaf }] : leaf;
    const rec = this.send(2, { id: this.commandId(name), name, type: 1, options, guild_id: GUILD_ID }, opts.user ?? EDITOR, opts.admin ?? false);
    return this.answer(rec);
  }

  /** Autocomplete: the focused option's typed text; resolves with the offered choices. */
  autocomplete(name: string, focused: string, typed: string, opts: { options?: Record<string, string>; user?: FakeUser } = {}): Promise<Answer> {
    const options = [...Object.entries(opts.options ?? {}).map(([n, value]) => ({ name: n, type: 3, value })), { name: focused, type: 3, value: typed, focused: true }];
    const rec = this.send(4, { id: this.commandId(name), name, type: 1, options, guild_id: GUILD_ID }, opts.user ?? EDITOR, false);
    return this.answer(rec);
  }

  /** Presses a button on a message the bot sent. */
  press(message: StoredMessage, customId: string, opts: { user?: FakeUser } = {}): Promise<Answer> {
    const rec = this.send(3, { custom_id: customId, component_type: 2 }, opts.user ?? EDITOR, false, { message: this.messageJson(message) });
    // An update (type 7) edits the pressed message: keep the same stored message.
    rec.original = message;
    return this.answer(rec);
  }

  private settle(rec: InteractionRecord): void {
    rec.settled = true;
    for (const w of rec.waiters.splice(0)) w();
  }

  private answer(rec: InteractionRecord, timeoutMs = 10_000): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to interaction ${rec.id} within ${timeoutMs} ms`)), timeoutMs);
      const done = () => {
        clearTimeout(timer);
        // Answers arrive in the same tick as the request; give discord.js a moment to finish follow-ups.
        setImmediate(() => resolve(this.answerOf(rec)));
      };
      if (rec.settled) done();
      else rec.waiters.push(done);
    });
  }

  private answerOf(rec: InteractionRecord): Answer {
    const callback = this.requests.find((r) => r.path === `/interactions/${rec.id}/${rec.token}/callback`);
    const body = callback?.body as { type: number; data?: { choices?: Array<{ name: string; value: string }> } } | undefined;
    const message = rec.followUps.at(-1) ?? rec.original;
    return {
      interactionId: rec.id,
      callbackType: body?.type ?? -1,
      deferred: body?.type === 5,
      ephemeral: !!((message?.flags ?? 0) & 64),
      content: message?.content ?? '',
      embeds: (message?.embeds ?? []) as Answer['embeds'],
      components: (message?.components ?? []) as Answer['components'],
      choices: body?.type === 8 ? (body.data?.choices ?? []) : undefined,
      attachments: message?.attachments ?? [],
      message,
    };
  }

  /** Resolves with the first request (already recorded or future) that matches. */
  waitForRequest(test: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const found = this.requests.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = { test, resolve: (r: RecordedRequest) => (clearTimeout(timer), resolve(r)) };
      const timer = setTimeout(() => {
        this.requestWaiters.splice(this.requestWaiters.indexOf(waiter), 1);
        reject(new Error(`no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      this.requestWaiters.push(waiter);
    });
  }
}
