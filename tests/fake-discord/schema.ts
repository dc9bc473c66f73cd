import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';
import { DISCORD_OPENAPI_PATH } from '../fixtures/shared.ts';

/**
 * Request bodies checked against Discord's official OpenAPI 3.1 description
 * (`../shared/discord/openapi.json`, next to the repository). Each operation's requestBody schema
 * is compiled on first use and cached; a request to a route the description does not have is
 * itself a finding.
 */

// ajv-formats is CommonJS (module.exports = plugin, with .default in its types only): take whichever the loader gives.
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const formatsModule = addFormatsModule as unknown as { default: FormatsPlugin | { default: FormatsPlugin } };
const addFormats: FormatsPlugin = typeof formatsModule.default === 'function' ? formatsModule.default : formatsModule.default.default;

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OPENAPI_PATH = DISCORD_OPENAPI_PATH;

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>>;
}

export interface Route {
  template: string;
  params: Record<string, string>;
}

export class DiscordSchema {
  private readonly spec: OpenApi;
  private readonly ajv: Ajv2020;
  private readonly routes: Array<{ template: string; pattern: RegExp; names: string[]; literalScore: number }>;
  private readonly compiled = new Map<string, ValidateFunction | undefined>();

  constructor(path: string = OPENAPI_PATH) {
    if (!existsSync(path)) {
      throw new Error(`Discord's OpenAPI description was not found at ${path}: the end-to-end tests need ../shared/discord/openapi.json or tests/fixtures/discord-openapi.json.`);
    }
    this.spec = JSON.parse(readFileSync(path, 'utf8')) as OpenApi;
    this.ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ ...(this.spec as object), $id: 'discord-openapi' });
    this.routes = Object.keys(this.spec.paths)
      .map((template) => {
        const names: string[] = [];
        const source = template
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const m = /^\{([^}]+)\}$/.exec(part);
            if (m) {
              names.push(m[1]!);
              return '([^/]+)';
            }
            return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          })
          .join('');
        return { template, pattern: new RegExp(`^${source}$`), names, literalScore: template.replace(/\{[^}]+\}/g, '').length };
      })
      // A literal segment beats a parameter: /messages/@original before /messages/{message_id}.
      .sort((a, b) => b.literalScore - a.literalScore);
  }

  route(path: string): Route | undefined {
    for (const r of this.routes) {
      const m = r.pattern.exec(path);
      if (m) return { template: r.template, params: Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) };
    }
    return undefined;
  }

  hasOperation(method: string, path: string): boolean {
    const route = this.route(path);
    return !!route && !!this.spec.paths[route.template]?.[method.toLowerCase()];
  }

  /**
   * Findings for one request body ([] = valid). `mediaType` picks the operation's schema:
   * multipart/form-data bodies are checked as their payload_json object with each files[n] part
   * present as a field, which is how the description models them.
   */
  validate(method: string, path: string, body: unknown, mediaType: 'application/json' | 'multipart/form-data' = 'application/json'): string[] {
    const route = this.route(path);
    const op = route && this.spec.paths[route.template]?.[method.toLowerCase()];
    if (!route || !op) return [`${method} ${path} is not an operation in Discord's API description`];
    const key = `${method.toLowerCase()} ${route.template} ${mediaType}`;
    let validate = this.compiled.get(key);
    if (!this.compiled.has(key)) {
      const hasSchema = !!op.requestBody?.content?.[mediaType]?.schema;
      const pointer = `/paths/${route.template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method.toLowerCase()}/requestBody/content/${mediaType.replace(/\//g, '~1')}/schema`;
      validate = hasSchema ? this.ajv.compile({ $ref: `discord-openapi#${pointer}` }) : undefined;
      this.compiled.set(key, validate);
    }
    const label = `${method.toLowerCase()} ${route.template}${mediaType === 'application/json' ? '' : ` (${mediaType})`}`;
    if (!validate) return body === undefined ? [] : [`${label} takes no ${mediaType} body, got one`];
    if (validate(body)) return [];
    return [`${label}: ${summarize(validate.errors ?? [])}`];
  }
}

/** The most specific few errors (a union reports every branch; the deepest paths say most). */
function summarize(errors: ErrorObject[]): string {
  const sorted = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length);
  return sorted
    .slice(0, 4)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
    .join('; ');
}
