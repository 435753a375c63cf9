// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One summary entry of a `reasoning` response item. There is a single kind, `summary_text`. */
export type ReasoningItemReasoningSummary = {
  type: "summary_text";
  /** Summary text shown to the user. */
  text: string;
};
