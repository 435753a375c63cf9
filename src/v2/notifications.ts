/**
 * Params of the v2 server notifications about threads and turns. The per-item notifications
 * (`item/*`) are in `notifications-items.ts`; those about the account in `account.ts` and
 * `rate-limits.ts`.
 */
import { array, bool, def, int64, maybe, object, ref, str, stringEnum, usize } from '../schema.js';
import { TurnError } from './common.js';
import { Thread } from './thread.js';
import { Turn } from './turn.js';
import { optional, since, type TSchema } from '../schema.js';
import { ThreadStatus } from './thread.js';

export const ErrorNotification = def(
  'v2',
  'ErrorNotification',
  'Params of `error`: a turn hit an error. Also sent for transient stream errors while the server retries ("Reconnecting... 1/5"), so it does not always mean the turn failed.',
  object({
    error: ref(TurnError),
    willRetry: since(
      '0.171.0',
      bool(
        'Whether the server retries on its own: true for a transient error (the turn goes on), false when the turn ends with this error.',
      ),
    ),
    threadId: str(),
    turnId: str(),
  }),
);

export const ThreadStartedNotification = def(
  'v2',
  'ThreadStartedNotification',
  'Params of `thread/started`: a new thread exists.',
  object({
    thread: ref(Thread),
  }),
);

export const ThreadStatusChangedNotification = def(
  'v2',
  'ThreadStatusChangedNotification',
  "Params of `thread/status/changed`: a loaded thread's status changed (a turn started or ended, or it began or stopped waiting on the client).",
  object({
    threadId: str(),
    status: ref(ThreadStatus, 'The new status.'),
  }),
  { since: '0.171.0' },
);

export const ThreadArchivedNotification = def(
  'v2',
  'ThreadArchivedNotification',
  'Params of `thread/archived`: a thread was moved to the archive.',
  object({
    threadId: str(),
  }),
  { since: '0.171.0' },
);

export const ThreadGoalClearedNotification = def(
  'v2',
  'ThreadGoalClearedNotification',
  "Params of `thread/goal/cleared`: the thread's goal (the objective the agent pursues across turns, set with `thread/goal/set`) was removed, so it has none now. It may also arrive for a thread that had none (on the first turn of a resumed thread, for example).",
  object({
    threadId: str(),
  }),
  { since: '0.171.0' },
);

export const TokenUsageBreakdown = def(
  'v2',
  'TokenUsageBreakdown',
  'Token counts for a span of model usage.',
  object({
    totalTokens: int64(),
    inputTokens: int64(),
    cachedInputTokens: int64('Input tokens served from the prompt cache (a subset of `inputTokens`).'),
    cacheWriteInputTokens: since('0.171.0', optional(int64('Input tokens written to the prompt cache. Defaults to 0.'))),
    outputTokens: int64(),
    reasoningOutputTokens: int64('Output tokens spent on reasoning (a subset of `outputTokens`).'),
  }),
);

export const ThreadTokenUsage = def(
  'v2',
  'ThreadTokenUsage',
  'Token usage of a thread so far and of its most recent model call.',
  object({
    total: ref(TokenUsageBreakdown, 'Accumulated over the whole thread.'),
    last: ref(TokenUsageBreakdown, 'Used by the most recent model request.'),
    modelContextWindow: maybe(int64("Size of the model's context window in tokens, when known.")),
  }),
);

export const ThreadTokenUsageUpdatedNotification = def(
  'v2',
  'ThreadTokenUsageUpdatedNotification',
  'Params of `thread/tokenUsage/updated`: new token counts after a model call.',
  object({
    threadId: str(),
    turnId: str(),
    tokenUsage: ref(ThreadTokenUsage),
  }),
);

export const TurnStartedNotification = def(
  'v2',
  'TurnStartedNotification',
  'Params of `turn/started`: the agent began working on a turn.',
  object({
    threadId: str(),
    turn: ref(Turn),
  }),
);

export const TurnCompletedNotification = def(
  'v2',
  'TurnCompletedNotification',
  'Params of `turn/completed`: a turn ended; its `status` says whether it completed, was interrupted or failed.',
  object({
    threadId: str(),
    turn: ref(Turn),
  }),
);

export const TurnDiffUpdatedNotification = def(
  'v2',
  'TurnDiffUpdatedNotification',
  'Params of `turn/diff/updated`: the combined diff of all file changes made in the turn so far.',
  object({
    threadId: str(),
    turnId: str(),
    diff: str('Unified diff of every change in the turn up to now.'),
  }),
);

export const TurnPlanStepStatus = def(
  'v2',
  'TurnPlanStepStatus',
  "Progress of one step of the agent's plan.",
  stringEnum(['pending', 'inProgress', 'completed']),
);

export const TurnPlanStep = def(
  'v2',
  'TurnPlanStep',
  'One step of the plan the agent keeps for a turn.',
  object({
    step: str('What the step is about.'),
    status: ref(TurnPlanStepStatus),
  }),
);

/** The fields of `turn/plan/updated` (each release projects its own); built fresh per use. */
function planUpdate(): TSchema {
  return object({
    threadId: since('0.171.0', str()),
    turnId: str(),
    explanation: maybe(str('Why the plan changed, if the agent said.')),
    plan: array(ref(TurnPlanStep), 'The whole plan after the update.'),
  });
}

export const TurnPlanUpdatedNotification = def(
  'v2',
  'TurnPlanUpdatedNotification',
  'Params of `turn/plan/updated`: the agent revised its plan.',
  {
    '0.64.0': {
      description: 'Params of `turn/plan/updated`: the agent revised its plan. Upstream carries no `threadId` here.',
      schema: planUpdate(),
    },
    '0.171.0': { description: 'Params of `turn/plan/updated`: the agent revised its plan for a turn.', schema: planUpdate() },
  },
);

export const ContextCompactedNotification = def(
  'v2',
  'ContextCompactedNotification',
  "Params of `thread/compacted`: the thread's history was summarized to free context window space.",
  object({
    threadId: str(),
    turnId: str(),
  }),
);

export const WindowsWorldWritableWarningNotification = def(
  'v2',
  'WindowsWorldWritableWarningNotification',
  'Params of `windows/worldWritableWarning`: on Windows, directories writable by everyone were found, which weakens the sandbox.',
  object({
    samplePaths: array(str(), 'Some of the world-writable paths found.'),
    extraCount: usize('How many more such paths exist beyond `samplePaths`.'),
    failedScan: bool('Whether the scan for such paths could not complete.'),
  }),
);
