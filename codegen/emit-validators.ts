/**
 * Stage 3d: precompiled validators. Ajv (standalone mode) compiles, from the generated bundle,
 * one CommonJS module per params/result type and one per `codex/event/<type>` params shape,
 * plus an ES-module index with the method table that loads each validator the first time it is
 * needed, and the fast checks and routers (emit-checks.ts) that the runtime runs first.
 * Importing the runtime therefore compiles nothing and loads only what the traffic uses.
 */
import { Ajv } from 'ajv';
import * as standaloneModule from 'ajv/dist/standalone/index.js';
import type { MethodSpec } from '../src/method.js';
import { byCodeUnit } from './collect.js';
import { emitChecksModule } from './emit-checks.js';
import type { Json, JsonObject } from '../src/json.js';

type Obj = JsonObject;

// A CommonJS module whose `default` export is the function (reached through the namespace under nodenext).
type StandaloneCode = (ajv: Ajv, validate: unknown) => string;
const standaloneCode = (standaloneModule as unknown as { default: { default?: StandaloneCode } & StandaloneCode }).default.default ?? (standaloneModule as unknown as { default: StandaloneCode }).default;

const BUNDLE_ID = 'bundle';

/** Validator id of a `codex/event/<type>` params shape. */
export const eventValidatorId = (eventType: string) => `events/${eventType}`;

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

/** Params of `codex/event/<type>`: the envelope with `msg` held to that one `EventMsg` branch (local `$ref`s). */
function eventParamsSchema(bundle: Obj, eventType: string): Obj {
  const definitions = bundle.definitions as Obj;
  const eventMsg = definitions.EventMsg as Obj;
  const envelope = definitions.CodexEventNotificationParams as Obj;
  const branch = (eventMsg.oneOf as Obj[]).find((b) => ((b.properties as Obj).type as Obj).const === eventType);
  if (branch === undefined) throw new Error(`EventMsg has no ${eventType} branch`);
  const properties = { ...(envelope.properties as Obj), msg: branch };
  return { ...envelope, properties };
}

/** Points local `#/definitions/...` references at the bundle, so a schema outside it can use them. */
function retarget(node: Json): Json {
  if (Array.isArray(node)) return node.map(retarget);
  if (typeof node !== 'object' || node === null) return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === '$ref' && typeof v === 'string' ? `${BUNDLE_ID}${v}` : retarget(v);
  return out;
}

/** The fast checks (all of them, one module). */
const CHECKS_FILE = 'checks.cjs';

/** File of a validator, relative to the validators folder. */
export function validatorFile(id: string): string {
  return `${id}.cjs`;
}

export interface ValidatorPlan {
  /** Validator id (definition key, or `events/<type>`) -> how to get its schema. */
  readonly ids: readonly string[];
  /** Method table rows, in registry order. */
  readonly table: readonly { method: string; direction: string; kind: string; params: string | null; result: string | null; eventType?: string; streaming?: true }[];
}

export function planValidators(methods: readonly MethodSpec[]): ValidatorPlan {
  const ids = new Set<string>();
  const table = methods.map((m) => {
    const params = m.params === null ? null : m.eventType !== undefined ? eventValidatorId(m.eventType) : m.params.key;
    const result = m.result?.key ?? null;
    if (params !== null) ids.add(params);
    if (result !== null) ids.add(result);
    const extra = { ...(m.eventType === undefined ? {} : { eventType: m.eventType }), ...(m.streaming === true ? { streaming: true as const } : {}) };
    return { method: m.method, direction: m.direction, kind: m.kind, params, result, ...extra };
  });
  return { ids: [...ids].sort(byCodeUnit), table };
}

const CHECKS_BANNER = '// GENERATED CODE: do not edit by hand. Produced by `npm run export` from the JSON Schema bundle (fast checks, codegen/emit-checks.ts).\n';
const BANNER = '// GENERATED CODE: do not edit by hand. Produced by `npm run export` from the JSON Schema bundle (Ajv standalone).\n';

function indexSource(plan: ValidatorPlan): string {
  const loaders = plan.ids.map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(`./${validatorFile(id)}`)}),`);
  const rows = plan.table.map((r) => `  ${JSON.stringify(r)},`);
  // An ES module (cheap to import); each validator is a CommonJS module, required on first use.
  return `${BANNER}import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Every method, in registry order: direction, kind, and the ids of its params and result validators (null: none). */
export const methodList = Object.freeze([
${rows.join('\n')}
].map((row) => Object.freeze(row)));

/** The same rows, by method name. */
export const methods = Object.freeze(Object.fromEntries(methodList.map((row) => [row.method, row])));

const loaders = {
${loaders.join('\n')}
};

const loaded = new Map();
let fast;

/** The fast boolean check of a definition key or validator id (all are loaded on first use); undefined for an unknown id. */
export function check(id) {
  fast ??= require("./${CHECKS_FILE}");
  return Object.prototype.hasOwnProperty.call(fast.checks, id) ? fast.checks[id] : undefined;
}

/** The router of a direction: (method, params) -> position in methodList, -1 (no such method that way) or -2 (params fail). */
export function router(direction) {
  fast ??= require("./${CHECKS_FILE}");
  return fast.routers[direction];
}

/** The compiled validator with this id, loaded on first use; undefined for an unknown id. */
export function validator(id) {
  let fn = loaded.get(id);
  if (fn === undefined && Object.prototype.hasOwnProperty.call(loaders, id)) {
    fn = loaders[id]();
    loaded.set(id, fn);
  }
  return fn;
}
`;
}

const INDEX_TYPES = `${BANNER}
/** An Ajv error, as the precompiled validators report it. */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator: returns whether \`data\` is valid; on failure \`errors\` holds why. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidatorError[] | null;
}

export interface MethodEntry {
  readonly method: string;
  readonly direction: "clientToServer" | "serverToClient";
  readonly kind: "request" | "notification";
  /** Validator id of the params, or null for a method without params. */
  readonly params: string | null;
  /** Validator id of the result (requests only). */
  readonly result: string | null;
  /** For \`codex/event/<type>\`: the event type \`params.msg.type\` must carry. */
  readonly eventType?: string;
  /** Set on the notifications sent once per streamed chunk (deltas); the routers test these first. */
  readonly streaming?: true;
}

export declare const methodList: readonly MethodEntry[];
export declare const methods: Readonly<Record<string, MethodEntry>>;
/**
 * The router of a direction: given a method name and its params, the method's position in
 * \`methodList\` when the direction sends that method and the params pass its fast check; -1
 * when the direction has no such method; -2 when the params fail.
 */
export declare function router(direction: "clientToServer" | "serverToClient"): (method: string, params: unknown) => number;
export declare function validator(id: string): CompiledValidator | undefined;
/**
 * The fast check of a definition key (\`Foo\`, \`v2/Foo\`) or validator id: true when \`data\`
 * matches. It reports no errors (the validator of the same id says why).
 */
export declare function check(id: string): ((data: unknown) => boolean) | undefined;
`;

/** The validators folder: index.cjs, its types, and one module per validator id. */
export function emitValidatorFiles(bundle: Json, methods: readonly MethodSpec[]): Map<string, string> {
  const plan = planValidators(methods);
  const stripped = withoutAnnotations(bundle) as Obj;
  const ajv = new Ajv({
    strict: true,
    discriminator: true,
    allErrors: true,
    inlineRefs: false,
    code: { source: true, esm: false, lines: false, optimize: true },
  });
  ajv.addSchema(stripped, BUNDLE_ID);
  const out = new Map<string, string>();
  for (const id of plan.ids) {
    const validate = id.startsWith('events/')
      ? ajv.compile({ ...(retarget(eventParamsSchema(stripped, id.slice('events/'.length))) as Obj), $id: `${BUNDLE_ID}-event-${id.slice('events/'.length)}` })
      : ajv.getSchema(`${BUNDLE_ID}#/definitions/${id}`);
    if (validate === undefined) throw new Error(`no schema for validator ${id}`);
    out.set(validatorFile(id), `${BANNER}${standaloneCode(ajv, validate)}\n`);
  }
  out.set(CHECKS_FILE, emitChecksModule(stripped, plan.ids, plan.table, (type) => eventParamsSchema(stripped, type), CHECKS_BANNER));
  out.set('index.js', indexSource(plan));
  out.set('index.d.ts', INDEX_TYPES);
  return new Map([...out.entries()].sort(([a], [b]) => byCodeUnit(a, b)));
}
