/** v2 turns: one round of user input and agent work, plus `turn/start` and `turn/interrupt`. */
import {
  array,
  def,
  empty,
  int64,
  maybe,
  object,
  optional,
  ref,
  since,
  str,
  stringEnum,
  tagged,
  type TSchema,
  variant,
  type Variant,
} from '../schema.js';
import { JsonValue, ReasoningEffort, ReasoningSummary } from '../core/common.js';
import { ApprovalsReviewer, AskForApproval, SandboxPolicy, TurnError, UserInput } from './common.js';
import { ThreadItem } from './items.js';

/**
 * A Turn branch of the 0.64.0 shape. Upstream declares `{id, items}` intersected with a status
 * union; here every status branch carries the shared fields itself, so each branch is a complete
 * object.
 */
function turnStatus(description: string, fields: Record<string, TSchema> = {}): Variant {
  return variant(
    {
      id: str('Identifier of the turn (the core submission id, e.g. "0", "1"; not necessarily contiguous).'),
      items: array(ref(ThreadItem), 'Items of the turn. Only filled in `thread/resume` responses; an empty list elsewhere.'),
      ...fields,
    },
    description,
  );
}

export const TurnStatus = def(
  'v2',
  'TurnStatus',
  'How a turn stands: still running, or ended normally, by interruption or with an error.',
  stringEnum(['completed', 'interrupted', 'failed', 'inProgress']),
  { since: '0.171.0' },
);

export const TurnItemsView = def(
  'v2',
  'TurnItemsView',
  "How much of a turn's items a payload carries: none (`notLoaded`, the list is left empty on purpose), a summary for display (`summary`), or all of them (`full`).",
  stringEnum(['notLoaded', 'summary', 'full']),
  { since: '0.171.0' },
);

export const Turn = def('v2', 'Turn', "One round of user input and the agent's work on it.", {
  '0.64.0': {
    description: "One round of user input and the agent's work on it, tagged on `status`. There is no separate named status type upstream.",
    schema: tagged('status', {
      completed: turnStatus('The turn finished normally.'),
      interrupted: turnStatus('The turn was stopped before finishing, e.g. by `turn/interrupt`.'),
      failed: turnStatus('The turn ended with an error.', { error: ref(TurnError) }),
      inProgress: turnStatus('The turn is still running.'),
    }),
  },
  '0.171.0': {
    description:
      "One round of user input and the agent's work on it: its status, its items (as far as `itemsView` says they are loaded) and its timing.",
    schema: object({
      id: str('Identifier of the turn (a UUID).'),
      rootTurnId: maybe(
        str(
          "The first turn of the chain of work this turn belongs to (the turn itself when it started the chain); pass it as `rootTurnId` to start work on this turn's behalf. May be null for older history.",
        ),
      ),
      items: array(ref(ThreadItem), 'Items of the turn, as far as `itemsView` says.'),
      itemsView: optional(ref(TurnItemsView, 'How much of the items `items` holds. Defaults to `full`.')),
      status: ref(TurnStatus),
      error: maybe(ref(TurnError, 'What went wrong, for a failed turn.')),
      startedAt: maybe(int64('When the turn started, in Unix seconds; null until it has.')),
      completedAt: maybe(int64('When the turn ended, in Unix seconds; null while it runs.')),
      durationMs: maybe(int64('How long the turn ran, in milliseconds, once it ended and when known.')),
    }),
  },
});

export const TurnsPage = def(
  'v2',
  'TurnsPage',
  "One page of a thread's turns, with the cursors to the pages around it.",
  object({
    data: array(ref(Turn)),
    nextCursor: maybe(str('Cursor for the next page; null when this is the last one.')),
    backwardsCursor: maybe(str('Cursor for paging in the other direction, when there is a page that way.')),
  }),
  { since: '0.171.0' },
);

export const ModeKind = def(
  'v2',
  'ModeKind',
  'A collaboration mode: `plan` (the agent works out a plan with the user before changing anything) or `default`.',
  stringEnum(['plan', 'default']),
  { since: '0.171.0' },
);

export const Settings = def(
  'v2',
  'Settings',
  'The model settings a collaboration mode runs with (snake_case fields).',
  object({
    model: str('Model of the mode.'),
    reasoning_effort: maybe(ref(ReasoningEffort, "Reasoning effort of the mode; the model's default when null.")),
    developer_instructions: maybe(str('Developer instructions the mode adds, if any.')),
  }),
  { since: '0.171.0' },
);

export const CollaborationMode = def(
  'v2',
  'CollaborationMode',
  'How the agent works with the user in a thread: the mode and the settings it runs with.',
  object({
    mode: ref(ModeKind),
    settings: ref(Settings),
  }),
  { since: '0.171.0' },
);

export const Personality = def(
  'v2',
  'Personality',
  'Deprecated writing style of the agent. The setting is still saved, but `friendly` and `pragmatic` no longer change the style.',
  stringEnum(['none', 'friendly', 'pragmatic']),
  { since: '0.171.0' },
);

export const TurnStartParams = def(
  'v2',
  'TurnStartParams',
  'Params of `turn/start`: sends user input to a thread. The optional overrides apply to this turn and the ones after it.',
  object({
    threadId: str(),
    clientUserMessageId: since('0.171.0', maybe(str('Id the client chose for the user message of this request.'))),
    input: array(ref(UserInput), "The user's input for this turn."),
    cwd: maybe(str('Working directory for this and later turns.')),
    approvalPolicy: maybe(ref(AskForApproval)),
    approvalsReviewer: since('0.171.0', maybe(ref(ApprovalsReviewer, 'Who answers approval requests in this and later turns.'))),
    sandboxPolicy: maybe(ref(SandboxPolicy)),
    model: maybe(str('Model to use for this and later turns.')),
    serviceTier: since('0.171.0', maybe(str('Service tier for this and later turns.'))),
    serviceTierForTurn: since(
      '0.171.0',
      maybe(
        str(
          "Service tier for this turn only, when the request starts a new turn (`default` for the standard tier); the thread's tier when null or left out.",
        ),
      ),
    ),
    effort: maybe(ref(ReasoningEffort)),
    summary: maybe(ref(ReasoningSummary)),
    personality: since('0.171.0', maybe(ref(Personality, 'Deprecated: saved, but no longer changes how the agent writes.'))),
    outputSchema: since('0.171.0', maybe(ref(JsonValue, "JSON Schema the agent's final message in this turn must follow."))),
    disabledPluginIds: since(
      '0.171.0',
      maybe(array(str(), "Replaces the thread's list of disabled plugins; null or left out keeps it, `[]` clears it.")),
    ),
    toolOutput: since(
      '0.171.0',
      maybe(ref('v2/TurnToolOutput', 'Output of a tool call the client ran, given to the model with this input.')),
    ),
    parentTurnId: since(
      '0.171.0',
      maybe(
        str(
          'The turn that caused this one, when the work is done on behalf of another turn (in another thread, for example). Ignored when the input goes to a running turn.',
        ),
      ),
    ),
    rootTurnId: since(
      '0.171.0',
      maybe(
        str(
          "The first turn of the chain of work that led here (the parent turn's `rootTurnId`); without it the new turn is its own root. Ignored when the input goes to a running turn.",
        ),
      ),
    ),
    turnTrigger: since(
      '0.171.0',
      maybe(str('What made the caller start the turn, for classification. Ignored when the input goes to a running turn.')),
    ),
  }),
);

export const TurnStartResponse = def(
  'v2',
  'TurnStartResponse',
  'Result of `turn/start`: the newly started turn. Its progress arrives through `turn/*` and `item/*` notifications.',
  object({
    turn: ref(Turn),
  }),
);

export const TurnInterruptParams = def(
  'v2',
  'TurnInterruptParams',
  'Params of `turn/interrupt`: asks the server to stop a running turn.',
  object({
    threadId: str(),
    turnId: str(),
  }),
);

export const TurnInterruptResponse = def(
  'v2',
  'TurnInterruptResponse',
  'Result of `turn/interrupt`: an empty object. The turn then completes with status `interrupted`.',
  empty(),
);
