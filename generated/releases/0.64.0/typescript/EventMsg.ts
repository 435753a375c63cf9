// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AskForApproval } from "./AskForApproval.js";
import type { CodexErrorInfo } from "./CodexErrorInfo.js";
import type { ConversationId } from "./ConversationId.js";
import type { CustomPrompt } from "./CustomPrompt.js";
import type { Duration } from "./Duration.js";
import type { ExecCommandSource } from "./ExecCommandSource.js";
import type { ExecOutputStream } from "./ExecOutputStream.js";
import type { FileChange } from "./FileChange.js";
import type { HistoryEntry } from "./HistoryEntry.js";
import type { McpAuthStatus } from "./McpAuthStatus.js";
import type { McpInvocation } from "./McpInvocation.js";
import type { McpStartupFailure } from "./McpStartupFailure.js";
import type { McpStartupStatus } from "./McpStartupStatus.js";
import type { ParsedCommand } from "./ParsedCommand.js";
import type { PlanItemArg } from "./PlanItemArg.js";
import type { RateLimitSnapshot } from "./RateLimitSnapshot.js";
import type { ReasoningEffort } from "./ReasoningEffort.js";
import type { RequestId } from "./RequestId.js";
import type { Resource } from "./Resource.js";
import type { ResourceTemplate } from "./ResourceTemplate.js";
import type { ResponseItem } from "./ResponseItem.js";
import type { ResultOfCallToolResultOrString } from "./ResultOfCallToolResultOrString.js";
import type { ReviewOutputEvent } from "./ReviewOutputEvent.js";
import type { SandboxCommandAssessment } from "./SandboxCommandAssessment.js";
import type { SandboxPolicy } from "./SandboxPolicy.js";
import type { TokenUsageInfo } from "./TokenUsageInfo.js";
import type { Tool } from "./Tool.js";
import type { TurnAbortReason } from "./TurnAbortReason.js";
import type { TurnItem } from "./TurnItem.js";

/** An event emitted by the agent core for a conversation, internally tagged by snake_case `type`. Sent to v1 listeners as `codex/event/<type>` notifications and replayed bare in `initial_messages`/`initialMessages`. */
export type EventMsg =
  | {
      /** A turn failed with an error (`error`). */
      type: "error";
      /** Human-readable error text. */
      message: string;
      /** Machine-readable error category (v1 snake_case form); null when unclassified. */
      codex_error_info?: CodexErrorInfo | null;
    }
  | {
      /** A non-fatal warning to show the user (`warning`); the turn continues. */
      type: "warning";
      message: string;
    }
  | {
      /** The conversation history was compacted to free context space (`context_compacted`). Carries no fields besides `type`; the upstream TS declares it as `null`, but the wire sends `{type}`. */
      type: "context_compacted";
    }
  | {
      /** The agent began working on a turn (`task_started`). */
      type: "task_started";
      /** Size of the model context window in tokens, when known. */
      model_context_window?: number | null;
    }
  | {
      /** The agent finished a turn (`task_complete`). */
      type: "task_complete";
      /** Text of the final agent message of the turn; null when the turn produced none. */
      last_agent_message?: string | null;
    }
  | {
      /** Updated token usage and rate-limit figures (`token_count`). */
      type: "token_count";
      /** Cumulative and last-turn usage; null before the first usage is known. */
      info?: TokenUsageInfo | null;
      /** Latest rate-limit snapshot; sent with all-null members when there is no data. */
      rate_limits?: RateLimitSnapshot | null;
    }
  | {
      /** A complete agent message (`agent_message`). */
      type: "agent_message";
      /** Full message text. */
      message: string;
    }
  | {
      /** Echo of a message the user sent (`user_message`). */
      type: "user_message";
      /** Text of the user message. */
      message: string;
      /** Image URLs attached to the message; sent as `[]` when there are none. */
      images?: Array<string> | null;
    }
  | {
      /** A streamed chunk of the agent message being produced (`agent_message_delta`). */
      type: "agent_message_delta";
      /** Text to append. */
      delta: string;
    }
  | {
      /** A complete reasoning summary block (`agent_reasoning`). */
      type: "agent_reasoning";
      text: string;
    }
  | {
      /** A streamed chunk of reasoning summary text (`agent_reasoning_delta`). */
      type: "agent_reasoning_delta";
      /** Text to append. */
      delta: string;
    }
  | {
      /** A complete block of raw (unsummarized) reasoning text (`agent_reasoning_raw_content`). */
      type: "agent_reasoning_raw_content";
      text: string;
    }
  | {
      /** A streamed chunk of raw reasoning text (`agent_reasoning_raw_content_delta`). */
      type: "agent_reasoning_raw_content_delta";
      /** Text to append. */
      delta: string;
    }
  | {
      /** Marks the start of a new reasoning summary section (`agent_reasoning_section_break`). */
      type: "agent_reasoning_section_break";
      /** Id of the reasoning item; defaults to the empty string. */
      item_id?: string;
      /** Index of the summary part that begins; defaults to 0. */
      summary_index?: number;
    }
  | {
      /** First event of a session (`session_configured`): the effective model, policies and history state the conversation runs with. */
      type: "session_configured";
      /** Id of the conversation (named session_id on the wire). */
      session_id: ConversationId;
      /** Model slug in use. */
      model: string;
      /** Id of the model provider in use. */
      model_provider_id: string;
      approval_policy: AskForApproval;
      sandbox_policy: SandboxPolicy;
      /** Working directory of the session. */
      cwd: string;
      reasoning_effort?: ReasoningEffort | null;
      /** Identifier of the message history log file. */
      history_log_id: number;
      /** Number of entries currently in the message history log. */
      history_entry_count: number;
      /** Events replayed from a resumed rollout, oldest first. */
      initial_messages?: Array<EventMsg> | null;
      /** Path of the rollout file recording this session. */
      rollout_path: string;
    }
  | {
      /** Progress of one MCP server's startup (`mcp_startup_update`). */
      type: "mcp_startup_update";
      /** Name of the MCP server. */
      server: string;
      status: McpStartupStatus;
    }
  | {
      /** All configured MCP servers finished starting (`mcp_startup_complete`); sent with envelope id `""`, even when no server is configured. */
      type: "mcp_startup_complete";
      /** Servers that started successfully. */
      ready: Array<string>;
      /** Servers that failed to start, with the error. */
      failed: Array<McpStartupFailure>;
      /** Servers whose startup was cancelled. */
      cancelled: Array<string>;
    }
  | {
      /** The agent started calling an MCP tool (`mcp_tool_call_begin`). */
      type: "mcp_tool_call_begin";
      /** Id pairing the begin and end events of this call. */
      call_id: string;
      invocation: McpInvocation;
    }
  | {
      /** An MCP tool call finished (`mcp_tool_call_end`). */
      type: "mcp_tool_call_end";
      /** Id pairing the begin and end events of this call. */
      call_id: string;
      invocation: McpInvocation;
      /** Wall-clock time of the call, as `{secs, nanos}` (the upstream TS wrongly says string). */
      duration: Duration;
      /** The tool result as `{Ok: CallToolResult}` or the failure as `{Err: message}`. */
      result: ResultOfCallToolResultOrString;
    }
  | {
      /** The agent started a web search (`web_search_begin`). */
      type: "web_search_begin";
      /** Id pairing the begin and end events of this search. */
      call_id: string;
    }
  | {
      /** A web search finished (`web_search_end`). */
      type: "web_search_end";
      /** Id pairing the begin and end events of this search. */
      call_id: string;
      /** The query that was searched. */
      query: string;
    }
  | {
      /** A command started running (`exec_command_begin`). */
      type: "exec_command_begin";
      /** Id pairing the begin, output and end events of this command. */
      call_id: string;
      /** Turn (submission) id the command runs in. */
      turn_id: string;
      /** Id of the interactive process for unified exec sessions; left out when absent. */
      process_id?: string | null;
      /** Input written to an interactive process; left out when absent. */
      interaction_input?: string | null;
      /** The command as an argv list. */
      command: Array<string>;
      /** Working directory of the command. */
      cwd: string;
      /** Best-effort interpretation of what the command does. */
      parsed_cmd: Array<ParsedCommand>;
      /** What started the command; defaults to `agent`. */
      source?: ExecCommandSource;
    }
  | {
      /** A chunk of output from a running command (`exec_command_output_delta`); also sent with a patch's call_id for apply_patch output. */
      type: "exec_command_output_delta";
      /** Id of the command (or patch) producing the output. */
      call_id: string;
      stream: ExecOutputStream;
      /** Raw output bytes, sent as base64. */
      chunk: string;
    }
  | {
      /** A command finished (`exec_command_end`), with its output and exit status. */
      type: "exec_command_end";
      /** Id pairing the begin, output and end events of this command. */
      call_id: string;
      /** Turn (submission) id the command runs in. */
      turn_id: string;
      /** Id of the interactive process for unified exec sessions; left out when absent. */
      process_id?: string | null;
      /** Input written to an interactive process; left out when absent. */
      interaction_input?: string | null;
      /** The command as an argv list. */
      command: Array<string>;
      /** Working directory of the command. */
      cwd: string;
      /** Best-effort interpretation of what the command does. */
      parsed_cmd: Array<ParsedCommand>;
      /** What started the command; defaults to `agent`. */
      source?: ExecCommandSource;
      /** Captured standard output. */
      stdout: string;
      /** Captured standard error. */
      stderr: string;
      /** Standard output and error interleaved as produced; defaults to the empty string. */
      aggregated_output?: string;
      /** Process exit code. */
      exit_code: number;
      /** Wall-clock run time, as `{secs, nanos}` (the upstream TS wrongly says string). */
      duration: Duration;
      /** Output as formatted for the model. */
      formatted_output: string;
    }
  | {
      /** The agent attached a local image to its context (`view_image_tool_call`). */
      type: "view_image_tool_call";
      /** Id of the tool call. */
      call_id: string;
      /** Path of the image file. */
      path: string;
    }
  | {
      /** The agent asks for permission to run a command (`exec_approval_request`). */
      type: "exec_approval_request";
      /** Id of the command awaiting approval. */
      call_id: string;
      /** Turn (submission) id; defaults to the empty string. */
      turn_id?: string;
      /** The command as an argv list. */
      command: Array<string>;
      /** Working directory the command would run in. */
      cwd: string;
      /** Best-effort interpretation of what the command does. */
      parsed_cmd: Array<ParsedCommand>;
      /** Why the agent wants to run it; left out when absent. */
      reason?: string | null;
      /** Automated risk assessment of the command; left out when absent. */
      risk?: SandboxCommandAssessment | null;
    }
  | {
      /** An MCP server asks the user for input (`elicitation_request`). */
      type: "elicitation_request";
      /** Name of the MCP server asking. */
      server_name: string;
      /** The MCP server's id for the elicitation request. */
      id: RequestId;
      /** Prompt to show the user. */
      message: string;
    }
  | {
      /** The agent asks for permission to apply file changes (`apply_patch_approval_request`). */
      type: "apply_patch_approval_request";
      /** Id of the patch awaiting approval. */
      call_id: string;
      /** Turn (submission) id; defaults to the empty string. */
      turn_id?: string;
      /** Proposed changes keyed by file path. */
      changes: { [key: string]: FileChange };
      /** Why the agent wants to make the change; left out when absent. */
      reason?: string | null;
      /** Directory the agent asks to be allowed to write under for the rest of the session; left out when absent. */
      grant_root?: string | null;
    }
  | {
      /** Tells the user that a feature or setting they use is deprecated (`deprecation_notice`). */
      type: "deprecation_notice";
      /** One-line summary of the deprecation. */
      summary: string;
      /** Longer explanation or migration hint. */
      details?: string | null;
    }
  | {
      /** Informational message about background activity (`background_event`). */
      type: "background_event";
      message: string;
    }
  | {
      /** An undo of the last turn's changes has begun (`undo_started`). */
      type: "undo_started";
      /** Optional status text to show. */
      message?: string | null;
    }
  | {
      /** An undo operation finished (`undo_completed`). */
      type: "undo_completed";
      /** Whether the changes were restored. */
      success: boolean;
      /** Optional status or error text to show. */
      message?: string | null;
    }
  | {
      /** A transient streaming failure that the server is retrying (`stream_error`), e.g. "Reconnecting... 1/5". */
      type: "stream_error";
      /** Human-readable description, including the retry progress. */
      message: string;
      /** Machine-readable error category (v1 snake_case form); null when unclassified. */
      codex_error_info?: CodexErrorInfo | null;
    }
  | {
      /** The server started applying a patch (`patch_apply_begin`). */
      type: "patch_apply_begin";
      /** Id of the patch. */
      call_id: string;
      /** Turn (submission) id; defaults to the empty string. */
      turn_id?: string;
      /** Whether the patch was applied without asking the user. */
      auto_approved: boolean;
      /** Changes being applied, keyed by file path. */
      changes: { [key: string]: FileChange };
    }
  | {
      /** Applying a patch finished (`patch_apply_end`). */
      type: "patch_apply_end";
      /** Id of the patch. */
      call_id: string;
      /** Turn (submission) id; defaults to the empty string. */
      turn_id?: string;
      /** Output of the patch tool. */
      stdout: string;
      /** Error output of the patch tool. */
      stderr: string;
      /** Whether the patch applied cleanly. */
      success: boolean;
      /** Changes that were applied, keyed by file path; defaults to `{}`. */
      changes?: { [key: string]: FileChange };
    }
  | {
      /** The aggregated diff of all file changes made so far in the turn (`turn_diff`). */
      type: "turn_diff";
      /** Unified diff text. */
      unified_diff: string;
    }
  | {
      /** Reply to a lookup of one message history entry (`get_history_entry_response`). */
      type: "get_history_entry_response";
      /** Position of the requested entry in the log. */
      offset: number;
      /** Identifier of the history log file that was read. */
      log_id: number;
      /** The entry; null when none exists at that offset. */
      entry?: HistoryEntry | null;
    }
  | {
      /** Reply listing the tools, resources and auth states of all MCP servers (`mcp_list_tools_response`). */
      type: "mcp_list_tools_response";
      /** Tools keyed by fully qualified tool name. */
      tools: { [key: string]: Tool };
      /** Resources keyed by server name. */
      resources: { [key: string]: Array<Resource> };
      /** Resource templates keyed by server name. */
      resource_templates: { [key: string]: Array<ResourceTemplate> };
      /** Authentication state keyed by server name. */
      auth_statuses: { [key: string]: McpAuthStatus };
    }
  | {
      /** Reply listing the user's custom prompts (`list_custom_prompts_response`). */
      type: "list_custom_prompts_response";
      custom_prompts: Array<CustomPrompt>;
    }
  | {
      /** The agent updated its step-by-step plan (`plan_update`). */
      type: "plan_update";
      /** Optional note on why the plan changed. */
      explanation?: string | null;
      /** All steps of the plan, in order. */
      plan: Array<PlanItemArg>;
    }
  | {
      /** A turn stopped before completing (`turn_aborted`), for example after an interrupt. */
      type: "turn_aborted";
      reason: TurnAbortReason;
    }
  | {
      /** The conversation shut down and will emit no further events (`shutdown_complete`). */
      type: "shutdown_complete";
    }
  | {
      /** The conversation entered review mode for the given request (`entered_review_mode`). */
      type: "entered_review_mode";
      /** Instructions given to the reviewing model. */
      prompt: string;
      /** Short description of the review shown to the user. */
      user_facing_hint: string;
    }
  | {
      /** The conversation left review mode (`exited_review_mode`). */
      type: "exited_review_mode";
      /** The review result; null when the review produced none (e.g. it was interrupted). */
      review_output?: ReviewOutputEvent | null;
    }
  | {
      /** A raw model transcript item (`raw_response_item`); sent only to listeners subscribed with `experimentalRawEvents: true`. */
      type: "raw_response_item";
      item: ResponseItem;
    }
  | {
      /** An item of the turn began (`item_started`). */
      type: "item_started";
      /** Conversation the item belongs to. */
      thread_id: ConversationId;
      /** Turn (submission) id the item belongs to. */
      turn_id: string;
      item: TurnItem;
    }
  | {
      /** An item of the turn finished (`item_completed`); `item` holds its final content. */
      type: "item_completed";
      /** Conversation the item belongs to. */
      thread_id: ConversationId;
      /** Turn (submission) id the item belongs to. */
      turn_id: string;
      item: TurnItem;
    }
  | {
      /** A streamed chunk of an agent message item's text (`agent_message_content_delta`). */
      type: "agent_message_content_delta";
      /** Conversation the item belongs to. */
      thread_id: string;
      /** Turn (submission) id the item belongs to. */
      turn_id: string;
      /** Id of the agent message item. */
      item_id: string;
      /** Text to append. */
      delta: string;
    }
  | {
      /** A streamed chunk of a reasoning item's summary text (`reasoning_content_delta`). */
      type: "reasoning_content_delta";
      /** Conversation the item belongs to. */
      thread_id: string;
      /** Turn (submission) id the item belongs to. */
      turn_id: string;
      /** Id of the reasoning item. */
      item_id: string;
      /** Text to append. */
      delta: string;
      /** Which summary part the text belongs to; defaults to 0. */
      summary_index?: number;
    }
  | {
      /** A streamed chunk of a reasoning item's raw content (`reasoning_raw_content_delta`). */
      type: "reasoning_raw_content_delta";
      /** Conversation the item belongs to. */
      thread_id: string;
      /** Turn (submission) id the item belongs to. */
      turn_id: string;
      /** Id of the reasoning item. */
      item_id: string;
      /** Text to append. */
      delta: string;
      /** Which raw content part the text belongs to; defaults to 0. */
      content_index?: number;
    };
