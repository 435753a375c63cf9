// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { ReasoningEffortOption } from "./ReasoningEffortOption.js";

/** A model offered by the server. */
export type Model = {
  /** Stable identifier to pass back as `model` in thread/turn overrides. */
  id: string;
  /** Model slug sent to the provider. */
  model: string;
  displayName: string;
  description: string;
  supportedReasoningEfforts: Array<ReasoningEffortOption>;
  defaultReasoningEffort: ReasoningEffort;
  /** Whether new threads use this model when none is given. */
  isDefault: boolean;
};
