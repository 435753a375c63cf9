/**
 * v2 `ThreadItem`: the units a turn is made of (messages, reasoning, commands, patches, tool
 * calls, ...). The shapes their branches carry live in items-parts.ts, tools.ts, collab.ts and
 * agent-message.ts.
 */
import {
  array,
  bool,
  def,
  int32,
  int64,
  map,
  maybe,
  optional,
  ref,
  since,
  str,
  tagged,
  uint64,
  variant,
  type TSchema,
  type Variant,
} from '../schema.js';
import type { ReleaseRange } from '../releases.js';
import { JsonValue, ReasoningEffort } from '../core/common.js';
import {
  AgentMessageDelivery,
  AgentMessageModeration,
  AsyncUserInputQuestion,
  HookPromptFragment,
  MemoryCitation,
  MessagePhase,
} from './agent-message.js';
import { CollabAgentState, CollabAgentTool, CollabAgentToolCallStatus } from './collab.js';
import { AbsolutePathBuf, LegacyAppPathString, SubAgentActivityKind, UserInput } from './common.js';
import {
  CommandAction,
  CommandExecutionSource,
  CommandExecutionStatus,
  FileUpdateChange,
  McpToolCallError,
  McpToolCallResult,
  McpToolCallStatus,
  PatchApplyStatus,
  TodoItem,
  WebSearchAction,
} from './items-parts.js';
import {
  DynamicToolCallOutputContentItem,
  DynamicToolCallStatus,
  FunctionCallOutputBody,
  ImageGenerationFailure,
  ImageGenerationInputImage,
  McpAppUi,
  McpToolCallAppContext,
} from './tools.js';

const NEW = { since: '0.171.0' } as const;
const OLD = { removed: '0.171.0' } as const;

/** A field that 0.171.0 added. */
const added = <T extends TSchema>(schema: T): T => since('0.171.0', schema);

/**
 * A ThreadItem branch: every item carries its own `id` next to the variant's fields, and (from
 * 0.171.0 on) the times its lifecycle started and completed.
 */
function item(description: string, fields: Record<string, TSchema> = {}, range?: ReleaseRange): Variant {
  return variant(
    {
      id: str('Identifier of the item, unique within its thread.'),
      ...fields,
      startedAtMs: added(maybe(int64('When the item started, in milliseconds since the Unix epoch, if recorded.'))),
      completedAtMs: added(maybe(int64('When the item completed, in milliseconds since the Unix epoch; null while it is still running.'))),
    },
    description,
    range,
  );
}

/** The fields of a command execution item; `cwd` is the one whose type changed. */
function commandFields(cwd: TSchema): Record<string, TSchema> {
  return {
    command: str('The command line, joined into a single shell string.'),
    cwd,
    processId: maybe(str('Identifier of the underlying process, when there is one.')),
    status: ref(CommandExecutionStatus),
    commandActions: array(ref(CommandAction), 'What the command was recognised as doing.'),
    aggregatedOutput: maybe(str('Combined stdout and stderr, as decoded text.')),
    exitCode: maybe(int32('Exit code; -1 for a command the user declined.')),
    durationMs: maybe(int64('How long the command ran, in milliseconds.')),
  };
}

const COMMAND = 'A shell command run by the agent.';
const COMMAND_BY_ANYONE = 'A shell command run by the agent, or by the user through the client (see `source`).';
const IMAGE_VIEW = 'An image file the agent looked at.';

export const ThreadItem = def(
  'v2',
  'ThreadItem',
  'One unit of work within a turn, tagged on `type`. Items are announced by `item/started` and finalised by `item/completed`.',
  tagged('type', {
    userMessage: item('A message from the user.', {
      content: array(ref(UserInput)),
      clientId: added(maybe(str('Identifier the client gave the input it sent, if any.'))),
    }),
    hookPrompt: item(
      'Prompt text that hooks added to the conversation.',
      {
        fragments: array(ref(HookPromptFragment)),
      },
      NEW,
    ),
    agentMessage: item('A message written by the agent.', {
      text: str(),
      phase: added(maybe(ref(MessagePhase))),
      memoryCitation: added(maybe(ref(MemoryCitation))),
      delivery: added(maybe(ref(AgentMessageDelivery))),
      questions: added(maybe(array(ref(AsyncUserInputQuestion), 'Questions the message asks the user to answer later.'))),
      moderation: added(maybe(ref(AgentMessageModeration))),
    }),
    functionCallOutput: item(
      "A tool call's output recorded in the thread, such as one a client passed to `turn/start` (`toolOutput`).",
      {
        name: str('Name of the tool.'),
        namespace: maybe(str('Namespace of the tool, when it has one.')),
        output: ref(FunctionCallOutputBody),
      },
      NEW,
    ),
    plan: item(
      'A plan the agent proposes. Still experimental upstream: the completed item is authoritative, and may differ from the text its deltas streamed.',
      {
        text: str('The plan, as text.'),
      },
      NEW,
    ),
    reasoning: item("The model's reasoning for this step.", {
      summary: optional(array(str(), 'Reasoning summary sections. Defaults to an empty list.')),
      content: optional(array(str(), 'Raw reasoning text, when the provider exposes it. Defaults to an empty list.')),
    }),
    commandExecution: [
      item(COMMAND, commandFields(str('Working directory of the command.')), OLD),
      item(
        COMMAND_BY_ANYONE,
        {
          ...commandFields(ref(LegacyAppPathString, 'Working directory of the command.')),
          source: optional(ref(CommandExecutionSource, 'Who started the command. Defaults to `agent`.')),
          pluginId: maybe(str('The plugin whose script the command runs, when it resolves to one.')),
          scriptPath: maybe(str('Path of that script inside its plugin.')),
        },
        NEW,
      ),
    ],
    fileChange: item('A patch applied to files by the agent.', {
      changes: array(ref(FileUpdateChange)),
      status: ref(PatchApplyStatus),
    }),
    mcpToolCall: item('A call to a tool exposed by an MCP server.', {
      server: str('Name of the MCP server, as configured.'),
      tool: str('Name of the tool called.'),
      status: ref(McpToolCallStatus),
      arguments: ref(JsonValue, 'Arguments passed to the tool (any JSON value).'),
      result: maybe(ref(McpToolCallResult)),
      error: maybe(ref(McpToolCallError)),
      environmentId: added(maybe(str('The environment the server is registered for (not necessarily where it runs).'))),
      appContext: added(maybe(ref(McpToolCallAppContext))),
      mcpAppUi: added(maybe(ref(McpAppUi, 'The interface the tool declared when it was called; absent in older history.'))),
      mcpAppResourceUri: added(maybe(str('Older spelling of `mcpAppUi.resourceUri`, kept for clients that read it.'))),
      pluginId: added(maybe(str('The plugin that provides the server, when there is one.'))),
      readOnlyHint: added(maybe(bool('Whether the tool declares that it only reads (the MCP `readOnlyHint` annotation), when it says.'))),
      durationMs: added(maybe(int64('How long the call took, in milliseconds.'))),
    }),
    dynamicToolCall: item(
      'A call to a tool the client implements (a dynamic tool); the server asks the client to run it with `item/tool/call`.',
      {
        tool: str('Name of the tool.'),
        namespace: maybe(str('Namespace of the tool, when it has one.')),
        arguments: ref(JsonValue, 'Arguments passed to the tool (any JSON value).'),
        status: ref(DynamicToolCallStatus),
        contentItems: maybe(array(ref(DynamicToolCallOutputContentItem), 'What the tool returned, once it has.')),
        success: maybe(bool('Whether the client reported the call as successful.')),
        durationMs: maybe(int64('How long the call took, in milliseconds.')),
      },
      NEW,
    ),
    collabAgentToolCall: item(
      'A call to one of the tools an agent uses to work with other agents.',
      {
        tool: ref(CollabAgentTool),
        status: ref(CollabAgentToolCallStatus),
        senderThreadId: str('Thread of the agent that made the call.'),
        receiverThreadIds: array(str(), "Threads of the agents the call is aimed at; for a spawn, the new agent's thread."),
        prompt: maybe(str('Text sent with the call, when there is some.')),
        model: maybe(str('Model asked for the spawned agent, when the call sets one.')),
        reasoningEffort: maybe(ref(ReasoningEffort, 'Reasoning effort asked for the spawned agent, when the call sets one.')),
        agentsStates: map(ref(CollabAgentState), 'Last known state of each target agent, by thread id.'),
      },
      NEW,
    ),
    subAgentActivity: item(
      'Something a sub-agent did that the parent thread shows: it started, was talked to, was interrupted, or completed.',
      {
        kind: ref(SubAgentActivityKind),
        agentThreadId: str('Thread of the sub-agent.'),
        agentPath: str('Where the sub-agent sits in the tree of agents.'),
        model: maybe(str('Model the sub-agent was created with; only on `started`, and absent from older records.')),
        reasoningEffort: maybe(ref(ReasoningEffort, 'Reasoning effort the sub-agent was created with, when known.')),
      },
      NEW,
    ),
    webSearch: item('A web search made by the agent.', {
      query: str(),
      action: added(maybe(ref(WebSearchAction))),
      results: added(maybe(array(ref(JsonValue), 'Results of a search run outside the model, passed on as opaque JSON.'))),
    }),
    todoList: item(
      "The agent's current to-do list.",
      {
        items: array(ref(TodoItem)),
      },
      OLD,
    ),
    imageView: [
      item(IMAGE_VIEW, { path: str('Path of the image file.') }, OLD),
      item(IMAGE_VIEW, { path: ref(LegacyAppPathString, 'Path of the image file.') }, NEW),
    ],
    sleep: item(
      'A pause the agent took with its sleep tool, which the user can cut short.',
      {
        durationMs: uint64('How long the pause lasts, in milliseconds.'),
      },
      NEW,
    ),
    imageGeneration: item(
      'An image generated for the agent. The image comes inline (`result`) or as a stored file (`fileId`): at least one of the two is present.',
      {
        status: str('Status reported by the image backend.'),
        revisedPrompt: maybe(str('The prompt as the backend rewrote it, when it did.')),
        result: optional(str('The generated image, base64-encoded.')),
        fileId: optional(str('Identifier of the stored image file.')),
        savedPath: maybe(ref(AbsolutePathBuf, 'Where the image was saved on the machine running the server, when it was.')),
        transparentBackground: maybe(bool('Whether the image has a transparent background, when known.')),
        failure: maybe(ref(ImageGenerationFailure)),
        inputImages: optional(array(ref(ImageGenerationInputImage), 'Local images the generation read as input; absent on older items.')),
        generationId: maybe(str('Identifier the backend gave the generation, when it gave one.')),
      },
      NEW,
    ),
    enteredReviewMode: item('The thread switched into code review mode.', {
      review: str('What is being reviewed.'),
    }),
    exitedReviewMode: item('The thread left code review mode.', {
      review: str("The review's findings, as text."),
    }),
    contextCompaction: item("The thread's history was compacted to free context window space.", {}, NEW),
  }),
);
