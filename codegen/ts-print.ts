/**
 * TypeScript type expressions, printed in their final form: the layout prettier (width 100)
 * gives them, so the generated files need no formatter (a test runs prettier over every file
 * and asserts that it changes nothing). Only the forms the generator writes are covered.
 */

export type TsType =
  /** A name, a keyword or a literal, printed as is; `reference`: a type name (or a generic one). */
  | { readonly kind: 'atom'; readonly text: string; readonly reference?: true }
  | { readonly kind: 'array'; readonly of: TsType }
  | { readonly kind: 'union'; readonly members: readonly TsType[] }
  | { readonly kind: 'intersection'; readonly members: readonly TsType[] }
  /**
   * An object type. `expanded`: one field per line whatever the width (the generator writes
   * named and union-branch objects so); otherwise on one line while it fits.
   */
  | { readonly kind: 'object'; readonly fields: readonly Field[]; readonly index?: TsType; readonly expanded: boolean };

export interface Field {
  readonly doc?: string;
  readonly key: string;
  readonly optional: boolean;
  readonly type: TsType;
}

export const WIDTH = 100;

export const atom = (text: string): TsType => ({ kind: 'atom', text });
/** A type name (`Thread`, `Record<string, never>`). */
export const reference = (text: string): TsType => ({ kind: 'atom', text, reference: true });

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A string literal as prettier writes it: double quotes, unless that needs more escapes than single ones. */
export function stringLiteral(value: string): string {
  const double = JSON.stringify(value);
  const doubles = (value.match(/"/g) ?? []).length;
  const singles = (value.match(/'/g) ?? []).length;
  if (doubles <= singles) return double;
  return `'${double.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A property key: bare when it is an identifier (prettier's quoteProps "as-needed"). */
export function propertyKey(name: string): string {
  return IDENT.test(name) ? name : stringLiteral(name);
}

/** JSDoc for a description, at `pad`, one line or ` * ` lines; '' when there is none. */
export function jsdoc(text: string | undefined, pad = ''): string {
  if (text === undefined || text === '') return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${pad}/** ${lines[0]} */\n`;
  return `${pad}/**\n${lines.map((l) => `${pad} * ${l}`.trimEnd()).join('\n')}\n${pad} */\n`;
}

const spaces = (n: number) => ' '.repeat(n);

/** Whether a type is printed over several lines whatever the width. */
function breaks(t: TsType): boolean {
  switch (t.kind) {
    case 'atom':
      return false;
    case 'array':
      return breaks(t.of);
    case 'union':
    case 'intersection':
      return t.members.some(breaks);
    case 'object':
      return (
        (t.expanded && (t.fields.length > 0 || t.index !== undefined)) ||
        t.fields.some((f) => f.doc !== undefined || breaks(f.type)) ||
        (t.index !== undefined && breaks(t.index))
      );
  }
}

/** The one-line form, or undefined when the type cannot be on one line. */
export function flat(t: TsType): string | undefined {
  if (breaks(t)) return undefined;
  switch (t.kind) {
    case 'atom':
      return t.text;
    case 'array':
      return `Array<${flat(t.of)!}>`;
    case 'union':
      return t.members.map((m) => flat(m)!).join(' | ');
    case 'intersection':
      return t.members.map((m) => (m.kind === 'union' ? `(${flat(m)!})` : flat(m)!)).join(' & ');
    case 'object': {
      const parts = t.fields.map((f) => `${propertyKey(f.key)}${f.optional ? '?' : ''}: ${flat(f.type)!}`);
      if (t.index !== undefined) parts.push(`[key: string]: ${flat(t.index)!}`);
      return parts.length === 0 ? '{}' : `{ ${parts.join('; ')} }`;
    }
  }
}

const isVoid = (t: TsType) => t.kind === 'atom' && (t.text === 'null' || t.text === 'undefined');

/**
 * A union of one object or type reference (a name, `Array<…>`) and nulls: printed `X | null`
 * with X laid out on its own, never one member per line (prettier's "hug").
 */
function hugs(t: TsType): boolean {
  if (t.kind !== 'union') return false;
  const others = t.members.filter((m) => !isVoid(m));
  if (others.length !== 1) return false;
  const only = others[0]!;
  return only.kind === 'object' || only.kind === 'array' || (only.kind === 'atom' && only.reference === true);
}

/** Where a type is printed: its indentation, the column it starts at, and how many characters follow it on its last line. */
interface At {
  readonly indent: number;
  readonly col: number;
  readonly tail: number;
}

const fits = (at: At, text: string) => at.col + text.length + at.tail <= WIDTH;

/** The broken form of a union: each member on its own line, after `| `, at `indent`. */
function brokenUnion(members: readonly TsType[], indent: number, tail: number): string {
  return members
    .map((m, i) => `\n${spaces(indent)}| ${print(m, { indent: indent + 2, col: indent + 2, tail: i === members.length - 1 ? tail : 0 })}`)
    .join('');
}

/**
 * A type printed at `at`. Unions break with a leading `| ` per member (a type alias first tries
 * the whole union on the next line; see `printAlias`); objects break one field per line.
 */
export function print(t: TsType, at: At): string {
  const one = flat(t);
  if (one !== undefined && fits(at, one)) return one;
  switch (t.kind) {
    case 'atom':
      return t.text;
    case 'array': {
      // A single object argument hugs the brackets (`Array<{`); any other that breaks goes on its own lines.
      if (t.of.kind === 'object' || hugs(t.of)) return `Array<${print(t.of, { ...at, col: at.col + 6, tail: at.tail + 1 })}>`;
      if (t.of.kind === 'array' || t.of.kind === 'intersection')
        return `Array<\n${spaces(at.indent + 2)}${print(t.of, { indent: at.indent + 2, col: at.indent + 2, tail: 0 })}\n${spaces(at.indent)}>`;
      if (t.of.kind === 'union' && !hugs(t.of)) {
        const inner = flat(t.of);
        const body =
          inner !== undefined && at.indent + 2 + inner.length <= WIDTH
            ? `\n${spaces(at.indent + 2)}${inner}`
            : brokenUnion(t.of.members, at.indent + 2, 0);
        return `Array<${body}\n${spaces(at.indent)}>`;
      }
      return `Array<${print(t.of, { ...at, col: at.col + 6, tail: at.tail + 1 })}>`;
    }
    case 'union': {
      if (hugs(t)) {
        // Each member laid out knowing what follows it on the line (the nulls after it).
        let col = at.col;
        return t.members
          .map((m, i) => {
            const after = t.members.slice(i + 1).reduce((n, r) => n + 3 + (flat(r)?.length ?? 0), 0);
            const sep = i === 0 ? '' : ' | ';
            const text = `${sep}${print(m, { indent: at.indent, col: col + sep.length, tail: after + at.tail })}`;
            col = text.includes('\n') ? text.length - text.lastIndexOf('\n') - 1 : col + text.length;
            return text;
          })
          .join('');
      }
      return brokenUnion(t.members, at.indent + 2, at.tail);
    }
    case 'intersection': {
      // `A & { … }`: the last member breaks, the others stay on the line.
      const head = t.members
        .slice(0, -1)
        .map((m) => flat(m) ?? print(m, at))
        .join(' & ');
      const last = t.members.at(-1)!;
      return `${head} & ${print(last, { ...at, col: at.col + head.length + 3 })}`;
    }
    case 'object':
      return objectLines(t, at.indent);
  }
}

function objectLines(t: Extract<TsType, { kind: 'object' }>, indent: number): string {
  const pad = spaces(indent + 2);
  const lines: string[] = [];
  for (const f of t.fields) {
    const head = `${pad}${propertyKey(f.key)}${f.optional ? '?' : ''}:`;
    lines.push(`${jsdoc(f.doc, pad)}${head}${fieldType(f.type, indent + 2, head.length)};`);
  }
  if (t.index !== undefined) {
    const head = `${pad}[key: string]:`;
    lines.push(`${head}${fieldType(t.index, indent + 2, head.length)};`);
  }
  return `{\n${lines.join('\n')}\n${spaces(indent)}}`;
}

/** The type of a field after `key:` (a space, or a line break before a broken union). */
function fieldType(t: TsType, indent: number, col: number): string {
  const at = { indent, col: col + 1, tail: 1 };
  const one = flat(t);
  if (one !== undefined && fits(at, one)) return ` ${one}`;
  if (t.kind === 'union' && !hugs(t)) {
    // As for a type alias: the whole union on the next line when it fits there; else one member per line.
    if (one !== undefined && indent + 2 + one.length + 1 <= WIDTH) return `\n${spaces(indent + 2)}${one}`;
    return brokenUnion(t.members, indent + 2, 1);
  }
  return ` ${print(t, at)}`;
}

/** `export type Name = …;` */
export function printAlias(name: string, t: TsType): string {
  const head = `export type ${name} =`;
  const one = flat(t);
  if (one !== undefined && head.length + 1 + one.length + 1 <= WIDTH) return `${head} ${one};`;
  if (t.kind === 'union' && !hugs(t)) {
    // The whole union on the next line when it fits there; else one member per line.
    if (one !== undefined && 2 + one.length + 1 <= WIDTH) return `${head}\n  ${one};`;
    return `${head}${brokenUnion(t.members, 2, 1)};`;
  }
  return `${head} ${print(t, { indent: 0, col: head.length + 1, tail: 1 })};`;
}

/** `export interface Name { … }` with one field per line. */
export function printInterface(name: string, fields: readonly Field[]): string {
  return `export interface ${name} ${objectLines({ kind: 'object', fields, expanded: true }, 0)}`;
}
