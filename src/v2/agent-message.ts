/**
 * What a v2 agent message item carries besides its text: its phase, the memories it cites, how
 * it is delivered, the questions it asks, and the moderation verdict on it; plus the prompt
 * fragments hooks add, and the details of a turn a misalignment check stopped.
 */
import {
  array,
  bool,
  closedObject,
  def,
  literal,
  maybe,
  object,
  ref,
  str,
  stringEnum,
  tagged,
  type TSchema,
  uint32,
  variant,
} from '../schema.js';

export const MessagePhase = def(
  'v2',
  'MessagePhase',
  'Where a piece of agent text stands in the turn: `commentary` (narration while the agent works; more output may follow), `partial_answer` (settled answer text that may be followed by more), or `final_answer` (the answer that ends the turn). Models do not all report it, so a missing phase means it is unknown.',
  stringEnum(['commentary', 'partial_answer', 'final_answer']),
  { since: '0.171.0' },
);

export const MemoryCitationEntry = def(
  'v2',
  'MemoryCitationEntry',
  'One cited passage of a memory file.',
  object({
    path: str('Path of the memory file.'),
    lineStart: uint32('First line of the passage.'),
    lineEnd: uint32('Last line of the passage.'),
    note: str('Why the passage was cited.'),
  }),
  { since: '0.171.0' },
);

export const MemoryCitation = def(
  'v2',
  'MemoryCitation',
  'The stored memories an agent message drew on.',
  object({
    entries: array(ref(MemoryCitationEntry), 'The cited passages.'),
    threadIds: array(str(), 'Threads the cited memories came from.'),
  }),
  { since: '0.171.0' },
);

export const AgentMessageDelivery = def(
  'v2',
  'AgentMessageDelivery',
  'How an agent message is delivered. The one value so far, `async`, marks a message delivered apart from the live turn.',
  stringEnum(['async']),
  { since: '0.171.0' },
);

export const AsyncUserInputQuestion = def(
  'v2',
  'AsyncUserInputQuestion',
  'A question an agent message asks the user to answer later. Admits no other keys.',
  closedObject({
    title: str('The question.'),
    options: maybe(array(str(), 'Answers to choose from; absent or null for a free-form answer.')),
  }),
  { since: '0.171.0' },
);

export const HelplineSubject = def(
  'v2',
  'HelplineSubject',
  "What a wellbeing helpline annotation is about: the agent's answer or the user's prompt.",
  stringEnum(['answer', 'prompt']),
  { since: '0.171.0' },
);

export const AnswerAnnotation = def(
  'v2',
  'AnswerAnnotation',
  'A note shown next to an answer that is displayed. The `kind` names the note; the one kind so far points to a wellbeing helpline.',
  object({
    kind: literal('wellbeingHelpline'),
    subject: ref(HelplineSubject),
  }),
  { since: '0.171.0' },
);

export const AnswerReplacement = def(
  'v2',
  'AnswerReplacement',
  'What is shown instead of a hidden answer. The `kind` names it; the one kind so far points the user to a wellbeing helpline.',
  object({
    kind: literal('wellbeingPromptHelpline'),
  }),
  { since: '0.171.0' },
);

export const BlockReason = def(
  'v2',
  'BlockReason',
  'Why moderation blocked an answer, tagged on `kind`.',
  tagged('kind', {
    protection: variant({ protectionType: str('Which protection blocked the answer.') }, 'A content protection rule blocked it.'),
    cyber: variant(
      { trustedAccess: maybe(bool('Whether the account has trusted access for security work, when known.')) },
      'The cybersecurity policy blocked it.',
    ),
  }),
  { since: '0.171.0' },
);

/** The version number every display mode carries (1 so far). */
function displayVersion(): TSchema {
  return { type: 'integer', const: 1, description: 'Version of the display format; always 1 so far.' } as unknown as TSchema;
}

export const AgentMessageDisplay = def(
  'v2',
  'AgentMessageDisplay',
  'How a client presents a moderated answer, tagged on `mode`.',
  tagged('mode', {
    show: variant(
      {
        version: displayVersion(),
        annotation: maybe(ref(AnswerAnnotation)),
        trustedContacts: ref('v2/TrustedContacts', "Whether to check the user's trusted contacts before showing it."),
      },
      'Show the answer, possibly with an annotation.',
    ),
    hide: variant({ version: displayVersion(), replacement: ref(AnswerReplacement) }, 'Hide the answer and show the replacement instead.'),
    block: variant({ version: displayVersion(), reason: ref(BlockReason) }, 'Block the answer.'),
  }),
  { since: '0.171.0' },
);

export const AgentMessageModeration = def(
  'v2',
  'AgentMessageModeration',
  'The moderation verdict on an agent message.',
  object({
    moderated: bool('Whether moderation acted on the message.'),
    display: maybe(ref(AgentMessageDisplay, 'How to present the message, when moderation says so.')),
  }),
  { since: '0.171.0' },
);

export const HookPromptFragment = def(
  'v2',
  'HookPromptFragment',
  'A piece of prompt text a hook added to the conversation.',
  object({
    text: str('The text the hook added.'),
    hookRunId: str('Identifier of the hook run that produced it.'),
  }),
  { since: '0.171.0' },
);

export const MisalignmentSteer = def(
  'v2',
  'MisalignmentSteer',
  'Input to send as the next turn when the user chooses to continue after a misalignment block.',
  object({
    message: str('The text to send.'),
  }),
  { since: '0.171.0' },
);

export const MisalignmentErrorDetails = def(
  'v2',
  'MisalignmentErrorDetails',
  'What a client may show when a misalignment check stopped a turn, and how the user may continue.',
  object({
    errorType: maybe(str('Category of the block, an open set of strings.')),
    detailedExplanation: maybe(str('Explanation for the user; continuing is only offered when there is one.')),
    steer: maybe(ref(MisalignmentSteer)),
    reviewTarget: maybe(str('Opaque identifier of what was blocked, as the server issued it.')),
  }),
  { since: '0.171.0' },
);
