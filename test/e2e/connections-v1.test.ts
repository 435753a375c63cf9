/**
 * The typed client connection against the real codex 0.64.0 on its v1 API: a conversation whose
 * `codex/event/*` stream comes typed by event (the message deltas, task_complete), and the v1
 * approvals (execCommandApproval denied, then approved; applyPatchApproval approved). Every
 * message of each run is checked strictly against 0.64.0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientConnection } from '../../src/client/index.js';
import { CLIENT_INFO, first, sessions } from './support/connections.js';
import { release } from './support/releases.mjs';

const { start, finish } = sessions<'0.64.0'>();
const profile = release('0.64.0');

async function conversation(
  conn: ClientConnection<'0.64.0'>,
  cwd: string,
  approvalPolicy: 'never' | 'untrusted',
  sandbox: 'read-only' | 'workspace-write',
) {
  const { conversationId } = await conn.request('newConversation', { model: profile.model, cwd, approvalPolicy, sandbox });
  await conn.request('addConversationListener', { conversationId, experimentalRawEvents: false });
  return conversationId;
}

/** `sendUserTurn` with one text item; resolves with the `codex/event/task_complete` event. */
async function v1Turn(
  conn: ClientConnection<'0.64.0'>,
  conversationId: string,
  cwd: string,
  text: string,
  approvalPolicy: 'never' | 'untrusted',
) {
  const complete = first<{ conversationId: string; msg: { last_agent_message?: string | null } }>(
    (h) => conn.onNotification('codex/event/task_complete', h),
    (p) => p.conversationId === conversationId,
  );
  const sandboxPolicy =
    approvalPolicy === 'never'
      ? { type: 'read-only' as const }
      : {
          type: 'workspace-write' as const,
          writable_roots: [],
          network_access: false,
          exclude_tmpdir_env_var: false,
          exclude_slash_tmp: false,
        };
  await conn.request('sendUserTurn', {
    conversationId,
    items: [{ type: 'text', data: { text } }],
    cwd,
    approvalPolicy,
    sandboxPolicy,
    model: profile.model,
    effort: null,
    summary: 'auto',
  });
  return complete;
}

describe('ClientConnection against codex 0.64.0, v1 API', () => {
  it('a conversation streams its answer as typed codex/event deltas, to task_complete', async () => {
    const deltas = ['Hello', ' over the', ' v1 API.'];
    const s = start('0.64.0', 'v1-conversation', {
      responses: [
        {
          steps: [
            { type: 'reasoning', summary: 'Planning.' },
            { type: 'message', text: deltas.join(''), deltas },
          ],
        },
      ],
    });
    const streamed: string[] = [];
    // Typed by event: params.msg is the agent_message_delta event.
    s.conn.onNotification('codex/event/agent_message_delta', (params) => void streamed.push(params.msg.delta));
    await s.conn.initialize({ clientInfo: CLIENT_INFO });
    const id = await conversation(s.conn, s.spawned.work, 'never', 'read-only');
    const complete = await v1Turn(s.conn, id, s.spawned.work, 'Say hello.', 'never');
    expect(complete.msg.last_agent_message).toBe(deltas.join(''));
    expect(streamed).toEqual(deltas);
    await finish('0.64.0', s);
  });

  it('execCommandApproval: denied for one command (it does not run), approved for another (it runs)', async () => {
    const s = start('0.64.0', 'v1-exec-approval', {
      responses: [
        { steps: [profile.shell('touch denied.txt', 'call_denied')] },
        { steps: [profile.shell("printf 'approved\\n' > approved.txt", 'call_approved')] },
        { steps: [{ type: 'message', text: 'One command was denied, the other ran.' }] },
      ],
    });
    const asked: string[] = [];
    s.conn.onRequest('execCommandApproval', (params) => {
      asked.push(params.callId);
      return { decision: params.callId === 'call_denied' ? 'denied' : 'approved' };
    });
    await s.conn.initialize({ clientInfo: CLIENT_INFO });
    const id = await conversation(s.conn, s.spawned.work, 'untrusted', 'workspace-write');
    await v1Turn(s.conn, id, s.spawned.work, 'Create two files.', 'untrusted');
    expect(asked).toEqual(['call_denied', 'call_approved']);
    expect(existsSync(join(s.spawned.work, 'denied.txt'))).toBe(false);
    expect(readFileSync(join(s.spawned.work, 'approved.txt'), 'utf8')).toBe('approved\n');
    await finish('0.64.0', s);
  });

  it('applyPatchApproval: an approved patch is applied', async () => {
    const add = ['*** Begin Patch', '*** Add File: notes.txt', '+approved through v1', '*** End Patch'].join('\n');
    const s = start('0.64.0', 'v1-patch-approval', {
      responses: [{ steps: [profile.applyPatch(add, 'call_patch')] }, { steps: [{ type: 'message', text: 'Added notes.txt.' }] }],
    });
    const asked: string[] = [];
    s.conn.onRequest('applyPatchApproval', (params) => {
      asked.push(params.callId);
      return { decision: 'approved' };
    });
    await s.conn.initialize({ clientInfo: CLIENT_INFO });
    const id = await conversation(s.conn, s.spawned.work, 'untrusted', 'workspace-write');
    await v1Turn(s.conn, id, s.spawned.work, 'Write notes.txt.', 'untrusted');
    expect(asked).toEqual(['call_patch']);
    expect(readFileSync(join(s.spawned.work, 'notes.txt'), 'utf8')).toBe('approved through v1\n');
    await finish('0.64.0', s);
  });
});
