// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `item/reasoning/summaryPartAdded`: a new reasoning summary part (section) started. */
export type ReasoningSummaryPartAddedNotification = {
  threadId: string;
  turnId: string;
  itemId: string;
  /** Index of the new summary part, counting from 0. */
  summaryIndex: number;
};
