/**
 * The fast-check compiler: JSON Schema (the keywords the bundle uses, and no other) to boolean
 * check functions, as statements (ir.ts). Semantics follow Ajv's with `strictNumbers` (a number
 * is finite; a missing property is one that reads `undefined`; `for...in` enumerates keys; a
 * discriminated `oneOf` checks only the branch its tag selects). An unknown keyword fails the
 * export instead of being ignored.
 *
 * Definitions on a reference cycle (a type that can contain itself) take a depth argument and
 * give up (return false) past MAX_CYCLES turns of the cycle, so a check never recurses without
 * bound; the runtime then asks the exact, iterative explainer, which decides.
 */
import { createHash } from 'node:crypto';
import type { Json, JsonObject } from '../../src/json.js';
import { definitionKey } from '../bundle.js';
import { callsOrLoops, expr, failIf, printFunction, refusesUndefined, type Expr, type Stmt } from './ir.js';

const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  '$ref',
  'const',
  'enum',
  'items',
  'anyOf',
  'oneOf',
  'allOf',
  'discriminator',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'description',
  'title',
]);

/** Turns of a reference cycle a check follows before it gives up. */
export const MAX_CYCLES = 64;
/** Most statements a definition's check may have to be checked in place (see `Compiler.leaf`). */
const LEAF_STATEMENTS = 2;

const isObj = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const lit = (v: Json) => JSON.stringify(v);

/** Identifier of the check function of a definition key (`Foo`, `v2/Foo`). */
export const defFn = (key: string) => `d_${key.replace('/', '$')}`;

export function refKey(ref: string): string {
  if (!ref.startsWith('#/definitions/')) throw new Error(`fast checks: unsupported $ref ${ref}`);
  return definitionKey(ref);
}

/** The definitions that can reach themselves through `$ref`s. */
export function cycleMembers(defs: ReadonlyMap<string, JsonObject>): Set<string> {
  const edges = new Map<string, Set<string>>();
  const collect = (node: Json, into: Set<string>): void => {
    if (Array.isArray(node)) node.forEach((n) => collect(n, into));
    else if (isObj(node)) {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string') into.add(refKey(v));
        else collect(v, into);
      }
    }
  };
  for (const [key, schema] of defs) {
    const out = new Set<string>();
    collect(schema, out);
    edges.set(key, out);
  }
  const members = new Set<string>();
  for (const start of defs.keys()) {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length > 0) {
      const k = stack.pop()!;
      if (k === start) {
        members.add(start);
        break;
      }
      if (seen.has(k)) continue;
      seen.add(k);
      stack.push(...(edges.get(k) ?? []));
    }
  }
  return members;
}

interface Scope {
  /** Counter for fresh variable names. */
  n: number;
  /** Inside a check that takes the cycle depth `d`. */
  readonly depth: boolean;
}

export class Compiler {
  /** Helper functions (union branches) by body, so identical branches share one function. */
  private readonly helpers = new Map<string, { name: string; source: string }>();
  private readonly leaves = new Map<string, JsonObject | undefined>();
  /** Inside a leaf probe (see `leaf`). */
  private probing = 0;
  readonly cycles: ReadonlySet<string>;

  constructor(private readonly defs: ReadonlyMap<string, JsonObject>) {
    this.cycles = cycleMembers(defs);
  }

  /** Function source of a named definition. */
  definition(key: string): string {
    const schema = this.defs.get(key);
    if (schema === undefined) throw new Error(`fast checks: no definition ${key}`);
    const cyclic = this.cycles.has(key);
    const body = this.statements(schema, 'v', { n: 0, depth: cyclic });
    if (!cyclic) return printFunction(defFn(key), 'v: any', body);
    return printFunction(defFn(key), 'v: any, d: number', [failIf(expr(`d > ${MAX_CYCLES}`)), ...body]);
  }

  /** The expression that checks the value in `v` against definition `key` from outside a cycle. */
  callDefinition(key: string, v: string): Expr {
    return expr(this.cycles.has(key) ? `${defFn(key)}(${v}, 0)` : `${defFn(key)}(${v})`, true);
  }

  /** A standalone check function `name(v)` for `schema`. */
  fn(name: string, schema: JsonObject): string {
    return printFunction(name, 'v: any', this.statements(schema, 'v', { n: 0, depth: false }));
  }

  /** The statements checking `schema` on the value in `v` (for placing inside another function). */
  inline(schema: JsonObject, v: string): Stmt[] {
    return this.statements(schema, v, { n: 0, depth: false });
  }

  helperSources(): string[] {
    return [...this.helpers.values()].map((h) => h.source);
  }

  /**
   * A helper's name comes from its body (a hash), so a definition added elsewhere never renames
   * it; the rare hash clash gets a longer hash.
   */
  private helper(schema: JsonObject, scope: Scope): string {
    // A leaf probe only asks whether a body calls anything: it registers no helper.
    if (this.probing > 0) return 'h_probe';
    const params = scope.depth ? 'v: any, d: number' : 'v: any';
    const body = this.statements(schema, 'v', { n: 0, depth: scope.depth });
    const source = (name: string) => printFunction(name, params, body);
    const key = source('h');
    const known = this.helpers.get(key);
    if (known !== undefined) return known.name;
    const hash = createHash('sha256').update(key).digest('hex');
    const taken = new Set([...this.helpers.values()].map((h) => h.name));
    let length = 8;
    while (taken.has(`h_${hash.slice(0, length)}`)) length += 4;
    const name = `h_${hash.slice(0, length)}`;
    this.helpers.set(key, { name, source: source(name) });
    return name;
  }

  /**
   * The schema of definition `key` when its check is a leaf: at most LEAF_STATEMENTS statements
   * that call nothing and loop over nothing (`string` aliases, small enums). A `$ref` to a leaf is
   * checked in place instead of through a call.
   */
  private leaf(key: string): JsonObject | undefined {
    if (!this.leaves.has(key)) {
      const schema = this.defs.get(key);
      if (schema === undefined) throw new Error(`fast checks: unresolved $ref #/definitions/${key}`);
      this.leaves.set(key, undefined); // a definition that refers to itself is no leaf
      this.probing++;
      let body: Stmt[];
      try {
        body = this.statements(schema, 'v', { n: 0, depth: false });
      } finally {
        this.probing--;
      }
      this.leaves.set(key, body.length <= LEAF_STATEMENTS && !callsOrLoops(body) && !this.cycles.has(key) ? schema : undefined);
    }
    return this.leaves.get(key);
  }

  /** The call expression checking the value in `v` against `schema` (a definition or a helper). */
  private call(schema: JsonObject, v: string, scope: Scope): Expr {
    const ref = schema.$ref;
    if (typeof ref === 'string' && Object.keys(schema).every((k) => k === '$ref' || k === 'description' || k === 'title')) {
      const key = refKey(ref);
      if (!this.defs.has(key)) throw new Error(`fast checks: unresolved $ref ${ref}`);
      if (!this.cycles.has(key)) return expr(`${defFn(key)}(${v})`, true);
      return expr(`${defFn(key)}(${v}, ${scope.depth ? 'd + 1' : '0'})`, true);
    }
    const name = this.helper(schema, scope);
    return expr(scope.depth ? `${name}(${v}, d)` : `${name}(${v})`, true);
  }

  /** Statements that fail when the value in variable `v` does not match `schema`. */
  private statements(schema: Json, v: string, scope: Scope): Stmt[] {
    if (schema === true) return [];
    if (!isObj(schema)) throw new Error(`fast checks: unsupported schema ${lit(schema)}`);
    for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`fast checks: unsupported keyword ${k}`);
    if (typeof schema.$ref === 'string') {
      if (Object.keys(schema).some((k) => k !== '$ref' && k !== 'description' && k !== 'title'))
        throw new Error(`fast checks: keywords beside $ref ${schema.$ref}`);
      const leaf = this.leaf(refKey(schema.$ref));
      if (leaf !== undefined) return this.statements(leaf, v, scope);
      return [failIf(expr(`!${this.call(schema, v, scope).text}`, true))];
    }
    const out: Stmt[] = [];
    const type = schema.type;
    // A const also fixes the type; the type test would be redundant.
    if (type !== undefined && !(schema.const !== undefined && jsonType(schema.const) === type)) out.push(typeCheck(type, v));
    if (schema.const !== undefined) out.push(failIf(expr(`${v} !== ${primitive(schema.const)}`), true));
    if (schema.enum !== undefined)
      out.push(failIf(expr(`!(${(schema.enum as Json[]).map((e) => `${v} === ${primitive(e)}`).join(' || ')})`)));
    const numeric = type === 'integer' || type === 'number';
    for (const [kw, op] of [
      ['minimum', '<'],
      ['maximum', '>'],
    ] as const) {
      const bound = schema[kw];
      if (bound === undefined) continue;
      if (typeof bound !== 'number') throw new Error(`fast checks: ${kw} must be a number`);
      out.push(failIf(expr(numeric ? `${v} ${op} ${bound}` : `typeof ${v} === "number" && ${v} ${op} ${bound}`)));
    }
    // Lengths count code points (JSON Schema), which a UTF-16 length bounds within a factor of two:
    // the spread into code points runs only where the two could differ.
    const textual = type === 'string';
    const isText = (cond: string) => (textual ? cond : `typeof ${v} === "string" && ${cond}`);
    if (schema.minLength !== undefined) {
      const n = schema.minLength;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new Error('fast checks: minLength must be a non-negative integer');
      if (n > 0)
        out.push(
          failIf(expr(isText(n === 1 ? `${v}.length === 0` : `${v}.length < ${n} || (${v}.length < ${2 * n} && [...${v}].length < ${n})`))),
        );
    }
    if (schema.maxLength !== undefined) {
      const n = schema.maxLength;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new Error('fast checks: maxLength must be a non-negative integer');
      out.push(failIf(expr(isText(`${v}.length > ${n} && (${v}.length > ${2 * n} || [...${v}].length > ${n})`))));
    }
    if (schema.properties !== undefined || schema.required !== undefined || schema.additionalProperties !== undefined) {
      out.push(...this.objectStatements(schema, v, scope, type === 'object'));
    }
    if (schema.items !== undefined) {
      if (!isObj(schema.items)) throw new Error('fast checks: only a single `items` schema is supported');
      const i = `i${scope.n++}`;
      const x = `x${scope.n++}`;
      const inner = this.statements(schema.items, x, scope);
      // Items of any shape need no loop.
      if (inner.length > 0) {
        const loop: Stmt = {
          kind: 'for',
          head: `let ${i} = 0; ${i} < ${v}.length; ${i}++`,
          body: [{ kind: 'const', name: x, value: expr(`${v}[${i}]`) }, ...inner],
        };
        out.push(type === 'array' ? loop : { kind: 'if', cond: expr(`Array.isArray(${v})`), body: [loop] });
      }
    }
    for (const branch of (schema.allOf as Json[] | undefined) ?? []) out.push(...this.statements(branch, v, scope));
    if (schema.anyOf !== undefined) out.push(...this.anyOf(schema.anyOf as JsonObject[], v, scope));
    if (schema.oneOf !== undefined) out.push(...this.oneOf(schema, v, scope));
    else if (schema.discriminator !== undefined) throw new Error('fast checks: discriminator without oneOf');
    return out;
  }

  private objectStatements(schema: JsonObject, v: string, scope: Scope, typed: boolean): Stmt[] {
    const properties = (schema.properties as JsonObject | undefined) ?? {};
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const out: Stmt[] = [];
    for (const [key, sub] of Object.entries(properties)) {
      const x = `x${scope.n++}`;
      const inner = this.statements(sub, x, scope);
      if (required.has(key)) {
        // A leading type or constant test already refuses `undefined` (a missing property).
        out.push({ kind: 'const', name: x, value: expr(`${v}[${lit(key)}]`) });
        out.push(...(refusesUndefined(inner) ? [] : [failIf(expr(`${x} === undefined`))]), ...inner);
      } else if (inner.length > 0) {
        out.push(
          { kind: 'const', name: x, value: expr(`${v}[${lit(key)}]`) },
          { kind: 'if', cond: expr(`${x} !== undefined`), body: inner },
        );
      }
    }
    for (const key of required) if (!(key in properties)) out.push(failIf(expr(`${v}[${lit(key)}] === undefined`)));
    const extra = schema.additionalProperties;
    if (extra !== undefined && extra !== true) {
      const k = `k${scope.n++}`;
      const known = Object.keys(properties)
        .map((p) => `${k} === ${lit(p)}`)
        .join(' || ');
      if (extra === false)
        out.push({ kind: 'for', head: `const ${k} in ${v}`, body: [known === '' ? { kind: 'fail' } : failIf(expr(`!(${known})`))] });
      else {
        const x = `x${scope.n++}`;
        const inner = this.statements(extra, x, scope);
        // Values of any shape need no loop.
        if (inner.length > 0) {
          const body: Stmt[] = [
            ...(known === '' ? [] : [{ kind: 'continueIf', cond: expr(known) } as Stmt]),
            { kind: 'const', name: x, value: expr(`${v}[${k}]`) },
            ...inner,
          ];
          out.push({ kind: 'for', head: `const ${k} in ${v}`, body });
        }
      }
    }
    // Without `type: object`, the object keywords apply only to objects (as in JSON Schema).
    return typed ? out : [{ kind: 'if', cond: expr(`typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v})`), body: out }];
  }

  private anyOf(branches: JsonObject[], v: string, scope: Scope): Stmt[] {
    const nullAt = branches.findIndex((b) => Object.keys(b).length === 1 && b.type === 'null');
    if (branches.length === 2 && nullAt !== -1) {
      // The nullable pattern: `T | null`.
      const inner = this.statements(branches[1 - nullAt]!, v, scope);
      return inner.length === 0 ? [] : [{ kind: 'if', cond: expr(`${v} !== null`), body: inner }];
    }
    return [failIf(expr(`!(${branches.map((b) => this.call(b, v, scope).text).join(' || ')})`, true))];
  }

  private oneOf(schema: JsonObject, v: string, scope: Scope): Stmt[] {
    const branches = schema.oneOf as JsonObject[];
    const discriminator = schema.discriminator;
    if (discriminator === undefined) {
      const n = `n${scope.n++}`;
      return [
        { kind: 'let', name: n, value: expr('0') },
        ...branches.map((b) => failIf(expr(`${this.call(b, v, scope).text} && ++${n} > 1`, true))),
        failIf(expr(`${n} !== 1`)),
      ];
    }
    if (!isObj(discriminator) || typeof discriminator.propertyName !== 'string')
      throw new Error('fast checks: discriminator needs a propertyName');
    const tag = discriminator.propertyName;
    const cases = branches.map((branch) => ({
      labels: this.tagValues(branch, tag).map(lit),
      body: [failIf(expr(`!${this.call(branch, v, scope).text}`, true))],
    }));
    return [
      ...(schema.type === 'object' ? [] : [failIf(expr(`typeof ${v} !== "object" || ${v} === null`))]),
      { kind: 'switch', on: expr(`${v}[${lit(tag)}]`), cases, otherwise: [{ kind: 'fail' }] },
    ];
  }

  /** The tag values a discriminated branch accepts (its `const` or `enum`, behind any `$ref`). */
  private tagValues(branch: JsonObject, tag: string): string[] {
    let b: JsonObject = branch;
    while (typeof b.$ref === 'string') b = this.defs.get(refKey(b.$ref)) ?? {};
    const prop = (b.properties as JsonObject | undefined)?.[tag];
    if (isObj(prop) && typeof prop.const === 'string') return [prop.const];
    if (isObj(prop) && Array.isArray(prop.enum) && prop.enum.every((e) => typeof e === 'string')) return prop.enum as string[];
    throw new Error(`fast checks: a discriminated branch has no string const or enum for ${tag}`);
  }
}

function typeCheck(type: Json, v: string): Stmt {
  switch (type) {
    case 'object':
      return failIf(expr(`typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})`), true);
    case 'array':
      return failIf(expr(`!Array.isArray(${v})`), true);
    case 'string':
      return failIf(expr(`typeof ${v} !== "string"`), true);
    case 'boolean':
      return failIf(expr(`typeof ${v} !== "boolean"`), true);
    case 'null':
      return failIf(expr(`${v} !== null`), true);
    case 'integer':
      return failIf(expr(`!Number.isInteger(${v})`), true);
    case 'number':
      return failIf(expr(`typeof ${v} !== "number" || !Number.isFinite(${v})`), true);
    default:
      throw new Error(`fast checks: unsupported type ${lit(type)}`);
  }
}

function jsonType(value: Json): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'number' : typeof value;
}

function primitive(value: Json): string {
  if (typeof value === 'object' && value !== null) throw new Error('fast checks: only primitive const and enum values are supported');
  return lit(value);
}
