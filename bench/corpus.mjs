// A realistic traffic corpus: what a client sees during a few coding turns. Mostly streaming
// deltas (agent message and command output, v2 and the legacy codex/event stream), item
// lifecycle, approvals and token usage. Deterministic (no randomness).

const thread = '019a9e11-8295-7883-a283-779e06502c6f';
const words = 'the patch applies cleanly and all tests pass after updating the fixture for the new field'.split(' ');

function commandItem(id, status, extra = {}) {
  return {
    type: 'commandExecution',
    id,
    command: "/bin/zsh -lc 'npm test'",
    cwd: '/Users/dev/repo',
    processId: null,
    status,
    commandActions: [{ type: 'unknown', command: 'npm test' }],
    aggregatedOutput: null,
    exitCode: null,
    durationMs: null,
    ...extra,
  };
}

/** One turn's traffic, as [direction, message, method answered (responses only)] entries. */
function turn(n) {
  const turnId = String(n);
  const out = [];
  const s2c = (m) => out.push(['serverToClient', m]);
  const c2s = (m) => out.push(['clientToServer', m]);
  c2s({ id: n * 10, method: 'turn/start', params: { threadId: thread, input: [{ type: 'text', text: `step ${n}: run the tests` }] } });
  out.push(['serverToClient', { id: n * 10, result: { turn: { id: turnId, items: [], status: 'inProgress' } } }, 'turn/start']);
  s2c({ method: 'turn/started', params: { threadId: thread, turn: { id: turnId, items: [], status: 'inProgress' } } });
  s2c({
    method: 'codex/event/task_started',
    params: { id: turnId, conversationId: thread, msg: { type: 'task_started', model_context_window: 272000 } },
  });
  const msgId = `msg_${n}`;
  s2c({ method: 'item/started', params: { threadId: thread, turnId, item: { type: 'agentMessage', id: msgId, text: '' } } });
  for (let i = 0; i < 60; i++) {
    const delta = `${words[(i + n) % words.length]} `;
    s2c({ method: 'item/agentMessage/delta', params: { threadId: thread, turnId, itemId: msgId, delta } });
    s2c({
      method: 'codex/event/agent_message_content_delta',
      params: {
        id: turnId,
        conversationId: thread,
        msg: { type: 'agent_message_content_delta', thread_id: thread, turn_id: turnId, item_id: msgId, delta },
      },
    });
    s2c({
      method: 'codex/event/agent_message_delta',
      params: { id: turnId, conversationId: thread, msg: { type: 'agent_message_delta', delta } },
    });
  }
  s2c({ method: 'item/completed', params: { threadId: thread, turnId, item: { type: 'agentMessage', id: msgId, text: words.join(' ') } } });
  const callId = `call_${n}`;
  s2c({ method: 'item/started', params: { threadId: thread, turnId, item: commandItem(callId, 'inProgress') } });
  s2c({
    id: n,
    method: 'item/commandExecution/requestApproval',
    params: { threadId: thread, turnId, itemId: callId, reason: 'needs network' },
  });
  out.push([
    'clientToServer',
    { id: n, result: { decision: 'accept', acceptSettings: { forSession: false } } },
    'item/commandExecution/requestApproval',
  ]);
  for (let i = 0; i < 40; i++) {
    const line = `PASS test/file-${i}.test.ts (${i} ms)\n`;
    s2c({ method: 'item/commandExecution/outputDelta', params: { threadId: thread, turnId, itemId: callId, delta: line } });
    s2c({
      method: 'codex/event/exec_command_output_delta',
      params: {
        id: turnId,
        conversationId: thread,
        msg: { type: 'exec_command_output_delta', call_id: callId, stream: 'stdout', chunk: Buffer.from(line).toString('base64') },
      },
    });
  }
  s2c({
    method: 'item/completed',
    params: {
      threadId: thread,
      turnId,
      item: commandItem(callId, 'completed', { aggregatedOutput: 'ok\n', exitCode: 0, durationMs: 1200 }),
    },
  });
  const usage = { totalTokens: 5200 + n, inputTokens: 5000, cachedInputTokens: 4000, outputTokens: 200 + n, reasoningOutputTokens: 64 };
  s2c({
    method: 'thread/tokenUsage/updated',
    params: { threadId: thread, turnId, tokenUsage: { total: usage, last: usage, modelContextWindow: 272000 } },
  });
  const snake = { input_tokens: 5000, cached_input_tokens: 4000, output_tokens: 200, reasoning_output_tokens: 64, total_tokens: 5200 };
  s2c({
    method: 'codex/event/token_count',
    params: {
      id: turnId,
      conversationId: thread,
      msg: {
        type: 'token_count',
        info: { total_token_usage: snake, last_token_usage: snake, model_context_window: 272000 },
        rate_limits: { primary: { used_percent: 12.5, window_minutes: 300, resets_at: 1764000000 }, secondary: null, credits: null },
      },
    },
  });
  s2c({
    method: 'account/rateLimits/updated',
    params: { rateLimits: { primary: { usedPercent: 12, windowDurationMins: 300, resetsAt: 1764000000 }, secondary: null, credits: null } },
  });
  s2c({ method: 'turn/completed', params: { threadId: thread, turn: { id: turnId, items: [], status: 'completed' } } });
  s2c({
    method: 'codex/event/task_complete',
    params: { id: turnId, conversationId: thread, msg: { type: 'task_complete', last_agent_message: 'done' } },
  });
  return out;
}

/** About 30,000 messages: 100 turns. */
export function corpus(turns = 100) {
  const all = [];
  for (let n = 0; n < turns; n++) all.push(...turn(n));
  return all;
}
