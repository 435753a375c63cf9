// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ApplyPatchApprovalParams } from "./ApplyPatchApprovalParams.js";
import type { ApplyPatchApprovalResponse } from "./ApplyPatchApprovalResponse.js";
import type { ClientNotification } from "./ClientNotification.js";
import type { ClientRequest } from "./ClientRequest.js";
import type { ExecCommandApprovalParams } from "./ExecCommandApprovalParams.js";
import type { ExecCommandApprovalResponse } from "./ExecCommandApprovalResponse.js";
import type { FuzzyFileSearchParams } from "./FuzzyFileSearchParams.js";
import type { FuzzyFileSearchResponse } from "./FuzzyFileSearchResponse.js";
import type { InitializeParams } from "./InitializeParams.js";
import type { InitializeResponse } from "./InitializeResponse.js";
import type { ServerNotification } from "./ServerNotification.js";
import type { ServerRequest } from "./ServerRequest.js";
import type { AccountLoginCompletedNotification } from "./v2/AccountLoginCompletedNotification.js";
import type { AccountRateLimitsUpdatedNotification } from "./v2/AccountRateLimitsUpdatedNotification.js";
import type { AccountUpdatedNotification } from "./v2/AccountUpdatedNotification.js";
import type { AgentMessageDeltaNotification } from "./v2/AgentMessageDeltaNotification.js";
import type { CancelLoginAccountParams } from "./v2/CancelLoginAccountParams.js";
import type { CancelLoginAccountResponse } from "./v2/CancelLoginAccountResponse.js";
import type { CommandExecutionOutputDeltaNotification } from "./v2/CommandExecutionOutputDeltaNotification.js";
import type { CommandExecutionRequestApprovalParams } from "./v2/CommandExecutionRequestApprovalParams.js";
import type { CommandExecutionRequestApprovalResponse } from "./v2/CommandExecutionRequestApprovalResponse.js";
import type { ConfigBatchWriteParams } from "./v2/ConfigBatchWriteParams.js";
import type { ConfigReadParams } from "./v2/ConfigReadParams.js";
import type { ConfigReadResponse } from "./v2/ConfigReadResponse.js";
import type { ConfigValueWriteParams } from "./v2/ConfigValueWriteParams.js";
import type { ConfigWarningNotification } from "./v2/ConfigWarningNotification.js";
import type { ConfigWriteResponse } from "./v2/ConfigWriteResponse.js";
import type { ContextCompactedNotification } from "./v2/ContextCompactedNotification.js";
import type { DeprecationNoticeNotification } from "./v2/DeprecationNoticeNotification.js";
import type { ErrorNotification } from "./v2/ErrorNotification.js";
import type { FeedbackUploadParams } from "./v2/FeedbackUploadParams.js";
import type { FeedbackUploadResponse } from "./v2/FeedbackUploadResponse.js";
import type { FileChangeOutputDeltaNotification } from "./v2/FileChangeOutputDeltaNotification.js";
import type { FileChangeRequestApprovalParams } from "./v2/FileChangeRequestApprovalParams.js";
import type { FileChangeRequestApprovalResponse } from "./v2/FileChangeRequestApprovalResponse.js";
import type { GetAccountParams } from "./v2/GetAccountParams.js";
import type { GetAccountRateLimitsParams } from "./v2/GetAccountRateLimitsParams.js";
import type { GetAccountRateLimitsResponse } from "./v2/GetAccountRateLimitsResponse.js";
import type { GetAccountResponse } from "./v2/GetAccountResponse.js";
import type { ItemCompletedNotification } from "./v2/ItemCompletedNotification.js";
import type { ItemStartedNotification } from "./v2/ItemStartedNotification.js";
import type { LoginAccountParams } from "./v2/LoginAccountParams.js";
import type { LoginAccountResponse } from "./v2/LoginAccountResponse.js";
import type { LogoutAccountResponse } from "./v2/LogoutAccountResponse.js";
import type { McpToolCallProgressNotification } from "./v2/McpToolCallProgressNotification.js";
import type { ModelListParams } from "./v2/ModelListParams.js";
import type { ModelListResponse } from "./v2/ModelListResponse.js";
import type { ReasoningSummaryPartAddedNotification } from "./v2/ReasoningSummaryPartAddedNotification.js";
import type { ReasoningSummaryTextDeltaNotification } from "./v2/ReasoningSummaryTextDeltaNotification.js";
import type { ReasoningTextDeltaNotification } from "./v2/ReasoningTextDeltaNotification.js";
import type { RemoteControlStatusChangedNotification } from "./v2/RemoteControlStatusChangedNotification.js";
import type { ReviewStartParams } from "./v2/ReviewStartParams.js";
import type { ReviewStartResponse } from "./v2/ReviewStartResponse.js";
import type { ServerRequestResolvedNotification } from "./v2/ServerRequestResolvedNotification.js";
import type { ThreadArchiveParams } from "./v2/ThreadArchiveParams.js";
import type { ThreadArchiveResponse } from "./v2/ThreadArchiveResponse.js";
import type { ThreadArchivedNotification } from "./v2/ThreadArchivedNotification.js";
import type { ThreadGoalClearedNotification } from "./v2/ThreadGoalClearedNotification.js";
import type { ThreadListParams } from "./v2/ThreadListParams.js";
import type { ThreadListResponse } from "./v2/ThreadListResponse.js";
import type { ThreadResumeParams } from "./v2/ThreadResumeParams.js";
import type { ThreadResumeResponse } from "./v2/ThreadResumeResponse.js";
import type { ThreadStartParams } from "./v2/ThreadStartParams.js";
import type { ThreadStartResponse } from "./v2/ThreadStartResponse.js";
import type { ThreadStartedNotification } from "./v2/ThreadStartedNotification.js";
import type { ThreadStatusChangedNotification } from "./v2/ThreadStatusChangedNotification.js";
import type { ThreadTokenUsageUpdatedNotification } from "./v2/ThreadTokenUsageUpdatedNotification.js";
import type { TurnCompletedNotification } from "./v2/TurnCompletedNotification.js";
import type { TurnDiffUpdatedNotification } from "./v2/TurnDiffUpdatedNotification.js";
import type { TurnInterruptParams } from "./v2/TurnInterruptParams.js";
import type { TurnInterruptResponse } from "./v2/TurnInterruptResponse.js";
import type { TurnPlanUpdatedNotification } from "./v2/TurnPlanUpdatedNotification.js";
import type { TurnStartParams } from "./v2/TurnStartParams.js";
import type { TurnStartResponse } from "./v2/TurnStartResponse.js";
import type { TurnStartedNotification } from "./v2/TurnStartedNotification.js";
import type { WindowsWorldWritableWarningNotification } from "./v2/WindowsWorldWritableWarningNotification.js";

/** Params type of each client request, by method (`undefined`: the method takes no params). */
export interface ClientRequestParamsMap {
  initialize: InitializeParams;
  fuzzyFileSearch: FuzzyFileSearchParams;
  "thread/start": ThreadStartParams;
  "thread/resume": ThreadResumeParams;
  "thread/archive": ThreadArchiveParams;
  "thread/list": ThreadListParams;
  "turn/start": TurnStartParams;
  "turn/interrupt": TurnInterruptParams;
  "review/start": ReviewStartParams;
  "model/list": ModelListParams;
  "account/login/start": LoginAccountParams;
  "account/login/cancel": CancelLoginAccountParams;
  "account/logout": undefined;
  "account/rateLimits/read": GetAccountRateLimitsParams | undefined;
  "feedback/upload": FeedbackUploadParams;
  "config/read": ConfigReadParams;
  "config/value/write": ConfigValueWriteParams;
  "config/batchWrite": ConfigBatchWriteParams;
  "account/read": GetAccountParams;
}

/** Result type of each client request, by method. */
export interface ClientRequestResultMap {
  initialize: InitializeResponse;
  fuzzyFileSearch: FuzzyFileSearchResponse;
  "thread/start": ThreadStartResponse;
  "thread/resume": ThreadResumeResponse;
  "thread/archive": ThreadArchiveResponse;
  "thread/list": ThreadListResponse;
  "turn/start": TurnStartResponse;
  "turn/interrupt": TurnInterruptResponse;
  "review/start": ReviewStartResponse;
  "model/list": ModelListResponse;
  "account/login/start": LoginAccountResponse;
  "account/login/cancel": CancelLoginAccountResponse;
  "account/logout": LogoutAccountResponse;
  "account/rateLimits/read": GetAccountRateLimitsResponse;
  "feedback/upload": FeedbackUploadResponse;
  "config/read": ConfigReadResponse;
  "config/value/write": ConfigWriteResponse;
  "config/batchWrite": ConfigWriteResponse;
  "account/read": GetAccountResponse;
}

/** Params type of each server request (approvals), by method. */
export interface ServerRequestParamsMap {
  applyPatchApproval: ApplyPatchApprovalParams;
  execCommandApproval: ExecCommandApprovalParams;
  "item/commandExecution/requestApproval": CommandExecutionRequestApprovalParams;
  "item/fileChange/requestApproval": FileChangeRequestApprovalParams;
}

/** Result type the client answers each server request with, by method. */
export interface ServerRequestResultMap {
  applyPatchApproval: ApplyPatchApprovalResponse;
  execCommandApproval: ExecCommandApprovalResponse;
  "item/commandExecution/requestApproval": CommandExecutionRequestApprovalResponse;
  "item/fileChange/requestApproval": FileChangeRequestApprovalResponse;
}

/** Params type of each server notification, by method. */
export interface ServerNotificationParamsMap {
  error: ErrorNotification;
  "thread/started": ThreadStartedNotification;
  "thread/status/changed": ThreadStatusChangedNotification;
  "thread/goal/cleared": ThreadGoalClearedNotification;
  "thread/archived": ThreadArchivedNotification;
  "thread/tokenUsage/updated": ThreadTokenUsageUpdatedNotification;
  "turn/started": TurnStartedNotification;
  "turn/completed": TurnCompletedNotification;
  "turn/diff/updated": TurnDiffUpdatedNotification;
  "turn/plan/updated": TurnPlanUpdatedNotification;
  "item/started": ItemStartedNotification;
  "item/completed": ItemCompletedNotification;
  "item/agentMessage/delta": AgentMessageDeltaNotification;
  "item/commandExecution/outputDelta": CommandExecutionOutputDeltaNotification;
  "item/fileChange/outputDelta": FileChangeOutputDeltaNotification;
  "item/mcpToolCall/progress": McpToolCallProgressNotification;
  "account/updated": AccountUpdatedNotification;
  "account/rateLimits/updated": AccountRateLimitsUpdatedNotification;
  "item/reasoning/summaryTextDelta": ReasoningSummaryTextDeltaNotification;
  "item/reasoning/summaryPartAdded": ReasoningSummaryPartAddedNotification;
  "item/reasoning/textDelta": ReasoningTextDeltaNotification;
  "thread/compacted": ContextCompactedNotification;
  "windows/worldWritableWarning": WindowsWorldWritableWarningNotification;
  "account/login/completed": AccountLoginCompletedNotification;
  configWarning: ConfigWarningNotification;
  deprecationNotice: DeprecationNoticeNotification;
  "remoteControl/status/changed": RemoteControlStatusChangedNotification;
  "serverRequest/resolved": ServerRequestResolvedNotification;
}

/** Params type of each client notification, by method. */
export interface ClientNotificationParamsMap {
  initialized: undefined;
}

/** This release's message unions and method maps, as one type (what the runtime is typed by). */
export interface Protocol {
  ClientRequest: ClientRequest;
  ServerRequest: ServerRequest;
  ServerNotification: ServerNotification;
  ClientNotification: ClientNotification;
  ClientRequestParamsMap: ClientRequestParamsMap;
  ClientRequestResultMap: ClientRequestResultMap;
  ServerRequestParamsMap: ServerRequestParamsMap;
  ServerRequestResultMap: ServerRequestResultMap;
  ServerNotificationParamsMap: ServerNotificationParamsMap;
  ClientNotificationParamsMap: ClientNotificationParamsMap;
}

/** Method name of a client request. */
export type ClientRequestMethod = keyof ClientRequestParamsMap;
/** Method name of a server request. */
export type ServerRequestMethod = keyof ServerRequestParamsMap;
/** Method name of a server notification. */
export type ServerNotificationMethod = keyof ServerNotificationParamsMap;
/** Method name of a client notification. */
export type ClientNotificationMethod = keyof ClientNotificationParamsMap;

/** Params of the client request `M`, e.g. `ClientRequestParams<"thread/start">`. */
export type ClientRequestParams<M extends ClientRequestMethod> = ClientRequestParamsMap[M];
/** Result of the client request `M`, e.g. `ClientRequestResult<"thread/start">`. */
export type ClientRequestResult<M extends ClientRequestMethod> = ClientRequestResultMap[M];
/** Params of the server request `M`. */
export type ServerRequestParams<M extends ServerRequestMethod> = ServerRequestParamsMap[M];
/** Result the client sends back for the server request `M`. */
export type ServerRequestResult<M extends ServerRequestMethod> = ServerRequestResultMap[M];
/** Params of the server notification `M`. */
export type ServerNotificationParams<M extends ServerNotificationMethod> =
  ServerNotificationParamsMap[M];
/** Params of the client notification `M`. */
export type ClientNotificationParams<M extends ClientNotificationMethod> =
  ClientNotificationParamsMap[M];
