/**
 * EventMsg payloads for the turn lifecycle, session setup, token usage and undo
 * (catalog-v1 §1a). Field names are snake_case, as the core sends them.
 */
import { array, bool, def, int64, maybe, object, ref, str, uint64, usize } from '../../schema.js';
import { ConversationId, ReasoningEffort } from '../../core/common.js';
import { RateLimitSnapshot, TokenUsageInfo, TurnAbortReason } from '../core.js';
import { AskForApproval, SandboxPolicy } from '../session.js';

export const TaskStartedEvent = def(
  'root',
  'TaskStartedEvent',
  'The agent began working on a turn (`task_started`).',
  object({
    model_context_window: maybe(int64('Size of the model context window in tokens, when known.')),
  }),
);

export const TaskCompleteEvent = def(
  'root',
  'TaskCompleteEvent',
  'The agent finished a turn (`task_complete`).',
  object({
    last_agent_message: maybe(str('Text of the final agent message of the turn; null when the turn produced none.')),
  }),
);

export const TurnAbortedEvent = def(
  'root',
  'TurnAbortedEvent',
  'A turn stopped before completing (`turn_aborted`), for example after an interrupt.',
  object({
    reason: ref(TurnAbortReason),
  }),
);

export const ContextCompactedEvent = def(
  'root',
  'ContextCompactedEvent',
  'The conversation history was compacted to free context space (`context_compacted`). Carries no fields besides `type`; the upstream TS declares it as `null`, but the wire sends `{type}`.',
  object({}),
);

export const SessionConfiguredEvent = def(
  'root',
  'SessionConfiguredEvent',
  'First event of a session (`session_configured`): the effective model, policies and history state the conversation runs with.',
  object({
    session_id: ref(ConversationId, 'Id of the conversation (named session_id on the wire).'),
    model: str('Model slug in use.'),
    model_provider_id: str('Id of the model provider in use.'),
    approval_policy: ref(AskForApproval),
    sandbox_policy: ref(SandboxPolicy),
    cwd: str('Working directory of the session.'),
    reasoning_effort: maybe(ref(ReasoningEffort)),
    history_log_id: uint64('Identifier of the message history log file.'),
    history_entry_count: usize('Number of entries currently in the message history log.'),
    initial_messages: maybe(array(ref('EventMsg'), 'Events replayed from a resumed rollout, oldest first.')),
    rollout_path: str('Path of the rollout file recording this session.'),
  }),
);

export const TokenCountEvent = def(
  'root',
  'TokenCountEvent',
  'Updated token usage and rate-limit figures (`token_count`).',
  object({
    info: maybe(ref(TokenUsageInfo, 'Cumulative and last-turn usage; null before the first usage is known.')),
    rate_limits: maybe(ref(RateLimitSnapshot, 'Latest rate-limit snapshot; sent with all-null members when there is no data.')),
  }),
);

export const TurnDiffEvent = def(
  'root',
  'TurnDiffEvent',
  'The aggregated diff of all file changes made so far in the turn (`turn_diff`).',
  object({
    unified_diff: str('Unified diff text.'),
  }),
);

export const UndoStartedEvent = def(
  'root',
  'UndoStartedEvent',
  "An undo of the last turn's changes has begun (`undo_started`).",
  object({
    message: maybe(str('Optional status text to show.')),
  }),
);

export const UndoCompletedEvent = def(
  'root',
  'UndoCompletedEvent',
  'An undo operation finished (`undo_completed`).',
  object({
    success: bool('Whether the changes were restored.'),
    message: maybe(str('Optional status or error text to show.')),
  }),
);
