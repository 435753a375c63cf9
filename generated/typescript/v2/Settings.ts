// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "../ReasoningEffort.js";

/** The model settings a collaboration mode runs with (snake_case fields). */
export type Settings = {
  /** Model of the mode. */
  model: string;
  /** Reasoning effort of the mode; the model's default when null. */
  reasoning_effort?: ReasoningEffort | null;
  /** Developer instructions the mode adds, if any. */
  developer_instructions?: string | null;
};
