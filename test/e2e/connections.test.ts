/**
 * The typed client connection against the real `codex app-server` of each release, in the
 * loopback-only sandbox with a scripted model: initialize, thread start, a turn streaming agent
 * message deltas, command approvals declined and accepted, file-change approvals, turn
 * interrupt, thread resume with its history. Each run checks what the server did (files, items,
 * statuses), that the connection reported nothing, and every message of the run strictly
 * against the release's schema.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientConnection } from '../../src/client/index.js';
import { CLIENT_INFO, first, sessions } from './support/connections.js';
import { makeRoot } from './support/harness.mjs';
import { E2E_RELEASES, release } from './support/releases.mjs';

type Version = '0.64.0' | '0.171.0';
const VERSIONS = E2E_RELEASES as Version[];

const { start, finish } = sessions<Version>();

async function threadIn(conn: ClientConnection<Version>, cwd: string, params: Record<string, unknown> = {}) {
  const started = first<{ thread: { id: string } }>((h) => conn.onNotification('thread/started', h));
  const { thread } = await conn.request('thread/start', { cwd, ...params });
  expect((await started).thread.id).toBe(thread.id);
  return thread;
}

/** Starts a turn with one text input; resolves with its turn/completed params. */
async function turn(conn: ClientConnection<Version>, threadId: string, text: string) {
  const completed = first<{ turn: { id: string; status: string } }>((h) => conn.onNotification('turn/completed', h));
  const { turn: started } = await conn.request('turn/start', { threadId, input: [{ type: 'text', text }] });
  const done = await completed;
  expect(done.turn.id).toBe(started.id);
  return done;
}

for (const version of VERSIONS) {
  describe(`ClientConnection against codex ${version}`, () => {
    it('initialize, then model/list', async () => {
      const s = start(version, 'initialize', { responses: [] });
      const init = await s.conn.initialize({ clientInfo: CLIENT_INFO });
      expect(init.userAgent).toContain(version);
      const models = await s.conn.request('model/list', {});
      expect(Array.isArray(models.data)).toBe(true);
      await finish(version, s);
    });

    it('thread/start with explicit settings, announced by thread/started', async () => {
      const s = start(version, 'thread-start', { responses: [] });
      await s.conn.initialize({ clientInfo: CLIENT_INFO });
      const p = s.profile;
      const thread = await threadIn(s.conn, s.spawned.work, {
        model: p.model,
        approvalPolicy: p.approval.onRequest,
        sandbox: p.sandbox.readOnly,
      });
      expect(thread.id).toMatch(/^[0-9a-f-]{36}$/);
      await finish(version, s);
    });

    it('a turn streams agent message deltas, in order, then completes', async () => {
      const deltas = ['Hello', ' from the', ' scripted', ' model.'];
      const s = start(version, 'turn-stream', {
        responses: [
          {
            steps: [
              { type: 'reasoning', summary: 'Thinking.' },
              { type: 'message', text: deltas.join(''), deltas },
            ],
          },
        ],
      });
      await s.conn.initialize({ clientInfo: CLIENT_INFO });
      const thread = await threadIn(s.conn, s.spawned.work);
      // Read through the iterator, as a `for await` client does.
      const streamed = (async () => {
        const out: string[] = [];
        for await (const n of s.conn.notifications()) {
          if (!n.known) continue;
          if (n.method === 'item/agentMessage/delta') out.push(n.params.delta);
          if (n.method === 'item/completed' && n.params.item.type === 'agentMessage') expect(n.params.item.text).toBe(deltas.join(''));
          if (n.method === 'turn/completed') return out;
        }
        return out;
      })();
      const done = await turn(s.conn, thread.id, 'Say hello.');
      expect(done.turn.status).toBe('completed');
      expect(await streamed).toEqual(deltas);
      await finish(version, s);
    });

    it('command approvals: one declined (the command does not run), one accepted (it runs)', async () => {
      const p = release(version);
      const s = start(version, 'command-approval', {
        responses: [
          { steps: [p.shell('touch declined.txt', 'call_declined')] },
          { steps: [p.shell("printf 'accepted\\n' > accepted.txt", 'call_accepted')] },
          { steps: [{ type: 'message', text: 'One command was declined, the other ran.' }] },
        ],
      });
      const asked: string[] = [];
      s.conn.onRequest('item/commandExecution/requestApproval', (params) => {
        asked.push(params.itemId);
        return { decision: params.itemId === 'call_declined' ? 'decline' : 'accept' };
      });
      const items: Record<string, string[]> = {};
      s.conn.onNotification('item/completed', ({ item }) => {
        if (item.type === 'commandExecution') (items[item.id] ??= []).push(item.status);
      });
      await s.conn.initialize({ clientInfo: CLIENT_INFO });
      const thread = await threadIn(s.conn, s.spawned.work, { approvalPolicy: p.approval.untrusted, sandbox: p.sandbox.workspaceWrite });
      expect((await turn(s.conn, thread.id, 'Create two files.')).turn.status).toBe('completed');
      expect(asked).toEqual(['call_declined', 'call_accepted']);
      // 0.64.0 completes the declined item twice: "declined", then "failed" ("exec command rejected by user").
      expect(items.call_declined?.[0]).toBe('declined');
      expect(items.call_accepted).toEqual(['completed']);
      expect(existsSync(join(s.spawned.work, 'declined.txt'))).toBe(false);
      expect(readFileSync(join(s.spawned.work, 'accepted.txt'), 'utf8')).toBe('accepted\n');
      await finish(version, s);
    });

    it('file-change approvals: an added file accepted, an edit of it declined', async () => {
      const add = ['*** Begin Patch', '*** Add File: notes.txt', '+first line', '+second line', '*** End Patch'].join('\n');
      const edit = [
        '*** Begin Patch',
        '*** Update File: notes.txt',
        '@@',
        ' first line',
        '-second line',
        '+second line, edited',
        '*** End Patch',
      ].join('\n');
      const p = release(version);
      const s = start(version, 'file-change-approval', {
        responses: [
          { steps: [p.applyPatch(add, 'call_add')] },
          { steps: [p.applyPatch(edit, 'call_edit')] },
          { steps: [{ type: 'message', text: 'Added notes.txt; the edit was declined.' }] },
        ],
      });
      const asked: string[] = [];
      s.conn.onRequest('item/fileChange/requestApproval', (params) => {
        asked.push(params.itemId);
        return { decision: params.itemId === 'call_add' ? 'accept' : 'decline' };
      });
      await s.conn.initialize({ clientInfo: CLIENT_INFO });
      const thread = await threadIn(s.conn, s.spawned.work, { approvalPolicy: p.approval.untrusted, sandbox: p.sandbox.workspaceWrite });
      expect((await turn(s.conn, thread.id, 'Write notes.txt, then edit it.')).turn.status).toBe('completed');
      expect(asked).toEqual(['call_add', 'call_edit']);
      expect(readFileSync(join(s.spawned.work, 'notes.txt'), 'utf8')).toBe('first line\nsecond line\n');
      await finish(version, s);
    });

    it('turn/interrupt ends a turn the model keeps open; it completes as interrupted', async () => {
      const deltas = ['Working', ' on it', ' slowly'];
      const s = start(version, 'turn-interrupt', {
        responses: [{ steps: [{ type: 'message', text: deltas.join(''), deltas, open: true }, { type: 'hang' }] }],
      });
      await s.conn.initialize({ clientInfo: CLIENT_INFO });
      const thread = await threadIn(s.conn, s.spawned.work);
      const last = first<{ delta: string }>(
        (h) => s.conn.onNotification('item/agentMessage/delta', h),
        (d) => d.delta === deltas[deltas.length - 1],
      );
      const completed = first<{ turn: { id: string; status: string } }>((h) => s.conn.onNotification('turn/completed', h));
      const { turn: started } = await s.conn.request('turn/start', {
        threadId: thread.id,
        input: [{ type: 'text', text: 'Take your time.' }],
      });
      await last;
      await s.conn.request('turn/interrupt', { threadId: thread.id, turnId: started.id });
      expect(await completed).toMatchObject({ turn: { id: started.id, status: 'interrupted' } });
      await finish(version, s);
    });

    it('thread/resume in a fresh server gives the thread with its history, and a turn runs on it', async () => {
      const root = makeRoot();
      const first_ = start(version, undefined, { responses: [{ steps: [{ type: 'message', text: 'The word is teapot.' }] }] }, root);
      await first_.conn.initialize({ clientInfo: CLIENT_INFO });
      const thread = await threadIn(first_.conn, first_.spawned.work);
      await turn(first_.conn, thread.id, 'Pick a word.');
      await finish(version, first_);

      const s = start(version, 'thread-resume', { responses: [{ steps: [{ type: 'message', text: 'It was teapot.' }] }] }, root);
      await s.conn.initialize({ clientInfo: CLIENT_INFO });
      const resumed = await s.conn.request('thread/resume', { threadId: thread.id });
      expect(resumed.thread.id).toBe(thread.id);
      const history = JSON.stringify(resumed.thread.turns);
      expect(history).toContain('Pick a word.');
      expect(history).toContain('The word is teapot.');
      expect((await turn(s.conn, thread.id, 'Which word was it?')).turn.status).toBe('completed');
      // The model got the earlier exchange as context.
      expect(JSON.stringify(s.modelRequests().at(-1)?.body)).toContain('The word is teapot.');
      await finish(version, s);
      rmSync(root, { recursive: true, force: true });
    });
  });
}
