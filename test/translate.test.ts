/**
 * The v1 -> v2 event translator: the seed's approval flows (auto-approved, approved, declined)
 * for commands and file changes, the v1 -> v2 turn/completed cases, the converters' mapping
 * tables, and a replayed `codex/event/*` stream. Every emitted message must validate against the
 * generated 0.64.0 bundle (the release the translator speaks); expected payloads are the
 * conformance fixtures where one exists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  CodexEventNotificationParams,
  EventMsg,
  ParsedCommand,
  ResultOfCallToolResultOrString,
  v2,
} from '../generated/releases/0.64.0/typescript/index.js';
import {
  createTranslator,
  decodeBase64Text,
  shellJoin,
  toCodexErrorInfo,
  toCommandAction,
  toFileUpdateChanges,
  toReviewDecision,
  type EventTranslator,
  type TranslatedMessage,
} from '../src/translate/index.js';
import { bundleValidator, errorPath, repoRoot } from './support/schemas.js';

const fixture = (path: string): unknown =>
  (JSON.parse(readFileSync(`${repoRoot}test/fixtures/messages/0.64.0/${path}`, 'utf8')) as { message: unknown }).message;

/** Throws, naming the failing paths, unless every message validates as a 0.64.0 ServerRequest / ServerNotification. */
function assertValid(messages: readonly TranslatedMessage[]): void {
  for (const m of messages) {
    const validate = bundleValidator('id' in m ? 'ServerRequest' : 'ServerNotification', '0.64.0');
    const value: unknown = m;
    if (!validate(value)) {
      const why = (validate.errors ?? []).map((e) => `${errorPath(e)}: ${e.message}`).join('; ');
      throw new Error(`${m.method} does not validate (${why}): ${JSON.stringify(m)}`);
    }
  }
}

/** Feeds one event and returns what came out, validated. */
function feed(t: EventTranslator, submissionId: string, msg: EventMsg): TranslatedMessage[] {
  const out = t.translate(submissionId, msg);
  assertValid(out);
  return out;
}

const methods = (messages: readonly TranslatedMessage[]) => messages.map((m) => m.method);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// The seed's command (PR #6758 payloads).
const SEED_CMD_THREAD = '019a93e8-0a52-7fe3-9808-b6bc40c0989a';
const SEED_CMD = {
  call_id: 'call_lNWWsbXl1e47qNaYjFRs0dyU',
  turn_id: '1',
  command: ['/bin/zsh', '-lc', 'touch /tmp/should-trigger-approval'],
  cwd: '/Users/owen/repos/codex/codex-rs',
  parsed_cmd: [{ type: 'unknown', cmd: 'touch /tmp/should-trigger-approval' }] as ParsedCommand[],
};
const cmdBegin = (cmd = SEED_CMD): EventMsg => ({ type: 'exec_command_begin', ...cmd, source: 'agent' });
const cmdApproval = (cmd = SEED_CMD, reason?: string): EventMsg => ({
  type: 'exec_approval_request',
  ...cmd,
  ...(reason ? { reason } : {}),
});
const cmdEnd = (exit_code: number, output: string, millis: number, cmd = SEED_CMD): EventMsg => ({
  type: 'exec_command_end',
  ...cmd,
  source: 'agent',
  stdout: output,
  stderr: '',
  aggregated_output: output,
  exit_code,
  duration: { secs: Math.floor(millis / 1000), nanos: (millis % 1000) * 1_000_000 + 417 },
  formatted_output: output,
});
const SEED_REASON = 'Need to create file in /tmp which is outside workspace sandbox';

// The seed's file change (item/fileChange/requestApproval PR payloads).
const SEED_PATCH_THREAD = '019a9e11-8295-7883-a283-779e06502c6f';
const SEED_PATCH = {
  call_id: 'call_Nxnwj7B3YXigfV6Mwh03d686',
  turn_id: '1',
  changes: { '/Users/owen/repos/codex/codex-rs/APPROVAL_DEMO.txt': { type: 'add' as const, content: 'Hello from Codex!\n' } },
};
const patchApproval: EventMsg = { type: 'apply_patch_approval_request', ...SEED_PATCH };
const patchBegin = (auto_approved: boolean): EventMsg => ({ type: 'patch_apply_begin', ...SEED_PATCH, auto_approved });
const patchEnd = (success: boolean): EventMsg => ({
  type: 'patch_apply_end',
  ...SEED_PATCH,
  stdout: success ? 'Success.' : '',
  stderr: '',
  success,
});

describe('validation helper', () => {
  it('rejects what the bundle rejects, naming the path', () => {
    const bad = {
      method: 'item/completed',
      params: {
        item: { type: 'commandExecution', id: 'x', command: 'ls', cwd: '/', status: 'running', commandActions: [] },
        threadId: 't',
        turnId: '1',
      },
    };
    expect(() => assertValid([bad as unknown as TranslatedMessage])).toThrow(/item\/completed does not validate/);
  });
});

describe('command execution approval flows (seed)', () => {
  it('auto-approved: item/started, output deltas as decoded text, item/completed', () => {
    const t = createTranslator({ threadId: SEED_CMD_THREAD });
    const out = [
      ...feed(t, '1', cmdBegin()),
      ...feed(t, '1', { type: 'exec_command_output_delta', call_id: SEED_CMD.call_id, stream: 'stdout', chunk: b64('ok ✓\n') }),
      ...feed(t, '1', cmdEnd(0, '', 224)),
    ];
    expect(methods(out)).toStrictEqual(['item/started', 'item/commandExecution/outputDelta', 'item/completed']);
    expect(out[0]).toStrictEqual(fixture('seed/command-execution-item-started.current.json'));
    expect(out[1]).toStrictEqual({
      method: 'item/commandExecution/outputDelta',
      params: { threadId: SEED_CMD_THREAD, turnId: '1', itemId: SEED_CMD.call_id, delta: 'ok ✓\n' },
    });
    // Empty aggregated output is null; 224 ms (plus a few nanos) is 224.
    expect(out[2]).toStrictEqual(fixture('seed/command-execution-item-completed.current.json'));
    expect(t.pendingApprovals()).toStrictEqual([]);
  });

  it('approved: item/started -> requestApproval -> (accept) -> item/completed', () => {
    const t = createTranslator({ threadId: SEED_CMD_THREAD });
    const started = feed(t, '1', cmdBegin());
    const asked = feed(t, '1', cmdApproval(SEED_CMD, SEED_REASON));
    expect(asked).toStrictEqual([fixture('seed/command-execution-request-approval.current.json')]);
    expect(t.pendingApprovals()).toStrictEqual([
      { requestId: 0, method: 'item/commandExecution/requestApproval', kind: 'commandExecution', itemId: SEED_CMD.call_id, turnId: '1' },
    ]);
    const answer = (
      fixture('seed/command-execution-request-approval-response.json') as { result: v2.CommandExecutionRequestApprovalResponse }
    ).result;
    const resolved = t.resolveApproval(0, answer);
    expect(resolved).toMatchObject({ decision: 'approved', itemId: SEED_CMD.call_id, turnId: '1', messages: [] });
    const done = feed(t, '1', cmdEnd(0, '', 224));
    expect(methods([...started, ...asked, ...done])).toStrictEqual([
      'item/started',
      'item/commandExecution/requestApproval',
      'item/completed',
    ]);
    expect(done[0]).toStrictEqual(fixture('seed/command-execution-item-completed.current.json'));
    expect(t.pendingApprovals()).toStrictEqual([]);
  });

  it("declined: item/completed declined on the answer, then the core's failed completion (wire behaviour)", () => {
    const t = createTranslator({ threadId: SEED_PATCH_THREAD });
    const cmd = { ...SEED_CMD, cwd: '/Users/dev/repos/demo' };
    const out = [...feed(t, '1', cmdBegin(cmd)), ...feed(t, '1', cmdApproval(cmd))];
    const resolved = t.resolveApproval(0, { decision: 'decline' });
    expect(resolved?.decision).toBe('denied');
    assertValid(resolved!.messages);
    expect(resolved!.messages).toStrictEqual([fixture('v2/item-completed-command-execution-declined.json')]);
    const rejected = feed(t, '1', cmdEnd(-1, 'exec command rejected by user', 0, cmd));
    expect(rejected).toStrictEqual([fixture('v2/item-completed-command-execution-declined-failed.json')]);
    expect(methods([...out, ...resolved!.messages, ...rejected])).toStrictEqual([
      'item/started',
      'item/commandExecution/requestApproval',
      'item/completed',
      'item/completed',
    ]);
    // Reason and risk left out of the event are sent as null.
    expect((out[1] as { params: v2.CommandExecutionRequestApprovalParams }).params).toMatchObject({ reason: null, risk: null });
  });

  it("declined with afterDecline 'drop': the declined completion is the only one", () => {
    const t = createTranslator({ threadId: SEED_CMD_THREAD, afterDecline: 'drop' });
    feed(t, '1', cmdBegin());
    feed(t, '1', cmdApproval());
    const resolved = t.resolveApproval(0, { decision: 'cancel' });
    expect(resolved?.decision).toBe('abort');
    expect(resolved?.messages.map((m) => (m.params as v2.ItemCompletedNotification).item)).toMatchObject([
      { status: 'declined', exitCode: null },
    ]);
    expect(feed(t, '1', cmdEnd(-1, 'exec command rejected by user', 0))).toStrictEqual([]);
  });

  it('an approval arriving before exec_command_begin still follows item/started, and begin does not repeat it', () => {
    const t = createTranslator({ threadId: SEED_CMD_THREAD });
    const out = [...feed(t, '1', cmdApproval(SEED_CMD, SEED_REASON)), ...feed(t, '1', cmdBegin()), ...feed(t, '1', cmdEnd(0, '', 224))];
    expect(methods(out)).toStrictEqual(['item/started', 'item/commandExecution/requestApproval', 'item/completed']);
    expect(out[0]).toStrictEqual(fixture('seed/command-execution-item-started.current.json'));
  });

  it('carries a v1 risk assessment as camelCase riskLevel', () => {
    const t = createTranslator({ threadId: SEED_CMD_THREAD });
    const [, req] = feed(t, '1', {
      ...(cmdApproval() as Extract<EventMsg, { type: 'exec_approval_request' }>),
      risk: { description: 'Writes to /tmp.', risk_level: 'medium' },
    });
    expect((req as { params: v2.CommandExecutionRequestApprovalParams }).params.risk).toStrictEqual({
      description: 'Writes to /tmp.',
      riskLevel: 'medium',
    });
  });
});

describe('file change approval flows (seed)', () => {
  const startedCount = (messages: readonly TranslatedMessage[]) => messages.filter((m) => m.method === 'item/started').length;

  it('auto-approved: patch_apply_begin -> item/started, patch_apply_end -> item/completed', () => {
    const t = createTranslator({ threadId: SEED_PATCH_THREAD });
    const out = [...feed(t, '1', patchBegin(true)), ...feed(t, '1', patchEnd(true))];
    expect(out).toStrictEqual([
      fixture('seed/file-change-item-started.current.json'),
      fixture('seed/file-change-item-completed.current.json'),
    ]);
  });

  it('approved: item/started and requestApproval on the approval event, nothing on begin, item/completed on end', () => {
    const t = createTranslator({ threadId: SEED_PATCH_THREAD });
    const asked = feed(t, '1', patchApproval);
    expect(asked).toStrictEqual([fixture('seed/file-change-item-started.current.json'), fixture('seed/file-change-request-approval.json')]);
    const answer = (fixture('seed/file-change-request-approval-response.json') as { result: v2.FileChangeRequestApprovalResponse }).result;
    expect(t.resolveApproval(0, answer)).toMatchObject({ decision: 'approved', kind: 'fileChange', messages: [] });
    const begin = feed(t, '1', patchBegin(false));
    expect(begin).toStrictEqual([]);
    const done = feed(t, '1', patchEnd(true));
    expect(done).toStrictEqual([fixture('seed/file-change-item-completed.current.json')]);
    expect(methods([...asked, ...done])).toStrictEqual(['item/started', 'item/fileChange/requestApproval', 'item/completed']);
  });

  it('declined: item/completed declined on the answer; the later begin starts nothing', () => {
    const t = createTranslator({ threadId: SEED_PATCH_THREAD });
    const asked = feed(t, '1', patchApproval);
    const resolved = t.resolveApproval(0, { decision: 'decline' })!;
    assertValid(resolved.messages);
    expect(resolved.decision).toBe('denied');
    expect(resolved.messages).toStrictEqual([
      {
        method: 'item/completed',
        params: {
          item: { ...(asked[0]!.params as v2.ItemStartedNotification).item, status: 'declined' },
          threadId: SEED_PATCH_THREAD,
          turnId: '1',
        },
      },
    ]);
    const later = [...feed(t, '1', patchBegin(false)), ...feed(t, '1', patchEnd(false))];
    const all = [...asked, ...resolved.messages, ...later];
    expect(startedCount(all)).toBe(1);
    expect(methods(all)).toStrictEqual(['item/started', 'item/fileChange/requestApproval', 'item/completed', 'item/completed']);
    expect((later[0]!.params as v2.ItemCompletedNotification).item).toMatchObject({ type: 'fileChange', status: 'failed' });

    const dropping = createTranslator({ threadId: SEED_PATCH_THREAD, afterDecline: 'drop' });
    feed(dropping, '1', patchApproval);
    dropping.resolveApproval(0, { decision: 'decline' });
    expect([...feed(dropping, '1', patchBegin(false)), ...feed(dropping, '1', patchEnd(false))]).toStrictEqual([]);
  });

  it('routes apply_patch output (exec_command_output_delta with the patch call id) to item/fileChange/outputDelta', () => {
    const t = createTranslator({ threadId: SEED_PATCH_THREAD });
    feed(t, '1', patchBegin(true));
    const out = feed(t, '1', {
      type: 'exec_command_output_delta',
      call_id: SEED_PATCH.call_id,
      stream: 'stdout',
      chunk: b64('Success. Updated the following files:\nM README.md\n'),
    });
    expect(out).toStrictEqual([fixture('v2/item-file-change-output-delta.json')]);
  });

  it('uses the changes it announced when patch_apply_end carries none', () => {
    const t = createTranslator({ threadId: SEED_PATCH_THREAD });
    feed(t, '1', patchBegin(true));
    const [done] = feed(t, '1', { type: 'patch_apply_end', call_id: SEED_PATCH.call_id, stdout: '', stderr: 'boom', success: false });
    expect((done!.params as v2.ItemCompletedNotification).item).toStrictEqual({
      type: 'fileChange',
      id: SEED_PATCH.call_id,
      status: 'failed',
      changes: toFileUpdateChanges(SEED_PATCH.changes),
    });
  });
});

describe('approval answers', () => {
  it('maps v2 decisions to the v1 ReviewDecision', () => {
    expect(toReviewDecision('commandExecution', { decision: 'accept' })).toBe('approved');
    expect(toReviewDecision('commandExecution', { decision: 'accept', acceptSettings: { forSession: false } })).toBe('approved');
    expect(toReviewDecision('commandExecution', { decision: 'accept', acceptSettings: { forSession: true } })).toBe('approved_for_session');
    expect(toReviewDecision('commandExecution', { decision: 'decline' })).toBe('denied');
    expect(toReviewDecision('commandExecution', { decision: 'cancel' })).toBe('abort');
    expect(toReviewDecision('fileChange', { decision: 'accept' })).toBe('approved');
    expect(toReviewDecision('fileChange', { decision: 'decline' })).toBe('denied');
    expect(toReviewDecision('fileChange', { decision: 'cancel' })).toBe('abort');
    expect(toReviewDecision('fileChange', null)).toBe('denied');
    expect(toReviewDecision('commandExecution', { decision: 'maybe' } as unknown as v2.CommandExecutionRequestApprovalResponse)).toBe(
      'denied',
    );
  });

  it('answers each request once; unknown ids give undefined; a failed request counts as decline', () => {
    const t = createTranslator({ threadId: SEED_CMD_THREAD });
    feed(t, '1', cmdBegin());
    feed(t, '1', cmdApproval());
    expect(t.resolveApproval(7, { decision: 'accept' })).toBeUndefined();
    expect(t.resolveApproval('0', { decision: 'accept' })).toBeUndefined();
    const first = t.resolveApproval(0, null);
    expect(first?.decision).toBe('denied');
    expect(first?.messages).toHaveLength(1);
    expect(t.resolveApproval(0, { decision: 'accept' })).toBeUndefined();
  });

  it('allocates request ids with the default counter or a caller-supplied allocator', () => {
    const counted = createTranslator({ threadId: 't' });
    const ids = [feed(counted, '1', cmdApproval()), feed(counted, '1', patchApproval)].map((out) => (out.at(-1) as { id: unknown }).id);
    expect(ids).toStrictEqual([0, 1]);

    let n = 0;
    const shared = () => `srv-${++n}`;
    const a = createTranslator({ threadId: 'a', nextRequestId: shared });
    const b = createTranslator({ threadId: 'b', nextRequestId: shared });
    const ra = feed(a, '1', cmdApproval()).at(-1) as { id: unknown };
    const rb = feed(b, '4', patchApproval).at(-1) as { id: unknown; params: v2.FileChangeRequestApprovalParams };
    expect([ra.id, rb.id]).toStrictEqual(['srv-1', 'srv-2']);
    expect(rb.params).toMatchObject({ threadId: 'b', turnId: '4' });
    expect(a.resolveApproval('srv-2', { decision: 'accept' })).toBeUndefined();
    expect(b.resolveApproval('srv-2', { decision: 'accept' })?.decision).toBe('approved');
  });
});

describe('turn lifecycle (v1 -> v2 turn/completed)', () => {
  const T = SEED_PATCH_THREAD;

  it('task_started -> turn/started inProgress; task_complete -> completed; ids are submission ids', () => {
    const t = createTranslator({ threadId: T });
    expect(feed(t, '1', { type: 'task_started', model_context_window: 272000 })).toStrictEqual([fixture('v2/turn-started.json')]);
    expect(feed(t, '1', { type: 'task_complete', last_agent_message: 'done' })).toStrictEqual([
      fixture('v2/turn-completed-completed.json'),
    ]);
    const ids = ['0', '3', '5'].map((id) => {
      feed(t, id, { type: 'task_started' });
      return (feed(t, id, { type: 'task_complete' })[0]!.params as v2.TurnCompletedNotification).turn.id;
    });
    expect(ids).toStrictEqual(['0', '3', '5']);
  });

  it('turn_aborted -> turn/completed interrupted', () => {
    const t = createTranslator({ threadId: T });
    feed(t, '0', { type: 'task_started' });
    expect(feed(t, '0', { type: 'turn_aborted', reason: 'interrupted' })).toStrictEqual([
      fixture('seed/turn-completed-interrupted.current.json'),
    ]);
  });

  it('error -> error notification, then the turn completes as failed with the TurnError', () => {
    const t = createTranslator({ threadId: T });
    feed(t, '5', { type: 'task_started' });
    const message =
      'stream disconnected before completion: error sending request for url (https://chatgpt.com/backend-api/codex/responses)';
    const err = feed(t, '5', { type: 'error', message, codex_error_info: 'other' });
    expect(err).toStrictEqual([{ method: 'error', params: { error: { message, codexErrorInfo: 'other' }, threadId: T, turnId: '5' } }]);
    expect(feed(t, '5', { type: 'task_complete', last_agent_message: null })).toStrictEqual([fixture('v2/turn-completed-failed.json')]);
  });

  it('stream_error -> error notification only; the turn still completes normally', () => {
    const t = createTranslator({ threadId: T });
    feed(t, '1', { type: 'task_started' });
    const out = feed(t, '1', {
      type: 'stream_error',
      message: 'Reconnecting... 1/5',
      codex_error_info: { response_stream_disconnected: { http_status_code: null } },
    });
    expect(out).toStrictEqual([fixture('v2/error-transient-reconnecting.json')]);
    expect((feed(t, '1', { type: 'task_complete' })[0]!.params as v2.TurnCompletedNotification).turn.status).toBe('completed');
  });

  it('closes a failed turn whose end never came before announcing the next one', () => {
    const t = createTranslator({ threadId: T });
    feed(t, '1', { type: 'task_started' });
    feed(t, '1', { type: 'error', message: 'Conversation aborted' });
    const out = feed(t, '2', { type: 'task_started' });
    expect(methods(out)).toStrictEqual(['turn/completed', 'turn/started']);
    expect((out[0]!.params as v2.TurnCompletedNotification).turn).toStrictEqual({
      id: '1',
      items: [],
      status: 'failed',
      error: { message: 'Conversation aborted', codexErrorInfo: null },
    });
  });
});

describe('converters', () => {
  it('translates every v1 CodexErrorInfo to its v2 spelling', () => {
    const table: Array<[Parameters<typeof toCodexErrorInfo>[0], v2.CodexErrorInfo | null]> = [
      ['context_window_exceeded', 'contextWindowExceeded'],
      ['usage_limit_exceeded', 'usageLimitExceeded'],
      ['internal_server_error', 'internalServerError'],
      ['unauthorized', 'unauthorized'],
      ['bad_request', 'badRequest'],
      ['sandbox_error', 'sandboxError'],
      ['other', 'other'],
      [{ http_connection_failed: { http_status_code: 502 } }, { httpConnectionFailed: { httpStatusCode: 502 } }],
      [{ response_stream_connection_failed: { http_status_code: 429 } }, { responseStreamConnectionFailed: { httpStatusCode: 429 } }],
      [{ response_stream_disconnected: { http_status_code: null } }, { responseStreamDisconnected: { httpStatusCode: null } }],
      [{ response_too_many_failed_attempts: {} }, { responseTooManyFailedAttempts: { httpStatusCode: null } }],
      [null, null],
      [undefined, null],
      ['brand_new_kind' as never, 'other'],
    ];
    for (const [v1, expected] of table) expect(toCodexErrorInfo(v1), JSON.stringify(v1)).toStrictEqual(expected);
  });

  it('decodes base64 output as UTF-8 and never throws on bad input', () => {
    expect(decodeBase64Text(b64('   Compiling codex-app-server-protocol v0.0.0\n'))).toBe(
      '   Compiling codex-app-server-protocol v0.0.0\n',
    );
    expect(decodeBase64Text(b64('naïve — 日本語 ✓'))).toBe('naïve — 日本語 ✓');
    expect(decodeBase64Text(Buffer.from([0x6f, 0x6b, 0xff]).toString('base64'))).toBe('ok\uFFFD');
    expect(decodeBase64Text('')).toBe('');
    for (const bad of ['%%%not base64%%%', '=', 'YQ', 42, null, undefined, {}]) expect(() => decodeBase64Text(bad)).not.toThrow();
    expect(decodeBase64Text(42)).toBe('');
  });

  it('joins argv into one shell string', () => {
    expect(shellJoin(SEED_CMD.command)).toBe("/bin/zsh -lc 'touch /tmp/should-trigger-approval'");
    expect(shellJoin(['ls', '-la', 'src/'])).toBe('ls -la src/');
    expect(shellJoin(['echo', ''])).toBe("echo ''");
    expect(shellJoin(['bash', '-lc', "echo it's"])).toBe(`bash -lc "echo it's"`);
    expect(shellJoin(['bash', '-lc', `echo it's $HOME`])).toBe(`bash -lc 'echo it'"'"'s $HOME'`);
  });

  it('maps ParsedCommand to CommandAction', () => {
    expect(toCommandAction({ type: 'read', cmd: 'cat a.rs', name: 'a.rs', path: 'src/a.rs' })).toStrictEqual({
      type: 'read',
      command: 'cat a.rs',
      name: 'a.rs',
      path: 'src/a.rs',
    });
    expect(toCommandAction({ type: 'list_files', cmd: 'ls' })).toStrictEqual({ type: 'listFiles', command: 'ls', path: null });
    expect(toCommandAction({ type: 'search', cmd: 'rg x src', query: 'x', path: 'src' })).toStrictEqual({
      type: 'search',
      command: 'rg x src',
      query: 'x',
      path: 'src',
    });
    expect(toCommandAction({ type: 'unknown', cmd: 'make' })).toStrictEqual({ type: 'unknown', command: 'make' });
  });

  it('maps the FileChange map to FileUpdateChange[]', () => {
    expect(
      toFileUpdateChanges({
        '/a': { type: 'add', content: 'A\n' },
        '/b': { type: 'delete', content: 'B\n' },
        '/c': { type: 'update', unified_diff: '@@\n', move_path: '/d' },
        '/e': { type: 'update', unified_diff: '@@ e\n' },
      }),
    ).toStrictEqual([
      { path: '/a', kind: { type: 'add' }, diff: 'A\n' },
      { path: '/b', kind: { type: 'delete' }, diff: 'B\n' },
      { path: '/c', kind: { type: 'update', move_path: '/d' }, diff: '@@\n' },
      { path: '/e', kind: { type: 'update', move_path: null }, diff: '@@ e\n' },
    ]);
    expect(toFileUpdateChanges(undefined)).toStrictEqual([]);
  });
});

describe('other events', () => {
  const T = SEED_PATCH_THREAD;

  it('token_count -> thread/tokenUsage/updated and account/rateLimits/updated (camelCase, integer percent)', () => {
    const t = createTranslator({ threadId: T });
    const out = feed(t, '1', {
      type: 'token_count',
      info: {
        total_token_usage: {
          input_tokens: 18211,
          cached_input_tokens: 12032,
          output_tokens: 3359,
          reasoning_output_tokens: 2112,
          total_tokens: 21570,
        },
        last_token_usage: {
          input_tokens: 7905,
          cached_input_tokens: 6016,
          output_tokens: 436,
          reasoning_output_tokens: 256,
          total_tokens: 8341,
        },
        model_context_window: 272000,
      },
      rate_limits: {
        primary: { used_percent: 3.4, window_minutes: 300, resets_at: null },
        secondary: null,
        credits: { has_credits: true, unlimited: true, balance: null },
      },
    });
    expect(out).toStrictEqual([fixture('v2/thread-token-usage-updated.json'), fixture('v2/account-rate-limits-updated.json')]);
    // Before the first usage: no info, and an all-null snapshot is still forwarded.
    expect(feed(t, '1', { type: 'token_count', info: null, rate_limits: { primary: null, secondary: null, credits: null } })).toStrictEqual(
      [{ method: 'account/rateLimits/updated', params: { rateLimits: { primary: null, secondary: null, credits: null } } }],
    );
    expect(feed(t, '1', { type: 'token_count' })).toStrictEqual([]);
  });

  it('turn_diff, plan_update and context_compacted', () => {
    const t = createTranslator({ threadId: T });
    const diff = (fixture('v2/turn-diff-updated.json') as { params: v2.TurnDiffUpdatedNotification }).params.diff;
    expect(feed(t, '1', { type: 'turn_diff', unified_diff: diff })).toStrictEqual([fixture('v2/turn-diff-updated.json')]);
    const plan: EventMsg = {
      type: 'plan_update',
      explanation: 'Fixing the failing tests in two steps.',
      plan: [
        { step: 'Run the test suite', status: 'completed' },
        { step: 'Fix the date parsing bug', status: 'in_progress' },
        { step: 'Re-run the tests', status: 'pending' },
      ],
    };
    expect(feed(t, '1', plan)).toStrictEqual([fixture('v2/turn-plan-updated.json')]);
    expect(feed(t, '1', { type: 'plan_update', plan: [{ step: 'Investigate', status: 'pending' }] })).toStrictEqual([
      fixture('v2/turn-plan-updated-no-explanation.json'),
    ]);
    expect(feed(t, '4', { type: 'context_compacted' })).toStrictEqual([fixture('v2/thread-compacted.json')]);
  });

  it('item_started / item_completed convert TurnItems to ThreadItems', () => {
    const t = createTranslator({ threadId: T });
    const item = (turnItem: Extract<EventMsg, { type: 'item_completed' }>['item']) =>
      feed(t, '1', { type: 'item_completed', thread_id: T, turn_id: '1', item: turnItem });
    expect(
      item({
        type: 'UserMessage',
        id: 'a3c5e7f9-1b2d-4f6a-8c0e-2d4f6a8c0e1b',
        content: [
          { type: 'text', text: 'Does this screenshot match the design?' },
          { type: 'image', image_url: 'https://example.com/design.png' },
          { type: 'local_image', path: '/Users/dev/Desktop/shot.png' },
        ],
      }),
    ).toStrictEqual([fixture('v2/item-completed-user-message.json')]);
    expect(
      item({
        type: 'AgentMessage',
        id: 'msg_0a1b2c3d4e5f',
        content: [
          { type: 'Text', text: 'All 42 tests pass now. ' },
          { type: 'Text', text: 'The fix was in src/date.rs.' },
        ],
      }),
    ).toStrictEqual([fixture('v2/item-completed-agent-message.json')]);
    expect(
      item({
        type: 'Reasoning',
        id: 'rs_07f3a9c2d1e4',
        summary_text: ['**Inspecting test failures**', '**Fixing timezone handling**'],
        raw_content: ['The parser assumes UTC but the fixture uses +02:00.'],
      }),
    ).toStrictEqual([fixture('v2/item-completed-reasoning.json')]);
    expect(item({ type: 'WebSearch', id: 'ws_5b7d9f1a3c5e', query: 'chrono FixedOffset parse rfc3339' })).toStrictEqual([
      fixture('v2/item-completed-web-search.json'),
    ]);
    const [started] = feed(t, '1', {
      type: 'item_started',
      thread_id: T,
      turn_id: '1',
      item: { type: 'Reasoning', id: 'rs_1', summary_text: [] },
    });
    expect(started).toStrictEqual({
      method: 'item/started',
      params: { item: { type: 'reasoning', id: 'rs_1', summary: [], content: [] }, threadId: T, turnId: '1' },
    });
  });

  it('streams agent message and reasoning deltas', () => {
    const t = createTranslator({ threadId: T });
    const ids = { thread_id: T, turn_id: '1' };
    expect(feed(t, '1', { type: 'agent_message_content_delta', ...ids, item_id: 'msg_0a1b2c3d4e5f', delta: 'All 42 tests' })).toStrictEqual(
      [fixture('v2/item-agent-message-delta.json')],
    );
    expect(
      feed(t, '1', { type: 'reasoning_content_delta', ...ids, item_id: 'rs_07f3a9c2d1e4', delta: '**Inspecting test failures**' }),
    ).toStrictEqual([fixture('v2/item-reasoning-summary-text-delta.json')]);
    expect(
      feed(t, '1', {
        type: 'reasoning_raw_content_delta',
        ...ids,
        item_id: 'rs_07f3a9c2d1e4',
        delta: 'The parser assumes UTC',
        content_index: 0,
      }),
    ).toStrictEqual([fixture('v2/item-reasoning-text-delta.json')]);
    expect(feed(t, '1', { type: 'agent_reasoning_section_break', item_id: 'rs_07f3a9c2d1e4', summary_index: 1 })).toStrictEqual([
      fixture('v2/item-reasoning-summary-part-added.json'),
    ]);
    // The legacy streaming events are covered by the item events and produce nothing.
    for (const legacy of [
      { type: 'agent_message_delta', delta: 'x' },
      { type: 'agent_reasoning_delta', delta: 'x' },
      { type: 'agent_message', message: 'x' },
      { type: 'user_message', message: 'x', images: [] },
      { type: 'agent_reasoning_section_break' },
    ] as EventMsg[])
      expect(feed(t, '1', legacy), legacy.type).toStrictEqual([]);
  });

  it('mcp tool calls and image views become items', () => {
    const t = createTranslator({ threadId: T });
    const invocation = { server: 'docs', tool: 'search', arguments: { query: 'sandbox policy', limit: 5 } };
    expect(feed(t, '1', { type: 'mcp_tool_call_begin', call_id: 'call_m5Cq8yR1vJ3tN0kH6sWdPa2z', invocation })).toStrictEqual([
      fixture('v2/item-started-mcp-tool-call.json'),
    ]);
    const ok: ResultOfCallToolResultOrString = {
      Ok: {
        content: [{ type: 'text', text: 'Found 2 pages: sandbox.md, config.md' }],
        structuredContent: { hits: ['sandbox.md', 'config.md'] },
      },
    };
    expect(
      feed(t, '1', {
        type: 'mcp_tool_call_end',
        call_id: 'call_m5Cq8yR1vJ3tN0kH6sWdPa2z',
        invocation,
        duration: { secs: 1, nanos: 0 },
        result: ok,
      }),
    ).toStrictEqual([fixture('v2/item-completed-mcp-tool-call.json')]);
    const failed = feed(t, '1', {
      type: 'mcp_tool_call_end',
      call_id: 'call_m5Cq8yR1vJ3tN0kH6sWdPa3a',
      invocation: { server: 'docs', tool: 'fetch' },
      duration: { secs: 60, nanos: 0 },
      result: { Err: 'tool call timed out after 60s' },
    });
    expect(failed).toStrictEqual([fixture('v2/item-completed-mcp-tool-call-failed.json')]);
    const image = feed(t, '1', {
      type: 'view_image_tool_call',
      call_id: 'call_v9Kd2Lq7sP0xWm4nHc1bTa8e',
      path: '/Users/dev/repos/demo/docs/screenshot.png',
    });
    expect(methods(image)).toStrictEqual(['item/started', 'item/completed']);
    expect(image[1]).toStrictEqual(fixture('v2/item-completed-image-view.json'));
  });
});

describe('a replayed codex/event/* stream', () => {
  it('reproduces the v2 notifications of a whole turn, in order', () => {
    const T = SEED_PATCH_THREAD;
    const ids = { thread_id: T, turn_id: '1' };
    const rich = {
      call_id: 'call_Zr8mJ2kQ0xVb6nHs1tPyLc4w',
      turn_id: '1',
      command: ['/bin/zsh', '-lc', 'cat src/date.rs && ls src && rg parse_date && make check'],
      cwd: '/Users/dev/repos/demo',
      parsed_cmd: [
        { type: 'read', cmd: 'cat src/date.rs', name: 'date.rs', path: 'src/date.rs' },
        { type: 'list_files', cmd: 'ls src', path: 'src' },
        { type: 'search', cmd: 'rg parse_date', query: 'parse_date' },
        { type: 'unknown', cmd: 'make check' },
      ] as ParsedCommand[],
    };
    const patch = {
      call_id: 'call_b2WqP9sE7nLk3vYh0aTdXu6M',
      turn_id: '1',
      changes: {
        '/Users/dev/repos/demo/docs/approvals.md': { type: 'add' as const, content: '# Approvals\n' },
        '/Users/dev/repos/demo/docs/old.md': { type: 'delete' as const, content: '# Old notes\n' },
        '/Users/dev/repos/demo/src/date.rs': {
          type: 'update' as const,
          unified_diff: '@@ -1 +1 @@\n-use chrono::Utc;\n+use chrono::FixedOffset;\n',
          move_path: '/Users/dev/repos/demo/src/dates.rs',
        },
      },
    };
    const stream: Array<[string, EventMsg]> = [
      ['', { type: 'mcp_startup_complete', ready: [], failed: [], cancelled: [] }],
      ['1', { type: 'task_started', model_context_window: 272000 }],
      ['1', { type: 'user_message', message: 'Does this screenshot match the design?', images: [] }],
      [
        '1',
        {
          type: 'item_completed',
          ...ids,
          item: {
            type: 'UserMessage',
            id: 'a3c5e7f9-1b2d-4f6a-8c0e-2d4f6a8c0e1b',
            content: [
              { type: 'text', text: 'Does this screenshot match the design?' },
              { type: 'image', image_url: 'https://example.com/design.png' },
              { type: 'local_image', path: '/Users/dev/Desktop/shot.png' },
            ],
          },
        },
      ],
      ['1', { type: 'token_count', info: null, rate_limits: { primary: null, secondary: null, credits: null } }],
      [
        '1',
        { type: 'reasoning_content_delta', ...ids, item_id: 'rs_07f3a9c2d1e4', delta: '**Inspecting test failures**', summary_index: 0 },
      ],
      ['1', { type: 'agent_reasoning_delta', delta: '**Inspecting test failures**' }],
      ['1', { type: 'exec_command_begin', ...rich, source: 'agent' }],
      [
        '1',
        {
          type: 'exec_command_output_delta',
          call_id: rich.call_id,
          stream: 'stdout',
          chunk: b64('running 42 tests\ntest result: ok. 42 passed; 0 failed\n'),
        },
      ],
      ['1', { type: 'patch_apply_begin', ...patch, auto_approved: true }],
      [
        '1',
        {
          type: 'turn_diff',
          unified_diff: (fixture('v2/turn-diff-updated.json') as { params: v2.TurnDiffUpdatedNotification }).params.diff,
        },
      ],
      ['1', { type: 'agent_message_content_delta', ...ids, item_id: 'msg_0a1b2c3d4e5f', delta: 'All 42 tests' }],
      ['1', { type: 'agent_message_delta', delta: 'All 42 tests' }],
      [
        '1',
        {
          type: 'item_completed',
          ...ids,
          item: {
            type: 'AgentMessage',
            id: 'msg_0a1b2c3d4e5f',
            content: [{ type: 'Text', text: 'All 42 tests pass now. The fix was in src/date.rs.' }],
          },
        },
      ],
      ['1', { type: 'agent_message', message: 'All 42 tests pass now. The fix was in src/date.rs.' }],
      ['1', { type: 'task_complete', last_agent_message: 'All 42 tests pass now. The fix was in src/date.rs.' }],
    ];
    const t = createTranslator({ threadId: T });
    const out = stream.flatMap(([id, msg]) => {
      const params: CodexEventNotificationParams = { id, msg, conversationId: T };
      const msgs = t.translateNotification(params);
      assertValid(msgs);
      return msgs;
    });
    expect(out).toStrictEqual([
      fixture('v2/turn-started.json'),
      fixture('v2/item-completed-user-message.json'),
      { method: 'account/rateLimits/updated', params: { rateLimits: { primary: null, secondary: null, credits: null } } },
      fixture('v2/item-reasoning-summary-text-delta.json'),
      fixture('v2/item-started-command-execution.json'),
      fixture('v2/item-command-execution-output-delta.json'),
      fixture('v2/item-started-file-change.json'),
      fixture('v2/turn-diff-updated.json'),
      fixture('v2/item-agent-message-delta.json'),
      fixture('v2/item-completed-agent-message.json'),
      fixture('v2/turn-completed-completed.json'),
    ]);
  });
});
