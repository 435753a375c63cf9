// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AddConversationListenerParams } from "./AddConversationListenerParams.js";
import type { AddConversationSubscriptionResponse } from "./AddConversationSubscriptionResponse.js";
import type { ApplyPatchApprovalParams } from "./ApplyPatchApprovalParams.js";
import type { ApplyPatchApprovalResponse } from "./ApplyPatchApprovalResponse.js";
import type { ArchiveConversationParams } from "./ArchiveConversationParams.js";
import type { ArchiveConversationResponse } from "./ArchiveConversationResponse.js";
import type { AuthStatusChangeNotification } from "./AuthStatusChangeNotification.js";
import type { CancelLoginChatGptParams } from "./CancelLoginChatGptParams.js";
import type { CancelLoginChatGptResponse } from "./CancelLoginChatGptResponse.js";
import type { ClientNotification } from "./ClientNotification.js";
import type { ClientRequest } from "./ClientRequest.js";
import type { CodexEventNotificationParams } from "./CodexEventNotificationParams.js";
import type { ExecCommandApprovalParams } from "./ExecCommandApprovalParams.js";
import type { ExecCommandApprovalResponse } from "./ExecCommandApprovalResponse.js";
import type { ExecOneOffCommandParams } from "./ExecOneOffCommandParams.js";
import type { ExecOneOffCommandResponse } from "./ExecOneOffCommandResponse.js";
import type { FuzzyFileSearchParams } from "./FuzzyFileSearchParams.js";
import type { FuzzyFileSearchResponse } from "./FuzzyFileSearchResponse.js";
import type { GetAuthStatusParams } from "./GetAuthStatusParams.js";
import type { GetAuthStatusResponse } from "./GetAuthStatusResponse.js";
import type { GetConversationSummaryParams } from "./GetConversationSummaryParams.js";
import type { GetConversationSummaryResponse } from "./GetConversationSummaryResponse.js";
import type { GetUserAgentResponse } from "./GetUserAgentResponse.js";
import type { GetUserSavedConfigResponse } from "./GetUserSavedConfigResponse.js";
import type { GitDiffToRemoteParams } from "./GitDiffToRemoteParams.js";
import type { GitDiffToRemoteResponse } from "./GitDiffToRemoteResponse.js";
import type { InitializeParams } from "./InitializeParams.js";
import type { InitializeResponse } from "./InitializeResponse.js";
import type { InterruptConversationParams } from "./InterruptConversationParams.js";
import type { InterruptConversationResponse } from "./InterruptConversationResponse.js";
import type { ListConversationsParams } from "./ListConversationsParams.js";
import type { ListConversationsResponse } from "./ListConversationsResponse.js";
import type { LoginApiKeyParams } from "./LoginApiKeyParams.js";
import type { LoginApiKeyResponse } from "./LoginApiKeyResponse.js";
import type { LoginChatGptCompleteNotification } from "./LoginChatGptCompleteNotification.js";
import type { LoginChatGptResponse } from "./LoginChatGptResponse.js";
import type { LogoutChatGptResponse } from "./LogoutChatGptResponse.js";
import type { NewConversationParams } from "./NewConversationParams.js";
import type { NewConversationResponse } from "./NewConversationResponse.js";
import type { RemoveConversationListenerParams } from "./RemoveConversationListenerParams.js";
import type { RemoveConversationSubscriptionResponse } from "./RemoveConversationSubscriptionResponse.js";
import type { ResumeConversationParams } from "./ResumeConversationParams.js";
import type { ResumeConversationResponse } from "./ResumeConversationResponse.js";
import type { SendUserMessageParams } from "./SendUserMessageParams.js";
import type { SendUserMessageResponse } from "./SendUserMessageResponse.js";
import type { SendUserTurnParams } from "./SendUserTurnParams.js";
import type { SendUserTurnResponse } from "./SendUserTurnResponse.js";
import type { ServerNotification } from "./ServerNotification.js";
import type { ServerRequest } from "./ServerRequest.js";
import type { SessionConfiguredNotification } from "./SessionConfiguredNotification.js";
import type { SetDefaultModelParams } from "./SetDefaultModelParams.js";
import type { SetDefaultModelResponse } from "./SetDefaultModelResponse.js";
import type { UserInfoResponse } from "./UserInfoResponse.js";
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
import type { ConfigWriteResponse } from "./v2/ConfigWriteResponse.js";
import type { ContextCompactedNotification } from "./v2/ContextCompactedNotification.js";
import type { ErrorNotification } from "./v2/ErrorNotification.js";
import type { FeedbackUploadParams } from "./v2/FeedbackUploadParams.js";
import type { FeedbackUploadResponse } from "./v2/FeedbackUploadResponse.js";
import type { FileChangeOutputDeltaNotification } from "./v2/FileChangeOutputDeltaNotification.js";
import type { FileChangeRequestApprovalParams } from "./v2/FileChangeRequestApprovalParams.js";
import type { FileChangeRequestApprovalResponse } from "./v2/FileChangeRequestApprovalResponse.js";
import type { GetAccountParams } from "./v2/GetAccountParams.js";
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
import type { ReviewStartParams } from "./v2/ReviewStartParams.js";
import type { ReviewStartResponse } from "./v2/ReviewStartResponse.js";
import type { ThreadArchiveParams } from "./v2/ThreadArchiveParams.js";
import type { ThreadArchiveResponse } from "./v2/ThreadArchiveResponse.js";
import type { ThreadCompactParams } from "./v2/ThreadCompactParams.js";
import type { ThreadCompactResponse } from "./v2/ThreadCompactResponse.js";
import type { ThreadListParams } from "./v2/ThreadListParams.js";
import type { ThreadListResponse } from "./v2/ThreadListResponse.js";
import type { ThreadResumeParams } from "./v2/ThreadResumeParams.js";
import type { ThreadResumeResponse } from "./v2/ThreadResumeResponse.js";
import type { ThreadStartParams } from "./v2/ThreadStartParams.js";
import type { ThreadStartResponse } from "./v2/ThreadStartResponse.js";
import type { ThreadStartedNotification } from "./v2/ThreadStartedNotification.js";
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
  newConversation: NewConversationParams;
  getConversationSummary: GetConversationSummaryParams;
  listConversations: ListConversationsParams;
  resumeConversation: ResumeConversationParams;
  archiveConversation: ArchiveConversationParams;
  sendUserMessage: SendUserMessageParams;
  sendUserTurn: SendUserTurnParams;
  interruptConversation: InterruptConversationParams;
  addConversationListener: AddConversationListenerParams;
  removeConversationListener: RemoveConversationListenerParams;
  gitDiffToRemote: GitDiffToRemoteParams;
  loginApiKey: LoginApiKeyParams;
  loginChatGpt: undefined;
  cancelLoginChatGpt: CancelLoginChatGptParams;
  logoutChatGpt: undefined;
  getAuthStatus: GetAuthStatusParams;
  getUserSavedConfig: undefined;
  setDefaultModel: SetDefaultModelParams;
  getUserAgent: undefined;
  userInfo: undefined;
  fuzzyFileSearch: FuzzyFileSearchParams;
  execOneOffCommand: ExecOneOffCommandParams;
  "thread/start": ThreadStartParams;
  "thread/resume": ThreadResumeParams;
  "thread/archive": ThreadArchiveParams;
  "thread/list": ThreadListParams;
  "thread/compact": ThreadCompactParams;
  "turn/start": TurnStartParams;
  "turn/interrupt": TurnInterruptParams;
  "review/start": ReviewStartParams;
  "model/list": ModelListParams;
  "account/login/start": LoginAccountParams;
  "account/login/cancel": CancelLoginAccountParams;
  "account/logout": undefined;
  "account/rateLimits/read": undefined;
  "feedback/upload": FeedbackUploadParams;
  "config/read": ConfigReadParams;
  "config/value/write": ConfigValueWriteParams;
  "config/batchWrite": ConfigBatchWriteParams;
  "account/read": GetAccountParams;
}

/** Result type of each client request, by method. */
export interface ClientRequestResultMap {
  initialize: InitializeResponse;
  newConversation: NewConversationResponse;
  getConversationSummary: GetConversationSummaryResponse;
  listConversations: ListConversationsResponse;
  resumeConversation: ResumeConversationResponse;
  archiveConversation: ArchiveConversationResponse;
  sendUserMessage: SendUserMessageResponse;
  sendUserTurn: SendUserTurnResponse;
  interruptConversation: InterruptConversationResponse;
  addConversationListener: AddConversationSubscriptionResponse;
  removeConversationListener: RemoveConversationSubscriptionResponse;
  gitDiffToRemote: GitDiffToRemoteResponse;
  loginApiKey: LoginApiKeyResponse;
  loginChatGpt: LoginChatGptResponse;
  cancelLoginChatGpt: CancelLoginChatGptResponse;
  logoutChatGpt: LogoutChatGptResponse;
  getAuthStatus: GetAuthStatusResponse;
  getUserSavedConfig: GetUserSavedConfigResponse;
  setDefaultModel: SetDefaultModelResponse;
  getUserAgent: GetUserAgentResponse;
  userInfo: UserInfoResponse;
  fuzzyFileSearch: FuzzyFileSearchResponse;
  execOneOffCommand: ExecOneOffCommandResponse;
  "thread/start": ThreadStartResponse;
  "thread/resume": ThreadResumeResponse;
  "thread/archive": ThreadArchiveResponse;
  "thread/list": ThreadListResponse;
  "thread/compact": ThreadCompactResponse;
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
  authStatusChange: AuthStatusChangeNotification;
  loginChatGptComplete: LoginChatGptCompleteNotification;
  sessionConfigured: SessionConfiguredNotification;
  error: ErrorNotification;
  "thread/started": ThreadStartedNotification;
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
  "codex/event/error": CodexEventNotificationParams & { msg: { type: "error" } };
  "codex/event/warning": CodexEventNotificationParams & { msg: { type: "warning" } };
  "codex/event/context_compacted": CodexEventNotificationParams & {
    msg: { type: "context_compacted" };
  };
  "codex/event/task_started": CodexEventNotificationParams & { msg: { type: "task_started" } };
  "codex/event/task_complete": CodexEventNotificationParams & { msg: { type: "task_complete" } };
  "codex/event/token_count": CodexEventNotificationParams & { msg: { type: "token_count" } };
  "codex/event/agent_message": CodexEventNotificationParams & { msg: { type: "agent_message" } };
  "codex/event/user_message": CodexEventNotificationParams & { msg: { type: "user_message" } };
  "codex/event/agent_message_delta": CodexEventNotificationParams & {
    msg: { type: "agent_message_delta" };
  };
  "codex/event/agent_reasoning": CodexEventNotificationParams & {
    msg: { type: "agent_reasoning" };
  };
  "codex/event/agent_reasoning_delta": CodexEventNotificationParams & {
    msg: { type: "agent_reasoning_delta" };
  };
  "codex/event/agent_reasoning_raw_content": CodexEventNotificationParams & {
    msg: { type: "agent_reasoning_raw_content" };
  };
  "codex/event/agent_reasoning_raw_content_delta": CodexEventNotificationParams & {
    msg: { type: "agent_reasoning_raw_content_delta" };
  };
  "codex/event/agent_reasoning_section_break": CodexEventNotificationParams & {
    msg: { type: "agent_reasoning_section_break" };
  };
  "codex/event/session_configured": CodexEventNotificationParams & {
    msg: { type: "session_configured" };
  };
  "codex/event/mcp_startup_update": CodexEventNotificationParams & {
    msg: { type: "mcp_startup_update" };
  };
  "codex/event/mcp_startup_complete": CodexEventNotificationParams & {
    msg: { type: "mcp_startup_complete" };
  };
  "codex/event/mcp_tool_call_begin": CodexEventNotificationParams & {
    msg: { type: "mcp_tool_call_begin" };
  };
  "codex/event/mcp_tool_call_end": CodexEventNotificationParams & {
    msg: { type: "mcp_tool_call_end" };
  };
  "codex/event/web_search_begin": CodexEventNotificationParams & {
    msg: { type: "web_search_begin" };
  };
  "codex/event/web_search_end": CodexEventNotificationParams & { msg: { type: "web_search_end" } };
  "codex/event/exec_command_begin": CodexEventNotificationParams & {
    msg: { type: "exec_command_begin" };
  };
  "codex/event/exec_command_output_delta": CodexEventNotificationParams & {
    msg: { type: "exec_command_output_delta" };
  };
  "codex/event/exec_command_end": CodexEventNotificationParams & {
    msg: { type: "exec_command_end" };
  };
  "codex/event/view_image_tool_call": CodexEventNotificationParams & {
    msg: { type: "view_image_tool_call" };
  };
  "codex/event/exec_approval_request": CodexEventNotificationParams & {
    msg: { type: "exec_approval_request" };
  };
  "codex/event/elicitation_request": CodexEventNotificationParams & {
    msg: { type: "elicitation_request" };
  };
  "codex/event/apply_patch_approval_request": CodexEventNotificationParams & {
    msg: { type: "apply_patch_approval_request" };
  };
  "codex/event/deprecation_notice": CodexEventNotificationParams & {
    msg: { type: "deprecation_notice" };
  };
  "codex/event/background_event": CodexEventNotificationParams & {
    msg: { type: "background_event" };
  };
  "codex/event/undo_started": CodexEventNotificationParams & { msg: { type: "undo_started" } };
  "codex/event/undo_completed": CodexEventNotificationParams & { msg: { type: "undo_completed" } };
  "codex/event/stream_error": CodexEventNotificationParams & { msg: { type: "stream_error" } };
  "codex/event/patch_apply_begin": CodexEventNotificationParams & {
    msg: { type: "patch_apply_begin" };
  };
  "codex/event/patch_apply_end": CodexEventNotificationParams & {
    msg: { type: "patch_apply_end" };
  };
  "codex/event/turn_diff": CodexEventNotificationParams & { msg: { type: "turn_diff" } };
  "codex/event/get_history_entry_response": CodexEventNotificationParams & {
    msg: { type: "get_history_entry_response" };
  };
  "codex/event/mcp_list_tools_response": CodexEventNotificationParams & {
    msg: { type: "mcp_list_tools_response" };
  };
  "codex/event/list_custom_prompts_response": CodexEventNotificationParams & {
    msg: { type: "list_custom_prompts_response" };
  };
  "codex/event/plan_update": CodexEventNotificationParams & { msg: { type: "plan_update" } };
  "codex/event/turn_aborted": CodexEventNotificationParams & { msg: { type: "turn_aborted" } };
  "codex/event/shutdown_complete": CodexEventNotificationParams & {
    msg: { type: "shutdown_complete" };
  };
  "codex/event/entered_review_mode": CodexEventNotificationParams & {
    msg: { type: "entered_review_mode" };
  };
  "codex/event/exited_review_mode": CodexEventNotificationParams & {
    msg: { type: "exited_review_mode" };
  };
  "codex/event/raw_response_item": CodexEventNotificationParams & {
    msg: { type: "raw_response_item" };
  };
  "codex/event/item_started": CodexEventNotificationParams & { msg: { type: "item_started" } };
  "codex/event/item_completed": CodexEventNotificationParams & { msg: { type: "item_completed" } };
  "codex/event/agent_message_content_delta": CodexEventNotificationParams & {
    msg: { type: "agent_message_content_delta" };
  };
  "codex/event/reasoning_content_delta": CodexEventNotificationParams & {
    msg: { type: "reasoning_content_delta" };
  };
  "codex/event/reasoning_raw_content_delta": CodexEventNotificationParams & {
    msg: { type: "reasoning_raw_content_delta" };
  };
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
