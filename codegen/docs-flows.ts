/**
 * The v2 approval flows as Mermaid sequence diagrams. Method names, field lists and status /
 * decision values are read from the meta model and the bundle, so a rename or a dropped value
 * fails generation instead of leaving a stale diagram.
 */
import type { MetaModel } from './emit-meta.js';
import {
  deref,
  isObject,
  objectFields,
  resolvePointer,
  stringValues,
  tagOf,
  tagValue,
  unionMembers,
  type JsonObject,
  type SchemaNode,
} from './bundle.js';

interface FlowInput {
  readonly meta: MetaModel;
  readonly bundle: JsonObject;
}

function method(input: FlowInput, name: string) {
  const m = input.meta.methods.find((x) => x.method === name);
  if (m === undefined) throw new Error(`approval flow diagram: no method ${name}`);
  return m;
}

/** `{a, b, c?}`: the fields of a type, `?` on the optional ones. */
function shape(input: FlowInput, pointer: string | null, only?: readonly string[]): string {
  if (pointer === null) return '';
  const fields = objectFields(deref(input.bundle, { $ref: pointer }).node).filter((f) => only === undefined || only.includes(f.name));
  return `{${fields.map((f) => `${f.name}${f.required ? '' : '?'}`).join(', ')}}`;
}

/** The values a field of one ThreadItem variant may take (e.g. a command's `status`). */
function variantValues(input: FlowInput, itemType: string, field: string, needed: readonly string[]): string[] {
  const item = resolvePointer(input.bundle, '#/definitions/v2/ThreadItem') as SchemaNode | undefined;
  if (item === undefined) throw new Error('approval flow diagram: no v2/ThreadItem');
  const tag = tagOf(input.bundle, item) ?? 'type';
  const branch = (unionMembers(item) ?? [])
    .map((m) => deref(input.bundle, m).node)
    .find((b) => isObject(b) && tagValue(b, tag) === itemType);
  const prop = objectFields(branch ?? {}).find((f) => f.name === field);
  const values = prop === undefined ? undefined : stringValues(deref(input.bundle, prop.schema).node);
  for (const v of needed) {
    if (values === undefined || !values.includes(v))
      throw new Error(`approval flow diagram: ThreadItem ${itemType}.${field} has no value ${v}`);
  }
  return values!;
}

function decisions(input: FlowInput, resultPointer: string | null, needed: readonly string[]): string[] {
  if (resultPointer === null) throw new Error('approval flow diagram: approval request without result');
  const decision = objectFields(deref(input.bundle, { $ref: resultPointer }).node).find((f) => f.name === 'decision');
  const node = decision === undefined ? undefined : deref(input.bundle, decision.schema).node;
  // A decision union may mix bare strings with single-key objects: take the strings.
  const mixed = node === undefined ? undefined : (unionMembers(node) ?? []).flatMap((m) => stringValues(deref(input.bundle, m).node) ?? []);
  const values = node === undefined ? undefined : (stringValues(node) ?? (mixed!.length > 0 ? mixed : undefined));
  for (const v of needed) if (values === undefined || !values.includes(v)) throw new Error(`approval flow diagram: no decision ${v}`);
  return values!;
}

const q = (v: string) => JSON.stringify(v);

export function approvalFlows(input: FlowInput): string[] {
  const started = method(input, 'item/started');
  const completed = method(input, 'item/completed');
  const turnStart = method(input, 'turn/start');
  const cmdApproval = method(input, 'item/commandExecution/requestApproval');
  const cmdDelta = method(input, 'item/commandExecution/outputDelta');
  const fileApproval = method(input, 'item/fileChange/requestApproval');
  const cmdStatus = variantValues(input, 'commandExecution', 'status', ['inProgress', 'completed', 'failed', 'declined']);
  const fileStatus = variantValues(input, 'fileChange', 'status', ['inProgress', 'completed', 'failed', 'declined']);
  const cmdDecisions = decisions(input, cmdApproval.result, ['accept', 'decline']);
  const fileDecisions = decisions(input, fileApproval.result, ['accept', 'decline']);
  const item = shape(input, started.params);
  const header = [
    '```mermaid',
    'sequenceDiagram',
    '    participant C as Client',
    '    participant S as App-server',
    `    Note over C,S: a turn started with ${turnStart.method} is running`,
  ];
  const command = [
    ...header,
    `    S-)C: ${started.method} ${item}, item.type "commandExecution", status ${q('inProgress')}`,
    `    S->>C: ${cmdApproval.method} (request id N) ${shape(input, cmdApproval.params)}`,
    '    alt approved',
    `        C-->>S: result for id N ${shape(input, cmdApproval.result)}, decision ${q('accept')}`,
    `        S-)C: ${cmdDelta.method} ${shape(input, cmdDelta.params)}, zero or more`,
    `        S-)C: ${completed.method} ${item}, status ${q('completed')} or ${q('failed')}`,
    '    else declined',
    `        C-->>S: result for id N, decision ${q('decline')}`,
    `        S-)C: ${completed.method} ${item}, status ${q('declined')}`,
    `        S-)C: ${completed.method} again, status ${q('failed')}, exitCode -1`,
    '    end',
    '```',
  ];
  const file = [
    ...header,
    `    S-)C: ${started.method} ${item}, item.type "fileChange", status ${q('inProgress')}`,
    `    S->>C: ${fileApproval.method} (request id N) ${shape(input, fileApproval.params)}`,
    '    alt approved',
    `        C-->>S: result for id N ${shape(input, fileApproval.result)}, decision ${q('accept')}`,
    `        S-)C: ${completed.method} ${item}, status ${q('completed')} or ${q('failed')}`,
    '    else declined',
    `        C-->>S: result for id N, decision ${q('decline')}`,
    `        S-)C: ${completed.method} ${item}, status ${q('declined')}`,
    '    end',
    '```',
  ];
  const list = (values: readonly string[]) => values.map((v) => `\`${q(v)}\``).join(', ');
  return [
    '## Approval flows',
    '',
    `Approval requests are server requests: the server sends \`{id, method, params}\` and waits for the client's \`{id, result}\`. They are sent only for turns started with \`${turnStart.method}\`. The item is always announced with \`${started.method}\` before its approval request, and finished with \`${completed.method}\`.`,
    '',
    '### Command execution',
    '',
    ...command,
    '',
    `\`decision\` is one of ${list(cmdDecisions)}. The command item's \`status\` is one of ${list(cmdStatus)}. A declined command is reported as completed twice: first \`"declined"\`, then \`"failed"\` with exit code -1.`,
    '',
    '### File change',
    '',
    ...file,
    '',
    `\`decision\` is one of ${list(fileDecisions)}. The file change item's \`status\` is one of ${list(fileStatus)}.`,
    '',
  ];
}
