/**
 * Stage 3e: the protocol reference, `docs/protocol.md`. Made from the emitted bundle, the meta
 * model and the valid conversation fixtures (examples); every method by namespace with its
 * params and result fields, the approval flows as Mermaid diagrams, and every other named type.
 * Pure and deterministic: same inputs, same bytes.
 */
import type { DocFixture } from './docs-fixtures.js';
import { pickExample } from './docs-fixtures.js';
import { approvalFlows } from './docs-flows.js';
import { anchorId, code, fieldTable, fieldRows, firstSentence, typeBody, typeLink, type DocContext } from './docs-render.js';
import type { MetaMethod, MetaModel } from './emit-meta.js';
import { bundleDefinitions, definitionKey, deref, eventView, isObject, shortName, type JsonObject, type SchemaNode } from './bundle.js';

export const DOCS_FILE = 'protocol.md';

const BANNER =
  '<!-- GENERATED FILE: do not edit. Made by `npm run export` from src/ (the definitions and the method registry) and the valid fixtures under test/fixtures/messages/<release>. -->';

/** Definitions that are not documented on their own: the message unions list every method, which have their own sections. */
const UNDOCUMENTED = new Set([
  '#/definitions/ClientRequest',
  '#/definitions/ServerRequest',
  '#/definitions/ServerNotification',
  '#/definitions/ClientNotification',
]);

const LEGACY_ANCHOR = 'legacy-events';

interface Group {
  readonly title: string;
  readonly anchor: string;
  readonly methods: readonly MetaMethod[];
}

function groupsOf(meta: MetaModel): { ns: 'v2' | 'v1'; title: string; anchor: string; intro: string; groups: Group[] }[] {
  const pick = (ns: 'v1' | 'v2', direction: MetaMethod['direction'], kind: MetaMethod['kind']) =>
    meta.methods.filter((m) => m.api === ns && m.direction === direction && m.kind === kind && m.eventType === undefined);
  const groups = (ns: 'v1' | 'v2'): Group[] =>
    [
      { title: 'Client requests', anchor: `${ns}-client-requests`, methods: pick(ns, 'clientToServer', 'request') },
      { title: 'Server requests', anchor: `${ns}-server-requests`, methods: pick(ns, 'serverToClient', 'request') },
      { title: 'Server notifications', anchor: `${ns}-server-notifications`, methods: pick(ns, 'serverToClient', 'notification') },
      { title: 'Client notifications', anchor: `${ns}-client-notifications`, methods: pick(ns, 'clientToServer', 'notification') },
    ].filter((g) => g.methods.length > 0);
  return [
    {
      ns: 'v2',
      title: 'v2 API',
      anchor: 'v2-api',
      intro: 'The thread / turn / item API: `noun/verb` method names, camelCase fields.',
      groups: groups('v2'),
    },
    {
      ns: 'v1',
      title: 'v1 API',
      anchor: 'v1-api',
      intro: 'The legacy conversation API (root namespace): camelCase method names; several payloads embed snake_case core types.',
      groups: groups('v1'),
    },
  ];
}

function methodAnchor(name: string): string {
  return anchorId('method', name);
}

function who(m: MetaMethod): string {
  const from = m.direction === 'clientToServer' ? 'Client → server' : 'Server → client';
  return `${from} ${m.kind}, ${m.api}`;
}

/** Display names: the short name, qualified with `v2/` where the root has the same name. */
function displayNames(bundle: JsonObject): Map<string, string> {
  const defs = bundleDefinitions(bundle);
  const rootNames = new Set(defs.filter(([p]) => !p.startsWith('#/definitions/v2/')).map(([p]) => shortName(p)));
  return new Map(
    defs.map(([p]) => [p, p.startsWith('#/definitions/v2/') && rootNames.has(shortName(p)) ? definitionKey(p) : shortName(p)]),
  );
}

/**
 * Where each definition is documented: a method's params/result type at that method's section
 * (the first one using it), the codex/event envelope and EventMsg at the legacy events, the rest in
 * the types section.
 */
function anchorsOf(meta: MetaModel, bundle: JsonObject): { anchors: Map<string, string>; atMethod: Map<string, string> } {
  const anchors = new Map<string, string>();
  const atMethod = new Map<string, string>();
  for (const m of meta.methods) {
    if (m.eventType !== undefined) continue;
    for (const p of [m.params, m.result]) {
      if (p !== null && !anchors.has(p)) {
        anchors.set(p, anchorId('type', definitionKey(p)));
        atMethod.set(p, m.method);
      }
    }
  }
  const event = meta.methods.find((m) => m.eventType !== undefined);
  if (event?.params != null) {
    anchors.set(event.params, LEGACY_ANCHOR);
    const union = eventView(bundle, event.params, event.eventType!).unionPointer;
    if (union !== undefined) anchors.set(union, LEGACY_ANCHOR);
  }
  const used = new Set<string>();
  for (const [p] of bundleDefinitions(bundle)) {
    if (UNDOCUMENTED.has(p)) continue;
    if (!anchors.has(p)) anchors.set(p, anchorId('type', definitionKey(p)));
  }
  for (const a of anchors.values()) {
    if (a === LEGACY_ANCHOR) continue;
    if (used.has(a)) throw new Error(`two definitions get the anchor ${a}`);
    used.add(a);
  }
  return { anchors, atMethod };
}

function example(title: string, f: DocFixture | undefined): string[] {
  if (f === undefined) return [];
  const about = f.description === '' ? '' : ` ${f.description}`;
  return [`**${title}** (${code(f.file)}):${about}`, '', '```json', JSON.stringify(f.message, null, 2), '```', ''];
}

function partSection(ctx: DocContext, label: string, pointer: string | null, ownAnchor: boolean): string[] {
  if (pointer === null) return [`**${label}:** none; leave ${code('params')} out.`, ''];
  const node = deref(ctx.bundle, { $ref: pointer }).node;
  const anchor = ownAnchor ? `<a id="${ctx.anchors.get(pointer)}"></a>` : '';
  const about = isObject(node) && typeof node.description === 'string' ? ` ${firstSentence(node.description)}` : '';
  const head = `${anchor}**${label}:** ${typeLink(ctx, pointer)}.${about}`;
  if (!ownAnchor) return [head, ''];
  return [head, '', ...typeBody(ctx, node), ''];
}

function methodSection(ctx: DocContext, m: MetaMethod, fixtures: readonly DocFixture[], atMethod: ReadonlyMap<string, string>): string[] {
  const lines = [`<a id="${methodAnchor(m.method)}"></a>`, '', `#### ${code(m.method)}`, '', `*${who(m)}.* ${m.description}`, ''];
  if (m.deprecated !== null) lines.push(`> **Deprecated:** ${m.deprecated}.`, '');
  if (m.unstable !== null) lines.push(`> **Unstable:** ${m.unstable}`, '');
  lines.push(...streamingNote(m));
  if (m.unstableFields !== undefined) {
    lines.push('> **Unstable or experimental fields:**', ...m.unstableFields.map((f) => `> - ${code(f.path)}: ${f.note}`), '');
  }
  lines.push(...partSection(ctx, 'Params', m.params, m.params !== null && atMethod.get(m.params) === m.method));
  if (m.kind === 'request') lines.push(...partSection(ctx, 'Result', m.result, m.result !== null && atMethod.get(m.result) === m.method));
  const message = m.kind === 'request' ? 'Example request' : 'Example notification';
  lines.push(...example(message, pickExample(fixtures, m.method, m.kind)));
  if (m.kind === 'request') lines.push(...example('Example response', pickExample(fixtures, m.method, 'response')));
  return lines;
}

/** The note on a streaming notification (the registry's `streaming` mark). */
function streamingNote(m: MetaMethod): string[] {
  return m.streaming === true ? ['> **Streaming:** sent once per streamed chunk; most messages of a session are these.', ''] : [];
}

function eventSection(ctx: DocContext, m: MetaMethod, fixtures: readonly DocFixture[]): string[] {
  const view = eventView(ctx.bundle, m.params!, m.eventType!);
  const variant = view.variant === undefined ? {} : deref(ctx.bundle, view.variant).node;
  const about = isObject(variant) && typeof variant.description === 'string' ? variant.description : m.description;
  const rows = fieldRows(ctx, variant, 'msg.');
  return [
    `<a id="${methodAnchor(m.method)}"></a>`,
    '',
    `#### ${code(m.method)}`,
    '',
    `*${who(m)}.* ${about}`,
    '',
    ...streamingNote(m),
    ...(rows.length === 0 ? [] : fieldTable(rows)),
    '',
    ...example('Example notification', pickExample(fixtures, m.method, 'notification')),
  ];
}

function legacySection(ctx: DocContext, meta: MetaModel, fixtures: readonly DocFixture[]): string[] {
  const events = meta.methods.filter((m) => m.eventType !== undefined);
  if (events.length === 0) return [];
  const envelope = events[0]!.params!;
  const node = deref(ctx.bundle, { $ref: envelope }).node;
  const about = isObject(node) && typeof node.description === 'string' ? node.description : '';
  const envelopeRows = fieldRows(ctx, node);
  return [
    `<a id="${LEGACY_ANCHOR}"></a>`,
    '',
    `## Legacy events: ${code('codex/event/*')} (${events.length})`,
    '',
    `Server notifications of the v1 namespace, one per core event type, sent alongside the v2 notifications. Their params are ${code(definitionKey(envelope))}: ${about}`,
    '',
    ...fieldTable(envelopeRows),
    '',
    `Each section below lists the fields of ${code('msg')} for that event type.`,
    '',
    `Events: ${events.map((m) => `[${code(m.eventType!)}](#${methodAnchor(m.method)})`).join(', ')}.`,
    '',
    ...events.flatMap((m) => eventSection(ctx, m, fixtures)),
  ];
}

function typesSection(ctx: DocContext, atMethod: ReadonlyMap<string, string>): string[] {
  const lines = [
    '<a id="types"></a>',
    '',
    '## Types',
    '',
    'Every named type not already shown with a method, root namespace (v1 and shared types) first, then `v2`.',
    '',
  ];
  for (const [pointer, schema] of bundleDefinitions(ctx.bundle)) {
    const anchor = ctx.anchors.get(pointer);
    if (anchor === undefined || anchor === LEGACY_ANCHOR || atMethod.has(pointer)) continue;
    const about = isObject(schema) && typeof schema.description === 'string' ? schema.description : '';
    const ns = pointer.startsWith('#/definitions/v2/') ? 'v2' : 'root';
    lines.push(`<a id="${anchor}"></a>`, '', `#### ${code(ctx.names.get(pointer) ?? definitionKey(pointer))} (${ns})`, '');
    if (about !== '') lines.push(about, '');
    lines.push(...typeBody(ctx, schema as SchemaNode), '');
  }
  return lines;
}

/** The protocol reference as one markdown document. */
export function emitDocs(bundle: JsonObject, meta: MetaModel, fixtures: readonly DocFixture[]): Map<string, string> {
  const { anchors, atMethod } = anchorsOf(meta, bundle);
  const ctx: DocContext = { bundle, anchors, names: displayNames(bundle) };
  const namespaces = groupsOf(meta);
  const events = meta.methods.filter((m) => m.eventType !== undefined);
  const count = (p: (m: MetaMethod) => boolean) => meta.methods.filter(p).length;
  const lines: string[] = [
    BANNER,
    '',
    `# Codex app-server protocol reference (${meta.version})`,
    '',
    `JSON-RPC over stdio between a client (IDE, app) and the Codex app-server: ${count((m) => m.kind === 'request' && m.direction === 'clientToServer')} client requests, ${count((m) => m.kind === 'request' && m.direction === 'serverToClient')} server requests, ${count((m) => m.kind === 'notification' && m.direction === 'serverToClient')} server notifications (${events.length} of them legacy ${code('codex/event/*')} events) and ${count((m) => m.kind === 'notification' && m.direction === 'clientToServer')} client notification${count((m) => m.kind === 'notification' && m.direction === 'clientToServer') === 1 ? '' : 's'}.`,
    '',
    `Machine-readable forms: the JSON Schema bundle ${code(`generated/json/${meta.schema}`)} and the meta model ${code('generated/json/protocol.json')} (every method with pointers into the bundle).`,
    '',
    '## Conventions',
    '',
    '- A request is `{id, method, params}`, its answer `{id, result}` or `{id, error: {code, message, data?}}`, a notification `{method, params}`. There is no `jsonrpc` member on the wire (`"jsonrpc": "2.0"` is accepted). `id` is a string or an integer.',
    '- A method without params takes no `params` key at all.',
    '- In the tables, **Required** means the key must be present; **Nullable** means its value may be `null`. A key that is neither required nor nullable may be left out but is never `null`.',
    '- Nested inline objects are listed as `field.subfield` rows, array items as `field[].subfield`.',
    '- Integers are plain JSON numbers; ranges are shown as `integer >= 0`, `integer 0..65535`.',
    '',
    '## Contents',
    '',
    '- [Approval flows](#approval-flows)',
  ];
  for (const ns of namespaces) {
    lines.push(`- [${ns.title}](#${ns.anchor})`);
    for (const g of ns.groups) {
      lines.push(
        `  - [${g.title}](#${g.anchor}) (${g.methods.length}): ${g.methods.map((m) => `[${code(m.method)}](#${methodAnchor(m.method)})`).join(', ')}`,
      );
    }
  }
  if (events.length > 0) lines.push(`- [Legacy events: ${code('codex/event/*')}](#${LEGACY_ANCHOR}) (${events.length})`);
  lines.push('- [Types](#types)', '');
  lines.push(...approvalFlows({ meta, bundle }));
  for (const ns of namespaces) {
    lines.push(`<a id="${ns.anchor}"></a>`, '', `## ${ns.title}`, '', ns.intro, '');
    for (const g of ns.groups) {
      lines.push(`<a id="${g.anchor}"></a>`, '', `### ${g.title} (${g.methods.length})`, '');
      for (const m of g.methods) lines.push(...methodSection(ctx, m, fixtures, atMethod));
    }
  }
  lines.push(...legacySection(ctx, meta, fixtures));
  lines.push(...typesSection(ctx, atMethod));
  // One blank line between blocks, a single newline at the end.
  const text = `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
  return new Map([[DOCS_FILE, text]]);
}
