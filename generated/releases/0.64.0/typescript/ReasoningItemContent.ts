// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One entry of the raw reasoning content of a `reasoning` response item, tagged on `type`. */
export type ReasoningItemContent =
  | {
      /** Raw reasoning text from the model. */
      type: "reasoning_text";
      text: string;
    }
  | {
      /** Plain text content. */
      type: "text";
      text: string;
    };
