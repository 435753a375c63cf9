/**
 * The protocol diff: methods added and removed, and for every method present in both, its params
 * and result compared structurally. Each change gets a verdict (breaking for clients, for
 * servers, or compatible) from the rule it falls under and from which party sends the part it
 * was found in. A change inside a shared type is listed once, with every method it reaches.
 */
import { compareSchemas, type RawChange } from './compare.js';
import { byCodeUnit, eventView, resolvePointer, type JsonObject, type SchemaNode } from '../bundle.js';
import type { MethodEntry, Party, Protocol } from './protocol.js';
import { BOTH, RECEIVER, SENDER, rule, type Effect, type RuleId } from './rules.js';

export interface Change {
  readonly rule: RuleId;
  /** `breaking` when it breaks clients, servers or both. */
  readonly verdict: 'breaking' | 'compatible';
  /** Who it breaks; empty when compatible. */
  readonly breaks: readonly Party[];
  /** A method name for method-level changes, else `Type.path`. */
  readonly location: string;
  readonly detail: string;
  /** One line for humans. */
  readonly message: string;
  /** The methods whose params or result reach the change. */
  readonly methods: readonly string[];
  /** Namespaces of those methods. */
  readonly namespaces: readonly ('v1' | 'v2')[];
}

/** One side of a diff: where it came from, and how its results were paired with its requests. */
export interface Side {
  readonly label: string;
  readonly version?: string;
  readonly pairing?: 'meta model' | 'bundle names';
}

export interface DiffReport {
  readonly old: Side;
  readonly new: Side;
  readonly summary: {
    readonly changes: number;
    readonly breaking: number;
    readonly breakingForClients: number;
    readonly breakingForServers: number;
    readonly compatible: number;
  };
  readonly changes: readonly Change[];
  /** The namespace of every method the changes name. */
  readonly methodNamespaces: { readonly [method: string]: 'v1' | 'v2' };
  /** Things the diff could not check. */
  readonly notes: readonly string[];
}

const otherParty = (p: Party): Party => (p === 'clients' ? 'servers' : 'clients');

/** Who sends a part of a method: params go the method's direction, a result comes back. */
export function senderOf(m: Pick<MethodEntry, 'direction'>, part: 'params' | 'result'): Party {
  const caller: Party = m.direction === 'clientToServer' ? 'clients' : 'servers';
  return part === 'params' ? caller : otherParty(caller);
}

function partiesOf(effect: Effect, sender: Party): Party[] {
  const out = new Set<Party>();
  if (effect.sender) out.add(sender);
  if (effect.receiver) out.add(otherParty(sender));
  return (['clients', 'servers'] as const).filter((p) => out.has(p));
}

interface Draft {
  rule: RuleId;
  location: string;
  detail: string;
  breaks: Set<Party>;
  methods: Set<string>;
  namespaces: Set<'v1' | 'v2'>;
}

function kindLabel(m: MethodEntry): string {
  const who = m.direction === 'clientToServer' ? 'client' : 'server';
  return `${m.namespace} ${who} ${m.kind}`;
}

export function diffProtocols(oldP: Protocol, newP: Protocol): DiffReport {
  const drafts = new Map<string, Draft>();
  const notes = new Set<string>();
  const add = (m: MethodEntry, ruleId: RuleId, location: string, detail: string, breaks: readonly Party[]) => {
    const key = `${ruleId}\u0000${location}\u0000${detail}`;
    let d = drafts.get(key);
    if (d === undefined) {
      d = { rule: ruleId, location, detail, breaks: new Set(), methods: new Set(), namespaces: new Set() };
      drafts.set(key, d);
    }
    breaks.forEach((p) => d.breaks.add(p));
    d.methods.add(m.method);
    d.namespaces.add(m.namespace);
  };

  const unpaired: string[] = [];
  const oldMethods = new Map(oldP.methods.map((m) => [m.method, m]));
  const newMethods = new Map(newP.methods.map((m) => [m.method, m]));

  for (const [name, m] of oldMethods) {
    if (newMethods.has(name)) continue;
    // A request's caller loses it; a notification's receiver waits for it in vain.
    const effect = m.kind === 'request' ? SENDER : RECEIVER;
    const twin =
      m.eventType !== undefined
        ? undefined
        : [...newMethods.values()].find(
            (n) =>
              !oldMethods.has(n.method) &&
              n.eventType === undefined &&
              n.params !== null &&
              n.params === m.params &&
              n.direction === m.direction &&
              n.kind === m.kind,
          );
    add(
      m,
      'method-removed',
      name,
      `${kindLabel(m)}${twin === undefined ? '' : `; ${twin.method} has the same params (renamed?)`}`,
      partiesOf(effect, senderOf(m, 'params')),
    );
  }
  for (const [name, m] of newMethods) {
    if (!oldMethods.has(name)) add(m, 'method-added', name, kindLabel(m), []);
  }

  for (const [name, o] of oldMethods) {
    const n = newMethods.get(name);
    if (n === undefined) continue;
    if (o.direction !== n.direction) {
      add(n, 'method-direction-changed', name, `${o.direction} -> ${n.direction}`, ['clients', 'servers']);
      continue;
    }
    if (o.kind !== n.kind) {
      add(n, 'method-kind-changed', name, `${o.kind} -> ${n.kind}`, ['clients', 'servers']);
      continue;
    }
    if (o.deprecated !== undefined && n.deprecated !== undefined && (o.deprecated === null) !== (n.deprecated === null)) {
      add(n, n.deprecated !== null ? 'method-deprecated' : 'method-undeprecated', name, n.deprecated ?? o.deprecated ?? '', []);
    }
    const record = (part: 'params' | 'result') => (c: RawChange) =>
      add(n, c.rule, c.location, c.detail, partiesOf(c.effect, senderOf(n, part)));
    comparePart(oldP, newP, o, n, 'params', record('params'));
    if (o.result === undefined || n.result === undefined) unpaired.push(name);
    else comparePart(oldP, newP, o, n, 'result', record('result'));
  }
  if (unpaired.length > 0) {
    notes.add(
      `The result of ${unpaired.length === 1 ? 'this request was' : `these ${unpaired.length} requests was`} not compared, because no meta model pairs it and its bundle names no matching response type: ${unpaired.sort(byCodeUnit).join(', ')}.`,
    );
  }
  const derived = (['old', 'new'] as const).filter((_, i) => [oldP, newP][i]!.pairing === 'bundle names');
  if (derived.length > 0) {
    const which = derived.length === 2 ? 'both releases, which come' : `the ${derived[0]} release, which comes`;
    notes.add(
      `Results were paired with requests by the bundle's names (XParams -> XResponse, then the method name, then shared name words) for ${which} without a meta model.`,
    );
  }

  const changes = [...drafts.values()].map((d): Change => {
    const breaks = (['clients', 'servers'] as const).filter((p) => d.breaks.has(p));
    const r = rule(d.rule);
    return {
      rule: d.rule,
      verdict: breaks.length > 0 ? 'breaking' : 'compatible',
      breaks,
      location: d.location,
      detail: d.detail,
      message: `${d.location}: ${r.title}${d.detail === '' ? '' : ` (${d.detail})`}`,
      methods: [...d.methods].sort(byCodeUnit),
      namespaces: (['v1', 'v2'] as const).filter((ns) => d.namespaces.has(ns)),
    };
  });
  changes.sort(
    (a, b) =>
      Number(b.verdict === 'breaking') - Number(a.verdict === 'breaking') ||
      byCodeUnit(a.location, b.location) ||
      byCodeUnit(a.rule, b.rule) ||
      byCodeUnit(a.detail, b.detail),
  );
  return {
    old: sideOf(oldP),
    new: sideOf(newP),
    summary: summarize(changes),
    changes,
    methodNamespaces: namespacesOf(changes, [...newMethods.values(), ...oldMethods.values()]),
    notes: [...notes],
  };
}

function namespacesOf(changes: readonly Change[], methods: readonly MethodEntry[]): { [method: string]: 'v1' | 'v2' } {
  const named = new Set(changes.flatMap((c) => c.methods));
  const out: { [method: string]: 'v1' | 'v2' } = {};
  for (const m of [...methods].sort((a, b) => byCodeUnit(a.method, b.method)))
    if (named.has(m.method) && !(m.method in out)) out[m.method] = m.namespace;
  return out;
}

function sideOf(p: Protocol): Side {
  return {
    label: p.label,
    ...(p.version === undefined ? {} : { version: p.version }),
    ...(p.pairing === undefined ? {} : { pairing: p.pairing }),
  };
}

/** A pointer to a whole definition (`#/definitions/X`, `#/definitions/v2/X`), not to a place inside one. */
function isDefinitionPointer(pointer: string): boolean {
  return /^#\/definitions\/(v2\/)?[^/]+$/.test(pointer);
}

/** The schema a params/result pointer names: a reference to a definition, or the inline schema it points at. */
function partSchema(doc: JsonObject, pointer: string): SchemaNode {
  if (isDefinitionPointer(pointer)) return { $ref: pointer };
  return (resolvePointer(doc, pointer) ?? true) as SchemaNode;
}

/** Compares the params (or the result) of one method present in both protocols. */
function comparePart(
  oldP: Protocol,
  newP: Protocol,
  o: MethodEntry,
  n: MethodEntry,
  part: 'params' | 'result',
  emit: (c: RawChange) => void,
): void {
  const a = o[part] ?? null;
  const b = n[part] ?? null;
  // Instructions: what a caller asks for, and a client's answer to a server request.
  const instructions = n.kind === 'request' && (part === 'params' || n.direction === 'serverToClient');
  const here = `${n.method} ${part}`;
  if (a === null && b === null) return;
  if (a === null) {
    if (part === 'params' && n.paramsOptional === true)
      emit({ rule: 'params-added-optional', location: here, detail: 'the method now takes optional params', effect: RECEIVER });
    else emit({ rule: 'params-added', location: here, detail: 'the method now takes params', effect: SENDER });
    return;
  }
  if (b === null) {
    emit({
      rule: 'params-removed',
      location: here,
      detail: 'the method takes no params any more',
      effect: part === 'params' && n.kind === 'request' ? BOTH : RECEIVER,
    });
    return;
  }
  const ctx = { oldDoc: oldP.bundle, newDoc: newP.bundle, instructions, emit, seen: new Set<string>() };
  const eventType = n.eventType ?? o.eventType;
  if (part === 'params' && eventType !== undefined && o.eventType === n.eventType) {
    // codex/event/<type>: the shared envelope, then only the EventMsg variant this method carries.
    const ea = eventView(oldP.bundle, a, eventType);
    const eb = eventView(newP.bundle, b, eventType);
    const envelopeName = b.replace(/^#\/definitions\//, '');
    compareSchemas(ctx, ea.envelope, eb.envelope, { type: envelopeName, path: '' });
    const unionName = (eb.unionPointer ?? ea.unionPointer ?? '#/definitions/EventMsg').replace(/^#\/definitions\//, '');
    if (ea.variant !== undefined && eb.variant !== undefined)
      compareSchemas(ctx, ea.variant, eb.variant, { type: unionName, path: `<${eventType}>` });
    else if (ea.variant !== undefined)
      emit({ rule: 'tag-value-removed', location: unionName, detail: `type ${JSON.stringify(eventType)}`, effect: SENDER });
    else if (eb.variant !== undefined)
      emit({ rule: 'tag-value-added', location: unionName, detail: `type ${JSON.stringify(eventType)}`, effect: RECEIVER });
    return;
  }
  compareSchemas(ctx, partSchema(oldP.bundle, a), partSchema(newP.bundle, b), { type: here, path: '' });
}

/** Counts of a list of changes, by verdict and by the side they break. */
export function summarize(changes: readonly Change[]): DiffReport['summary'] {
  const breaking = changes.filter((c) => c.verdict === 'breaking');
  return {
    changes: changes.length,
    breaking: breaking.length,
    breakingForClients: breaking.filter((c) => c.breaks.includes('clients')).length,
    breakingForServers: breaking.filter((c) => c.breaks.includes('servers')).length,
    compatible: changes.length - breaking.length,
  };
}

/** True when some change breaks clients or servers. */
export function hasBreaking(report: DiffReport): boolean {
  return report.summary.breaking > 0;
}
