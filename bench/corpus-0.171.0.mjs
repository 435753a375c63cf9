// A realistic traffic corpus of release 0.171.0, in the shapes of its captured transcripts
// (test/fixtures/wire/0.171.0/): what a client sees during a few coding turns. Mostly
// item/agentMessage/delta streaming, with the item lifecycle (user message, reasoning, agent
// message, command execution), an approval and its answer, command output, thread status, token
// usage and rate limits, turn start and completion; every notification stamped with emittedAtMs.
// Deterministic (no randomness). Entries are [direction, message, method answered (responses only)].

const threadId = '01a233cd-fee8-7771-b831-2c6faab6dad2';
const cwd = '/tmp/codex-e2e/work';
const words = 'the patch applies cleanly and all tests pass after updating the fixture for the new field'.split(' ');
const t0 = 1796165467978;

const turnOf = (id, status, extra = {}) => ({
  id,
  rootTurnId: id,
  items: [],
  itemsView: 'notLoaded',
  status,
  error: null,
  startedAt: null,
  completedAt: null,
  durationMs: null,
  ...extra,
});
const agentMessage = (id, text, startedAtMs, completedAtMs) => ({
  type: 'agentMessage',
  moderation: null,
  id,
  text,
  phase: null,
  memoryCitation: null,
  delivery: null,
  questions: null,
  startedAtMs,
  completedAtMs,
});
const commandItem = (id, status, startedAtMs, extra = {}) => ({
  type: 'commandExecution',
  id,
  pluginId: null,
  scriptPath: null,
  command: "/bin/bash -lc 'npm test'",
  cwd,
  processId: null,
  source: 'agent',
  status,
  commandActions: [{ type: 'unknown', command: 'npm test' }],
  aggregatedOutput: null,
  exitCode: null,
  durationMs: null,
  startedAtMs,
  completedAtMs: null,
  ...extra,
});
const usage = (n) => ({
  totalTokens: 120 * n,
  inputTokens: 100 * n,
  cachedInputTokens: 0,
  cacheWriteInputTokens: 0,
  outputTokens: 20 * n,
  reasoningOutputTokens: 0,
});
const rateLimits = {
  limitId: 'codex',
  limitName: null,
  normalModelSlug: null,
  primary: null,
  secondary: null,
  credits: null,
  individualLimit: null,
  spendControlReached: null,
  planType: null,
  rateLimitReachedType: null,
};

/** One turn's traffic. */
function turn(n) {
  const turnId = `01a233cd-ff03-7690-94d6-${String(n).padStart(12, '0')}`;
  const out = [];
  let at = t0 + n * 1000;
  const s2c = (method, params) => out.push(['serverToClient', { method, params, emittedAtMs: at++ }]);
  const started = (item) => s2c('item/started', { item, threadId, turnId, startedAtMs: at });
  const completed = (item) => s2c('item/completed', { item, threadId, turnId, contentTokenCount: null, completedAtMs: at });

  out.push([
    'clientToServer',
    { id: n + 3, method: 'turn/start', params: { threadId, input: [{ type: 'text', text: `step ${n}: run the tests` }] } },
  ]);
  out.push(['serverToClient', { id: n + 3, result: { turn: turnOf(turnId, 'inProgress') } }, 'turn/start']);
  s2c('thread/status/changed', { threadId, status: { type: 'active', activeFlags: [] } });
  s2c('turn/started', { threadId, turn: turnOf(turnId, 'inProgress', { startedAt: Math.floor(at / 1000) }) });
  const user = {
    type: 'userMessage',
    id: `user_${n}`,
    clientId: null,
    content: [{ type: 'text', text: `step ${n}: run the tests`, text_elements: [] }],
    startedAtMs: at,
    completedAtMs: null,
  };
  started(user);
  completed({ ...user, completedAtMs: at });

  const reasoningId = `rs_resp_${n}_0`;
  started({ type: 'reasoning', id: reasoningId, summary: [], content: [], startedAtMs: at, completedAtMs: null });
  s2c('item/reasoning/summaryPartAdded', { threadId, turnId, itemId: reasoningId, summaryIndex: 0 });
  for (let i = 0; i < 8; i++)
    s2c('item/reasoning/summaryTextDelta', {
      threadId,
      turnId,
      itemId: reasoningId,
      delta: `${words[(i + n) % words.length]} `,
      summaryIndex: 0,
    });
  completed({
    type: 'reasoning',
    id: reasoningId,
    summary: ['Considering how to run the tests.'],
    content: [],
    startedAtMs: at - 10,
    completedAtMs: at,
  });

  const callId = `call_${n}`;
  s2c('thread/status/changed', { threadId, status: { type: 'active', activeFlags: ['waitingOnApproval'] } });
  started(commandItem(callId, 'inProgress', at));
  out.push([
    'serverToClient',
    {
      method: 'item/commandExecution/requestApproval',
      id: n,
      params: {
        kind: 'command',
        threadId,
        turnId,
        itemId: callId,
        startedAtMs: at,
        environmentId: 'local',
        command: "/bin/bash -lc 'npm test'",
        cwd,
        commandActions: [{ type: 'unknown', command: 'npm test' }],
        proposedExecpolicyAmendment: ['npm', 'test'],
        availableDecisions: ['accept', { acceptWithExecpolicyAmendment: { execpolicy_amendment: ['npm', 'test'] } }, 'cancel'],
      },
    },
  ]);
  out.push(['clientToServer', { id: n, result: { decision: 'accept' } }, 'item/commandExecution/requestApproval']);
  s2c('serverRequest/resolved', { threadId, requestId: n });
  s2c('thread/status/changed', { threadId, status: { type: 'active', activeFlags: [] } });
  for (let i = 0; i < 20; i++)
    s2c('item/commandExecution/outputDelta', { threadId, turnId, itemId: callId, delta: `PASS test/file-${i}.test.ts (${i} ms)\n` });
  completed(
    commandItem(callId, 'completed', at - 200, {
      processId: '9194',
      source: 'unifiedExecStartup',
      aggregatedOutput: 'ok\n',
      exitCode: 0,
      durationMs: 36,
      completedAtMs: at,
    }),
  );
  s2c('thread/tokenUsage/updated', {
    threadId,
    turnId,
    tokenUsage: { total: usage(2 * n + 1), last: usage(1), modelContextWindow: 258400 },
  });
  s2c('account/rateLimits/updated', { rateLimits });

  const msgId = `msg_resp_${n}_1`;
  const text = [];
  started(agentMessage(msgId, '', at, null));
  for (let i = 0; i < 80; i++) {
    const delta = `${words[(i + n) % words.length]} `;
    text.push(delta);
    s2c('item/agentMessage/delta', { threadId, turnId, itemId: msgId, delta });
  }
  const message = agentMessage(msgId, text.join(''), at - 80, at);
  completed(message);
  s2c('thread/tokenUsage/updated', {
    threadId,
    turnId,
    tokenUsage: { total: usage(2 * n + 2), last: usage(1), modelContextWindow: 258400 },
  });
  s2c('account/rateLimits/updated', { rateLimits });
  s2c('thread/status/changed', { threadId, status: { type: 'idle' } });
  s2c('turn/completed', {
    threadId,
    turn: {
      ...turnOf(turnId, 'completed'),
      items: [message],
      itemsView: 'summary',
      startedAt: Math.floor(at / 1000) - 1,
      completedAt: Math.floor(at / 1000),
      durationMs: 612,
    },
  });
  return out;
}

/** About 28,000 messages: 200 turns. */
export function corpus(turns = 200) {
  const all = [];
  for (let n = 0; n < turns; n++) all.push(...turn(n));
  return all;
}
