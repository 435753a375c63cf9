/**
 * The shapes the v2 `ThreadItem` branches for commands, file changes, MCP tool calls, web
 * searches and the to-do list carry: their status enums and the parts they are made of.
 */
import { array, bool, def, maybe, object, ref, str, stringEnum, tagged, variant } from '../schema.js';
import { JsonValue } from '../core/common.js';
import { ContentBlock } from '../core/mcp.js';
import { LegacyAppPathString } from './common.js';

export const CommandExecutionStatus = def(
  'v2',
  'CommandExecutionStatus',
  'Lifecycle state of a command execution item. A command the user rejects is reported as `declined` and then completed again as `failed`.',
  stringEnum(['inProgress', 'completed', 'failed', 'declined']),
);

export const CommandExecutionSource = def(
  'v2',
  'CommandExecutionSource',
  'Who started a command execution item: the agent through a tool call, the user through the shell the client offers, or the interactive terminal tool (when it opens a session, or when input is written to one).',
  stringEnum(['agent', 'userShell', 'unifiedExecStartup', 'unifiedExecInteraction']),
  { since: '0.171.0' },
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

const actionCommand = () => str('The part of the command line this action was parsed from.');

export const CommandAction = def(
  'v2',
  'CommandAction',
  'What a shell command was recognised as doing, for a friendlier display. Tagged on `type`; the v1 equivalent is `ParsedCommand`.',
  tagged('type', {
    read: [
      variant(
        {
          command: actionCommand(),
          name: str('Display name of the file being read.'),
          path: str('Path of the file being read.'),
        },
        'Reads a file.',
        { removed: '0.171.0' },
      ),
      variant(
        {
          command: actionCommand(),
          name: str('Display name of the file being read.'),
          path: ref(LegacyAppPathString, "Path of the file being read, resolved against the command's working directory."),
        },
        'Reads a file.',
        { since: '0.171.0' },
      ),
    ],
    listFiles: variant(
      {
        command: actionCommand(),
        path: maybe(str('Directory being listed, when known.')),
      },
      'Lists the files of a directory.',
    ),
    search: variant(
      {
        command: actionCommand(),
        query: maybe(str('Search pattern, when known.')),
        path: maybe(str('Where the search runs, when known.')),
      },
      'Searches file names or contents.',
    ),
    unknown: variant({ command: actionCommand() }, 'A command that was not recognised.'),
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

export const McpToolCallResult = def('v2', 'McpToolCallResult', 'Successful result of an MCP tool call.', {
  '0.64.0': object({
    content: array(ref(ContentBlock), 'Content blocks returned by the tool.'),
    structuredContent: maybe(ref(JsonValue)),
  }),
  '0.171.0': object({
    content: array(
      ref(JsonValue),
      'Content blocks returned by the tool, passed on as the server received them (MCP `ContentBlock` objects, not checked here).',
    ),
    structuredContent: maybe(ref(JsonValue, 'Structured result the tool returned next to its content, if any.')),
    _meta: maybe(ref(JsonValue, 'The `_meta` object of the MCP result, if the tool sent one.')),
  }),
});

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
  "One entry of the agent's to-do list.",
  object({
    id: str(),
    text: str(),
    completed: bool(),
  }),
);

export const WebSearchAction = def(
  'v2',
  'WebSearchAction',
  'What a web search item did, tagged on `type` with camelCase values. The model transcript (`ResponseItem`) spells the same actions in snake_case.',
  tagged('type', {
    search: variant(
      {
        query: maybe(str('The search query, when known.')),
        queries: maybe(array(str(), 'Every query of a search that ran several at once.')),
      },
      'Ran a web search.',
    ),
    openPage: variant({ url: maybe(str('Address of the page opened.')) }, 'Opened a web page.'),
    findInPage: variant(
      {
        url: maybe(str('Address of the page searched.')),
        pattern: maybe(str('Text looked for in the page.')),
      },
      'Searched for text within a page.',
    ),
    other: variant({}, 'Any other web search action.'),
  }),
  { since: '0.171.0' },
);
