/**
 * Upstream's own 0.64.0 export against this library's 0.64.0 export: the same release, so every
 * change the diff still reports must be a deliberate difference, listed in the "Listed
 * differences" table of docs/compat.md; and every listed 0.64.0 difference must still be
 * reported (a row that matches nothing is stale).
 */
import { describe, expect, it } from 'vitest';
import { diffProtocols, type Change } from '../codegen/diff/diff.js';
import { loadProtocol } from '../codegen/diff/protocol.js';
import { RULES } from '../codegen/diff/rules.js';
import { readListedDifferences, rowsFor } from './support/compat-list.js';
import { OUR_0_64_BUNDLE, upstreamBundle } from './support/diff-inputs.js';

const upstream = loadProtocol(upstreamBundle('0.64.0'));
const ours = loadProtocol(OUR_0_64_BUNDLE);
const report = diffProtocols(upstream, ours);
const rows = readListedDifferences().filter((r) => r.release === '0.64.0');
const ruleIds = new Set<string>(RULES.map((r) => r.id));

const show = (c: Change) => `${c.rule} ${c.location} (${c.detail})`;

describe('upstream 0.64.0 against our 0.64.0 export', () => {
  it('reads upstream with results paired by name, and ours with its meta model', () => {
    expect(upstream.pairing).toBe('bundle names');
    expect(ours.pairing).toBe('meta model');
    // Every upstream request has a result, so results are compared for all of them.
    expect(upstream.methods.filter((m) => m.kind === 'request' && m.result === undefined).map((m) => m.method)).toEqual([]);
    expect(report.notes.join(' ')).not.toMatch(/not compared/);
  });

  it('reports only differences listed in docs/compat.md', () => {
    const unlisted = report.changes.filter((c) => rowsFor(rows, '0.64.0', c).length === 0);
    expect(unlisted.map(show)).toEqual([]);
    // Guard against a vacuous pass: the two exports do differ.
    expect(report.changes.length).toBeGreaterThan(50);
  });

  it('has no stale rows: every listed 0.64.0 difference of a diff rule is still reported', () => {
    const used = rows.filter((r) => ruleIds.has(r.kind));
    const stale = used.filter((r) => !report.changes.some((c) => rowsFor([r], '0.64.0', c).length > 0));
    expect(stale.map((r) => `line ${r.line}: ${r.kind} ${r.location}`)).toEqual([]);
    expect(used.length).toBeGreaterThan(20);
  });

  it("no longer mistakes spellings for changes (the issue's 151 changes, mostly one-member allOf)", () => {
    // One-member allOf, `true` vs JsonValue, flattened vs discriminated Turn, integer formats.
    expect(report.changes.filter((c) => /allOf/.test(c.detail))).toEqual([]);
    expect(report.changes.filter((c) => /^v2\/Turn($|[<.])/.test(c.location))).toEqual([]);
    expect(report.changes.filter((c) => c.location === 'JsonValue' || /any value/.test(c.detail))).toEqual([]);
    // (Bounds we add on purpose are listed: the request ids.)
    expect(report.changes.filter((c) => /maximum none|minimum none/.test(c.detail) && rowsFor(rows, '0.64.0', c).length === 0)).toEqual([]);
  });
});
