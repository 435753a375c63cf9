/**
 * What every runnable consumer does with the package, whatever its module system: parse one
 * message and refuse a broken copy, build and pair a request, run a fast check, decode a chunk
 * with the translator, and read a per-type JSON schema. The entry points come in as arguments,
 * so each consumer imports them its own way; the types are named here through the package.
 * The consumer prints the returned object as JSON; test/consumers.test.ts expects PROBE_RESULT.
 */
import type { ServerNotification, v2 } from 'codex-app-server-protocol';
import type { ClientRequestParams } from 'codex-app-server-protocol/types';
import type * as Runtime from 'codex-app-server-protocol/runtime';
import type * as Translate from 'codex-app-server-protocol/translate';
import type * as Validators from 'codex-app-server-protocol/validators';

export interface Entries {
  readonly runtime: typeof Runtime;
  readonly validators: typeof Validators;
  readonly translate: typeof Translate;
  /** `codex-app-server-protocol/json/v2/AgentMessageDeltaNotification.json` */
  readonly schema: { readonly title: string; readonly required: readonly string[] };
}

const delta: v2.AgentMessageDeltaNotification = { threadId: 't', turnId: '0', itemId: 'i', delta: 'hi' };
const notification: ServerNotification = { method: 'item/agentMessage/delta', params: delta };
const archive: ClientRequestParams<'thread/archive'> = { threadId: 't' };

export function probe({ runtime, validators, translate, schema }: Entries) {
  const line = JSON.stringify(notification);
  const parsed = runtime.parse(line, 'serverToClient');
  let text: string | null = null;
  if (parsed.ok && parsed.kind === 'notification' && parsed.message.method === 'item/agentMessage/delta')
    text = parsed.message.params.delta;

  const broken = runtime.parse(line.replace('"hi"', '5'), 'serverToClient');
  const refused = broken.ok ? null : { code: broken.error.error.code, paths: broken.error.error.data.issues.map((i) => i.path) };

  const pending = new runtime.PendingRequests<Runtime.ClientSide>();
  const request = pending.track(runtime.clientRequest(7, 'thread/archive', archive));
  const answer = runtime.parse(JSON.stringify({ id: 7, result: {} }), 'serverToClient');
  const settled = answer.ok && answer.kind === 'response' ? pending.settle(answer.message) : null;

  const fast = validators.check('v2/AgentMessageDeltaNotification');
  return {
    text,
    refused,
    request,
    settled: settled === null ? null : { ok: settled.ok, method: settled.method ?? null, left: pending.size },
    fastCheck: fast === undefined ? null : [fast(delta), fast({ ...delta, delta: 5 })],
    decoded: translate.decodeBase64Text('aGk='),
    schema: { title: schema.title, required: schema.required },
  };
}
