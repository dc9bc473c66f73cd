/**
 * Arrays of flat records kept as columns, for snapshots. The v8 serialiser decodes an array of
 * objects property by property, which made restoring a large desk slow; here numbers and booleans
 * go into typed arrays (copied in one go) and repeated strings are stored once with an index per
 * record. Values a column cannot hold compactly (objects, mixed types) stay a plain array.
 */

type Column =
  | { kind: 'int'; values: Int32Array }
  | { kind: 'float'; values: Float64Array }
  | { kind: 'bool'; values: Uint8Array }
  /** Repeated strings (null allowed): each distinct value once. */
  | { kind: 'string'; table: Array<string | null>; ids: Int32Array }
  /** Lists of strings (a statement's topics): each distinct list once, copied per record on load. */
  | { kind: 'list'; table: string[][]; ids: Int32Array }
  | { kind: 'plain'; values: unknown[] };

export interface Columns {
  count: number;
  keys: string[];
  columns: Column[];
  /** Per key, which records lack it (1), when any does: optional fields come back absent, not undefined. */
  absent: Array<Uint8Array | null>;
}

export function toColumns(records: readonly object[], omit: readonly string[] = []): Columns {
  const keys: string[] = [];
  const known = new Set(omit);
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!known.has(key)) {
        known.add(key);
        keys.push(key);
      }
    }
  }
  const rows = records as ReadonlyArray<Record<string, unknown>>;
  const absent = keys.map((key) => (rows.some((r) => !(key in r)) ? Uint8Array.from(rows, (r) => (key in r ? 0 : 1)) : null));
  const columns = keys.map((key, k) => column(rows.map((r) => r[key]), absent[k] ?? null));
  return { count: records.length, keys, columns, absent };
}

/** The records (from `start` up to `end`, default all of them). */
export function fromColumns<T>(data: Columns, start = 0, end = data.count): T[] {
  const out: T[] = new Array(end - start);
  const { keys, columns, absent } = data;
  for (let i = start; i < end; i++) {
    const record: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      if (absent[k]?.[i]) continue;
      record[keys[k]!] = cell(columns[k]!, i);
    }
    out[i - start] = record as T;
  }
  return out;
}

/** One field of the records, read without making them (undefined where a record lacks it). */
export function columnReader(data: Columns, key: string): (i: number) => unknown {
  const k = data.keys.indexOf(key);
  if (k < 0) return () => undefined;
  const column = data.columns[k]!;
  const absent = data.absent[k];
  return (i) => (absent?.[i] ? undefined : cell(column, i));
}

function cell(column: Column, i: number): unknown {
  switch (column.kind) {
    case 'int':
    case 'float':
      return column.values[i];
    case 'bool':
      return column.values[i] === 1;
    case 'string':
      return column.table[column.ids[i]!];
    case 'list':
      return column.table[column.ids[i]!]!.slice();
    case 'plain':
      return column.values[i];
  }
}

function column(values: unknown[], absent: Uint8Array | null): Column {
  const present = absent ? values.filter((_, i) => !absent[i]) : values;
  if (present.every((v) => typeof v === 'number')) {
    const ints = present.every((v) => Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31 && !Object.is(v, -0));
    return ints ? { kind: 'int', values: Int32Array.from(values, (v) => (v as number) ?? 0) } : { kind: 'float', values: Float64Array.from(values, (v) => (v as number) ?? 0) };
  }
  if (present.every((v) => typeof v === 'boolean')) return { kind: 'bool', values: Uint8Array.from(values, (v) => (v ? 1 : 0)) };
  if (present.every((v) => typeof v === 'string' || v === null)) {
    const { table, ids } = intern(values as Array<string | null>, (v) => v);
    // Mostly distinct values (ids, texts) gain nothing from a table.
    return table.length * 2 > values.length ? { kind: 'plain', values } : { kind: 'string', table, ids };
  }
  if (present.every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))) {
    const { table, ids } = intern((values as Array<string[] | undefined>).map((v) => v ?? []), (v) => JSON.stringify(v));
    return { kind: 'list', table, ids };
  }
  return { kind: 'plain', values };
}

/** Each distinct value once (by `keyOf`), in first-seen order, and each value's index in that table. */
export function intern<T>(values: T[], keyOf: (value: T) => unknown): { table: T[]; ids: Int32Array } {
  const table: T[] = [];
  const index = new Map<unknown, number>();
  const ids = Int32Array.from(values, (value) => {
    const key = keyOf(value);
    let id = index.get(key);
    if (id === undefined) {
      id = table.length;
      index.set(key, id);
      table.push(value);
    }
    return id;
  });
  return { table, ids };
}
