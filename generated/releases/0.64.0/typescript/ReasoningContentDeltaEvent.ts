// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A streamed chunk of a reasoning item's summary text (`reasoning_content_delta`). */
export type ReasoningContentDeltaEvent = {
  /** Conversation the item belongs to. */
  thread_id: string;
  /** Turn (submission) id the item belongs to. */
  turn_id: string;
  /** Id of the reasoning item. */
  item_id: string;
  /** Text to append. */
  delta: string;
  /** Which summary part the text belongs to; defaults to 0. */
  summary_index?: number;
};
