/** JSON-RPC error codes and the structured issues that explain them. */
import type { ValidatorError } from '../../generated/validators/index.js';
import type { RequestId } from '../../generated/typescript/index.js';
import { escapePointer } from './limits.js';

export const ErrorCode = Object.freeze({
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  /** A response whose result does not match its method (not sent on the wire; reported locally). */
  InvalidResult: -32603,
});
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One thing wrong with a message: where (JSON pointer into the message) and what was expected there. */
export interface Issue {
  readonly path: string;
  readonly expected: string;
  /** A short description of what was found instead, when there was something. */
  readonly found?: string;
}

/** A ready-to-send JSON-RPC error response. `data.issues` lists each failing path. */
export interface ErrorResponse {
  readonly id: RequestId | null;
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    readonly data: { readonly issues: readonly Issue[] };
  };
}

export function errorResponse(id: RequestId | null, code: ErrorCode, message: string, issues: readonly Issue[]): ErrorResponse {
  return { id, error: { code, message, data: { issues } } };
}

/** Short, bounded description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `string ${JSON.stringify(value.slice(0, 40))}...` : `string ${JSON.stringify(value)}`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'object';
    default:
      return typeof value;
  }
}

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    if (typeof node !== 'object' || node === null) return undefined;
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const list = (values: unknown) => (Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values));

/** What one Ajv error says: the path it is about (relative to the validated value) and what was expected. */
function explain(e: ValidatorError): { path: string; expected: string; alternative: boolean } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path: `${e.instancePath}/${escapePointer(String(p.missingProperty))}`, expected: 'a value (required)', alternative: false };
    case 'additionalProperties':
      return { path: `${e.instancePath}/${escapePointer(String(p.additionalProperty))}`, expected: 'no such key', alternative: false };
    case 'discriminator':
      return {
        path: `${e.instancePath}/${escapePointer(String(p.tag))}`,
        expected: p.error === 'mapping' ? `a known "${String(p.tag)}" value` : `a string "${String(p.tag)}" tag`,
        alternative: false,
      };
    case 'type':
      return { path: e.instancePath, expected: String(p.type), alternative: true };
    case 'const':
      return { path: e.instancePath, expected: JSON.stringify(p.allowedValue), alternative: true };
    case 'enum':
      return { path: e.instancePath, expected: `one of ${list(p.allowedValues)}`, alternative: true };
    case 'minimum':
    case 'maximum':
      return { path: e.instancePath, expected: `a number ${String(p.comparison)} ${String(p.limit)}`, alternative: false };
    case 'oneOf':
    case 'anyOf':
      return { path: e.instancePath, expected: 'one of the allowed shapes', alternative: true };
    default:
      return { path: e.instancePath, expected: e.message ?? e.keyword, alternative: false };
  }
}

/**
 * Turns Ajv's errors (against `value`, found at `prefix` in the message) into one issue per
 * failing path. Alternatives at one path (a nullable field, an untagged union) are joined with
 * "or"; a union that failed as a whole also gets an issue at its own path.
 */
export function issuesFromAjv(errors: readonly ValidatorError[], value: unknown, prefix: string): Issue[] {
  const byPath = new Map<string, string[]>();
  const summaries: { path: string; expected: string }[] = [];
  for (const e of errors) {
    const { path, expected, alternative } = explain(e);
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      summaries.push({ path, expected });
      continue;
    }
    const parts = byPath.get(path) ?? [];
    if (!parts.includes(expected) && (alternative || parts.length === 0)) parts.push(expected);
    byPath.set(path, parts);
  }
  // A union that failed as a whole is reported at its own path too, unless alternatives at that
  // very path (a nullable field: "string or null") already say what it takes.
  for (const s of summaries) if (!byPath.has(s.path)) byPath.set(s.path, [s.expected]);
  return [...byPath.entries()].map(([path, parts]) => {
    const found = valueAt(value, path);
    const issue = { path: prefix + path, expected: parts.join(' or ') };
    return found === undefined ? issue : { ...issue, found: describe(found) };
  });
}
