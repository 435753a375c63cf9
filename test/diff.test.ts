/**
 * The protocol diff: one small hand-made bundle pair per classification rule, checked for the
 * rule, the location and the verdict (who it breaks); then an "older release" built by hand from
 * the current export, the command line, and the report format.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiff } from '../codegen/diff/cli.js';
import { diffProtocols, type Change, type DiffReport } from '../codegen/diff/diff.js';
import { formatReport } from '../codegen/diff/format.js';
import { loadProtocol, protocolFromBundle, protocolFromMeta, type MethodEntry, type Protocol } from '../codegen/diff/protocol.js';
import { RULES } from '../codegen/diff/rules.js';
import { BUNDLE_FILE } from '../codegen/emit-json.js';
import { META_FILE, type MetaModel } from '../codegen/emit-meta.js';
import { currentGeneration, generateJson, generateMeta } from '../codegen/current.js';

type Defs = { [name: string]: unknown };

const ping = (over: Partial<MethodEntry> = {}): MethodEntry => ({
  method: 'ping',
  namespace: 'v1',
  direction: 'clientToServer',
  kind: 'request',
  params: '#/definitions/PingParams',
  result: '#/definitions/PingResponse',
  deprecated: null,
  ...over,
});
const tick = (over: Partial<MethodEntry> = {}): MethodEntry => ({
  method: 'tick',
  namespace: 'v2',
  direction: 'serverToClient',
  kind: 'notification',
  params: '#/definitions/v2/TickNotification',
  result: null,
  deprecated: null,
  ...over,
});
const ask = (over: Partial<MethodEntry> = {}): MethodEntry => ({
  method: 'ask',
  namespace: 'v2',
  direction: 'serverToClient',
  kind: 'request',
  params: '#/definitions/v2/AskParams',
  result: '#/definitions/v2/AskResponse',
  deprecated: null,
  ...over,
});

const str = { type: 'string' };
const obj = (properties: Defs, required: string[] = Object.keys(properties), extra: Defs = {}) => ({
  type: 'object',
  required,
  properties,
  ...extra,
});
const nullable = (s: unknown) => ({ anyOf: [s, { type: 'null' }] });

/** The base definitions every pair starts from; each test overrides some of them. */
function baseDefs(): Defs {
  return {
    PingParams: obj({ name: str, mode: { type: 'string', enum: ['fast', 'slow'] }, count: { type: 'integer', minimum: 0 } }, ['name']),
    PingResponse: obj(
      { ok: { type: 'boolean' }, status: { type: 'string', enum: ['up', 'down'] }, detail: nullable(str), took: { type: 'integer' } },
      ['ok', 'status', 'took'],
    ),
    v2: {
      TickNotification: obj({ seq: { type: 'integer' }, event: { $ref: '#/definitions/v2/Event' } }),
      Event: {
        type: 'object',
        oneOf: [obj({ type: { type: 'string', const: 'start' }, at: str }), obj({ type: { type: 'string', const: 'stop' }, reason: str })],
        discriminator: { propertyName: 'type' },
      },
      AskParams: obj({ question: str, choice: { $ref: '#/definitions/v2/Choice' } }, ['question']),
      AskResponse: obj({ decision: { type: 'string', enum: ['accept', 'decline'] } }),
      Choice: {
        oneOf: [
          { type: 'string', enum: ['none'] },
          { type: 'object', required: ['custom'], properties: { custom: str }, additionalProperties: false },
        ],
      },
    },
  };
}

function proto(defs: Defs, methods: MethodEntry[] = [ping(), tick(), ask()], label = 'p'): Protocol {
  return { label, bundle: { definitions: defs } as never, methods };
}

/** Applies `edit` to a copy of the base definitions and diffs base -> edited. */
function diffEdit(edit: (defs: Defs) => void, methods?: { old?: MethodEntry[]; new?: MethodEntry[] }): DiffReport {
  const before = baseDefs();
  const after = baseDefs();
  edit(after);
  return diffProtocols(proto(before, methods?.old, 'old'), proto(after, methods?.new, 'new'));
}

const v2 = (defs: Defs) => defs.v2 as Defs;
const props = (d: unknown) => (d as { properties: Defs }).properties;
const required = (d: unknown) => (d as { required: string[] }).required;

function only(report: DiffReport): Change {
  expect(report.changes, formatReport(report)).toHaveLength(1);
  return report.changes[0]!;
}

function expectChange(c: Change, rule: Change['rule'], location: string, breaks: Change['breaks']) {
  expect({ rule: c.rule, location: c.location, breaks: c.breaks, verdict: c.verdict }).toEqual({
    rule,
    location,
    breaks,
    verdict: breaks.length > 0 ? 'breaking' : 'compatible',
  });
}

describe('diff: method-level rules', () => {
  it('reports no change between identical protocols', () => {
    const report = diffEdit(() => {});
    expect(report.changes).toEqual([]);
    expect(report.summary.breaking).toBe(0);
  });

  it('method-added is compatible', () => {
    const extra: MethodEntry = { ...tick(), method: 'tock' };
    expectChange(only(diffEdit(() => {}, { new: [ping(), tick(), ask(), extra] })), 'method-added', 'tock', []);
  });

  it('method-removed breaks the caller of a request and the receiver of a notification', () => {
    expectChange(only(diffEdit(() => {}, { new: [tick(), ask()] })), 'method-removed', 'ping', ['clients']);
    expectChange(only(diffEdit(() => {}, { new: [ping(), tick()] })), 'method-removed', 'ask', ['servers']);
    expectChange(only(diffEdit(() => {}, { new: [ping(), ask()] })), 'method-removed', 'tick', ['clients']);
  });

  it('a removed method whose params moved to a new name is flagged as a likely rename', () => {
    const report = diffEdit(() => {}, { new: [ping(), ask(), tick({ method: 'tick2' })] });
    const removed = report.changes.find((c) => c.rule === 'method-removed')!;
    expect(removed.detail).toMatch(/tick2 has the same params \(renamed\?\)/);
    expect(report.changes.map((c) => c.rule).sort()).toEqual(['method-added', 'method-removed']);
  });

  it('method-direction-changed and method-kind-changed break both sides', () => {
    expectChange(
      only(diffEdit(() => {}, { new: [ping(), tick({ direction: 'clientToServer' }), ask()] })),
      'method-direction-changed',
      'tick',
      ['clients', 'servers'],
    );
    expectChange(
      only(diffEdit(() => {}, { new: [ping(), tick(), ask({ kind: 'notification', result: null })] })),
      'method-kind-changed',
      'ask',
      ['clients', 'servers'],
    );
  });

  it('method-deprecated is compatible', () => {
    expectChange(only(diffEdit(() => {}, { new: [ping({ deprecated: 'use pong' }), tick(), ask()] })), 'method-deprecated', 'ping', []);
  });

  it('params-added breaks the sender; params-removed breaks the receiver and the caller', () => {
    expectChange(only(diffEdit(() => {}, { old: [ping({ params: null }), tick(), ask()] })), 'params-added', 'ping params', ['clients']);
    // Params that may still be left out keep existing callers valid; old receivers took none.
    expectChange(
      only(diffEdit(() => {}, { old: [ping({ params: null }), tick(), ask()], new: [ping({ paramsOptional: true }), tick(), ask()] })),
      'params-added-optional',
      'ping params',
      ['servers'],
    );
    expectChange(only(diffEdit(() => {}, { new: [ping({ params: null }), tick(), ask()] })), 'params-removed', 'ping params', [
      'clients',
      'servers',
    ]);
  });
});

describe('diff: field rules', () => {
  it('field-added-required: in params it breaks clients, in a notification servers', () => {
    expectChange(
      only(
        diffEdit((d) => {
          props(d.PingParams).token = str;
          required(d.PingParams).push('token');
        }),
      ),
      'field-added-required',
      'PingParams.token',
      ['clients'],
    );
    expectChange(
      only(
        diffEdit((d) => {
          props(v2(d).TickNotification).threadId = str;
          required(v2(d).TickNotification).push('threadId');
        }),
      ),
      'field-added-required',
      'v2/TickNotification.threadId',
      ['servers'],
    );
  });

  it('field-added-optional is compatible, unless the object admitted no other keys', () => {
    expectChange(
      only(
        diffEdit((d) => {
          props(d.PingResponse).extra = str;
        }),
      ),
      'field-added-optional',
      'PingResponse.extra',
      [],
    );
    const closedBefore = baseDefs();
    const closedAfter = baseDefs();
    for (const d of [closedBefore, closedAfter]) (d.PingResponse as Defs).additionalProperties = false;
    props(closedAfter.PingResponse).extra = str;
    expectChange(only(diffProtocols(proto(closedBefore), proto(closedAfter))), 'field-added-optional', 'PingResponse.extra', ['clients']);
  });

  it('field-removed (a required field): from a result it breaks clients; from request params both (ignored input, missing value)', () => {
    const fromResult = only(
      diffEdit((d) => {
        delete props(d.PingResponse).took;
        (d.PingResponse as Defs).required = ['ok', 'status'];
      }),
    );
    expectChange(fromResult, 'field-removed', 'PingResponse.took', ['clients']);
    expect(fromResult.detail).toBe('was required');
    expectChange(
      only(
        diffEdit((d) => {
          delete props(d.PingParams).name;
          (d.PingParams as Defs).required = [];
        }),
      ),
      'field-removed',
      'PingParams.name',
      ['clients', 'servers'],
    );
    expectChange(
      only(
        diffEdit((d) => {
          delete props(v2(d).TickNotification).seq;
          (v2(d).TickNotification as Defs).required = ['event'];
        }),
      ),
      'field-removed',
      'v2/TickNotification.seq',
      ['clients'],
    );
  });

  it('field-removed-optional: receivers already cope; only a sender of instructions (or of a closed object) loses its value', () => {
    // Request params: the caller's value is now ignored.
    expectChange(
      only(
        diffEdit((d) => {
          delete props(d.PingParams).mode;
        }),
      ),
      'field-removed-optional',
      'PingParams.mode',
      ['clients'],
    );
    // The params of a server request: the server's value is ignored.
    expectChange(
      only(
        diffEdit((d) => {
          delete props(v2(d).AskParams).choice;
        }),
      ),
      'field-removed-optional',
      'v2/AskParams.choice',
      ['servers'],
    );
    // The answer to a server request is an instruction too: the client's choice is ignored.
    const asked = baseDefs();
    props(v2(asked).AskResponse).note = str;
    expectChange(only(diffProtocols(proto(asked), proto(baseDefs()))), 'field-removed-optional', 'v2/AskResponse.note', ['clients']);
    // A result: the server's value is dropped, clients never relied on it.
    expectChange(
      only(
        diffEdit((d) => {
          delete props(d.PingResponse).detail;
        }),
      ),
      'field-removed-optional',
      'PingResponse.detail',
      [],
    );
    // A closed result object refuses the key old servers still send.
    const before = baseDefs();
    const after = baseDefs();
    for (const d of [before, after]) (d.PingResponse as Defs).additionalProperties = false;
    delete props(after.PingResponse).detail;
    expectChange(only(diffProtocols(proto(before), proto(after))), 'field-removed-optional', 'PingResponse.detail', ['servers']);
  });

  it('field-made-required breaks the sender (clients for params, servers for a result)', () => {
    expectChange(
      only(
        diffEdit((d) => {
          required(d.PingParams).push('mode');
        }),
      ),
      'field-made-required',
      'PingParams.mode',
      ['clients'],
    );
    expectChange(
      only(
        diffEdit((d) => {
          required(d.PingResponse).push('detail');
        }),
      ),
      'field-made-required',
      'PingResponse.detail',
      ['servers'],
    );
  });

  it('field-made-optional breaks the receiver', () => {
    expectChange(
      only(
        diffEdit((d) => {
          (d.PingResponse as Defs).required = ['ok', 'took'];
        }),
      ),
      'field-made-optional',
      'PingResponse.status',
      ['clients'],
    );
  });

  it('made-nullable breaks the receiver: clients for a result, servers for params', () => {
    expectChange(
      only(
        diffEdit((d) => {
          props(d.PingResponse).took = nullable({ type: 'integer' });
        }),
      ),
      'made-nullable',
      'PingResponse.took',
      ['clients'],
    );
    expectChange(
      only(
        diffEdit((d) => {
          props(d.PingParams).name = nullable(str);
        }),
      ),
      'made-nullable',
      'PingParams.name',
      ['servers'],
    );
  });

  it('made-non-nullable breaks the sender', () => {
    expectChange(
      only(
        diffEdit((d) => {
          props(d.PingResponse).detail = str;
        }),
      ),
      'made-non-nullable',
      'PingResponse.detail',
      ['servers'],
    );
  });
});

describe('diff: type rules', () => {
  it('type-changed (retyped) breaks both sides', () => {
    const c = only(
      diffEdit((d) => {
        props(d.PingParams).name = { type: 'object', properties: {} };
      }),
    );
    expectChange(c, 'type-changed', 'PingParams.name', ['clients', 'servers']);
    expect(c.detail).toBe('string -> object');
  });

  it('type-narrowed breaks the sender: number -> integer, a new minimum, a closed object', () => {
    expectChange(
      only(
        diffEdit((d) => {
          props(d.PingParams).count = { type: 'integer', minimum: 1 };
        }),
      ),
      'type-narrowed',
      'PingParams.count',
      ['clients'],
    );
    const before = baseDefs();
    props(before.PingParams).count = { type: 'number', minimum: 0 };
    expectChange(only(diffProtocols(proto(before), proto(baseDefs()))), 'type-narrowed', 'PingParams.count', ['clients']);
    expectChange(
      only(
        diffEdit((d) => {
          (d.PingParams as Defs).additionalProperties = false;
        }),
      ),
      'type-narrowed',
      'PingParams',
      ['clients'],
    );
  });

  it('type-widened breaks the receiver: integer -> number in a result, a string enum opened up', () => {
    expectChange(
      only(
        diffEdit((d) => {
          props(d.PingResponse).took = { type: 'number' };
        }),
      ),
      'type-widened',
      'PingResponse.took',
      ['clients'],
    );
    expectChange(
      only(
        diffEdit((d) => {
          props(d.PingParams).mode = str;
        }),
      ),
      'type-widened',
      'PingParams.mode',
      ['servers'],
    );
  });

  it("enum-value-added breaks the receiver's exhaustive switch; enum-value-removed the sender", () => {
    const added = only(
      diffEdit((d) => {
        props(d.PingResponse).status = { type: 'string', enum: ['up', 'down', 'degraded'] };
      }),
    );
    expectChange(added, 'enum-value-added', 'PingResponse.status', ['clients']);
    expect(added.detail).toBe('"degraded"');
    expectChange(
      only(
        diffEdit((d) => {
          props(d.PingParams).mode = { type: 'string', enum: ['fast', 'slow', 'eco'] };
        }),
      ),
      'enum-value-added',
      'PingParams.mode',
      ['servers'],
    );
    expectChange(
      only(
        diffEdit((d) => {
          props(d.PingParams).mode = { type: 'string', enum: ['fast'] };
        }),
      ),
      'enum-value-removed',
      'PingParams.mode',
      ['clients'],
    );
    expectChange(
      only(
        diffEdit((d) => {
          props(v2(d).AskResponse).decision = { type: 'string', enum: ['accept'] };
        }),
      ),
      'enum-value-removed',
      'v2/AskResponse.decision',
      ['clients'],
    );
  });

  it('tag-value-added / tag-value-removed on a discriminated union', () => {
    const event = (d: Defs) => v2(d).Event as { oneOf: unknown[] };
    const added = only(
      diffEdit((d) => {
        event(d).oneOf.push(obj({ type: { type: 'string', const: 'pause' } }));
      }),
    );
    expectChange(added, 'tag-value-added', 'v2/Event', ['clients']);
    expect(added.detail).toBe('type "pause"');
    expect(added.methods).toEqual(['tick']);
    expectChange(
      only(
        diffEdit((d) => {
          event(d).oneOf.pop();
        }),
      ),
      'tag-value-removed',
      'v2/Event',
      ['servers'],
    );
  });

  it('compares the branches of a tagged union by tag value', () => {
    const c = only(
      diffEdit((d) => {
        props((v2(d).Event as { oneOf: unknown[] }).oneOf[1]).reason = { type: 'integer' };
      }),
    );
    expectChange(c, 'type-changed', 'v2/Event<stop>.reason', ['clients', 'servers']);
  });

  it('variant-added / variant-removed on an untagged union; string branches compare as enums', () => {
    const choice = (d: Defs) => v2(d).Choice as { oneOf: unknown[] };
    const shape = { type: 'object', required: ['preset'], properties: { preset: { type: 'integer' } }, additionalProperties: false };
    expectChange(
      only(
        diffEdit((d) => {
          choice(d).oneOf.push(shape);
        }),
      ),
      'variant-added',
      'v2/Choice',
      ['clients'],
    );
    expectChange(
      only(
        diffEdit((d) => {
          choice(d).oneOf.splice(1, 1);
        }),
      ),
      'variant-removed',
      'v2/Choice',
      ['servers'],
    );
    expectChange(
      only(
        diffEdit((d) => {
          choice(d).oneOf[0] = { type: 'string', enum: ['none', 'all'] };
        }),
      ),
      'enum-value-added',
      'v2/Choice',
      ['clients'],
    );
  });

  it('discriminator-changed breaks both sides', () => {
    const c = only(
      diffEdit((d) => {
        v2(d).Event = {
          type: 'object',
          oneOf: [
            obj({ kind: { type: 'string', const: 'start' }, at: str }),
            obj({ kind: { type: 'string', const: 'stop' }, reason: str }),
          ],
          discriminator: { propertyName: 'kind' },
        };
      }),
    );
    expectChange(c, 'discriminator-changed', 'v2/Event', ['clients', 'servers']);
    expect(c.detail).toBe('tagged on "type" -> tagged on "kind"');
  });

  it('type-renamed is compatible when the shape is the same, and the shape is still compared', () => {
    const renamed = diffEdit((d) => {
      v2(d).Happening = v2(d).Event;
      delete v2(d).Event;
      props(v2(d).TickNotification).event = { $ref: '#/definitions/v2/Happening' };
    });
    expectChange(only(renamed), 'type-renamed', 'v2/TickNotification.event', []);
    const reshaped = diffEdit((d) => {
      v2(d).Happening = {
        type: 'object',
        oneOf: [(v2(d).Event as { oneOf: unknown[] }).oneOf[0]],
        discriminator: { propertyName: 'type' },
      };
      props(v2(d).TickNotification).event = { $ref: '#/definitions/v2/Happening' };
    });
    expect(reshaped.changes.map((c) => c.rule).sort()).toEqual(['tag-value-removed', 'type-renamed']);
  });

  it('lists a change in a shared type once, with every method and the verdicts of both directions', () => {
    const shared = (d: Defs) => {
      d.Level = { type: 'string', enum: ['low', 'high'] };
      props(d.PingParams).level = { $ref: '#/definitions/Level' };
      props(d.PingResponse).level = { $ref: '#/definitions/Level' };
      props(v2(d).TickNotification).level = { $ref: '#/definitions/Level' };
    };
    const before = baseDefs();
    const after = baseDefs();
    shared(before);
    shared(after);
    after.Level = { type: 'string', enum: ['low', 'high', 'max'] };
    const c = only(diffProtocols(proto(before), proto(after)));
    // Clients receive it in the result and the notification; servers receive it in the params.
    expectChange(c, 'enum-value-added', 'Level', ['clients', 'servers']);
    expect(c.methods).toEqual(['ping', 'tick']);
    expect(c.namespaces).toEqual(['v1', 'v2']);
  });

  it('terminates on recursive types', () => {
    const tree = (d: Defs) => {
      d.Node = obj({ children: { type: 'array', items: { $ref: '#/definitions/Node' } }, label: str }, ['children']);
      props(d.PingResponse).tree = { $ref: '#/definitions/Node' };
    };
    const before = baseDefs();
    const after = baseDefs();
    tree(before);
    tree(after);
    props(after.Node).label = { type: 'integer' };
    expectChange(only(diffProtocols(proto(before), proto(after))), 'type-changed', 'Node.label', ['clients', 'servers']);
  });

  it('narrows codex/event/<type> params to that event: a change in another variant is not theirs', () => {
    const defs = (): Defs => ({
      EventMsg: {
        type: 'object',
        oneOf: [
          obj({ type: { type: 'string', const: 'task_started' }, window: { type: 'integer' } }),
          obj({ type: { type: 'string', const: 'task_complete' }, last: str }),
        ],
        discriminator: { propertyName: 'type' },
      },
      CodexEventNotificationParams: obj({ id: str, msg: { $ref: '#/definitions/EventMsg' } }),
    });
    const event = (type: string): MethodEntry => ({
      method: `codex/event/${type}`,
      namespace: 'v1',
      direction: 'serverToClient',
      kind: 'notification',
      params: '#/definitions/CodexEventNotificationParams',
      result: null,
      eventType: type,
    });
    const after = defs();
    props((after.EventMsg as { oneOf: unknown[] }).oneOf[1]).last = nullable(str);
    const methods = [event('task_started'), event('task_complete')];
    const c = only(diffProtocols(proto(defs(), methods), proto(after, methods)));
    expectChange(c, 'made-nullable', 'EventMsg<task_complete>.last', ['clients']);
    expect(c.methods).toEqual(['codex/event/task_complete']);
  });

  it("reads methods off a bundle's message unions when there is no meta model, pairing results by name", () => {
    const bundle = (withExtra: boolean) => ({
      definitions: {
        ...baseDefs(),
        ClientRequest: {
          oneOf: [
            obj({ id: { type: 'integer' }, method: { type: 'string', const: 'ping' }, params: { $ref: '#/definitions/PingParams' } }),
            ...(withExtra ? [obj({ id: { type: 'integer' }, method: { type: 'string', const: 'status' } }, ['id', 'method'])] : []),
          ],
        },
        ServerNotification: obj({ method: { type: 'string', const: 'tick' }, params: { $ref: '#/definitions/v2/TickNotification' } }),
      },
    });
    const before = protocolFromBundle(bundle(false) as never, 'old');
    // PingParams is answered by PingResponse (the XParams -> XResponse convention).
    expect(before.methods.map((m) => [m.method, m.namespace, m.kind, m.params, m.result, m.resultFrom])).toEqual([
      ['ping', 'v1', 'request', '#/definitions/PingParams', '#/definitions/PingResponse', 'params name'],
      ['tick', 'v2', 'notification', '#/definitions/v2/TickNotification', null, undefined],
    ]);
    const after = bundle(true);
    props((after.definitions as Defs).PingParams).name = { type: 'integer' };
    props((after.definitions as Defs).PingResponse).took = { type: 'string' };
    const report = diffProtocols(before, protocolFromBundle(after as never, 'new'));
    expect(report.changes.map((c) => `${c.rule} ${c.location}`)).toEqual([
      'type-changed PingParams.name',
      'type-changed PingResponse.took',
      'method-added status',
    ]);
    expect(report.notes.join(' ')).toMatch(/Results were paired with requests by the bundle's names/);
  });

  it('has a test above for every rule', () => {
    // The rules this file exercises, kept in step with the rules table.
    const tested = [
      'method-added',
      'method-removed',
      'method-direction-changed',
      'method-kind-changed',
      'method-deprecated',
      'params-added',
      'params-added-optional',
      'params-removed',
      'field-added-required',
      'field-added-optional',
      'field-removed',
      'field-removed-optional',
      'field-made-required',
      'field-made-optional',
      'made-nullable',
      'made-non-nullable',
      'type-changed',
      'type-narrowed',
      'type-widened',
      'enum-value-added',
      'enum-value-removed',
      'tag-value-added',
      'tag-value-removed',
      'variant-added',
      'variant-removed',
      'discriminator-changed',
      'type-renamed',
    ];
    expect(RULES.map((r) => r.id).filter((id) => !tested.includes(id))).toEqual(['method-undeprecated']);
  });
});

/** The current export, and an "older release" made from it by hand (what the 0.64.0 cycle changed, per the seed). */
function releases(): { older: { bundle: Defs; meta: MetaModel }; current: { bundle: Defs; meta: MetaModel } } {
  const json = generateJson(currentGeneration('0.64.0'));
  const current = { bundle: JSON.parse(json.get(BUNDLE_FILE)!) as Defs, meta: JSON.parse(json.get(META_FILE)!) as MetaModel };
  const older = structuredClone(current) as { bundle: Defs; meta: MetaModel };
  const defs = v2(older.bundle.definitions as Defs);
  // Before threadId/turnId were added to the item notifications and the error notification.
  for (const name of ['ItemStartedNotification', 'ItemCompletedNotification', 'ErrorNotification']) {
    const d = defs[name] as { properties: Defs; required: string[] };
    delete d.properties.threadId;
    delete d.properties.turnId;
    d.required = d.required.filter((k) => k !== 'threadId' && k !== 'turnId');
  }
  // Before the `declined` command status.
  const status = defs.CommandExecutionStatus as { enum: string[] };
  status.enum = status.enum.filter((v) => v !== 'declined');
  // When the output delta notification was still item/commandExecution/delta.
  (older.meta as { release: string }).release = '0.63.0';
  older.meta = {
    ...older.meta,
    methods: older.meta.methods.map((m) =>
      m.method === 'item/commandExecution/outputDelta' ? { ...m, method: 'item/commandExecution/delta' } : m,
    ),
  };
  return { older, current };
}

describe('diff: an older release against the current export', () => {
  const { older, current } = releases();
  const report = diffProtocols(
    protocolFromMeta(older.meta, older.bundle as never, 'older'),
    protocolFromMeta(current.meta, current.bundle as never, 'current'),
  );
  const find = (rule: Change['rule'], location: string) => report.changes.find((c) => c.rule === rule && c.location === location);

  it('reports threadId/turnId added to the item notifications: breaking for servers only (old servers do not send them)', () => {
    for (const n of ['ItemStartedNotification', 'ItemCompletedNotification', 'ErrorNotification']) {
      for (const field of ['threadId', 'turnId']) {
        const c = find('field-added-required', `v2/${n}.${field}`);
        expect(c, `${n}.${field}`).toBeDefined();
        expect(c!.breaks).toEqual(['servers']);
        expect(c!.namespaces).toEqual(['v2']);
      }
    }
    expect(find('field-added-required', 'v2/ItemStartedNotification.threadId')!.methods).toEqual(['item/started']);
  });

  it('reports the new declined status as breaking clients (their switch over item status misses it)', () => {
    const c = find('enum-value-added', 'v2/CommandExecutionStatus')!;
    expect(c.detail).toBe('"declined"');
    expect(c.breaks).toEqual(['clients']);
    expect(c.methods).toEqual(expect.arrayContaining(['item/started', 'item/completed', 'thread/resume']));
  });

  it('reports the renamed notification as removed (breaking clients, with a rename hint) and added (compatible)', () => {
    expect(find('method-removed', 'item/commandExecution/delta')!.breaks).toEqual(['clients']);
    expect(find('method-removed', 'item/commandExecution/delta')!.detail).toMatch(
      /item\/commandExecution\/outputDelta has the same params/,
    );
    expect(find('method-added', 'item/commandExecution/outputDelta')!.verdict).toBe('compatible');
  });

  it('reports nothing else, and nothing in v1', () => {
    expect(report.changes).toHaveLength(6 + 1 + 2);
    expect(report.changes.filter((c) => c.namespaces.includes('v1'))).toEqual([]);
    expect(report.old.version).toBe('0.63.0');
    expect(report.new.version).toBe(generateMeta(currentGeneration('0.64.0')).release);
  });

  it('sees the downgrade the other way round: removed fields break clients, the dropped status breaks servers', () => {
    const back = diffProtocols(
      protocolFromMeta(current.meta, current.bundle as never),
      protocolFromMeta(older.meta, older.bundle as never),
    );
    const removed = back.changes.find((c) => c.rule === 'field-removed' && c.location === 'v2/ItemStartedNotification.threadId')!;
    expect(removed.breaks).toEqual(['clients']);
    expect(back.changes.find((c) => c.rule === 'enum-value-removed')!.breaks).toEqual(['servers']);
  });
});

describe('codex-protocol-diff command line', () => {
  function withReleases(test: (dir: string) => void): void {
    const dir = mkdtempSync(join(tmpdir(), 'protocol-diff-'));
    try {
      const { older, current } = releases();
      for (const [name, r] of [
        ['old', older],
        ['new', current],
      ] as const) {
        writeFileSync(join(dir, `${name}.schemas.json`), JSON.stringify(r.bundle));
        writeFileSync(join(dir, `${name}.protocol.json`), JSON.stringify({ ...r.meta, schema: `${name}.schemas.json` }));
      }
      test(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('prints a grouped human report and exits 1 on breaking changes', () => {
    withReleases((dir) => {
      const out: string[] = [];
      expect(runDiff([join(dir, 'old.protocol.json'), join(dir, 'new.protocol.json')], (l) => out.push(l))).toBe(1);
      const text = out.join('\n');
      expect(text).toMatch(/9 changes: 8 breaking \(2 for clients, 6 for servers\), 1 compatible/);
      expect(text).toMatch(/Breaking for servers \(6\):\n {2}- \[v2\] v2\/ErrorNotification\.threadId: field added as required/);
      expect(text).toMatch(/Breaking for clients \(2\):[\s\S]*v2\/CommandExecutionStatus: enum value added \("declined"\)/);
      expect(text).toMatch(/Compatible \(1\):\n {2}- \[v2\] item\/commandExecution\/outputDelta: method added/);
    });
  });

  it('--json prints the report for machines; --namespace v1 keeps only v1 changes (none here: exit 0)', () => {
    withReleases((dir) => {
      const out: string[] = [];
      expect(runDiff([join(dir, 'old.protocol.json'), join(dir, 'new.protocol.json'), '--json'], (l) => out.push(l))).toBe(1);
      const report = JSON.parse(out.join('\n')) as DiffReport;
      expect(report.summary).toEqual({ changes: 9, breaking: 8, breakingForClients: 2, breakingForServers: 6, compatible: 1 });
      expect(report.changes[0]).toHaveProperty('breaks');
      out.length = 0;
      expect(runDiff([join(dir, 'old.protocol.json'), join(dir, 'new.protocol.json'), '--namespace', 'v1'], (l) => out.push(l))).toBe(0);
      expect(out.join('\n')).toMatch(/No changes\./);
    });
  });

  it('reads bundles too (without results when no meta model names them) and exits 0 when nothing breaks', () => {
    withReleases((dir) => {
      const out: string[] = [];
      expect(runDiff([join(dir, 'new.schemas.json'), join(dir, 'new.schemas.json')], (l) => out.push(l))).toBe(0);
      expect(out.join('\n')).toMatch(/No changes\./);
      expect(loadProtocol(join(dir, 'old.protocol.json')).methods.length).toBe(generateMeta(currentGeneration('0.64.0')).methods.length);
    });
  });

  it('rejects bad command lines and unreadable files with exit 2', () => {
    const out: string[] = [];
    expect(
      runDiff(
        ['only-one.json'],
        (l) => out.push(l),
        (l) => out.push(l),
      ),
    ).toBe(2);
    expect(
      runDiff(
        ['a.json', 'b.json', '--bogus'],
        (l) => out.push(l),
        (l) => out.push(l),
      ),
    ).toBe(2);
    expect(
      runDiff(
        ['/nonexistent/a.json', '/nonexistent/b.json'],
        (l) => out.push(l),
        (l) => out.push(l),
      ),
    ).toBe(2);
    expect(out.join('\n')).toMatch(/usage: codex-protocol-diff OLD NEW/);
    expect(out.join('\n')).toMatch(/cannot read \/nonexistent\/a\.json/);
    expect(runDiff(['--rules'], (l) => out.push(l))).toBe(0);
    expect(out.at(-1)).toMatch(/field-added-required\s+sender/);
  });
});
