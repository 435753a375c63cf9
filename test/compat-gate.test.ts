/**
 * The compatibility gate: the current export, diffed against the last published bundle kept in
 * baseline/, must not change the v1 (root namespace) methods incompatibly. v2 may still evolve;
 * its breaking changes are reported, not failed. The gate itself is shown to fail on a removed
 * v1 field and on a v1 field made required.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffProtocols } from '../codegen/diff/diff.js';
import { compatibilityGate, formatGate } from '../codegen/diff/gate.js';
import { loadProtocol, protocolFromMeta, type Protocol } from '../codegen/diff/protocol.js';
import { BUNDLE_FILE } from '../codegen/emit-json.js';
import { META_FILE, type MetaModel } from '../codegen/emit-meta.js';
import { currentGeneration, generateJson } from '../codegen/current.js';
import { repoRoot } from './support/schemas.js';

type Defs = { [name: string]: Defs & { required?: string[]; properties?: Defs } };

const baselineDir = `${repoRoot}baseline`;
const baseline = loadProtocol(`${baselineDir}/${META_FILE}`);

/** The protocol as the definitions under src/ export it now, optionally edited. */
function current(edit?: (definitions: Defs) => void): Protocol {
  const json = generateJson(currentGeneration('0.64.0'));
  const bundle = JSON.parse(json.get(BUNDLE_FILE)!) as { definitions: Defs };
  edit?.(bundle.definitions);
  return protocolFromMeta(JSON.parse(json.get(META_FILE)!) as MetaModel, bundle as never, 'current');
}

/**
 * Incompatible v1 changes made on purpose since the last published release, each with its
 * reason; cleared when baseline/ is refreshed after a release.
 */
const ACKNOWLEDGED: readonly { rule: string; location: string; reason: string }[] = [
  {
    rule: 'type-narrowed',
    location: 'RequestId<integer>',
    reason: 'ids beyond ±(2^53 - 1) cannot be carried exactly (docs/compat.md, request ids)',
  },
];
const acknowledged = (c: { rule: string; location: string }) => ACKNOWLEDGED.some((a) => a.rule === c.rule && a.location === c.location);

/** The gate of a change against the published baseline, acknowledged breaks aside. */
const gate = (p: Protocol) => compatibilityGate(diffProtocols(baseline, p));
/** The gate of an edit against the unedited export: what the edit alone changes. */
const gateEdit = (edit: (definitions: Defs) => void) => compatibilityGate(diffProtocols(current(), current(edit)));

describe('compatibility gate against baseline/ (last published 0.64.0)', () => {
  it('keeps the published 0.64.0 bundle and its meta model', () => {
    expect(baseline.version).toBe('0.64.0');
    expect(baseline.methods.length).toBeGreaterThan(100);
    const bundle = JSON.parse(readFileSync(`${baselineDir}/${BUNDLE_FILE}`, 'utf8')) as { title: string };
    expect(bundle.title).toBe('CodexAppServerProtocol');
    // The bundle alone is read together with the meta model next to it.
    expect(loadProtocol(`${baselineDir}/${BUNDLE_FILE}`).methods).toEqual(baseline.methods);
  });

  it('passes: the current export changes no v1 method incompatibly (breaking v2 changes are only reported)', () => {
    const result = gate(current());
    if (result.reported.length > 0) console.info(formatGate(result));
    expect(result.violations.filter((c) => !acknowledged(c)).map((c) => c.message)).toEqual([]);
    // Every acknowledged break is still there (else its row is stale).
    for (const a of ACKNOWLEDGED)
      expect(
        result.violations.some((c) => c.rule === a.rule && c.location === a.location),
        a.location,
      ).toBe(true);
    for (const c of result.reported) expect(c.namespaces).toEqual(['v2']);
  });

  it('fails when a v1 field is removed', () => {
    const result = gateEdit((d) => {
      delete d.NewConversationResponse!.properties!.rolloutPath;
      d.NewConversationResponse!.required = d.NewConversationResponse!.required!.filter((k) => k !== 'rolloutPath');
    });
    expect(result.ok).toBe(false);
    expect(result.violations.map((c) => [c.rule, c.location, c.breaks])).toEqual([
      ['field-removed', 'NewConversationResponse.rolloutPath', ['clients']],
    ]);
    expect(formatGate(result)).toMatch(/incompatible change\(s\) in v1:\n {2}- NewConversationResponse\.rolloutPath: field removed/);
  });

  it('fails when a v1 field is made required', () => {
    const result = gateEdit((d) => {
      d.ListConversationsParams!.required = [...(d.ListConversationsParams!.required ?? []), 'cursor'];
    });
    expect(result.ok).toBe(false);
    expect(result.violations.map((c) => [c.rule, c.location, c.breaks, c.methods])).toEqual([
      ['field-made-required', 'ListConversationsParams.cursor', ['clients'], ['listConversations']],
    ]);
  });

  it('fails on a v1 change inside a shared type (a legacy event payload)', () => {
    // A required field: receivers of the event relied on it. (Removing an optional field is
    // compatible for a notification: receivers already cope with its absence.)
    const result = gateEdit((d) => {
      const variant = (d.EventMsg!.oneOf as unknown as Defs[]).find(
        (b) => (b.properties!.type as unknown as { const: string }).const === 'agent_message',
      )!;
      delete variant.properties!.message;
      variant.required = (variant.required as unknown as string[]).filter((k) => k !== 'message') as never;
    });
    expect(result.ok).toBe(false);
    const c = result.violations.find((v) => v.location === 'EventMsg<agent_message>.message')!;
    expect(c.rule).toBe('field-removed');
    expect(c.methods).toContain('codex/event/agent_message');
  });

  it('lets v2 break, but reports it', () => {
    const result = gateEdit((d) => {
      const v2 = d.v2 as Defs;
      delete v2.TurnInterruptParams!.properties!.turnId;
      v2.TurnInterruptParams!.required = ['threadId'];
    });
    expect(result.ok).toBe(true);
    expect(result.reported.map((c) => [c.rule, c.location, c.namespaces])).toEqual([
      ['field-removed', 'v2/TurnInterruptParams.turnId', ['v2']],
    ]);
    expect(formatGate(result)).toMatch(
      /breaking changes outside v1 \(allowed, reported\):\n {2}- v2\/TurnInterruptParams\.turnId: field removed/,
    );
  });
});
