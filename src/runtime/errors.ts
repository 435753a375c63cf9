/** JSON-RPC error codes and the structured issues that explain them. */
import type { RequestId } from '../../generated/typescript/index.js';

export const ErrorCode = Object.freeze({
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  /** A response whose result does not match its method (not sent on the wire; reported locally). */
  InvalidResult: -32603,
  /** A problem on this side, never caused by the peer (e.g. invalid options); JSON-RPC's internal error. */
  InternalError: -32603,
});
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * What kind of thing is wrong at a path: a missing value (`required`), a key the type does not
 * have (`extra`), a value of the wrong JSON type (`type`), a string or constant outside the allowed
 * values (`value`), a number out of range (`range`), an unknown union tag (`tag`), a value matching
 * no branch of an untagged union (`shape`), or a limit of the envelope (`envelope`). A reader of a
 * newer peer can tolerate `value` and `tag` (a new enum value, a new variant) and `extra`.
 */
export type IssueKind = 'required' | 'extra' | 'type' | 'value' | 'range' | 'tag' | 'shape' | 'envelope';

/** One thing wrong with a message: where (JSON pointer into the message) and what was expected there. */
export interface Issue {
  readonly path: string;
  /** Set on issues found in params and results (see IssueKind). */
  readonly kind?: IssueKind;
  readonly expected: string;
  /** A short description of what was found instead, when there was something. */
  readonly found?: string;
}

/** A ready-to-send JSON-RPC error response. `data.issues` lists each failing path (the first ones; `omitted` counts the rest). */
export interface ErrorResponse {
  readonly id: RequestId | null;
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    readonly data: { readonly issues: readonly Issue[]; readonly omitted?: number };
  };
}

export function errorResponse(
  id: RequestId | null,
  code: ErrorCode,
  message: string,
  issues: readonly Issue[],
  omitted = 0,
): ErrorResponse {
  return { id, error: { code, message, data: omitted > 0 ? { issues, omitted } : { issues } } };
}

/** Longest string quoted in an error (the rest is cut, ending in `...`). */
const QUOTED = 40;

/** A string for an error message: JSON-quoted, cut to a few dozen characters. */
export function quote(text: string): string {
  return text.length > QUOTED ? `${JSON.stringify(text.slice(0, QUOTED))}...` : JSON.stringify(text);
}

/** Short, bounded description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return `string ${quote(value)}`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'object';
    default:
      return typeof value;
  }
}
