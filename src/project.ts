/**
 * The schema of one release, derived from the definitions: a definition's shape for that
 * release, without the fields and union branches marked (`since`, `removed`) as belonging to
 * other releases. The result is plain JSON Schema (the marks, and TypeBox's hidden keys, are
 * gone; `required` lists only the fields that remain).
 */
import type { Def } from './def.js';
import { inRange, releaseIndex, type Release, type ReleaseRange } from './releases.js';
import { CARRIES, RANGE } from './schema.js';

function rangeOf(node: object): ReleaseRange | undefined {
  return (node as Record<string, ReleaseRange | undefined>)[RANGE];
}

function keep(node: unknown, release: Release): boolean {
  if (typeof node !== 'object' || node === null) return true;
  const range = rangeOf(node);
  return range === undefined || inRange(release, range);
}

/** A copy of `schema` as `release` has it. */
export function projectSchema(schema: unknown, release: Release): unknown {
  if (Array.isArray(schema)) return schema.filter((s) => keep(s, release)).map((s) => projectSchema(s, release));
  if (typeof schema !== 'object' || schema === null) return schema;
  const node = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const dropped = new Set<string>();
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      const props: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(value)) {
        if (keep(sub, release)) props[name] = projectSchema(sub, release);
        else dropped.add(name);
      }
      out.properties = props;
    } else out[key] = projectSchema(value, release);
  }
  if (Array.isArray(out.required) && dropped.size > 0) out.required = (out.required as string[]).filter((k) => !dropped.has(k));
  // Which named types the shape carries stays known (hidden, as on the definition).
  const carries = (node as Record<string, unknown>)[CARRIES];
  if (carries !== undefined) Object.defineProperty(out, CARRIES, { value: carries, enumerable: false });
  return out;
}

/** The shape of a definition in `release`: undefined when it does not exist there. */
export function projectDef(d: Def, release: Release): Def | undefined {
  if (!inRange(release, d)) return undefined;
  const versions = d.versions ?? [{ since: d.since!, description: '', schema: d.schema }];
  const at = releaseIndex(release);
  const version = [...versions].reverse().find((v) => releaseIndex(v.since) <= at)!;
  return Object.freeze({
    kind: 'def',
    ns: d.ns,
    name: d.name,
    key: d.key,
    schema: projectSchema(version.schema, release) as Def['schema'],
  });
}
