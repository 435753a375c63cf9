/**
 * Core v1 helper types referenced by the `EventMsg` payloads and the v1 methods
 * (catalog-v1 sections 2c-2h). Errors, plan updates, history and prompts are declared here;
 * the exec/patch/approval helpers, token and rate-limit types and review types live in
 * `exec.ts`, `tokens.ts` and `review.ts` and are re-exported, so everything can be imported
 * from this module.
 */
import { array, def, externallyTagged, maybe, object, ref, str, stringEnum, uint16, uint64, type TSchema } from '../schema.js';

export * from './exec.js';
export * from './tokens.js';
export * from './review.js';

/** Payload shared by the HTTP-related error kinds; built fresh for each branch. */
function httpFailure(): TSchema {
  return object({
    http_status_code: maybe(uint16('HTTP status returned by the model provider, when there was one.')),
  });
}

export const CodexErrorInfo = def(
  'root',
  'CodexErrorInfo',
  'Machine-readable classification of an error event (v1 snake_case form). Externally tagged: simple kinds are bare strings, HTTP-related kinds are single-key objects carrying the status code, e.g. `{"response_stream_disconnected":{"http_status_code":null}}`.',
  externallyTagged(
    ['context_window_exceeded', 'usage_limit_exceeded', 'internal_server_error', 'unauthorized', 'bad_request', 'sandbox_error', 'other'],
    {
      http_connection_failed: httpFailure(),
      response_stream_connection_failed: httpFailure(),
      response_stream_disconnected: httpFailure(),
      response_too_many_failed_attempts: httpFailure(),
    },
    'Error kinds that carry no extra data.',
  ),
);

export const TurnAbortReason = def(
  'root',
  'TurnAbortReason',
  'Why a turn stopped early: the user interrupted it, a new turn replaced it, or a review it was running ended.',
  stringEnum(['interrupted', 'replaced', 'review_ended']),
);

export const StepStatus = def(
  'root',
  'StepStatus',
  "Progress of one step of the agent's plan (snake_case; v2 uses `inProgress`).",
  stringEnum(['pending', 'in_progress', 'completed']),
);

export const PlanItemArg = def(
  'root',
  'PlanItemArg',
  "One step of the agent's plan.",
  object({
    step: str('What the step is about.'),
    status: ref(StepStatus),
  }),
);

export const UpdatePlanArgs = def(
  'root',
  'UpdatePlanArgs',
  "The agent's current plan, as given to its plan tool; also the payload of the `plan_update` event.",
  object({
    explanation: maybe(str('Optional note on why the plan changed.')),
    plan: array(ref(PlanItemArg), 'All steps of the plan, in order.'),
  }),
);

export const HistoryEntry = def(
  'root',
  'HistoryEntry',
  'One entry of the global message history file (prompts the user typed across sessions).',
  object({
    conversation_id: str('Conversation the entry was typed in.'),
    ts: uint64('When it was recorded, as Unix time in seconds. A 64-bit integer on the server, sent as a plain JSON number.'),
    text: str('The text the user typed.'),
  }),
);

export const CustomPrompt = def(
  'root',
  'CustomPrompt',
  'A user-defined prompt (slash command) loaded from a Markdown file.',
  object({
    name: str('Name the prompt is invoked by.'),
    path: str('File the prompt was loaded from.'),
    content: str('Prompt text.'),
    description: maybe(str('Short description for display.')),
    argument_hint: maybe(str('Hint describing the arguments the prompt expects.')),
  }),
);
