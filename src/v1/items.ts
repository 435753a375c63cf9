/**
 * The v1 item model (catalog-v1 section 2b): `TurnItem` and its parts, as carried by the
 * `item_started` / `item_completed` events. Tags are PascalCase and item fields sit beside the tag.
 */
import { array, def, literal, object, optional, ref, str, tagged, variant, variantOf } from '../schema.js';

export const UserInput = def(
  'root',
  'UserInput',
  'One piece of user input in the core (v1) form, tagged on `type` with snake_case values. Differs from v2 `UserInput` (`image{url}`, `localImage{path}`).',
  tagged('type', {
    text: variant({ text: str() }, 'Plain text typed by the user.'),
    image: variant({ image_url: str('Image URL, which may be a `data:` URL.') }, 'An image given by URL.'),
    local_image: variant({ path: str('Path of the image file on the machine running the server.') }, 'An image read from a local file.'),
  }),
);

export const AgentMessageContent = def(
  'root',
  'AgentMessageContent',
  'One part of an agent message item. There is a single kind, `Text` (PascalCase).',
  object({
    type: literal('Text'),
    text: str(),
  }),
);

export const UserMessageItem = def(
  'root',
  'UserMessageItem',
  'A message the user sent.',
  object({
    id: str('Item id.'),
    content: array(ref(UserInput)),
  }),
);

export const AgentMessageItem = def(
  'root',
  'AgentMessageItem',
  'A message the agent wrote.',
  object({
    id: str('Item id.'),
    content: array(ref(AgentMessageContent)),
  }),
);

export const ReasoningItem = def(
  'root',
  'ReasoningItem',
  "The agent's reasoning for a step: summaries and, when enabled, the raw reasoning text.",
  object({
    id: str('Item id.'),
    summary_text: array(str(), 'Reasoning summary sections.'),
    raw_content: optional(array(str(), 'Raw reasoning text. Defaults to an empty list; the server sends `[]` when there is none.')),
  }),
);

export const WebSearchItem = def(
  'root',
  'WebSearchItem',
  'A web search the agent ran.',
  object({
    id: str('Item id.'),
    query: str('The search query.'),
  }),
);

export const TurnItem = def(
  'root',
  'TurnItem',
  "One item of a turn in the v1 item model, tagged on `type` with PascalCase values (v2 `ThreadItem` uses camelCase); the item's fields sit beside the tag.",
  tagged('type', {
    UserMessage: variantOf(UserMessageItem),
    AgentMessage: variantOf(AgentMessageItem),
    Reasoning: variantOf(ReasoningItem),
    WebSearch: variantOf(WebSearchItem),
  }),
);
