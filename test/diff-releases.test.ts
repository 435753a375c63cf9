/**
 * The diff on real releases: upstream's own exports of 0.63.0, 0.64.0 and 0.171.0 (vendored
 * under upstream/), read as a user would, without a meta model. Each expectation below was
 * written by reading the two bundles; the comment says what each bundle holds.
 */
import { describe, expect, it } from 'vitest';
import { diffProtocols, type Change, type DiffReport } from '../codegen/diff/diff.js';
import { loadProtocol } from '../codegen/diff/protocol.js';
import { upstreamBundle } from './support/diff-inputs.js';

const v063 = loadProtocol(upstreamBundle('0.63.0'));
const v064 = loadProtocol(upstreamBundle('0.64.0'));
const v0171 = loadProtocol(upstreamBundle('0.171.0'));

function finder(report: DiffReport) {
  const all = (rule: Change['rule'], location: string) => report.changes.filter((c) => c.rule === rule && c.location === location);
  /** The one change of `rule` at `location` (and with `detail`, when given); asserts its verdict. */
  const one = (rule: Change['rule'], location: string, breaks: Change['breaks'], detail?: string): Change => {
    const found = all(rule, location).filter((c) => detail === undefined || c.detail === detail);
    expect(
      found.map((c) => c.detail),
      `${rule} at ${location}`,
    ).toHaveLength(1);
    expect(found[0]!.breaks, `${rule} at ${location}`).toEqual(breaks);
    return found[0]!;
  };
  const details = (rule: Change['rule'], location: string) =>
    all(rule, location)
      .map((c) => c.detail)
      .sort();
  return { all, one, details };
}

describe('0.63.0 -> 0.64.0 (upstream bundles)', () => {
  const report = diffProtocols(v063, v064);
  const { one, details } = finder(report);

  it('reports threadId/turnId added to the item, error and turn notifications, breaking servers only', () => {
    // 0.63.0: ItemStarted/ItemCompleted require only `item`, ErrorNotification only `error`,
    // AgentMessageDelta `delta`+`itemId`; 0.64.0 requires `threadId` and `turnId` in all four.
    for (const n of ['ItemStartedNotification', 'ItemCompletedNotification', 'ErrorNotification', 'AgentMessageDeltaNotification']) {
      for (const field of ['threadId', 'turnId']) one('field-added-required', `v2/${n}.${field}`, ['servers']);
    }
    // Turn notifications: 0.63.0 requires `turn`, 0.64.0 `threadId` + `turn` (no turnId).
    one('field-added-required', 'v2/TurnStartedNotification.threadId', ['servers']);
    one('field-added-required', 'v2/TurnCompletedNotification.threadId', ['servers']);
    expect(report.changes.filter((c) => c.location === 'v2/TurnStartedNotification.turnId')).toEqual([]);
  });

  it('reports the new notifications as compatible, and the ThreadItem variants that came and went', () => {
    // ServerNotification: 0.64.0 adds thread/tokenUsage/updated, turn/diff/updated,
    // turn/plan/updated, item/fileChange/outputDelta and thread/compacted; removes none.
    for (const m of [
      'thread/tokenUsage/updated',
      'turn/diff/updated',
      'turn/plan/updated',
      'item/fileChange/outputDelta',
      'thread/compacted',
    ])
      one('method-added', m, []);
    expect(report.changes.filter((c) => c.rule === 'method-removed')).toEqual([]);
    // ThreadItem 0.63.0 ends with codeReview; 0.64.0 has enteredReviewMode/exitedReviewMode instead.
    expect(details('tag-value-added', 'v2/ThreadItem')).toEqual(['type "enteredReviewMode"', 'type "exitedReviewMode"']);
    one('tag-value-removed', 'v2/ThreadItem', ['servers'], 'type "codeReview"');
  });

  it('compares results too, paired by name, and says so', () => {
    // Every 0.64.0 request but review/start has an XResponse; 0.63.0 defines no ReviewStartResponse.
    expect(report.notes.join('\n')).toMatch(/result of this request was not compared[^\n]*review\/start/);
    expect(report.notes.join('\n')).toMatch(/paired with requests by the bundle's names/);
  });
});

describe('0.64.0 -> 0.171.0 (upstream bundles)', () => {
  const report = diffProtocols(v064, v0171);
  const { one, all, details } = finder(report);

  it("reads AskForApproval's kebab-case values and its new granular branch", () => {
    // 0.64.0: enum [unlessTrusted, onFailure, onRequest, never]. 0.171.0: oneOf [enum [untrusted,
    // on-request, never], {granular: {...}} closed]. Clients send it (thread/start, turn/start
    // params) and servers send it (ThreadStartResponse.approvalPolicy), so both sides break.
    expect(details('enum-value-removed', 'v2/AskForApproval')).toEqual(['"onFailure"', '"onRequest"', '"unlessTrusted"']);
    expect(details('enum-value-added', 'v2/AskForApproval')).toEqual(['"on-request"', '"untrusted"']);
    one('enum-value-added', 'v2/AskForApproval', ['clients', 'servers'], '"untrusted"');
    one('variant-added', 'v2/AskForApproval', ['clients', 'servers'], '{granular}');
  });

  it('compares Turn field by field per status after the tagged union became one object', () => {
    // 0.64.0: Turn = {id, items} beside a oneOf on `status` (completed, interrupted, failed with a
    // required `error`, inProgress). 0.171.0: one object, `status: TurnStatus` (the same four
    // values), `error` optional and nullable, plus startedAt/completedAt/durationMs/... optional.
    expect(all('type-changed', 'v2/Turn')).toEqual([]);
    one('field-made-optional', 'v2/Turn<failed>.error', ['clients']);
    one('made-nullable', 'v2/Turn<failed>.error', ['clients']);
    one('field-added-optional', 'v2/Turn.startedAt', []);
    expect(report.changes.filter((c) => c.location === 'v2/Turn' && c.rule.startsWith('tag-value'))).toEqual([]);
  });

  it('compares the approval decisions clients send back (results of server requests)', () => {
    // 0.64.0: CommandExecutionRequestApprovalResponse.decision -> ApprovalDecision enum [accept,
    // decline, cancel], plus optional acceptSettings. 0.171.0: -> CommandExecutionApprovalDecision,
    // a oneOf of "accept", "acceptForSession", two closed objects, "decline", "cancel"; no
    // acceptSettings. Clients send it, servers receive it.
    one('type-renamed', 'CommandExecutionRequestApprovalResponse.decision', [], 'ApprovalDecision -> CommandExecutionApprovalDecision');
    one('enum-value-added', 'CommandExecutionApprovalDecision', ['servers'], '"acceptForSession"');
    expect(details('variant-added', 'CommandExecutionApprovalDecision')).toEqual([
      '{acceptWithExecpolicyAmendment}',
      '{applyNetworkPolicyAmendment}',
    ]);
    // decline and cancel are still there: nothing removed.
    expect(all('enum-value-removed', 'CommandExecutionApprovalDecision')).toEqual([]);
    // The client's acceptSettings would now be ignored: an instruction lost, breaking clients.
    one('field-removed-optional', 'CommandExecutionRequestApprovalResponse.acceptSettings', ['clients']);
    // FileChangeApprovalDecision: [accept, decline, cancel] -> four one-value branches adding acceptForSession.
    one('enum-value-added', 'FileChangeApprovalDecision', ['servers'], '"acceptForSession"');
    expect(all('enum-value-removed', 'FileChangeApprovalDecision')).toEqual([]);
  });

  it('reads ReviewDecision (v1 approvals): "denied" became an object, the other values stay', () => {
    // 0.64.0: oneOf of one-value enums approved, approved_for_session, denied, abort. 0.171.0 adds
    // approved_mcp_policy_amendment, timed_out and three closed objects, one of them {denied:
    // {rejection}}; the string "denied" is gone.
    one('enum-value-removed', 'ReviewDecision', ['clients'], '"denied"');
    expect(details('enum-value-removed', 'ReviewDecision')).toEqual(['"denied"']);
    expect(details('enum-value-added', 'ReviewDecision')).toEqual(['"approved_mcp_policy_amendment"', '"timed_out"']);
    one('variant-added', 'ReviewDecision', ['servers'], '{denied}');
  });

  it('reports the new required InitializeResponse fields as breaking servers', () => {
    // 0.64.0 InitializeResponse requires userAgent only; 0.171.0 also codexHome (allOf
    // AbsolutePathBuf), platformFamily, platformOs. Old servers do not send them.
    one('field-added-required', 'InitializeResponse.codexHome', ['servers'], 'v2/AbsolutePathBuf');
    one('field-added-required', 'InitializeResponse.platformFamily', ['servers']);
    one('field-added-required', 'InitializeResponse.platformOs', ['servers']);
    // InitializeParams gains an optional `capabilities` (required stays [clientInfo]).
    one('field-added-optional', 'InitializeParams.capabilities', []);
  });

  it('reports the v1 methods removed, and keeps the ones still there', () => {
    // ClientRequest 0.64.0 lists newConversation, sendUserMessage, ..., which 0.171.0's bundle
    // drops; initialize, fuzzyFileSearch and the two v1 approval server requests remain.
    for (const m of [
      'newConversation',
      'sendUserMessage',
      'sendUserTurn',
      'interruptConversation',
      'listConversations',
      'getConversationSummary',
      'loginApiKey',
    ])
      one('method-removed', m, ['clients']);
    // Server notifications removed: clients wait for them in vain.
    for (const m of ['sessionConfigured', 'authStatusChange', 'loginChatGptComplete']) one('method-removed', m, ['clients']);
    for (const m of ['initialize', 'fuzzyFileSearch', 'applyPatchApproval', 'execCommandApproval'])
      expect(all('method-removed', m)).toEqual([]);
    // thread/compact gave way to thread/compact/start.
    one('method-removed', 'thread/compact', ['clients']);
    one('method-added', 'thread/compact/start', []);
  });

  it('reads optional params as optional: account/rateLimits/read', () => {
    // 0.64.0: params {type: null}; 0.171.0: params anyOf [GetAccountRateLimitsParams, null], not
    // required. Old clients that send none stay valid; old servers took none.
    one('params-added-optional', 'account/rateLimits/read params', ['servers']);
    expect(all('params-added', 'account/rateLimits/read params')).toEqual([]);
  });

  it('sees through one-member allOf: Thread.cwd is still a string, Thread.status is a named type', () => {
    // Thread.cwd: 0.64.0 {type: string}; 0.171.0 allOf [AbsolutePathBuf], which is {type: string}.
    expect(report.changes.filter((c) => c.location === 'v2/Thread.cwd')).toEqual([]);
    // Thread.status: absent in 0.64.0; 0.171.0 required, allOf [ThreadStatus].
    one('field-added-required', 'v2/Thread.status', ['servers'], 'v2/ThreadStatus');
    // Not one report anywhere names allOf.
    expect(report.changes.filter((c) => /allOf/.test(c.detail))).toEqual([]);
  });

  it('keeps properties beside an anyOf: UserInput<image>', () => {
    // 0.64.0 image = {type, url} both required. 0.171.0 image = {type required, detail optional}
    // beside anyOf [{url}, {fileId}]. So url is still there, detail is new, fileId is a new shape.
    expect(
      report.changes.filter((c) => c.location.startsWith('v2/UserInput<image>.type') || c.location.startsWith('v2/UserInput<image>.url')),
    ).toEqual([]);
    one('field-added-optional', 'v2/UserInput<image>.detail', []);
    // UserInput is sent by clients (turn/start) and by servers (item notifications).
    one('variant-added', 'v2/UserInput<image>', ['clients', 'servers'], '{fileId, type}');
    // UserInput tags 0.64.0: text, image, localImage; 0.171.0 adds audio, localAudio, skill, mention.
    expect(details('tag-value-added', 'v2/UserInput')).toEqual(['type "audio"', 'type "localAudio"', 'type "mention"', 'type "skill"']);
  });

  it('reports other hand-checked changes with the right side broken', () => {
    // ThreadItem 0.64.0 has todoList; 0.171.0 does not. Servers send items: old servers break.
    one('tag-value-removed', 'v2/ThreadItem', ['servers'], 'type "todoList"');
    // SandboxMode camelCase enum -> kebab-case enum; only ThreadStartParams/ThreadResumeParams
    // reference it (the responses carry SandboxPolicy), so clients send it and servers receive it.
    one('enum-value-removed', 'v2/SandboxMode', ['clients'], '"readOnly"');
    one('enum-value-added', 'v2/SandboxMode', ['servers'], '"read-only"');
    // ErrorNotification requires willRetry in 0.171.0 only.
    one('field-added-required', 'v2/ErrorNotification.willRetry', ['servers']);
    // ItemStartedNotification requires startedAtMs in 0.171.0 only.
    one('field-added-required', 'v2/ItemStartedNotification.startedAtMs', ['servers']);
    // ThreadResumeParams loses the optional history and path: a client's value is ignored.
    one('field-removed-optional', 'v2/ThreadResumeParams.history', ['clients']);
    // ConfigValueWriteParams.value is `true` in both bundles: no change.
    expect(report.changes.filter((c) => c.location.startsWith('v2/ConfigValueWriteParams.value'))).toEqual([]);
  });

  it('compares results: 0.171.0 pairs every request the two releases share', () => {
    expect(report.new.pairing).toBe('bundle names');
    expect(report.notes.join(' ')).not.toMatch(/not compared/);
    // A result-only change, found only because results are compared.
    one('field-added-required', 'v2/ThreadStartResponse.approvalsReviewer', ['servers']);
  });
});
