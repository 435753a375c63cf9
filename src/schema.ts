/**
 * Building blocks for the protocol definitions.
 *
 * Every named protocol type is declared once with `def(...)`. Named types refer to each
 * other only through `ref(...)` (a JSON Schema `$ref`), never by nesting the schema object,
 * so the generator can emit each named type exactly once and recursion needs no special case.
 * Everything else is a plain TypeBox / JSON Schema fragment.
 */
import Type, { type TSchema } from 'typebox';
import { defKey, type Def, type Namespace } from './def.js';
import { isRelease, OLDEST, releaseIndex, type Release, type ReleaseRange } from './releases.js';

export { Type, type TSchema };

export { defKey, isDef, type Def, type Namespace } from './def.js';

const IDENTIFIER = /^[A-Z][A-Za-z0-9]*$/;

/** A definition's shapes by the release each starts in (oldest first), with a description where it differs. */
export type Versions = { readonly [R in Release]?: TSchema | { readonly description: string; readonly schema: TSchema } };

/** Where a definition exists: from `since` (default: the oldest release) until `removed`. */
export type DefOptions = ReleaseRange;

function isVersions(value: object): value is Versions {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every(isRelease);
}

/**
 * Declares a named type. The description is mandatory: every type says what it is for. The
 * schema object is owned by the definition from here on. A type whose shape changed between
 * releases gives its shapes by release (`{ '0.64.0': shapeA, '0.171.0': shapeB }`); one that
 * appeared or went away says so in `options` (`{ since: '0.171.0' }`, `{ removed: '0.171.0' }`).
 */
export function def(ns: Namespace, name: string, description: string, schema: TSchema | Versions, options: DefOptions = {}): Def {
  if (!IDENTIFIER.test(name)) throw new Error(`definition name ${JSON.stringify(name)} is not a PascalCase identifier`);
  if (description.trim() === '') throw new Error(`definition ${name} needs a description`);
  const given = isVersions(schema)
    ? (Object.entries(schema) as [Release, TSchema | { description: string; schema: TSchema }][])
        .sort(([a], [b]) => releaseIndex(a) - releaseIndex(b))
        .map(([since, v]) =>
          'schema' in v && 'description' in v && !('type' in v)
            ? { since, description: v.description, schema: v.schema }
            : { since, description, schema: v as TSchema },
        )
    : [{ since: options.since ?? OLDEST, description, schema: schema as TSchema }];
  if (isVersions(schema) && options.since !== undefined && options.since !== given[0]!.since)
    throw new Error(`definition ${name}: its first version starts in ${given[0]!.since}, not ${options.since}`);
  for (const v of given) {
    if ('$ref' in v.schema) throw new Error(`definition ${name} must not be a bare $ref; give the type a shape`);
    if (options.removed !== undefined && releaseIndex(v.since) >= releaseIndex(options.removed))
      throw new Error(`definition ${name}: a version starts in ${v.since}, after it is removed (${options.removed})`);
    (v.schema as Record<string, unknown>).description = v.description;
  }
  const range = { since: given[0]!.since, ...(options.removed === undefined ? {} : { removed: options.removed }) };
  const versions = given.length > 1 ? { versions: Object.freeze(given.map((v) => Object.freeze(v))) } : {};
  return Object.freeze({ kind: 'def', ns, name, key: defKey(ns, name), schema: given[0]!.schema, ...range, ...versions });
}

/** The release marks of a field or union branch (hidden from JSON, read by src/project.ts). */
export const RANGE = '~releases';

function mark<T extends TSchema>(schema: T, range: ReleaseRange): T {
  const known = (schema as unknown as Record<string, ReleaseRange | undefined>)[RANGE] ?? {};
  Object.defineProperty(schema, RANGE, { value: { ...known, ...range }, enumerable: false, configurable: true });
  return schema;
}

/**
 * The mark of a shape that carries the fields of a named type without referring to it (a union
 * branch built by `variantOf`): the named type exists wherever that shape does.
 */
export const CARRIES = '~carries';

/** Marks `schema` as carrying the fields of `payload` (see CARRIES). */
export function carrying<T extends TSchema>(payload: Def, schema: T): T {
  const known = (schema as unknown as Record<string, string[] | undefined>)[CARRIES] ?? [];
  Object.defineProperty(schema, CARRIES, { value: [...known, payload.key], enumerable: false, configurable: true });
  return schema;
}

/** A field or union branch that exists from `release` on (apply it outermost: `since('0.171.0', optional(str()))`). */
export function since<T extends TSchema>(release: Release, schema: T): T {
  return mark(schema, { since: release });
}

/** A field or union branch that exists until `release`, which no longer has it. */
export function removed<T extends TSchema>(release: Release, schema: T): T {
  return mark(schema, { removed: release });
}

/** Reference to a named type. Pass the definition itself, or its key when the type is recursive. */
export function ref(target: Def | string, description?: string): TSchema {
  const key = typeof target === 'string' ? target : target.key;
  return Type.Ref(key, description === undefined ? {} : { description }) as TSchema;
}

/** `T | null`: the key, when present, may hold null. A description on `schema` moves to the union. */
export function nullable(schema: TSchema): TSchema {
  const { description, ...inner } = schema as TSchema & { description?: string };
  if (description === undefined) return Type.Union([schema, Type.Null()]) as TSchema;
  return Type.Union([inner as TSchema, Type.Null()], { description }) as TSchema;
}

/** An optional key that may also be null (`field?: T | null`): the most common v1/v2 field shape. */
export function maybe(schema: TSchema): TSchema {
  return Type.Optional(nullable(schema)) as unknown as TSchema;
}

/** An optional key that is never null when present (`field?: T`). */
export function optional(schema: TSchema): TSchema {
  return Type.Optional(schema) as unknown as TSchema;
}

/** Closed set of string values, emitted as `{type: "string", enum: [...]}`. */
export function stringEnum(values: readonly string[], description?: string): TSchema {
  if (new Set(values).size !== values.length) throw new Error(`duplicate enum value in ${values.join(', ')}`);
  const schema: Record<string, unknown> = { type: 'string', enum: [...values] };
  if (description !== undefined) schema.description = description;
  return schema as TSchema;
}

/** A string literal, emitted as `{type: "string", const: value}`. */
export function literal(value: string, description?: string): TSchema {
  return Type.Literal(value, description === undefined ? {} : { description }) as TSchema;
}

/** JSON object used as a map from string keys to `value`. */
export function map(value: TSchema, description?: string): TSchema {
  const schema: Record<string, unknown> = { type: 'object', additionalProperties: value };
  if (description !== undefined) schema.description = description;
  return schema as TSchema;
}

// Integers: the wire sends plain JSON numbers; widths become minimum/maximum (no custom formats).
const int =
  (minimum: number | undefined, maximum: number | undefined) =>
  (description?: string): TSchema => {
    const options: Record<string, unknown> = {};
    if (minimum !== undefined) options.minimum = minimum;
    if (maximum !== undefined) options.maximum = maximum;
    if (description !== undefined) options.description = description;
    return Type.Integer(options) as TSchema;
  };
export const int32 = int(-2147483648, 2147483647);
export const uint16 = int(0, 65535);
export const uint32 = int(0, 4294967295);
/** 64-bit signed: unbounded here, since a JSON number beyond 2^53 is already lossy. */
export const int64 = int(undefined, undefined);
/** 64-bit unsigned and Rust `usize`: non-negative. */
export const uint64 = int(0, undefined);
export const usize = uint64;

/** Floating point number (f32/f64). */
export function double(description?: string): TSchema {
  return Type.Number(description === undefined ? {} : { description }) as TSchema;
}

export function str(description?: string, lengths: { readonly minLength?: number; readonly maxLength?: number } = {}): TSchema {
  return Type.String({ ...lengths, ...(description === undefined ? {} : { description }) }) as TSchema;
}

export function bool(description?: string): TSchema {
  return Type.Boolean(description === undefined ? {} : { description }) as TSchema;
}

export function array(items: TSchema, description?: string): TSchema {
  return Type.Array(items, description === undefined ? {} : { description }) as TSchema;
}

/** A JSON object with the given fields. Use `optional`/`maybe` on a field to take it out of `required`. */
export function object(properties: Record<string, TSchema>, description?: string): TSchema {
  return Type.Object(properties, description === undefined ? {} : { description }) as TSchema;
}

/** One branch of a tagged union: the fields next to the tag, and what this branch means. */
export interface Variant {
  readonly properties: Record<string, TSchema>;
  readonly description?: string;
  /** The releases the branch exists in (default: all of its union's). */
  readonly range?: ReleaseRange;
  /** The named type whose fields the branch carries (`variantOf`). */
  readonly payload?: Def;
}

export function variant(properties: Record<string, TSchema> = {}, description?: string, range?: ReleaseRange): Variant {
  return { properties, description, ...(range === undefined ? {} : { range }) };
}

/**
 * Internally tagged union: every branch is an object whose `tag` key holds a string constant.
 * Emitted as `oneOf` plus Ajv's `discriminator` keyword. A branch whose shape changed between
 * releases is given as a list of variants, each with its release range (`{ removed: R }`, then
 * `{ since: R }`), so that every release has one branch per tag value.
 */
export function tagged(tag: string, variants: Record<string, Variant | readonly Variant[]>): TSchema {
  const entries = Object.entries(variants).flatMap(([value, given]) => {
    const list: readonly Variant[] = Array.isArray(given) ? given : [given as Variant];
    if (list.length > 1 && list.some((v) => v.range === undefined))
      throw new Error(`variant ${value}: each of its shapes needs a release range`);
    return list.map((v) => [value, v] as const);
  });
  const branches = entries.map(([value, v]) => {
    if (tag in v.properties) throw new Error(`variant ${value} redeclares the tag ${tag}`);
    const object = Type.Object(
      { [tag]: Type.Literal(value), ...v.properties },
      v.description === undefined ? {} : { description: v.description },
    ) as TSchema;
    const branch = v.payload === undefined ? object : carrying(v.payload, object);
    return v.range === undefined ? branch : mark(branch, v.range);
  });
  if (branches.length < 2) throw new Error(`a tagged union on ${tag} needs at least two variants`);
  return { type: 'object', oneOf: branches, discriminator: { propertyName: tag } } as unknown as TSchema;
}

/**
 * Externally tagged union (serde's default enum layout): unit variants are bare strings,
 * data-carrying variants are single-key objects `{variantName: payload}`. Each object branch
 * requires its own key and admits no other, so exactly one branch can match.
 */
export function externallyTagged(units: readonly string[], keyed: Record<string, TSchema>, unitsDescription?: string): TSchema {
  const branches: TSchema[] = [];
  if (units.length > 0) branches.push(stringEnum(units, unitsDescription));
  for (const [key, payload] of Object.entries(keyed)) branches.push(singleKey(key, payload));
  if (branches.length < 2) throw new Error('an externally tagged union needs at least two branches');
  return { oneOf: branches } as unknown as TSchema;
}

/** Object with exactly one (required) key. */
export function singleKey(key: string, payload: TSchema, description?: string): TSchema {
  const schema: Record<string, unknown> = {
    type: 'object',
    required: [key],
    properties: { [key]: payload },
    additionalProperties: false,
  };
  if (description !== undefined) schema.description = description;
  return schema as TSchema;
}

/** Untagged union of object shapes told apart by which key they carry (each branch is closed). */
export function exclusiveKeys(branches: readonly TSchema[]): TSchema {
  for (const b of branches) {
    const s = b as { additionalProperties?: unknown; type?: unknown };
    if (s.type !== 'object' || s.additionalProperties !== false)
      throw new Error('exclusiveKeys branches must be closed objects (use closedObject)');
  }
  return { oneOf: [...branches] } as unknown as TSchema;
}

/** An object that admits no keys besides its own: only for untagged unions that need it. */
export function closedObject(properties: Record<string, TSchema>, description?: string): TSchema {
  return Type.Object(properties, { additionalProperties: false, ...(description === undefined ? {} : { description }) }) as TSchema;
}

/** Any JSON value. */
export function anything(description?: string): TSchema {
  return Type.Unknown(description === undefined ? {} : { description }) as TSchema;
}

/** `{}` on the wire: an object with no fields (TS `Record<string, never>`). */
export function empty(): TSchema {
  return Type.Object({}) as TSchema;
}

/** A tagged-union branch made of a named object type's fields (the named type stays the payload's name). */
export function variantOf(payload: Def, description?: string, range?: ReleaseRange): Variant {
  const properties = (payload.schema as { properties?: Record<string, TSchema> }).properties;
  if (properties === undefined) throw new Error(`${payload.name} is not an object type`);
  return {
    properties,
    description: description ?? (payload.schema as { description?: string }).description,
    payload,
    ...(range === undefined ? {} : { range }),
  };
}
