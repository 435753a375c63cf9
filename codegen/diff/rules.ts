/**
 * The classification rules of the protocol diff.
 *
 * Every message part has a sender and a receiver: the params of a client request or client
 * notification are sent by clients; its result by servers; the params of a server request or
 * server notification are sent by servers, and a server request's result by clients.
 *
 * A change that makes a part accept fewer messages (narrowing) breaks its existing senders:
 * what they send may now be rejected. A change that makes it accept more (widening) breaks its
 * existing receivers: they may now get a value they do not handle (an exhaustive `switch` over an
 * enum or tag is the typical victim). "Breaking for clients" means an existing client may fail
 * against the new protocol; "breaking for servers" the same for an existing server.
 *
 * Some parts are instructions: the params of a request (the caller asks for something) and the
 * answer to a server request (the client decides something, e.g. an approval). A field removed
 * from an instruction breaks its sender even when receivers cope: the sender's value is ignored.
 */

export type RuleId =
  | 'method-added'
  | 'method-removed'
  | 'method-direction-changed'
  | 'method-kind-changed'
  | 'method-deprecated'
  | 'method-undeprecated'
  | 'params-added'
  | 'params-added-optional'
  | 'params-removed'
  | 'field-added-required'
  | 'field-added-optional'
  | 'field-removed'
  | 'field-removed-optional'
  | 'field-made-required'
  | 'field-made-optional'
  | 'made-nullable'
  | 'made-non-nullable'
  | 'type-changed'
  | 'type-narrowed'
  | 'type-widened'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'tag-value-added'
  | 'tag-value-removed'
  | 'variant-added'
  | 'variant-removed'
  | 'discriminator-changed'
  | 'type-renamed';

/** Which side of a message part a change breaks. */
export interface Effect {
  readonly sender: boolean;
  readonly receiver: boolean;
}

export const NONE: Effect = { sender: false, receiver: false };
export const SENDER: Effect = { sender: true, receiver: false };
export const RECEIVER: Effect = { sender: false, receiver: true };
export const BOTH: Effect = { sender: true, receiver: true };

export interface Rule {
  readonly id: RuleId;
  /** What happened, as a short phrase ("field added as required"). */
  readonly title: string;
  /** Who it breaks, in words (for the rules table). */
  readonly breaks: string;
  /** Why. */
  readonly why: string;
}

export const RULES: readonly Rule[] = [
  {
    id: 'method-added',
    title: 'method added',
    breaks: 'nobody',
    why: 'existing peers never send it; a receiver that does not know a method answers a request with an error and ignores a notification',
  },
  {
    id: 'method-removed',
    title: 'method removed',
    breaks: 'requests: the caller; notifications: the receiver',
    why: 'callers get "unknown method"; receivers wait for a message that no longer comes',
  },
  { id: 'method-direction-changed', title: 'direction changed', breaks: 'both', why: 'the other party now sends it' },
  {
    id: 'method-kind-changed',
    title: 'request/notification kind changed',
    breaks: 'both',
    why: 'a request needs an answer, a notification must not get one',
  },
  { id: 'method-deprecated', title: 'method deprecated', breaks: 'nobody', why: 'still on the wire; plan a migration' },
  { id: 'method-undeprecated', title: 'deprecation withdrawn', breaks: 'nobody', why: 'informational' },
  {
    id: 'params-added',
    title: 'params added (the method took none)',
    breaks: 'sender',
    why: 'existing senders send no params, and params are now required',
  },
  {
    id: 'params-added-optional',
    title: 'optional params added (the method took none)',
    breaks: 'receiver',
    why: 'leaving params out stays valid, so existing senders still work; existing receivers accepted no params (at most null) and may refuse the ones new senders add',
  },
  {
    id: 'params-removed',
    title: 'params removed (the method takes none now)',
    breaks: 'receiver; for requests also the caller',
    why: "receivers no longer get the params they read; a caller's params are ignored or refused",
  },
  { id: 'field-added-required', title: 'field added as required', breaks: 'sender', why: 'existing senders leave it out' },
  {
    id: 'field-added-optional',
    title: 'optional field added',
    breaks: 'nobody (receiver when the object was closed)',
    why: 'receivers ignore keys they do not know, unless the object admitted no other keys',
  },
  {
    id: 'field-removed',
    title: 'field removed',
    breaks: 'receiver; also the sender in instructions or a closed object',
    why: "receivers no longer get a value they required; a sender's value is ignored, which breaks a sender whose message is an instruction (request params, the answer to a server request), or refused where the object admits no other keys",
  },
  {
    id: 'field-removed-optional',
    title: 'optional field removed',
    breaks: 'nobody; the sender in instructions or a closed object',
    why: "the field could always be absent, so receivers already cope without it; as for a required field, a sender's value is ignored (breaking a sender whose message is an instruction) or refused by a closed object",
  },
  { id: 'field-made-required', title: 'field made required', breaks: 'sender', why: 'existing senders may leave it out' },
  { id: 'field-made-optional', title: 'field made optional', breaks: 'receiver', why: 'receivers may now find it missing' },
  { id: 'made-nullable', title: 'made nullable', breaks: 'receiver', why: 'receivers may now get null' },
  { id: 'made-non-nullable', title: 'null no longer allowed', breaks: 'sender', why: 'existing senders may send null' },
  { id: 'type-changed', title: 'type changed', breaks: 'both', why: 'old and new values are unrelated' },
  { id: 'type-narrowed', title: 'type narrowed', breaks: 'sender', why: 'some values existing senders send are no longer valid' },
  { id: 'type-widened', title: 'type widened', breaks: 'receiver', why: 'receivers may get values they do not expect' },
  { id: 'enum-value-added', title: 'enum value added', breaks: 'receiver', why: 'an exhaustive switch on the receiving side misses it' },
  { id: 'enum-value-removed', title: 'enum value removed', breaks: 'sender', why: 'existing senders may still send it' },
  {
    id: 'tag-value-added',
    title: 'union variant (tag value) added',
    breaks: 'receiver',
    why: 'an exhaustive switch over the tag on the receiving side misses it',
  },
  { id: 'tag-value-removed', title: 'union variant (tag value) removed', breaks: 'sender', why: 'existing senders may still send it' },
  { id: 'variant-added', title: 'untagged union branch added', breaks: 'receiver', why: 'receivers may get a shape they do not handle' },
  { id: 'variant-removed', title: 'untagged union branch removed', breaks: 'sender', why: 'existing senders may still send that shape' },
  { id: 'discriminator-changed', title: 'discriminator changed', breaks: 'both', why: 'the tag that tells the variants apart moved' },
  {
    id: 'type-renamed',
    title: 'type renamed',
    breaks: 'nobody',
    why: 'a name is not on the wire (generated type names change); changes of shape are reported on their own',
  },
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function rule(id: RuleId): Rule {
  return byId.get(id)!;
}

/** The rules as a plain-text table (for `--rules`). */
export function rulesTable(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const breaksWidth = Math.max(...RULES.map((r) => r.breaks.length));
  const head = [
    'Sender and receiver: the params of client requests and client notifications are sent by clients and',
    'their results by servers; the params of server requests and server notifications are sent by servers',
    'and server requests\' results by clients. "Breaking for clients" = an existing client may fail.',
    'Instructions (request params, the answer to a server request) also break their sender when a field',
    'goes: the value it sends is ignored. Spellings are not changes: both sides are normalised first',
    '(one-member allOf, any-value schemas, nullable forms, fields beside unions, integer formats).',
    '',
    `${'rule'.padEnd(width)}  ${'breaks'.padEnd(breaksWidth)}  why`,
  ];
  return [...head, ...RULES.map((r) => `${r.id.padEnd(width)}  ${r.breaks.padEnd(breaksWidth)}  ${r.why}`)].join('\n');
}
