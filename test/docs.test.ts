/**
 * docs/protocol.md, the protocol reference: generated from the bundle, the meta model and the
 * valid fixtures; every method under its namespace with params/result field tables and an
 * example when a fixture exists; the approval flows as Mermaid diagrams; deterministic.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../codegen/cli.js';
import { loadDocFixtures, type DocFixture } from '../codegen/docs-fixtures.js';
import type { JsonObject } from '../codegen/bundle.js';
import { DOCS_FILE, emitDocs } from '../codegen/emit-docs.js';
import { emitBundle } from '../codegen/emit-json.js';
import { currentGeneration, generateDocs, generateMeta, protocolCollection } from '../codegen/current.js';
import { methodsFor } from '../src/registry.js';
import { NEWEST } from '../src/releases.js';
import { repoRoot } from './support/schemas.js';

// The reference of release 0.64.0 (it has every kind of section: v2, v1, the legacy events).
const docsPath = `${repoRoot}docs/releases/0.64.0/${DOCS_FILE}`;
const doc = readFileSync(docsPath, 'utf8');
const fixtures = loadDocFixtures(repoRoot, '0.64.0');
const methods = methodsFor('0.64.0');
const g = currentGeneration('0.64.0');

/** The text of one method's section (up to the next anchor of a method or section). */
function section(method: string): string {
  const id = `method-${method.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const start = doc.indexOf(`<a id="${id}"></a>`);
  if (start < 0) throw new Error(`no section for ${method}`);
  const next = doc.slice(start + 1).search(/<a id="(method-|v1-|v2-|legacy-|types")/);
  return next < 0 ? doc.slice(start) : doc.slice(start, start + 1 + next);
}

/** The table row of a field inside a section. */
function row(text: string, field: string): string[] {
  const line = text.split('\n').find((l) => l.startsWith(`| \`${field}\` |`));
  if (line === undefined) throw new Error(`no row ${field}`);
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('docs/releases/0.64.0/protocol.md', () => {
  it('is what the generator emits (run `npm run export` when this fails)', () => {
    expect(doc).toBe(generateDocs(g).get(DOCS_FILE));
    expect(readFileSync(`${repoRoot}docs/${DOCS_FILE}`, 'utf8')).toBe(generateDocs(currentGeneration(NEWEST)).get(DOCS_FILE));
  });

  it('has a section for every method, under its namespace and group, in registry order', () => {
    const v2 = doc.indexOf('\n## v2 API');
    const v1 = doc.indexOf('\n## v1 API');
    const legacy = doc.indexOf('\n## Legacy events');
    const types = doc.indexOf('\n## Types');
    expect([v2 > 0, v1 > v2, legacy > v1, types > legacy]).toEqual([true, true, true, true]);
    let last = -1;
    for (const m of methods.filter((x) => x.api === 'v2')) {
      const at = doc.indexOf(`#### \`${m.method}\``);
      expect(at > v2 && at < v1, m.method).toBe(true);
      expect(at > last, `${m.method} in order`).toBe(true);
      last = at;
    }
    for (const m of methods.filter((x) => x.api === 'v1')) {
      const at = doc.indexOf(`#### \`${m.method}\``);
      if (m.eventType === undefined) expect(at > v1 && at < legacy, m.method).toBe(true);
      else expect(at > legacy && at < types, m.method).toBe(true);
    }
    expect(section('authStatusChange')).toMatch(/> \*\*Deprecated:\*\* use account\/updated\./);
  });

  it('lists params and result fields with type, required, nullable and description', () => {
    const turnStart = section('turn/start');
    expect(turnStart).toMatch(/\*\*Params:\*\* \[`TurnStartParams`\]\(#type-v2-turnstartparams\)/);
    expect(row(turnStart, 'threadId')).toEqual(['`threadId`', '`string`', 'yes', 'no', expect.any(String)]);
    expect(row(turnStart, 'input').slice(2, 4)).toEqual(['yes', 'no']);
    expect(row(turnStart, 'cwd').slice(2, 4)).toEqual(['no', 'yes']);
    expect(row(turnStart, 'turn')[1]).toBe('[`Turn`](#type-v2-turn)');
    const resume = section('thread/resume');
    expect(resume).toMatch(/`params\.history`: \[UNSTABLE\]/);
    // A tagged union is shown variant by variant.
    expect(section('account/login/start')).toMatch(/- `type: "chatgpt"`[\s\S]*\| `loginId` \| `string` \| yes \| no \|/);
  });

  it('says when a method takes no params, and still shows its result', () => {
    const logout = section('account/logout');
    expect(logout).toMatch(/\*\*Params:\*\* none; leave `params` out\./);
    expect(logout).toMatch(/\*\*Result:\*\* \[`LogoutAccountResponse`\]/);
    expect(section('initialized')).toMatch(/\*\*Params:\*\* none/);
  });

  it('shows the message fields of each codex/event notification', () => {
    const taskStarted = section('codex/event/task_started');
    expect(taskStarted).toMatch(/\| `msg\.type` \| `"task_started"` \| yes \| no \|/);
    expect(doc).toMatch(/## Legacy events: `codex\/event\/\*` \(50\)/);
  });

  it('takes examples from the first valid fixture of a method, and none when there is none', () => {
    const withExample = methods.find((m) => fixtures.some((f) => f.method === m.method && f.kind === m.kind))!;
    const first = fixtures
      .filter((f) => f.method === withExample.method && f.kind === withExample.kind)
      .sort((a, b) => (a.file < b.file ? -1 : 1))[0]!;
    expect(section(withExample.method)).toContain(`(\`${first.file}\`)`);
    expect(section(withExample.method)).toContain(JSON.stringify(first.message, null, 2));
    const without = methods.find((m) => !fixtures.some((f) => f.method === m.method));
    if (without !== undefined) expect(section(without.method)).not.toMatch(/\*\*Example/);
  });

  it('uses valid fixtures only, picked by path whatever the order they come in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-fixtures-'));
    try {
      const write = (file: string, body: object) => {
        mkdirSync(join(dir, 'test/fixtures/messages/r', file, '..'), { recursive: true });
        writeFileSync(join(dir, 'test/fixtures/messages/r', file), JSON.stringify(body));
      };
      const base = { source: 'test', direction: 'clientToServer', kind: 'request', method: 'turn/interrupt' };
      write('b/second.json', {
        ...base,
        description: 'second',
        valid: true,
        message: { id: 2, method: 'turn/interrupt', params: { threadId: 'b', turnId: '1' } },
      });
      write('a/first-invalid.json', {
        ...base,
        description: 'invalid',
        valid: false,
        message: { id: 1, method: 'turn/interrupt', params: {} },
      });
      write('a/first.json', {
        ...base,
        description: 'first valid',
        valid: true,
        message: { id: 3, method: 'turn/interrupt', params: { threadId: 'a', turnId: '1' } },
      });
      const loaded = loadDocFixtures(dir, 'r');
      expect(loaded.map((f) => f.file)).toEqual(['test/fixtures/messages/r/a/first.json', 'test/fixtures/messages/r/b/second.json']);
      const bundle = emitBundle(protocolCollection(g)) as JsonObject;
      const text = emitDocs(bundle, generateMeta(g), loaded).get(DOCS_FILE)!;
      const reversed = emitDocs(bundle, generateMeta(g), [...loaded].reverse() as DocFixture[]).get(DOCS_FILE)!;
      expect(reversed).toBe(text);
      expect(text).toMatch(/\*\*Example request\*\* \(`test\/fixtures\/messages\/r\/a\/first\.json`\): first valid/);
      expect(text).not.toMatch(/first-invalid|second\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws the approval flows as Mermaid sequence diagrams, with the declined path', () => {
    const flows = doc.slice(doc.indexOf('## Approval flows'), doc.indexOf('\n## v2 API'));
    const diagrams = [...flows.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(diagrams).toHaveLength(2);
    const [command, file] = diagrams as [string, string];
    for (const [diagram, approval, kind] of [
      [command, 'item/commandExecution/requestApproval', 'commandExecution'],
      [file, 'item/fileChange/requestApproval', 'fileChange'],
    ] as const) {
      expect(diagram.startsWith('sequenceDiagram\n')).toBe(true);
      const order = [
        `S-)C: item/started {item, threadId, turnId}, item.type "${kind}"`,
        `S->>C: ${approval}`,
        'alt approved',
        'C-->>S: result for id N',
        'decision "accept"',
        'S-)C: item/completed',
        'else declined',
        'decision "decline"',
        'status "declined"',
        'end',
      ];
      let at = -1;
      for (const step of order) {
        const next = diagram.indexOf(step, at + 1);
        expect(next, `${kind}: ${step}`).toBeGreaterThan(at);
        at = next;
      }
    }
    expect(command).toMatch(/item\/commandExecution\/requestApproval \(request id N\) \{threadId, turnId, itemId, reason\?, risk\?\}/);
    expect(command).toMatch(/item\/completed again, status "failed", exitCode -1/);
    expect(file).toMatch(/\{threadId, turnId, itemId, reason\?, grantRoot\?\}/);
  });

  it('links only to anchors that exist, and gives each anchor once', () => {
    const ids = [...doc.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = new Set([...doc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!));
    const headings = new Set(['approval-flows', 'types']);
    expect([...targets].filter((t) => !ids.includes(t) && !headings.has(t))).toEqual([]);
  });

  it('is written by `export` next to the output folder, and checked by --check without touching other docs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-docs-'));
    try {
      mkdirSync(join(dir, 'docs'));
      writeFileSync(join(dir, 'docs', 'other.md'), 'kept\n');
      const lines: string[] = [];
      const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
      expect(await run('export', ['--out', join(dir, 'generated')], currentGeneration, io)).toBe(0);
      expect(readFileSync(join(dir, 'docs', DOCS_FILE), 'utf8')).toBe(readFileSync(`${repoRoot}docs/${DOCS_FILE}`, 'utf8'));
      expect(readFileSync(join(dir, 'docs', 'releases', '0.64.0', DOCS_FILE), 'utf8')).toBe(doc);
      expect(readFileSync(join(dir, 'docs', 'other.md'), 'utf8')).toBe('kept\n');
      expect(await run('export', ['--out', join(dir, 'generated'), '--check'], currentGeneration, io)).toBe(0);
      writeFileSync(join(dir, 'docs', DOCS_FILE), 'stale\n');
      lines.length = 0;
      expect(await run('export', ['--out', join(dir, 'generated'), '--check'], currentGeneration, io)).toBe(1);
      expect(lines.join('\n')).toMatch(/docs 0\.171\.0: .* is out of date[\s\S]*changed\s+protocol\.md/);
      expect(lines.join('\n')).not.toMatch(/other\.md/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
