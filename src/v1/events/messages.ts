/** EventMsg payloads for the legacy streaming of agent messages and reasoning (catalog-v1 §1c). */
import { array, def, int64, maybe, object, optional, str } from '../../schema.js';

export const AgentMessageEvent = def(
  'root',
  'AgentMessageEvent',
  'A complete agent message (`agent_message`).',
  object({
    message: str('Full message text.'),
  }),
);

export const AgentMessageDeltaEvent = def(
  'root',
  'AgentMessageDeltaEvent',
  'A streamed chunk of the agent message being produced (`agent_message_delta`).',
  object({
    delta: str('Text to append.'),
  }),
);

export const UserMessageEvent = def(
  'root',
  'UserMessageEvent',
  'Echo of a message the user sent (`user_message`).',
  object({
    message: str('Text of the user message.'),
    images: maybe(array(str(), 'Image URLs attached to the message; sent as `[]` when there are none.')),
  }),
);

export const AgentReasoningEvent = def(
  'root',
  'AgentReasoningEvent',
  'A complete reasoning summary block (`agent_reasoning`).',
  object({
    text: str(),
  }),
);

export const AgentReasoningDeltaEvent = def(
  'root',
  'AgentReasoningDeltaEvent',
  'A streamed chunk of reasoning summary text (`agent_reasoning_delta`).',
  object({
    delta: str('Text to append.'),
  }),
);

export const AgentReasoningRawContentEvent = def(
  'root',
  'AgentReasoningRawContentEvent',
  'A complete block of raw (unsummarized) reasoning text (`agent_reasoning_raw_content`).',
  object({
    text: str(),
  }),
);

export const AgentReasoningRawContentDeltaEvent = def(
  'root',
  'AgentReasoningRawContentDeltaEvent',
  'A streamed chunk of raw reasoning text (`agent_reasoning_raw_content_delta`).',
  object({
    delta: str('Text to append.'),
  }),
);

export const AgentReasoningSectionBreakEvent = def(
  'root',
  'AgentReasoningSectionBreakEvent',
  'Marks the start of a new reasoning summary section (`agent_reasoning_section_break`).',
  object({
    item_id: optional(str('Id of the reasoning item; defaults to the empty string.')),
    summary_index: optional(int64('Index of the summary part that begins; defaults to 0.')),
  }),
);
