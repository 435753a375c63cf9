/**
 * Stage 3b: emit TypeScript. One file per named type (`v2/` for the v2 namespace), JSDoc from
 * the descriptions, `.js` import specifiers, plus index files and the method maps.
 */
import * as prettier from 'prettier';
import type { Def, Namespace } from '../src/schema.js';
import { byCodeUnit, type Collection } from './collect.js';
import { tsFile, tsImport } from './name.js';

export const BANNER = '// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.\n';

type Node = { [key: string]: unknown };

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function jsdoc(text: unknown): string {
  if (typeof text !== 'string' || text === '') return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  return lines.length === 1 ? `/** ${lines[0]} */\n` : `/**\n${lines.map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`;
}

function propertyKey(name: string): string {
  return IDENT.test(name) ? name : JSON.stringify(name);
}

/** Turns one schema node into a TypeScript type expression; `refs` collects the named types used. */
export function typeExpr(schema: unknown, refs: Set<string>): string {
  if (schema === true || schema === undefined) return 'unknown';
  if (schema === false) return 'never';
  const s = schema as Node;
  if (typeof s.$ref === 'string') {
    refs.add(s.$ref);
    return s.$ref.split('/').pop()!;
  }
  if ('const' in s) return JSON.stringify(s.const);
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const members = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
  // Branch descriptions of tagged unions become JSDoc on each branch.
  if (Array.isArray(members)) return members.map((m) => `${(m as Node).type === 'object' ? jsdoc((m as Node).description) : ''}${typeExpr(m, refs)}`).join(' | ');
  if (Array.isArray(s.allOf)) return s.allOf.map((m) => (isUnion(m) ? `(${typeExpr(m, refs)})` : typeExpr(m, refs))).join(' & ');
  switch (s.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return `Array<${typeExpr(s.items, refs)}>`;
    case 'object':
      return objectExpr(s, refs);
    default:
      return 'unknown';
  }
}

/** Whether a node prints as a union (which needs parentheses inside an intersection). */
function isUnion(schema: unknown): boolean {
  const s = schema as Node;
  return Array.isArray(s.oneOf) || Array.isArray(s.anyOf) || (Array.isArray(s.enum) && s.enum.length > 1);
}

function objectExpr(s: Node, refs: Set<string>): string {
  const props = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set((s.required ?? []) as string[]);
  const names = Object.keys(props);
  const extra = s.additionalProperties;
  if (names.length === 0) {
    if (extra !== undefined && extra !== false && extra !== true) return `{ [key: string]: ${typeExpr(extra, refs)} }`;
    return extra === true ? '{ [key: string]: unknown }' : 'Record<string, never>';
  }
  const fields = names.map((name) => {
    const p = props[name] as Node;
    return `${jsdoc(p.description)}${propertyKey(name)}${required.has(name) ? '' : '?'}: ${typeExpr(p, refs)};`;
  });
  if (extra !== undefined && extra !== false && extra !== true) fields.push(`[key: string]: ${typeExpr(extra, refs)} | undefined;`);
  return `{\n${fields.join('\n')}\n}`;
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
  const expr = typeExpr(d.schema, refs);
  const { description, ...rest } = d.schema as Node;
  void rest;
  return `${BANNER}\n${importLines(d.ns, refs, c, d.key)}${jsdoc(description)}export type ${d.name} = ${expr};\n`;
}

export interface MapSpec {
  /** Interface name, e.g. `ClientRequestParamsMap`. */
  readonly name: string;
  readonly description: string;
  /** Method name -> definition (or `undefined` for methods without params). */
  readonly entries: readonly (readonly [string, Def | null | { readonly def: Def; readonly narrowTo: string }])[];
}

/** The method maps: `ClientRequestParamsMap['thread/start']` is that request's params type, and so on. */
export function emitMapsFile(maps: readonly MapSpec[], helpers: string, c: Collection): string {
  const refs = new Set<string>();
  const blocks = maps.map((m) => {
    const rows = m.entries.map(([method, target]) => {
      if (target === null) return `${JSON.stringify(method)}: undefined;`;
      if ('kind' in target) {
        refs.add(target.key);
        return `${JSON.stringify(method)}: ${target.name};`;
      }
      refs.add(target.def.key);
      return `${JSON.stringify(method)}: ${target.def.name} & { msg: { type: ${JSON.stringify(target.narrowTo)} } };`;
    });
    return `${jsdoc(m.description)}export interface ${m.name} {\n${rows.join('\n')}\n}\n`;
  });
  return `${BANNER}\n${importLines('root', refs, c, '')}${blocks.join('\n')}\n${helpers}`;
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
    typeExpr(d.schema, refs);
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

export async function formatTs(source: string): Promise<string> {
  return prettier.format(source, { parser: 'typescript', printWidth: 100 });
}

export async function emitTsFiles(c: Collection, maps: { file: string; source: string }): Promise<Map<string, string>> {
  const raw = new Map<string, string>();
  for (const d of c.defs) raw.set(tsFile(d), emitTypeFile(d, c));
  raw.set(`${maps.file}.ts`, maps.source);
  for (const [path, source] of emitIndexFiles(c, [maps.file])) raw.set(path, source);
  const out = new Map<string, string>();
  for (const path of [...raw.keys()].sort(byCodeUnit)) out.set(path, await formatTs(raw.get(path)!));
  return out;
}
