// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A streamed chunk of a reasoning item's raw content (`reasoning_raw_content_delta`). */
export type ReasoningRawContentDeltaEvent = {
  /** Conversation the item belongs to. */
  thread_id: string;
  /** Turn (submission) id the item belongs to. */
  turn_id: string;
  /** Id of the reasoning item. */
  item_id: string;
  /** Text to append. */
  delta: string;
  /** Which raw content part the text belongs to; defaults to 0. */
  content_index?: number;
};
