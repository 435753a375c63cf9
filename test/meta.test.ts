/**
 * protocol.json, the meta model of each release: every method of the release with its api,
 * direction, kind, releases (`since`/`removed`) and params/result pointers (which resolve in the
 * release's bundle), the deprecation, unstable and streaming marks, the codex/event narrowing,
 * every named type with its releases, the release list and the package version. Expectations
 * come from the registry, not from counts written here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolvePointer } from '../codegen/bundle.js';
import { collectDefs } from '../codegen/collect.js';
import { currentGeneration, generateJson, generateMeta, protocolCollection } from '../codegen/current.js';
import { BUNDLE_FILE } from '../codegen/emit-json.js';
import { META_FILE, META_VERSION, emitMeta, serializeMeta, type MetaModel } from '../codegen/emit-meta.js';
import { protocolFor } from '../src/protocol.js';
import { methods as allMethods, methodsFor } from '../src/registry.js';
import { inRange, NEWEST, OLDEST, RELEASES, type Release } from '../src/releases.js';
import { generatedJsonDir, loadBundle, repoRoot } from './support/schemas.js';

const metaOf = (release: Release) => JSON.parse(readFileSync(`${generatedJsonDir(release)}/${META_FILE}`, 'utf8')) as MetaModel;

for (const release of RELEASES) {
  describe(`protocol.json of ${release}`, () => {
    const meta = metaOf(release);
    const bundle = loadBundle(release);
    const methods = methodsFor(release);
    const byName = new Map(meta.methods.map((m) => [m.method, m]));

    it('is what the generator emits, next to the bundle it points into', () => {
      const g = currentGeneration(release);
      expect(readFileSync(`${generatedJsonDir(release)}/${META_FILE}`, 'utf8')).toBe(serializeMeta(generateMeta(g)));
      expect(generateJson(g).get(META_FILE)).toBe(serializeMeta(generateMeta(g)));
      expect(meta.schema).toBe(BUNDLE_FILE);
      expect(meta.metaVersion).toBe(META_VERSION);
    });

    it('names its release, every release carried, the package name and version, and no timestamps', () => {
      const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { name: string; version: string };
      expect(meta.release).toBe(release);
      expect(meta.releases).toEqual(RELEASES);
      expect(meta.package).toBe(pkg.name);
      expect(meta.version).toBe(pkg.version);
      expect(JSON.stringify(meta)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    });

    it('lists exactly the methods of its release, in registry order, with api, direction, kind and releases', () => {
      expect(meta.methods.map((m) => m.method)).toEqual(methods.map((m) => m.method));
      for (const spec of methods) {
        const m = byName.get(spec.method)!;
        expect([m.direction, m.kind, m.api, m.description, m.since, m.removed], spec.method).toEqual([
          spec.direction,
          spec.kind,
          spec.api,
          spec.description,
          spec.since ?? OLDEST,
          spec.removed,
        ]);
      }
      // Methods of other releases are not here (a method whose params or result changed has an entry per range: only this release's is).
      const here = new Set(methods.map((m) => m.method));
      for (const spec of allMethods.filter((m) => !inRange(release, m) && !here.has(m.method)))
        expect(byName.has(spec.method), spec.method).toBe(false);
    });

    it("points at each method's params and result type, including methods without params", () => {
      for (const spec of methods) {
        const m = byName.get(spec.method)!;
        expect(m.params, spec.method).toBe(spec.params === null ? null : `#/definitions/${spec.params.key}`);
        expect(m.result, spec.method).toBe(spec.result === null ? null : `#/definitions/${spec.result.key}`);
        for (const p of [m.params, m.result]) if (p !== null) expect(resolvePointer(bundle, p), `${spec.method} ${p}`).toBeTypeOf('object');
        if (m.kind === 'request') expect(m.result, `${spec.method} has a result`).not.toBeNull();
      }
      expect(byName.get('account/logout')).toMatchObject({ params: null, result: '#/definitions/v2/LogoutAccountResponse' });
      expect(byName.get('initialized')).toMatchObject({ params: null, result: null, kind: 'notification', direction: 'clientToServer' });
      expect(byName.get('thread/start')).toMatchObject({
        params: '#/definitions/v2/ThreadStartParams',
        result: '#/definitions/v2/ThreadStartResponse',
      });
    });

    it('marks the deprecated, experimental and streaming methods as the registry does', () => {
      expect(meta.methods.filter((m) => m.deprecated !== null).map((m) => [m.method, m.deprecated])).toEqual(
        methods.filter((m) => m.deprecated !== undefined).map((m) => [m.method, m.deprecated]),
      );
      expect(meta.methods.filter((m) => m.experimental === true).map((m) => m.method)).toEqual(
        methods.filter((m) => m.experimental === true).map((m) => m.method),
      );
      const marked = meta.methods.filter((m) => m.streaming === true).map((m) => m.method);
      expect(marked).toEqual(methods.filter((m) => m.streaming === true).map((m) => m.method));
      expect(marked).toContain('item/agentMessage/delta');
      expect(marked).not.toContain('item/completed');
      expect(
        meta.methods.every(
          (m) => m.streaming === undefined || (m.streaming === true && m.kind === 'notification' && m.direction === 'serverToClient'),
        ),
      ).toBe(true);
      expect(meta.methods.every((m) => m.unstable === null || typeof m.unstable === 'string')).toBe(true);
    });

    it('records each codex/event notification as the shared envelope narrowed by event type, with a pointer to the EventMsg variant', () => {
      const events = meta.methods.filter((m) => m.eventType !== undefined);
      expect(events.map((m) => m.method)).toEqual(methods.filter((m) => m.eventType !== undefined).map((m) => m.method));
      for (const m of events) {
        expect(m.method).toBe(`codex/event/${m.eventType}`);
        expect(m.params).toBe('#/definitions/CodexEventNotificationParams');
        expect(m.eventMsg).toMatch(/^#\/definitions\/EventMsg\/oneOf\/\d+$/);
        const variant = resolvePointer(bundle, m.eventMsg!) as { properties: { type: { const: string } } };
        expect(variant.properties.type.const, m.method).toBe(m.eventType);
      }
      expect(meta.methods.filter((m) => m.eventType === undefined).every((m) => m.eventMsg === undefined)).toBe(true);
    });

    it('lists every named type of its release with its namespace, its releases and a pointer that resolves', () => {
      const c = protocolCollection(currentGeneration(release));
      expect(meta.types.map((t) => t.pointer)).toEqual(c.defs.map((d) => `#/definitions/${d.key}`));
      const present = RELEASES.map((r) => new Set(protocolFor(r).defs.map((d) => d.key)));
      for (const t of meta.types) {
        expect(resolvePointer(bundle, t.pointer), t.pointer).toBeTypeOf('object');
        expect(t.pointer.endsWith(`/${t.name}`)).toBe(true);
        expect(t.namespace).toBe(t.pointer.startsWith('#/definitions/v2/') ? 'v2' : 'root');
        const key = t.pointer.slice('#/definitions/'.length);
        const first = present.findIndex((keys) => keys.has(key));
        expect(t.since, key).toBe(RELEASES[first]);
        if (t.removed !== undefined) expect(present[RELEASES.indexOf(t.removed)]!.has(key), key).toBe(false);
      }
    });

    it('is the same whatever the order the definitions are collected in', () => {
      const p = protocolFor(release);
      const g = currentGeneration(release);
      const source = { release, typeRanges: g.source.typeRanges! };
      const pkg = { name: meta.package, version: meta.version };
      const a = emitMeta(collectDefs([...p.defs].reverse()), p.methods, pkg, source);
      const b = emitMeta(collectDefs([...p.defs.slice(5), ...p.defs.slice(0, 5)]), p.methods, pkg, source);
      expect(serializeMeta(a)).toBe(serializeMeta(b));
      expect(serializeMeta(a)).toBe(serializeMeta(meta));
    });
  });
}

describe('protocol.json across releases', () => {
  it('marks the methods of 0.64.0 only (v1 conversation API, codex/event/*) as removed in 0.171.0', () => {
    const old = metaOf('0.64.0');
    expect(old.methods.find((m) => m.method === 'newConversation')).toMatchObject({ since: '0.64.0', removed: '0.171.0' });
    expect(old.methods.find((m) => m.method === 'codex/event/task_started')).toMatchObject({ removed: '0.171.0' });
    expect(old.methods.find((m) => m.method === 'initialize')!.removed).toBeUndefined();
    expect(old.types.find((t) => t.name === 'NewConversationParams')).toMatchObject({ since: '0.64.0', removed: '0.171.0' });
    expect(metaOf(NEWEST).methods.some((m) => m.method === 'newConversation')).toBe(false);
  });

  it('lists the fields marked unstable or experimental (0.64.0)', () => {
    const meta = metaOf('0.64.0');
    const byName = new Map(meta.methods.map((m) => [m.method, m]));
    const marks = (name: string) => (byName.get(name)!.unstableFields ?? []).map((f) => f.path);
    expect(marks('thread/resume')).toEqual(expect.arrayContaining(['params.history', 'params.path', 'result.thread.path']));
    expect(marks('item/fileChange/requestApproval')).toEqual(['params.grantRoot']);
    expect(marks('addConversationListener')).toEqual(['params.experimentalRawEvents']);
    expect(marks('thread/list')).toEqual(['result.data[].path']);
    expect(byName.get('thread/resume')!.unstableFields!.find((f) => f.path === 'params.history')!.note).toMatch(/^\[UNSTABLE\]/);
    expect(marks('turn/interrupt')).toEqual([]);
  });
});
