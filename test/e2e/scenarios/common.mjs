// Steps the scenarios share: the handshake, starting a thread, running a v2 turn to its end.

/** @typedef {import('../support/rpc.mjs').Connection} Connection */
/** @typedef {import('../support/releases.mjs').Release} Release */

export const CLIENT_INFO = { name: 'codex-e2e', title: 'codex-app-server-protocol e2e harness', version: '0.0.0' };

/** `initialize`, then the `initialized` notification. Resolves with the initialize result. @param {Connection} conn */
export async function handshake(conn) {
  const result = await conn.request('initialize', { clientInfo: CLIENT_INFO });
  conn.notify('initialized');
  return result;
}

/**
 * `thread/start` in the scenario's working directory; resolves with the result.
 * @param {Connection} conn @param {string} work @param {Record<string, unknown>} [params]
 */
export async function startThread(conn, work, params = {}) {
  const result = await conn.request('thread/start', { cwd: work, ...params });
  await conn.notification('thread/started', (p) => p.thread.id === result.thread.id);
  return result;
}

/**
 * Starts a turn with one text input and resolves with the `turn/completed` params. Server
 * requests that arrive meanwhile are answered by `answer(request)` (its return value is the
 * result); without `answer`, a server request fails the scenario.
 * @param {Connection} conn
 * @param {{ threadId: string, text: string, params?: Record<string, unknown>, answer?: (request: Record<string, any>) => unknown }} turn
 */
export async function runTurn(conn, { threadId, text, params = {}, answer }) {
  const since = conn.mark();
  const started = await conn.request('turn/start', { threadId, input: [{ type: 'text', text }], ...params });
  const turnId = started.turn.id;
  // Answer server requests in arrival order until the turn completes.
  let scanned = since;
  for (;;) {
    const next = await conn.waitFor(
      (m) => (m.method === 'turn/completed' && m.params.turn.id === turnId) || (m.id !== undefined && m.method !== undefined),
      { since: scanned, what: `turn/completed of ${turnId}` },
    );
    scanned = conn.received.indexOf(next) + 1;
    if (next.method === 'turn/completed') return next.params;
    if (answer === undefined) throw new Error(`unexpected server request ${next.method}`);
    conn.respond(next.id, answer(next));
  }
}

/**
 * v1: `newConversation` and `addConversationListener`; resolves with the conversation.
 * @param {Connection} conn @param {Release} release @param {string} work @param {Record<string, unknown>} [params]
 */
export async function startConversation(conn, release, work, params = {}) {
  const conversation = await conn.request('newConversation', { model: release.model, cwd: work, ...params });
  await conn.request('addConversationListener', { conversationId: conversation.conversationId, experimentalRawEvents: false });
  return conversation;
}

/**
 * v1: `sendUserTurn` with one text item; resolves with the `codex/event/task_complete` params.
 * Server requests meanwhile are answered by `answer(request)`, as in runTurn.
 * @param {Connection} conn
 * @param {{ conversationId: string, text: string, params: Record<string, unknown>, answer?: (request: Record<string, any>) => unknown }} turn
 */
export async function runV1Turn(conn, { conversationId, text, params, answer }) {
  const since = conn.mark();
  await conn.request('sendUserTurn', { conversationId, items: [{ type: 'text', data: { text } }], ...params });
  let scanned = since;
  for (;;) {
    const next = await conn.waitFor(
      (m) =>
        (m.method === 'codex/event/task_complete' && m.params.conversationId === conversationId) ||
        (m.id !== undefined && m.method !== undefined),
      { since: scanned, what: `codex/event/task_complete of ${conversationId}` },
    );
    scanned = conn.received.indexOf(next) + 1;
    if (next.method === 'codex/event/task_complete') return next.params;
    if (answer === undefined) throw new Error(`unexpected server request ${next.method}`);
    conn.respond(next.id, answer(next));
  }
}

/**
 * v1 `sendUserTurn` settings: the release's model, no reasoning effort, automatic summaries.
 * @param {Release} release @param {string} work @param {string} approvalPolicy @param {Record<string, unknown>} sandboxPolicy
 */
export function v1TurnSettings(release, work, approvalPolicy, sandboxPolicy) {
  return { cwd: work, approvalPolicy, sandboxPolicy, model: release.model, effort: null, summary: 'auto' };
}

/** The v1 workspace-write sandbox policy with its defaults spelled out. */
export const V1_WORKSPACE_WRITE = {
  type: 'workspace-write',
  writable_roots: [],
  network_access: false,
  exclude_tmpdir_env_var: false,
  exclude_slash_tmp: false,
};
