#!/usr/bin/env node
/**
 * Drafts TypeBox definitions (src/ builder calls) for named types of upstream's export, as a
 * starting point when a release adds types: the shape only, with the fields' optional/null
 * spelling of this library (`maybe`, `optional`, `nullable`), tagged unions as `tagged(...)`,
 * externally tagged ones as `externallyTagged(...)`. Descriptions are left for the author to
 * write (upstream's are not copied); every draft is to be read and corrected against the wire.
 *
 *   node scripts/draft-definitions.mjs 0.171.0 Thread ThreadStatus ...
 *
 * Prints the code of each definition and the imports it needs (the names it refers to).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : q(k));

export function loadUpstream(version) {
  const bundle = JSON.parse(readFileSync(`${root}upstream/${version}/json/codex_app_server_protocol.schemas.json`, 'utf8'));
  const byName = new Map();
  for (const [name, schema] of Object.entries(bundle.definitions)) {
    if (name === 'v2') continue;
    byName.set(name, { ns: 'root', schema });
  }
  for (const [name, schema] of Object.entries(bundle.definitions.v2 ?? {})) byName.set(name, { ns: 'v2', schema });
  return byName;
}

const refName = (ref) => ref.split('/').pop();

/** The non-null part of `node` and whether null was admitted. */
function splitNull(node) {
  if (Array.isArray(node.type) && node.type.includes('null')) {
    const rest = node.type.filter((t) => t !== 'null');
    return { nullable: true, inner: { ...node, type: rest.length === 1 ? rest[0] : rest } };
  }
  for (const k of ['anyOf', 'oneOf']) {
    if (Array.isArray(node[k]) && node[k].some((m) => isObj(m) && m.type === 'null')) {
      const rest = node[k].filter((m) => !(isObj(m) && m.type === 'null'));
      return { nullable: true, inner: rest.length === 1 ? rest[0] : { ...node, [k]: rest } };
    }
  }
  return { nullable: false, inner: node };
}

function integer(node) {
  switch (node.format) {
    case 'int32':
      return 'int32()';
    case 'uint32':
      return 'uint32()';
    case 'uint16':
      return 'uint16()';
    case 'uint64':
    case 'uint':
      return 'uint64()';
    default:
      return node.minimum === 0 ? 'uint64()' : 'int64()';
  }
}

/**
 * How a reference is written: by default `ref(Name)` (the name imported); `stringRefs` maps a
 * name to the key this library stores it under and writes `ref('v2/Name')` (no import, no cycle).
 */
let refCode = (name) => `ref(${name})`;

/** Builder code for a schema node; `refs` collects the names referred to. */
export function code(node, refs, indent = '  ') {
  if (node === true || !isObj(node) || Object.keys(node).filter((k) => !['description', 'title', 'default'].includes(k)).length === 0)
    return 'anything()';
  if (Array.isArray(node.allOf) && node.allOf.length === 1) return code(node.allOf[0], refs, indent);
  if (typeof node.$ref === 'string') {
    refs.add(refName(node.$ref));
    return refCode(refName(node.$ref));
  }
  const { nullable, inner } = splitNull(node);
  if (nullable) return `nullable(${code(inner, refs, indent)})`;
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string'))
    return node.enum.length === 1 ? `literal(${q(node.enum[0])})` : `stringEnum([${node.enum.map(q).join(', ')}])`;
  if (typeof node.const === 'string') return `literal(${q(node.const)})`;
  const members = node.oneOf ?? node.anyOf;
  if (Array.isArray(members)) return union(members, refs, indent);
  switch (node.type) {
    case 'string':
      return node.minLength !== undefined ? `Type.String({ minLength: ${node.minLength} })` : 'str()';
    case 'integer':
      return integer(node);
    case 'number':
      return 'double()';
    case 'boolean':
      return 'bool()';
    case 'null':
      return 'Type.Null()';
    case 'array':
      return `array(${code(node.items ?? true, refs, indent)})`;
    case 'object':
    default:
      return object(node, refs, indent);
  }
}

function fields(node, refs, indent, skip) {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {})
    .filter(([k]) => k !== skip)
    .map(([k, sub]) => {
      const { nullable, inner } = isObj(sub) ? splitNull(sub) : { nullable: false, inner: sub };
      const c = code(inner, refs, `${indent}  `);
      const wrapped = required.has(k) ? (nullable ? `nullable(${c})` : c) : nullable ? `maybe(${c})` : `optional(${c})`;
      return `${indent}  ${key(k)}: ${wrapped},`;
    });
}

function object(node, refs, indent) {
  const props = Object.keys(node.properties ?? {});
  if (props.length === 0) {
    if (isObj(node.additionalProperties)) return `map(${code(node.additionalProperties, refs, indent)})`;
    return node.additionalProperties === false ? 'empty()' : 'map(anything())';
  }
  const builder = node.additionalProperties === false ? 'closedObject' : 'object';
  return `${builder}({\n${fields(node, refs, indent).join('\n')}\n${indent}})`;
}

function tagValue(branch, tag) {
  const p = branch.properties?.[tag];
  if (!isObj(p)) return undefined;
  if (typeof p.const === 'string') return p.const;
  if (Array.isArray(p.enum) && p.enum.length === 1 && typeof p.enum[0] === 'string') return p.enum[0];
  return undefined;
}

function union(members, refs, indent) {
  const objects = members.filter((m) => isObj(m) && (m.type === 'object' || m.properties !== undefined));
  // Tagged: every branch an object fixing the same property to its own value.
  if (objects.length === members.length && members.length > 1) {
    const tag = Object.keys(members[0].properties ?? {}).find((k) =>
      members.every((m) => tagValue(m, k) !== undefined && (m.required ?? []).includes(k)),
    );
    if (tag !== undefined) {
      const variants = members.map((m) => {
        const f = fields(m, refs, `${indent}  `, tag);
        return f.length === 0
          ? `${indent}  ${key(tagValue(m, tag))}: variant(),`
          : `${indent}  ${key(tagValue(m, tag))}: variant({\n${f.join('\n')}\n${indent}  }),`;
      });
      return `tagged(${q(tag)}, {\n${variants.join('\n')}\n${indent}})`;
    }
  }
  // Externally tagged: bare strings and single-key objects.
  const strings = members.filter((m) => isObj(m) && Array.isArray(m.enum));
  const keyed = members.filter(
    (m) => isObj(m) && m.type === 'object' && Object.keys(m.properties ?? {}).length === 1 && m.additionalProperties === false,
  );
  if (strings.length + keyed.length === members.length && keyed.length > 0) {
    const units = strings.flatMap((m) => m.enum);
    const entries = keyed.map((m) => {
      const [k, payload] = Object.entries(m.properties)[0];
      return `${indent}  ${key(k)}: ${code(payload, refs, `${indent}  `)},`;
    });
    return `externallyTagged([${units.map(q).join(', ')}], {\n${entries.join('\n')}\n${indent}})`;
  }
  return `Type.Union([${members.map((m) => code(m, refs, indent)).join(', ')}])`;
}

/**
 * The draft of one named type: its definition code and the names it refers to. `keyOf` (a name
 * to this library's key, `v2/Thread`) writes references as keys; `ns` overrides the namespace.
 */
export function draft(byName, name, since, options = {}) {
  const found = byName.get(name);
  if (found === undefined) throw new Error(`upstream has no type ${name}`);
  const refs = new Set();
  refCode = options.keyOf === undefined ? (n) => `ref(${n})` : (n) => `ref(${q(options.keyOf(n))})`;
  const body = code(found.schema, refs, '');
  const ns = options.ns ?? found.ns;
  const range = since === undefined ? '' : `, { since: '${since}' }`;
  return {
    name,
    ns,
    refs: [...refs].filter((r) => r !== name),
    code: `export const ${name} = def(\n  '${ns}',\n  '${name}',\n  'DESCRIBE ME',\n  ${body.replace(/\n/g, '\n  ')}${range},\n);\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [version, ...names] = process.argv.slice(2);
  if (version === undefined || names.length === 0) {
    process.stderr.write('usage: node scripts/draft-definitions.mjs VERSION TYPE...\n');
    process.exit(2);
  }
  const byName = loadUpstream(version);
  for (const name of names) {
    const d = draft(byName, name, version);
    process.stdout.write(`// refers to: ${d.refs.join(', ') || 'nothing'}\n${d.code}\n`);
  }
}
