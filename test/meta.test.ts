/**
 * generated/json/protocol.json, the meta model: every registry method with its direction, kind,
 * namespace and params/result pointers (which resolve in the bundle), the deprecation, unstable
 * and streaming marks, the codex/event narrowing, every named type, and the package version.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect } from '../codegen/collect.js';
import { resolvePointer } from '../codegen/bundle.js';
import { BUNDLE_FILE } from '../codegen/emit-json.js';
import { META_FILE, emitMeta, serializeMeta, type MetaModel } from '../codegen/emit-meta.js';
import { generateJson, generateMeta, protocolCollection } from '../codegen/current.js';
import { definitionModules } from '../src/definitions.js';
import { methods } from '../src/registry.js';
import { generatedJsonDir, loadBundle, repoRoot } from './support/schemas.js';

const meta = JSON.parse(readFileSync(`${generatedJsonDir}/${META_FILE}`, 'utf8')) as MetaModel;
const bundle = loadBundle();
const byName = new Map(meta.methods.map((m) => [m.method, m]));

describe('protocol.json (meta model)', () => {
  it('is what the generator emits, next to the bundle it points into', () => {
    expect(readFileSync(`${generatedJsonDir}/${META_FILE}`, 'utf8')).toBe(serializeMeta(generateMeta()));
    expect(generateJson().get(META_FILE)).toBe(serializeMeta(generateMeta()));
    expect(meta.schema).toBe(BUNDLE_FILE);
    expect(meta.metaVersion).toBe(1);
  });

  it('carries the package name and version, and no timestamps', () => {
    const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { name: string; version: string };
    expect(meta.package).toBe(pkg.name);
    expect(meta.version).toBe(pkg.version);
    expect(JSON.stringify(meta)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('lists every registry method once, in registry order, with direction, kind and namespace', () => {
    expect(meta.methods.map((m) => m.method)).toEqual(methods.map((m) => m.method));
    for (const spec of methods) {
      const m = byName.get(spec.method)!;
      expect([m.direction, m.kind, m.namespace, m.description], spec.method).toEqual([spec.direction, spec.kind, spec.version, spec.description]);
    }
    expect(meta.methods.filter((m) => m.namespace === 'v2')).toHaveLength(41);
    expect(meta.methods.filter((m) => m.namespace === 'v1')).toHaveLength(29 + 50);
  });

  it('points at each method\'s params and result type, including methods without params', () => {
    for (const spec of methods) {
      const m = byName.get(spec.method)!;
      expect(m.params, spec.method).toBe(spec.params === null ? null : `#/definitions/${spec.params.key}`);
      expect(m.result, spec.method).toBe(spec.result === null ? null : `#/definitions/${spec.result.key}`);
      for (const p of [m.params, m.result]) if (p !== null) expect(resolvePointer(bundle, p), `${spec.method} ${p}`).toBeTypeOf('object');
      if (m.kind === 'request') expect(m.result, `${spec.method} has a result`).not.toBeNull();
    }
    for (const name of ['account/logout', 'account/rateLimits/read', 'loginChatGpt', 'logoutChatGpt', 'getUserSavedConfig', 'getUserAgent', 'userInfo']) {
      expect(byName.get(name)!.params, name).toBeNull();
      expect(byName.get(name)!.result, name).toMatch(/^#\/definitions\//);
    }
    expect(byName.get('account/logout')!.result).toBe('#/definitions/v2/LogoutAccountResponse');
    expect(byName.get('initialized')).toMatchObject({ params: null, result: null, kind: 'notification', direction: 'clientToServer' });
    expect(byName.get('thread/start')).toMatchObject({ params: '#/definitions/v2/ThreadStartParams', result: '#/definitions/v2/ThreadStartResponse' });
  });

  it('marks the deprecated methods with what to use instead', () => {
    const deprecated = meta.methods.filter((m) => m.deprecated !== null);
    expect(deprecated.map((m) => [m.method, m.deprecated])).toEqual([
      ['authStatusChange', 'use account/updated'],
      ['loginChatGptComplete', 'use account/login/completed'],
    ]);
    expect(meta.methods.every((m) => m.unstable === null || typeof m.unstable === 'string')).toBe(true);
  });

  it('marks the streaming notifications, as the registry does', () => {
    const marked = meta.methods.filter((m) => m.streaming === true).map((m) => m.method);
    expect(marked).toEqual(methods.filter((m) => m.streaming === true).map((m) => m.method));
    expect(marked).toContain('item/agentMessage/delta');
    expect(marked).toContain('codex/event/exec_command_output_delta');
    expect(marked).not.toContain('item/completed');
    expect(meta.methods.every((m) => m.streaming === undefined || (m.streaming === true && m.kind === 'notification' && m.direction === 'serverToClient'))).toBe(true);
  });

  it('lists the fields the catalog marks unstable or experimental', () => {
    const marks = (name: string) => (byName.get(name)!.unstableFields ?? []).map((f) => f.path);
    expect(marks('thread/resume')).toEqual(expect.arrayContaining(['params.history', 'params.path', 'result.thread.path']));
    expect(marks('item/fileChange/requestApproval')).toEqual(['params.grantRoot']);
    expect(marks('addConversationListener')).toEqual(['params.experimentalRawEvents']);
    expect(marks('thread/list')).toEqual(['result.data[].path']);
    expect(byName.get('thread/resume')!.unstableFields!.find((f) => f.path === 'params.history')!.note).toMatch(/^\[UNSTABLE\]/);
    expect(marks('turn/interrupt')).toEqual([]);
    expect(meta.types.find((t) => t.pointer === '#/definitions/v2/Thread')!.unstableFields).toEqual([
      { path: 'path', note: expect.stringMatching(/^\[UNSTABLE\]/) },
    ]);
  });

  it('records the 50 codex/event notifications as the shared envelope narrowed by event type, with a pointer to the EventMsg variant', () => {
    const events = meta.methods.filter((m) => m.eventType !== undefined);
    expect(events).toHaveLength(50);
    for (const m of events) {
      expect(m.method).toBe(`codex/event/${m.eventType}`);
      expect(m.params).toBe('#/definitions/CodexEventNotificationParams');
      expect(m.eventMsg).toMatch(/^#\/definitions\/EventMsg\/oneOf\/\d+$/);
      const variant = resolvePointer(bundle, m.eventMsg!) as { properties: { type: { const: string } } };
      expect(variant.properties.type.const, m.method).toBe(m.eventType);
    }
    expect(byName.get('codex/event/task_started')).toMatchObject({ eventType: 'task_started', kind: 'notification', direction: 'serverToClient', namespace: 'v1', result: null });
    expect(meta.methods.filter((m) => m.eventType === undefined).every((m) => m.eventMsg === undefined)).toBe(true);
  });

  it('lists every named type with its namespace and a pointer that resolves', () => {
    const c = protocolCollection();
    expect(meta.types.map((t) => t.pointer)).toEqual(c.defs.map((d) => `#/definitions/${d.key}`));
    for (const t of meta.types) {
      expect(resolvePointer(bundle, t.pointer), t.pointer).toBeTypeOf('object');
      expect(t.pointer.endsWith(`/${t.name}`)).toBe(true);
      expect(t.namespace).toBe(t.pointer.startsWith('#/definitions/v2/') ? 'v2' : 'root');
    }
    expect(meta.types.find((t) => t.name === 'ThreadItem')).toEqual({ name: 'ThreadItem', namespace: 'v2', pointer: '#/definitions/v2/ThreadItem' });
  });

  it('is the same whatever the order the definition modules are collected in', () => {
    const pkg = { name: meta.package, version: meta.version };
    const a = emitMeta(collect([...definitionModules].reverse()), methods, pkg);
    const b = emitMeta(collect([...definitionModules.slice(5), ...definitionModules.slice(0, 5)]), methods, pkg);
    expect(serializeMeta(a)).toBe(serializeMeta(b));
    expect(serializeMeta(a)).toBe(serializeMeta(meta));
  });
});
