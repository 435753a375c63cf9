/**
 * Stage 3e: fast checks. Compiles the JSON Schema bundle into plain boolean check functions, one
 * per definition, in one CommonJS module. The runtime runs the check of a message first; only a
 * message that fails it goes through the Ajv validator, which says why. Both come from the same
 * bundle, and the differential fuzz test holds them to the same verdict.
 *
 * The compiler knows the keywords the bundle uses and refuses any other: a new keyword in the
 * definitions fails the export instead of being silently ignored. Semantics follow Ajv's
 * (a missing property is one that reads `undefined`; `for...in` enumerates keys; a
 * discriminated `oneOf` checks only the branch its tag selects).
 */
import { distinguishingPosition } from '../src/dispatch.js';
import { byCodeUnit } from './collect.js';
import { bundleDefinitions, definitionKey } from './bundle.js';
import type { Json, JsonObject } from '../src/json.js';

type Obj = JsonObject;

const KNOWN = new Set([
  'type', 'properties', 'required', 'additionalProperties', '$ref', 'const', 'enum', 'items',
  'anyOf', 'oneOf', 'allOf', 'discriminator', 'minimum', 'maximum', 'description', 'title',
]);

/** Most statements a definition's check may have to be checked in place (see `Compiler.leaf`). */
const LEAF_STATEMENTS = 2;
/** A generated statement that calls a check or loops. */
const CALLS_OR_LOOPS = /\b(?:d_|e_|h\d)[\w$]*\(|\bfor \(/;

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const lit = (v: Json) => JSON.stringify(v);

/** Identifier of the check function of a definition key (`Foo`, `v2/Foo`). */
const defFn = (key: string) => `d_${key.replace('/', '$')}`;

/** The bundle's definitions by key (`Foo`, `v2/Foo`). */
function definitionsByKey(bundle: Obj): Map<string, Obj> {
  return new Map(bundleDefinitions(bundle).map(([pointer, schema]) => [definitionKey(pointer), schema as Obj]));
}

const refKey = (ref: string) => {
  if (!ref.startsWith('#/definitions/')) throw new Error(`fast checks: unsupported $ref ${ref}`);
  return definitionKey(ref);
};

class Compiler {
  /** Helper functions (union branches), by body, so identical branches share one function. */
  private readonly helpers = new Map<string, string>();
  private readonly helperCode: string[] = [];

  constructor(private readonly defs: ReadonlyMap<string, Obj>) {}

  /** Function source of a named definition. */
  definition(key: string): string {
    const schema = this.defs.get(key);
    if (schema === undefined) throw new Error(`fast checks: no definition ${key}`);
    return this.fn(defFn(key), schema);
  }

  /** A standalone check function `name(v)` for `schema`. */
  fn(name: string, schema: Obj): string {
    const body = this.statements(schema, 'v', { n: 0 });
    return `function ${name}(v) {\n${indent(body)}\n  return true;\n}`;
  }

  /** Whether the check of `schema` refuses `undefined` with its first statement (a type or string `const` check). */
  refusesUndefined(schema: Obj): boolean {
    return refusesUndefined(this.statements(schema, 'v', { n: 0 }));
  }

  helperSources(): readonly string[] {
    return this.helperCode;
  }

  private helper(schema: Obj): string {
    const body = indent(this.statements(schema, 'v', { n: 0 }));
    let name = this.helpers.get(body);
    if (name === undefined) {
      name = `h${this.helpers.size}`;
      this.helpers.set(body, name);
      this.helperCode.push(`function ${name}(v) {\n${body}\n  return true;\n}`);
    }
    return name;
  }

  /** Definitions small enough to check in place, by key (undefined: called). */
  private readonly leaves = new Map<string, Obj | undefined>();

  /**
   * The schema of definition `key` when its check is a leaf: at most `LEAF_STATEMENTS`
   * statements, calling nothing and looping over nothing (`"string"` aliases, small enums).
   * A `$ref` to a leaf is checked in place instead of through a call.
   */
  private leaf(key: string): Obj | undefined {
    if (!this.leaves.has(key)) {
      const schema = this.defs.get(key);
      if (schema === undefined) throw new Error(`fast checks: unresolved $ref #/definitions/${key}`);
      this.leaves.set(key, undefined); // a definition that refers to itself is no leaf
      const body = this.statements(schema, 'v', { n: 0 });
      const small = body.length <= LEAF_STATEMENTS && body.every((line) => !CALLS_OR_LOOPS.test(line));
      this.leaves.set(key, small ? schema : undefined);
    }
    return this.leaves.get(key);
  }

  /**
   * Statements checking `schema` on the value in variable `v` that run `fail` (a statement) on a
   * mismatch: the body of a check, for placing inside another function.
   */
  inline(schema: Obj, v: string, fail: string): string[] {
    return this.statements(schema, v, { n: 0 }).map((line) => {
      // Every ` return false;` of a statement is its failure exit, unless a string literal held one.
      if (/"[^"]*return false;[^"]*"/.test(line)) throw new Error(`fast checks: cannot place in line: ${line}`);
      return line.replaceAll(' return false;', ` ${fail}`);
    });
  }

  private call(schema: Obj): string {
    const ref = schema.$ref;
    if (typeof ref === 'string' && Object.keys(schema).every((k) => k === '$ref' || k === 'description')) {
      const key = refKey(ref);
      if (!this.defs.has(key)) throw new Error(`fast checks: unresolved $ref ${ref}`);
      return defFn(key);
    }
    return this.helper(schema);
  }

  /** Statements that `return false` when the value in variable `v` does not match `schema`. */
  private statements(schema: Json, v: string, vars: { n: number }): string[] {
    if (schema === true) return [];
    if (!isObj(schema)) throw new Error(`fast checks: unsupported schema ${lit(schema)}`);
    for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`fast checks: unsupported keyword ${k}`);
    const out: string[] = [];
    if (typeof schema.$ref === 'string') {
      if (Object.keys(schema).some((k) => k !== '$ref' && k !== 'description' && k !== 'title')) throw new Error(`fast checks: keywords beside $ref ${schema.$ref}`);
      const leaf = this.leaf(refKey(schema.$ref));
      if (leaf !== undefined) return this.statements(leaf, v, vars);
      out.push(`if (!${this.call(schema)}(${v})) return false;`);
      return out;
    }
    const type = schema.type;
    // A const also fixes the type; the type check would be redundant.
    if (type !== undefined && !(schema.const !== undefined && jsonType(schema.const) === type)) out.push(typeCheck(type, v));
    if (schema.const !== undefined) out.push(`if (${v} !== ${primitive(schema.const)}) return false;`);
    if (schema.enum !== undefined) out.push(`if (!(${(schema.enum as Json[]).map((e) => `${v} === ${primitive(e)}`).join(' || ')})) return false;`);
    const numeric = type === 'integer' || type === 'number';
    for (const [kw, op] of [['minimum', '<'], ['maximum', '>']] as const) {
      const bound = schema[kw];
      if (bound === undefined) continue;
      if (typeof bound !== 'number') throw new Error(`fast checks: ${kw} must be a number`);
      out.push(numeric ? `if (${v} ${op} ${bound}) return false;` : `if (typeof ${v} === "number" && ${v} ${op} ${bound}) return false;`);
    }
    if (schema.properties !== undefined || schema.required !== undefined || schema.additionalProperties !== undefined) {
      out.push(...this.objectStatements(schema, v, vars, type === 'object'));
    }
    if (schema.items !== undefined) {
      if (!isObj(schema.items)) throw new Error('fast checks: only a single `items` schema is supported');
      const i = `i${vars.n++}`;
      const x = `x${vars.n++}`;
      const inner = this.statements(schema.items, x, vars);
      const loop = [`for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {`, `  const ${x} = ${v}[${i}];`, ...indentLines(inner), '}'];
      out.push(...(type === 'array' ? loop : [`if (Array.isArray(${v})) {`, ...indentLines(loop), '}']));
    }
    for (const branch of (schema.allOf as Json[] | undefined) ?? []) out.push(...this.statements(branch, v, vars));
    if (schema.anyOf !== undefined) out.push(...this.anyOf(schema.anyOf as Obj[], v, vars));
    if (schema.oneOf !== undefined) out.push(...this.oneOf(schema, v, vars));
    else if (schema.discriminator !== undefined) throw new Error('fast checks: discriminator without oneOf');
    return out;
  }

  private objectStatements(schema: Obj, v: string, vars: { n: number }, typed: boolean): string[] {
    const properties = (schema.properties as Obj | undefined) ?? {};
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const out: string[] = [];
    for (const [key, sub] of Object.entries(properties)) {
      const x = `x${vars.n++}`;
      const inner = this.statements(sub, x, vars);
      out.push(`const ${x} = ${v}[${lit(key)}];`);
      if (required.has(key)) {
        // A leading type or const check already refuses `undefined` (a missing property).
        const refusesMissing = refusesUndefined(inner);
        out.push(...(refusesMissing ? [] : [`if (${x} === undefined) return false;`]), ...inner);
      } else if (inner.length > 0) {
        out.push(`if (${x} !== undefined) {`, ...indentLines(inner), '}');
      }
    }
    for (const key of required) if (!(key in properties)) out.push(`if (${v}[${lit(key)}] === undefined) return false;`);
    const extra = schema.additionalProperties;
    if (extra !== undefined && extra !== true) {
      const k = `k${vars.n++}`;
      const known = Object.keys(properties).map((p) => `${k} === ${lit(p)}`).join(' || ');
      let inner: string[];
      if (extra === false) inner = [known === '' ? 'return false;' : `if (!(${known})) return false;`];
      else {
        const x = `x${vars.n++}`;
        inner = [...(known === '' ? [] : [`if (${known}) continue;`]), `const ${x} = ${v}[${k}];`, ...this.statements(extra, x, vars)];
      }
      out.push(`for (const ${k} in ${v}) {`, ...indentLines(inner), '}');
    }
    // Without `type: object`, the object keywords apply only to objects (as in JSON Schema).
    return typed ? out : [`if (typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v})) {`, ...indentLines(out), '}'];
  }

  private anyOf(branches: Obj[], v: string, vars: { n: number }): string[] {
    const nullAt = branches.findIndex((b) => Object.keys(b).length === 1 && b.type === 'null');
    if (branches.length === 2 && nullAt !== -1) {
      // The nullable pattern: `T | null`.
      const inner = this.statements(branches[1 - nullAt]!, v, vars);
      return inner.length === 0 ? [] : [`if (${v} !== null) {`, ...indentLines(inner), '}'];
    }
    return [`if (!(${branches.map((b) => `${this.call(b)}(${v})`).join(' || ')})) return false;`];
  }

  private oneOf(schema: Obj, v: string, vars: { n: number }): string[] {
    const branches = schema.oneOf as Obj[];
    const discriminator = schema.discriminator;
    if (discriminator === undefined) {
      const n = `n${vars.n++}`;
      return [`let ${n} = 0;`, ...branches.map((b) => `if (${this.call(b)}(${v}) && ++${n} > 1) return false;`), `if (${n} !== 1) return false;`];
    }
    if (!isObj(discriminator) || typeof discriminator.propertyName !== 'string') throw new Error('fast checks: discriminator needs a propertyName');
    const tag = discriminator.propertyName;
    const cases: string[] = [];
    for (const branch of branches) {
      const values = this.tagValues(branch, tag);
      cases.push(`${values.map((t) => `case ${lit(t)}:`).join(' ')} if (!${this.call(branch)}(${v})) return false; break;`);
    }
    return [
      ...(schema.type === 'object' ? [] : [`if (typeof ${v} !== "object" || ${v} === null) return false;`]),
      `switch (${v}[${lit(tag)}]) {`,
      ...indentLines(cases),
      '  default: return false;',
      '}',
    ];
  }

  /** The tag values a discriminated branch accepts (its `const` or `enum`, behind any `$ref`). */
  private tagValues(branch: Obj, tag: string): string[] {
    let b: Obj = branch;
    while (typeof b.$ref === 'string') b = this.defs.get(refKey(b.$ref)) ?? {};
    const prop = (b.properties as Obj | undefined)?.[tag];
    if (isObj(prop) && typeof prop.const === 'string') return [prop.const];
    if (isObj(prop) && Array.isArray(prop.enum) && prop.enum.every((e) => typeof e === 'string')) return prop.enum as string[];
    throw new Error(`fast checks: a discriminated branch has no string const or enum for ${tag}`);
  }
}

function typeCheck(type: Json, v: string): string {
  switch (type) {
    case 'object': return `if (typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})) return false;`;
    case 'array': return `if (!Array.isArray(${v})) return false;`;
    case 'string': return `if (typeof ${v} !== "string") return false;`;
    case 'boolean': return `if (typeof ${v} !== "boolean") return false;`;
    case 'null': return `if (${v} !== null) return false;`;
    case 'integer': return `if (!Number.isInteger(${v})) return false;`;
    case 'number': return `if (typeof ${v} !== "number" || !Number.isFinite(${v})) return false;`;
    default: throw new Error(`fast checks: unsupported type ${lit(type)}`);
  }
}

/** A statement that fails for `undefined`: a type check or a string `const` (a `$ref` may accept anything). */
const REFUSES_UNDEFINED = /^if \((typeof \w+ !== "(string|boolean|number|object)"|!Array\.isArray\(\w+\)|!Number\.isInteger\(\w+\)|\w+ !== null|\w+ !== "[^"]*").* return false;$/;

/** Whether check statements refuse `undefined` with their first statement. */
const refusesUndefined = (statements: readonly string[]) => statements.length > 0 && REFUSES_UNDEFINED.test(statements[0]!);

function jsonType(value: Json): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'number' : typeof value;
}

function primitive(value: Json): string {
  if (typeof value === 'object' && value !== null) throw new Error('fast checks: only primitive const and enum values are supported');
  return lit(value);
}

const indentLines = (lines: readonly string[]) => lines.map((l) => `  ${l}`);
const indent = (lines: readonly string[]) => indentLines(lines).join('\n');

/** What the routers need of a method: its name, direction, params validator id (null: no params) and whether it streams. */
export interface RouteRow {
  readonly method: string;
  readonly direction: string;
  readonly params: string | null;
  readonly streaming?: true;
}

/** What a router needs of the compiled checks, by params validator id. */
interface ParamsChecks {
  /** Whether the check refuses `undefined` by itself (so a missing `params` needs no test of its own). */
  refusesUndefined(id: string): boolean;
  /** The check's statements on the value in `p`, running `fail` on a mismatch. */
  inline(id: string, fail: string): string[];
}

/** The event type of an `events/<type>` validator id; undefined for a definition key. */
const eventTypeOf = (id: string) => (id.startsWith('events/') ? id.slice('events/'.length) : undefined);

/** Name of the check function of a validator id (definition key or `events/<type>`). */
const checkFn = (id: string) => {
  const type = eventTypeOf(id);
  return type === undefined ? defFn(id) : `e_${type}`;
};

/**
 * The check expression of a params validator id, applied to `p`: params must be present unless
 * the method takes none (the `undefined` test is left out when the check itself refuses it).
 */
function paramsTest(params: string | null, checks: ParamsChecks): string {
  if (params === null) return 'p === undefined || p === null';
  return checks.refusesUndefined(params) ? `${checkFn(params)}(p)` : `p !== undefined && ${checkFn(params)}(p)`;
}

/**
 * A router: `(method, params)` -> the method's position in `rows` when it is a method of this
 * direction and the params pass its check; -1 for a method this direction does not send; -2 for
 * params that fail.
 *
 * The streaming notifications (most of the traffic) come first, each compared whole with its
 * check written out in place: the JIT then compiles the common path as one piece of straight
 * code, where a call per check would soon exhaust its inlining budget. Any other name is matched
 * by length, then (within a length) by the one character that tells the names apart, then
 * compared whole: no hashing, and every check is called from its own call site.
 */
function routerSource(name: string, rows: readonly RouteRow[], direction: string, checks: ParamsChecks): string {
  const lines: string[] = [`function ${name}(m, p) {`];
  const byLength = new Map<number, [string, string, number][]>();
  rows.forEach((r, i) => {
    if (r.direction !== direction) return;
    if (r.streaming === true && r.params !== null) {
      const present = checks.refusesUndefined(r.params) ? [] : ['if (p === undefined) return -2;'];
      lines.push(`  if (m === ${lit(r.method)}) {`, ...indentLines(indentLines([...present, ...checks.inline(r.params, 'return -2;')])), `    return ${i};`, '  }');
      return;
    }
    const same = byLength.get(r.method.length) ?? [];
    same.push([r.method, paramsTest(r.params, checks), i]);
    byLength.set(r.method.length, same);
  });
  const arm = ([method, test, i]: [string, string, number]) => `if (m === ${lit(method)}) return ${test} ? ${i} : -2;`;
  lines.push('  switch (m.length) {');
  for (const [length, same] of [...byLength.entries()].sort(([a], [b]) => a - b)) {
    lines.push(`    case ${length}:`);
    const at = distinguishingPosition(same.map(([m]) => m));
    if (same.length === 1 || at === -1) lines.push(...same.map((e) => `      ${arm(e)}`));
    else {
      lines.push(`      switch (m.charCodeAt(${at})) {`);
      for (const e of [...same].sort((a, b) => a[0].charCodeAt(at) - b[0].charCodeAt(at))) lines.push(`        case ${e[0].charCodeAt(at)}: ${arm(e)} return -1;`);
      lines.push('      }');
    }
    lines.push('      return -1;');
  }
  lines.push('  }', '  return -1;', '}');
  return lines.join('\n');
}

/**
 * Source of the fast-checks module: `checks` (id -> check function: every definition key, and
 * the `events/<type>` ids among `ids`, whose schema `eventSchema` gives) and `routers` (per
 * direction, see `routerSource`; positions refer to `rows`). Every definition of the bundle is
 * compiled, in name order, so the output does not depend on `ids`.
 */
export function emitChecksModule(bundle: Obj, ids: readonly string[], rows: readonly RouteRow[], eventSchema: (type: string) => Obj, banner: string): string {
  const defs = definitionsByKey(bundle);
  const compiler = new Compiler(defs);
  const definitions = [...defs.keys()].sort(byCodeUnit).map((key) => compiler.definition(key));
  const entries = [...defs.keys()].sort(byCodeUnit).map((key) => `  ${lit(key)}: ${defFn(key)},`);
  const eventFns: string[] = [];
  for (const id of ids) {
    const type = eventTypeOf(id);
    if (type !== undefined) {
      const name = checkFn(id);
      eventFns.push(compiler.fn(name, eventSchema(type)));
      entries.push(`  ${lit(id)}: ${name},`);
    } else if (!defs.has(id)) throw new Error(`fast checks: no definition ${id}`);
  }
  for (const r of rows) if (r.params !== null && !ids.includes(r.params)) throw new Error(`fast checks: ${r.method} params ${r.params} is not among the ids`);
  const directions = [...new Set(rows.map((r) => r.direction))].sort(byCodeUnit);
  const schemaOf = (id: string) => {
    const type = eventTypeOf(id);
    return type === undefined ? defs.get(id)! : eventSchema(type);
  };
  const checks: ParamsChecks = {
    refusesUndefined: (id) => compiler.refusesUndefined(schemaOf(id)),
    inline: (id, fail) => compiler.inline(schemaOf(id), 'p', fail),
  };
  return [
    banner.trimEnd(),
    '"use strict";',
    '',
    ...definitions.map((s) => `${s}\n`),
    ...compiler.helperSources().map((s) => `${s}\n`),
    ...eventFns.map((s) => `${s}\n`),
    ...directions.map((d) => `${routerSource(`route_${d}`, rows, d, checks)}\n`),
    '/** Definition key or validator id -> boolean check (true: the value matches the schema). */',
    'module.exports.checks = Object.freeze({',
    ...entries,
    '});',
    '/** Direction -> router: (method, params) -> position in the method list, -1 (not a method of that direction) or -2 (params fail). */',
    'module.exports.routers = Object.freeze({',
    ...directions.map((d) => `  ${lit(d)}: route_${d},`),
    '});',
    '',
  ].join('\n');
}
