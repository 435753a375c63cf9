/**
 * Stage 1: collect. Gathers the named definitions from the definition modules, checks that
 * names are unique and that every `$ref` names a known definition.
 */
import { isDef, type Def } from '../src/def.js';

export interface Collection {
  /** All definitions, sorted by key (root names first, then `v2/...`). */
  readonly defs: readonly Def[];
  readonly byKey: ReadonlyMap<string, Def>;
}

/** Compares strings by code unit, independent of locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function collect(modules: readonly Record<string, unknown>[]): Collection {
  return collectDefs(modules.flatMap((mod) => Object.values(mod).filter(isDef)));
}

/** The collection of a list of definitions (a key may appear once, or as the same definition again). */
export function collectDefs(list: readonly Def[]): Collection {
  const byKey = new Map<string, Def>();
  for (const value of list) {
    const seen = byKey.get(value.key);
    if (seen !== undefined && seen !== value) throw new Error(`two definitions are named ${value.key}`);
    byKey.set(value.key, value);
  }
  const defs = [...byKey.values()].sort((a, b) => byCodeUnit(sortKey(a), sortKey(b)));
  for (const d of defs) {
    for (const target of refsOf(d.schema)) {
      if (!byKey.has(target)) throw new Error(`${d.key} refers to ${target}, which is not defined`);
    }
  }
  return { defs, byKey };
}

function sortKey(d: Def): string {
  return `${d.ns === 'root' ? 0 : 1}:${d.name}`;
}

/** Every `$ref` target (definition key) inside a schema, in document order, without duplicates. */
export function refsOf(schema: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') found.add(v);
      else walk(v);
    }
  };
  walk(schema);
  return [...found];
}

/** The definitions reachable from `start` through `$ref`s (not including `start` unless it is recursive). */
export function closure(start: Def, byKey: ReadonlyMap<string, Def>): Def[] {
  const out = new Map<string, Def>();
  const queue = refsOf(start.schema);
  while (queue.length > 0) {
    const key = queue.shift()!;
    if (out.has(key)) continue;
    const d = byKey.get(key);
    if (d === undefined) throw new Error(`${start.key} reaches ${key}, which is not defined`);
    out.set(key, d);
    queue.push(...refsOf(d.schema));
  }
  return [...out.values()];
}
