// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AuthStatusChangeNotification } from "./AuthStatusChangeNotification.js";
import type { CodexEventNotificationParams } from "./CodexEventNotificationParams.js";
import type { LoginChatGptCompleteNotification } from "./LoginChatGptCompleteNotification.js";
import type { SessionConfiguredNotification } from "./SessionConfiguredNotification.js";
import type { AccountLoginCompletedNotification } from "./v2/AccountLoginCompletedNotification.js";
import type { AccountRateLimitsUpdatedNotification } from "./v2/AccountRateLimitsUpdatedNotification.js";
import type { AccountUpdatedNotification } from "./v2/AccountUpdatedNotification.js";
import type { AgentMessageDeltaNotification } from "./v2/AgentMessageDeltaNotification.js";
import type { CommandExecutionOutputDeltaNotification } from "./v2/CommandExecutionOutputDeltaNotification.js";
import type { ContextCompactedNotification } from "./v2/ContextCompactedNotification.js";
import type { ErrorNotification } from "./v2/ErrorNotification.js";
import type { FileChangeOutputDeltaNotification } from "./v2/FileChangeOutputDeltaNotification.js";
import type { ItemCompletedNotification } from "./v2/ItemCompletedNotification.js";
import type { ItemStartedNotification } from "./v2/ItemStartedNotification.js";
import type { McpToolCallProgressNotification } from "./v2/McpToolCallProgressNotification.js";
import type { ReasoningSummaryPartAddedNotification } from "./v2/ReasoningSummaryPartAddedNotification.js";
import type { ReasoningSummaryTextDeltaNotification } from "./v2/ReasoningSummaryTextDeltaNotification.js";
import type { ReasoningTextDeltaNotification } from "./v2/ReasoningTextDeltaNotification.js";
import type { ThreadStartedNotification } from "./v2/ThreadStartedNotification.js";
import type { ThreadTokenUsageUpdatedNotification } from "./v2/ThreadTokenUsageUpdatedNotification.js";
import type { TurnCompletedNotification } from "./v2/TurnCompletedNotification.js";
import type { TurnDiffUpdatedNotification } from "./v2/TurnDiffUpdatedNotification.js";
import type { TurnPlanUpdatedNotification } from "./v2/TurnPlanUpdatedNotification.js";
import type { TurnStartedNotification } from "./v2/TurnStartedNotification.js";
import type { WindowsWorldWritableWarningNotification } from "./v2/WindowsWorldWritableWarningNotification.js";

/** Any notification the app-server sends to the client. */
export type ServerNotification =
  | {
      /**
       * Tells the client that the server's sign-in state changed.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "authStatusChange";
      params: AuthStatusChangeNotification;
    }
  | {
      /**
       * Tells the client that a ChatGPT sign-in flow ended.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "loginChatGptComplete";
      params: LoginChatGptCompleteNotification;
    }
  | {
      /**
       * Tells the client that a conversation's session is configured.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "sessionConfigured";
      params: SessionConfiguredNotification;
    }
  | {
      /**
       * Reports an error in a turn, including transient errors the server is retrying.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "error";
      params: ErrorNotification;
    }
  | {
      /**
       * Announces a newly created thread.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "thread/started";
      params: ThreadStartedNotification;
    }
  | {
      /**
       * Reports updated token usage for a thread.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "thread/tokenUsage/updated";
      params: ThreadTokenUsageUpdatedNotification;
    }
  | {
      /**
       * Announces that the agent started working on a turn.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "turn/started";
      params: TurnStartedNotification;
    }
  | {
      /**
       * Announces that a turn ended, with its final status.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "turn/completed";
      params: TurnCompletedNotification;
    }
  | {
      /**
       * Sends the up-to-date combined diff of the file changes made in a turn.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "turn/diff/updated";
      params: TurnDiffUpdatedNotification;
    }
  | {
      /**
       * Sends the agent's revised plan for a turn.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "turn/plan/updated";
      params: TurnPlanUpdatedNotification;
    }
  | {
      /**
       * Announces a new item in a turn.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "item/started";
      params: ItemStartedNotification;
    }
  | {
      /**
       * Sends an item in its final state.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "item/completed";
      params: ItemCompletedNotification;
    }
  | {
      /**
       * Streams a chunk of agent message text.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "item/agentMessage/delta";
      params: AgentMessageDeltaNotification;
    }
  | {
      /**
       * Streams a chunk of a running command's output.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "item/commandExecution/outputDelta";
      params: CommandExecutionOutputDeltaNotification;
    }
  | {
      /**
       * Streams output produced while applying a file change.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "item/fileChange/outputDelta";
      params: FileChangeOutputDeltaNotification;
    }
  | {
      /**
       * Relays a progress message from a running MCP tool call.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "item/mcpToolCall/progress";
      params: McpToolCallProgressNotification;
    }
  | {
      /**
       * Announces that the server's authentication mode changed, e.g. after login or logout.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "account/updated";
      params: AccountUpdatedNotification;
    }
  | {
      /**
       * Sends fresh rate-limit figures for the account.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "account/rateLimits/updated";
      params: AccountRateLimitsUpdatedNotification;
    }
  | {
      /**
       * Streams a chunk of reasoning summary text.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "item/reasoning/summaryTextDelta";
      params: ReasoningSummaryTextDeltaNotification;
    }
  | {
      /**
       * Announces that a new reasoning summary part started.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "item/reasoning/summaryPartAdded";
      params: ReasoningSummaryPartAddedNotification;
    }
  | {
      /**
       * Streams a chunk of raw reasoning text.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "item/reasoning/textDelta";
      params: ReasoningTextDeltaNotification;
    }
  | {
      /**
       * Announces that a thread's history was compacted.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "thread/compacted";
      params: ContextCompactedNotification;
    }
  | {
      /**
       * Warns that world-writable directories were found on Windows, which weakens the sandbox.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "windows/worldWritableWarning";
      params: WindowsWorldWritableWarningNotification;
    }
  | {
      /**
       * Reports the outcome of a login attempt started with `account/login/start`.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "account/login/completed";
      params: AccountLoginCompletedNotification;
    }
  | {
      /**
       * Legacy stream event `error`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/error";
      params: CodexEventNotificationParams & {
        msg: {
          type: "error";
        };
      };
    }
  | {
      /**
       * Legacy stream event `warning`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/warning";
      params: CodexEventNotificationParams & {
        msg: {
          type: "warning";
        };
      };
    }
  | {
      /**
       * Legacy stream event `context_compacted`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/context_compacted";
      params: CodexEventNotificationParams & {
        msg: {
          type: "context_compacted";
        };
      };
    }
  | {
      /**
       * Legacy stream event `task_started`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/task_started";
      params: CodexEventNotificationParams & {
        msg: {
          type: "task_started";
        };
      };
    }
  | {
      /**
       * Legacy stream event `task_complete`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/task_complete";
      params: CodexEventNotificationParams & {
        msg: {
          type: "task_complete";
        };
      };
    }
  | {
      /**
       * Legacy stream event `token_count`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/token_count";
      params: CodexEventNotificationParams & {
        msg: {
          type: "token_count";
        };
      };
    }
  | {
      /**
       * Legacy stream event `agent_message`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/agent_message";
      params: CodexEventNotificationParams & {
        msg: {
          type: "agent_message";
        };
      };
    }
  | {
      /**
       * Legacy stream event `user_message`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/user_message";
      params: CodexEventNotificationParams & {
        msg: {
          type: "user_message";
        };
      };
    }
  | {
      /**
       * Legacy stream event `agent_message_delta`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/agent_message_delta";
      params: CodexEventNotificationParams & {
        msg: {
          type: "agent_message_delta";
        };
      };
    }
  | {
      /**
       * Legacy stream event `agent_reasoning`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/agent_reasoning";
      params: CodexEventNotificationParams & {
        msg: {
          type: "agent_reasoning";
        };
      };
    }
  | {
      /**
       * Legacy stream event `agent_reasoning_delta`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/agent_reasoning_delta";
      params: CodexEventNotificationParams & {
        msg: {
          type: "agent_reasoning_delta";
        };
      };
    }
  | {
      /**
       * Legacy stream event `agent_reasoning_raw_content`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/agent_reasoning_raw_content";
      params: CodexEventNotificationParams & {
        msg: {
          type: "agent_reasoning_raw_content";
        };
      };
    }
  | {
      /**
       * Legacy stream event `agent_reasoning_raw_content_delta`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/agent_reasoning_raw_content_delta";
      params: CodexEventNotificationParams & {
        msg: {
          type: "agent_reasoning_raw_content_delta";
        };
      };
    }
  | {
      /**
       * Legacy stream event `agent_reasoning_section_break`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/agent_reasoning_section_break";
      params: CodexEventNotificationParams & {
        msg: {
          type: "agent_reasoning_section_break";
        };
      };
    }
  | {
      /**
       * Legacy stream event `session_configured`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/session_configured";
      params: CodexEventNotificationParams & {
        msg: {
          type: "session_configured";
        };
      };
    }
  | {
      /**
       * Legacy stream event `mcp_startup_update`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/mcp_startup_update";
      params: CodexEventNotificationParams & {
        msg: {
          type: "mcp_startup_update";
        };
      };
    }
  | {
      /**
       * Legacy stream event `mcp_startup_complete`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/mcp_startup_complete";
      params: CodexEventNotificationParams & {
        msg: {
          type: "mcp_startup_complete";
        };
      };
    }
  | {
      /**
       * Legacy stream event `mcp_tool_call_begin`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/mcp_tool_call_begin";
      params: CodexEventNotificationParams & {
        msg: {
          type: "mcp_tool_call_begin";
        };
      };
    }
  | {
      /**
       * Legacy stream event `mcp_tool_call_end`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/mcp_tool_call_end";
      params: CodexEventNotificationParams & {
        msg: {
          type: "mcp_tool_call_end";
        };
      };
    }
  | {
      /**
       * Legacy stream event `web_search_begin`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/web_search_begin";
      params: CodexEventNotificationParams & {
        msg: {
          type: "web_search_begin";
        };
      };
    }
  | {
      /**
       * Legacy stream event `web_search_end`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/web_search_end";
      params: CodexEventNotificationParams & {
        msg: {
          type: "web_search_end";
        };
      };
    }
  | {
      /**
       * Legacy stream event `exec_command_begin`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/exec_command_begin";
      params: CodexEventNotificationParams & {
        msg: {
          type: "exec_command_begin";
        };
      };
    }
  | {
      /**
       * Legacy stream event `exec_command_output_delta`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/exec_command_output_delta";
      params: CodexEventNotificationParams & {
        msg: {
          type: "exec_command_output_delta";
        };
      };
    }
  | {
      /**
       * Legacy stream event `exec_command_end`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/exec_command_end";
      params: CodexEventNotificationParams & {
        msg: {
          type: "exec_command_end";
        };
      };
    }
  | {
      /**
       * Legacy stream event `view_image_tool_call`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/view_image_tool_call";
      params: CodexEventNotificationParams & {
        msg: {
          type: "view_image_tool_call";
        };
      };
    }
  | {
      /**
       * Legacy stream event `exec_approval_request`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/exec_approval_request";
      params: CodexEventNotificationParams & {
        msg: {
          type: "exec_approval_request";
        };
      };
    }
  | {
      /**
       * Legacy stream event `elicitation_request`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/elicitation_request";
      params: CodexEventNotificationParams & {
        msg: {
          type: "elicitation_request";
        };
      };
    }
  | {
      /**
       * Legacy stream event `apply_patch_approval_request`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/apply_patch_approval_request";
      params: CodexEventNotificationParams & {
        msg: {
          type: "apply_patch_approval_request";
        };
      };
    }
  | {
      /**
       * Legacy stream event `deprecation_notice`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/deprecation_notice";
      params: CodexEventNotificationParams & {
        msg: {
          type: "deprecation_notice";
        };
      };
    }
  | {
      /**
       * Legacy stream event `background_event`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/background_event";
      params: CodexEventNotificationParams & {
        msg: {
          type: "background_event";
        };
      };
    }
  | {
      /**
       * Legacy stream event `undo_started`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/undo_started";
      params: CodexEventNotificationParams & {
        msg: {
          type: "undo_started";
        };
      };
    }
  | {
      /**
       * Legacy stream event `undo_completed`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/undo_completed";
      params: CodexEventNotificationParams & {
        msg: {
          type: "undo_completed";
        };
      };
    }
  | {
      /**
       * Legacy stream event `stream_error`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/stream_error";
      params: CodexEventNotificationParams & {
        msg: {
          type: "stream_error";
        };
      };
    }
  | {
      /**
       * Legacy stream event `patch_apply_begin`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/patch_apply_begin";
      params: CodexEventNotificationParams & {
        msg: {
          type: "patch_apply_begin";
        };
      };
    }
  | {
      /**
       * Legacy stream event `patch_apply_end`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/patch_apply_end";
      params: CodexEventNotificationParams & {
        msg: {
          type: "patch_apply_end";
        };
      };
    }
  | {
      /**
       * Legacy stream event `turn_diff`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/turn_diff";
      params: CodexEventNotificationParams & {
        msg: {
          type: "turn_diff";
        };
      };
    }
  | {
      /**
       * Legacy stream event `get_history_entry_response`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/get_history_entry_response";
      params: CodexEventNotificationParams & {
        msg: {
          type: "get_history_entry_response";
        };
      };
    }
  | {
      /**
       * Legacy stream event `mcp_list_tools_response`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/mcp_list_tools_response";
      params: CodexEventNotificationParams & {
        msg: {
          type: "mcp_list_tools_response";
        };
      };
    }
  | {
      /**
       * Legacy stream event `list_custom_prompts_response`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/list_custom_prompts_response";
      params: CodexEventNotificationParams & {
        msg: {
          type: "list_custom_prompts_response";
        };
      };
    }
  | {
      /**
       * Legacy stream event `plan_update`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/plan_update";
      params: CodexEventNotificationParams & {
        msg: {
          type: "plan_update";
        };
      };
    }
  | {
      /**
       * Legacy stream event `turn_aborted`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/turn_aborted";
      params: CodexEventNotificationParams & {
        msg: {
          type: "turn_aborted";
        };
      };
    }
  | {
      /**
       * Legacy stream event `shutdown_complete`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/shutdown_complete";
      params: CodexEventNotificationParams & {
        msg: {
          type: "shutdown_complete";
        };
      };
    }
  | {
      /**
       * Legacy stream event `entered_review_mode`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/entered_review_mode";
      params: CodexEventNotificationParams & {
        msg: {
          type: "entered_review_mode";
        };
      };
    }
  | {
      /**
       * Legacy stream event `exited_review_mode`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/exited_review_mode";
      params: CodexEventNotificationParams & {
        msg: {
          type: "exited_review_mode";
        };
      };
    }
  | {
      /**
       * Legacy stream event `raw_response_item`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/raw_response_item";
      params: CodexEventNotificationParams & {
        msg: {
          type: "raw_response_item";
        };
      };
    }
  | {
      /**
       * Legacy stream event `item_started`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/item_started";
      params: CodexEventNotificationParams & {
        msg: {
          type: "item_started";
        };
      };
    }
  | {
      /**
       * Legacy stream event `item_completed`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/item_completed";
      params: CodexEventNotificationParams & {
        msg: {
          type: "item_completed";
        };
      };
    }
  | {
      /**
       * Legacy stream event `agent_message_content_delta`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/agent_message_content_delta";
      params: CodexEventNotificationParams & {
        msg: {
          type: "agent_message_content_delta";
        };
      };
    }
  | {
      /**
       * Legacy stream event `reasoning_content_delta`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/reasoning_content_delta";
      params: CodexEventNotificationParams & {
        msg: {
          type: "reasoning_content_delta";
        };
      };
    }
  | {
      /**
       * Legacy stream event `reasoning_raw_content_delta`, sent alongside the v2 notifications (also for v2 threads).
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "codex/event/reasoning_raw_content_delta";
      params: CodexEventNotificationParams & {
        msg: {
          type: "reasoning_raw_content_delta";
        };
      };
    };
