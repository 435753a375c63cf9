/**
 * v2 `ThreadItem`: the units a turn is made of (messages, reasoning, commands, patches, tool
 * calls, ...), plus the status enums and helper shapes they carry.
 */
import {
  array,
  bool,
  def,
  int32,
  int64,
  maybe,
  object,
  optional,
  ref,
  str,
  stringEnum,
  tagged,
  variant,
  type TSchema,
  type Variant,
} from '../schema.js';
import { JsonValue } from '../v1/common.js';
import { ContentBlock } from '../v1/mcp.js';
import { UserInput } from './common.js';

export const CommandExecutionStatus = def(
  'v2',
  'CommandExecutionStatus',
  'Lifecycle state of a command execution item. A command the user rejects is reported as `declined` and then completed again as `failed`.',
  stringEnum(['inProgress', 'completed', 'failed', 'declined']),
);

export const PatchApplyStatus = def(
  'v2',
  'PatchApplyStatus',
  'Lifecycle state of a file change item.',
  stringEnum(['inProgress', 'completed', 'failed', 'declined']),
);

export const McpToolCallStatus = def(
  'v2',
  'McpToolCallStatus',
  'Lifecycle state of an MCP tool call item.',
  stringEnum(['inProgress', 'completed', 'failed']),
);

export const CommandAction = def(
  'v2',
  'CommandAction',
  'What a shell command was recognised as doing, for a friendlier display. Tagged on `type`; the v1 equivalent is `ParsedCommand`.',
  tagged('type', {
    read: variant(
      {
        command: str('The part of the command line this action was parsed from.'),
        name: str('Display name of the file being read.'),
        path: str('Path of the file being read.'),
      },
      'Reads a file.',
    ),
    listFiles: variant(
      {
        command: str('The part of the command line this action was parsed from.'),
        path: maybe(str('Directory being listed, when known.')),
      },
      'Lists the files of a directory.',
    ),
    search: variant(
      {
        command: str('The part of the command line this action was parsed from.'),
        query: maybe(str('Search pattern, when known.')),
        path: maybe(str('Where the search runs, when known.')),
      },
      'Searches file names or contents.',
    ),
    unknown: variant(
      { command: str('The part of the command line this action was parsed from.') },
      'A command that was not recognised.',
    ),
  }),
);

export const PatchChangeKind = def(
  'v2',
  'PatchChangeKind',
  'How a file is affected by a patch, tagged on `type`. Note the snake_case `move_path`.',
  tagged('type', {
    add: variant({}, 'The file is created.'),
    delete: variant({}, 'The file is removed.'),
    update: variant({ move_path: maybe(str('New path when the file is also renamed.')) }, 'The file is modified, and possibly moved.'),
  }),
);

export const FileUpdateChange = def(
  'v2',
  'FileUpdateChange',
  'A change to one file inside a file change item.',
  object({
    path: str('Path of the affected file.'),
    kind: ref(PatchChangeKind),
    diff: str('Diff of the change (for an added file, its contents).'),
  }),
);

export const McpToolCallResult = def(
  'v2',
  'McpToolCallResult',
  'Successful result of an MCP tool call.',
  object({
    content: array(ref(ContentBlock), 'Content blocks returned by the tool.'),
    structuredContent: maybe(ref(JsonValue)),
  }),
);

export const McpToolCallError = def(
  'v2',
  'McpToolCallError',
  'Why an MCP tool call failed.',
  object({
    message: str(),
  }),
);

export const TodoItem = def(
  'v2',
  'TodoItem',
  'One entry of the agent\'s to-do list.',
  object({
    id: str(),
    text: str(),
    completed: bool(),
  }),
);

/** A ThreadItem branch: every item carries its own `id` next to the variant's fields. */
function item(description: string, fields: Record<string, TSchema> = {}): Variant {
  return variant({ id: str('Identifier of the item, unique within its thread.'), ...fields }, description);
}

export const ThreadItem = def(
  'v2',
  'ThreadItem',
  'One unit of work within a turn, tagged on `type`. Items are announced by `item/started` and finalised by `item/completed`.',
  tagged('type', {
    userMessage: item('A message from the user.', {
      content: array(ref(UserInput)),
    }),
    agentMessage: item('A message written by the agent.', {
      text: str(),
    }),
    reasoning: item('The model\'s reasoning for this step.', {
      summary: optional(array(str(), 'Reasoning summary sections. Defaults to an empty list.')),
      content: optional(array(str(), 'Raw reasoning text, when the provider exposes it. Defaults to an empty list.')),
    }),
    commandExecution: item('A shell command run by the agent.', {
      command: str('The command line, joined into a single shell string.'),
      cwd: str('Working directory of the command.'),
      processId: maybe(str('Identifier of the underlying process, when there is one.')),
      status: ref(CommandExecutionStatus),
      commandActions: array(ref(CommandAction), 'What the command was recognised as doing.'),
      aggregatedOutput: maybe(str('Combined stdout and stderr, as decoded text.')),
      exitCode: maybe(int32('Exit code; -1 for a command the user declined.')),
      durationMs: maybe(int64('How long the command ran, in milliseconds.')),
    }),
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
    }),
    webSearch: item('A web search made by the agent.', {
      query: str(),
    }),
    todoList: item('The agent\'s current to-do list.', {
      items: array(ref(TodoItem)),
    }),
    imageView: item('An image file the agent looked at.', {
      path: str('Path of the image file.'),
    }),
    enteredReviewMode: item('The thread switched into code review mode.', {
      review: str('What is being reviewed.'),
    }),
    exitedReviewMode: item('The thread left code review mode.', {
      review: str('The review\'s findings, as text.'),
    }),
  }),
);
