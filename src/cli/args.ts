import { statSync } from 'node:fs';
import { editDistance } from '../arabic/transliterate.ts';

/**
 * Command-line flags of `npm start`, `npm run ask` and `npm run export`: `--data DIR` (or
 * `--data=DIR`), plus whatever flags a program declares (ask: `--page N`). A flag without its
 * value, an unknown flag (`--dta`) or a data directory that does not exist is an error with one
 * clear line, never silently ignored: an editor who mistypes must not get an empty desk.
 */

export class ArgsError extends Error {
  override name = 'ArgsError';
}

export interface FlagSpec {
  /** The flag takes a value (`--page 2`); otherwise it is a switch. */
  value: boolean;
  /** Shown in errors: "--page N". */
  usage: string;
}

export interface CliArgs {
  /** The data directory: --data, else DATA_DIR, else data/articles. */
  dataDir: string;
  /** Values of the program's own flags by name (switches: "true"). */
  flags: Record<string, string>;
  /** Everything that is not a flag (ask: the command line), in order. */
  rest: string[];
}

const DATA_FLAG: FlagSpec = { value: true, usage: '--data DIR' };
/** `--charts DIR` (ask and the console): where chart images are written; absent → a temp directory. */
export const CHARTS_FLAG: FlagSpec = { value: true, usage: '--charts DIR' };

/** Reads argv; throws ArgsError for a flag without its value or an unknown flag. */
export function parseCliArgs(argv: readonly string[], options: { env?: NodeJS.ProcessEnv; flags?: Record<string, FlagSpec> } = {}): CliArgs {
  const env = options.env ?? process.env;
  const specs: Record<string, FlagSpec> = { data: DATA_FLAG, ...options.flags };
  const flags: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([A-Za-z][\w-]*)(?:=(.*))?$/.exec(arg);
    if (!m) {
      rest.push(arg);
      continue;
    }
    const [, name, inline] = m as unknown as [string, string, string | undefined];
    const spec = specs[name];
    if (!spec) throw new ArgsError(unknownFlag(name, specs));
    if (!spec.value) {
      flags[name] = 'true';
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || value.trim() === '' || (inline === undefined && value.startsWith('--'))) throw new ArgsError(`--${name} needs a value: ${spec.usage}`);
    if (inline === undefined) i++;
    flags[name] = value;
  }
  return { dataDir: flags.data ?? (env.DATA_DIR || 'data/articles'), flags, rest };
}

function unknownFlag(name: string, specs: Record<string, FlagSpec>): string {
  const known = Object.keys(specs);
  const near = known.filter((k) => editDistance(k, name) <= 2).sort((a, b) => editDistance(a, name) - editDistance(b, name))[0];
  return `Unknown option --${name}${near ? ` (did you mean --${near}?)` : ''}. Options: ${Object.values(specs).map((s) => s.usage).join(', ')}`;
}

/** Throws ArgsError unless the data directory exists and is a directory. */
export function assertDataDir(dir: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    throw new ArgsError(`Data directory ${dir} does not exist (give an existing directory with --data DIR or DATA_DIR)`);
  }
  if (!isDirectory) throw new ArgsError(`Data directory ${dir} is a file, not a directory (--data DIR)`);
}

/** `--data DIR` / `--data=DIR` from argv, else DATA_DIR, else the project's data/articles. */
export function dataDirFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.findIndex((a) => a === '--data' || a.startsWith('--data='));
  if (i >= 0) {
    const arg = argv[i]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
    if (value) return value;
  }
  return env.DATA_DIR || 'data/articles';
}

/** argv without `--data DIR`. */
export function withoutDataArg(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') i++;
    else if (!argv[i]!.startsWith('--data=')) out.push(argv[i]!);
  }
  return out;
}
