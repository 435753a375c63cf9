/**
 * EventMsg payloads of the v1 item model: item start/completion, per-item content deltas
 * and raw model transcript items (catalog-v1 §1d).
 */
import { def, int64, object, optional, ref, str } from '../../schema.js';
import { ConversationId } from '../../core/common.js';
import { TurnItem } from '../items.js';
import { ResponseItem } from '../../core/response-item.js';

export const ItemStartedEvent = def(
  'root',
  'ItemStartedEvent',
  'An item of the turn began (`item_started`).',
  object({
    thread_id: ref(ConversationId, 'Conversation the item belongs to.'),
    turn_id: str('Turn (submission) id the item belongs to.'),
    item: ref(TurnItem),
  }),
);

export const ItemCompletedEvent = def(
  'root',
  'ItemCompletedEvent',
  'An item of the turn finished (`item_completed`); `item` holds its final content.',
  object({
    thread_id: ref(ConversationId, 'Conversation the item belongs to.'),
    turn_id: str('Turn (submission) id the item belongs to.'),
    item: ref(TurnItem),
  }),
);

export const AgentMessageContentDeltaEvent = def(
  'root',
  'AgentMessageContentDeltaEvent',
  "A streamed chunk of an agent message item's text (`agent_message_content_delta`).",
  object({
    thread_id: str('Conversation the item belongs to.'),
    turn_id: str('Turn (submission) id the item belongs to.'),
    item_id: str('Id of the agent message item.'),
    delta: str('Text to append.'),
  }),
);

export const ReasoningContentDeltaEvent = def(
  'root',
  'ReasoningContentDeltaEvent',
  "A streamed chunk of a reasoning item's summary text (`reasoning_content_delta`).",
  object({
    thread_id: str('Conversation the item belongs to.'),
    turn_id: str('Turn (submission) id the item belongs to.'),
    item_id: str('Id of the reasoning item.'),
    delta: str('Text to append.'),
    summary_index: optional(int64('Which summary part the text belongs to; defaults to 0.')),
  }),
);

export const ReasoningRawContentDeltaEvent = def(
  'root',
  'ReasoningRawContentDeltaEvent',
  "A streamed chunk of a reasoning item's raw content (`reasoning_raw_content_delta`).",
  object({
    thread_id: str('Conversation the item belongs to.'),
    turn_id: str('Turn (submission) id the item belongs to.'),
    item_id: str('Id of the reasoning item.'),
    delta: str('Text to append.'),
    content_index: optional(int64('Which raw content part the text belongs to; defaults to 0.')),
  }),
);

export const RawResponseItemEvent = def(
  'root',
  'RawResponseItemEvent',
  'A raw model transcript item (`raw_response_item`); sent only to listeners subscribed with `experimentalRawEvents: true`.',
  object({
    item: ref(ResponseItem),
  }),
);
