// GENERATED CODE: do not edit by hand. Produced by `npm run export` from the JSON Schema bundle (method table).
import { checks, routers } from "./checks.js";

export { schemaText } from "./schema.js";

/**
 * What JSON.parse returns for a streaming notification in the server's exact layout, read without
 * it; undefined for any other text (parse it with JSON.parse). See codegen/checks/readers.ts.
 */
export { read } from "./checks.js";

export interface MethodEntry {
  readonly method: string;
  readonly direction: "clientToServer" | "serverToClient";
  readonly kind: "request" | "notification";
  /** Check id of the params, or null for a method without params. */
  readonly params: string | null;
  /** Set when the params may be left out or null. */
  readonly paramsOptional?: true;
  /** Check id of the result (requests only). */
  readonly result: string | null;
  /** For `codex/event/<type>`: the event type `params.msg.type` must carry. */
  readonly eventType?: string;
  /** Set on the notifications sent once per streamed chunk (deltas); the routers test these first. */
  readonly streaming?: true;
}

/** Every method, in registry order: direction, kind, and the check ids of its params and result (null: none). */
export const methodList: readonly MethodEntry[] = Object.freeze(
  ([
  {"method":"initialize","direction":"clientToServer","kind":"request","params":"InitializeParams","result":"InitializeResponse"},
  {"method":"newConversation","direction":"clientToServer","kind":"request","params":"NewConversationParams","result":"NewConversationResponse"},
  {"method":"getConversationSummary","direction":"clientToServer","kind":"request","params":"GetConversationSummaryParams","result":"GetConversationSummaryResponse"},
  {"method":"listConversations","direction":"clientToServer","kind":"request","params":"ListConversationsParams","result":"ListConversationsResponse"},
  {"method":"resumeConversation","direction":"clientToServer","kind":"request","params":"ResumeConversationParams","result":"ResumeConversationResponse"},
  {"method":"archiveConversation","direction":"clientToServer","kind":"request","params":"ArchiveConversationParams","result":"ArchiveConversationResponse"},
  {"method":"sendUserMessage","direction":"clientToServer","kind":"request","params":"SendUserMessageParams","result":"SendUserMessageResponse"},
  {"method":"sendUserTurn","direction":"clientToServer","kind":"request","params":"SendUserTurnParams","result":"SendUserTurnResponse"},
  {"method":"interruptConversation","direction":"clientToServer","kind":"request","params":"InterruptConversationParams","result":"InterruptConversationResponse"},
  {"method":"addConversationListener","direction":"clientToServer","kind":"request","params":"AddConversationListenerParams","result":"AddConversationSubscriptionResponse"},
  {"method":"removeConversationListener","direction":"clientToServer","kind":"request","params":"RemoveConversationListenerParams","result":"RemoveConversationSubscriptionResponse"},
  {"method":"gitDiffToRemote","direction":"clientToServer","kind":"request","params":"GitDiffToRemoteParams","result":"GitDiffToRemoteResponse"},
  {"method":"loginApiKey","direction":"clientToServer","kind":"request","params":"LoginApiKeyParams","result":"LoginApiKeyResponse"},
  {"method":"loginChatGpt","direction":"clientToServer","kind":"request","params":null,"result":"LoginChatGptResponse"},
  {"method":"cancelLoginChatGpt","direction":"clientToServer","kind":"request","params":"CancelLoginChatGptParams","result":"CancelLoginChatGptResponse"},
  {"method":"logoutChatGpt","direction":"clientToServer","kind":"request","params":null,"result":"LogoutChatGptResponse"},
  {"method":"getAuthStatus","direction":"clientToServer","kind":"request","params":"GetAuthStatusParams","result":"GetAuthStatusResponse"},
  {"method":"getUserSavedConfig","direction":"clientToServer","kind":"request","params":null,"result":"GetUserSavedConfigResponse"},
  {"method":"setDefaultModel","direction":"clientToServer","kind":"request","params":"SetDefaultModelParams","result":"SetDefaultModelResponse"},
  {"method":"getUserAgent","direction":"clientToServer","kind":"request","params":null,"result":"GetUserAgentResponse"},
  {"method":"userInfo","direction":"clientToServer","kind":"request","params":null,"result":"UserInfoResponse"},
  {"method":"fuzzyFileSearch","direction":"clientToServer","kind":"request","params":"FuzzyFileSearchParams","result":"FuzzyFileSearchResponse"},
  {"method":"execOneOffCommand","direction":"clientToServer","kind":"request","params":"ExecOneOffCommandParams","result":"ExecOneOffCommandResponse"},
  {"method":"applyPatchApproval","direction":"serverToClient","kind":"request","params":"ApplyPatchApprovalParams","result":"ApplyPatchApprovalResponse"},
  {"method":"execCommandApproval","direction":"serverToClient","kind":"request","params":"ExecCommandApprovalParams","result":"ExecCommandApprovalResponse"},
  {"method":"authStatusChange","direction":"serverToClient","kind":"notification","params":"AuthStatusChangeNotification","result":null},
  {"method":"loginChatGptComplete","direction":"serverToClient","kind":"notification","params":"LoginChatGptCompleteNotification","result":null},
  {"method":"sessionConfigured","direction":"serverToClient","kind":"notification","params":"SessionConfiguredNotification","result":null},
  {"method":"initialized","direction":"clientToServer","kind":"notification","params":null,"result":null},
  {"method":"thread/start","direction":"clientToServer","kind":"request","params":"v2/ThreadStartParams","result":"v2/ThreadStartResponse"},
  {"method":"thread/resume","direction":"clientToServer","kind":"request","params":"v2/ThreadResumeParams","result":"v2/ThreadResumeResponse"},
  {"method":"thread/archive","direction":"clientToServer","kind":"request","params":"v2/ThreadArchiveParams","result":"v2/ThreadArchiveResponse"},
  {"method":"thread/list","direction":"clientToServer","kind":"request","params":"v2/ThreadListParams","result":"v2/ThreadListResponse"},
  {"method":"thread/compact","direction":"clientToServer","kind":"request","params":"v2/ThreadCompactParams","result":"v2/ThreadCompactResponse"},
  {"method":"turn/start","direction":"clientToServer","kind":"request","params":"v2/TurnStartParams","result":"v2/TurnStartResponse"},
  {"method":"turn/interrupt","direction":"clientToServer","kind":"request","params":"v2/TurnInterruptParams","result":"v2/TurnInterruptResponse"},
  {"method":"review/start","direction":"clientToServer","kind":"request","params":"v2/ReviewStartParams","result":"v2/ReviewStartResponse"},
  {"method":"model/list","direction":"clientToServer","kind":"request","params":"v2/ModelListParams","result":"v2/ModelListResponse"},
  {"method":"account/login/start","direction":"clientToServer","kind":"request","params":"v2/LoginAccountParams","result":"v2/LoginAccountResponse"},
  {"method":"account/login/cancel","direction":"clientToServer","kind":"request","params":"v2/CancelLoginAccountParams","result":"v2/CancelLoginAccountResponse"},
  {"method":"account/logout","direction":"clientToServer","kind":"request","params":null,"result":"v2/LogoutAccountResponse"},
  {"method":"account/rateLimits/read","direction":"clientToServer","kind":"request","params":null,"result":"v2/GetAccountRateLimitsResponse"},
  {"method":"feedback/upload","direction":"clientToServer","kind":"request","params":"v2/FeedbackUploadParams","result":"v2/FeedbackUploadResponse"},
  {"method":"config/read","direction":"clientToServer","kind":"request","params":"v2/ConfigReadParams","result":"v2/ConfigReadResponse"},
  {"method":"config/value/write","direction":"clientToServer","kind":"request","params":"v2/ConfigValueWriteParams","result":"v2/ConfigWriteResponse"},
  {"method":"config/batchWrite","direction":"clientToServer","kind":"request","params":"v2/ConfigBatchWriteParams","result":"v2/ConfigWriteResponse"},
  {"method":"account/read","direction":"clientToServer","kind":"request","params":"v2/GetAccountParams","result":"v2/GetAccountResponse"},
  {"method":"item/commandExecution/requestApproval","direction":"serverToClient","kind":"request","params":"v2/CommandExecutionRequestApprovalParams","result":"v2/CommandExecutionRequestApprovalResponse"},
  {"method":"item/fileChange/requestApproval","direction":"serverToClient","kind":"request","params":"v2/FileChangeRequestApprovalParams","result":"v2/FileChangeRequestApprovalResponse"},
  {"method":"error","direction":"serverToClient","kind":"notification","params":"v2/ErrorNotification","result":null},
  {"method":"thread/started","direction":"serverToClient","kind":"notification","params":"v2/ThreadStartedNotification","result":null},
  {"method":"thread/tokenUsage/updated","direction":"serverToClient","kind":"notification","params":"v2/ThreadTokenUsageUpdatedNotification","result":null},
  {"method":"turn/started","direction":"serverToClient","kind":"notification","params":"v2/TurnStartedNotification","result":null},
  {"method":"turn/completed","direction":"serverToClient","kind":"notification","params":"v2/TurnCompletedNotification","result":null},
  {"method":"turn/diff/updated","direction":"serverToClient","kind":"notification","params":"v2/TurnDiffUpdatedNotification","result":null},
  {"method":"turn/plan/updated","direction":"serverToClient","kind":"notification","params":"v2/TurnPlanUpdatedNotification","result":null},
  {"method":"item/started","direction":"serverToClient","kind":"notification","params":"v2/ItemStartedNotification","result":null},
  {"method":"item/completed","direction":"serverToClient","kind":"notification","params":"v2/ItemCompletedNotification","result":null},
  {"method":"item/agentMessage/delta","direction":"serverToClient","kind":"notification","params":"v2/AgentMessageDeltaNotification","result":null,"streaming":true},
  {"method":"item/commandExecution/outputDelta","direction":"serverToClient","kind":"notification","params":"v2/CommandExecutionOutputDeltaNotification","result":null,"streaming":true},
  {"method":"item/fileChange/outputDelta","direction":"serverToClient","kind":"notification","params":"v2/FileChangeOutputDeltaNotification","result":null,"streaming":true},
  {"method":"item/mcpToolCall/progress","direction":"serverToClient","kind":"notification","params":"v2/McpToolCallProgressNotification","result":null},
  {"method":"account/updated","direction":"serverToClient","kind":"notification","params":"v2/AccountUpdatedNotification","result":null},
  {"method":"account/rateLimits/updated","direction":"serverToClient","kind":"notification","params":"v2/AccountRateLimitsUpdatedNotification","result":null},
  {"method":"item/reasoning/summaryTextDelta","direction":"serverToClient","kind":"notification","params":"v2/ReasoningSummaryTextDeltaNotification","result":null,"streaming":true},
  {"method":"item/reasoning/summaryPartAdded","direction":"serverToClient","kind":"notification","params":"v2/ReasoningSummaryPartAddedNotification","result":null},
  {"method":"item/reasoning/textDelta","direction":"serverToClient","kind":"notification","params":"v2/ReasoningTextDeltaNotification","result":null,"streaming":true},
  {"method":"thread/compacted","direction":"serverToClient","kind":"notification","params":"v2/ContextCompactedNotification","result":null},
  {"method":"windows/worldWritableWarning","direction":"serverToClient","kind":"notification","params":"v2/WindowsWorldWritableWarningNotification","result":null},
  {"method":"account/login/completed","direction":"serverToClient","kind":"notification","params":"v2/AccountLoginCompletedNotification","result":null},
  {"method":"codex/event/error","direction":"serverToClient","kind":"notification","params":"events/error","result":null,"eventType":"error"},
  {"method":"codex/event/warning","direction":"serverToClient","kind":"notification","params":"events/warning","result":null,"eventType":"warning"},
  {"method":"codex/event/context_compacted","direction":"serverToClient","kind":"notification","params":"events/context_compacted","result":null,"eventType":"context_compacted"},
  {"method":"codex/event/task_started","direction":"serverToClient","kind":"notification","params":"events/task_started","result":null,"eventType":"task_started"},
  {"method":"codex/event/task_complete","direction":"serverToClient","kind":"notification","params":"events/task_complete","result":null,"eventType":"task_complete"},
  {"method":"codex/event/token_count","direction":"serverToClient","kind":"notification","params":"events/token_count","result":null,"eventType":"token_count"},
  {"method":"codex/event/agent_message","direction":"serverToClient","kind":"notification","params":"events/agent_message","result":null,"eventType":"agent_message"},
  {"method":"codex/event/user_message","direction":"serverToClient","kind":"notification","params":"events/user_message","result":null,"eventType":"user_message"},
  {"method":"codex/event/agent_message_delta","direction":"serverToClient","kind":"notification","params":"events/agent_message_delta","result":null,"eventType":"agent_message_delta","streaming":true},
  {"method":"codex/event/agent_reasoning","direction":"serverToClient","kind":"notification","params":"events/agent_reasoning","result":null,"eventType":"agent_reasoning"},
  {"method":"codex/event/agent_reasoning_delta","direction":"serverToClient","kind":"notification","params":"events/agent_reasoning_delta","result":null,"eventType":"agent_reasoning_delta","streaming":true},
  {"method":"codex/event/agent_reasoning_raw_content","direction":"serverToClient","kind":"notification","params":"events/agent_reasoning_raw_content","result":null,"eventType":"agent_reasoning_raw_content"},
  {"method":"codex/event/agent_reasoning_raw_content_delta","direction":"serverToClient","kind":"notification","params":"events/agent_reasoning_raw_content_delta","result":null,"eventType":"agent_reasoning_raw_content_delta","streaming":true},
  {"method":"codex/event/agent_reasoning_section_break","direction":"serverToClient","kind":"notification","params":"events/agent_reasoning_section_break","result":null,"eventType":"agent_reasoning_section_break"},
  {"method":"codex/event/session_configured","direction":"serverToClient","kind":"notification","params":"events/session_configured","result":null,"eventType":"session_configured"},
  {"method":"codex/event/mcp_startup_update","direction":"serverToClient","kind":"notification","params":"events/mcp_startup_update","result":null,"eventType":"mcp_startup_update"},
  {"method":"codex/event/mcp_startup_complete","direction":"serverToClient","kind":"notification","params":"events/mcp_startup_complete","result":null,"eventType":"mcp_startup_complete"},
  {"method":"codex/event/mcp_tool_call_begin","direction":"serverToClient","kind":"notification","params":"events/mcp_tool_call_begin","result":null,"eventType":"mcp_tool_call_begin"},
  {"method":"codex/event/mcp_tool_call_end","direction":"serverToClient","kind":"notification","params":"events/mcp_tool_call_end","result":null,"eventType":"mcp_tool_call_end"},
  {"method":"codex/event/web_search_begin","direction":"serverToClient","kind":"notification","params":"events/web_search_begin","result":null,"eventType":"web_search_begin"},
  {"method":"codex/event/web_search_end","direction":"serverToClient","kind":"notification","params":"events/web_search_end","result":null,"eventType":"web_search_end"},
  {"method":"codex/event/exec_command_begin","direction":"serverToClient","kind":"notification","params":"events/exec_command_begin","result":null,"eventType":"exec_command_begin"},
  {"method":"codex/event/exec_command_output_delta","direction":"serverToClient","kind":"notification","params":"events/exec_command_output_delta","result":null,"eventType":"exec_command_output_delta","streaming":true},
  {"method":"codex/event/exec_command_end","direction":"serverToClient","kind":"notification","params":"events/exec_command_end","result":null,"eventType":"exec_command_end"},
  {"method":"codex/event/view_image_tool_call","direction":"serverToClient","kind":"notification","params":"events/view_image_tool_call","result":null,"eventType":"view_image_tool_call"},
  {"method":"codex/event/exec_approval_request","direction":"serverToClient","kind":"notification","params":"events/exec_approval_request","result":null,"eventType":"exec_approval_request"},
  {"method":"codex/event/elicitation_request","direction":"serverToClient","kind":"notification","params":"events/elicitation_request","result":null,"eventType":"elicitation_request"},
  {"method":"codex/event/apply_patch_approval_request","direction":"serverToClient","kind":"notification","params":"events/apply_patch_approval_request","result":null,"eventType":"apply_patch_approval_request"},
  {"method":"codex/event/deprecation_notice","direction":"serverToClient","kind":"notification","params":"events/deprecation_notice","result":null,"eventType":"deprecation_notice"},
  {"method":"codex/event/background_event","direction":"serverToClient","kind":"notification","params":"events/background_event","result":null,"eventType":"background_event"},
  {"method":"codex/event/undo_started","direction":"serverToClient","kind":"notification","params":"events/undo_started","result":null,"eventType":"undo_started"},
  {"method":"codex/event/undo_completed","direction":"serverToClient","kind":"notification","params":"events/undo_completed","result":null,"eventType":"undo_completed"},
  {"method":"codex/event/stream_error","direction":"serverToClient","kind":"notification","params":"events/stream_error","result":null,"eventType":"stream_error"},
  {"method":"codex/event/patch_apply_begin","direction":"serverToClient","kind":"notification","params":"events/patch_apply_begin","result":null,"eventType":"patch_apply_begin"},
  {"method":"codex/event/patch_apply_end","direction":"serverToClient","kind":"notification","params":"events/patch_apply_end","result":null,"eventType":"patch_apply_end"},
  {"method":"codex/event/turn_diff","direction":"serverToClient","kind":"notification","params":"events/turn_diff","result":null,"eventType":"turn_diff"},
  {"method":"codex/event/get_history_entry_response","direction":"serverToClient","kind":"notification","params":"events/get_history_entry_response","result":null,"eventType":"get_history_entry_response"},
  {"method":"codex/event/mcp_list_tools_response","direction":"serverToClient","kind":"notification","params":"events/mcp_list_tools_response","result":null,"eventType":"mcp_list_tools_response"},
  {"method":"codex/event/list_custom_prompts_response","direction":"serverToClient","kind":"notification","params":"events/list_custom_prompts_response","result":null,"eventType":"list_custom_prompts_response"},
  {"method":"codex/event/plan_update","direction":"serverToClient","kind":"notification","params":"events/plan_update","result":null,"eventType":"plan_update"},
  {"method":"codex/event/turn_aborted","direction":"serverToClient","kind":"notification","params":"events/turn_aborted","result":null,"eventType":"turn_aborted"},
  {"method":"codex/event/shutdown_complete","direction":"serverToClient","kind":"notification","params":"events/shutdown_complete","result":null,"eventType":"shutdown_complete"},
  {"method":"codex/event/entered_review_mode","direction":"serverToClient","kind":"notification","params":"events/entered_review_mode","result":null,"eventType":"entered_review_mode"},
  {"method":"codex/event/exited_review_mode","direction":"serverToClient","kind":"notification","params":"events/exited_review_mode","result":null,"eventType":"exited_review_mode"},
  {"method":"codex/event/raw_response_item","direction":"serverToClient","kind":"notification","params":"events/raw_response_item","result":null,"eventType":"raw_response_item"},
  {"method":"codex/event/item_started","direction":"serverToClient","kind":"notification","params":"events/item_started","result":null,"eventType":"item_started"},
  {"method":"codex/event/item_completed","direction":"serverToClient","kind":"notification","params":"events/item_completed","result":null,"eventType":"item_completed"},
  {"method":"codex/event/agent_message_content_delta","direction":"serverToClient","kind":"notification","params":"events/agent_message_content_delta","result":null,"eventType":"agent_message_content_delta","streaming":true},
  {"method":"codex/event/reasoning_content_delta","direction":"serverToClient","kind":"notification","params":"events/reasoning_content_delta","result":null,"eventType":"reasoning_content_delta","streaming":true},
  {"method":"codex/event/reasoning_raw_content_delta","direction":"serverToClient","kind":"notification","params":"events/reasoning_raw_content_delta","result":null,"eventType":"reasoning_raw_content_delta","streaming":true},
  ] as MethodEntry[]).map((row) => Object.freeze(row)),
);

/** The same rows, by method name. */
export const methods: Readonly<Record<string, MethodEntry>> = Object.freeze(Object.fromEntries(methodList.map((row) => [row.method, row])));

/**
 * The fast check of a definition key (`Foo`, `v2/Foo`) or check id: true when the value
 * matches. It says nothing about why not (the runtime's explainer does).
 */
export function check(id: string): ((value: unknown) => boolean) | undefined {
  return Object.prototype.hasOwnProperty.call(checks, id) ? checks[id] : undefined;
}

/**
 * The router of a direction: given a method name and its params, the method's position in
 * `methodList` when the direction sends that method and the params pass their fast check; -1
 * when the direction has no such method; -2 when the params fail.
 */
export function router(direction: "clientToServer" | "serverToClient"): (method: string, params: unknown) => number {
  return routers[direction];
}
