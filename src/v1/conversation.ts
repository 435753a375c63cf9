/**
 * v1 conversation methods (catalog §1b): create, look up, list, resume and archive
 * conversations, send input, interrupt, and subscribe to `codex/event/*` notifications.
 * Field names are camelCase; embedded core types keep their snake/kebab forms.
 */
import { array, bool, closedObject, def, empty, exclusiveKeys, map, maybe, object, optional, ref, str, usize } from '../schema.js';
import { ConversationId, JsonValue, ReasoningEffort, ReasoningSummary } from '../core/common.js';
import { TurnAbortReason } from './core.js';
import { EventMsg } from './events/index.js';
import { ResponseItem } from '../core/response-item.js';
import { AskForApproval, ConversationSummary, InputItem, SandboxMode, SandboxPolicy } from './session.js';

export const NewConversationParams = def(
  'root',
  'NewConversationParams',
  "Params of `newConversation`; also the `overrides` of `resumeConversation`. Every field overrides the user's configuration when set.",
  object({
    model: maybe(str('Model slug to use.')),
    modelProvider: maybe(str('Id of the model provider to use.')),
    profile: maybe(str('Name of a configuration profile to apply.')),
    cwd: maybe(str('Working directory of the conversation.')),
    approvalPolicy: maybe(ref(AskForApproval)),
    sandbox: maybe(ref(SandboxMode)),
    config: maybe(map(ref(JsonValue), 'Arbitrary configuration overrides keyed by dotted config path.')),
    baseInstructions: maybe(str('Replaces the built-in system instructions.')),
    developerInstructions: maybe(str('Extra developer instructions added to the conversation.')),
    compactPrompt: maybe(str('Prompt used when compacting the conversation history.')),
    includeApplyPatchTool: maybe(bool('Whether to offer the apply_patch tool to the model.')),
  }),
);

export const NewConversationResponse = def(
  'root',
  'NewConversationResponse',
  'Result of `newConversation`: the new conversation and the model it runs with.',
  object({
    conversationId: ref(ConversationId),
    model: str('Model slug in effect.'),
    reasoningEffort: maybe(ref(ReasoningEffort)),
    rolloutPath: str('Path of the rollout file recording the conversation.'),
  }),
);

export const GetConversationSummaryParams = def(
  'root',
  'GetConversationSummaryParams',
  'Params of `getConversationSummary`: identify the conversation either by its rollout file or by its id (untagged; exactly one key).',
  exclusiveKeys([
    closedObject({ rolloutPath: str('Path of the rollout file to summarize.') }),
    closedObject({ conversationId: ref(ConversationId) }),
  ]),
);

export const GetConversationSummaryResponse = def(
  'root',
  'GetConversationSummaryResponse',
  'Result of `getConversationSummary`.',
  object({
    summary: ref(ConversationSummary),
  }),
);

export const ListConversationsParams = def(
  'root',
  'ListConversationsParams',
  'Params of `listConversations`: one page of recorded conversations.',
  object({
    pageSize: maybe(usize('Maximum number of conversations to return; the server picks a default when omitted.')),
    cursor: maybe(str("Opaque cursor from a previous response's `nextCursor`; omit for the first page.")),
    modelProviders: maybe(array(str(), 'Only list conversations from these model providers; an empty list means all.')),
  }),
);

export const ListConversationsResponse = def(
  'root',
  'ListConversationsResponse',
  'Result of `listConversations`.',
  object({
    items: array(ref(ConversationSummary)),
    nextCursor: maybe(str('Cursor for the next page; null or absent on the last page.')),
  }),
);

export const ResumeConversationParams = def(
  'root',
  'ResumeConversationParams',
  'Params of `resumeConversation`: which conversation to continue (from a rollout path, an id or an explicit history) and optional overrides.',
  object({
    path: maybe(str('Rollout file to resume from.')),
    conversationId: maybe(ref(ConversationId)),
    history: maybe(array(ref(ResponseItem), 'Transcript to start from instead of a recorded rollout.')),
    overrides: maybe(ref(NewConversationParams, 'Settings to change for the resumed conversation.')),
  }),
);

export const ResumeConversationResponse = def(
  'root',
  'ResumeConversationResponse',
  'Result of `resumeConversation`: the resumed conversation and the events replayed from its rollout.',
  object({
    conversationId: ref(ConversationId),
    model: str('Model slug in effect.'),
    initialMessages: maybe(array(ref(EventMsg), 'Recorded events of the conversation, oldest first.')),
    rolloutPath: str('Path of the rollout file recording the conversation.'),
  }),
);

export const ArchiveConversationParams = def(
  'root',
  'ArchiveConversationParams',
  "Params of `archiveConversation`: moves a conversation's rollout file to the archive.",
  object({
    conversationId: ref(ConversationId),
    rolloutPath: str("Path of the conversation's rollout file."),
  }),
);

export const ArchiveConversationResponse = def('root', 'ArchiveConversationResponse', 'Result of `archiveConversation` (empty).', empty());

export const SendUserMessageParams = def(
  'root',
  'SendUserMessageParams',
  "Params of `sendUserMessage`: user input for a new turn with the conversation's current settings.",
  object({
    conversationId: ref(ConversationId),
    items: array(ref(InputItem)),
  }),
);

export const SendUserMessageResponse = def(
  'root',
  'SendUserMessageResponse',
  'Result of `sendUserMessage` (empty); progress arrives as events.',
  empty(),
);

export const SendUserTurnParams = def(
  'root',
  'SendUserTurnParams',
  'Params of `sendUserTurn`: user input plus the full set of turn settings.',
  object({
    conversationId: ref(ConversationId),
    items: array(ref(InputItem)),
    cwd: str('Working directory for the turn.'),
    approvalPolicy: ref(AskForApproval),
    sandboxPolicy: ref(SandboxPolicy),
    model: str('Model slug for the turn.'),
    effort: maybe(ref(ReasoningEffort)),
    summary: ref(ReasoningSummary),
  }),
);

export const SendUserTurnResponse = def(
  'root',
  'SendUserTurnResponse',
  'Result of `sendUserTurn` (empty); progress arrives as events.',
  empty(),
);

export const InterruptConversationParams = def(
  'root',
  'InterruptConversationParams',
  'Params of `interruptConversation`: stop the running turn.',
  object({
    conversationId: ref(ConversationId),
  }),
);

export const InterruptConversationResponse = def(
  'root',
  'InterruptConversationResponse',
  'Result of `interruptConversation`, sent once the turn has stopped.',
  object({
    abortReason: ref(TurnAbortReason),
  }),
);

export const AddConversationListenerParams = def(
  'root',
  'AddConversationListenerParams',
  'Params of `addConversationListener`: start receiving `codex/event/*` notifications for a conversation.',
  object({
    conversationId: ref(ConversationId),
    experimentalRawEvents: optional(bool('Also deliver `raw_response_item` events; defaults to false.')),
  }),
);

export const AddConversationSubscriptionResponse = def(
  'root',
  'AddConversationSubscriptionResponse',
  'Result of `addConversationListener`.',
  object({
    subscriptionId: str('Id to pass to `removeConversationListener` to stop the events.'),
  }),
);

export const RemoveConversationListenerParams = def(
  'root',
  'RemoveConversationListenerParams',
  'Params of `removeConversationListener`.',
  object({
    subscriptionId: str('Id returned by `addConversationListener`.'),
  }),
);

export const RemoveConversationSubscriptionResponse = def(
  'root',
  'RemoveConversationSubscriptionResponse',
  'Result of `removeConversationListener` (empty).',
  empty(),
);
