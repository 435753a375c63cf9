/**
 * Smoke test of the harness against the real servers: per release, the `turn-stream` scenario
 * (initialize, thread/start, one turn) runs in the sandbox, and what the real server said and
 * what it asked the scripted model are checked.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from './support/harness.mjs';
import { Connection } from './support/rpc.mjs';
import { modelRequests, removeSandbox, sandboxSpawn } from './support/spawn.js';
import { E2E_RELEASES, release } from './support/releases.mjs';
import turnStream, { DELTAS, REASONING } from './scenarios/turn-stream.mjs';

type Message = Record<string, any>;

for (const version of E2E_RELEASES) {
  describe(`codex ${version} in the sandbox`, () => {
    it('streams a scripted turn back as deltas, a completed item and a completed turn', async () => {
      const profile = release(version);
      const run = await runScenario(turnStream, version);
      const server: Message[] = run.transcript.filter((e) => e.from === 'server').map((e) => e.message);
      const client: Message[] = run.transcript.filter((e) => e.from === 'client').map((e) => e.message);
      expect(client.map((m) => m.method)).toEqual(['initialize', 'initialized', 'thread/start', 'turn/start']);

      const reply = (id: number) => server.find((m) => m.id === id && m.method === undefined);
      expect(typeof reply(1)?.result?.userAgent).toBe('string');
      const threadId: string = reply(2)?.result?.thread?.id;
      expect(threadId).toMatch(/^[0-9a-f-]{36}$/);
      const turnId: string = reply(3)?.result?.turn?.id;
      expect(typeof turnId).toBe('string');

      // codex forwards each SSE delta as one notification, in order, unchanged.
      const ofTurn = (m: Message) => m.params?.threadId === threadId && m.params?.turnId === turnId;
      const deltas = server.filter((m) => m.method === 'item/agentMessage/delta' && ofTurn(m));
      expect(deltas.map((m) => m.params.delta)).toEqual(DELTAS);
      const reasoning = server.filter((m) => m.method === 'item/reasoning/summaryTextDelta' && ofTurn(m));
      expect(reasoning.map((m) => m.params.delta).join('')).toBe(REASONING);

      const completedItems = server.filter((m) => m.method === 'item/completed' && ofTurn(m)).map((m) => m.params.item);
      const message = completedItems.find((item) => item.type === 'agentMessage');
      expect(message?.text).toBe(DELTAS.join(''));
      expect(new Set(deltas.map((m) => m.params.itemId))).toEqual(new Set([message?.id]));
      expect(completedItems.find((item) => item.type === 'reasoning')?.summary).toEqual([REASONING]);

      const completed = server.filter((m) => m.method === 'turn/completed');
      expect(completed.map((m) => [m.params.threadId, m.params.turn.id, m.params.turn.status])).toEqual([[threadId, turnId, 'completed']]);
      expect(server.indexOf(completed[0])).toBeGreaterThan(server.indexOf(deltas[deltas.length - 1]));

      // One request reached the scripted model: the user's text, the model and tools the release profile names.
      expect(run.modelRequests.map((r) => [r.method, r.path, r.answered])).toEqual([['POST', '/v1/responses', 'resp_1']]);
      const body = run.modelRequests[0].body as Message;
      expect(body.model).toBe(profile.model);
      expect(body.stream).toBe(true);
      expect(JSON.stringify(body.input)).toContain('Say hello.');
      const tools = (body.tools as Message[]).map((t) => t.name);
      expect(tools).toEqual(expect.arrayContaining([profile.shellTool, profile.applyPatchTool]));
    });

    it('starts from the command line spawn.ts returns, with CODEX_HOME in the run folder', async () => {
      const spawned = sandboxSpawn({ version, script: { responses: [] } });
      try {
        expect(spawned.command).toBe('unshare');
        const conn = new Connection(spawn(spawned.command, spawned.args, { env: spawned.env, stdio: ['pipe', 'pipe', 'pipe'] }));
        const result = await conn.request('initialize', { clientInfo: { name: 'spawn-test', title: null, version: '0.0.0' } });
        expect(result.userAgent).toContain(version);
        await conn.close();
        expect(await conn.exit).toBe(0);
        expect(existsSync(`${spawned.home}/config.toml`)).toBe(true);
        expect(modelRequests(spawned)).toEqual([]);
      } finally {
        removeSandbox(spawned);
      }
      expect(existsSync(spawned.root)).toBe(false);
    });
  });
}
