// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { CommandAction } from "./CommandAction.js";
import type { CommandExecutionStatus } from "./CommandExecutionStatus.js";
import type { FileUpdateChange } from "./FileUpdateChange.js";
import type { McpToolCallError } from "./McpToolCallError.js";
import type { McpToolCallResult } from "./McpToolCallResult.js";
import type { McpToolCallStatus } from "./McpToolCallStatus.js";
import type { PatchApplyStatus } from "./PatchApplyStatus.js";
import type { TodoItem } from "./TodoItem.js";
import type { UserInput } from "./UserInput.js";

/** One unit of work within a turn, tagged on `type`. Items are announced by `item/started` and finalised by `item/completed`. */
export type ThreadItem =
  | {
      /** A message from the user. */
      type: "userMessage";
      /** Identifier of the item, unique within its thread. */
      id: string;
      content: Array<UserInput>;
    }
  | {
      /** A message written by the agent. */
      type: "agentMessage";
      /** Identifier of the item, unique within its thread. */
      id: string;
      text: string;
    }
  | {
      /** The model's reasoning for this step. */
      type: "reasoning";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** Reasoning summary sections. Defaults to an empty list. */
      summary?: Array<string>;
      /** Raw reasoning text, when the provider exposes it. Defaults to an empty list. */
      content?: Array<string>;
    }
  | {
      /** A shell command run by the agent. */
      type: "commandExecution";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** The command line, joined into a single shell string. */
      command: string;
      /** Working directory of the command. */
      cwd: string;
      /** Identifier of the underlying process, when there is one. */
      processId?: string | null;
      status: CommandExecutionStatus;
      /** What the command was recognised as doing. */
      commandActions: Array<CommandAction>;
      /** Combined stdout and stderr, as decoded text. */
      aggregatedOutput?: string | null;
      /** Exit code; -1 for a command the user declined. */
      exitCode?: number | null;
      /** How long the command ran, in milliseconds. */
      durationMs?: number | null;
    }
  | {
      /** A patch applied to files by the agent. */
      type: "fileChange";
      /** Identifier of the item, unique within its thread. */
      id: string;
      changes: Array<FileUpdateChange>;
      status: PatchApplyStatus;
    }
  | {
      /** A call to a tool exposed by an MCP server. */
      type: "mcpToolCall";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** Name of the MCP server, as configured. */
      server: string;
      /** Name of the tool called. */
      tool: string;
      status: McpToolCallStatus;
      /** Arguments passed to the tool (any JSON value). */
      arguments: JsonValue;
      result?: McpToolCallResult | null;
      error?: McpToolCallError | null;
    }
  | {
      /** A web search made by the agent. */
      type: "webSearch";
      /** Identifier of the item, unique within its thread. */
      id: string;
      query: string;
    }
  | {
      /** The agent's current to-do list. */
      type: "todoList";
      /** Identifier of the item, unique within its thread. */
      id: string;
      items: Array<TodoItem>;
    }
  | {
      /** An image file the agent looked at. */
      type: "imageView";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** Path of the image file. */
      path: string;
    }
  | {
      /** The thread switched into code review mode. */
      type: "enteredReviewMode";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** What is being reviewed. */
      review: string;
    }
  | {
      /** The thread left code review mode. */
      type: "exitedReviewMode";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** The review's findings, as text. */
      review: string;
    };
