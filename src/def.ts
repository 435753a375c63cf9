/**
 * What a named protocol type is, apart from how it is built: the generator, the diff and the
 * shipped command-line tools read definitions through this module, which needs no TypeBox.
 */
import type { TSchema } from 'typebox';
import type { Release, ReleaseRange } from './releases.js';

/** Output namespace: `root` holds the JSON-RPC envelope, v1 and shared core types; `v2` the v2 API. */
export type Namespace = 'root' | 'v2';

/** One shape of a named type, from the release it starts in. */
export interface DefVersion {
  readonly since: Release;
  readonly description: string;
  readonly schema: TSchema;
}

/**
 * A named protocol type. `key` is how `$ref`s name it and how TypeBox resolves it. A definition
 * exists in the releases of its range; `versions` (oldest first) are its shapes when the shape
 * changed between releases, and `schema` is the shape of the release at hand (after projection,
 * the only one).
 */
export interface Def extends ReleaseRange {
  readonly kind: 'def';
  readonly ns: Namespace;
  readonly name: string;
  readonly key: string;
  readonly schema: TSchema;
  readonly versions?: readonly DefVersion[];
}

/** Key under which a named type is stored: `Thread` at the root, `v2/Thread` in v2. */
export function defKey(ns: Namespace, name: string): string {
  return ns === 'root' ? name : `${ns}/${name}`;
}

export function isDef(value: unknown): value is Def {
  return typeof value === 'object' && value !== null && (value as Def).kind === 'def' && typeof (value as Def).key === 'string';
}
