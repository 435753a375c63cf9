/** Walking a JSON Schema document: every subschema with its JSON pointer. */
export type Schema = { [key: string]: unknown };

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SCHEMA_ARRAYS = new Set(['oneOf', 'anyOf', 'allOf', 'items']);
const SCHEMA_VALUES = new Set(['additionalProperties', 'items', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']);

/** Calls `visit` on every schema object below `root` (including `root`), depth first. */
export function eachSchema(root: unknown, visit: (schema: Schema, pointer: string) => void, pointer = '#'): void {
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return;
  const s = root as Schema;
  visit(s, pointer);
  for (const [key, value] of Object.entries(s)) {
    if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null) {
      for (const [name, sub] of Object.entries(value)) {
        // `definitions.v2` is a folder of definitions, not a schema.
        if (key === 'definitions' && name === 'v2') {
          for (const [n2, s2] of Object.entries(sub as Schema)) eachSchema(s2, visit, `${pointer}/definitions/v2/${n2}`);
        } else eachSchema(sub, visit, `${pointer}/${key}/${name}`);
      }
    } else if (SCHEMA_ARRAYS.has(key) && Array.isArray(value)) {
      value.forEach((sub, i) => eachSchema(sub, visit, `${pointer}/${key}/${i}`));
    } else if (SCHEMA_VALUES.has(key)) {
      eachSchema(value, visit, `${pointer}/${key}`);
    }
  }
}

/** Resolves a local `#/...` pointer inside `doc`; undefined when it does not resolve. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = (node as Schema)[part];
  }
  return node;
}

/** Follows `$ref`s (within `doc`) until reaching a schema that is not a bare reference. */
export function deref(doc: unknown, schema: Schema): Schema {
  let s = schema;
  for (let hops = 0; typeof s.$ref === 'string'; hops++) {
    if (hops > 50) throw new Error(`reference cycle at ${String(s.$ref)}`);
    const next = resolvePointer(doc, s.$ref);
    if (typeof next !== 'object' || next === null) throw new Error(`unresolved ${String(s.$ref)}`);
    s = next as Schema;
  }
  return s;
}

/** Whether a schema describes only JSON objects. */
export function isObjectShape(s: Schema): boolean {
  return s.type === 'object' || (s.type === undefined && s.properties !== undefined);
}
