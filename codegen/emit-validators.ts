/**
 * The validators folder, compiled from the bundle: TypeScript modules with no dependencies
 * (bundlers and browsers take them as they are).
 *
 * - `checks.ts`: one boolean fast check per definition (and per `codex/event/<type>` params
 *   shape), per direction a router, and the layout reader of the streaming notifications
 *   (codegen/checks/).
 * - `schema.ts`: the bundle's definitions without annotations, as JSON text, plus the schemas of
 *   the check ids that are no definition: what the runtime's explainer reads to say why a value
 *   failed (it is parsed only then).
 * - `index.ts`: the method table, `check(id)`, `router(direction)`, `read(text)` and that schema text.
 */
import type { MethodSpec } from '../src/method.js';
import type { Json, JsonObject } from '../src/json.js';
import { bundleDefinitions, byCodeUnit, definitionKey } from './bundle.js';
import { Compiler, defFn } from './checks/compile.js';
import { layoutOf, readerSource } from './checks/readers.js';
import { routerSource, type RouteRow } from './checks/routers.js';

type Obj = JsonObject;

/** Check id of a `codex/event/<type>` params shape. */
export const eventValidatorId = (eventType: string) => `events/${eventType}`;
const eventTypeOf = (id: string) => (id.startsWith('events/') ? id.slice('events/'.length) : undefined);

/** The bundle without annotations (descriptions and titles only make the generated code bigger). */
function withoutAnnotations(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (typeof node !== 'object' || node === null) return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) {
    if ((k === 'description' || k === 'title') && typeof v === 'string') continue;
    out[k] = withoutAnnotations(v);
  }
  return out;
}

/** The message unions, by direction and kind. */
export const UNIONS = {
  clientToServer: { request: 'ClientRequest', notification: 'ClientNotification' },
  serverToClient: { request: 'ServerRequest', notification: 'ServerNotification' },
} as const;

/** Check id of the envelope of a message union (its members other than `method` and `params`). */
export const envelopeId = (union: string) => `envelope/${union}`;

/**
 * The envelope of a message union: what every branch says besides `method` and `params` (`id`,
 * `jsonrpc`, `emittedAtMs`, ...). Every branch says the same there (else the export fails).
 */
function envelopeSchema(definitions: Obj, union: string): Obj {
  const u = definitions[union] as Obj;
  const branches = (Array.isArray(u.oneOf) ? u.oneOf : [u]) as Obj[];
  const strip = (b: Obj): Obj => {
    const { method: _m, params: _p, ...properties } = b.properties as Obj;
    void _m;
    void _p;
    return {
      type: 'object',
      required: ((b.required as string[] | undefined) ?? []).filter((k) => k !== 'method' && k !== 'params'),
      properties,
    };
  };
  const first = strip(branches[0]!);
  for (const b of branches)
    if (JSON.stringify(strip(b)) !== JSON.stringify(first)) throw new Error(`the branches of ${union} differ besides method and params`);
  return first;
}

/** Params of `codex/event/<type>`: the envelope with `msg` held to that one `EventMsg` branch. */
function eventParamsSchema(definitions: Obj, eventType: string): Obj {
  const eventMsg = definitions.EventMsg as Obj;
  const envelope = definitions.CodexEventNotificationParams as Obj;
  const branch = (eventMsg.oneOf as Obj[]).find((b) => ((b.properties as Obj).type as Obj).const === eventType);
  if (branch === undefined) throw new Error(`EventMsg has no ${eventType} branch`);
  return { ...envelope, properties: { ...(envelope.properties as Obj), msg: branch } };
}

export interface MethodRow extends RouteRow {
  readonly kind: string;
  readonly result: string | null;
  readonly eventType?: string;
}

export interface ValidatorPlan {
  /** Check ids of params and results (definition keys, and `events/<type>`), sorted. */
  readonly ids: readonly string[];
  /** Method table rows, in registry order. */
  readonly table: readonly MethodRow[];
}

export function planValidators(methods: readonly MethodSpec[]): ValidatorPlan {
  const ids = new Set<string>();
  const table = methods.map((m): MethodRow => {
    const params = m.params === null ? null : m.eventType !== undefined ? eventValidatorId(m.eventType) : m.params.key;
    const result = m.result?.key ?? null;
    if (params !== null) ids.add(params);
    if (result !== null) ids.add(result);
    return {
      method: m.method,
      direction: m.direction,
      kind: m.kind,
      params,
      result,
      ...(m.paramsOptional === true ? { paramsOptional: true as const } : {}),
      ...(m.eventType === undefined ? {} : { eventType: m.eventType }),
      ...(m.streaming === true ? { streaming: true as const } : {}),
    };
  });
  return { ids: [...ids].sort(byCodeUnit), table };
}

const BANNER = (what: string) =>
  `// GENERATED CODE: do not edit by hand. Produced by \`npm run export\` from the JSON Schema bundle (${what}).\n`;

/** `checks.ts`: every definition's check, the event params checks, and the routers. */
export function checksSource(
  definitions: ReadonlyMap<string, Obj>,
  plan: ValidatorPlan,
  eventSchema: (type: string) => Obj,
  envelopes: ReadonlyMap<string, Obj> = new Map(),
): string {
  const compiler = new Compiler(definitions);
  const keys = [...definitions.keys()].sort(byCodeUnit);
  const functions = keys.map((key) => compiler.definition(key));
  const entries = keys.map(
    (key) =>
      `  ${JSON.stringify(key)}: ${compiler.cycles.has(key) ? `(v: unknown) => ${compiler.callDefinition(key, 'v').text}` : defFn(key)},`,
  );
  const events: string[] = [];
  for (const id of plan.ids) {
    const type = eventTypeOf(id);
    if (type === undefined) {
      if (!definitions.has(id)) throw new Error(`fast checks: no definition ${id}`);
      continue;
    }
    events.push(compiler.fn(`e_${type}`, eventSchema(type)));
    entries.push(`  ${JSON.stringify(id)}: e_${type},`);
  }
  for (const [union, schema] of envelopes) {
    events.push(compiler.fn(`env_${union}`, schema));
    entries.push(`  ${JSON.stringify(envelopeId(union))}: env_${union},`);
  }
  for (const r of plan.table)
    if (r.params !== null && !plan.ids.includes(r.params))
      throw new Error(`fast checks: ${r.method} params ${r.params} is not among the ids`);
  // A streaming method's check is written into the router: the definition's own statements.
  const schemaOf = (id: string): Obj => {
    const type = eventTypeOf(id);
    if (type !== undefined) return eventSchema(type);
    return compiler.cycles.has(id) ? { $ref: `#/definitions/${id}` } : definitions.get(id)!;
  };
  const routerChecks = {
    inline: (id: string) => compiler.inline(schemaOf(id), 'p'),
    call: (id: string) => (eventTypeOf(id) === undefined ? compiler.callDefinition(id, 'p').text : `e_${eventTypeOf(id)!}(p)`),
  };
  const directions = [...new Set(plan.table.map((r) => r.direction))].sort(byCodeUnit);
  const routers = directions.map((d) => routerSource(`route_${d}`, plan.table, d, routerChecks));
  const reader = readerSource(plan.table, (id) => layoutOf(definitions.get(id)));
  return [
    BANNER('fast checks, codegen/checks/'),
    ...functions.map((s) => `${s}\n`),
    ...compiler.helperSources().map((s) => `${s}\n`),
    ...events.map((s) => `${s}\n`),
    ...routers.map((s) => `${s}\n`),
    `${reader}\n`,
    '/** Definition key or check id -> boolean check (true: the value matches the schema). */',
    'export const checks: Readonly<Record<string, (value: unknown) => boolean>> = Object.freeze({',
    ...entries,
    '});',
    '',
    '/** Direction -> router: (method, params) -> position in the method list, -1 (not a method of that direction) or -2 (params fail). */',
    'export const routers = Object.freeze({',
    ...directions.map((d) => `  ${JSON.stringify(d)}: route_${d},`),
    '});',
    '',
  ].join('\n');
}

/** `schema.ts`: the explainer's schema data, as JSON text. */
function schemaSource(
  definitions: Obj,
  plan: ValidatorPlan,
  eventSchema: (type: string) => Obj,
  envelopes: ReadonlyMap<string, Obj>,
): string {
  const extra: Obj = {};
  for (const id of plan.ids) {
    const type = eventTypeOf(id);
    if (type !== undefined) extra[id] = eventSchema(type);
  }
  for (const [union, schema] of envelopes) extra[envelopeId(union)] = schema;
  const text = JSON.stringify({ definitions, checks: extra });
  return `${BANNER('explainer data')}
/**
 * The bundle's definitions without annotations (\`definitions\`) and the schemas of the check ids
 * that are no definition (\`checks\`, e.g. \`events/<type>\`), as JSON text: the runtime parses it
 * only to say why a value failed its check.
 */
export const schemaText: string = ${JSON.stringify(text)};
`;
}

function indexSource(plan: ValidatorPlan): string {
  const rows = plan.table.map((r) => `  ${JSON.stringify(r)},`);
  return `${BANNER('method table')}import { checks, routers } from "./checks.js";

export { schemaText } from "./schema.js";

/**
 * What JSON.parse returns for a streaming notification in the server's exact layout, read without
 * it; undefined for any other text (parse it with JSON.parse). See codegen/checks/readers.ts.
 */
export { read } from "./checks.js";

export interface MethodEntry {
  readonly method: string;
  readonly direction: "clientToServer" | "serverToClient";
  readonly kind: "request" | "notification";
  /** Check id of the params, or null for a method without params. */
  readonly params: string | null;
  /** Set when the params may be left out or null. */
  readonly paramsOptional?: true;
  /** Check id of the result (requests only). */
  readonly result: string | null;
  /** For \`codex/event/<type>\`: the event type \`params.msg.type\` must carry. */
  readonly eventType?: string;
  /** Set on the notifications sent once per streamed chunk (deltas); the routers test these first. */
  readonly streaming?: true;
}

/** Every method, in registry order: direction, kind, and the check ids of its params and result (null: none). */
export const methodList: readonly MethodEntry[] = Object.freeze(
  ([
${rows.join('\n')}
  ] as MethodEntry[]).map((row) => Object.freeze(row)),
);

/** The same rows, by method name. */
export const methods: Readonly<Record<string, MethodEntry>> = Object.freeze(Object.fromEntries(methodList.map((row) => [row.method, row])));

/**
 * The fast check of a definition key (\`Foo\`, \`v2/Foo\`) or check id: true when the value
 * matches. It says nothing about why not (the runtime's explainer does).
 */
export function check(id: string): ((value: unknown) => boolean) | undefined {
  return Object.prototype.hasOwnProperty.call(checks, id) ? checks[id] : undefined;
}

/**
 * The router of a direction: given a method name and its params, the method's position in
 * \`methodList\` when the direction sends that method and the params pass their fast check; -1
 * when the direction has no such method; -2 when the params fail.
 */
export function router(direction: "clientToServer" | "serverToClient"): (method: string, params: unknown) => number {
  return routers[direction];
}
`;
}

/** The validators folder, by relative path. */
export function emitValidatorFiles(bundle: Json, methods: readonly MethodSpec[]): Map<string, string> {
  const plan = planValidators(methods);
  const stripped = withoutAnnotations(bundle) as Obj;
  const definitions = new Map(bundleDefinitions(stripped).map(([pointer, schema]) => [definitionKey(pointer), schema as Obj]));
  const definitionsObj = stripped.definitions as Obj;
  const eventSchema = (type: string) => eventParamsSchema(definitionsObj, type);
  const envelopes = new Map(
    Object.values(UNIONS)
      .flatMap((byKind) => Object.values(byKind))
      .map((u) => [u, envelopeSchema(definitionsObj, u)] as const),
  );
  const out = new Map<string, string>([
    ['checks.ts', checksSource(definitions, plan, eventSchema, envelopes)],
    ['index.ts', indexSource(plan)],
    ['schema.ts', schemaSource(definitionsObj, plan, eventSchema, envelopes)],
  ]);
  return new Map([...out.entries()].sort(([a], [b]) => byCodeUnit(a, b)));
}
