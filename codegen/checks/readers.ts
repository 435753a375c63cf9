/**
 * The layout reader: `read(text)`, a reader of JSON text for the streaming notifications (most of
 * the traffic) as the server writes them, and for nothing else. The server writes a delta with no
 * whitespace, its members in a fixed order and its params in the order of the definition:
 *
 *     {"method":"item/agentMessage/delta","params":{"threadId":"…",…,"delta":"…"},"emittedAtMs":1796169779049}
 *
 * For a text in exactly that layout (each string as JSON writes it, escapes included, each
 * integer of at most 15 digits; `emittedAtMs` present or not), `read` returns what `JSON.parse`
 * returns, keys in the same order; for any other text, undefined (the caller then parses it with
 * `JSON.parse`). It decides nothing about validity: the parsed value goes through the same
 * checks either way. One regular expression per method, anchored at both ends, whose parts cannot
 * match the same character two ways, so a match takes time linear in the text; texts longer than
 * `READ_MAX` are left to `JSON.parse`.
 *
 * A method has a layout when it is a streaming notification with params (the registry's
 * `streaming` mark) whose params definition is an object of required members, each a plain string
 * or integer, with plain names. The reader is what makes parse + validate of such a notification
 * faster than `JSON.parse` alone: building an object literal of a known shape skips the key
 * lookups and shape transitions `JSON.parse` performs for every member.
 */
import type { JsonObject } from '../../src/json.js';
import type { RouteRow } from './routers.js';

type Obj = JsonObject;

/** Texts longer than this are left to `JSON.parse` (streamed deltas are a few hundred characters). */
export const READ_MAX = 4096;

/**
 * A JSON string's contents as the text spells them: unescaped characters and whole escapes
 * (`ESCAPED`), or unescaped characters only (`PLAIN`, for a text with no backslash: the same
 * match, in half the time).
 */
const ESCAPED = String.raw`([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)`;
const PLAIN = String.raw`([^"\\\u0000-\u001f]*)`;
/** A JSON integer of at most 15 digits (exact as a double, so `+text` is what JSON.parse gives). */
const INTEGER = '(-?(?:0|[1-9][0-9]{0,14}))';
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Member {
  readonly name: string;
  readonly kind: 'string' | 'integer';
}

/** The layout of a params definition: its members in order, or undefined when it has none. */
export function layoutOf(schema: Obj | undefined): readonly Member[] | undefined {
  if (schema === undefined || schema.type !== 'object') return undefined;
  const properties = schema.properties as Obj | undefined;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  if (properties === undefined) return undefined;
  const members: Member[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const p = property as Obj;
    const keys = Object.keys(p);
    const kind = p.type === 'string' || p.type === 'integer' ? p.type : undefined;
    if (kind === undefined || keys.length !== 1 || !required.has(name) || !PLAIN_NAME.test(name)) return undefined;
    members.push({ name, kind });
  }
  return members.length > 0 && members.length === required.size ? members : undefined;
}

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const lit = (v: string) => JSON.stringify(v);

/** The text every layout of `method` begins with. */
const opening = (method: string) => `{"method":${lit(method)},"params":{`;

/**
 * The source of `read` for the rows that have a layout (`layout(params id)`; undefined: none).
 * With no such row, `read` returns undefined for every text.
 */
export function readerSource(rows: readonly RouteRow[], layout: (id: string) => readonly Member[] | undefined): string {
  const readable = rows.flatMap((r) => {
    if (r.streaming !== true || r.params === null || r.paramsOptional === true || r.direction !== 'serverToClient') return [];
    const members = layout(r.params);
    return members === undefined ? [] : [{ method: r.method, members }];
  });
  const lines: string[] = [];
  // The openings agree up to `at` (`{"method":"item/`); the character there picks the candidates.
  const openings = readable.map((r) => opening(r.method));
  let at = 0;
  while (openings.length > 1 && openings.every((o) => o.length > at && o[at] === openings[0]![at])) at++;
  readable.forEach((r, i) => {
    for (const [suffix, string] of [
      ['', PLAIN],
      ['e', ESCAPED],
    ] as const) {
      const params = r.members.map(
        (m, j) => escapeRegExp(`${j === 0 ? '' : ','}${lit(m.name)}:`) + (m.kind === 'string' ? `"${string}"` : INTEGER),
      );
      const source = `^${escapeRegExp(opening(r.method))}${params.join('')}\\}(?:,"emittedAtMs":${INTEGER})?\\}$`;
      lines.push(`const layout${i}${suffix} = /${source}/;`);
    }
  });
  const doc = "/** What JSON.parse returns for a streaming notification in the server's layout; undefined for any other text. */";
  if (readable.length === 0) lines.push(doc, 'export function read(text: string): unknown {', '  void text;', '  return undefined;', '}');
  else {
    lines.push(
      '',
      '/** A string member as the text spells it: unescaped, or through JSON.parse when it has an escape. */',
      'function unescaped(s: string): string {',
      '  return s.indexOf("\\\\") === -1 ? s : (JSON.parse(\'"\' + s + \'"\') as string);',
      '}',
      '',
      doc,
      'export function read(text: string): unknown {',
    );
    lines.push(
      `  if (text.length > ${READ_MAX}) return undefined;`,
      '  let m: RegExpExecArray | null;',
      `  switch (text.charCodeAt(${at})) {`,
    );
    const byChar = new Map<number, number[]>();
    openings.forEach((o, i) => byChar.set(o.charCodeAt(at), [...(byChar.get(o.charCodeAt(at)) ?? []), i]));
    for (const [code, candidates] of [...byChar].sort(([x], [y]) => x - y)) {
      lines.push(`    case ${code}: {`, '      const plain = text.indexOf("\\\\") === -1;');
      for (const i of candidates) {
        const r = readable[i]!;
        const values = (plain: boolean) =>
          r.members.map(
            (m, j) => `${m.name}: ${m.kind === 'string' ? (plain ? `m[${j + 1}]!` : `unescaped(m[${j + 1}]!)`) : `+m[${j + 1}]!`}`,
          );
        const tail = r.members.length + 1;
        lines.push(
          `      if ((m = (plain ? layout${i} : layout${i}e).exec(text)) !== null) {`,
          `        const params = plain ? { ${values(true).join(', ')} } : { ${values(false).join(', ')} };`,
          `        const e = m[${tail}];`,
          `        return e === undefined ? { method: ${lit(r.method)}, params } : { method: ${lit(r.method)}, params, emittedAtMs: +e };`,
          '      }',
        );
      }
      lines.push('      return undefined;', '    }');
    }
    lines.push('  }');
    lines.push('  return undefined;', '}');
  }
  return lines.join('\n');
}
