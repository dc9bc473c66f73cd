/**
 * A polite HTTP client for feeds and article pages. Publishers block bots that hammer them, and a
 * feed bot's worst failure is going silent, so: one request at a time per host (with a minimum
 * gap), conditional GET (ETag / If-Modified-Since → 304), backoff after 429 and 5xx that honours
 * Retry-After, a timeout on the whole exchange, a size cap enforced while reading (a 50 MB page
 * is cut off, never buffered), redirects followed by hand so a loop is named as one, and a
 * configurable User-Agent. Every failure is a value with a named code, never a throw.
 */

export type FetchProblem =
  | 'bad-url'
  | 'dead-host'
  | 'timeout'
  | 'too-large'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'rate-limited'
  | 'server-error'
  | 'http-error'
  | 'backing-off'
  | 'private-host'
  | 'network-error';

export type FetchOutcome =
  | { ok: true; status: 200; url: string; body: Buffer; contentType: string | null; etag: string | null; lastModified: string | null }
  | { ok: true; status: 304; url: string }
  | { ok: false; problem: FetchProblem; message: string; status?: number; url: string };

export interface WebClientOptions {
  /** Default: "arabic-desk-bot/<version> (+newsroom feed reader)". */
  userAgent?: string;
  /** Whole exchange, headers and body (default 15 s). */
  timeoutMs?: number;
  /** Body size cap (default 5 MB). */
  maxBytes?: number;
  maxRedirects?: number;
  /** Least time between two requests to one host (default 250 ms). */
  minHostIntervalMs?: number;
  /** First backoff after a 5xx/429 without Retry-After; doubles per failure (default 30 s). */
  backoffBaseMs?: number;
  /** Longest backoff, whatever Retry-After says (default 1 h). */
  maxBackoffMs?: number;
  now?: () => number;
}

export interface RequestOptions {
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** Refuse this machine and private networks, also as a redirect target (links typed in Discord). */
  publicOnly?: boolean;
}

export const DEFAULT_USER_AGENT = 'arabic-desk-bot/0.1 (+newsroom feed reader)';

interface HostState {
  /** Requests to this host run one after another on this chain. */
  chain: Promise<unknown>;
  lastRequestAt: number;
  /** No request before this time (Retry-After or backoff). */
  notBefore: number;
  failures: number;
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function describeNetworkError(err: unknown): { problem: FetchProblem; message: string } {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (err as NodeJS.ErrnoException)?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EAI_AGAIN') {
    return { problem: 'dead-host', message: `the host does not answer (${code})` };
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return { problem: 'network-error', message: `the connection was cut (${code})` };
  return { problem: 'network-error', message: cause?.message ?? (err as Error)?.message ?? String(err) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class WebClient {
  readonly userAgent: string;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly minHostIntervalMs: number;
  private readonly backoffBaseMs: number;
  private readonly maxBackoffMs: number;
  private readonly now: () => number;
  private readonly hosts = new Map<string, HostState>();

  constructor(options: WebClientOptions = {}) {
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.minHostIntervalMs = options.minHostIntervalMs ?? 250;
    this.backoffBaseMs = options.backoffBaseMs ?? 30_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 3_600_000;
    this.now = options.now ?? Date.now;
  }

  /** When a host may next be asked (0 when now), for /feeds. */
  backingOffUntil(url: string): number {
    const host = hostOf(url);
    const at = host ? (this.hosts.get(host)?.notBefore ?? 0) : 0;
    return at > this.now() ? at : 0;
  }

  /** GET with politeness; resolves with the outcome, never rejects. */
  get(url: string, options: RequestOptions = {}): Promise<FetchOutcome> {
    const host = hostOf(url);
    if (!host) return Promise.resolve({ ok: false, problem: 'bad-url', message: `not an http(s) address: ${url.slice(0, 200)}`, url });
    let state = this.hosts.get(host);
    if (!state) this.hosts.set(host, (state = { chain: Promise.resolve(), lastRequestAt: 0, notBefore: 0, failures: 0 }));
    const hostState = state;
    const run = hostState.chain.then(() => this.politely(hostState, url, options));
    hostState.chain = run.catch(() => undefined);
    return run;
  }

  private async politely(state: HostState, url: string, options: RequestOptions): Promise<FetchOutcome> {
    const now = this.now();
    if (state.notBefore > now) {
      return { ok: false, problem: 'backing-off', message: `the host asked us to wait; next try after ${new Date(state.notBefore).toISOString()}`, url };
    }
    const gap = state.lastRequestAt + this.minHostIntervalMs - now;
    if (gap > 0) await sleep(gap);
    state.lastRequestAt = this.now();
    let outcome: FetchOutcome;
    try {
      outcome = await this.exchange(url, options);
    } catch (err) {
      outcome = { ok: false, ...describeNetworkError(err), url };
    }
    if (outcome.ok) state.failures = 0;
    else if (outcome.problem === 'rate-limited' || outcome.problem === 'server-error' || outcome.problem === 'timeout') {
      state.failures++;
      const asked = (outcome as { retryAfterMs?: number }).retryAfterMs;
      const wait = asked ?? this.backoffBaseMs * 2 ** Math.min(state.failures - 1, 10);
      state.notBefore = this.now() + Math.min(wait, this.maxBackoffMs);
      delete (outcome as { retryAfterMs?: number }).retryAfterMs;
    }
    return outcome;
  }

  private async exchange(start: string, options: RequestOptions): Promise<FetchOutcome & { retryAfterMs?: number }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const seen = new Set<string>();
    let url = start;
    try {
      for (let hop = 0; ; hop++) {
        seen.add(url);
        if (options.publicOnly && isPrivateHost(url)) return { ok: false, problem: 'private-host', message: `${hop ? 'redirected to' : 'links to'} this machine or a private network; not fetched`, url: start };
        const headers: Record<string, string> = {
          'user-agent': this.userAgent,
          accept: options.accept ?? '*/*',
          'accept-encoding': 'gzip, deflate, br',
        };
        // Validators belong to the address they came from, not to a redirect target.
        if (hop === 0 && options.etag) headers['if-none-match'] = options.etag;
        if (hop === 0 && options.lastModified) headers['if-modified-since'] = options.lastModified;
        let response: Response;
        try {
          response = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
        } catch (err) {
          if (controller.signal.aborted) return { ok: false, problem: 'timeout', message: `no complete answer within ${Math.round(this.timeoutMs / 1000)} s`, url };
          return { ok: false, ...describeNetworkError(err), url };
        }
        if (response.status >= 300 && response.status < 400 && response.status !== 304) {
          await response.body?.cancel().catch(() => undefined);
          const location = response.headers.get('location');
          const next = location ? safeUrl(location, url) : null;
          if (!next) return { ok: false, problem: 'http-error', status: response.status, message: `redirect (${response.status}) without a usable Location`, url };
          if (seen.has(next)) return { ok: false, problem: 'redirect-loop', status: response.status, message: `redirect loop: ${next} leads back to itself`, url: start };
          if (hop + 1 > this.maxRedirects) return { ok: false, problem: 'too-many-redirects', message: `more than ${this.maxRedirects} redirects`, url: start };
          url = next;
          continue;
        }
        if (response.status === 304) {
          await response.body?.cancel().catch(() => undefined);
          return { ok: true, status: 304, url };
        }
        if (response.status !== 200) {
          await response.body?.cancel().catch(() => undefined);
          const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now()) ?? undefined;
          if (response.status === 429) return { ok: false, problem: 'rate-limited', status: 429, message: `rate limited (429)${retryAfterMs !== undefined ? `; Retry-After ${Math.round(retryAfterMs / 1000)} s` : ''}`, url, retryAfterMs };
          if (response.status >= 500) return { ok: false, problem: 'server-error', status: response.status, message: `server error (${response.status})`, url, ...(response.status === 503 && retryAfterMs !== undefined ? { retryAfterMs } : {}) };
          return { ok: false, problem: 'http-error', status: response.status, message: `HTTP ${response.status}`, url };
        }
        const declared = Number(response.headers.get('content-length') ?? NaN);
        if (declared > this.maxBytes) {
          await response.body?.cancel().catch(() => undefined);
          return { ok: false, problem: 'too-large', message: `${formatMb(declared)} is over the ${formatMb(this.maxBytes)} cap`, url };
        }
        const body = await this.readCapped(response, controller);
        if (body === 'too-large') return { ok: false, problem: 'too-large', message: `more than the ${formatMb(this.maxBytes)} cap`, url };
        if (body === 'timeout') return { ok: false, problem: 'timeout', message: `no complete answer within ${Math.round(this.timeoutMs / 1000)} s`, url };
        return { ok: true, status: 200, url, body, contentType: response.headers.get('content-type'), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
      }
    } finally {
      clearTimeout(timer);
    }
  }

  private async readCapped(response: Response, controller: AbortController): Promise<Buffer | 'too-large' | 'timeout'> {
    if (!response.body) return Buffer.alloc(0);
    const chunks: Buffer[] = [];
    let total = 0;
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > this.maxBytes) {
          controller.abort();
          return 'too-large';
        }
        chunks.push(Buffer.from(value));
      }
    } catch (err) {
      if (controller.signal.aborted) return 'timeout';
      throw err;
    } finally {
      reader.releaseLock();
    }
    return Buffer.concat(chunks, total);
  }
}

/**
 * Whether a URL names this machine or a private network by its host (localhost, 127/8, 10/8,
 * 172.16/12, 192.168/16, 169.254/16 link-local and cloud metadata, ::1, fc00::/7, fe80::/10).
 * Links typed in Discord are refused such hosts, so a member with admin rights in the server
 * cannot make the bot read the machine it runs on. Names resolving to private addresses are not
 * looked up here.
 */
export function isPrivateHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host === '0.0.0.0' || host === '::' || host === '::1') return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
  }
  if (host.startsWith('::ffff:')) return isPrivateHost(`http://${host.slice(7)}/`);
  return /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host);
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

function safeUrl(location: string, base: string): string | null {
  try {
    const u = new URL(location, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
