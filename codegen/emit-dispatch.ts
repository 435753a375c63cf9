/**
 * The dispatch bundle, `codex_app_server_protocol.dispatch.schemas.json`: the same schemas as
 * the bundle, for draft-07 validators that ignore Ajv's `discriminator` keyword (Python
 * `jsonschema`, and most others). Such a validator tries every branch of a `oneOf`, so checking
 * a notification against the 70-odd branches of `ServerNotification` costs each branch's check,
 * and its error says only "not valid under any of the given schemas".
 *
 * Here every discriminated `oneOf` is written as a dispatch on its tag: the tag is required and
 * one of the known values, and a chain of `if`/`then`/`else` applies the branch of its value. A
 * validator then checks one branch in full (each `if` before it compares one string), and its
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
  // An if/then/else chain: a validator stops at the branch whose tag matches.
  let chain: Json = false;
  for (const b of [...branches].reverse()) {
    chain = {
      if: { required: [tag], properties: { [tag]: b.values.length === 1 ? { const: b.values[0]! } : { enum: b.values } } },
      // oxlint-disable-next-line unicorn/no-thenable -- a JSON Schema if/then/else, not a promise
      then: b.schema,
      else: chain,
    };
  }
  out.allOf = [...(Array.isArray(out.allOf) ? (out.allOf as Json[]) : []), chain];
  return out;
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
