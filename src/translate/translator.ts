/**
 * The v1 -> v2 event translator: one small stateful object per thread. Feed it every core
 * `EventMsg` of the thread with its submission id (the `id` of a `codex/event/*` notification);
 * it returns the v2 notifications and server requests to send for it. No I/O, no timers.
 *
 * Turn ids are submission ids. State is kept only where the stream needs it: which command and
 * file-change items were already announced (so approvals come after `item/started` and a file
 * change is never started twice), outstanding approval requests, and the error of a turn that
 * is still running (so its `turn/completed` reports `failed`). Everything else is converted
 * statelessly, so events for items the translator never saw start are still forwarded.
 */
import type {
  CodexEventNotificationParams,
  EventMsg,
  RequestId,
  ReviewDecision,
  ServerNotification,
  ServerNotificationParams,
  ServerRequest,
  v2,
} from '../../generated/releases/0.64.0/typescript/index.js';
import {
  buildTurn,
  commandItem,
  commandItemFromEnd,
  decodeBase64Text,
  fileChangeItem,
  mcpToolCallItem,
  renderReviewOutput,
  toFileUpdateChanges,
} from './convert.js';
import {
  toPlanSteps,
  toRateLimitSnapshot,
  toReviewDecision,
  toRiskAssessment,
  toThreadItem,
  toThreadTokenUsage,
  toTurnError,
} from './convert.js';
import type { ApprovalKind, ApprovalResponse, CommandExecutionItem, FileChangeItem, TurnOutcome } from './convert.js';

/** The v2 server notifications (the legacy `codex/event/*` and v1 notifications left out). */
export type V2ServerNotification = Exclude<
  ServerNotification,
  { method: `codex/event/${string}` | 'authStatusChange' | 'loginChatGptComplete' | 'sessionConfigured' }
>;
/** The v2 server requests: the two approval requests. */
export type V2ServerRequest = Extract<
  ServerRequest,
  { method: 'item/commandExecution/requestApproval' | 'item/fileChange/requestApproval' }
>;
/** What the translator emits; a request is the one with an `id`. */
export type TranslatedMessage = V2ServerNotification | V2ServerRequest;

type V2Method = V2ServerNotification['method'];

export interface TranslatorOptions {
  /** The thread (conversation) id put on every message. */
  threadId: string;
  /**
   * Allocates the JSON-RPC id of each server request. Request ids are per connection, so a
   * server running several threads on one connection should share one allocator between their
   * translators. Default: an integer counter starting at 0, private to this translator.
   */
  nextRequestId?: () => RequestId;
  /**
   * What to do with the core's own end event for an item the user already declined. The real
   * server forwards it, so a declined command yields a second `item/completed` (status `failed`,
   * exitCode -1, aggregatedOutput "exec command rejected by user"). `forward` (default) does the
   * same; `drop` keeps the `declined` completion as the item's only one.
   */
  afterDecline?: 'forward' | 'drop';
}

/** An approval request sent to the client and not answered yet. */
export interface PendingApproval {
  requestId: RequestId;
  method: V2ServerRequest['method'];
  kind: ApprovalKind;
  itemId: string;
  /** The turn, i.e. the submission id the answering v1 op (`ExecApproval` / `PatchApproval`) must carry. */
  turnId: string;
}

/** The result of answering an approval request. */
export interface ApprovalResolution extends PendingApproval {
  /** The v1 decision to submit to the core. */
  decision: ReviewDecision;
  /** Notifications to send now: the `declined` item/completed when the answer was not accept. */
  messages: TranslatedMessage[];
}

interface ItemRecord {
  kind: ApprovalKind;
  turnId: string;
  phase: 'started' | 'declined' | 'completed';
  /** File changes as last announced, used when the end event comes without them. */
  changes?: v2.FileUpdateChange[];
}

interface PendingRecord extends PendingApproval {
  /** The item as announced with the request; its `declined` form is what a refusal completes. */
  item: CommandExecutionItem | FileChangeItem;
}

function notification<M extends V2Method>(method: M, params: ServerNotificationParams<M>): TranslatedMessage {
  return { method, params } as Extract<V2ServerNotification, { method: M }>;
}

function counter(): () => RequestId {
  let next = 0;
  return () => next++;
}

export class EventTranslator {
  readonly threadId: string;
  private readonly nextRequestId: () => RequestId;
  private readonly afterDecline: 'forward' | 'drop';
  private readonly items = new Map<string, ItemRecord>();
  private readonly pending = new Map<RequestId, PendingRecord>();
  private readonly openTurns = new Set<string>();
  private readonly turnErrors = new Map<string, v2.TurnError>();

  constructor(options: TranslatorOptions) {
    this.threadId = options.threadId;
    this.nextRequestId = options.nextRequestId ?? counter();
    this.afterDecline = options.afterDecline ?? 'forward';
  }

  /** Translates the params of one `codex/event/*` notification. */
  translateNotification(params: CodexEventNotificationParams): TranslatedMessage[] {
    return this.translate(params.id, params.msg);
  }

  /** Translates one core event that belongs to submission `submissionId`. Events without a v2 counterpart give `[]`. */
  translate(submissionId: string, msg: EventMsg): TranslatedMessage[] {
    const threadId = this.threadId;
    const turnId = submissionId;
    const itemEvent = (method: 'item/started' | 'item/completed', item: v2.ThreadItem) => notification(method, { item, threadId, turnId });
    // Items that start and finish in one event.
    const whole = (item: v2.ThreadItem) => [itemEvent('item/started', item), itemEvent('item/completed', item)];
    switch (msg.type) {
      case 'task_started':
        return this.startTurn(turnId);
      case 'task_complete':
        return this.endTurn(turnId);
      case 'turn_aborted':
        return this.endTurn(turnId, { status: 'interrupted' });
      case 'error': {
        const error = toTurnError(msg);
        this.turnErrors.set(turnId, error);
        return [notification('error', { error, threadId, turnId })];
      }
      case 'stream_error':
        // Transient: reported, but the turn keeps running and is not marked failed.
        return [notification('error', { error: toTurnError(msg), threadId, turnId })];

      case 'exec_command_begin':
        return this.startItem(msg.call_id, 'commandExecution', turnId) ? [itemEvent('item/started', commandItem(msg, 'inProgress'))] : [];
      case 'exec_approval_request': {
        const item = commandItem({ ...msg, process_id: null }, 'inProgress');
        const out = this.startItem(msg.call_id, 'commandExecution', turnId) ? [itemEvent('item/started', item)] : [];
        const requestId = this.track('item/commandExecution/requestApproval', 'commandExecution', item, turnId);
        out.push({
          id: requestId,
          method: 'item/commandExecution/requestApproval',
          params: { threadId, turnId, itemId: msg.call_id, reason: msg.reason ?? null, risk: toRiskAssessment(msg.risk) },
        });
        return out;
      }
      case 'exec_command_output_delta': {
        const params = { threadId, turnId, itemId: msg.call_id, delta: decodeBase64Text(msg.chunk) };
        // apply_patch output arrives on this event too, under the patch's call id.
        return this.items.get(msg.call_id)?.kind === 'fileChange'
          ? [notification('item/fileChange/outputDelta', params)]
          : [notification('item/commandExecution/outputDelta', params)];
      }
      case 'exec_command_end':
        return this.endItem(msg.call_id) ? [itemEvent('item/completed', commandItemFromEnd(msg))] : [];

      case 'apply_patch_approval_request': {
        // The core asks before it begins the patch; start the item here so the request follows it.
        const changes = toFileUpdateChanges(msg.changes);
        const item = fileChangeItem(msg.call_id, changes, 'inProgress');
        const out = this.startItem(msg.call_id, 'fileChange', turnId, changes) ? [itemEvent('item/started', item)] : [];
        const requestId = this.track('item/fileChange/requestApproval', 'fileChange', item, turnId);
        out.push({
          id: requestId,
          method: 'item/fileChange/requestApproval',
          params: { threadId, turnId, itemId: msg.call_id, reason: msg.reason ?? null, grantRoot: msg.grant_root ?? null },
        });
        return out;
      }
      case 'patch_apply_begin': {
        const changes = toFileUpdateChanges(msg.changes);
        return this.startItem(msg.call_id, 'fileChange', turnId, changes)
          ? [itemEvent('item/started', fileChangeItem(msg.call_id, changes, 'inProgress'))]
          : [];
      }
      case 'patch_apply_end': {
        const known = this.items.get(msg.call_id)?.changes;
        if (!this.endItem(msg.call_id)) return [];
        let changes = toFileUpdateChanges(msg.changes);
        if (changes.length === 0 && known) changes = known;
        return [itemEvent('item/completed', fileChangeItem(msg.call_id, changes, msg.success ? 'completed' : 'failed'))];
      }

      case 'item_started':
        return [itemEvent('item/started', toThreadItem(msg.item))];
      case 'item_completed':
        return [itemEvent('item/completed', toThreadItem(msg.item))];
      case 'agent_message_content_delta':
        return [notification('item/agentMessage/delta', { threadId, turnId, itemId: msg.item_id, delta: msg.delta })];
      case 'reasoning_content_delta':
        return [
          notification('item/reasoning/summaryTextDelta', {
            threadId,
            turnId,
            itemId: msg.item_id,
            delta: msg.delta,
            summaryIndex: msg.summary_index ?? 0,
          }),
        ];
      case 'reasoning_raw_content_delta':
        return [
          notification('item/reasoning/textDelta', {
            threadId,
            turnId,
            itemId: msg.item_id,
            delta: msg.delta,
            contentIndex: msg.content_index ?? 0,
          }),
        ];
      case 'agent_reasoning_section_break':
        // Only the item-model form (with an item id) has a v2 counterpart.
        return msg.item_id
          ? [
              notification('item/reasoning/summaryPartAdded', {
                threadId,
                turnId,
                itemId: msg.item_id,
                summaryIndex: msg.summary_index ?? 0,
              }),
            ]
          : [];

      case 'mcp_tool_call_begin':
        return [itemEvent('item/started', mcpToolCallItem(msg.call_id, msg.invocation))];
      case 'mcp_tool_call_end':
        return [itemEvent('item/completed', mcpToolCallItem(msg.call_id, msg.invocation, msg.result))];
      case 'view_image_tool_call':
        return whole({ type: 'imageView', id: msg.call_id, path: msg.path });
      case 'entered_review_mode':
        return whole({ type: 'enteredReviewMode', id: `review-entered-${turnId}`, review: msg.user_facing_hint });
      case 'exited_review_mode':
        return whole({ type: 'exitedReviewMode', id: `review-exited-${turnId}`, review: renderReviewOutput(msg.review_output) });

      case 'token_count': {
        const out: TranslatedMessage[] = [];
        if (msg.info) out.push(notification('thread/tokenUsage/updated', { threadId, turnId, tokenUsage: toThreadTokenUsage(msg.info) }));
        if (msg.rate_limits) out.push(notification('account/rateLimits/updated', { rateLimits: toRateLimitSnapshot(msg.rate_limits) }));
        return out;
      }
      case 'turn_diff':
        return [notification('turn/diff/updated', { threadId, turnId, diff: msg.unified_diff })];
      case 'plan_update':
        return [notification('turn/plan/updated', { turnId, explanation: msg.explanation ?? null, plan: toPlanSteps(msg.plan) })];
      case 'context_compacted':
        return [notification('thread/compacted', { threadId, turnId })];
      default:
        // Legacy streaming (agent_message*, agent_reasoning*, user_message, web_search_*), session,
        // MCP start-up, undo, warnings and replies to v1 ops: covered by the item events or v1-only.
        return [];
    }
  }

  /**
   * Records the client's answer to approval request `requestId` and returns the v1 decision to
   * submit plus the notifications to send now. `response` null (the client answered with an
   * error) counts as decline. Unknown or already answered ids give undefined.
   */
  resolveApproval(requestId: RequestId, response: ApprovalResponse | null): ApprovalResolution | undefined {
    const req = this.pending.get(requestId);
    if (!req) return undefined;
    this.pending.delete(requestId);
    const { item, ...pending } = req;
    const decision = toReviewDecision(req.kind, response);
    const messages: TranslatedMessage[] = [];
    const record = this.items.get(req.itemId);
    if ((decision === 'denied' || decision === 'abort') && record?.phase !== 'completed' && record?.phase !== 'declined') {
      if (record) record.phase = 'declined';
      messages.push(notification('item/completed', { item: { ...item, status: 'declined' }, threadId: this.threadId, turnId: req.turnId }));
    }
    return { ...pending, decision, messages };
  }

  /** Approval requests sent and not answered yet, oldest first. */
  pendingApprovals(): PendingApproval[] {
    return [...this.pending.values()].map(({ item: _item, ...p }) => p);
  }

  private startTurn(turnId: string): TranslatedMessage[] {
    const out: TranslatedMessage[] = [];
    // A turn that failed but whose end event never came is closed before the next one starts.
    for (const open of Array.from(this.openTurns)) if (open !== turnId && this.turnErrors.has(open)) out.push(...this.endTurn(open));
    this.openTurns.add(turnId);
    this.turnErrors.delete(turnId);
    out.push(notification('turn/started', { threadId: this.threadId, turn: buildTurn(turnId, [], { status: 'inProgress' }) }));
    return out;
  }

  private endTurn(turnId: string, forced?: TurnOutcome): TranslatedMessage[] {
    const error = this.turnErrors.get(turnId);
    const outcome: TurnOutcome = forced ?? (error ? { status: 'failed', error } : { status: 'completed' });
    this.openTurns.delete(turnId);
    this.turnErrors.delete(turnId);
    for (const [id, record] of this.items) if (record.turnId === turnId) this.items.delete(id);
    return [notification('turn/completed', { threadId: this.threadId, turn: buildTurn(turnId, [], outcome) })];
  }

  /** Marks an item started; false when it already was (so no second item/started goes out). */
  private startItem(id: string, kind: ApprovalKind, turnId: string, changes?: v2.FileUpdateChange[]): boolean {
    if (this.items.has(id)) return false;
    this.items.set(id, { kind, turnId, phase: 'started', changes });
    return true;
  }

  /** Marks an item completed; false when its completion is to be dropped (declined, `afterDecline: 'drop'`). */
  private endItem(id: string): boolean {
    const record = this.items.get(id);
    const drop = record?.phase === 'declined' && this.afterDecline === 'drop';
    if (record) record.phase = 'completed';
    return !drop;
  }

  private track(
    method: V2ServerRequest['method'],
    kind: ApprovalKind,
    item: CommandExecutionItem | FileChangeItem,
    turnId: string,
  ): RequestId {
    const requestId = this.nextRequestId();
    this.pending.set(requestId, { requestId, method, kind, itemId: item.id, turnId, item });
    return requestId;
  }
}

/** A translator for thread `options.threadId`. */
export function createTranslator(options: TranslatorOptions): EventTranslator {
  return new EventTranslator(options);
}
