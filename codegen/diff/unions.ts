/**
 * Comparing unions. A tagged union is compared variant by variant (by tag value); a union without
 * a tag pools its string branches into one set of values and matches its other branches by
 * shape. One object whose tag field lists several values (a flattened union) is read as one
 * variant per value, so a union that became one object (or the reverse) is still compared field
 * by field.
 */
import { byCodeUnit, isObject, stringValues, tagValue, unionMembers, type JsonObject, type SchemaNode } from '../bundle.js';
import {
  at,
  compareSchemas,
  compareStrings,
  describe,
  kindOf,
  locationText,
  type CompareContext,
  type Kind,
  type Loc,
  type RawChange,
} from './compare.js';
import { viewOf } from './normalize.js';
import { RECEIVER, SENDER } from './rules.js';

/** The variants of an object whose `tag` field holds string values: one copy per value. */
export function taggedView(doc: unknown, node: JsonObject, tag: string): JsonObject[] | undefined {
  const props = isObject(node.properties) ? node.properties : undefined;
  const field = props?.[tag];
  if (props === undefined || field === undefined) return undefined;
  const values = stringValues(viewOf(doc, field as SchemaNode).node);
  if (values === undefined || values.length === 0) return undefined;
  return values.map((value) => ({ ...node, properties: { ...props, [tag]: { type: 'string', const: value } } }));
}

/** The tag value of a union member; a member that is itself a union of shapes has the value they share. */
function memberTag(doc: unknown, member: SchemaNode, tag: string): string {
  const node = viewOf(doc, member).node;
  if (!isObject(node)) return '';
  const inner = unionMembers(node);
  if (inner === undefined) return tagValue(node, tag) ?? '';
  const values = new Set(inner.map((m) => memberTag(doc, m, tag)));
  return values.size === 1 ? [...values][0]! : '';
}

/**
 * Tagged unions on the same tag: tag values added and removed, and each common variant
 * compared. A change found identically in every common variant is reported once, at the union.
 */
export function compareTagged(ctx: CompareContext, tag: string, ma: readonly SchemaNode[], mb: readonly SchemaNode[], loc: Loc): void {
  const here = locationText(loc);
  const byTag = (doc: unknown, members: readonly SchemaNode[]) => new Map(members.map((m) => [memberTag(doc, m, tag), m] as const));
  const oa = byTag(ctx.oldDoc, ma);
  const ob = byTag(ctx.newDoc, mb);
  for (const value of oa.keys())
    if (!ob.has(value)) ctx.emit({ rule: 'tag-value-removed', location: here, detail: `${tag} ${JSON.stringify(value)}`, effect: SENDER });
  for (const value of ob.keys())
    if (!oa.has(value)) ctx.emit({ rule: 'tag-value-added', location: here, detail: `${tag} ${JSON.stringify(value)}`, effect: RECEIVER });
  const common = [...oa.keys()].filter((v) => ob.has(v));
  const found = common.map((value) => {
    const prefix = `${here}<${value}>`;
    const changes: RawChange[] = [];
    compareSchemas({ ...ctx, emit: (c) => changes.push(c) }, oa.get(value)!, ob.get(value)!, at(loc, `<${value}>`));
    return { prefix, changes };
  });
  const keyOf = (c: RawChange, prefix: string) =>
    c.location.startsWith(prefix)
      ? `${c.rule}\u0000${c.location.slice(prefix.length)}\u0000${c.detail}\u0000${c.effect.sender}${c.effect.receiver}`
      : undefined;
  const counts = new Map<string, number>();
  for (const { prefix, changes } of found) {
    for (const key of new Set(changes.map((c) => keyOf(c, prefix)))) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const collapsed = new Set<string>();
  for (const { prefix, changes } of found) {
    for (const c of changes) {
      const key = keyOf(c, prefix);
      if (key === undefined || common.length < 2 || counts.get(key) !== common.length) ctx.emit(c);
      else if (!collapsed.has(key)) {
        collapsed.add(key);
        ctx.emit({ ...c, location: `${here}${c.location.slice(prefix.length)}` });
      }
    }
  }
}

interface Branch {
  /** `string values`, `{required keys}`, or a kind; `#2`, `#3` for repeats. */
  readonly id: string;
  readonly kind: Kind;
  /** The union member as written (so named types keep their names). */
  readonly member: SchemaNode;
  readonly node: SchemaNode;
  /** Field names of an object branch. */
  readonly keys: readonly string[];
}

/** The branches of an untagged union, with nested untagged unions flattened. */
function branchesOf(doc: unknown, members: readonly SchemaNode[]): Branch[] {
  const flat: { member: SchemaNode; node: SchemaNode }[] = [];
  const visit = (m: SchemaNode, depth: number) => {
    const node = viewOf(doc, m).node;
    const inner = unionMembers(node);
    if (inner !== undefined && kindOf(node) === 'union' && depth < 8) inner.forEach((x) => visit(x, depth + 1));
    else if (isObject(node) && kindOf(node) === 'types' && depth < 8)
      (node.type as string[]).forEach((t) => visit({ ...node, type: t }, depth + 1));
    else flat.push({ member: m, node });
  };
  members.forEach((m) => visit(m, 0));
  const counts = new Map<string, number>();
  return flat.map(({ member, node }) => {
    const kind = kindOf(node);
    let id: string = kind;
    let keys: string[] = [];
    if (kind === 'string') id = 'string values';
    else if (kind === 'object' && isObject(node)) {
      const required = Array.isArray(node.required) ? (node.required as string[]) : [];
      keys = [...new Set([...Object.keys(isObject(node.properties) ? node.properties : {}), ...required])];
      id = `{${[...required].sort(byCodeUnit).join(', ')}}`;
    }
    const seen = counts.get(id) ?? 0;
    counts.set(id, seen + 1);
    return { id: seen === 0 || kind === 'string' ? id : `${id} #${seen + 1}`, kind, member, node, keys };
  });
}

/** The string branches of a union as one string schema: all their values, or any string. */
function stringPool(branches: readonly Branch[]): JsonObject | undefined {
  const strings = branches.filter((b) => b.kind === 'string');
  if (strings.length === 0) return undefined;
  const values: string[] = [];
  for (const b of strings) {
    const v = stringValues(b.node);
    if (v === undefined) return { type: 'string' };
    values.push(...v);
  }
  return { type: 'string', enum: [...new Set(values)] };
}

function overlap(x: Branch, y: Branch): number {
  const ys = new Set(y.keys);
  const shared = x.keys.filter((k) => ys.has(k)).length;
  const all = new Set([...x.keys, ...y.keys]).size;
  return all === 0 ? 1 : shared / all;
}

/** Pairs old and new branches: same identity first, then objects by most shared field names, then integer/number. */
function match(old: Branch[], now: Branch[]): { pairs: [Branch, Branch][]; removed: Branch[]; added: Branch[] } {
  const pairs: [Branch, Branch][] = [];
  const left = new Set(old);
  const right = new Set(now);
  const take = (x: Branch, y: Branch) => {
    pairs.push([x, y]);
    left.delete(x);
    right.delete(y);
  };
  for (const x of old) {
    const y = [...right].find((b) => b.id === x.id);
    if (y !== undefined) take(x, y);
  }
  for (const x of [...left].filter((b) => b.kind === 'object')) {
    const scored = [...right]
      .filter((b) => b.kind === 'object')
      .map((b) => ({ b, score: overlap(x, b) }))
      .sort((p, q) => q.score - p.score);
    if (scored.length > 0 && scored[0]!.score >= 0.5 && (scored.length === 1 || scored[1]!.score < scored[0]!.score)) take(x, scored[0]!.b);
  }
  for (const x of [...left].filter((b) => b.kind === 'integer' || b.kind === 'number')) {
    const y = [...right].find((b) => b.kind === 'integer' || b.kind === 'number');
    if (y !== undefined) take(x, y);
  }
  return { pairs, removed: [...left], added: [...right] };
}

/**
 * Unions without a tag (a lone schema counts as a one-branch union): string branches compared as
 * one enum, other branches matched by shape. When either side has a single branch the matched
 * branches are compared in place; otherwise each is located by its identity (`<{url}>`).
 */
export function compareUntagged(ctx: CompareContext, ma: readonly SchemaNode[], mb: readonly SchemaNode[], loc: Loc): void {
  const here = locationText(loc);
  const ba = branchesOf(ctx.oldDoc, ma);
  const bb = branchesOf(ctx.newDoc, mb);
  const sa = stringPool(ba);
  const sb = stringPool(bb);
  if (sa !== undefined && sb !== undefined) compareStrings(ctx, sa, sb, loc);
  else if (sa !== undefined) ctx.emit({ rule: 'variant-removed', location: here, detail: `string values ${describe(sa)}`, effect: SENDER });
  else if (sb !== undefined) ctx.emit({ rule: 'variant-added', location: here, detail: `string values ${describe(sb)}`, effect: RECEIVER });
  const rest = (bs: Branch[]) => bs.filter((b) => b.kind !== 'string');
  const { pairs, removed, added } = match(rest(ba), rest(bb));
  const inPlace = ba.length === 1 || bb.length === 1;
  for (const [x, y] of pairs) compareSchemas(ctx, x.member, y.member, inPlace ? loc : at(loc, `<${x.id}>`));
  for (const x of removed) ctx.emit({ rule: 'variant-removed', location: here, detail: x.id, effect: SENDER });
  for (const y of added) ctx.emit({ rule: 'variant-added', location: here, detail: y.id, effect: RECEIVER });
}
