/**
 * The reading policy: what a connection does with a message from its peer that its release's
 * schema refuses. The fast path (a message the schema accepts) never comes here.
 *
 * - `strict`: the schema decides. A refused request is answered with the runtime's JSON-RPC
 *   error, a refused notification or result is reported and dropped.
 * - `tolerant` (the default): what a newer release of the peer can send without breaking an
 *   older reader is kept. Its issues may only be of the kinds a protocol grows by:
 *   `value` (a string or constant outside the known values: a new enum value), `tag` (a new
 *   variant of a tagged union) and `extra` (a new field where the type lists its fields). The
 *   message is delivered as it came, flagged with those issues (`tolerated`). A notification or
 *   request whose method this release does not know is delivered untyped (`known: false`).
 *   Anything else (a missing required field, a value of another JSON type, a number out of
 *   range, an untagged union no branch of which matches, a broken envelope) is refused as under
 *   `strict`.
 *
 * What a connection sends is always checked strictly.
 */
import type { ReleaseRuntime } from '../runtime/api.js';
import type { Refused } from '../runtime/engine.js';
import { ErrorCode, type ErrorResponse, type Issue, type IssueKind } from '../runtime/errors.js';
import type { ProtocolTypes } from '../runtime/types.js';
import type { Direction } from '../wire.js';

export type Reading = 'tolerant' | 'strict';

/** The issue kinds a newer peer's message may have and still be read (under `tolerant`). */
export const TOLERATED_KINDS: readonly IssueKind[] = Object.freeze(['value', 'tag', 'extra']);

/** Issues listed when deciding whether all of a message's issues are tolerable. */
const ALL_ISSUES = 10_000;

type Runtime = ReleaseRuntime<ProtocolTypes>;
type Id = string | number;

/** A refused message, read again under the policy. */
export type Reread =
  | {
      readonly kind: 'request';
      readonly received: object;
      readonly id: Id;
      readonly method: string;
      readonly params: unknown;
      readonly known: boolean;
      readonly tolerated?: readonly Issue[];
    }
  | {
      readonly kind: 'notification';
      readonly received: object;
      readonly method: string;
      readonly params: unknown;
      readonly known: boolean;
      readonly tolerated?: readonly Issue[];
    }
  /** Refused after all: `received` is the parsed value (undefined: not JSON), `reply` whether an answer is owed. */
  | { readonly kind: 'refused'; readonly received: unknown; readonly error: ErrorResponse; readonly reply: boolean };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is Id => typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v));

/** Whether every issue is of a kind a newer peer may cause. */
export function tolerable(issues: readonly Issue[]): boolean {
  return issues.length > 0 && issues.every((i) => i.kind !== undefined && TOLERATED_KINDS.includes(i.kind));
}

/** Reads a line the runtime refused (as `refusal`) again under the policy. */
export function reread(runtime: Runtime, text: string, direction: Direction, refusal: Refused, reading: Reading): Reread {
  let received: unknown;
  try {
    received = JSON.parse(text);
  } catch {
    return { kind: 'refused', received: undefined, error: refusal.error, reply: refusal.reply };
  }
  const refused: Reread = { kind: 'refused', received, error: refusal.error, reply: refusal.reply };
  if (reading === 'strict' || !isObject(received) || typeof received.method !== 'string') return refused;
  const { code, data } = refusal.error.error;
  const method = received.method;
  const hasId = Object.prototype.hasOwnProperty.call(received, 'id');
  if (hasId && !isId(received.id)) return refused;
  // Only an unknown method, or params with issues, can be tolerated; never a broken envelope.
  if (Object.prototype.hasOwnProperty.call(received, 'result') || Object.prototype.hasOwnProperty.call(received, 'error')) return refused;
  if (code === ErrorCode.MethodNotFound) {
    return hasId
      ? { kind: 'request', received, id: received.id as Id, method, params: received.params, known: false }
      : { kind: 'notification', received, method, params: received.params, known: false };
  }
  if (code !== ErrorCode.InvalidParams) return refused;
  let issues = data.issues;
  if ((data.omitted ?? 0) > 0) {
    const again = runtime.parse(text, direction, { limits: { maxIssues: ALL_ISSUES } });
    if (again.ok || (again.error.error.data.omitted ?? 0) > 0) return refused;
    issues = again.error.error.data.issues;
  }
  if (!tolerable(issues)) return refused;
  return hasId
    ? { kind: 'request', received, id: received.id as Id, method, params: received.params, known: true, tolerated: issues }
    : { kind: 'notification', received, method, params: received.params, known: true, tolerated: issues };
}

/** A result checked under the policy. */
export type CheckedResult =
  | { readonly ok: true; readonly value: unknown; readonly tolerated?: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Checks the result of a request this side sent, under the policy. */
export function checkResult(runtime: Runtime, method: string, result: unknown, reading: Reading): CheckedResult {
  const checked = runtime.validateResult(method, result);
  if (checked.ok) return { ok: true, value: checked.value };
  if (reading === 'strict') return { ok: false, issues: checked.issues };
  let issues = checked.issues;
  if ((checked.omitted ?? 0) > 0) {
    const again = runtime.validateResult(method, result, { limits: { maxIssues: ALL_ISSUES } });
    if (again.ok) return { ok: true, value: again.value };
    if ((again.omitted ?? 0) > 0) return { ok: false, issues: again.issues };
    issues = again.issues;
  }
  return tolerable(issues) ? { ok: true, value: result, tolerated: issues } : { ok: false, issues };
}

/** Issues a tolerated value was delivered with, by value (params or result objects). */
const flags = new WeakMap<object, readonly Issue[]>();

export function flag(value: unknown, issues: readonly Issue[] | undefined): void {
  if (issues !== undefined && typeof value === 'object' && value !== null) flags.set(value, issues);
}

/**
 * The issues a value from the peer was delivered with under the tolerant policy (a new enum
 * value, variant or field), or undefined when it matched the schema. For params and results.
 */
export function tolerated(value: unknown): readonly Issue[] | undefined {
  return typeof value === 'object' && value !== null ? flags.get(value) : undefined;
}
