/**
 * Every v2 method, declared once: direction, params and result. Find a method here by its
 * name, then jump to its params/result definition. Order follows the protocol catalog:
 * client requests, then server requests, then server notifications.
 */
import { methodTable } from '../method.js';
import {
  AccountLoginCompletedNotification,
  AccountUpdatedNotification,
  CancelLoginAccountParams,
  CancelLoginAccountResponse,
  GetAccountParams,
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
  ServerRequestResolvedNotification,
} from './approvals.js';
import { ConfigBatchWriteParams, ConfigReadParams, ConfigReadResponse, ConfigValueWriteParams, ConfigWriteResponse } from './config.js';
import { FeedbackUploadParams, FeedbackUploadResponse } from './feedback.js';
import { ModelListParams, ModelListResponse } from './model.js';
import { ConfigWarningNotification, DeprecationNoticeNotification, RemoteControlStatusChangedNotification } from './notices.js';
import {
  ContextCompactedNotification,
  ErrorNotification,
  ThreadArchivedNotification,
  ThreadGoalClearedNotification,
  ThreadStartedNotification,
  ThreadStatusChangedNotification,
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
import { AccountRateLimitsUpdatedNotification, GetAccountRateLimitsParams, GetAccountRateLimitsResponse } from './rate-limits.js';
import { ReviewStartParams, ReviewStartResponse } from './review.js';
import { ThreadResumeParams, ThreadResumeResponse, ThreadStartParams, ThreadStartResponse } from './thread.js';
import {
  ThreadArchiveParams,
  ThreadArchiveResponse,
  ThreadCompactParams,
  ThreadCompactResponse,
  ThreadListParams,
  ThreadListResponse,
} from './thread-list.js';
import { TurnInterruptParams, TurnInterruptResponse, TurnStartParams, TurnStartResponse } from './turn.js';

export const v2Methods = methodTable('v2', {
  clientRequests: {
    'thread/start': {
      params: ThreadStartParams,
      result: ThreadStartResponse,
      doc: 'Creates a new thread and subscribes the client to its notifications.',
    },
    'thread/resume': {
      params: ThreadResumeParams,
      result: ThreadResumeResponse,
      doc: 'Reopens a stored thread (by id, rollout path or inline history) with its past turns and subscribes the client to it.',
    },
    'thread/archive': {
      params: ThreadArchiveParams,
      result: ThreadArchiveResponse,
      doc: 'Moves a thread out of the active list into the archive.',
    },
    'thread/list': { params: ThreadListParams, result: ThreadListResponse, doc: 'Lists stored threads, newest first, one page at a time.' },
    'thread/compact': {
      params: ThreadCompactParams,
      result: ThreadCompactResponse,
      doc: "Asks the server to summarize a thread's history to free context window space.",
      removed: '0.171.0',
    },
    'turn/start': {
      params: TurnStartParams,
      result: TurnStartResponse,
      doc: 'Sends user input to a thread and starts a new turn, optionally overriding settings for it and later turns.',
    },
    'turn/interrupt': {
      params: TurnInterruptParams,
      result: TurnInterruptResponse,
      doc: 'Stops a running turn; it then completes with status `interrupted`.',
    },
    'review/start': {
      params: ReviewStartParams,
      result: ReviewStartResponse,
      doc: 'Starts a code review turn over the chosen changes, inline or in a separate review thread.',
    },
    'model/list': {
      params: ModelListParams,
      result: ModelListResponse,
      doc: 'Lists the models available to new threads and turns, one page at a time.',
    },
    'account/login/start': {
      params: LoginAccountParams,
      result: LoginAccountResponse,
      doc: 'Signs in with an API key or starts the ChatGPT browser sign-in; the result arrives as `account/login/completed`.',
    },
    'account/login/cancel': {
      params: CancelLoginAccountParams,
      result: CancelLoginAccountResponse,
      doc: 'Abandons a pending ChatGPT sign-in.',
    },
    'account/logout': {
      params: null,
      result: LogoutAccountResponse,
      doc: 'Signs out and forgets the stored credentials; takes no params.',
    },
    'account/rateLimits/read': {
      params: { '0.64.0': null, '0.171.0': GetAccountRateLimitsParams },
      paramsOptional: true,
      result: GetAccountRateLimitsResponse,
      doc: "Fetches the account's current rate-limit usage from the backend.",
    },
    'feedback/upload': {
      params: FeedbackUploadParams,
      result: FeedbackUploadResponse,
      doc: 'Uploads user feedback about a thread, optionally with the server logs.',
    },
    'config/read': {
      params: ConfigReadParams,
      result: ConfigReadResponse,
      doc: 'Returns the effective configuration, where each value came from and optionally every layer.',
    },
    'config/value/write': { params: ConfigValueWriteParams, result: ConfigWriteResponse, doc: 'Writes one value into a config file.' },
    'config/batchWrite': {
      params: ConfigBatchWriteParams,
      result: ConfigWriteResponse,
      doc: 'Applies several value edits to one config file at once.',
    },
    'account/read': {
      params: GetAccountParams,
      result: GetAccountResponse,
      doc: 'Reports which account the server is signed in with and whether sign-in is needed.',
    },
  },
  serverRequests: {
    'item/commandExecution/requestApproval': {
      params: CommandExecutionRequestApprovalParams,
      result: CommandExecutionRequestApprovalResponse,
      doc: 'Asks the user whether a command the agent wants to run may run; sent only for turns started with `turn/start`.',
    },
    'item/fileChange/requestApproval': {
      params: FileChangeRequestApprovalParams,
      result: FileChangeRequestApprovalResponse,
      doc: 'Asks the user whether the agent may apply a file change; sent only for turns started with `turn/start`.',
    },
  },
  serverNotifications: {
    error: { params: ErrorNotification, doc: 'Reports an error in a turn, including transient errors the server is retrying.' },
    'thread/started': { params: ThreadStartedNotification, doc: 'Announces a newly created thread.' },
    'thread/status/changed': {
      params: ThreadStatusChangedNotification,
      doc: 'Reports the new status of a loaded thread.',
      since: '0.171.0',
    },
    'thread/goal/cleared': { params: ThreadGoalClearedNotification, doc: "Announces that a thread's goal was removed.", since: '0.171.0' },
    'thread/archived': { params: ThreadArchivedNotification, doc: 'Announces that a thread was archived.', since: '0.171.0' },
    'thread/tokenUsage/updated': { params: ThreadTokenUsageUpdatedNotification, doc: 'Reports updated token usage for a thread.' },
    'turn/started': { params: TurnStartedNotification, doc: 'Announces that the agent started working on a turn.' },
    'turn/completed': { params: TurnCompletedNotification, doc: 'Announces that a turn ended, with its final status.' },
    'turn/diff/updated': {
      params: TurnDiffUpdatedNotification,
      doc: 'Sends the up-to-date combined diff of the file changes made in a turn.',
    },
    'turn/plan/updated': { params: TurnPlanUpdatedNotification, doc: "Sends the agent's revised plan for a turn." },
    'item/started': { params: ItemStartedNotification, doc: 'Announces a new item in a turn.' },
    'item/completed': { params: ItemCompletedNotification, doc: 'Sends an item in its final state.' },
    'item/agentMessage/delta': { params: AgentMessageDeltaNotification, doc: 'Streams a chunk of agent message text.', streaming: true },
    'item/commandExecution/outputDelta': {
      params: CommandExecutionOutputDeltaNotification,
      doc: "Streams a chunk of a running command's output.",
      streaming: true,
    },
    'item/fileChange/outputDelta': {
      params: FileChangeOutputDeltaNotification,
      doc: 'Streams output produced while applying a file change.',
      streaming: true,
    },
    'item/mcpToolCall/progress': {
      params: McpToolCallProgressNotification,
      doc: 'Relays a progress message from a running MCP tool call.',
    },
    'account/updated': {
      params: AccountUpdatedNotification,
      doc: "Announces that the server's authentication mode changed, e.g. after login or logout.",
    },
    'account/rateLimits/updated': { params: AccountRateLimitsUpdatedNotification, doc: 'Sends fresh rate-limit figures for the account.' },
    'item/reasoning/summaryTextDelta': {
      params: ReasoningSummaryTextDeltaNotification,
      doc: 'Streams a chunk of reasoning summary text.',
      streaming: true,
    },
    'item/reasoning/summaryPartAdded': {
      params: ReasoningSummaryPartAddedNotification,
      doc: 'Announces that a new reasoning summary part started.',
    },
    'item/reasoning/textDelta': { params: ReasoningTextDeltaNotification, doc: 'Streams a chunk of raw reasoning text.', streaming: true },
    'thread/compacted': { params: ContextCompactedNotification, doc: "Announces that a thread's history was compacted." },
    'windows/worldWritableWarning': {
      params: WindowsWorldWritableWarningNotification,
      doc: 'Warns that world-writable directories were found on Windows, which weakens the sandbox.',
    },
    'account/login/completed': {
      params: AccountLoginCompletedNotification,
      doc: 'Reports the outcome of a login attempt started with `account/login/start`.',
    },
    configWarning: {
      params: ConfigWarningNotification,
      doc: 'Warns about a problem in the configuration or the environment; the server carries on.',
      since: '0.171.0',
    },
    deprecationNotice: {
      params: DeprecationNoticeNotification,
      doc: 'Tells the client that something it uses is deprecated, and what to do instead.',
      since: '0.171.0',
    },
    'remoteControl/status/changed': {
      params: RemoteControlStatusChangedNotification,
      doc: "Reports the state of the server's remote-control connection, once at start and on every change.",
      since: '0.171.0',
    },
    'serverRequest/resolved': {
      params: ServerRequestResolvedNotification,
      doc: 'Tells the client that a request the server sent, such as an approval, is settled and needs no answer any more.',
      since: '0.171.0',
    },
  },
});
