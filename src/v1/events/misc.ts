/** EventMsg payloads for web search, review mode and replies to history/prompt queries (catalog-v1 §1h). */
import { array, def, maybe, object, ref, str, uint64, usize } from '../../schema.js';
import { CustomPrompt, HistoryEntry, ReviewOutputEvent } from '../core.js';

export const WebSearchBeginEvent = def(
  'root',
  'WebSearchBeginEvent',
  'The agent started a web search (`web_search_begin`).',
  object({
    call_id: str('Id pairing the begin and end events of this search.'),
  }),
);

export const WebSearchEndEvent = def(
  'root',
  'WebSearchEndEvent',
  'A web search finished (`web_search_end`).',
  object({
    call_id: str('Id pairing the begin and end events of this search.'),
    query: str('The query that was searched.'),
  }),
);

export const ExitedReviewModeEvent = def(
  'root',
  'ExitedReviewModeEvent',
  'The conversation left review mode (`exited_review_mode`).',
  object({
    review_output: maybe(ref(ReviewOutputEvent, 'The review result; null when the review produced none (e.g. it was interrupted).')),
  }),
);

export const GetHistoryEntryResponseEvent = def(
  'root',
  'GetHistoryEntryResponseEvent',
  'Reply to a lookup of one message history entry (`get_history_entry_response`).',
  object({
    offset: usize('Position of the requested entry in the log.'),
    log_id: uint64('Identifier of the history log file that was read.'),
    entry: maybe(ref(HistoryEntry, 'The entry; null when none exists at that offset.')),
  }),
);

export const ListCustomPromptsResponseEvent = def(
  'root',
  'ListCustomPromptsResponseEvent',
  "Reply listing the user's custom prompts (`list_custom_prompts_response`).",
  object({
    custom_prompts: array(ref(CustomPrompt)),
  }),
);
