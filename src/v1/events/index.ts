/**
 * The v1 `EventMsg` union: every event the core emits, tagged by snake_case `type`. On the wire
 * each reaches the client as the notification `codex/event/<type>` with params
 * `{id, msg: EventMsg, conversationId}` (not part of the exported schema; the registry derives it).
 */
import { def, tagged, variant, variantOf, type Variant } from '../../schema.js';
import { ReviewRequest, UpdatePlanArgs } from '../core.js';
import { BackgroundEventEvent, DeprecationNoticeEvent, ErrorEvent, StreamErrorEvent, WarningEvent } from './errors.js';
import { ApplyPatchApprovalRequestEvent, PatchApplyBeginEvent, PatchApplyEndEvent } from './patch.js';
import {
  ExecApprovalRequestEvent,
  ExecCommandBeginEvent,
  ExecCommandEndEvent,
  ExecCommandOutputDeltaEvent,
  ViewImageToolCallEvent,
} from './exec.js';
import {
  AgentMessageContentDeltaEvent,
  ItemCompletedEvent,
  ItemStartedEvent,
  RawResponseItemEvent,
  ReasoningContentDeltaEvent,
  ReasoningRawContentDeltaEvent,
} from './items.js';
import {
  ContextCompactedEvent,
  SessionConfiguredEvent,
  TaskCompleteEvent,
  TaskStartedEvent,
  TokenCountEvent,
  TurnAbortedEvent,
  TurnDiffEvent,
  UndoCompletedEvent,
  UndoStartedEvent,
} from './lifecycle.js';
import {
  ElicitationRequestEvent,
  McpListToolsResponseEvent,
  McpStartupCompleteEvent,
  McpStartupUpdateEvent,
  McpToolCallBeginEvent,
  McpToolCallEndEvent,
} from './mcp.js';
import {
  AgentMessageDeltaEvent,
  AgentMessageEvent,
  AgentReasoningDeltaEvent,
  AgentReasoningEvent,
  AgentReasoningRawContentDeltaEvent,
  AgentReasoningRawContentEvent,
  AgentReasoningSectionBreakEvent,
  UserMessageEvent,
} from './messages.js';
import {
  ExitedReviewModeEvent,
  GetHistoryEntryResponseEvent,
  ListCustomPromptsResponseEvent,
  WebSearchBeginEvent,
  WebSearchEndEvent,
} from './misc.js';

export * from './errors.js';
export * from './exec.js';
export * from './items.js';
export * from './lifecycle.js';
export * from './mcp.js';
export * from './messages.js';
export * from './misc.js';
export * from './patch.js';

/** The 50 branches, in the order of protocol-catalog.md §6. */
const eventVariants: Record<string, Variant> = {
  error: variantOf(ErrorEvent),
  warning: variantOf(WarningEvent),
  context_compacted: variantOf(ContextCompactedEvent),
  task_started: variantOf(TaskStartedEvent),
  task_complete: variantOf(TaskCompleteEvent),
  token_count: variantOf(TokenCountEvent),
  agent_message: variantOf(AgentMessageEvent),
  user_message: variantOf(UserMessageEvent),
  agent_message_delta: variantOf(AgentMessageDeltaEvent),
  agent_reasoning: variantOf(AgentReasoningEvent),
  agent_reasoning_delta: variantOf(AgentReasoningDeltaEvent),
  agent_reasoning_raw_content: variantOf(AgentReasoningRawContentEvent),
  agent_reasoning_raw_content_delta: variantOf(AgentReasoningRawContentDeltaEvent),
  agent_reasoning_section_break: variantOf(AgentReasoningSectionBreakEvent),
  session_configured: variantOf(SessionConfiguredEvent),
  mcp_startup_update: variantOf(McpStartupUpdateEvent),
  mcp_startup_complete: variantOf(McpStartupCompleteEvent),
  mcp_tool_call_begin: variantOf(McpToolCallBeginEvent),
  mcp_tool_call_end: variantOf(McpToolCallEndEvent),
  web_search_begin: variantOf(WebSearchBeginEvent),
  web_search_end: variantOf(WebSearchEndEvent),
  exec_command_begin: variantOf(ExecCommandBeginEvent),
  exec_command_output_delta: variantOf(ExecCommandOutputDeltaEvent),
  exec_command_end: variantOf(ExecCommandEndEvent),
  view_image_tool_call: variantOf(ViewImageToolCallEvent),
  exec_approval_request: variantOf(ExecApprovalRequestEvent),
  elicitation_request: variantOf(ElicitationRequestEvent),
  apply_patch_approval_request: variantOf(ApplyPatchApprovalRequestEvent),
  deprecation_notice: variantOf(DeprecationNoticeEvent),
  background_event: variantOf(BackgroundEventEvent),
  undo_started: variantOf(UndoStartedEvent),
  undo_completed: variantOf(UndoCompletedEvent),
  stream_error: variantOf(StreamErrorEvent),
  patch_apply_begin: variantOf(PatchApplyBeginEvent),
  patch_apply_end: variantOf(PatchApplyEndEvent),
  turn_diff: variantOf(TurnDiffEvent),
  get_history_entry_response: variantOf(GetHistoryEntryResponseEvent),
  mcp_list_tools_response: variantOf(McpListToolsResponseEvent),
  list_custom_prompts_response: variantOf(ListCustomPromptsResponseEvent),
  plan_update: variantOf(UpdatePlanArgs, 'The agent updated its step-by-step plan (`plan_update`).'),
  turn_aborted: variantOf(TurnAbortedEvent),
  shutdown_complete: variant({}, 'The conversation shut down and will emit no further events (`shutdown_complete`).'),
  entered_review_mode: variantOf(ReviewRequest, 'The conversation entered review mode for the given request (`entered_review_mode`).'),
  exited_review_mode: variantOf(ExitedReviewModeEvent),
  raw_response_item: variantOf(RawResponseItemEvent),
  item_started: variantOf(ItemStartedEvent),
  item_completed: variantOf(ItemCompletedEvent),
  agent_message_content_delta: variantOf(AgentMessageContentDeltaEvent),
  reasoning_content_delta: variantOf(ReasoningContentDeltaEvent),
  reasoning_raw_content_delta: variantOf(ReasoningRawContentDeltaEvent),
};

export const EventMsg = def(
  'root',
  'EventMsg',
  'An event emitted by the agent core for a conversation, internally tagged by snake_case `type`. Sent to v1 listeners as `codex/event/<type>` notifications and replayed bare in `initial_messages`/`initialMessages`.',
  tagged('type', eventVariants),
);

/** The 50 `EventMsg.type` values, in catalog order. */
export const eventTypes: readonly string[] = Object.freeze(Object.keys(eventVariants));
