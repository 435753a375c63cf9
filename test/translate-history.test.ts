/**
 * Thread history for `thread/resume`: a rollout's persisted EventMsg list rebuilt into Turns with
 * synthetic turn-N / item-N ids, only userMessage / reasoning / agentMessage items, and the
 * completed / interrupted / failed statuses. Every turn must validate as 0.64.0's `v2/Turn` (the release the translator speaks).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventMsg, v2 } from '../generated/releases/0.64.0/typescript/index.js';
import { ThreadHistoryBuilder, buildTurnsFromEvents } from '../src/translate/index.js';
import { bundleValidator, errorPath, repoRoot } from './support/schemas.js';

const resumeFixture = JSON.parse(
  readFileSync(`${repoRoot}test/fixtures/messages/0.64.0/v2/thread-resume-response-with-history.json`, 'utf8'),
) as {
  message: { id: number; result: v2.ThreadResumeResponse };
};

function assertValidTurns(turns: readonly v2.Turn[]): void {
  const validate = bundleValidator('v2/Turn', '0.64.0');
  for (const turn of turns) {
    const value: unknown = turn;
    if (!validate(value))
      throw new Error(`${turn.id} does not validate: ${(validate.errors ?? []).map((e) => `${errorPath(e)}: ${e.message}`).join('; ')}`);
  }
}

function build(events: readonly EventMsg[]): v2.Turn[] {
  const turns = buildTurnsFromEvents(events);
  assertValidTurns(turns);
  return turns;
}

const FAILURE = 'stream disconnected before completion: error sending request for url (https://chatgpt.com/backend-api/codex/responses)';

/** A rollout as persisted: no task events; three turns that complete, get interrupted, and fail. */
const ROLLOUT: EventMsg[] = [
  { type: 'user_message', message: 'Add a section about approvals to the README', images: [] },
  { type: 'agent_reasoning', text: '**Planning README edit**' },
  { type: 'token_count', info: null, rate_limits: { primary: null, secondary: null, credits: null } },
  { type: 'agent_message', message: 'I added an "Approvals" section to README.md.' },
  { type: 'user_message', message: 'Now run the tests', images: null },
  { type: 'agent_reasoning', text: '**Running tests**' },
  { type: 'agent_reasoning', text: '**Reading the output**' },
  { type: 'agent_reasoning_raw_content', text: 'cargo test is slow here' },
  { type: 'turn_aborted', reason: 'interrupted' },
  { type: 'user_message', message: 'Try again', images: ['https://example.com/a.png'] },
  { type: 'stream_error', message: 'Reconnecting... 1/5', codex_error_info: { response_stream_disconnected: { http_status_code: null } } },
  { type: 'error', message: FAILURE, codex_error_info: 'other' },
];

const EXPECTED: v2.Turn[] = [
  resumeFixture.message.result.thread.turns[0]!,
  {
    id: 'turn-2',
    items: [
      { type: 'userMessage', id: 'item-4', content: [{ type: 'text', text: 'Now run the tests' }] },
      { type: 'reasoning', id: 'item-5', summary: ['**Running tests**', '**Reading the output**'], content: ['cargo test is slow here'] },
    ],
    status: 'interrupted',
  },
  {
    id: 'turn-3',
    items: [
      {
        type: 'userMessage',
        id: 'item-6',
        content: [
          { type: 'text', text: 'Try again' },
          { type: 'image', url: 'https://example.com/a.png' },
        ],
      },
    ],
    status: 'failed',
    error: { message: FAILURE, codexErrorInfo: 'other' },
  },
];

describe('thread history', () => {
  it('rebuilds a resumed thread with a completed, an interrupted and a failed turn', () => {
    const turns = build(ROLLOUT);
    expect(turns).toStrictEqual(EXPECTED);
    // The first turn is exactly the one of the thread/resume fixture, and the whole response validates.
    const result: v2.ThreadResumeResponse = { ...resumeFixture.message.result, thread: { ...resumeFixture.message.result.thread, turns } };
    const validate = bundleValidator('v2/ThreadResumeResponse', '0.64.0');
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });

  it('gives the same turns for a stream with task events and events history does not show', () => {
    const call = { call_id: 'call_1', turn_id: '1', command: ['ls'], cwd: '/repo', parsed_cmd: [] };
    const live: EventMsg[] = [
      { type: 'task_started', model_context_window: 272000 },
      ROLLOUT[0]!,
      {
        type: 'item_completed',
        thread_id: 't',
        turn_id: '0',
        item: { type: 'UserMessage', id: 'u0', content: [{ type: 'text', text: 'Add a section about approvals to the README' }] },
      },
      ROLLOUT[1]!,
      { type: 'exec_command_begin', ...call },
      { type: 'exec_command_end', ...call, stdout: '', stderr: '', exit_code: 0, duration: { secs: 0, nanos: 1 }, formatted_output: '' },
      { type: 'patch_apply_begin', call_id: 'call_2', auto_approved: true, changes: {} },
      { type: 'web_search_end', call_id: 'ws', query: 'q' },
      { type: 'agent_message_delta', delta: 'I added' },
      ROLLOUT[3]!,
      { type: 'task_complete', last_agent_message: null },
      { type: 'task_started' },
      ...ROLLOUT.slice(4, 9),
      { type: 'task_started' },
      ...ROLLOUT.slice(9),
      { type: 'task_complete' },
      { type: 'task_started' },
      { type: 'task_complete' },
    ];
    const turns = build(live);
    expect(turns).toStrictEqual(EXPECTED);
    const kinds = new Set(turns.flatMap((t) => t.items.map((i) => i.type)));
    expect([...kinds].sort()).toStrictEqual(['agentMessage', 'reasoning', 'userMessage']);
  });

  it('keeps a second user message inside a task-opened turn, and splits turns on user messages otherwise', () => {
    const inTask = build([
      { type: 'task_started' },
      { type: 'user_message', message: 'one' },
      { type: 'user_message', message: 'two' },
      { type: 'task_complete' },
    ]);
    expect(inTask.map((t) => t.items.length)).toStrictEqual([2]);
    const bare = build([
      { type: 'user_message', message: 'one' },
      { type: 'user_message', message: 'two' },
    ]);
    expect(bare.map((t) => t.id)).toStrictEqual(['turn-1', 'turn-2']);
    expect(bare.map((t) => t.items.map((i) => i.id))).toStrictEqual([['item-1'], ['item-2']]);
  });

  it('leaves out empty turns and empty messages, numbering stays contiguous', () => {
    const turns = build([
      { type: 'task_started' },
      { type: 'error', message: 'usage limit', codex_error_info: 'usage_limit_exceeded' },
      { type: 'task_complete' },
      { type: 'turn_aborted', reason: 'interrupted' },
      { type: 'agent_message', message: '' },
      { type: 'agent_reasoning', text: '' },
      { type: 'user_message', message: '   ', images: ['data:image/png;base64,AAAA'] },
      { type: 'agent_message', message: 'Looks fine.' },
    ]);
    expect(turns).toStrictEqual([
      {
        id: 'turn-1',
        items: [
          { type: 'userMessage', id: 'item-1', content: [{ type: 'image', url: 'data:image/png;base64,AAAA' }] },
          { type: 'agentMessage', id: 'item-2', text: 'Looks fine.' },
        ],
        status: 'completed',
      },
    ]);
  });

  it('translates the failing error info to v2 and works incrementally', () => {
    const builder = new ThreadHistoryBuilder();
    builder.handle({ type: 'user_message', message: 'hi' });
    builder.handle({ type: 'error', message: 'bad gateway', codex_error_info: { http_connection_failed: { http_status_code: 502 } } });
    const turns = builder.finish();
    assertValidTurns(turns);
    expect(turns[0]).toMatchObject({
      status: 'failed',
      error: { message: 'bad gateway', codexErrorInfo: { httpConnectionFailed: { httpStatusCode: 502 } } },
    });
    expect(buildTurnsFromEvents([])).toStrictEqual([]);
  });
});
