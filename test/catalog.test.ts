/**
 * Every method, notification, item variant, event, type and field the catalogs (of release
 * 0.64.0) list is present in release 0.64.0 under the catalog's name (facts read from the
 * vendored catalogs, not retyped here).
 */
import { describe, expect, it } from 'vitest';
import { currentGeneration, protocolCollection } from '../codegen/current.js';
import { findMethod as findIn, methodsFor } from '../src/registry.js';
import type { Def } from '../src/schema.js';
import { boldTypeNames, bulletFields, catalog, catalogV1, section, statedCount, tableRows, unquote } from './support/catalog.js';

const c = protocolCollection(currentGeneration('0.64.0'));
const methods = methodsFor('0.64.0');
const findMethod = (method: string) => findIn(method, '0.64.0');
const byName = new Map<string, Def[]>();
for (const d of c.defs) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);

type Node = { [key: string]: unknown };
/** Property names of an object type, or of every branch of a tagged union. */
function propertyNames(schema: unknown): Set<string> {
  const s = schema as Node;
  const names = new Set(Object.keys((s.properties as Node | undefined) ?? {}));
  for (const b of ((s.oneOf ?? s.anyOf) as Node[] | undefined) ?? []) propertyNames(b).forEach((n) => names.add(n));
  for (const b of (s.allOf as Node[] | undefined) ?? []) propertyNames(b).forEach((n) => names.add(n));
  return names;
}
const branches = (d: Def) => ((d.schema as Node).oneOf as Node[]).map((b) => b as Node);
const tagOf = (b: Node, tag: string) => ((b.properties as Node)[tag] as Node).const;

describe('catalog coverage', () => {
  it('registers every client request of section 1 with its params and result types', () => {
    const rows = tableRows(section(catalog, '1. Client'));
    expect(rows).toHaveLength(statedCount(catalog, '1. Client'));
    for (const [, method, ns, params, result] of rows.map((r) => r.map(unquote))) {
      const spec = findMethod(method!);
      expect(spec, method).toBeDefined();
      expect(spec!.direction, method).toBe('clientToServer');
      expect(spec!.kind, method).toBe('request');
      expect(spec!.api, method).toBe(ns!.startsWith('v2') ? 'v2' : 'v1');
      expect(spec!.params?.name ?? 'none', method).toBe(params);
      expect(spec!.result?.name, method).toBe(result);
    }
  });

  it('registers the server requests of section 2 and the notifications of section 3', () => {
    for (const [method, , params, result] of tableRows(section(catalog, '2. Server')).map((r) => r.map(unquote))) {
      const spec = findMethod(method!);
      expect(spec?.direction, method).toBe('serverToClient');
      expect(spec?.kind, method).toBe('request');
      expect([spec?.params?.name, spec?.result?.name], method).toEqual([params, result]);
    }
    const notifications = tableRows(section(catalog, '3a.')).map((r) => r.map(unquote));
    expect(notifications).toHaveLength(statedCount(catalog, '3a.'));
    for (const [method, , params, fields] of notifications) {
      const spec = findMethod(method!);
      expect(spec?.kind, method).toBe('notification');
      expect(spec?.params?.name, method).toBe(params);
      // The fields column names each field first: `error`: TurnError, `threadId`, ...
      const expected = [...fields!.matchAll(/(?:^|, )([a-z][A-Za-z0-9]*)/g)].map((m) => m[1]!);
      const actual = propertyNames(spec!.params!.schema);
      for (const f of expected) expect(actual.has(f), `${method}.${f}`).toBe(true);
    }
    expect(findMethod('initialized')).toMatchObject({ direction: 'clientToServer', kind: 'notification', params: null });
  });

  it('has the ThreadItem variants with every field of section 4', () => {
    const item = byName.get('ThreadItem')!.find((d) => d.ns === 'v2')!;
    let current = '';
    const expected = new Map<string, string[]>();
    for (const [type, field] of tableRows(section(catalog, '4. v2'))) {
      if (unquote(type!) !== '') current = unquote(type!);
      expected.set(current, [
        ...(expected.get(current) ?? []),
        ...unquote(field!)
          .split(',')
          .map((f) => f.trim()),
      ]);
    }
    expect([...expected.keys()]).toHaveLength(statedCount(catalog, '4. v2'));
    const actual = new Map(branches(item).map((b) => [tagOf(b, 'type') as string, b]));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [type, fields] of expected) {
      for (const f of [...fields, 'id']) expect(propertyNames(actual.get(type)).has(f), `${type}.${f}`).toBe(true);
    }
  });

  it('has the EventMsg variants, and a codex/event/<type> notification for each', () => {
    const list = section(catalog, '6. `EventMsg`')
      .split('\n')
      .find((l) => l.startsWith('`error`'))!;
    const types = [...list.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!);
    expect(types).toHaveLength(statedCount(catalog, '6. `EventMsg`'));
    const eventMsg = byName.get('EventMsg')![0]!;
    expect(branches(eventMsg).map((b) => tagOf(b, 'type'))).toEqual(types);
    for (const t of types) expect(findMethod(`codex/event/${t}`)?.eventType, t).toBe(t);
  });

  it('defines every type the catalogs name in bold, under that name', () => {
    const names = new Set([...boldTypeNames(catalog), ...boldTypeNames(catalogV1)]);
    // Bold words that are not type names: section labels and headings.
    const notTypes = new Set([
      'Counts',
      'Source',
      'Notation',
      'Drift',
      'Exceptions',
      'Precision',
      'Rule',
      'Bundle',
      'Subscription',
      'Mixing',
      'None',
      'Bare',
      'Schema',
      'Wire',
      'Envelopes',
      'Note',
      'PascalCase',
    ]);
    const missing = [...names].filter((n) => !notTypes.has(n) && !byName.has(n));
    expect(missing).toEqual([]);
  });

  it('gives every v2 type of sections 1a, 2, 4 and 5 the fields the catalog lists', () => {
    const text = [
      section(catalog, '1a.'),
      section(catalog, '2. Server'),
      section(catalog, '3a.'),
      section(catalog, '4. v2'),
      section(catalog, '5. Core'),
    ].join('\n');
    const missing: string[] = [];
    let checked = 0;
    for (const [type, fields] of bulletFields(text)) {
      const defs = byName.get(type) ?? [];
      const d = defs.find((x) => x.ns === 'v2') ?? defs[0];
      if (d === undefined) {
        missing.push(type);
        continue;
      }
      const props = propertyNames(d.schema);
      if ('enum' in (d.schema as Node)) continue; // a string enum: its backticked words are values
      for (const f of fields) {
        checked++;
        if (!props.has(f)) missing.push(`${type}.${f}`);
      }
    }
    expect(checked).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });

  it('gives every EventMsg payload of the v1 catalog its fields', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const line of section(catalogV1, '1. EventMsg').split('\n')) {
      const m = /^- `([a-z_]+)` → (?:payload )?\*\*([A-Za-z]+)\*\*: (.*)$/.exec(line);
      if (m === null) continue;
      const [, , payload, body] = m;
      // `name: type ...` and `a, b: type` pairs, separated by `;`
      const fields = body!
        .split(';')
        .flatMap((part) => /^\s*([a-z_][a-z0-9_]*(?:, [a-z_][a-z0-9_]*)*):/.exec(part)?.[1]?.split(', ') ?? []);
      const d = byName.get(payload!)?.find((x) => x.ns === 'root');
      if (d === undefined) {
        missing.push(payload!);
        continue;
      }
      for (const f of fields) {
        checked++;
        if (!propertyNames(d.schema).has(f)) missing.push(`${payload}.${f}`);
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });

  it('keeps every registered method documented', () => {
    expect(methods.filter((m) => m.description.trim().length < 10).map((m) => m.method)).toEqual([]);
  });
});
