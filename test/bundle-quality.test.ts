/**
 * Quality bars over the generated JSON Schema: discriminated unions, resolvable references,
 * plain names, and a clean strict-mode compile in Ajv.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../codegen/files.js';
import { DISPATCH_FILE } from '../codegen/emit-dispatch.js';
import { MANIFEST_FILE } from '../codegen/write.js';
import { deref, eachSchema, isObjectShape, resolvePointer, type Schema } from './support/walk.js';
import { generatedJsonDir, loadBundle, repoRoot, strictAjv } from './support/schemas.js';
import { RELEASES } from '../src/releases.js';
import { protocolFor } from '../src/protocol.js';
import { collectDefs } from '../codegen/collect.js';
import { standaloneFiles } from '../codegen/emit-json.js';

/** Problems with one union of object shapes, or [] when it is properly discriminated. */
export function unionProblems(doc: unknown, union: Schema): string[] {
  const members = (union.oneOf ?? union.anyOf) as Schema[];
  const resolved = members.map((m) => deref(doc, m));
  const objects = resolved.filter(isObjectShape);
  if (objects.length < 2) return [];
  const disc = union.discriminator as { propertyName?: string } | undefined;
  if (disc?.propertyName !== undefined) {
    const tag = disc.propertyName;
    const problems: string[] = [];
    if (union.oneOf === undefined) problems.push('discriminator needs oneOf');
    const seen = new Set<unknown>();
    resolved.forEach((b, i) => {
      const prop = (b.properties as Schema | undefined)?.[tag] as Schema | undefined;
      if (!((b.required as string[] | undefined) ?? []).includes(tag)) problems.push(`branch ${i} does not require ${tag}`);
      if (prop === undefined || typeof prop.const !== 'string') problems.push(`branch ${i}: ${tag} is not a string constant`);
      else if (seen.has(prop.const)) problems.push(`branch ${i}: duplicate tag ${String(prop.const)}`);
      else seen.add(prop.const);
    });
    return problems;
  }
  // No tag: each object branch must be closed and require a key no other branch has.
  const problems: string[] = [];
  objects.forEach((b, i) => {
    if (b.additionalProperties !== false) problems.push(`untagged branch ${i} admits other keys`);
    const own = ((b.required as string[] | undefined) ?? []).filter((k) =>
      objects.every((o, j) => j === i || !Object.keys((o.properties as Schema | undefined) ?? {}).includes(k)),
    );
    if (own.length === 0) problems.push(`untagged branch ${i} has no key of its own`);
  });
  return problems;
}

for (const release of RELEASES) {
  const jsonDir = generatedJsonDir(release);
  const bundle = loadBundle(release);
  const definitions = bundle.definitions as Schema;
  const v2 = definitions.v2 as Schema;
  // protocol.json is the meta model and the manifest lists the files: neither is a schema.
  const standalone = listFiles(jsonDir).filter(
    (f) => f !== 'codex_app_server_protocol.schemas.json' && f !== DISPATCH_FILE && f !== 'protocol.json' && f !== MANIFEST_FILE,
  );

  describe(`generated JSON Schema bundle of ${release}`, () => {
    it('is a draft-07 bundle titled CodexAppServerProtocol with root and v2 definitions', () => {
      expect(bundle.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(bundle.title).toBe('CodexAppServerProtocol');
      const defs = protocolFor(release).defs;
      expect(Object.keys(definitions).filter((n) => n !== 'v2').length).toBe(defs.filter((d) => d.ns === 'root').length);
      expect(Object.keys(v2).length).toBe(defs.filter((d) => d.ns === 'v2').length);
    });

    it('gives every union of object shapes a discriminator (JSON-RPC message union aside)', () => {
      const offenders: string[] = [];
      let unions = 0;
      eachSchema(bundle, (s, ptr) => {
        if (!Array.isArray(s.oneOf) && !Array.isArray(s.anyOf)) return;
        if (ptr === '#/definitions/JSONRPCMessage') return;
        const problems = unionProblems(bundle, s);
        if (((s.oneOf ?? s.anyOf) as unknown[]).length > 1) unions++;
        for (const p of problems) offenders.push(`${ptr}: ${p}`);
      });
      expect(unions).toBeGreaterThan(30);
      expect(offenders).toEqual([]);
    });

    it('flags an undiscriminated union (the check above can fail)', () => {
      const bad = {
        oneOf: [
          { type: 'object', properties: { a: { type: 'string' } } },
          { type: 'object', properties: { a: { type: 'number' } } },
        ],
      };
      expect(unionProblems({}, bad).length).toBeGreaterThan(0);
      const tagless = {
        oneOf: [
          { type: 'object', required: ['type'], properties: { type: { type: 'string' } } },
          { type: 'object', required: ['type'], properties: { type: { type: 'string' } } },
        ],
        discriminator: { propertyName: 'type' },
      };
      expect(unionProblems({}, tagless).length).toBeGreaterThan(0);
    });

    it('resolves every $ref, in the bundle and inside each standalone file', () => {
      const unresolved: string[] = [];
      const check = (doc: unknown, file: string) =>
        eachSchema(doc, (s, ptr) => {
          if (typeof s.$ref === 'string' && resolvePointer(doc, s.$ref) === undefined) unresolved.push(`${file} ${ptr}: ${s.$ref}`);
        });
      check(bundle, 'bundle');
      for (const f of standalone) check(JSON.parse(readFileSync(join(jsonDir, f), 'utf8')), f);
      // Every params and result type of the release, and the envelope and message unions, has its file.
      expect(standalone.length).toBe(
        standaloneFiles(collectDefs(protocolFor(release).defs), protocolFor(release).methods, protocolFor(release).topLevel).size,
      );
      expect(unresolved).toEqual([]);
    });

    it('names every definition with a plain identifier, without numbered duplicates', () => {
      const names = [...Object.keys(definitions).filter((n) => n !== 'v2'), ...Object.keys(v2)];
      expect(names.filter((n) => !/^[A-Z][A-Za-z]*[A-Za-z0-9]*$/.test(n))).toEqual([]);
      const all = new Set(names);
      expect(names.filter((n) => /\d+$/.test(n) && all.has(n.replace(/\d+$/, '')))).toEqual([]);
      expect(standalone.filter((f) => !/^(v1\/|v2\/)?[A-Z][A-Za-z0-9]*\.json$/.test(f))).toEqual([]);
    });

    it('shares a name between root and v2 only where the wire shapes differ', () => {
      const shared = Object.keys(v2).filter((n) => n in definitions);
      for (const name of shared) expect(JSON.stringify(definitions[name]), name).not.toBe(JSON.stringify(v2[name]));
      // Every shared name is listed in docs/compat.md (duplicated names, Q11) with its reason.
      const listed = readFileSync(join(repoRoot, 'docs', 'compat.md'), 'utf8');
      for (const name of shared) expect(listed, `${name} is explained in docs/compat.md`).toContain(name);
    });

    it('compiles every definition and every standalone file in strict Ajv with zero warnings, standard formats only', () => {
      const warnings: string[] = [];
      const ajv = strictAjv(warnings);
      ajv.addSchema(bundle, 'bundle');
      const keys = [...Object.keys(definitions).filter((n) => n !== 'v2'), ...Object.keys(v2).map((n) => `v2/${n}`)];
      for (const key of keys) expect(ajv.getSchema(`bundle#/definitions/${key}`), key).toBeTypeOf('function');
      for (const f of standalone) {
        const local = strictAjv(warnings);
        expect(() => local.compile(JSON.parse(readFileSync(join(jsonDir, f), 'utf8'))), f).not.toThrow();
      }
      const formats = new Set<string>();
      eachSchema(bundle, (s) => {
        if (typeof s.format === 'string') formats.add(s.format);
      });
      expect([...formats]).toEqual([]);
      expect(warnings).toEqual([]);
    });

    it('has a dispatch bundle without discriminator keywords that strict Ajv compiles without the option', () => {
      const dispatch = JSON.parse(readFileSync(join(jsonDir, DISPATCH_FILE), 'utf8')) as Schema;
      const warnings: string[] = [];
      const ajv = strictAjv(warnings, false);
      ajv.addSchema(dispatch, 'dispatch');
      for (const key of ['ClientRequest', 'ServerRequest', 'ServerNotification', 'ClientNotification', 'v2/ThreadItem'])
        expect(ajv.getSchema(`dispatch#/definitions/${key}`), key).toBeTypeOf('function');
      let discriminators = 0;
      eachSchema(dispatch, (s) => {
        if (s.discriminator !== undefined) discriminators++;
      });
      expect(discriminators).toBe(0);
      expect(warnings).toEqual([]);
    });
  });
}
