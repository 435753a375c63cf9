// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The agent's reasoning for a step: summaries and, when enabled, the raw reasoning text. */
export type ReasoningItem = {
  /** Item id. */
  id: string;
  /** Reasoning summary sections. */
  summary_text: Array<string>;
  /** Raw reasoning text. Defaults to an empty list; the server sends `[]` when there is none. */
  raw_content?: Array<string>;
};
