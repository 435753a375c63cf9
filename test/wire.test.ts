/**
 * Real traffic: every message captured from the real `codex app-server` of a release
 * (test/fixtures/wire/<version>/*.jsonl, written by scripts/capture.mjs) is accepted by that
 * release's runtime as its receiver would read it, and every response's result validates against
 * the method of the request it answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASES } from '../src/releases.js';
import { runtimeFor } from '../src/runtime/index.js';
import { repoRoot } from './support/schemas.js';

interface Line {
  readonly from: 'client' | 'server';
  readonly message: { id?: string | number; method?: string; result?: unknown; error?: unknown };
}

for (const release of RELEASES) {
  const dir = join(repoRoot, 'test', 'fixtures', 'wire', release);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  describe(`captured traffic of ${release}`, () => {
    it('has captures', () => expect(files.length).toBeGreaterThan(0));
    for (const file of files) {
      it(`${file}: every message is accepted, every result validates`, () => {
        const rt = runtimeFor(release);
        const lines = readFileSync(join(dir, file), 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as Line);
        // Requests by sender and id, to know which method a response answers.
        const pending = { client: new Map<string | number, string>(), server: new Map<string | number, string>() };
        const problems: string[] = [];
        lines.forEach((line, i) => {
          const m = line.message;
          const r = rt.parse(JSON.stringify(m), line.from === 'client' ? 'clientToServer' : 'serverToClient');
          if (!r.ok) {
            problems.push(`line ${i + 1} (${m.method ?? `response ${String(m.id)}`}): ${JSON.stringify(r.error.error).slice(0, 400)}`);
            return;
          }
          if (m.method !== undefined && m.id !== undefined) pending[line.from].set(m.id, m.method);
          if (m.method === undefined && m.result !== undefined) {
            const method = pending[line.from === 'client' ? 'server' : 'client'].get(m.id!);
            if (method === undefined) problems.push(`line ${i + 1}: a response to no request`);
            else {
              const v = rt.validateResult(method, m.result);
              if (!v.ok) problems.push(`line ${i + 1} (result of ${method}): ${JSON.stringify(v.issues).slice(0, 400)}`);
            }
          }
        });
        expect(problems).toEqual([]);
      });
    }
  });
}
