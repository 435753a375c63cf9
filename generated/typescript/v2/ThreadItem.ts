// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { AbsolutePathBuf } from "./AbsolutePathBuf.js";
import type { AgentMessageDelivery } from "./AgentMessageDelivery.js";
import type { AgentMessageModeration } from "./AgentMessageModeration.js";
import type { AsyncUserInputQuestion } from "./AsyncUserInputQuestion.js";
import type { CollabAgentState } from "./CollabAgentState.js";
import type { CollabAgentTool } from "./CollabAgentTool.js";
import type { CollabAgentToolCallStatus } from "./CollabAgentToolCallStatus.js";
import type { CommandAction } from "./CommandAction.js";
import type { CommandExecutionSource } from "./CommandExecutionSource.js";
import type { CommandExecutionStatus } from "./CommandExecutionStatus.js";
import type { DynamicToolCallOutputContentItem } from "./DynamicToolCallOutputContentItem.js";
import type { DynamicToolCallStatus } from "./DynamicToolCallStatus.js";
import type { FileUpdateChange } from "./FileUpdateChange.js";
import type { FunctionCallOutputBody } from "./FunctionCallOutputBody.js";
import type { HookPromptFragment } from "./HookPromptFragment.js";
import type { ImageGenerationFailure } from "./ImageGenerationFailure.js";
import type { ImageGenerationInputImage } from "./ImageGenerationInputImage.js";
import type { LegacyAppPathString } from "./LegacyAppPathString.js";
import type { McpAppUi } from "./McpAppUi.js";
import type { McpToolCallAppContext } from "./McpToolCallAppContext.js";
import type { McpToolCallError } from "./McpToolCallError.js";
import type { McpToolCallResult } from "./McpToolCallResult.js";
import type { McpToolCallStatus } from "./McpToolCallStatus.js";
import type { MemoryCitation } from "./MemoryCitation.js";
import type { MessagePhase } from "./MessagePhase.js";
import type { PatchApplyStatus } from "./PatchApplyStatus.js";
import type { SubAgentActivityKind } from "./SubAgentActivityKind.js";
import type { UserInput } from "./UserInput.js";
import type { WebSearchAction } from "./WebSearchAction.js";

/** One unit of work within a turn, tagged on `type`. Items are announced by `item/started` and finalised by `item/completed`. */
export type ThreadItem =
  | {
      /** A message from the user. */
      type: "userMessage";
      /** Identifier of the item, unique within its thread. */
      id: string;
      content: Array<UserInput>;
      /** Identifier the client gave the input it sent, if any. */
      clientId?: string | null;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** Prompt text that hooks added to the conversation. */
      type: "hookPrompt";
      /** Identifier of the item, unique within its thread. */
      id: string;
      fragments: Array<HookPromptFragment>;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** A message written by the agent. */
      type: "agentMessage";
      /** Identifier of the item, unique within its thread. */
      id: string;
      text: string;
      phase?: MessagePhase | null;
      memoryCitation?: MemoryCitation | null;
      delivery?: AgentMessageDelivery | null;
      /** Questions the message asks the user to answer later. */
      questions?: Array<AsyncUserInputQuestion> | null;
      moderation?: AgentMessageModeration | null;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** A tool call's output recorded in the thread, such as one a client passed to `turn/start` (`toolOutput`). */
      type: "functionCallOutput";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** Name of the tool. */
      name: string;
      /** Namespace of the tool, when it has one. */
      namespace?: string | null;
      output: FunctionCallOutputBody;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** A plan the agent proposes. Still experimental upstream: the completed item is authoritative, and may differ from the text its deltas streamed. */
      type: "plan";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** The plan, as text. */
      text: string;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
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
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** A shell command run by the agent, or by the user through the client (see `source`). */
      type: "commandExecution";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** The command line, joined into a single shell string. */
      command: string;
      /** Working directory of the command. */
      cwd: LegacyAppPathString;
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
      /** Who started the command. Defaults to `agent`. */
      source?: CommandExecutionSource;
      /** The plugin whose script the command runs, when it resolves to one. */
      pluginId?: string | null;
      /** Path of that script inside its plugin. */
      scriptPath?: string | null;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** A patch applied to files by the agent. */
      type: "fileChange";
      /** Identifier of the item, unique within its thread. */
      id: string;
      changes: Array<FileUpdateChange>;
      status: PatchApplyStatus;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
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
      /** The environment the server is registered for (not necessarily where it runs). */
      environmentId?: string | null;
      appContext?: McpToolCallAppContext | null;
      /** The interface the tool declared when it was called; absent in older history. */
      mcpAppUi?: McpAppUi | null;
      /** Older spelling of `mcpAppUi.resourceUri`, kept for clients that read it. */
      mcpAppResourceUri?: string | null;
      /** The plugin that provides the server, when there is one. */
      pluginId?: string | null;
      /** Whether the tool declares that it only reads (the MCP `readOnlyHint` annotation), when it says. */
      readOnlyHint?: boolean | null;
      /** How long the call took, in milliseconds. */
      durationMs?: number | null;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** A call to a tool the client implements (a dynamic tool); the server asks the client to run it with `item/tool/call`. */
      type: "dynamicToolCall";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** Name of the tool. */
      tool: string;
      /** Namespace of the tool, when it has one. */
      namespace?: string | null;
      /** Arguments passed to the tool (any JSON value). */
      arguments: JsonValue;
      status: DynamicToolCallStatus;
      /** What the tool returned, once it has. */
      contentItems?: Array<DynamicToolCallOutputContentItem> | null;
      /** Whether the client reported the call as successful. */
      success?: boolean | null;
      /** How long the call took, in milliseconds. */
      durationMs?: number | null;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** A call to one of the tools an agent uses to work with other agents. */
      type: "collabAgentToolCall";
      /** Identifier of the item, unique within its thread. */
      id: string;
      tool: CollabAgentTool;
      status: CollabAgentToolCallStatus;
      /** Thread of the agent that made the call. */
      senderThreadId: string;
      /** Threads of the agents the call is aimed at; for a spawn, the new agent's thread. */
      receiverThreadIds: Array<string>;
      /** Text sent with the call, when there is some. */
      prompt?: string | null;
      /** Model asked for the spawned agent, when the call sets one. */
      model?: string | null;
      /** Reasoning effort asked for the spawned agent, when the call sets one. */
      reasoningEffort?: ReasoningEffort | null;
      /** Last known state of each target agent, by thread id. */
      agentsStates: { [key: string]: CollabAgentState };
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** Something a sub-agent did that the parent thread shows: it started, was talked to, was interrupted, or completed. */
      type: "subAgentActivity";
      /** Identifier of the item, unique within its thread. */
      id: string;
      kind: SubAgentActivityKind;
      /** Thread of the sub-agent. */
      agentThreadId: string;
      /** Where the sub-agent sits in the tree of agents. */
      agentPath: string;
      /** Model the sub-agent was created with; only on `started`, and absent from older records. */
      model?: string | null;
      /** Reasoning effort the sub-agent was created with, when known. */
      reasoningEffort?: ReasoningEffort | null;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** A web search made by the agent. */
      type: "webSearch";
      /** Identifier of the item, unique within its thread. */
      id: string;
      query: string;
      action?: WebSearchAction | null;
      /** Results of a search run outside the model, passed on as opaque JSON. */
      results?: Array<JsonValue> | null;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** An image file the agent looked at. */
      type: "imageView";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** Path of the image file. */
      path: LegacyAppPathString;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** A pause the agent took with its sleep tool, which the user can cut short. */
      type: "sleep";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** How long the pause lasts, in milliseconds. */
      durationMs: number;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** An image generated for the agent. The image comes inline (`result`) or as a stored file (`fileId`): at least one of the two is present. */
      type: "imageGeneration";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** Status reported by the image backend. */
      status: string;
      /** The prompt as the backend rewrote it, when it did. */
      revisedPrompt?: string | null;
      /** The generated image, base64-encoded. */
      result?: string;
      /** Identifier of the stored image file. */
      fileId?: string;
      /** Where the image was saved on the machine running the server, when it was. */
      savedPath?: AbsolutePathBuf | null;
      /** Whether the image has a transparent background, when known. */
      transparentBackground?: boolean | null;
      failure?: ImageGenerationFailure | null;
      /** Local images the generation read as input; absent on older items. */
      inputImages?: Array<ImageGenerationInputImage>;
      /** Identifier the backend gave the generation, when it gave one. */
      generationId?: string | null;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** The thread switched into code review mode. */
      type: "enteredReviewMode";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** What is being reviewed. */
      review: string;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** The thread left code review mode. */
      type: "exitedReviewMode";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** The review's findings, as text. */
      review: string;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    }
  | {
      /** The thread's history was compacted to free context window space. */
      type: "contextCompaction";
      /** Identifier of the item, unique within its thread. */
      id: string;
      /** When the item started, in milliseconds since the Unix epoch, if recorded. */
      startedAtMs?: number | null;
      /** When the item completed, in milliseconds since the Unix epoch; null while it is still running. */
      completedAtMs?: number | null;
    };
