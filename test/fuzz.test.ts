/**
 * Robustness (fast-check, fixed seed): values generated from the bundle's definitions are
 * accepted everywhere; generated and mutated values (a required key dropped, a type changed, an
 * unknown or foreign tag, an enum or integer out of its set, extra nesting, `__proto__` /
 * `constructor` keys) get one verdict from Ajv on the bundle, TypeBox on the definitions, the
 * dispatch bundle (Ajv without `discriminator`), the generated fast checks and routers, the
 * explainer, and the runtime's entry points, and none of them throws; nothing pollutes `Object.prototype`.
 *
 * To replay a failure, put the printed `seed` and `path` into `fc.assert(..., { seed, path })`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as tables_0_64_0 from '../generated/releases/0.64.0/validators/index.js';
import * as tables_newest from '../generated/validators/index.js';
import { methodsFor } from '../src/registry.js';
import { RELEASES, type Release } from '../src/releases.js';
import { ReleaseChecks, type ValidatorTables } from '../src/runtime/release.js';
import { parse, validateParams, validateResult, type Direction } from '../src/runtime/index.js';
import { Mutations, SchemaArbitraries, type MutationKind } from './support/arbitrary.js';
import { bundleValidator, dispatchValidator, loadBundle, typeboxCheck } from './support/schemas.js';
import type { Schema } from './support/walk.js';

const SEED = 20261124;
/** Valid values per definition in the acceptance part. */
const VALID_RUNS = 100;
/** Cases (valid and mutated, spread over the definitions) in the differential part. */
const DIFFERENTIAL_RUNS = 100_000;
const TIMEOUT = { timeout: 120_000 };

// Taken before anything runs, to compare after every case has run.
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayPrototypeKeys = Object.getOwnPropertyNames(Array.prototype).sort();

type Verdict = boolean | { crash: string };
interface Target {
  /** What is checked, e.g. `ServerNotification` or `params of thread/start (v2/ThreadStartParams)`. */
  readonly name: string;
  /** The schema values are generated from. */
  readonly schema: Schema;
  readonly ajv: (v: unknown) => boolean;
  readonly typebox: (v: unknown) => boolean;
  /** The verdicts of the fast checks and of the runtime (more than one when it has more than one way in). */
  readonly runtime: (v: unknown) => Record<string, boolean>;
}

function run(f: () => boolean): Verdict {
  try {
    return f();
  } catch (e) {
    return { crash: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

const unionDirections: Record<string, Direction> = {
  ClientRequest: 'clientToServer',
  ClientNotification: 'clientToServer',
  ServerRequest: 'serverToClient',
  ServerNotification: 'serverToClient',
};

const TABLES: Record<Release, ValidatorTables> = { '0.64.0': tables_0_64_0, '0.171.0': tables_newest };

const msgType = (v: unknown): unknown => {
  const msg = typeof v === 'object' && v !== null ? (v as { msg?: unknown }).msg : undefined;
  return typeof msg === 'object' && msg !== null && !Array.isArray(msg) ? (msg as { type?: unknown }).type : undefined;
};

/** The value generators of a release and its targets: the four message unions, then every method's params and result. */
function setUp(release: Release): { arbs: SchemaArbitraries; mutations: Mutations; targets: Target[] } {
  const arbs = new SchemaArbitraries(loadBundle(release), { depth: 5, maxItems: 3 });
  const mutations = new Mutations(arbs);
  const releaseChecks = new ReleaseChecks(TABLES[release]);
  const options = { release };
  // The explainer's verdict (no issue: valid), asked directly, valid values included.
  const explainsValid = (id: string, v: unknown) => releaseChecks.explain(id, v, '', 100).issues.length === 0;
  const fastOf = (id: string): ((v: unknown) => boolean) => {
    const f = TABLES[release].check(id);
    if (f === undefined) throw new Error(`no fast check ${id}`);
    return f;
  };
  const router = (direction: Direction) => TABLES[release].router(direction);
  const unionTarget = (key: string): Target => {
    const direction = unionDirections[key]!;
    return {
      name: key,
      schema: arbs.definition(key),
      ajv: (v) => bundleValidator(key, release)(v),
      typebox: (v) => typeboxCheck(key, v, release),
      runtime: (v) => ({
        dispatch: dispatchValidator(key, release)(v),
        fast: fastOf(key)(v),
        explain: explainsValid(key, v),
        'parse(text)': parse(JSON.stringify(v), direction, options).ok,
        'parse(value)': parse(v, direction, options).ok,
      }),
    };
  };
  /** The `params` schema of a method's branch in its message union (for `codex/event/*`, narrowed to the event type). */
  const branchParams = (method: string, direction: Direction, kind: string): Schema => {
    const key =
      kind === 'request'
        ? direction === 'clientToServer'
          ? 'ClientRequest'
          : 'ServerRequest'
        : direction === 'clientToServer'
          ? 'ClientNotification'
          : 'ServerNotification';
    const union = arbs.definition(key);
    const branches = (union.oneOf as Schema[] | undefined) ?? [union];
    const branch = branches.find((b) => (b.properties as Record<string, Schema>).method!.const === method);
    if (branch === undefined) throw new Error(`${method} has no branch in ${key}`);
    return (branch.properties as Record<string, Schema>).params!;
  };
  const targets: Target[] = Object.keys(unionDirections).map(unionTarget);
  for (const spec of methodsFor(release)) {
    if (spec.params !== null) {
      const key = spec.params.key;
      const event = spec.eventType;
      // Optional params may also be null (the branch's schema says so): the type's own checks then do not run.
      const orNull = (check: (v: unknown) => boolean) => (spec.paramsOptional === true ? (v: unknown) => v === null || check(v) : check);
      targets.push({
        name: `params of ${spec.method} (${key}${event === undefined ? '' : ` with msg.type ${event}`})`,
        schema: branchParams(spec.method, spec.direction, spec.kind),
        // `codex/event/<type>` params: the envelope, with `msg` held to that event type.
        ajv: orNull((v) => bundleValidator(key, release)(v) && (event === undefined || msgType(v) === event)),
        typebox: orNull((v) => typeboxCheck(key, v, release) && (event === undefined || msgType(v) === event)),
        runtime: (v) => ({
          dispatch: orNull((x) => dispatchValidator(key, release)(x) && (event === undefined || msgType(x) === event))(v),
          fast: orNull(fastOf(event === undefined ? key : `events/${event}`))(v),
          explain: orNull((x) => explainsValid(event === undefined ? key : `events/${event}`, x))(v),
          router: router(spec.direction)(spec.method, v) >= 0,
          validateParams: validateParams(spec.method, v, options).ok,
        }),
      });
    }
    if (spec.result !== null) {
      const key = spec.result.key;
      targets.push({
        name: `result of ${spec.method} (${key})`,
        schema: arbs.definition(key),
        ajv: (v) => bundleValidator(key, release)(v),
        typebox: (v) => typeboxCheck(key, v, release),
        runtime: (v) => ({
          dispatch: dispatchValidator(key, release)(v),
          fast: fastOf(key)(v),
          explain: explainsValid(key, v),
          validateResult: validateResult(spec.method, v, options).ok,
        }),
      });
    }
  }
  return { arbs, mutations, targets };
}

/** All verdicts on one value; throws (for fast-check to report) on a crash or a disagreement. */
function verdicts(t: Target, value: unknown, label: string): boolean {
  const text = JSON.stringify(value);
  const all: Record<string, Verdict> = { ajv: run(() => t.ajv(value)), typebox: run(() => t.typebox(value)) };
  const runtime = run(() => {
    Object.assign(all, t.runtime(value));
    return true;
  });
  if (runtime !== true) all.runtime = runtime;
  const describeCase = () => `${t.name}, ${label}\nverdicts: ${JSON.stringify(all)}\nvalue: ${text}`;
  if (Object.values(all).some((v) => typeof v !== 'boolean')) throw new Error(`crash on ${describeCase()}`);
  if (new Set(Object.values(all)).size !== 1) throw new Error(`disagreement on ${describeCase()}`);
  if (JSON.stringify(value) !== text) throw new Error(`input changed by validation: ${describeCase()}`);
  return all.ajv as boolean;
}

/** fc.assert with the seed and the path of a failure in the message. */
function check<T>(what: string, arb: fc.Arbitrary<T>, predicate: (v: T) => void, numRuns: number): void {
  const out = fc.check(fc.property(arb, predicate), { seed: SEED, numRuns });
  if (out.failed) {
    const cause = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
    throw new Error(
      `${what}: failed with seed ${out.seed}, path ${JSON.stringify(out.counterexamplePath)} ` +
        `(replay: fc.assert(prop, { seed: ${out.seed}, path: ${JSON.stringify(out.counterexamplePath)} }))\n${cause}\n\n${fc.defaultReportMessage(out)}`,
    );
  }
}

for (const release of RELEASES) {
  const { arbs, mutations, targets } = setUp(release);

  describe(`fuzz ${release}: generated values`, () => {
    it(`cover every message union and every method's params and result (${targets.length} targets)`, () => {
      const names = targets.map((t) => t.name);
      expect(names.slice(0, 4)).toEqual(Object.keys(unionDirections));
      expect(names.filter((n) => n.startsWith('params of ')).length).toBe(methodsFor(release).filter((m) => m.params !== null).length);
      expect(names.filter((n) => n.startsWith('result of ')).length).toBe(methodsFor(release).filter((m) => m.result !== null).length);
    });

    for (const t of targets) {
      it(`are accepted by Ajv, TypeBox and the runtime: ${t.name}`, TIMEOUT, () => {
        check(
          t.name,
          arbs.valid(t.schema),
          (v) => {
            if (!verdicts(t, v, 'valid')) throw new Error(`valid value rejected: ${t.name}\nvalue: ${JSON.stringify(v)}`);
          },
          VALID_RUNS,
        );
      });
    }
  });

  describe(`fuzz ${release}: differential Ajv (bundle, dispatch bundle) / TypeBox (definitions) / fast checks / explainer / runtime`, () => {
    interface Case {
      readonly target: Target;
      readonly value: unknown;
      readonly label: string;
    }
    /** How fast-check prints a case in a failure report: target, mutation and value, not the target's schema. */
    const printable = (c: Case): Case =>
      Object.assign(c, { [fc.toStringMethod]: () => `${c.target.name} | ${c.label} | ${JSON.stringify(c.value)}` });
    const cases = new Map<Target, fc.Arbitrary<Case>>();
    const caseOf = (target: Target): fc.Arbitrary<Case> => {
      let arb = cases.get(target);
      if (arb === undefined) {
        const valid = arbs.valid(target.schema);
        arb = fc.oneof(
          { weight: 1, arbitrary: valid.map((value) => printable({ target, value, label: 'valid' })) },
          { weight: 3, arbitrary: valid.chain((v) => mutations.of(v, target.schema)).map((m) => printable({ target, ...m })) },
        );
        cases.set(target, arb);
      }
      return arb;
    };

    it(`give one verdict and never throw over ${DIFFERENTIAL_RUNS} cases (seed ${SEED})`, TIMEOUT, () => {
      const stats = { cases: 0, invalid: 0, valid: 0, byKind: {} as Record<string, { cases: number; invalid: number }> };
      check(
        'differential',
        fc.constantFrom(...targets).chain(caseOf),
        (c) => {
          const accepted = verdicts(c.target, c.value, c.label);
          if (c.label === 'valid' && !accepted)
            throw new Error(`valid value rejected: ${c.target.name}\nvalue: ${JSON.stringify(c.value)}`);
          stats.cases++;
          if (accepted) stats.valid++;
          else stats.invalid++;
          const kind = c.label.split(/[ ({[]/)[0] as MutationKind | 'valid';
          const k = (stats.byKind[kind] ??= { cases: 0, invalid: 0 });
          k.cases++;
          if (!accepted) k.invalid++;
        },
        DIFFERENTIAL_RUNS,
      );
      console.info(
        `fuzz differential ${release} (seed ${SEED}): ${stats.cases} cases, ${stats.invalid} invalid, ${stats.valid} valid, 0 disagreements, 0 crashes; by kind ${JSON.stringify(stats.byKind)}`,
      );
      expect(stats.cases).toBe(DIFFERENTIAL_RUNS);
      // The mutations mostly break the value: a good share of the cases is refused.
      expect(stats.invalid).toBeGreaterThan(DIFFERENTIAL_RUNS / 3);
      expect(stats.valid).toBeGreaterThan(DIFFERENTIAL_RUNS / 10);
      for (const kind of ['drop-required', 'change-type', 'unknown-tag', 'other-tag', 'bad-enum', 'out-of-range', 'nest', 'proto-key']) {
        expect(stats.byKind[kind]?.cases ?? 0, `${kind} cases`).toBeGreaterThan(500);
      }
      expect(stats.byKind['drop-required']!.invalid).toBe(stats.byKind['drop-required']!.cases);
      expect(stats.byKind['unknown-tag']!.invalid).toBe(stats.byKind['unknown-tag']!.cases);
    });
  });
}

describe('fuzz: prototype pollution', () => {
  it('after every case, Object.prototype and Array.prototype have no new keys and nothing reads as polluted', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeKeys);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(([] as unknown as { polluted?: unknown }).polluted).toBeUndefined();
    expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('parse() of messages carrying __proto__ / constructor keys pollutes nothing and keeps them as plain keys', () => {
    const texts = [
      '{"method":"initialized","__proto__":{"polluted":true}}',
      '{"id":1,"method":"initialize","params":{"clientInfo":{"name":"a","version":"1"},"__proto__":{"polluted":true}}}',
      '{"id":1,"method":"initialize","params":{"clientInfo":{"name":"a","version":"1","constructor":{"prototype":{"polluted":true}}}}}',
      '{"__proto__":{"method":"initialized"}}',
      '{"id":1,"result":{"__proto__":{"polluted":true}}}',
    ];
    const verdictsOf = texts.map((t) => parse(t, 'clientToServer').ok);
    expect(verdictsOf).toEqual([true, true, true, false, true]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { method?: unknown }).method).toBeUndefined();
  });
});
