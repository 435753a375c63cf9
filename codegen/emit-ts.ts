/**
 * Stage 3b: emit TypeScript. One file per named type (`v2/` for the v2 namespace), JSDoc from
 * the descriptions, `.js` import specifiers, plus index files and the method maps.
 */
import type { Def, Namespace } from '../src/def.js';
import { byCodeUnit, type Collection } from './collect.js';
import { tsFile, tsImport } from './name.js';
import { atom, jsdoc, printAlias, printInterface, reference, stringLiteral, type Field, type TsType } from './ts-print.js';

export const BANNER = '// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.\n';

type Node = { [key: string]: unknown };

const union = (members: TsType[]): TsType =>
  members.length === 1 ? members[0]! : { kind: 'union', members: members.flatMap((m) => (m.kind === 'union' ? m.members : [m])) };

/** A literal type for a JSON constant. */
function literalType(value: unknown): TsType {
  return atom(typeof value === 'string' ? stringLiteral(value) : JSON.stringify(value));
}

/**
 * Turns one schema node into a TypeScript type; `refs` collects the named types used. A union
 * branch's description goes on its first field (the tag of a tagged union), where an editor
 * shows it.
 */
export function typeNode(schema: unknown, refs: Set<string>): TsType {
  if (schema === true || schema === undefined) return atom('unknown');
  if (schema === false) return atom('never');
  const s = schema as Node;
  if (typeof s.$ref === 'string') {
    refs.add(s.$ref);
    return reference(s.$ref.split('/').pop()!);
  }
  if ('const' in s) return literalType(s.const);
  if (Array.isArray(s.enum)) return union(s.enum.map(literalType));
  const members = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
  if (Array.isArray(members)) {
    return union(
      members.map((m) => {
        const t = typeNode(m, refs);
        const doc =
          (m as Node).type === 'object' && typeof (m as Node).description === 'string' ? ((m as Node).description as string) : undefined;
        if (doc === undefined || t.kind !== 'object' || t.fields.length === 0) return t;
        const [first, ...rest] = t.fields;
        return { ...t, fields: [{ ...first!, doc: first!.doc === undefined ? doc : `${doc}\n\n${first!.doc}` }, ...rest] };
      }),
    );
  }
  if (Array.isArray(s.allOf)) return { kind: 'intersection', members: s.allOf.map((m) => typeNode(m, refs)) };
  switch (s.type) {
    case 'string':
      return atom('string');
    case 'integer':
    case 'number':
      return atom('number');
    case 'boolean':
      return atom('boolean');
    case 'null':
      return atom('null');
    case 'array':
      return { kind: 'array', of: typeNode(s.items, refs) };
    case 'object':
      return objectNode(s, refs);
    default:
      return atom('unknown');
  }
}

function objectNode(s: Node, refs: Set<string>): TsType {
  const props = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set((s.required ?? []) as string[]);
  const names = Object.keys(props);
  const extra = s.additionalProperties;
  const valueType = extra === true ? atom('unknown') : extra !== undefined && extra !== false ? typeNode(extra, refs) : undefined;
  if (names.length === 0) {
    if (valueType === undefined) return reference('Record<string, never>');
    return { kind: 'object', fields: [], index: valueType, expanded: false };
  }
  const fields: Field[] = names.map((name) => {
    const p = props[name] as Node;
    const doc = typeof p.description === 'string' && p.description !== '' ? p.description : undefined;
    return { ...(doc === undefined ? {} : { doc }), key: name, optional: !required.has(name), type: typeNode(p, refs) };
  });
  // Beside named fields, the index signature must admit every field's type (optional ones: undefined).
  const index = valueType === undefined || extra === true ? undefined : union([valueType, atom('undefined')]);
  return { kind: 'object', fields, ...(index === undefined ? {} : { index }), expanded: true };
}

function importLines(from: Namespace, refs: Iterable<string>, c: Collection, self: string): string {
  const lines = [...refs]
    .filter((key) => key !== self)
    .sort(byCodeUnit)
    .map((key) => {
      const d = c.byKey.get(key);
      if (d === undefined) throw new Error(`unknown type ${key}`);
      return `import type { ${d.name} } from "${tsImport(from, d)}";`;
    });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n\n`;
}

export function emitTypeFile(d: Def, c: Collection): string {
  const refs = new Set<string>();
  const t = typeNode(d.schema, refs);
  const description = (d.schema as Node).description;
  return `${BANNER}\n${importLines(d.ns, refs, c, d.key)}${jsdoc(typeof description === 'string' ? description : undefined)}${printAlias(d.name, t)}\n`;
}

export interface MapSpec {
  /** Interface name, e.g. `ClientRequestParamsMap`. */
  readonly name: string;
  readonly description: string;
  /** Method name -> definition (or `undefined` for methods without params). */
  readonly entries: readonly (readonly [
    string,
    Def | null | { readonly def: Def; readonly narrowTo: string } | { readonly def: Def; readonly optional: true },
  ])[];
}

/** The method maps: `ClientRequestParamsMap['thread/start']` is that request's params type, and so on. */
export function emitMapsFile(maps: readonly MapSpec[], helpers: string, c: Collection): string {
  const refs = new Set<string>();
  const blocks = maps.map((m) => {
    const fields: Field[] = m.entries.map(([method, target]): Field => {
      if (target === null) return { key: method, optional: false, type: atom('undefined') };
      if ('kind' in target) {
        refs.add(target.key);
        return { key: method, optional: false, type: reference(target.name) };
      }
      refs.add(target.def.key);
      if ('optional' in target)
        return { key: method, optional: false, type: { kind: 'union', members: [reference(target.def.name), atom('undefined')] } };
      const narrow: TsType = {
        kind: 'object',
        expanded: false,
        fields: [
          {
            key: 'msg',
            optional: false,
            type: {
              kind: 'object',
              expanded: false,
              fields: [{ key: 'type', optional: false, type: atom(stringLiteral(target.narrowTo)) }],
            },
          },
        ],
      };
      return { key: method, optional: false, type: { kind: 'intersection', members: [reference(target.def.name), narrow] } };
    });
    return `${jsdoc(m.description)}${printInterface(m.name, fields)}\n`;
  });
  // The message unions and the maps as one type, which the runtime is typed by.
  for (const name of ['ClientRequest', 'ServerRequest', 'ServerNotification', 'ClientNotification']) refs.add(name);
  const protocol = ['ClientRequest', 'ServerRequest', 'ServerNotification', 'ClientNotification', ...maps.map((m) => m.name)].map(
    (name): Field => ({ key: name, optional: false, type: reference(name) }),
  );
  const protocolBlock = `${jsdoc("This release's message unions and method maps, as one type (what the runtime is typed by).")}${printInterface('Protocol', protocol)}\n`;
  return `${BANNER}\n${importLines('root', refs, c, '')}${blocks.join('\n')}\n${protocolBlock}\n${helpers}`;
}

export function emitIndexFiles(c: Collection, extraRootModules: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const root = c.defs.filter((d) => d.ns === 'root');
  const v2 = c.defs.filter((d) => d.ns === 'v2');
  const v2Names = new Set(v2.map((d) => d.name));
  // Root types that v2 types use (shared core types) are re-exported from v2 too, so `v2.X` works.
  const shared = new Set<string>();
  for (const d of v2) {
    const refs = new Set<string>();
    typeNode(d.schema, refs);
    for (const key of refs) {
      const target = c.byKey.get(key);
      if (target !== undefined && target.ns === 'root' && !v2Names.has(target.name)) shared.add(target.name);
    }
  }
  const rootLines = root.map((d) => `export type { ${d.name} } from "./${d.name}.js";`);
  for (const m of extraRootModules) rootLines.push(`export type * from "./${m}.js";`);
  rootLines.push('export * as v2 from "./v2/index.js";');
  out.set('index.ts', `${BANNER}\n${rootLines.join('\n')}\n`);
  const v2Lines = v2.map((d) => `export type { ${d.name} } from "./${d.name}.js";`);
  for (const name of [...shared].sort(byCodeUnit)) v2Lines.push(`export type { ${name} } from "../${name}.js";`);
  out.set('v2/index.ts', `${BANNER}\n${v2Lines.join('\n')}\n`);
  return out;
}

/** The TypeScript folder: one file per definition, the method maps and the index files, in final form. */
export function emitTsFiles(c: Collection, maps: { file: string; source: string }): Map<string, string> {
  const raw = new Map<string, string>();
  for (const d of c.defs) raw.set(tsFile(d), emitTypeFile(d, c));
  raw.set(`${maps.file}.ts`, maps.source);
  for (const [path, source] of emitIndexFiles(c, [maps.file])) raw.set(path, source);
  return new Map([...raw.keys()].sort(byCodeUnit).map((path) => [path, raw.get(path)!]));
}
