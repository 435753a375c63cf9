/**
 * Params of the v2 server notifications about individual thread items (`item/*`): lifecycle
 * and streaming deltas. Every one names the thread, turn and (for deltas) item it belongs to.
 */
import { def, int64, maybe, object, ref, since, str, uint64 } from '../schema.js';
import { ThreadItem } from './items.js';

export const ItemStartedNotification = def(
  'v2',
  'ItemStartedNotification',
  'Params of `item/started`: a new item began. For commands and file changes this comes before any approval request for the item.',
  object({
    item: ref(ThreadItem),
    threadId: str(),
    turnId: str(),
    startedAtMs: since('0.171.0', int64('When the item started, in milliseconds since the Unix epoch.')),
  }),
);

export const ItemCompletedNotification = def(
  'v2',
  'ItemCompletedNotification',
  'Params of `item/completed`: an item reached its final state. A declined command may be reported twice, first `declined`, then `failed`.',
  object({
    item: ref(ThreadItem),
    threadId: str(),
    turnId: str(),
    completedAtMs: since('0.171.0', int64('When the item completed, in milliseconds since the Unix epoch.')),
    contentTokenCount: since(
      '0.171.0',
      maybe(
        uint64('For an agent message: how many content tokens the model produced for it; null when unknown. Not stored with the item.'),
      ),
    ),
  }),
);

export const AgentMessageDeltaNotification = def(
  'v2',
  'AgentMessageDeltaNotification',
  'Params of `item/agentMessage/delta`: more text streamed for an agent message.',
  object({
    threadId: str(),
    turnId: str(),
    itemId: str(),
    delta: str('Text to append to the message.'),
  }),
);

export const CommandExecutionOutputDeltaNotification = def(
  'v2',
  'CommandExecutionOutputDeltaNotification',
  'Params of `item/commandExecution/outputDelta`: more output from a running command.',
  object({
    threadId: str(),
    turnId: str(),
    itemId: str(),
    delta: str('Output chunk as decoded text (unlike the base64 v1 `exec_command_output_delta`).'),
  }),
);

/** The fields of `item/fileChange/outputDelta`, the same in every release. */
function fileChangeOutputDelta() {
  return object({
    threadId: str(),
    turnId: str(),
    itemId: str(),
    delta: str('Output text to append.'),
  });
}

export const FileChangeOutputDeltaNotification = def(
  'v2',
  'FileChangeOutputDeltaNotification',
  'Params of `item/fileChange/outputDelta`: more output from applying a file change.',
  {
    '0.64.0': fileChangeOutputDelta(),
    '0.171.0': {
      description:
        'Params of `item/fileChange/outputDelta`: more output from applying a file change. Still part of the protocol, but the 0.171.0 server no longer sends it.',
      schema: fileChangeOutputDelta(),
    },
  },
);

export const McpToolCallProgressNotification = def(
  'v2',
  'McpToolCallProgressNotification',
  'Params of `item/mcpToolCall/progress`: a progress message from a running MCP tool call.',
  object({
    threadId: str(),
    turnId: str(),
    itemId: str(),
    message: str('Progress text reported by the tool.'),
  }),
);

export const ReasoningSummaryTextDeltaNotification = def(
  'v2',
  'ReasoningSummaryTextDeltaNotification',
  'Params of `item/reasoning/summaryTextDelta`: more text for one part of a reasoning summary.',
  object({
    threadId: str(),
    turnId: str(),
    itemId: str(),
    delta: str('Text to append to the summary part.'),
    summaryIndex: int64('Which summary part the text belongs to, counting from 0.'),
  }),
);

export const ReasoningSummaryPartAddedNotification = def(
  'v2',
  'ReasoningSummaryPartAddedNotification',
  'Params of `item/reasoning/summaryPartAdded`: a new reasoning summary part (section) started.',
  object({
    threadId: str(),
    turnId: str(),
    itemId: str(),
    summaryIndex: int64('Index of the new summary part, counting from 0.'),
  }),
);

export const ReasoningTextDeltaNotification = def(
  'v2',
  'ReasoningTextDeltaNotification',
  'Params of `item/reasoning/textDelta`: more raw reasoning text.',
  object({
    threadId: str(),
    turnId: str(),
    itemId: str(),
    delta: str('Text to append to the reasoning content part.'),
    contentIndex: int64('Which reasoning content part the text belongs to, counting from 0.'),
  }),
);
