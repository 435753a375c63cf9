/** v2 turns: one round of user input and agent work, plus `turn/start` and `turn/interrupt`. */
import { array, def, empty, maybe, object, ref, str, tagged, variant, type TSchema, type Variant } from '../schema.js';
import { ReasoningEffort, ReasoningSummary } from '../v1/common.js';
import { AskForApproval, SandboxPolicy, TurnError, UserInput } from './common.js';
import { ThreadItem } from './items.js';

/**
 * A Turn branch. Upstream declares `{id, items}` intersected with a status union; here every
 * status branch carries the shared fields itself, so each branch is a complete object.
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

export const Turn = def(
  'v2',
  'Turn',
  'One round of user input and the agent\'s work on it, tagged on `status`. There is no separate named status type upstream.',
  tagged('status', {
    completed: turnStatus('The turn finished normally.'),
    interrupted: turnStatus('The turn was stopped before finishing, e.g. by `turn/interrupt`.'),
    failed: turnStatus('The turn ended with an error.', { error: ref(TurnError) }),
    inProgress: turnStatus('The turn is still running.'),
  }),
);

export const TurnStartParams = def(
  'v2',
  'TurnStartParams',
  'Params of `turn/start`: sends user input to a thread. The optional overrides apply to this turn and the ones after it.',
  object({
    threadId: str(),
    input: array(ref(UserInput), 'The user\'s input for this turn.'),
    cwd: maybe(str('Working directory for this and later turns.')),
    approvalPolicy: maybe(ref(AskForApproval)),
    sandboxPolicy: maybe(ref(SandboxPolicy)),
    model: maybe(str('Model to use for this and later turns.')),
    effort: maybe(ref(ReasoningEffort)),
    summary: maybe(ref(ReasoningSummary)),
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
