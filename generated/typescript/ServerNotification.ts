// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AccountLoginCompletedNotification } from "./v2/AccountLoginCompletedNotification.js";
import type { AccountRateLimitsUpdatedNotification } from "./v2/AccountRateLimitsUpdatedNotification.js";
import type { AccountUpdatedNotification } from "./v2/AccountUpdatedNotification.js";
import type { AgentMessageDeltaNotification } from "./v2/AgentMessageDeltaNotification.js";
import type { CommandExecutionOutputDeltaNotification } from "./v2/CommandExecutionOutputDeltaNotification.js";
import type { ConfigWarningNotification } from "./v2/ConfigWarningNotification.js";
import type { ContextCompactedNotification } from "./v2/ContextCompactedNotification.js";
import type { DeprecationNoticeNotification } from "./v2/DeprecationNoticeNotification.js";
import type { ErrorNotification } from "./v2/ErrorNotification.js";
import type { FileChangeOutputDeltaNotification } from "./v2/FileChangeOutputDeltaNotification.js";
import type { ItemCompletedNotification } from "./v2/ItemCompletedNotification.js";
import type { ItemStartedNotification } from "./v2/ItemStartedNotification.js";
import type { McpToolCallProgressNotification } from "./v2/McpToolCallProgressNotification.js";
import type { ReasoningSummaryPartAddedNotification } from "./v2/ReasoningSummaryPartAddedNotification.js";
import type { ReasoningSummaryTextDeltaNotification } from "./v2/ReasoningSummaryTextDeltaNotification.js";
import type { ReasoningTextDeltaNotification } from "./v2/ReasoningTextDeltaNotification.js";
import type { RemoteControlStatusChangedNotification } from "./v2/RemoteControlStatusChangedNotification.js";
import type { ServerRequestResolvedNotification } from "./v2/ServerRequestResolvedNotification.js";
import type { ThreadArchivedNotification } from "./v2/ThreadArchivedNotification.js";
import type { ThreadGoalClearedNotification } from "./v2/ThreadGoalClearedNotification.js";
import type { ThreadStartedNotification } from "./v2/ThreadStartedNotification.js";
import type { ThreadStatusChangedNotification } from "./v2/ThreadStatusChangedNotification.js";
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
    }
  | {
      /**
       * Reports the new status of a loaded thread.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "thread/status/changed";
      params: ThreadStatusChangedNotification;
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
    }
  | {
      /**
       * Announces that a thread's goal was removed.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "thread/goal/cleared";
      params: ThreadGoalClearedNotification;
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
    }
  | {
      /**
       * Announces that a thread was archived.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "thread/archived";
      params: ThreadArchivedNotification;
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
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
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
    }
  | {
      /**
       * Warns about a problem in the configuration or the environment; the server carries on.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "configWarning";
      params: ConfigWarningNotification;
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
    }
  | {
      /**
       * Tells the client that something it uses is deprecated, and what to do instead.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "deprecationNotice";
      params: DeprecationNoticeNotification;
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
    }
  | {
      /**
       * Reports the state of the server's remote-control connection, once at start and on every change.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "remoteControl/status/changed";
      params: RemoteControlStatusChangedNotification;
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
    }
  | {
      /**
       * Tells the client that a request the server sent, such as an approval, is settled and needs no answer any more.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      method: "serverRequest/resolved";
      params: ServerRequestResolvedNotification;
      /** When the server emitted the notification, in milliseconds since the Unix epoch. */
      emittedAtMs?: number;
    };
