// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

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
    };
