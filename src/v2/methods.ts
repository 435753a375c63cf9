/**
 * Every v2 method, declared once: direction, params and result. Find a method here by its
 * name, then jump to its params/result definition. Order follows the protocol catalog:
 * client requests, then server requests, then server notifications.
 */
import { clientRequest, serverNotification, serverRequest, type MethodSpec } from '../method.js';
import {
  CancelLoginAccountParams,
  CancelLoginAccountResponse,
  GetAccountParams,
  GetAccountRateLimitsResponse,
  GetAccountResponse,
  LoginAccountParams,
  LoginAccountResponse,
  LogoutAccountResponse,
} from './account.js';
import {
  CommandExecutionRequestApprovalParams,
  CommandExecutionRequestApprovalResponse,
  FileChangeRequestApprovalParams,
  FileChangeRequestApprovalResponse,
} from './approvals.js';
import { ConfigBatchWriteParams, ConfigReadParams, ConfigReadResponse, ConfigValueWriteParams, ConfigWriteResponse } from './config.js';
import { FeedbackUploadParams, FeedbackUploadResponse } from './feedback.js';
import { ModelListParams, ModelListResponse } from './model.js';
import {
  AccountLoginCompletedNotification,
  AccountRateLimitsUpdatedNotification,
  AccountUpdatedNotification,
  ContextCompactedNotification,
  ErrorNotification,
  ThreadStartedNotification,
  ThreadTokenUsageUpdatedNotification,
  TurnCompletedNotification,
  TurnDiffUpdatedNotification,
  TurnPlanUpdatedNotification,
  TurnStartedNotification,
  WindowsWorldWritableWarningNotification,
} from './notifications.js';
import {
  AgentMessageDeltaNotification,
  CommandExecutionOutputDeltaNotification,
  FileChangeOutputDeltaNotification,
  ItemCompletedNotification,
  ItemStartedNotification,
  McpToolCallProgressNotification,
  ReasoningSummaryPartAddedNotification,
  ReasoningSummaryTextDeltaNotification,
  ReasoningTextDeltaNotification,
} from './notifications-items.js';
import { ReviewStartParams, ReviewStartResponse } from './review.js';
import {
  ThreadArchiveParams,
  ThreadArchiveResponse,
  ThreadCompactParams,
  ThreadCompactResponse,
  ThreadListParams,
  ThreadListResponse,
  ThreadResumeParams,
  ThreadResumeResponse,
  ThreadStartParams,
  ThreadStartResponse,
} from './thread.js';
import { TurnInterruptParams, TurnInterruptResponse, TurnStartParams, TurnStartResponse } from './turn.js';

export const v2Methods: readonly MethodSpec[] = [
  // Client -> server requests (18).
  clientRequest('v2', 'thread/start', ThreadStartParams, ThreadStartResponse, 'Creates a new thread and subscribes the client to its notifications.'),
  clientRequest('v2', 'thread/resume', ThreadResumeParams, ThreadResumeResponse, 'Reopens a stored thread (by id, rollout path or inline history) with its past turns and subscribes the client to it.'),
  clientRequest('v2', 'thread/archive', ThreadArchiveParams, ThreadArchiveResponse, 'Moves a thread out of the active list into the archive.'),
  clientRequest('v2', 'thread/list', ThreadListParams, ThreadListResponse, 'Lists stored threads, newest first, one page at a time.'),
  clientRequest('v2', 'thread/compact', ThreadCompactParams, ThreadCompactResponse, 'Asks the server to summarize a thread\'s history to free context window space.'),
  clientRequest('v2', 'turn/start', TurnStartParams, TurnStartResponse, 'Sends user input to a thread and starts a new turn, optionally overriding settings for it and later turns.'),
  clientRequest('v2', 'turn/interrupt', TurnInterruptParams, TurnInterruptResponse, 'Stops a running turn; it then completes with status `interrupted`.'),
  clientRequest('v2', 'review/start', ReviewStartParams, ReviewStartResponse, 'Starts a code review turn over the chosen changes, inline or in a separate review thread.'),
  clientRequest('v2', 'model/list', ModelListParams, ModelListResponse, 'Lists the models available to new threads and turns, one page at a time.'),
  clientRequest('v2', 'account/login/start', LoginAccountParams, LoginAccountResponse, 'Signs in with an API key or starts the ChatGPT browser sign-in; the result arrives as `account/login/completed`.'),
  clientRequest('v2', 'account/login/cancel', CancelLoginAccountParams, CancelLoginAccountResponse, 'Abandons a pending ChatGPT sign-in.'),
  clientRequest('v2', 'account/logout', null, LogoutAccountResponse, 'Signs out and forgets the stored credentials; takes no params.'),
  clientRequest('v2', 'account/rateLimits/read', null, GetAccountRateLimitsResponse, 'Fetches the account\'s current rate-limit usage from the backend; takes no params.'),
  clientRequest('v2', 'feedback/upload', FeedbackUploadParams, FeedbackUploadResponse, 'Uploads user feedback about a thread, optionally with the server logs.'),
  clientRequest('v2', 'config/read', ConfigReadParams, ConfigReadResponse, 'Returns the effective configuration, where each value came from and optionally every layer.'),
  clientRequest('v2', 'config/value/write', ConfigValueWriteParams, ConfigWriteResponse, 'Writes one value into a config file.'),
  clientRequest('v2', 'config/batchWrite', ConfigBatchWriteParams, ConfigWriteResponse, 'Applies several value edits to one config file at once.'),
  clientRequest('v2', 'account/read', GetAccountParams, GetAccountResponse, 'Reports which account the server is signed in with and whether sign-in is needed.'),

  // Server -> client requests (2).
  serverRequest('v2', 'item/commandExecution/requestApproval', CommandExecutionRequestApprovalParams, CommandExecutionRequestApprovalResponse, 'Asks the user whether a command the agent wants to run may run; sent only for turns started with `turn/start`.'),
  serverRequest('v2', 'item/fileChange/requestApproval', FileChangeRequestApprovalParams, FileChangeRequestApprovalResponse, 'Asks the user whether the agent may apply a file change; sent only for turns started with `turn/start`.'),

  // Server notifications (21).
  serverNotification('v2', 'error', ErrorNotification, 'Reports an error in a turn, including transient errors the server is retrying.'),
  serverNotification('v2', 'thread/started', ThreadStartedNotification, 'Announces a newly created thread.'),
  serverNotification('v2', 'thread/tokenUsage/updated', ThreadTokenUsageUpdatedNotification, 'Reports updated token usage for a thread.'),
  serverNotification('v2', 'turn/started', TurnStartedNotification, 'Announces that the agent started working on a turn.'),
  serverNotification('v2', 'turn/completed', TurnCompletedNotification, 'Announces that a turn ended, with its final status.'),
  serverNotification('v2', 'turn/diff/updated', TurnDiffUpdatedNotification, 'Sends the up-to-date combined diff of the file changes made in a turn.'),
  serverNotification('v2', 'turn/plan/updated', TurnPlanUpdatedNotification, 'Sends the agent\'s revised plan for a turn.'),
  serverNotification('v2', 'item/started', ItemStartedNotification, 'Announces a new item in a turn.'),
  serverNotification('v2', 'item/completed', ItemCompletedNotification, 'Sends an item in its final state.'),
  serverNotification('v2', 'item/agentMessage/delta', AgentMessageDeltaNotification, 'Streams a chunk of agent message text.', { streaming: true }),
  serverNotification('v2', 'item/commandExecution/outputDelta', CommandExecutionOutputDeltaNotification, 'Streams a chunk of a running command\'s output.', { streaming: true }),
  serverNotification('v2', 'item/fileChange/outputDelta', FileChangeOutputDeltaNotification, 'Streams output produced while applying a file change.', { streaming: true }),
  serverNotification('v2', 'item/mcpToolCall/progress', McpToolCallProgressNotification, 'Relays a progress message from a running MCP tool call.'),
  serverNotification('v2', 'account/updated', AccountUpdatedNotification, 'Announces that the server\'s authentication mode changed, e.g. after login or logout.'),
  serverNotification('v2', 'account/rateLimits/updated', AccountRateLimitsUpdatedNotification, 'Sends fresh rate-limit figures for the account.'),
  serverNotification('v2', 'item/reasoning/summaryTextDelta', ReasoningSummaryTextDeltaNotification, 'Streams a chunk of reasoning summary text.', { streaming: true }),
  serverNotification('v2', 'item/reasoning/summaryPartAdded', ReasoningSummaryPartAddedNotification, 'Announces that a new reasoning summary part started.'),
  serverNotification('v2', 'item/reasoning/textDelta', ReasoningTextDeltaNotification, 'Streams a chunk of raw reasoning text.', { streaming: true }),
  serverNotification('v2', 'thread/compacted', ContextCompactedNotification, 'Announces that a thread\'s history was compacted.'),
  serverNotification('v2', 'windows/worldWritableWarning', WindowsWorldWritableWarningNotification, 'Warns that world-writable directories were found on Windows, which weakens the sandbox.'),
  serverNotification('v2', 'account/login/completed', AccountLoginCompletedNotification, 'Reports the outcome of a login attempt started with `account/login/start`.'),
];
