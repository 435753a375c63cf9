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
  {"method":"fuzzyFileSearch","direction":"clientToServer","kind":"request","params":"FuzzyFileSearchParams","result":"FuzzyFileSearchResponse"},
  {"method":"applyPatchApproval","direction":"serverToClient","kind":"request","params":"ApplyPatchApprovalParams","result":"ApplyPatchApprovalResponse"},
  {"method":"execCommandApproval","direction":"serverToClient","kind":"request","params":"ExecCommandApprovalParams","result":"ExecCommandApprovalResponse"},
  {"method":"initialized","direction":"clientToServer","kind":"notification","params":null,"result":null},
  {"method":"thread/start","direction":"clientToServer","kind":"request","params":"v2/ThreadStartParams","result":"v2/ThreadStartResponse"},
  {"method":"thread/resume","direction":"clientToServer","kind":"request","params":"v2/ThreadResumeParams","result":"v2/ThreadResumeResponse"},
  {"method":"thread/archive","direction":"clientToServer","kind":"request","params":"v2/ThreadArchiveParams","result":"v2/ThreadArchiveResponse"},
  {"method":"thread/list","direction":"clientToServer","kind":"request","params":"v2/ThreadListParams","result":"v2/ThreadListResponse"},
  {"method":"turn/start","direction":"clientToServer","kind":"request","params":"v2/TurnStartParams","result":"v2/TurnStartResponse"},
  {"method":"turn/interrupt","direction":"clientToServer","kind":"request","params":"v2/TurnInterruptParams","result":"v2/TurnInterruptResponse"},
  {"method":"review/start","direction":"clientToServer","kind":"request","params":"v2/ReviewStartParams","result":"v2/ReviewStartResponse"},
  {"method":"model/list","direction":"clientToServer","kind":"request","params":"v2/ModelListParams","result":"v2/ModelListResponse"},
  {"method":"account/login/start","direction":"clientToServer","kind":"request","params":"v2/LoginAccountParams","result":"v2/LoginAccountResponse"},
  {"method":"account/login/cancel","direction":"clientToServer","kind":"request","params":"v2/CancelLoginAccountParams","result":"v2/CancelLoginAccountResponse"},
  {"method":"account/logout","direction":"clientToServer","kind":"request","params":null,"result":"v2/LogoutAccountResponse"},
  {"method":"account/rateLimits/read","direction":"clientToServer","kind":"request","params":"v2/GetAccountRateLimitsParams","result":"v2/GetAccountRateLimitsResponse","paramsOptional":true},
  {"method":"feedback/upload","direction":"clientToServer","kind":"request","params":"v2/FeedbackUploadParams","result":"v2/FeedbackUploadResponse"},
  {"method":"config/read","direction":"clientToServer","kind":"request","params":"v2/ConfigReadParams","result":"v2/ConfigReadResponse"},
  {"method":"config/value/write","direction":"clientToServer","kind":"request","params":"v2/ConfigValueWriteParams","result":"v2/ConfigWriteResponse"},
  {"method":"config/batchWrite","direction":"clientToServer","kind":"request","params":"v2/ConfigBatchWriteParams","result":"v2/ConfigWriteResponse"},
  {"method":"account/read","direction":"clientToServer","kind":"request","params":"v2/GetAccountParams","result":"v2/GetAccountResponse"},
  {"method":"item/commandExecution/requestApproval","direction":"serverToClient","kind":"request","params":"v2/CommandExecutionRequestApprovalParams","result":"v2/CommandExecutionRequestApprovalResponse"},
  {"method":"item/fileChange/requestApproval","direction":"serverToClient","kind":"request","params":"v2/FileChangeRequestApprovalParams","result":"v2/FileChangeRequestApprovalResponse"},
  {"method":"error","direction":"serverToClient","kind":"notification","params":"v2/ErrorNotification","result":null},
  {"method":"thread/started","direction":"serverToClient","kind":"notification","params":"v2/ThreadStartedNotification","result":null},
  {"method":"thread/status/changed","direction":"serverToClient","kind":"notification","params":"v2/ThreadStatusChangedNotification","result":null},
  {"method":"thread/goal/cleared","direction":"serverToClient","kind":"notification","params":"v2/ThreadGoalClearedNotification","result":null},
  {"method":"thread/archived","direction":"serverToClient","kind":"notification","params":"v2/ThreadArchivedNotification","result":null},
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
  {"method":"configWarning","direction":"serverToClient","kind":"notification","params":"v2/ConfigWarningNotification","result":null},
  {"method":"deprecationNotice","direction":"serverToClient","kind":"notification","params":"v2/DeprecationNoticeNotification","result":null},
  {"method":"remoteControl/status/changed","direction":"serverToClient","kind":"notification","params":"v2/RemoteControlStatusChangedNotification","result":null},
  {"method":"serverRequest/resolved","direction":"serverToClient","kind":"notification","params":"v2/ServerRequestResolvedNotification","result":null},
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
