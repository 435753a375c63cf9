/**
 * The dispatch bundle, `codex_app_server_protocol.dispatch.schemas.json`: the same schemas as
 * the bundle, for draft-07 validators that ignore Ajv's `discriminator` keyword (Python
 * `jsonschema`, and most others). Such a validator tries every branch of a `oneOf`, so checking
 * a notification against the 70-odd branches of `ServerNotification` costs each branch's check,
 * and its error says only "not valid under any of the given schemas".
 *
 * Here every discriminated `oneOf` is written as a dispatch on its tag: the tag is required and
 * one of the known values, and `if`/`then`/`else` on halves of the values applies the branch of
 * its value. A validator then checks one branch in full (after a few `if`s on the tag), and its
 * errors name the failing field. The two bundles accept exactly the same values (a test holds
 * them to it); code generators should read the main bundle, whose `oneOf`s they understand.
 */
import type { Json, JsonObject } from '../src/json.js';

export const DISPATCH_FILE = 'codex_app_server_protocol.dispatch.schemas.json';

const isObj = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The tag values of a branch (its `const` or `enum` for the tag), read through `$ref`s in `doc`. */
function tagValues(doc: JsonObject, branch: JsonObject, tag: string): string[] {
  let b: Json | undefined = branch;
  for (let hops = 0; isObj(b) && typeof b.$ref === 'string' && hops < 16; hops++) {
    b = (b.$ref as string)
      .slice(2)
      .split('/')
      .reduce<Json | undefined>((node, part) => (isObj(node) ? node[part] : undefined), doc);
  }
  const prop = isObj(b) && isObj(b.properties) ? b.properties[tag] : undefined;
  if (isObj(prop) && typeof prop.const === 'string') return [prop.const];
  if (isObj(prop) && Array.isArray(prop.enum)) return prop.enum.filter((v): v is string => typeof v === 'string');
  throw new Error(`dispatch: a branch has no string tag "${tag}"`);
}

/** A discriminated union rewritten as a dispatch on its tag (see the module comment). */
function dispatch(doc: JsonObject, node: JsonObject, rewrite: (n: Json) => Json): JsonObject {
  const tag = (node.discriminator as JsonObject).propertyName as string;
  const { oneOf, discriminator, ...rest } = node;
  void discriminator;
  const branches = (oneOf as JsonObject[]).map((b) => ({ values: tagValues(doc, b, tag), schema: rewrite(b) }));
  const values = branches.flatMap((b) => b.values);
  const out: JsonObject = { ...(rewrite(rest as Json) as JsonObject) };
  out.required = [...new Set([...(Array.isArray(out.required) ? (out.required as string[]) : []), tag])];
  out.properties = { ...(isObj(out.properties) ? out.properties : {}), [tag]: { type: 'string', enum: values } };
  out.allOf = [...(Array.isArray(out.allOf) ? (out.allOf as Json[]) : []), choose(branches, tag)];
  return out;
}

/**
 * The branch of the tag's value, chosen by halves: `if` the tag is one of the first half's values,
 * `then` choose among those, `else` among the rest; one branch left is applied as it is. (The tag
 * is already held to the known values, so the halves need no final `else`.) A validator then
 * evaluates about log2(n) `if`s instead of up to n in a chain.
 */
function choose(branches: readonly { values: string[]; schema: Json }[], tag: string): Json {
  if (branches.length === 1) return branches[0]!.schema;
  const half = Math.ceil(branches.length / 2);
  const first = branches.slice(0, half).flatMap((b) => b.values);
  return {
    if: { required: [tag], properties: { [tag]: first.length === 1 ? { const: first[0]! } : { enum: first } } },
    // oxlint-disable-next-line unicorn/no-thenable -- a JSON Schema if/then/else, not a promise
    then: choose(branches.slice(0, half), tag),
    else: choose(branches.slice(half), tag),
  };
}

/** The dispatch bundle of a bundle. */
export function emitDispatchBundle(bundle: JsonObject): JsonObject {
  const rewrite = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!isObj(node)) return node;
    if (Array.isArray(node.oneOf) && isObj(node.discriminator)) return dispatch(bundle, node, rewrite);
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewrite(v)]));
  };
  const out = rewrite(bundle) as JsonObject;
  return {
    ...out,
    title: 'CodexAppServerProtocolDispatch',
    description:
      "Codex app-server protocol, for draft-07 validators without Ajv's `discriminator` keyword: every tagged union is a dispatch on its tag (if/then), so a validator checks one branch and names the failing field. The same values validate as in codex_app_server_protocol.schemas.json; code generators should read that one.",
  };
}
